"""Sections: themes, Last updated, untitled sections, subsections, summary tables. Own Monitor-style text."""
from __future__ import annotations

import pytest
from conftest import rows

import pipeline

PROFILE = """Atlantis

Mine Ban Policy

Last updated: 12 October 2019

Summary: Non-signatory Atlantis has not acceded to the Mine Ban Treaty.[1]

Policy

Atlantis abstained from voting on UNGA Resolution 73/61 in December 2018.[2]

Stockpiling and use

Atlantis is not known to have used antipersonnel mines.[3]

[1] Statement of Atlantis, UNGA First Committee, New York, 30 October 2018.

[2] “Implementation of the Convention,” UNGA Resolution 73/61, 5 December 2018.

Last updated: 02 November 2018

Casualties Overview

All known casualties by end 2017

12 (2016: 4)

In 2017, the Monitor identified 12 mine/ERW casualties in Atlantis.[1]

[1] Email from the Atlantis Mine Action Centre, 3 March 2018.

Cluster Munition Ban Policy

Last updated: 01 August 2020

Treaty status

Convention on Cluster Munitions

Not a party

Cluster munition remnants

None reported

Atlantis has not acceded to the Convention on Cluster Munitions.
"""


@pytest.fixture(scope="module")
def tables():
    return pipeline.extract(PROFILE)


def test_top_level_sections_with_last_updated_and_inferred_title(tables):
    s = tables["sections"]
    assert rows(s[s.level == 1], "title", "title_inferred", "last_updated") == [
        ("Mine Ban Policy", "false", "2019-10-12"),
        ("Casualties", "true", "2018-11-02"),
        ("Cluster Munition Ban Policy", "false", "2020-08-01"),
    ]
    assert tables["documents"].loc[0, "country"] == "Atlantis" or tables["documents"].loc[0, "country"] is None


def test_subsections_but_not_summary_table_labels(tables):
    s = tables["sections"]
    assert rows(s[s.level >= 2], "section_id", "parent_section_id", "title") == [
        ("S1.1", "S1", "Policy"),
        ("S1.2", "S1", "Stockpiling and use"),
    ]


def test_untitled_section_is_reported_as_a_finding(tables):
    f = tables["findings"]
    assert list(f[f.kind == "inferred_title"]["section_id"]) == ["S2"]


