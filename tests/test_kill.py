"""Nothing lost: runs killed with SIGKILL at random moments leave the previous outputs complete and
readable, and the next run finishes with the same output as a run never interrupted."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, SAMPLE

from pipeline.tables import REGISTRY, all_tables

all_tables()


def make_batch(folder: Path, n: int) -> None:
    """n different profiles: the sample with a sentence of its own added to each."""
    text = SAMPLE.read_text(encoding="utf-8")
    for i in range(n):
        extra = f"\n\nIn {2000 + i % 20}, {i + 2} soldiers were injured by a PMN-{i % 4 + 1} mine on {i % 28 + 1} May 2019.\n"
        (folder / f"profile-{i:03d}.txt").write_text(text + extra, encoding="utf-8")


def run(inputs, out: Path, *options: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", *map(str, inputs), "--out", str(out),
                             "--workers", "2", "--quiet", *options], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True, **popen)


def csvs(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.csv").read_bytes() for name in REGISTRY}


def test_sigkill_at_random_points_loses_nothing(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_batch(inputs, 40)
    files = sorted(inputs.iterdir())

    reference = tmp_path / "reference"
    started = time.monotonic()
    assert run([inputs], reference).wait(timeout=600) == 0
    whole_run = time.monotonic() - started  # kill moments scale with it: machines differ several-fold
    expected = csvs(reference)

    out = tmp_path / "out"
    assert run(files[:10], out).wait(timeout=600) == 0  # the previous, complete outputs
    previous = csvs(out)

    rng = random.Random(20261125)
    kills = attempts = 0
    while kills < 3 and attempts < 10:
        # every other run with --force, so that it redoes the whole batch (a resumed run has less left to do)
        proc = run([inputs], out, *(["--force"] if attempts % 2 else []))
        attempts += 1
        time.sleep(rng.uniform(0.1, 0.8) * whole_run)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as a crash or an OOM kill would
            kills += 1
        proc.wait(timeout=60)
        for name, data in csvs(out).items():  # each table is the old one or the new one, never a mix
            assert data in (previous[name], expected[name]), name
        with sqlite3.connect(out / "monitor.sqlite") as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        previous = csvs(out)
    assert kills >= 3  # the test did interrupt runs

    final = run([inputs], out)
    assert final.wait(timeout=600) == 0, final.stderr.read().decode()
    assert csvs(out) == expected
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".parquet.")]
    assert leftovers == []
