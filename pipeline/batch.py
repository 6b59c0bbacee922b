"""Run the pipeline over many inputs: discover files, process in parallel, store, export."""
from __future__ import annotations

import glob
import hashlib
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .api import finding_row, process_document
from .config import Config
from .ingest import IngestError, read_document, slugify
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

    def line(self) -> str:
        tables = ", ".join(f"{k} {v}" for k, v in self.rows.items() if k not in ("documents", "findings"))
        return (f"{self.documents} documents ({self.processed} processed, {self.skipped} unchanged, "
                f"{self.failed} failed); rows: {tables}; findings {self.findings}; {self.seconds:.1f} s")


def discover(specs: list[str], extensions: tuple[str, ...]) -> tuple[list[Input], list[str]]:
    """Files, folders (recursive) and globs -> inputs with unique, stable doc_ids."""
    paths: list[Path] = []
    missing: list[str] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            paths += [f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in extensions]
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


_WORKER_CFG: Config | None = None


def _init_worker(cfg: Config) -> None:
    global _WORKER_CFG
    _WORKER_CFG = cfg


def _work(item: tuple[str, str]) -> tuple[str, str, dict | None, str | None, str | None]:
    """(doc_id, path, tables, canonical text, error) for one file; never raises."""
    path, doc_id = item
    cfg = _WORKER_CFG or Config()
    try:
        doc = read_document(path, doc_id)
        return doc_id, path, process_document(doc, cfg), doc.text, None
    except IngestError as exc:
        return doc_id, path, None, None, str(exc)
    except Exception as exc:  # one bad file must not stop the batch
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        return doc_id, path, None, None, f"{type(exc).__name__}: {exc} (at {Path(tb.filename).name}:{tb.lineno})"


def run(specs: list[str], out_dir: str | Path, cfg: Config, workers: int = 1, force: bool = False,
        prune: bool = False, progress: bool = False) -> RunSummary:
    from .extractors import validate_rules

    t0 = time.perf_counter()
    validate_rules(cfg)
    out = Path(out_dir)
    inputs, missing = discover(specs, cfg.extensions)
    summary = RunSummary(documents=len(inputs), missing=missing)
    store = Store(out / "monitor.sqlite")
    try:
        fingerprint = cfg.fingerprint()
        todo = []
        for inp in inputs:
            try:
                sha = hashlib.sha256(inp.path.read_bytes()).hexdigest()
            except OSError:
                sha = None
            if not force and sha and store.is_current(inp.doc_id, sha, fingerprint) and \
                    (out / "text" / f"{inp.doc_id}.txt").exists():
                summary.skipped += 1
            else:
                todo.append((str(inp.path), inp.doc_id))
        for doc_id, path, tables, text, error in _map(todo, cfg, workers, progress):
            if error is None:
                try:
                    write_text_atomic(out / "text" / f"{doc_id}.txt", text)
                    store.replace_document(doc_id, tables, fingerprint)
                    summary.processed += 1
                    continue
                except Exception as exc:  # a storage problem with one document must not stop the batch
                    error = f"cannot store rows: {type(exc).__name__}: {exc}"
            summary.failed += 1
            summary.failures.append((path, error))
            print(f"error: {path}: {error}", file=sys.stderr)
            store.record_failure(doc_id, finding_row(Finding(doc_id, None, "error", None, None, f"{path}: {error}")))
        if prune:
            store.prune([i.doc_id for i in inputs])
        counts = store.export_csv(out)
        summary.rows = counts
        summary.findings = counts.get("findings", 0)
    finally:
        store.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _map(todo, cfg: Config, workers: int, progress: bool):
    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="doc", file=sys.stderr, leave=False)
    try:
        if workers <= 1 or len(todo) <= 1:
            _init_worker(cfg)
            for item in todo:
                yield _work(item)
                if bar:
                    bar.update()
        else:
            with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(cfg,)) as pool:
                for res in pool.map(_work, todo, chunksize=max(1, len(todo) // (workers * 4))):
                    yield res
                    if bar:
                        bar.update()
    finally:
        if bar:
            bar.close()
