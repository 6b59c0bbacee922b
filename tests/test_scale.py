"""Beyond one process: Dask executors and Parquet output give the same tables as a local run."""
from __future__ import annotations

import filecmp
import shutil

import pandas as pd
import pytest
from conftest import ROOT, SAMPLE
from test_cli import cli

from pipeline.tables import REGISTRY, all_tables

all_tables()
TABLES = list(REGISTRY)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The sample, its HTML rendition, own Monitor-style text and a bad file: several documents."""
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(SAMPLE, folder / "korea-dprk.txt")
    shutil.copy(ROOT / "tests" / "data" / "korea-dprk.html", folder / "korea-dprk-page.html")
    (folder / "atlantis.txt").write_text(
        "Atlantis\n\nMine Ban Policy\n\nLast updated: 2 March 2021\n\nOn 7 December 2020, Atlantis abstained from "
        "the vote on UNGA Resolution 75/52.[1] In 2019, two soldiers were injured by a PMN-2 mine.\n\n[1] Statement, "
        "7 December 2020.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    return folder


@pytest.fixture(scope="module")
def local_out(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    res = cli("run", str(inputs), "--out", str(out), "--workers", "2", "--quiet")
    assert res.returncode == 1 and "broken.txt" in res.stderr  # the bad file fails, the rest is written
    return out


def assert_same_csvs(a, b):
    for name in TABLES:
        assert filecmp.cmp(a / f"{name}.csv", b / f"{name}.csv", shallow=False), name


def test_dask_cluster_gives_byte_identical_tables(inputs, local_out, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "dask"
        res = cli("run", str(inputs), "--out", str(out), "--executor", "dask", "--scheduler", cluster.scheduler_address,
                  "--quiet")
        assert res.returncode == 1 and "broken.txt" in res.stderr, res.stderr
    assert_same_csvs(local_out, out)


def test_dask_local_executor(inputs, local_out, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "dask-local"
    res = cli("run", str(inputs), "--out", str(out), "--executor", "dask-local", "--workers", "2", "--quiet")
    assert res.returncode == 1, res.stderr
    assert_same_csvs(local_out, out)


def test_unreachable_scheduler_is_a_clear_error(inputs, tmp_path):
    pytest.importorskip("dask.distributed")
    res = cli("run", str(inputs), "--out", str(tmp_path / "o"), "--executor", "dask", "--scheduler",
              "tcp://127.0.0.1:9", "--quiet")
    assert res.returncode == 2 and "cannot connect to the Dask scheduler tcp://127.0.0.1:9" in res.stderr
    assert "Traceback" not in res.stderr
    res = cli("run", str(inputs), "--out", str(tmp_path / "o"), "--executor", "dask")
    assert res.returncode == 2 and "needs --scheduler" in res.stderr


def test_parquet_tables_match_the_csv_and_read_in_duckdb(inputs, local_out, tmp_path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "pq"
    res = cli("run", str(inputs), "--out", str(out), "--format", "csv,parquet", "--batch-docs", "2", "--quiet")
    assert res.returncode == 1
    assert_same_csvs(local_out, out)
    assert sorted(p.name for p in (out / "parquet" / "dates").iterdir()) == ["batch-00000.parquet", "batch-00001.parquet"]
    for name in TABLES:
        csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        pq = pd.read_parquet(out / "parquet" / name, dtype_backend="numpy_nullable")
        assert list(pq.columns) == list(csv.columns) == REGISTRY[name].column_names
        assert pq.astype(str).replace({"None": "", "<NA>": ""}).values.tolist() == csv.values.tolist(), name
    duckdb = pytest.importorskip("duckdb")
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/parquet/dates/*.parquet')").fetchall()[0][0]
    assert n == len(pd.read_csv(out / "dates.csv"))


def test_bad_format_is_a_usage_error(inputs, tmp_path):
    res = cli("run", str(inputs), "--out", str(tmp_path / "o"), "--format", "xml")
    assert res.returncode == 2 and "--format" in res.stderr


def test_dask_workers_report_the_code_and_rules_they_run():
    """What the Dask client compares with its own fingerprint (a mismatch fails the document)."""
    from pipeline.config import Config
    from pipeline.executors import WorkItem, _dask_work

    cfg = Config()
    chunk = [WorkItem("korea-dprk", str(SAMPLE), SAMPLE.read_bytes()), WorkItem("broken", "broken.txt", b"\x00binary")]
    result, failed = _dask_work(chunk, cfg)
    assert result.error is None and result.text and result.fingerprint == cfg.fingerprint()
    assert failed.error and failed.fingerprint == cfg.fingerprint()


@pytest.mark.parametrize("sizes,max_docs,max_bytes,expected", [
    ([], 3, 100, []),
    ([1, 1, 1, 1, 1, 1, 1], 3, 100, [3, 3, 1]),
    ([60, 50, 10, 10], 10, 100, [2, 2]),  # closed once the bytes reach the limit, that document included
    ([500, 1, 1], 10, 100, [1, 2]),  # a document larger than the limit goes alone
])
def test_documents_are_taken_in_bounded_chunks(sizes, max_docs, max_bytes, expected):
    from pipeline.executors import WorkItem, chunked
    items = [WorkItem(f"d{i}", f"d{i}.txt", b"x" * n) for i, n in enumerate(sizes)]
    chunks = list(chunked(iter(items), max_docs, max_bytes))
    assert [len(c) for c in chunks] == expected
    assert [item for c in chunks for item in c] == items  # every document once, in order


def test_dask_workers_running_other_code_fail_their_documents(inputs, monkeypatch):
    """The client compares each result's fingerprint with its own: every document of a worker
    running other code or rules fails with a message that says so, in input order."""
    pytest.importorskip("dask.distributed")
    from pipeline.config import Config
    from pipeline.executors import WorkItem, run_items

    items = [WorkItem(p.stem, str(p), p.read_bytes()) for p in sorted(inputs.iterdir())]
    cfg = Config()
    monkeypatch.setattr(Config, "fingerprint", lambda self: "other rules")  # the client only: workers are new processes
    results = list(run_items(items, cfg, workers=1, executor="dask-local"))
    assert [r.doc_id for r in results] == [i.doc_id for i in items]
    assert all(r.tables is None and "runs other pipeline code or rules" in r.error for r in results)


@pytest.mark.parametrize("total,workers,expected", [
    (None, 2, 32),  # unknown: the default
    (2000, 2, 32),
    (2000, 1, 32),
    (100, 2, 13),  # 8 chunks: several for each worker
    (10, 2, 2),
    (1, 8, 1),
    (0, 2, 1),
])
def test_small_batches_get_small_chunks(total, workers, expected):
    from pipeline.executors import chunk_docs
    assert chunk_docs(total, workers) == expected


def test_run_items_sizes_chunks_from_the_batch(monkeypatch):
    """run_items passes the batch size on: 10 documents in process go as chunks of 3, 3, 3 and 1
    (chunk_docs(10, 1)), not as one chunk of 32."""
    import pipeline.executors as ex
    from pipeline.config import Config

    seen: list[int] = []

    def record(chunk, cfg, text_dir=None):
        seen.append(len(chunk))
        return [ex.WorkResult(item.doc_id, item.path, {}, "", None) for item in chunk]

    monkeypatch.setattr(ex, "process_chunk", record)  # in process: a pool's workers would not see it
    items = [ex.WorkItem(f"d{i}", f"d{i}.txt", b"x") for i in range(10)]
    results = list(ex.run_items(iter(items), Config(), workers=1, total=10))
    assert [r.doc_id for r in results] == [i.doc_id for i in items]
    assert seen == [3, 3, 3, 1]


class _KillerPlugin:
    """Installed on every Dask worker (and again on each restarted one): processing the document
    `doomed` kills the worker process, as a native crash or the out-of-memory killer would."""

    name = "monitor-test-killer"

    def setup(self, worker):
        import os
        import signal

        import pipeline.api

        real = pipeline.api.process_document

        def deadly(doc, cfg, timings=None):
            if doc.doc_id == "doomed":
                os.kill(os.getpid(), signal.SIGKILL)
            return real(doc, cfg, timings)

        pipeline.api.process_document = deadly


def test_a_document_that_kills_dask_workers_fails_alone(inputs, tmp_path):
    """Dask retries a task whose worker died, then gives up (KilledWorker); the chunk's documents are
    then redone one per task, so only the deadly one fails."""
    distributed = pytest.importorskip("dask.distributed")
    from distributed.diagnostics.plugin import WorkerPlugin

    from pipeline.batch import run
    from pipeline.config import Config

    raw = tmp_path / "raw"
    shutil.copytree(inputs, raw)
    (raw / "broken.txt").unlink()
    shutil.copy(raw / "atlantis.txt", raw / "doomed.txt")
    for i in range(14):  # 18 documents: chunks of 3 (chunk_docs(18, 2)), so the deadly one has company
        shutil.copy(raw / "atlantis.txt", raw / f"atlantis-{i:02d}.txt")
    plugin = type("KillerPlugin", (_KillerPlugin, WorkerPlugin), {})
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        client.register_plugin(plugin())
        summary = run([str(raw)], tmp_path / "out", Config(), workers=2, executor="dask",
                      scheduler=cluster.scheduler_address)
    assert summary.processed == 17 and summary.failed == 1
    assert summary.failures[0][0] == str(raw / "doomed.txt") and "KilledWorker" in summary.failures[0][1]
