"""Accuracy on the dev corpus and gold (skips when ../shared is absent), plus whole-corpus robustness."""
from __future__ import annotations

import csv

import pytest
from conftest import CORPUS, OWN_GOLD, SHARED_GOLD, needs_shared

from pipeline.audit.evaluate import audit

THRESHOLDS = {"dates": 0.95, "votes": 0.95, "weapons": 0.90, "casualties": 0.85, "footnote_refs": 0.98}


@needs_shared
def test_every_corpus_document_processes_without_error(corpus_run):
    out, summary = corpus_run
    n_files = len([p for p in CORPUS.iterdir() if p.suffix == ".txt"])
    assert summary.failed == 0 and summary.processed == n_files == 112
    with (out / "findings.csv").open(encoding="utf-8") as fh:
        assert not [r for r in csv.DictReader(fh) if r["kind"] == "error"]


@needs_shared
def test_span_invariant_on_every_row_of_every_table(corpus_run):
    out, _ = corpus_run
    checked = 0
    texts = {}
    for table in sorted(out.glob("*.csv")):
        with table.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if "text" not in r or r.get("char_start", "") == "":
                    continue
                doc = texts.setdefault(r["doc_id"], (out / "text" / f"{r['doc_id']}.txt").read_text(encoding="utf-8"))
                assert doc[int(r["char_start"]):int(r["char_end"])] == r["text"], (table.name, r)
                assert int(r["char_end"]) > int(r["char_start"]), (table.name, r)  # no empty spans
                checked += 1
    assert checked > 2000


@needs_shared
def test_accuracy_against_gold(corpus_run):
    out, _ = corpus_run
    specs = [str(SHARED_GOLD)] + ([str(OWN_GOLD)] if any(OWN_GOLD.glob("*.yaml")) else [])
    result = audit(specs, out)
    assert result.errors == []
    assert len(result.documents) >= 17
    report = {t: round(result.tables[t].partial.f1, 3) for t in THRESHOLDS}
    print("F1 per table:", report)
    for table, threshold in THRESHOLDS.items():
        assert result.tables[table].partial.f1 >= threshold, (table, report)
    assert result.tables["dates"].fields["value"].value >= 0.95


@needs_shared
def test_sample_footnotes_match_gold(corpus_run):
    out, _ = corpus_run
    result = audit([str(SHARED_GOLD / "korea-dprk.yaml")], out)
    refs = result.tables["footnote_refs"]
    assert (refs.partial.gold, refs.partial.predicted, refs.partial.tp) == (39, 39, 39)
    assert result.tables["footnotes"].partial.tp == 29
    assert result.tables["footnote_refs"].fields["resolution"].value == 1.0
    assert result.tables["sections"].fields["last_updated"].value == 1.0


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus absent")
def test_corpus_index_lists_every_file():
    with (CORPUS / "index.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 112
