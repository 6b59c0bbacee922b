"""HTML input: the sample's HTML rendition gives the same tables as its text; chrome is dropped."""
from __future__ import annotations

import pytest
from conftest import ROOT, SAMPLE

import pipeline
from pipeline.ingest import html_to_text

IGNORED = {"char_start", "char_end", "sentence", "source_path", "source_format", "sha256", "n_chars", "detail"}


@pytest.mark.parametrize("table", ["sections", "footnote_refs", "footnotes", "findings", "dates", "votes", "weapons",
                                   "casualties"])
def test_html_rendition_matches_text(table):
    txt = pipeline.extract(SAMPLE)[table]
    htm = pipeline.extract(ROOT / "tests" / "data" / "korea-dprk.html")[table]
    cols = [c for c in txt.columns if c not in IGNORED]
    assert len(txt) > 0
    assert htm[cols].astype(str).values.tolist() == txt[cols].astype(str).values.tolist()


def test_html_spans_index_the_canonical_text():
    t = pipeline.extract(ROOT / "tests" / "data" / "korea-dprk.html")
    canonical = html_to_text((ROOT / "tests" / "data" / "korea-dprk.html").read_text(encoding="utf-8"))
    for name, df in t.items():
        if "text" in df and "char_start" in df:
            for r in df.itertuples():
                assert canonical[int(r.char_start):int(r.char_end)] == r.text, name


@pytest.mark.parametrize("markup, expected", [
    ("<nav><p>About Us</p></nav><h2>Mine Ban Policy</h2><p>Text.<sup><a href='#_ftn1' name='_ftnref1'>[1]</a></sup></p>",
     "Mine Ban Policy\n\nText.[1]\n"),
    ("<script>var a='[2]';</script><p>One\n  two</p><table><tr><td>Treaty status</td><td>Not a party</td></tr></table>",
     "One two\n\nTreaty status\n\nNot a party\n"),
    ("<div id='ftn1'><p><a href='#_ftnref1'>[1]</a> Email from X, 2 May 2020.</p></div>",
     "[1] Email from X, 2 May 2020.\n"),
    ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>\n"),
])
def test_html_to_text(markup, expected):
    assert html_to_text(f"<html><body>{markup}</body></html>") == expected
