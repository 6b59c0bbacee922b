"""Where documents are processed: in this process, a local process pool, or a Dask cluster.

Every executor takes work items (doc_id, path, bytes) lazily, in chunks of a few documents, and
yields results in input order, keeping only a bounded number of chunks in flight, so memory stays
flat however many documents a run has. The tables a document gives do not depend on where it ran:
the store and the writers in the main process decide the output, so every executor writes the same
files.
"""
from __future__ import annotations

import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .config import Config

Work = TypeVar("Work")
Done = TypeVar("Done")

EXECUTORS = ("local", "dask", "dask-local")
# Documents a worker takes at a time (at most; see chunk_docs). Small enough that workers finish
# close together and a chunk's rows and texts stay a few MB; large enough to group the file work
# (process_chunk) and to spare Dask's scheduler a round trip per document.
CHUNK_DOCS = 32
CHUNK_BYTES = 4_000_000


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


def process_item(item: WorkItem, cfg: Config) -> WorkResult:
    """One document's extraction; never raises (one bad file must not stop the batch).

    Rows come back as tuples (cheaper to send between processes than dicts), with the canonical text."""
    from .api import process_document, timed
    from .ingest import IngestError, read_document
    from .store import as_tuples

    timings: dict[str, float] = {}
    try:
        with timed(timings, "ingest"):
            doc = read_document(item.path, item.doc_id, data=item.data)
        tables = as_tuples(process_document(doc, cfg, timings))
        return WorkResult(item.doc_id, item.path, tables, doc.text, None, timings)
    except IngestError as exc:
        return WorkResult.failed(item, str(exc), timings=timings)
    except Exception as exc:
        return WorkResult.failed(item, _describe(exc), timings=timings)


def _describe(exc: Exception) -> str:
    tb = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {exc} (at {Path(tb.filename).name}:{tb.lineno})"


def process_chunk(chunk: list[WorkItem], cfg: Config, text_dir: str | None = None) -> list[WorkResult]:
    """A few documents extracted one after another, then (with `text_dir`: local workers, which
    share the output folder) their canonical texts written one after another. Grouping the file
    work instead of alternating it with extraction made whole runs 1.08-1.27x faster on this project's
    machine: each switch between system calls and extraction found both stages' caches cold."""
    results = [process_item(item, cfg) for item in chunk]
    if text_dir is None:
        return results
    from .api import timed
    from .store import write_text_atomic

    for i, (item, res) in enumerate(zip(chunk, results, strict=True)):
        if res.text is None:
            continue
        try:
            with timed(res.timings, "write:text"):
                write_text_atomic(Path(text_dir) / f"{item.doc_id}.txt", res.text)
            res.text = None
        except Exception as exc:
            results[i] = WorkResult.failed(item, _describe(exc), timings=res.timings)
    return results


