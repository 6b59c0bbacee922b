"""Where documents are processed: in this process, a local process pool, or a Dask cluster.

Every executor takes work items (doc_id, path, bytes) lazily and yields results in input order,
keeping only a bounded number of documents in flight, so memory stays flat however many
documents a run has. The tables a document gives do not depend on where it ran: the store
and the writers in the main process decide the output, so every executor writes the same files.
"""
from __future__ import annotations

import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config

EXECUTORS = ("local", "dask", "dask-local")


@dataclass
class WorkItem:
    doc_id: str
    path: str
    data: bytes  # read once by the main process, which hashes it to decide skipping


@dataclass
class WorkResult:
    doc_id: str
    path: str
    tables: dict | None
    text: str | None
    error: str | None
    timings: dict[str, float] = field(default_factory=dict)
    fingerprint: str = ""

    @classmethod
    def failed(cls, item: WorkItem, error: str, **more) -> WorkResult:
        return cls(item.doc_id, item.path, None, None, error, **more)


class ExecutorError(Exception):
    """The executor cannot start (no Dask installed, scheduler unreachable, ...)."""


def process_item(item: WorkItem, cfg: Config, text_dir: str | None = None) -> WorkResult:
    """One document, start to finish; never raises (one bad file must not stop the batch).

    Rows come back as tuples (cheaper to send between processes than dicts). With `text_dir`
    (local workers, which share the output folder) the worker writes the canonical text itself."""
    from .api import process_document, timed
    from .ingest import IngestError, read_document
    from .store import as_tuples, write_text_atomic

    timings: dict[str, float] = {}
    try:
        with timed(timings, "ingest"):
            doc = read_document(item.path, item.doc_id, data=item.data)
        tables = as_tuples(process_document(doc, cfg, timings))
        text: str | None = doc.text
        if text_dir is not None:
            with timed(timings, "write:text"):
                write_text_atomic(Path(text_dir) / f"{item.doc_id}.txt", doc.text)
            text = None
        return WorkResult(item.doc_id, item.path, tables, text, None, timings)
    except IngestError as exc:
        return WorkResult.failed(item, str(exc), timings=timings)
    except Exception as exc:
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        return WorkResult.failed(item, f"{type(exc).__name__}: {exc} (at {Path(tb.filename).name}:{tb.lineno})",
                                 timings=timings)


def _in_order(submit: Callable[[WorkItem], object], collect: Callable[[object, WorkItem], WorkResult],
              items: Iterable[WorkItem], window: int) -> Iterator[WorkResult]:
    """Submit items with at most `window` in flight; yield results in submission order."""
    pending: deque = deque()
    for item in items:
        pending.append((submit(item), item))
        if len(pending) >= window:
            yield collect(*pending.popleft())
    while pending:
        yield collect(*pending.popleft())


_POOL_CFG: Config | None = None


def _init_pool(cfg: Config) -> None:
    global _POOL_CFG
    _POOL_CFG = cfg


def _pool_work(item: WorkItem, text_dir: str | None) -> WorkResult:
    return process_item(item, _POOL_CFG or Config(), text_dir)


WARM_UP_TEXT = ("Atlantis\n\nMine Ban Policy\n\nLast updated: 2 March 2021\n\nOn 7 December 2020, Atlantis "
                "abstained from the vote on UNGA Resolution 75/52.[1] Two soldiers were injured by a PMN-2 mine.\n\n"
                "[1] Statement, 7 December 2020.\n")


def warm_up(cfg: Config) -> None:
    """Run one tiny profile: dateparser, the country table, spaCy and every rule get loaded once."""
    from .api import process_document
    from .ingest import document_from_text

    process_document(document_from_text(WARM_UP_TEXT, "warm-up"), cfg)


def _crashed(item: WorkItem, exc: BaseException) -> WorkResult:
    """A worker died or could not return its result: the document fails, the run goes on."""
    return WorkResult.failed(item, f"worker failed: {type(exc).__name__}: {exc}")


def run_local(items: Iterable[WorkItem], cfg: Config, workers: int, text_dir: str | None = None) -> Iterator[WorkResult]:
    if workers <= 1:
        for item in items:
            yield process_item(item, cfg, text_dir)
        return
    from concurrent.futures import ProcessPoolExecutor

    def collect(future, item: WorkItem) -> WorkResult:
        try:
            return future.result()
        except Exception as exc:
            return _crashed(item, exc)

    warm_up(cfg)  # forked workers inherit the loaded parsers instead of each building its own
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_pool, initargs=(cfg,)) as pool:
        yield from _in_order(lambda item: pool.submit(_pool_work, item, text_dir), collect, items, workers * 4)


def _dask_work(item: WorkItem, cfg: Config) -> WorkResult:
    """process_item on a Dask worker, reporting which code and rules the worker runs."""
    result = process_item(item, cfg)
    result.fingerprint = cfg.fingerprint()
    return result


def run_dask(items: Iterable[WorkItem], cfg: Config, workers: int, scheduler: str | None) -> Iterator[WorkResult]:
    """Documents over a Dask cluster: `scheduler` is its address, or None for a local cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ExecutorError("the dask executors need dask.distributed: pip install 'monitor-pipeline[dask]'") from exc
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ExecutorError(f"cannot connect to the Dask scheduler {scheduler}: {exc}") from exc
    expected = cfg.fingerprint()
    try:
        n = max(1, len(client.scheduler_info().get("workers", {})))

        def collect(future, item: WorkItem) -> WorkResult:
            try:
                result = future.result()
            except Exception as exc:
                return _crashed(item, exc)
            if result.fingerprint != expected:
                return WorkResult.failed(item, "the Dask worker runs other pipeline code or rules than this client "
                                         "(install the same monitor-pipeline version and rule files on every worker)")
            return result

        yield from _in_order(lambda item: client.submit(_dask_work, item, cfg, pure=False), collect, items, n * 4)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_items(items: Iterable[WorkItem], cfg: Config, workers: int = 1, executor: str = "local",
              scheduler: str | None = None, text_dir: str | None = None) -> Iterator[WorkResult]:
    """Results in input order. `text_dir`: where local workers write canonical texts (Dask workers
    may not see the output folder, so theirs come back with the result)."""
    if executor == "local":
        return run_local(items, cfg, workers, text_dir)
    if executor == "dask":
        if not scheduler:
            raise ExecutorError("--executor dask needs --scheduler tcp://HOST:8786 (or use --executor dask-local)")
        return run_dask(items, cfg, workers, scheduler)
    if executor == "dask-local":
        return run_dask(items, cfg, workers, None)
    raise ExecutorError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