@pytest.mark.parametrize("text, titles", [
    # Last updated before the theme heading (older pages)
    ("China\n\nLast Updated: 29 November 2014\n\nMine Ban Policy\n\nMine ban policy overview\n\nKey developments\n\n"
     "China attended the meeting in June 2014. It said so.\n\nPolicy\n\nChina has not acceded to the treaty.\n",
     [("1", "Mine Ban Policy", "2014-11-29"), ("2", "Policy", "None")]),
    # A theme inside a longer theme of the same name is a subsection, not a new section
    ("Casualties and Victim Assistance\n\nLast updated: 26 December 2016\n\nThere were no casualties.\n\n"
     "Victim Assistance\n\nThe country has no victim assistance coordination.\n",
     [("1", "Casualties and Victim Assistance", "2016-12-26"), ("2", "Victim Assistance", "None")]),
    # The "Last updated:" line right under a theme heading is that theme's, even when a theme's part follows
    ("CASUALTIES AND VICTIM ASSISTANCE\n\nLast Updated: 04 March 2020\n\nCasualties\n\n"
     "In 2019, the Monitor recorded two mine casualties in the north of the country.\n\nVictim assistance\n\n"
     "Services for survivors were available in the capital and in two provincial hospitals.\n",
     [("1", "Casualties and Victim Assistance", "2020-03-04"), ("2", "Casualties", "None"),
      ("2", "Victim assistance", "None")]),
    # A heading above its own "Last updated:" line is a theme, listed in the rules or not
    ("Atlantis\n\nRisk Education\n\nLast updated: 3 March 2022\n\nRisk education reached 12,000 people in 2021.[1]\n\n"
     "[1] Email from the national authority, 2 February 2022.\n\nMine Action Funding\n\nLast updated: 1 October 2020\n\n"
     "In 2019, Atlantis received US$2 million.\n",
     [("1", "Risk Education", "2022-03-03"), ("1", "Mine Action Funding", "2020-10-01")]),
    # ... but not the country line right above it, even a name the country table lacks
    ("Abkhazia\n\nLast updated: 2 October 2012\n\nAbkhazia has not joined the Mine Ban Treaty.\n",
     [("1", "Mine Ban Policy", "2012-10-02")]),
    ("About Us\n\nPress Room\n\nNagorno-Karabakh\n\nLast updated: 2 October 2012\n\nIt is not party to the Mine Ban Treaty.\n",
     [("1", "Mine Ban Policy", "2012-10-02")]),
    # The heading under an annual report's title line is the chapter's theme, listed or not
    ("Cluster Munition Monitor 2020\n\nContamination and Clearance\n\nAt least 26 states are contaminated by "
     "cluster munition remnants.[1]\n\n[1] See the country profiles.\n",
     [("1", "Contamination and Clearance", "None")]),
    ("Landmine Monitor 2019\n\nCasualties\n\nOverview\n\nIn 2018, at least 3,059 people were killed by mines.\n",
     [("1", "Casualties", "None"), ("2", "Overview", "None")]),
    # An image's file name above its credit line is not a subsection
    ("Landmine Monitor 2014\n\nMine Action Overview\n\nMineactionbw\n\n© A. Photographer / MAG, May 2013 Deminers at work.\n\n"
     "Clearance continued in 56 states in 2013.\n",
     [("1", "Mine Action Overview", "None")]),
    # Other spellings of the "Last updated" line; a line that merely opens with "Updated" is prose
    ("Atlantis\n\nMine Action\n\nLast updated on 3 May 2020\n\nAtlantis cleared 2km2 in 2019.\n\n"
     "Mine Ban Policy\n\nLAST UPDATED: 04 MAY 2020\n\nIt acceded in 2004.\n\nCasualties\n\nUpdated: 5 May 2020\n\n"
     "Two people were injured.\n\nVictim Assistance\n\nLast updated 6 May 2020\n\nServices were free.\n\n"
     "Updated figures show that 12 May 2020 was the last day.\n",
     [("1", "Mine Action", "2020-05-03"), ("1", "Mine Ban Policy", "2020-05-04"), ("1", "Casualties", "2020-05-05"),
      ("1", "Victim Assistance", "2020-05-06")]),
    # A theme heading's number is no part of the theme
    ("Atlantis\n\n1. Mine Ban Policy\n\nLast updated: 3 October 2018\n\nAtlantis acceded in 2004.\n\n"
     "II) Mine Action\n\nLast updated: 30 September 2018\n\nContamination\n\nAtlantis cleared 2km2 in 2017.\n",
     [("1", "Mine Ban Policy", "2018-10-03"), ("1", "Mine Action", "2018-09-30"), ("2", "Contamination", "None")]),
    # A short value under a summary-table label is no heading, though a heading and prose follow it
    ("Myanmar\n\nMine Ban Policy\n\nLast updated: 14 November 2023\n\nMine ban policy overview\n\nKey developments\n"
     "Myanmar forces continued to use antipersonnel mines in 2023\n\nPolicy\n\nMyanmar has not acceded to the treaty.\n",
     [("1", "Mine Ban Policy", "2023-11-14"), ("2", "Policy", "None")]),
    # An excerpt that starts mid-profile has no section at all
    ("has not signed\nthe Mine Ban Treaty. It participated in the Ottawa Process as an observer.\n", []),
])
def test_section_shapes(text, titles):
    s = pipeline.extract(text)["sections"]
    assert rows(s[s.level >= 1], "level", "title", "last_updated") == titles


def test_no_sections_is_a_finding():
    t = pipeline.extract("It participated in the Ottawa Process as an observer in 1997.\n")
    assert "no_sections" in set(t["findings"]["kind"])
    assert list(t["sections"]["level"]) == [0]


