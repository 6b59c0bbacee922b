"""Footnote references and definitions: resolution per section, Ibid., dangling and uncited."""
from __future__ import annotations

import pytest
from conftest import rows

import pipeline

TEXT = """Mine Ban Policy

Last updated: 01 October 2021

The minister called it “[a] dangerous act to bring a new calamity to the world.”[1] He added [sic] more.[2]
A further statement followed.[3] It was repeated.[5]

[1] Ministry of Foreign Affairs, “Statement,” 9 July 2023.

[2]Implementation of the Convention,” UNGA Resolution 77/79, 7 December 2022.

[3] Ibid., p. 4.

[4] Email from an official, 2 May 2021.

Mine Action

Last updated: 05 November 2021

Clearance continued in 2021.[1]

[1] Telephone interview with the national authority, 4 June 2021.
"""


def test_references_resolve_within_their_section():
    t = pipeline.extract(TEXT)
    assert rows(t["footnote_refs"], "section_id", "number", "footnote_id") == [
        ("S1", "1", "S1.F1"), ("S1", "2", "S1.F2"), ("S1", "3", "S1.F3"), ("S1", "5", "None"), ("S2", "1", "S2.F1"),
    ]


def test_definitions_parse_source_type_symbols_dates_and_ibid():
    t = pipeline.extract(TEXT)
    assert rows(t["footnotes"], "footnote_id", "source_type", "un_symbols", "pub_date", "n_refs", "ibid_of") == [
        ("S1.F1", "statement", "", "2023-07-09", "1", "None"),
        ("S1.F2", "un_document", "77/79", "2022-12-07", "1", "None"),
        ("S1.F3", "ibid", "", "None", "1", "S1.F2"),
        ("S1.F4", "email", "", "2021-05-02", "0", "None"),
        ("S2.F1", "interview", "", "2021-06-04", "1", "None"),
    ]


def test_dangling_and_uncited_become_findings():
    f = pipeline.extract(TEXT)["findings"]
    assert rows(f[f.kind.isin(["dangling_ref", "uncited_footnote"])], "kind", "section_id") == [
        ("dangling_ref", "S1"), ("uncited_footnote", "S1")]


def test_editorial_brackets_are_not_references():
    refs = pipeline.extract(TEXT)["footnote_refs"]
    assert "[a]" not in set(refs["text"]) and "[sic]" not in set(refs["text"])


@pytest.mark.parametrize("definition, expected", [
    ("[1] Letter from the Ministry of Foreign Affairs, 3 May 2019.", "letter"),
    ("[1] Note verbale from the Permanent Mission of Atlantis to the UN in Geneva, 2 April 2020.", "letter"),
    ("[1] Emails from a programme officer, UNMAS, 17 March 2017; and from a technical adviser, 22 June 2017.", "email"),
    ("[1] US Department of State, “2015 Country Reports on Human Rights Practices: Atlantis,” 13 April 2016.", "report"),
])
def test_source_types_of_letters_emails_and_reports(definition, expected):
    text = f"Atlantis\n\nMine Ban Policy\n\nAtlantis said so.[1]\n\n{definition}\n"
    assert rows(pipeline.extract(text)["footnotes"], "source_type") == [(expected,)]
