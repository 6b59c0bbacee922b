"""The benchmark is part of the product (issue 5): it must run for anyone and print every figure."""
from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT, needs_shared


@needs_shared
def test_the_benchmark_runs_and_prints_every_figure():
    res = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--docs", "4", "--peer-docs", "2",
                          "--repeat", "1", "--scale", "2,3"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    out = res.stdout
    for figure in (r"corpus: 4 documents, [\d.]+ MB",
                   r"--workers 1: [\d.]+ s, \d+ documents/s, [\d.]+ MB/s, peak RSS \d+ MB",
                   r"--workers 2: [\d.]+ s, \d+ documents/s, [\d.]+ MB/s, peak RSS \d+ MB",
                   r"extract:casualties +[\d.]+ s +[\d.]+%",
                   r"write:sqlite +[\d.]+ s",
                   r"speed-up of --workers 2 over --workers 1: [\d.]+x",
                   r"peer dateparser.search.search_dates: 2 documents",
                   r"/ peer throughput: [\d.]+x",
                   r"this machine.s ceiling: two copies of a fixed CPU-bound task run [\d.]+x .* reaches \d+% of it",
                   r"cold start, `run` on the sample: [\d.]+ s; importing spacy\+pandas\+dateparser: [\d.]+ s",
                   r"everything but extraction \(importing the package [\d.]+ s, .* [\d.]+ s\): [\d.]+ s, "
                   r"so at most [\d.]+ MB/s, [\d.]+x the peer",
                   r"20x the peer \([\d.]+ MB/s\) is [\d.]+ s for this corpus: .*; extraction alone took [\d.]+ s",
                   r"\n +3 documents, +[\d.]+ MB: +[\d.]+ s, peak RSS \d+ MB \([+-][\d.]+% against the first\)"):
        assert re.search(figure, out), f"missing: {figure}\n{out}"
