"""The SQLite store of record and the CSV export.

Each document's rows are replaced as one unit (a savepoint), so re-running on a changed profile
updates its rows and leaves the others alone. CSV files are exported from the database after
every run, each written to a temporary file and renamed into place.
"""
from __future__ import annotations

import csv
import itertools
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import IO

from .tables import REGISTRY, TableSpec, all_tables

COMMIT_EVERY_DOCS = 200
COMMIT_EVERY_SECONDS = 2.0
SQL_TYPES = {"TEXT": "TEXT", "INTEGER": "INTEGER", "BOOLEAN": "TEXT"}


def ddl(spec: TableSpec) -> list[str]:
    cols = [f'"{c.name}" {SQL_TYPES[c.type]}' for c in spec.columns]
    if spec.key:
        cols.append(f"PRIMARY KEY ({_cols(spec.key)})")
    if spec.name != "documents" and spec.name != "findings":
        cols.append("FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE")
    if spec.section_fk:
        cols.append("FOREIGN KEY (doc_id, section_id) REFERENCES sections(doc_id, section_id)")
    if not spec.key:
        return [f'CREATE TABLE IF NOT EXISTS "{spec.name}" ({", ".join(cols)})',
                f'CREATE INDEX IF NOT EXISTS "ix_{spec.name}_doc" ON "{spec.name}"(doc_id)']
    # Keyed tables are stored in key order (WITHOUT ROWID): one B-tree per table instead of three
    # (rows, key index, doc_id index); the key starts with doc_id, so it also serves per-document deletes.
    return [f'CREATE TABLE IF NOT EXISTS "{spec.name}" ({", ".join(cols)}) WITHOUT ROWID']


