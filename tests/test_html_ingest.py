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
    # Bare superscript numbers linked to a list of notes get the Monitor's own markers; other superscripts
    # and ordinary lists stay as they are.
    ("<p>It cleared 3km<sup>2</sup> in 2020.<sup><a href='#fn1' id='r1'>1</a></sup> More.<a href='#fn2'><sup>2</sup></a></p>"
     "<section class='footnotes'><ol><li id='fn1'><p>Email from X, 2 May 2021. <a href='#r1'>↩</a></p></li>"
     "<li id='fn2'>Ibid.</li></ol></section><ol><li>First step</li><li>Second step</li></ol>",
     "It cleared 3km2 in 2020.[1] More.[2]\n\n[1] Email from X, 2 May 2021.\n\n[2] Ibid.\n\nFirst step\n\nSecond step\n"),
    ("<ol class='endnotes' start='4'><li>[4] Already marked.</li><li>Not yet.</li></ol>",
     "[4] Already marked.\n\n[5] Not yet.\n"),
])
def test_html_to_text(markup, expected):
    assert html_to_text(f"<html><body>{markup}</body></html>") == expected


def test_html_markup_passed_as_text_is_read_as_html():
    """A page's markup given to extract() as a string (say, fetched in a notebook) is read as the file would be."""
    page = (ROOT / "tests" / "data" / "korea-dprk.html").read_text(encoding="utf-8")
    from_text = pipeline.extract(page)
    from_file = pipeline.extract(ROOT / "tests" / "data" / "korea-dprk.html")
    assert from_text["documents"]["source_format"].tolist() == ["html"]
    for table in ("sections", "dates", "votes", "casualties"):
        cols = [c for c in from_file[table].columns if c not in ("doc_id", "source_path")]
        assert from_text[table][cols].astype(str).values.tolist() == from_file[table][cols].astype(str).values.tolist()
    # Text that merely mentions a tag stays text
    assert pipeline.extract("Mine Ban Policy\n\n<html> appears in 2019.")["documents"]["source_format"].tolist() == ["txt"]


NBSP_PAGE = ("<html><body><h1>Nepal</h1><h2>Mine Ban Policy</h2><p>Last updated: 17 October 2022</p>"
             "<p>On 7&nbsp;December&nbsp;2021, Nepal voted in&nbsp;favor of UNGA Resolution&nbsp;76/26.</p>"
             "<table><tr><th>Type</th><th>Quantity</th></tr><tr><td>Type&nbsp;72</td><td>350</td></tr></table>"
             "</body></html>")


def test_no_break_spaces_of_a_page_separate_words_as_spaces_do():
    t = pipeline.extract(NBSP_PAGE)
    assert t["votes"][["vote", "year", "resolution"]].values.tolist() == [["yes", "2021", "76/26"]]
    weapons = t["weapons"]
    assert weapons[["text", "model", "category"]].values.tolist() == [["Type\u00a072", "Type 72", "antipersonnel_mine"]]
