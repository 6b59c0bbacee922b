"""The store replaces a document's rows as one unit: rerunning, failing half way and rerunning
again must leave exactly one copy of the document's current rows."""
from __future__ import annotations

import sqlite3

import pytest

from pipeline.api import process_document
from pipeline.config import Config
from pipeline.ingest import document_from_text
from pipeline.store import Store

TEXT_A = ("Atlantis\n\nCasualties\n\nLast updated: 4 May 2022\n\nIn 2021, three civilians were killed by a landmine "
          "on 7 June 2021.\n")
TEXT_B = TEXT_A.replace("three civilians", "five deminers")


def tables(text: str) -> dict:
    return process_document(document_from_text(text, "atlantis"), Config())


def stored(store: Store) -> list[tuple]:
    store.flush()
    return store.db.execute('SELECT count, "group" FROM casualties WHERE doc_id = ?', ("atlantis",)).fetchall()


@pytest.mark.parametrize("runs,expected", [
    ([TEXT_A], [("3", "civilian")]),
    ([TEXT_A, TEXT_A], [("3", "civilian")]),
    ([TEXT_A, TEXT_B], [("5", "deminer")]),
    ([TEXT_B, TEXT_A, TEXT_B], [("5", "deminer")]),
])
def test_each_run_replaces_the_rows(tmp_path, runs, expected):
    store = Store(tmp_path / "m.sqlite")
    for text in runs:
        store.replace_document("atlantis", tables(text), "fp")
    assert stored(store) == expected
    sha = tables(runs[-1])["documents"][0]["sha256"]
    assert store.is_current("atlantis", sha, "fp")  # what lets the next run skip an unchanged file
    store.close()
    assert stored(Store(tmp_path / "m.sqlite")) == expected  # and in a new session on the same file


def test_a_failed_replace_keeps_the_old_rows_and_the_next_one_succeeds(tmp_path):
    store = Store(tmp_path / "m.sqlite")
    store.replace_document("atlantis", tables(TEXT_A), "fp")
    broken = tables(TEXT_B)
    broken["casualties"].append(dict(broken["casualties"][0]))  # same casualty_id twice: primary key violated
    with pytest.raises(sqlite3.IntegrityError):
        store.replace_document("atlantis", broken, "fp")
    assert stored(store) == [("3", "civilian")]
    store.replace_document("atlantis", tables(TEXT_B), "fp")
    assert stored(store) == [("5", "deminer")]


def test_pruned_documents_leave_no_rows_and_no_state(tmp_path):
    store = Store(tmp_path / "m.sqlite")
    doc = tables(TEXT_A)
    store.replace_document("atlantis", doc, "fp")
    assert store.prune([]) == ["atlantis"]
    assert stored(store) == []
    assert not store.is_current("atlantis", doc["documents"][0]["sha256"], "fp")
