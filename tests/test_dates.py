"""Dates: (sentence, expected rows) tables in the Monitor's style, traps included."""
from __future__ import annotations

import pytest
from conftest import config_with_rules, rows

import pipeline

CASES = [
    ("On 7 December 2020, the state abstained.", [("7 December 2020", "2020-12-07", "", "day")]),
    ("Work began on October 1, 2018 in the zone.", [("October 1, 2018", "2018-10-01", "", "day")]),
    ("The report was due in July 2023.", [("July 2023", "2023-07", "", "month")]),
    ("Mines were laid in 2015 and 2016.", [("2015", "2015", "", "year"), ("2016", "2016", "", "year")]),
    ("All known casualties (between 1999 and 2017) were recorded.", [("between 1999 and 2017", "1999/2017", "", "range")]),
    ("Clearance took place from 1 October to 30 November 2018 in the area.",
     [("from 1 October to 30 November 2018", "2018-10-01/2018-11-30", "", "range")]),
    ("Remains of the 1950–1953 war were found.", [("1950–1953", "1950/1953", "", "range")]),
    ("It attended meetings in November–December 2011.", [("November–December 2011", "2011-11/2011-12", "", "range")]),
    ("In mid-2015, support was discontinued.", [("mid-2015", "2015", "mid", "year")]),
    ("Contamination as of end 2017 was unknown.", [("end 2017", "2017", "end", "year")]),
    ("Clearance should finish by the end of 2019.", [("the end of 2019", "2019", "end", "year")]),
    ("Fighting broke out in late September 2020.", [("late September 2020", "2020-09", "late", "month")]),
    ("Since 1999, the Monitor recorded one incident.", [("Since 1999", "1999", "since", "year")]),
    ("Prior to 2012 no survey was done.", [("Prior to 2012", "2012", "before", "year")]),
    ("Meetings took place in February and May 2003.", [("February", "2003-02", "", "month"), ("May 2003", "2003-05", "", "month")]),
    # twelfth pass: "of" between a month and its year
    ("In March of 2019, five casualties occurred.", [("March of 2019", "2019-03", "", "month")]),
    ("Figures from January to July of 2021 were reported.", [("from January to July of 2021", "2021-01/2021-07", "", "range")]),
    ("At a press conference on 21 August 2015, he said the mine was found on 4 August.",
     [("21 August 2015", "2015-08-21", "", "day"), ("4 August", "2015-08-04", "", "day")]),
    ("A 2008 directive applies; the 2015 peace deal holds.", [("2008", "2008", "", "year"), ("2015", "2015", "", "year")]),
    ("(Surrey: Jane’s Information Group, 2001), p. 841.", [("2001", "2001", "", "year")]),
    ("The war was fought from 1992–94 between them.", [("1992–94", "1992/1994", "", "range")]),
    ("The database was updated on 2019-12-07.", [("2019-12-07", "2019-12-07", "", "day")]),
    # Numbers of a day, a month and a year: day first, unless the first cannot be a month's; symbols stay alone
    ("The decree of 30/04/2019 took effect on 04.05.2019.",
     [("30/04/2019", "2019-04-30", "", "day"), ("04.05.2019", "2019-05-04", "", "day")]),
    ("An email of 5/13/2017 cited Resolution 77/79 and A/53/PV.79; 31/02/2019 is no date.",
     [("5/13/2017", "2017-05-13", "", "day")]),
    ("In FY2019 and FY 2020, the US contributed $5 million.", [("FY2019", "2019", "", "year"), ("FY 2020", "2020", "", "year")]),
    # a month takes the year of a later date coordinated with it, "again" or "also" between
    ("From January to March, and again in July 2021, survey teams worked.",
     [("From January to March", "2021-01/2021-03", "", "range"), ("July 2021", "2021-07", "", "month")]),
    # a fiscal year over two calendar years is a range, as "2021/22" is
    ("It allocated LAK 6 billion in FY2021/22, up from FY 2020-21.",
     [("FY2021/22", "2021/2022", "", "range"), ("FY 2020-21", "2020/2021", "", "range")]),
    ("Meetings were held 15–17 May 2013 in Geneva.", [("15–17 May 2013", "2013-05-15/2013-05-17", "", "range")]),
    ("Surveys ran between April and June 2014.", [("between April and June 2014", "2014-04/2014-06", "", "range")]),
    ("Intersessional meetings were held in Geneva from 21 to 24 June 2022.",
     [("from 21 to 24 June 2022", "2022-06-21/2022-06-24", "", "range")]),
    ("Between 1 and 3 March 2017, a team visited the province.",
     [("Between 1 and 3 March 2017", "2017-03-01/2017-03-03", "", "range")]),
    ("Survey teams worked 12 through 14 May 2019.", [("12 through 14 May 2019", "2019-05-12/2019-05-14", "", "range")]),
    # A range of months or days whose year is implied: one item, the year from the paragraph (none: months only)
    ("In 2022, the operator conducted technical survey from June through September.",
     [("2022", "2022", "", "year"), ("from June through September", "2022-06/2022-09", "", "range")]),
    ("In 2022, survey teams worked June–September.",
     [("2022", "2022", "", "year"), ("June–September", "2022-06/2022-09", "", "range")]),
    ("Survey teams worked June–September 2022.", [("June–September 2022", "2022-06/2022-09", "", "range")]),
    ("In 2015, a team visited the province 3 May–4 June.",
     [("2015", "2015", "", "year"), ("3 May–4 June", "2015-05-03/2015-06-04", "", "range")]),
    ("Clearance is possible only between March and May.", [("between March and May", "--03/--05", "", "range")]),
    # A range whose ends carry point modifiers is one range, as "from 1998 to the end of 2015" is (the text
    # keeps the modifiers); the first end takes the year written at the end; "and" without "between" lists two
    ("From mid-March to end-April 2018, teams worked.", [("From mid-March to end-April 2018", "2018-03/2018-04", "", "range")]),
    ("Early 2015 to mid-2017 was calm; between late 2019 and early 2020 teams paused.",
     [("Early 2015 to mid-2017", "2015/2017", "", "range"), ("between late 2019 and early 2020", "2019/2020", "", "range")]),
    ("Pakistan laid mines in December 2001 and early 2002.",
     [("December 2001", "2001-12", "", "month"), ("early 2002", "2002", "early", "year")]),
    # Days joined by "and" without "between" are two days; a falling count is not a range of days.
    ("The law was debated on 5 and 6 July 2011.", [("5", "2011-07-05", "", "day"), ("6 July 2011", "2011-07-06", "", "day")]),
    ("Deminers were cut from 12 to 6 March 2021 levels.", [("6 March 2021", "2021-03-06", "", "day")]),
    # A season or fiscal year written with a slash is one range; a document symbol is no date
    ("In the 2019/2020 season it cleared 12km2; in 1996/97 and 1999/00 it laid mines.",
     [("2019/2020", "2019/2020", "", "range"), ("1996/97", "1996/1997", "", "range"), ("1999/00", "1999/2000", "", "range")]),
    ("See UN docs S/2019/20 and A/RES/2019/21; it counted 2019/2021.", []),
    ("See www.example.org/news/report-2018.html, accessed 1 June 2019.", [("1 June 2019", "2019-06-01", "", "day")]),
    # An ordinal day with "of"; "of" after a plain number is no date's
    ("The ministry reported on the 3rd of June 2016 and again on the 21st of July.",
     [("3rd of June 2016", "2016-06-03", "", "day"), ("21st of July", "2016-07-21", "", "day")]),
    # Days listed with "and" are a date each, as years are; "pre-" and "post-" are modifiers
    ("A workshop was held on 2 and 3 March 2017; another followed on 14, 15 and 16 May 2018.",
     [("2", "2017-03-02", "", "day"), ("3 March 2017", "2017-03-03", "", "day"), ("14", "2018-05-14", "", "day"),
      ("15", "2018-05-15", "", "day"), ("16 May 2018", "2018-05-16", "", "day")]),
    # A range of days without a year takes the paragraph's, as a day alone does
    ("In 2019, meetings were held on 5-6 June and 10–12 September.",
     [("2019", "2019", "", "year"), ("5-6 June", "2019-06-05/2019-06-06", "", "range"),
      ("10–12 September", "2019-09-10/2019-09-12", "", "range")]),
    ("Meetings were held on 5–6 June.", [("5–6 June", "--06-05/--06-06", "", "range")]),
    ("It destroyed pre-2005 stocks in the post-2011 period.",
     [("pre-2005", "2005", "before", "year"), ("post-2011", "2011", "after", "year")]),
    ("Paragraph 3 of June's report lists 12 of March's incidents.", [("June", "--06", "", "month"), ("March", "--03", "", "month")]),
    # "onward" after a year: a period's start, "from" part of it
    ("From 2010 onwards, the army cleared 20 minefields, and from 2018 on the ministry did.",
     [("From 2010 onwards", "2010", "since", "year"), ("2018", "2018", "", "year")]),
    # A range of months across a new year: the start without a year is in the year before the end's
    ("The season ran from October to March 2019.", [("from October to March 2019", "2018-10/2019-03", "", "range")]),
    # A modifier opening a sentence, capitalised
    ("Around 2005, production stopped.", [("Around 2005", "2005", "about", "year")]),
    ("Since at least 2010, no use has been recorded.", [("Since at least 2010", "2010", "since", "year")]),
    ("From 2010 to date, 450 km² were cleared.", [("From 2010 to date", "2010", "since", "year")]),
    # A year after a symbol and a space is a date; a year inside a web address is not
    ("Law on Demining, Official Gazette 5/02, 2002; see www.bhmac.org/report-2018.html.", [("2002", "2002", "", "year")]),
    # Traps: none of these is a date.
    ("UNGA Resolution 77/79 and A/53/pv79, pp. 8–9.", []),
    ("It produced 122mm rockets at the 71st Session.", []),
    ("Measures against the COVID-19 pandemic were discussed.", []),
    ("They may be removed. A total of 1,066 people were killed.", []),
    ("It cleared 2012 square metres and paid US$2015.", []),
    ("The mine belt stretched 2015 kilometers.", []),
    ("It adopted Law No. 2003-14 and Decree 2005/12 on mines.", []),
    ("Vehicles drove along Route 2020 near the border.", []),
    ("Call the hotline on +93 2020 1234.", []),
    ("Rehabilitation was increasing in 2007\n\n400\n", [("2007", "2007", "", "year")]),  # a number on the next line
    ("Casualties by year: 2019 2020 2021", [("2019", "2019", "", "year"), ("2020", "2020", "", "year"), ("2021", "2021", "", "year")]),
    # a year, an em dash and a count: no range ("2000—19" is not 2000 to 2019), and a year whose pair would run
    # backwards ("1998–41") is still a year; the day after takes the year before it
    ("States that joined each year: 1998—41; 1999—25 (19 after 1 March); 2000—12; 2001–9.",
     [("1998", "1998", "", "year"), ("1999", "1999", "", "year"), ("after 1 March", "1999-03-01", "after", "day"),
      ("2000", "2000", "", "year"), ("2001", "2001", "", "year")]),
    # a month's abbreviation with its stop, and a day, in a paragraph with no year: the day of an unknown year
    ("The ministry said on Aug. 7 and Sept. 12 that mines were used.",
     [("Aug. 7", "--08-07", "", "day"), ("Sept. 12", "--09-12", "", "day")]),
    ("In 2022, the ministry said on Aug. 7 that mines were used.", [("2022", "2022", "", "year"), ("Aug. 7", "2022-08-07", "", "day")]),
    ("The conflict of 2014–15 and the ceasefire of 2016—which held—ended it.",
     [("2014–15", "2014/2015", "", "range"), ("2016", "2016", "", "year")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_dates(sentence, expected):
    t = pipeline.extract(sentence)["dates"]
    assert rows(t, "text", "value", "modifier", "granularity") == expected


def test_start_and_end_cover_the_expression():
    t = pipeline.extract("In July 2023 and between 1999 and 2017.")["dates"]
    assert rows(t, "start", "end") == [("2023-07-01", "2023-07-31"), ("1999-01-01", "2017-12-31")]


def test_last_updated_is_a_metadata_row():
    t = pipeline.extract("Mine Action\n\nLast updated: 19 November 2018\n\nText in 2017.\n")["dates"]
    assert rows(t, "text", "context") == [("19 November 2018", "metadata"), ("2017", "body")]


@pytest.mark.parametrize("body, expected", [
    # The "Last updated" line dates the profile, not its events: a month with no year of its own does not take it
    ("In June, two deminers were injured.", [("June", "--06")]),
    ("In 2020, mines were found. In June, two more were found.", [("2020", "2020"), ("June", "2020-06")]),
])
def test_a_month_does_not_take_the_year_of_the_last_updated_line(body, expected):
    t = pipeline.extract(f"Mine Action\n\nLast updated: 1 May 2023\n\n{body}\n")["dates"]
    assert rows(t, "text", "value")[1:] == expected


@pytest.mark.parametrize("day,month,year,expected", [
    (7, 12, 2020, ("2020-12-07", "2020-12-07", "2020-12-07")),
    (None, 2, 2024, ("2024-02", "2024-02-01", "2024-02-29")),
    (None, 2, 2023, ("2023-02", "2023-02-01", "2023-02-28")),
    (29, 2, 2024, ("2024-02-29",) * 3),
    (29, 2, 2023, None),  # not in the calendar: no value invented
    (31, 4, 2018, None),
    (0, 5, 2018, None),
    (None, None, 2015, ("2015", "2015-01-01", "2015-12-31")),
    (5, 5, 999, None),
])
def test_found_dates_are_checked_against_the_calendar(day, month, year, expected):
    from pipeline.extractors.dates import normalise

    assert normalise(day, month, year) == expected


@pytest.mark.parametrize("text, sentence", [
    ("See Law No. 2003-14 of 4 May 2003, pp. 8–9.", "See Law No. 2003-14 of 4 May 2003, pp. 8–9."),
    ("Letter from Col. Ramindra Chhetri, 3 May 2010.", "Letter from Col. Ramindra Chhetri, 3 May 2010."),
    ("Statement by Amb. Ramindra Chhetri, 3 May 2010.", "Statement by Amb. Ramindra Chhetri, 3 May 2010."),
    ("It ended in 2003. No. 4 mines remained.", "It ended in 2003."),
])
def test_a_stop_after_an_abbreviation_ends_no_sentence(text, sentence):
    assert list(pipeline.extract(text)["dates"]["sentence"])[0] == sentence


@pytest.mark.parametrize("text, sentence", [
    # a closing quote and a reference glued to the stop stay with their sentence
    ("In December 2022, it urged states “to join as soon as possible.”[2] Two mines were found.",
     "In December 2022, it urged states “to join as soon as possible.”[2]"),
    ("In December 2022, it voted in favor.[12] Two mines were found.", "In December 2022, it voted in favor.[12]"),
])
def test_a_reference_after_the_stop_ends_the_sentence_with_it(text, sentence):
    assert list(pipeline.extract(text)["dates"]["sentence"])[0] == sentence


@pytest.mark.parametrize("before_name, sentence", [
    ("[Col, Lt]", "Chhetri, 3 May 2010."),
    # The abbreviations are data: the one in the sections rule file keeps its sentence whole.
    ("[Col, Lt, Amb]", "Statement by Amb. Chhetri, 3 May 2010."),
])
def test_sentence_abbreviations_come_from_the_rule_file(tmp_path, before_name, sentence):
    cfg = config_with_rules(tmp_path, "sections", lambda y: y.replace(
        "before_name: [Col, Lt, Capt, Maj, Brig, Sgt, Cpl, Cmdr, Cdr, Prof, Amb]", f"before_name: {before_name}"))
    text = "Statement by Amb. Chhetri, 3 May 2010."
    assert list(pipeline.extract(text, cfg)["dates"]["sentence"]) == [sentence]


def test_an_abbreviation_written_with_its_stop_is_a_rule_error(tmp_path):
    from pipeline.config import ConfigError
    from pipeline.extractors import validate_rules

    cfg = config_with_rules(tmp_path, "sections", lambda y: y.replace("before_name: [Col,", "before_name: [Col., Gen,"))
    with pytest.raises(ConfigError, match="before_name: 'Col.' is not an abbreviation"):
        validate_rules(cfg)


@pytest.mark.parametrize("edit, message", [
    (lambda y: y.replace("  onwards: since", "  onwards: from"), "modifiers_after.onwards: 'from' is not one of"),
    (lambda y: y.replace("  circa: about", "  circa: roughly"), "modifiers.circa: 'roughly' is not one of"),
])
def test_a_modifier_outside_the_column_values_is_a_rule_error(tmp_path, edit, message):
    from pipeline.config import ConfigError
    from pipeline.extractors import validate_rules

    with pytest.raises(ConfigError, match=message):
        validate_rules(config_with_rules(tmp_path, "dates", edit))