class Store:
    def __init__(self, path: str | Path):
        all_tables()
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Transactions are explicit (isolation_level=None): documents are committed in batches,
        # each inside its own savepoint, so a failure undoes one document and a kill loses at
        # most the uncommitted batch, which the next run redoes (its _state rows were not written).
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self._pending = 0
        self._batch_started = 0.0
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        # WAL with NORMAL sync: a killed run never corrupts the database or loses a committed
        # document; only a power cut can drop the last commits. FULL would fsync every document.
        self.db.execute("PRAGMA synchronous = NORMAL")
        with self._document():
            for spec in REGISTRY.values():
                for stmt in ddl(spec):
                    self.db.execute(stmt)
            self.db.execute("CREATE TABLE IF NOT EXISTS _state (doc_id TEXT PRIMARY KEY, sha256 TEXT, "
                            "fingerprint TEXT, source_path TEXT)")
        self._check_schema()
        self.flush()
        # Every doc_id that may have rows here (a superset: never shrunk, so a rolled-back delete
        # cannot hide rows). A document outside it needs no deletes: one set lookup instead of a
        # query per document.
        self._known = {r[0] for r in self.db.execute(_ALL_DOC_IDS)}

    def _check_schema(self) -> None:
        """An older database with other columns is rebuilt rather than half-written."""
        for spec in REGISTRY.values():
            have = [r[1] for r in self.db.execute(f'PRAGMA table_info("{spec.name}")')]
            if have != spec.column_names:
                with self._document():
                    self.db.execute(f'DROP TABLE "{spec.name}"')
                    self.db.execute("DELETE FROM _state")
                    for stmt in ddl(spec):
                        self.db.execute(stmt)

    def close(self) -> None:
        self.flush()
        self.db.close()

    def flush(self) -> None:
        """Commit the documents stored so far."""
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self._pending = 0

    @contextmanager
    def _document(self) -> Iterator[None]:
        """One document's changes: all or nothing, committed with the batch it falls in."""
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
            self._batch_started = time.monotonic()
        self.db.execute("SAVEPOINT document")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO document")
            self.db.execute("RELEASE document")
            raise
        self.db.execute("RELEASE document")
        self._pending += 1
        if self._pending >= COMMIT_EVERY_DOCS or time.monotonic() - self._batch_started >= COMMIT_EVERY_SECONDS:
            self.flush()

    def is_current(self, doc_id: str, sha256: str, fingerprint: str) -> bool:
        row = self.db.execute("SELECT sha256, fingerprint FROM _state WHERE doc_id = ?", (doc_id,)).fetchone()
        return row == (sha256, fingerprint)

    def replace_document(self, doc_id: str, tables: dict[str, list[dict]] | dict[str, list[tuple]],
                         fingerprint: str) -> None:
        """Delete a document's rows and insert the new ones, as one unit. Rows are dicts, or tuples
        in column order (`as_tuples`: what workers send, cheaper to pickle)."""
        rows = as_tuples(tables)
        documents = REGISTRY["documents"].column_names
        doc = dict(zip(documents, rows["documents"][0], strict=True))
        with self._document():
            self._delete(doc_id)
            self._known.add(doc_id)
            for name in REGISTRY:  # documents and sections come first (all_tables), as foreign keys need
                self._insert(name, rows.get(name) or [])
            self.db.execute("INSERT OR REPLACE INTO _state VALUES (?, ?, ?, ?)",
                            (doc_id, doc["sha256"], fingerprint, doc["source_path"]))

    def record_failure(self, doc_id: str, row: dict) -> None:
        """A file that failed keeps its earlier rows; only its error finding is replaced."""
        with self._document():
            self._known.add(doc_id)
            self.db.execute("DELETE FROM findings WHERE doc_id = ? AND kind = 'error'", (doc_id,))
            self.db.execute("DELETE FROM _state WHERE doc_id = ?", (doc_id,))
            self._insert("findings", as_tuples({"findings": [row]})["findings"])

    def _insert(self, name: str, rows: list[tuple]) -> None:
        if rows:
            self.db.executemany(_insert_sql(name), rows)

    def _delete(self, doc_id: str) -> None:
        if doc_id not in self._known:  # every document of a first run
            return
        for name in reversed(list(REGISTRY)):
            self.db.execute(f'DELETE FROM "{name}" WHERE doc_id = ?', (doc_id,))
        self.db.execute("DELETE FROM _state WHERE doc_id = ?", (doc_id,))

    def doc_ids(self) -> list[str]:
        """Every document with rows, sorted (a failed file has only findings)."""
        return [r[0] for r in self.db.execute("SELECT doc_id FROM documents UNION SELECT doc_id FROM findings ORDER BY 1")]

    def prune(self, keep: Iterable[str]) -> list[str]:
        keep = set(keep)
        gone = [d for d in self.doc_ids() if d not in keep]
        with self._document():
            for doc_id in gone:
                self._delete(doc_id)
        return gone

    def counts(self) -> dict[str, int]:
        self.flush()
        return {name: self.db.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in REGISTRY}

    def export_parquet(self, folder: str | Path, batch_docs: int = 1000) -> dict[str, int]:
        """Each table as Parquet files, one per batch of documents (in doc_id order):
        folder/<table>/batch-00000.parquet, ... The folder is rebuilt beside the old one and swapped in."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.flush()
        folder = Path(folder)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
        tmp.chmod(DIR_MODE)
        counts = {}
        try:
            doc_ids = self.doc_ids()
            for spec in REGISTRY.values():
                (tmp / spec.name).mkdir()
                schema = pa.schema([(c.name, pa.int64() if c.type == "INTEGER" else pa.string()) for c in spec.columns])
                counts[spec.name] = 0
                for k in range(0, max(len(doc_ids), 1), batch_docs):
                    batch = doc_ids[k:k + batch_docs]
                    marks = ", ".join("?" for _ in batch)
                    rows = self.db.execute(_select(spec, f"WHERE doc_id IN ({marks or 'NULL'})"), batch).fetchall()
                    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in spec.columns]
                    table = pa.table([pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=True)], schema=schema)
                    pq.write_table(table, tmp / spec.name / f"batch-{k // batch_docs:05d}.parquet")
                    counts[spec.name] += len(rows)
            old = folder.with_name(f".{folder.name}.old")
            if folder.exists():
                shutil.rmtree(old, ignore_errors=True)
                os.replace(folder, old)
            os.replace(tmp, folder)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return counts

    def table_rows(self) -> Iterator[tuple[str, sqlite3.Cursor]]:
        """Each table's rows in the CSV order (document, then position), streamed."""
        self.flush()
        for spec in REGISTRY.values():
            yield spec.name, self.db.execute(_select(spec))

    def export_csv(self, out_dir: str | Path) -> dict[str, int]:
        return {name: write_csv(Path(out_dir) / f"{name}.csv", REGISTRY[name].column_names, cursor)
                for name, cursor in self.table_rows()}


