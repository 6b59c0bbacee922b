"""Properties that hold for any input, checked with hypothesis on arbitrary text and HTML-ish markup:
extraction never raises, every row's text is the canonical text at its offsets, row ids are unique,
and sections nest without overlapping.

MONITOR_FUZZ_EXAMPLES=40000 pytest tests/test_properties.py runs the long fuzz session (done once:
126,000 examples, no failure). What broke the pipeline on hostile input was found by the bad-input
suite instead (a 2 MB single line took 298 s) and is kept there as a regression test."""
from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.api import process_document
from pipeline.config import Config
from pipeline.ingest import IngestError, document_from_text, html_to_text, read_document
from pipeline.records import Document
from pipeline.spans import SpanSet
from pipeline.tables import REGISTRY, all_tables

all_tables()
CFG = Config()
EXAMPLES = int(os.environ.get("MONITOR_FUZZ_EXAMPLES", "150"))
PROPERTY = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = ["Mine Ban Policy\n", "Casualties and Victim Assistance\n", "Last updated: 2 March 2021\n",
          "Last updated: 31 February 2023", "\n\n", "\n", "[1]", "[2]", "[99999999999]", "[", "]", "Ibid.",
          "On 7 December 2020, ", "from 1 October to 5 December 2019", "1992–94", "mid-2015", "since 1999",
          "Atlantis abstained", " voted in favor of UNGA Resolution 75/52", "was absent from the vote",
          "two soldiers were injured", "1,066 people were killed", "a boy lost a foot", "43 (2015: 76)",
          "Killed: 12 (2006: 9)", "PMN-2", "PMD-6 mines", "122mm", "cluster munitions", "M-16", "Type 72",
          "Korea, Democratic People's Republic of\n", "Summary\n", "  ", "\t", "\u00a0", "\r\n", "\ufeff",
          "“", "”", "–", "=", "+", "@", "%", "(", ")", ":", ";", ".", ",", "0", "31", "2049", "1900"]
TAGS = ["<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<br>", "<td>", "</td>", "<tr>", "<table>", "<li>",
        "<script>", "</script>", "<style>", "<!--", "-->", "<b>", "</b>", "<a href=\"#_ftn1\">", "</a>", "<sup>",
        "</sup>", "&nbsp;", "&amp;", "&#91;1&#93;", "&lt;", "<nav>", "</nav>", "<img src=x onerror=alert(1)>",
        "\"><", "<![CDATA[", "]]>", "<?xml?>", "<!DOCTYPE html>", "<", ">", "</"]

monitor_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join)
html_text = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(PIECES), st.text(max_size=8)),
                     max_size=60).map("".join)


def check_tables(text: str, tables: dict[str, list[dict]]) -> None:
    for name, rows in tables.items():
        spec = REGISTRY[name]
        for row in rows:
            if "text" in row and row.get("char_start") is not None:
                assert text[row["char_start"]:row["char_end"]] == row["text"], (name, row)
                assert row["char_end"] > row["char_start"], (name, row)
        if spec.key:
            keys = [tuple(r[k] for k in spec.key) for r in rows]
            assert len(keys) == len(set(keys)), name
    sections = tables["sections"]
    by_id = {s["section_id"]: s for s in sections}
    siblings: dict[object, SpanSet] = {}
    for s in sections:
        assert 0 <= s["char_start"] <= s["char_end"] <= len(text), s
        parent = by_id.get(s["parent_section_id"])
        if parent is not None:
            assert parent["char_start"] <= s["char_start"] and s["char_end"] <= parent["char_end"], (s, parent)
        seen = siblings.setdefault((s["parent_section_id"], s["level"]), SpanSet())
        assert not seen.overlaps(s["char_start"], s["char_end"]), s
        seen.add(s["char_start"], s["char_end"])


@PROPERTY
@given(monitor_text)
def test_any_text(text):
    doc = document_from_text(text, "fuzz")
    check_tables(doc.text, process_document(doc, CFG))


@PROPERTY
@given(html_text)
def test_any_html(markup):
    canonical = html_to_text(markup)
    assert isinstance(canonical, str)
    doc = Document("fuzz", "", "html", hashlib.sha256(markup.encode()).hexdigest(), canonical)
    check_tables(doc.text, process_document(doc, CFG))


@PROPERTY
@given(st.binary(max_size=400), st.sampled_from(["p.txt", "p.html"]))
def test_any_bytes(data, name):
    """Any file content: a clear IngestError, or a document whose tables hold the properties."""
    try:
        doc = read_document(name, "fuzz", data=data)
    except IngestError as exc:
        assert str(exc)
        return
    check_tables(doc.text, process_document(doc, CFG))


# Inputs that coverage-guided fuzzing (atheris, on the HTML reader and the sectioner) found failing.
FUZZ_FINDINGS = [
    "<![h4TYPErea,'Dem\x1dcl>\n2hatic Peotp",  # html.parser rejected the bogus marked section: whole page lost
]


@pytest.mark.parametrize("markup", FUZZ_FINDINGS)
def test_fuzz_findings(markup):
    canonical = html_to_text(markup)
    assert "2hatic Peotp" in canonical
    doc = Document("fuzz", "", "html", hashlib.sha256(markup.encode()).hexdigest(), canonical)
    check_tables(doc.text, process_document(doc, CFG))
