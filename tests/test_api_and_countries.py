"""The Python API and country resolution."""
from __future__ import annotations

import functools
import logging
import re

import pytest
from conftest import SAMPLE

import pipeline
from pipeline.countries import to_iso3
from pipeline.tables import all_tables


def test_extract_accepts_a_path_or_text_and_returns_every_table():
    by_path = pipeline.extract(SAMPLE)
    by_text = pipeline.extract(SAMPLE.read_text(encoding="utf-8"))
    assert set(by_path) == set(all_tables())
    for name, spec in all_tables().items():
        assert list(by_path[name].columns) == spec.column_names
    assert by_path["dates"]["value"].tolist() == by_text["dates"]["value"].tolist()
    doc = by_path["documents"].iloc[0]
    assert (doc["country"], doc["iso3"], doc["n_sections"]) == ("Korea, Democratic People's Republic of", "PRK", 5)


def test_span_invariant_on_every_table_of_the_sample():
    text = SAMPLE.read_text(encoding="utf-8")
    checked = 0
    for name, df in pipeline.extract(SAMPLE).items():
        if "text" in df.columns and "char_start" in df.columns:
            for r in df.itertuples():
                assert text[int(r.char_start):int(r.char_end)] == r.text, (name, r)
                checked += 1
    assert checked > 200


def test_row_ids_are_stable_across_runs():
    a, b = pipeline.extract(SAMPLE), pipeline.extract(SAMPLE)
    for name in a:
        assert a[name].astype(str).equals(b[name].astype(str)), name


@pytest.mark.parametrize("name, iso3", [
    ("Korea, Democratic People's Republic of", "PRK"), ("Korea, Republic of", "KOR"), ("Republic of Korea", "KOR"),
    ("Korea, North", "PRK"), ("Lao PDR", "LAO"), ("Myanmar/Burma", "MMR"), ("Myanmar_Burma", "MMR"),
    ("EGYPT", "EGY"), ("Bosnia and Herzegovina", "BIH"), ("South Sudan", "SSD"),
    ("Mine Action", None), ("Table of Contents", None),
])
def test_monitor_country_forms(name, iso3):
    assert to_iso3(name) == iso3


def test_country_inferred_from_text_when_no_country_line():
    text = ("Last updated: 14 March 2018\n\nIn 2017 the Cambodia Mine/ERW Victim Information System recorded 58 casualties "
            "in Cambodia. Cambodia reported clearance. Cambodia is a State Party.\n")
    t = pipeline.extract(text)
    assert (t["documents"].loc[0, "country"], t["documents"].loc[0, "iso3"]) == ("Cambodia", "KHM")
    assert "country_inferred" in set(t["findings"]["kind"])


def test_country_inferred_from_its_long_form_after_the():
    text = ("Mine Ban Policy\n\nThe Democratic People's Republic of Korea (DPRK) has not signed the Mine Ban Treaty. "
            "The DPRK said so at the UN. North Korea is not party to the CCW. In 1999, North Korea was absent.\n")
    assert pipeline.extract(text)["documents"].loc[0, "iso3"] == "PRK"


def test_an_area_without_an_iso_code_is_the_country_line():
    t = pipeline.extract("Nagorno-Karabakh\n\nMine Action\n\nLast updated: 01 May 2020\n\nMines remain.\n")
    assert (t["documents"].loc[0, "country"], t["documents"].loc[0, "iso3"]) == ("Nagorno-Karabakh", None)


def test_a_country_line_with_a_curly_apostrophe():
    t = pipeline.extract("Côte d’Ivoire\n\nMine Ban Policy\n\nLast updated: 01 May 2020\n\nIt is a State Party.\n")
    assert (t["documents"].loc[0, "country"], t["documents"].loc[0, "iso3"]) == ("Côte d’Ivoire", "CIV")


@pytest.mark.parametrize("first_line", ["Angola – Mine Ban Policy", "Country Profile: Angola",
                                        "Angola | Landmine and Cluster Munition Monitor"])