def test_themes_inside_a_container_theme_are_subsections():
    text = ("Atlantis\n\nImpact\n\nLast updated: 02 December 2020\n\nCountry summary\n\nAtlantis is contaminated by mines.\n\n"
            "Casualties\n\nIn 2019, the Monitor recorded 12 mine/ERW casualties in Atlantis.\n\n"
            "Victim Assistance\n\nThe national plan covers survivors.\n")
    s = pipeline.extract(text)["sections"]
    assert rows(s[s.level >= 1], "level", "title") == [
        ("1", "Impact"), ("2", "Country summary"), ("2", "Casualties"), ("2", "Victim Assistance")]


@pytest.mark.parametrize("body, title", [
    ("In 2019, Atlantis released 2.1km² of mined area through clearance and technical survey, destroying 340 "
     "antipersonnel mines. Its Article 5 deadline is 1 March 2023.", "Mine Action"),
    ("In 2019, international donors contributed US$3.2 million to mine action in Atlantis.", "Support for Mine Action"),
    ("Atlantis acceded to the Mine Ban Treaty in 2003 and destroyed its stockpile of antipersonnel mines.",
     "Mine Ban Policy"),
])
def test_title_inferred_from_the_theme_of_the_content(body, title):
    text = f"Atlantis\n\nCasualties\n\nLast updated: 01 May 2020\n\nNone.[1]\n\n[1] Note.\n\nLast updated: 02 May 2020\n\n{body}\n"
    s = pipeline.extract(text)["sections"]
    assert rows(s[s.level == 1], "title", "title_inferred") == [("Casualties", "false"), (title, "true")]


@pytest.mark.parametrize("text, titles", [
    # An old annual report's name for the casualty theme
    ("Angola\n\nLandmine/ERW Casualties\n\nIn 2005, 48 new casualties were identified.\n",
     [("1", "Landmine/ERW Casualties")]),
    # "Cluster munition casualties" is a part of a Casualties profile
    ("South Atlantis\n\nCasualties\n\nLast updated: 16 June 2017\n\nCluster munition casualties\n\nAt least 91 "
     "cluster munition casualties have been reported.\n",
     [("1", "Casualties"), ("2", "Cluster munition casualties")]),
])
def test_casualty_theme_names(text, titles):
    s = pipeline.extract(text)["sections"]
    assert rows(s[s.level >= 1], "level", "title") == titles


@pytest.mark.parametrize("line, last_updated, findings", [
    ("Last updated: 12 Nov. 2020", "2020-11-12", []),
    ("LAST UPDATED: 03 MAY 2020", "2020-05-03", []),
    # a month and year: the month, at the precision written
    ("Last updated: November 2020", "2020-11", []),
    ("Last updated: 31 February 2020", None, ["bad_last_updated"]),
    # a dash for the colon
    ("Last updated - 3 May 2020", "2020-05-03", []),
    ("Last updated – 3 May 2020", "2020-05-03", []),
])
def test_last_updated_at_the_precision_written(line, last_updated, findings):
    t = pipeline.extract(f"Somalia\n\nMine Action\n\n{line}\n\nSomalia is contaminated by mines.\n")
    s = t["sections"]
    assert list(s[s.level == 1]["last_updated"]) == [last_updated]
    assert list(t["findings"]["kind"]) == findings


def test_a_subsection_holds_its_own_subsections():
    """A level-2 heading right above a level-3 one runs to the next level-2 heading, not to its child's start
    (found by the property test: a parent must contain its children)."""
    text = ("Atlantis\n\nMine Action\n\nLast updated: 1 May 2023\n\nContamination\n\nMines\n\nThe extent of mined "
            "areas is unknown.\n\nClearance\n\nNo land was released in 2022.\n")
    sections = pipeline.extract(text)["sections"]
    by_id = {r.section_id: r for r in sections.itertuples()}
    for s in sections.itertuples():
        parent = by_id.get(s.parent_section_id)
        if parent is not None:
            assert parent.char_start <= s.char_start and s.char_end <= parent.char_end, (s.title, parent.title)
    rows = [(r.title, r.level) for r in sections.itertuples()]
    assert ("Contamination", 2) in rows and ("Mines", 3) in rows