# Other tables' rows need a documents row (foreign keys), so these three name every document with rows.
_ALL_DOC_IDS = "SELECT doc_id FROM documents UNION SELECT doc_id FROM findings UNION SELECT doc_id FROM _state"


@cache
def _insert_sql(name: str) -> str:
    cols = REGISTRY[name].column_names
    return f'INSERT INTO "{name}" ({_cols(cols)}) VALUES ({", ".join("?" for _ in cols)})'


def as_tuples(tables: dict[str, list]) -> dict[str, list[tuple]]:
    """Rows as tuples in the table's column order, cells as stored (booleans as true/false). A table
    whose first row is a tuple was converted already (what workers send): passed through as it is."""
    out = {}
    for name, rows in tables.items():
        if not rows or isinstance(rows[0], tuple):
            out[name] = rows
            continue
        cols = REGISTRY[name].column_names
        converted = [tuple(map(r.get, cols)) for r in rows]
        if any(c.type == "BOOLEAN" for c in REGISTRY[name].columns):  # a few tables: cell by cell only there
            converted = [tuple(map(_cell, r)) for r in converted]
        out[name] = converted
    return out


def _cols(names) -> str:
    """Quoted column list: some column names ("group") are SQL keywords."""
    return ", ".join(f'"{n}"' for n in names)


def _select(spec: TableSpec, where: str = "") -> str:
    """A table's rows in output order: by document, then position."""
    return f'SELECT {_cols(spec.column_names)} FROM "{spec.name}" {where} ORDER BY {_cols(_order_columns(spec))}'


def _order_columns(spec: TableSpec) -> list[str]:
    if spec.spans:
        return ["doc_id", "char_start", "char_end", *[c for c in spec.column_names if c not in ("doc_id", "char_start", "char_end")]]
    return spec.column_names


def _cell(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: put straight back
    os.umask(mask)
    return mask


# Temporary files and folders are created owner-only (0600, 0700); outputs get the mode any new file
# gets (0644 under the usual umask), so others can read the tables as they could any other output.
# Read once, when the module is imported, before any thread could create files meanwhile.
_UMASK = _umask()
FILE_MODE = 0o666 & ~_UMASK
DIR_MODE = 0o777 & ~_UMASK


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO]:
    """A temporary file beside `path`, open for writing (UTF-8 text, or bytes with mode "wb"); renamed
    onto `path` when the block ends, removed if it fails. Readers see the old file or the complete
    new one, never a partial one. The file is opened once (creating files is most of the cost of
    writing thousands of small texts), and its folder made only when missing."""
    def temporary() -> tuple[int, str]:
        return tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")

    try:
        fd, tmp = temporary()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = temporary()
    text = {} if "b" in mode else {"encoding": "utf-8", "newline": ""}
    try:
        with os.fdopen(fd, mode, **text) as fh:
            os.fchmod(fh.fileno(), FILE_MODE)
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(path: Path, header: list[str], rows: Iterable[tuple]) -> int:
    # Rows are counted as they stream by without a Python step per row: zip draws a number only
    # after the cursor gave a row, so the counter's next value is the number of rows plus one.
    numbers = itertools.count(1)
    with atomic_open(path) as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(map(itemgetter(0), zip(rows, numbers, strict=False)))  # the csv module writes None as an empty cell
    return next(numbers) - 1


def write_text_atomic(path: Path, text: str) -> None:
    with atomic_open(path) as fh:
        fh.write(text)
