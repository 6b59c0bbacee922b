"""Run the pipeline over many inputs: discover files, process in parallel, store, export."""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .api import finding_row, timed
from .config import Config
from .executors import WorkItem, run_items
from .ingest import IngestError, read_bytes, slugify
from .records import Finding
from .store import Store, write_text_atomic


@dataclass
class Input:
    path: Path
    doc_id: str


@dataclass
class RunSummary:
    documents: int = 0
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    findings: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, summed over documents

    def line(self) -> str:
        tables = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k not in ("documents", "findings"))
        return (f"{self.documents} documents ({self.processed} processed, {self.skipped} unchanged, "
                f"{self.failed} failed); rows: {tables}; findings {self.findings}; {self.seconds:.1f} s")


def _walk(folder: Path, extensions: tuple[str, ...]) -> list[Path]:
    """Files under a folder, sorted; symlinked folders are not followed (no loops)."""
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in files:
            f = Path(root) / name
            if f.suffix.lower() in extensions:  # dangling links too: they fail with a message, not silently
                found.append(f)
    return sorted(found)


def discover(specs: list[str], extensions: tuple[str, ...], exclude: Path | None = None) -> tuple[list[Input], list[str]]:
    """Files, folders (recursive) and globs -> inputs with unique, stable doc_ids.

    Files under `exclude` (the output's text/ folder) are skipped: the canonical texts a run writes are
    not new profiles, even when the output folder lies inside an input folder."""
    excluded = exclude.resolve() if exclude is not None else None
    paths: list[Path] = []
    missing: list[str] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            paths += _walk(p, extensions)
        elif p.is_file():
            paths.append(p)
        else:
            matches = sorted(glob.glob(spec, recursive=True))
            if matches:
                paths += [Path(m) for m in matches if Path(m).is_file()]
            else:
                missing.append(spec)
    seen: set[Path] = set()
    unique = []
    for p in paths:
        r = p.resolve()
        if excluded is not None and r.is_relative_to(excluded):
            continue
        if r not in seen:
            seen.add(r)
            unique.append(p)
    inputs: list[Input] = []
    used: set[str] = set()
    for p in sorted(unique, key=lambda x: (slugify(x.stem), str(x))):
        doc_id = slugify(p.stem)
        if doc_id in used:
            doc_id = f"{doc_id}-{slugify(p.suffix) or 'file'}"
            n = 2
            base = doc_id
            while doc_id in used:
                doc_id, n = f"{base}-{n}", n + 1
        used.add(doc_id)
        inputs.append(Input(p, doc_id))
    return inputs, missing


class RunLocked(Exception):
    """Another run is writing to the same output folder."""


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """One run at a time per output folder: a second run refuses rather than interleave."""
    import fcntl

    out.mkdir(parents=True, exist_ok=True)
    path = out / ".monitor-pipeline.lock"
    with open(path, "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise RunLocked(f"{out} is in use by another run ({holder}); wait for it to finish") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed run left behind (the lock is ours, so no run is writing them)."""
    for pattern in (".*.tmp", "text/.*.tmp"):
        for tmp in out.glob(pattern):
            tmp.unlink(missing_ok=True)
    for tmp in out.glob(".parquet.*"):
        shutil.rmtree(tmp, ignore_errors=True)


def run(specs: list[str], out_dir: str | Path, cfg: Config, workers: int = 1, force: bool = False,
        prune: bool = False, progress: bool = False, executor: str = "local", scheduler: str | None = None,
        formats: tuple[str, ...] = ("csv",), batch_docs: int = 1000) -> RunSummary:
    """Process the inputs into `out_dir`: the SQLite store of record, then CSV and/or Parquet tables."""
    from .extractors import validate_rules

    t0 = time.perf_counter()
    validate_rules(cfg)
    out = Path(out_dir)
    inputs, missing = discover(specs, cfg.extensions, exclude=out / "text")
    summary = RunSummary(documents=len(inputs), missing=missing)
    with output_lock(out):
        _remove_stale_temporaries(out)
        store = Store(out / "monitor.sqlite")
        try:
            _process(inputs, out, store, cfg, summary, workers, force, progress, executor, scheduler)
            if prune:
                store.prune([i.doc_id for i in inputs])
            with timed(summary.timings, "write:csv" if "csv" in formats else "write:counts"):
                counts = store.export_csv(out) if "csv" in formats else store.counts()
            if "parquet" in formats:
                with timed(summary.timings, "write:parquet"):
                    store.export_parquet(out / "parquet", batch_docs)
            summary.rows = counts
            summary.findings = counts.get("findings", 0)
        finally:
            store.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _process(inputs: list[Input], out: Path, store: Store, cfg: Config, summary: RunSummary, workers: int,
             force: bool, progress: bool, executor: str, scheduler: str | None) -> None:
    from tqdm import tqdm

    fingerprint = cfg.fingerprint()
    bar = tqdm(total=len(inputs), unit="doc", file=sys.stderr, leave=False, disable=not (progress and inputs))

    def fail(doc_id: str, path: str, error: str) -> None:
        summary.failed += 1
        summary.failures.append((path, error))
        print(f"error: {path}: {error}", file=sys.stderr)
        store.record_failure(doc_id, finding_row(Finding(doc_id, None, "error", None, None, f"{path}: {error}")))
        bar.update()

    def items() -> Iterator[WorkItem]:
        """Read each file once, lazily; unchanged documents are skipped before any work is sent."""
        for inp in inputs:
            try:
                data = read_bytes(inp.path, cfg.max_file_bytes)
            except IngestError as exc:
                fail(inp.doc_id, str(inp.path), str(exc))
                continue
            sha = hashlib.sha256(data).hexdigest()
            if not force and store.is_current(inp.doc_id, sha, fingerprint) and \
                    (out / "text" / f"{inp.doc_id}.txt").exists():
                summary.skipped += 1
                bar.update()
                continue
            yield WorkItem(inp.doc_id, str(inp.path), data)

    try:
        # No more workers than documents: a pool for one profile only adds start-up time.
        for res in run_items(items(), cfg, min(workers, max(1, len(inputs))), executor, scheduler,
                             text_dir=str(out / "text"), total=len(inputs)):
            for stage, seconds in res.timings.items():
                summary.timings[stage] = summary.timings.get(stage, 0.0) + seconds
            error = res.error
            if error is None:
                try:
                    if res.text is not None:  # else the worker wrote it
                        with timed(summary.timings, "write:text"):
                            write_text_atomic(out / "text" / f"{res.doc_id}.txt", res.text)
                    with timed(summary.timings, "write:sqlite"):
                        store.replace_document(res.doc_id, res.tables, fingerprint)
                    summary.processed += 1
                    bar.update()
                    continue
                except Exception as exc:  # a storage problem with one document must not stop the batch
                    error = f"cannot store rows: {type(exc).__name__}: {exc}"
            fail(res.doc_id, res.path, error)
    finally:
        bar.close()
