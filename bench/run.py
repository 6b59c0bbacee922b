"""Benchmark: throughput and peak memory of `run` on the dev corpus (or any folder), in one process run.

    python bench/run.py [FOLDER] [--repeat 3]

Prints documents, characters, seconds per run for --workers 1 and 2 (cold start included and a warm
in-process figure), the speed-up ratio, and peak resident memory. Figures, not assertions: machines
here are shared and noisy, so compare ratios measured in the same run.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli_run(folder: str, workers: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "run", folder, "--out", out, "--workers", str(workers),
                        "--quiet", "--force"], cwd=ROOT, check=True)
        return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = [p for p in Path(args.folder).rglob("*") if p.suffix in (".txt", ".html", ".htm")]
    chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in files)
    print(f"corpus: {len(files)} documents, {chars:,} characters ({args.folder})")

    sys.path.insert(0, str(ROOT))
    from pipeline.api import process_document
    from pipeline.config import Config
    from pipeline.ingest import read_document

    cfg = Config()
    t0 = time.perf_counter()
    process_document(read_document(files[0]), cfg)
    print(f"start-up (imports, spaCy, rules, first document): {time.perf_counter() - t0:.2f} s")
    warm = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for p in files:
            process_document(read_document(p), cfg)
        warm.append(time.perf_counter() - t0)
    best = min(warm)
    print(f"warm, in-process, 1 worker: best {best:.2f} s of {args.repeat} -> {len(files) / best:.0f} docs/s, "
          f"{chars / best / 1000:.0f} k chars/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB")
    w1 = min(cli_run(args.folder, 1) for _ in range(args.repeat))
    w2 = min(cli_run(args.folder, 2) for _ in range(args.repeat))
    print(f"CLI end to end (cold start, SQLite, CSV): --workers 1 {w1:.2f} s, --workers 2 {w2:.2f} s, "
          f"ratio {w1 / w2:.2f}x")


if __name__ == "__main__":
    main()