def chunk_docs(total: int | None, workers: int) -> int:
    """Documents per chunk: CHUNK_DOCS, fewer when a batch is small, so that every worker gets
    several chunks (10 documents over 2 workers must not go to one worker as one chunk)."""
    if total is None:
        return CHUNK_DOCS
    return max(1, min(CHUNK_DOCS, -(-total // (max(1, workers) * 4))))


def chunked(items: Iterable[WorkItem], max_docs: int = CHUNK_DOCS, max_bytes: int = CHUNK_BYTES) -> Iterator[list[WorkItem]]:
    """Consecutive items in lists of at most `max_docs` documents, closed once `max_bytes` is reached."""
    chunk: list[WorkItem] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.data)
        if len(chunk) >= max_docs or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Abandon(Exception):
    """Raised by a `collect` function: the executor cannot go on (a local pool whose worker died)."""


def _in_order(submit: Callable[[Work], object], collect: Callable[[object, Work], list[Done]],
              items: Iterator[Work], window: int) -> Generator[Done, None, list[Work]]:
    """Submit items (chunks) with at most `window` in flight; yield each one's results in submission
    order. When `collect` raises _Abandon, return the items not collected yet, that one first; the
    items not submitted yet stay in `items`."""
    pending: deque = deque()
    while True:
        while len(pending) < window and (item := next(items, None)) is not None:
            pending.append((submit(item), item))
        if not pending:
            return []
        future, item = pending.popleft()
        try:
            results = collect(future, item)
        except _Abandon:
            return [item, *(later for _, later in pending)]
        yield from results


_POOL_CFG: Config | None = None


def _init_pool(cfg: Config) -> None:
    global _POOL_CFG
    _POOL_CFG = cfg


def _pool_work(chunk: list[WorkItem], text_dir: str | None) -> list[WorkResult]:
    return process_chunk(chunk, _POOL_CFG or Config(), text_dir)


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


# Not "the others were processed": when every worker dies (say, the machine is out of memory), all fail.
WORKER_DIED = "its worker process died while processing it (a crash, or killed: out of memory?)"


def run_local(items: Iterable[WorkItem], cfg: Config, workers: int, text_dir: str | None = None,
              total: int | None = None) -> Iterator[WorkResult]:
    chunks = chunked(items, chunk_docs(total, workers))
    if workers <= 1:
        for chunk in chunks:
            yield from process_chunk(chunk, cfg, text_dir)
        return
    warm_up(cfg)  # forked workers inherit the loaded parsers instead of each building its own
    redo: list[WorkItem] = []
    while True:
        yield from _one_at_a_time(redo, cfg, text_dir)
        redo = yield from _pool_until_broken(chunks, cfg, workers, text_dir)
        if not redo:
            return


def _new_pool(cfg: Config, workers: int):
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, initializer=_init_pool, initargs=(cfg,))


def _pool_until_broken(chunks: Iterator[list[WorkItem]], cfg: Config, workers: int,
                       text_dir: str | None) -> Generator[WorkResult, None, list[WorkItem]]:
    """Yield the chunks' results in order, with at most two chunks per worker in flight. When a worker
    dies the pool is unusable: return the documents whose results were not yielded yet, in order."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    with _new_pool(cfg, workers) as pool:
        def submit(chunk: list[WorkItem]) -> Future:
            try:
                return pool.submit(_pool_work, chunk, text_dir)
            except BrokenProcessPool as exc:  # broke while the earlier chunks were running
                future: Future = Future()
                future.set_exception(exc)
                return future

        def collect(future: Future, chunk: list[WorkItem]) -> list[WorkResult]:
            try:
                return future.result()
            except BrokenProcessPool as exc:
                raise _Abandon from exc
            except Exception as exc:
                return [_crashed(item, exc) for item in chunk]

        unfinished = yield from _in_order(submit, collect, chunks, workers * 2)
        return [item for chunk in unfinished for item in chunk]


def _one_at_a_time(items: list[WorkItem], cfg: Config, text_dir: str | None) -> Iterator[WorkResult]:
    """The documents that were in flight when a worker died, each alone in a worker of its own: the
    one that kills its worker again fails alone, with a message that says so."""
    from concurrent.futures.process import BrokenProcessPool

    for item in items:
        with _new_pool(cfg, 1) as pool:
            try:
                yield from pool.submit(_pool_work, [item], text_dir).result()
            except BrokenProcessPool:
                yield WorkResult.failed(item, WORKER_DIED)
            except Exception as exc:
                yield _crashed(item, exc)


def _dask_work(chunk: list[WorkItem], cfg: Config) -> list[WorkResult]:
    """A chunk on a Dask worker (one task per chunk, not per document: each task costs the scheduler
    a round trip). Texts come back with the rows, as workers may not see the output folder; every
    result reports which code and rules the worker runs."""
    results = process_chunk(chunk, cfg)
    fingerprint = cfg.fingerprint()
    for result in results:
        result.fingerprint = fingerprint
    return results


def run_dask(items: Iterable[WorkItem], cfg: Config, workers: int, scheduler: str | None,
             total: int | None = None) -> Iterator[WorkResult]:
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

        def submit(chunk: list[WorkItem]):
            return client.submit(_dask_work, chunk, cfg, pure=False)

        def collect(future, chunk: list[WorkItem]) -> list[WorkResult]:
            try:
                results = future.result()
            except Exception as exc:
                if len(chunk) > 1:  # e.g. a document that kills its worker: each alone, so it fails alone
                    return [result for item in chunk for result in collect(submit([item]), [item])]
                return [_crashed(item, exc) for item in chunk]
            return [result if result.fingerprint == expected else WorkResult.failed(
                item, "the Dask worker runs other pipeline code or rules than this client (install the same "
                "monitor-pipeline version and rule files on every worker)") for item, result in zip(chunk, results, strict=True)]

        yield from _in_order(submit, collect, chunked(items, chunk_docs(total, n)), n * 2)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_items(items: Iterable[WorkItem], cfg: Config, workers: int = 1, executor: str = "local",
              scheduler: str | None = None, text_dir: str | None = None, total: int | None = None) -> Iterator[WorkResult]:
    """Results in input order. `text_dir`: where local workers write canonical texts (Dask workers
    may not see the output folder, so theirs come back with the result). `total`: how many items
    there may be, which sizes the chunks (CHUNK_DOCS when unknown)."""
    if executor == "local":
        return run_local(items, cfg, workers, text_dir, total)
    if executor == "dask":
        if not scheduler:
            raise ExecutorError("--executor dask needs --scheduler tcp://HOST:8786 (or use --executor dask-local)")
        return run_dask(items, cfg, workers, scheduler, total)
    if executor == "dask-local":
        return run_dask(items, cfg, workers, None, total)
    raise ExecutorError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