def test_the_country_of_a_page_title(first_line):
    t = pipeline.extract(f"{first_line}\n\nMine Ban Policy\n\nLast updated: 01 May 2020\n\nIt has not acceded.\n")
    assert (t["documents"].loc[0, "country"], t["documents"].loc[0, "iso3"]) == ("Angola", "AGO")


def test_a_table_row_is_no_page_title():
    t = pipeline.extract("Western Sahara Stockpile | Unknown | Contamination | Mines | Estimated area | None known\n\n"
                         "Mine Action\n\nLast updated: 01 May 2020\n\nClearance went on.\n")
    assert t["documents"].loc[0, "country"] != "Western Sahara Stockpile"


def test_no_country_for_a_global_chapter():
    text = "Ban Policy\n\nSyria and Myanmar used mines in 2012. Poland joined the treaty. The United States did not.\n"
    assert pipeline.extract(text)["documents"].loc[0, "iso3"] is None


@functools.cache
def converter():
    """country_converter's own converter: the reference the pipeline's lookup is tested against."""
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    import country_converter as coco

    return coco.CountryConverter()


def test_country_lookup_answers_as_country_converter_does():
    """The fast lookup (countries._convert) must give convert()'s answer for every name it knows,
    the Monitor's forms, exclusions, codes, numbers and phrases that are no country."""
    from pipeline.countries import _convert

    coco = converter()
    names = [n for col in ("name_short", "name_official") for n in coco.data[col].dropna().astype(str).tolist()]
    names += ["Korea, Democratic People's Republic of", "Republic of Korea", "Lao PDR", "Myanmar/Burma",
              "Cambodia Mine", "Landmine Monitor", "Mine Action Centre", "Asia excluding China",
              "China without Hong Kong", "Niger", "Nigeria", "Congo", "DR Congo", "Guinea-Bissau", "Dominica",
              "Dominican Republic", "Sudan", "South Sudan", "Niger and Nigeria", "France or Spain", "USA", "KOR", "DE", "Xyz", "276", "+4", "1_000",
              "The State Party", "United Nations", "Georgia Mine Ban", "West Bank", "Western Sahara",
              # two- and three-letter names and numbers: convert() reads them as codes
              "Lao", "As", "de", "kor", "Kor", "UK", "uk", "GR", "EL", "Gb", "4", "004", "840", " 4", "A", "",
              "UK excluding Wales", "USA without Alaska"]
    assert len(names) > 500
    for name in names:
        assert _convert(name) == coco.convert(name, to="ISO3", not_found=None), name


def test_country_table_is_read_as_country_converter_reads_it():
    """The run reads country_converter's data file itself (no pandas import); the patterns and codes
    must be the converter's own, row for row, or a newer country_converter changed how it loads them."""
    from pipeline.countries import _iso3_by_pattern

    coco = converter()
    for column, theirs in (("regex", coco.regexes), ("ISO2", coco.iso2_regexes)):
        ours = _iso3_by_pattern(column)
        assert [rx.pattern for rx, _ in ours] == [rx.pattern for rx in theirs]
        assert all(rx.flags & re.IGNORECASE for rx, _ in ours)
        assert [code for _, code in ours] == [c.split("|")[0] for c in coco.data["ISO3"].astype(str).tolist()]


def test_a_run_does_not_import_pandas(tmp_path):
    """pandas is for the notebook API and the audit; a `run` starts ~0.7 s faster without it."""
    import subprocess
    import sys

    # No country line, so the country is guessed from the names in the text, which looks up
    # "Lao People" and then "Lao" (read as an ISO3 code, the lookup that used to import pandas).
    (tmp_path / "atlantis.txt").write_text("Mine Ban Policy\n\nLast updated: 2 March 2021\n\n"
                                           + "Lao People's Democratic Republic abstained in 2020. " * 3
                                           + "It voted in favor of UNGA Resolution 75/52 in December 2020.\n",
                                           encoding="utf-8")
    code = ("import sys; from pipeline.cli import main\n"
            f"rc = main(['run', {str(tmp_path / 'atlantis.txt')!r}, '--out', {str(tmp_path / 'out')!r}])\n"
            "print('rc', rc, 'pandas', 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "rc 0 pandas False"
