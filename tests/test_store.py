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
@pytest.mark.parametrize("new_session_each_run", [False, True], ids=["one session", "a session per run"])
def test_each_run_replaces_the_rows(tmp_path, runs, expected, new_session_each_run):
    store = Store(tmp_path / "m.sqlite")
    for text in runs:
        if new_session_each_run:  # as each CLI run opens the store anew
            store.close()
            store = Store(tmp_path / "m.sqlite")
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


def test_a_file_that_failed_before_loses_its_error_when_it_succeeds(tmp_path):
    """A failed file has only an error finding (no documents row); storing it later must remove it."""
    from pipeline.api import finding_row
    from pipeline.records import Finding

    store = Store(tmp_path / "m.sqlite")
    store.record_failure("atlantis", finding_row(Finding("atlantis", None, "error", None, None, "cannot decode")))
    store.replace_document("atlantis", tables(TEXT_A), "fp")
    store.flush()
    kinds = [r[0] for r in store.db.execute("SELECT kind FROM findings WHERE doc_id = 'atlantis'")]
    assert "error" not in kinds
    assert stored(store) == [("3", "civilian")]


def test_pruned_documents_leave_no_rows_and_no_state(tmp_path):
    store = Store(tmp_path / "m.sqlite")
    doc = tables(TEXT_A)
    store.replace_document("atlantis", doc, "fp")
    assert store.prune([]) == ["atlantis"]
    assert stored(store) == []
    assert not store.is_current("atlantis", doc["documents"][0]["sha256"], "fp")


def test_a_database_of_the_earlier_layout_is_still_read_and_replaced(tmp_path):
    """Keyed tables are now WITHOUT ROWID; a database made with rowid tables and doc_id indexes
    (the earlier layout) must keep working: same columns, so it is reused, not rebuilt."""
    path = tmp_path / "m.sqlite"
    store = Store(path)
    sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'casualties'").fetchone()[0]
    assert sql.endswith(" WITHOUT ROWID")
    store.db.execute("DROP TABLE casualties")
    store.db.execute(sql.removesuffix(" WITHOUT ROWID"))
    store.db.execute("CREATE INDEX ix_casualties_doc ON casualties(doc_id)")
    store.close()
    store = Store(path)
    for text in (TEXT_A, TEXT_B):
        store.replace_document("atlantis", tables(text), "fp")
    assert stored(store) == [("5", "deminer")]


@pytest.mark.parametrize("text", ["one line\n", "", "ünïcödé\r\nkept as is\r\n"])
def test_texts_are_written_whole_into_a_folder_made_on_demand(tmp_path, text):
    from pipeline.store import write_text_atomic

    target = tmp_path / "not" / "yet" / "there.txt"
    write_text_atomic(target, text)
    assert target.read_bytes() == text.encode("utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["there.txt"]  # no temporary left behind


def test_a_failed_text_write_keeps_the_old_file(tmp_path):
    from pipeline.store import write_text_atomic

    target = tmp_path / "doc.txt"
    write_text_atomic(target, "old")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "new \ud800")  # a lone surrogate cannot be written as UTF-8
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]


@pytest.mark.parametrize("rows,expected", [
    ([], "a,b\n"),
    ([("x", 1)], "a,b\nx,1\n"),
    ([("x", None), ("two\nlines", 2), ('say "hi"', 3)], 'a,b\nx,\n"two\nlines",2\n"say ""hi""",3\n'),
])
def test_csv_rows_are_written_and_counted(tmp_path, rows, expected):
    from pipeline.store import write_csv

    path = tmp_path / "t.csv"
    assert write_csv(path, ["a", "b"], iter(rows)) == len(rows)
    assert path.read_text(encoding="utf-8") == expected


BOOLEANS = "Atlantis\n\nLast updated: 4 May 2022\n\nAtlantis stockpiled cluster munitions and PMN-2 mines.\n"


@pytest.mark.parametrize("as_sent_by_workers", [False, True], ids=["dict rows", "tuple rows"])
def test_boolean_cells_are_stored_as_true_and_false(tmp_path, as_sent_by_workers):
    from pipeline.store import as_tuples

    rows = tables(BOOLEANS)
    store = Store(tmp_path / "m.sqlite")
    store.replace_document("atlantis", as_tuples(rows) if as_sent_by_workers else rows, "f")
    store.flush()
    weapons = store.db.execute("SELECT text, generic FROM weapons ORDER BY char_start").fetchall()
    sections = store.db.execute("SELECT title_inferred FROM sections ORDER BY char_start").fetchall()
    assert weapons == [("cluster munitions", "true"), ("PMN-2", "false")]
    assert sections == [("false",), ("true",)]  # the country line, then the section opened by 'Last updated:'
