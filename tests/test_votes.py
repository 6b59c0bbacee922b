"""UNGA votes: (text, expected events) tables in the Monitor's style."""
from __future__ import annotations

import pytest
from conftest import config_with_rules, rows

import pipeline

COLS = ("vote", "treaty", "year", "period", "resolution")
CASES = [
    ("On 7 December 2020, Atlantis abstained from voting on UNGA Resolution 75/52, which called for "
     "universalization of the Mine Ban Treaty.", [("abstain", "MBT", "2020", "", "75/52")]),
    ("Atlantis voted in favor of the 1996 UN General Assembly Resolution urging a ban on antipersonnel mines.",
     [("yes", "MBT", "1996", "", "")]),
    ("In December 2022, Atlantis was absent from the vote on a key UNGA resolution urging states outside the "
     "Convention on Cluster Munitions to join.", [("absent", "CCM", "2022", "", "")]),
    ("It has been absent from the vote on the annual UNGA resolution promoting the Convention on Cluster Munitions "
     "since it was first introduced in 2015.", [("absent", "CCM", "2015", "since", "")]),
    ("Pro-mine ban UNGA voting record\n\nAbstained on Resolution 68/30 in December 2013, as in previous years\n",
     [("abstain", "MBT", "2013", "", "68/30"), ("abstain", "MBT", "", "previous", "")]),
    ("Atlantis has abstained from voting on every annual pro-landmine ban UN General Assembly resolution since 1996, "
     "including UNGA Resolution 57/74 in November 2002.",
     [("abstain", "MBT", "1996", "since", ""), ("abstain", "MBT", "2002", "", "57/74")]),
    ("Atlantis voted against the UNGA resolution on the Mine Ban Treaty in 2019.", [("no", "MBT", "2019", "", "")]),
    ("It has been absent for the votes on the UNGA resolutions in 1997, 1998, and 1999 in support of the Mine Ban Treaty.",
     [("absent", "MBT", "1997", "", ""), ("absent", "MBT", "1998", "", ""), ("absent", "MBT", "1999", "", "")]),
    ("Atlantis did not take part in the vote on the UNGA resolution on the Mine Ban Treaty in December 2019.",
     [("absent", "MBT", "2019", "", "")]),
    ("On 7 December 2020, Atlantis abstained from voting on UNGA Resolution 75/52 on the Mine Ban Treaty.[1] Two soldiers "
     "were injured by mines in 2019.", [("abstain", "MBT", "2020", "", "75/52")]),
    # Words run together in the source: the symbol ends at the digits ("54/54B" keeps its part letter).
    ("In December 2018, Atlantis abstained from voting on UNGA Resolution 73/61calling for universalization of the "
     "Mine Ban Treaty.", [("abstain", "MBT", "2018", "", "73/61")]),
    ("In 1999, Atlantis abstained on UN General Assembly Resolution 54/54B calling for universalization of the Mine Ban "
     "Treaty.", [("abstain", "MBT", "1999", "", "54/54B")]),
    # "Resolution" capitalised is UN context too; a list of symbols gives one event each, paired with as many years
    ("Atlantis voted in favor of Resolution 69/34 of 2 December 2014, which promotes the Mine Ban Treaty.",
     [("yes", "MBT", "2014", "", "69/34")]),
    ("Atlantis abstained from voting on UNGA Resolutions 76/26 and 77/63 on the Mine Ban Treaty in 2021 and 2022.",
     [("abstain", "MBT", "2021", "", "76/26"), ("abstain", "MBT", "2022", "", "77/63")]),
    # A list of dates before the verb: one event per date; "since the first resolution in 2015" is a since-period
    ("In December 2021 and December 2022, Atlantis voted in favor of the annual UNGA resolution promoting the Mine Ban "
     "Treaty.", [("yes", "MBT", "2021", "", ""), ("yes", "MBT", "2022", "", "")]),
    ("In 2016, 2017, and 2018, Atlantis abstained from voting on the UNGA resolution on the Mine Ban Treaty.",
     [("abstain", "MBT", "2016", "", ""), ("abstain", "MBT", "2017", "", ""), ("abstain", "MBT", "2018", "", "")]),
    ("Signed in May 2008. In December 2019, Atlantis abstained on the UNGA resolution on the Mine Ban Treaty.",
     [("abstain", "MBT", "2019", "", "")]),
    ("Atlantis voted in favor of the UNGA resolution on the Convention on Cluster Munitions, as it has every year "
     "since the first resolution in 2015.", [("yes", "CCM", "2015", "since", "")]),
    ("Atlantis has voted in favor of every UNGA resolution on the Convention on Cluster Munitions since the first one "
     "in 2015.", [("yes", "CCM", "2015", "since", "")]),
    ("Atlantis has abstained on the UNGA resolution on the Mine Ban Treaty since its adoption in 1997.",
     [("abstain", "MBT", "1997", "since", "")]),
    # Each symbol of a list keeps its own date; a bracketed symbol after "resolution"
    ("Atlantis voted for UNGA Resolutions 52/38A in 1997 and 53/77N in 1998 on the Mine Ban Treaty.",
     [("yes", "MBT", "1997", "", "52/38A"), ("yes", "MBT", "1998", "", "53/77N")]),
    ("Atlantis voted in favor of the UNGA resolution on the Mine Ban Treaty (73/61) in December 2018.",
     [("yes", "MBT", "2018", "", "73/61")]),
    # A year excepted from a period goes to the verb after it ("except in 2015, when it was absent")
    ("Atlantis has voted for the annual UNGA resolution on the Convention on Cluster Munitions since it was first "
     "introduced in 2015, except in 2017, when it was absent.",
     [("yes", "CCM", "2015", "since", ""), ("absent", "CCM", "2017", "", "")]),
    ("Atlantis voted in favor of the UNGA resolutions on the Mine Ban Treaty in 2019 and 2020, but in 2021, when it "
     "abstained, it cited security concerns.",
     [("yes", "MBT", "2019", "", ""), ("yes", "MBT", "2020", "", ""), ("abstain", "MBT", "2021", "", "")]),
    ("Atlantis has voted in favor of every annual pro-ban UNGA resolution since 1997, except for Resolution 54/54B in "
     "1999, on which it abstained.", [("yes", "MBT", "1997", "since", ""), ("abstain", "MBT", "1999", "", "54/54B")]),
    ("Atlantis voted in favor of UN General Assembly Resolution 57/74 on the Mine Ban Treaty in November 2002, as it "
     "had on similar resolutions in 1999, 2000 and 2001.",
     [("yes", "MBT", "2002", "", "57/74"), ("yes", "MBT", "1999", "", ""), ("yes", "MBT", "2000", "", ""),
      ("yes", "MBT", "2001", "", "")]),
    ("Atlantis has abstained on every such UNGA resolution on the Mine Ban Treaty since 1997, with the exception of "
     "2005 and 2006, when it voted in favor.",
     [("abstain", "MBT", "1997", "since", ""), ("yes", "MBT", "2005", "", ""), ("yes", "MBT", "2006", "", "")]),
    # CCW protocols; the resolution on assistance in mine action promotes no treaty
    ("In 2019, Atlantis voted for the UNGA resolution on Amended Protocol II. In 2020, it voted for the UNGA resolution "
     "on assistance in mine action.", [("yes", "CCW", "2019", "", ""), ("yes", "other", "2020", "", "")]),
    # A resolution on a conflict that condemns the weapons' use promotes no treaty
    ("In December 2021, Atlantis voted in favor of a UNGA resolution expressing outrage at the use of cluster "
     "munitions in Syria.", [("yes", "other", "2021", "", "")]),
    # A later clause about another treaty does not set the treaty of the vote before it
    ("Atlantis did not take part in the vote on UNGA Resolution 59/84 on 3 December 2004 on the Mine Ban Treaty, but "
     "it had voted for resolutions on the CCW.", [("absent", "MBT", "2004", "", "59/84")]),
    ("Mine Ban Policy\n\nLast updated: 01 August 2004\n\nAtlantis did not take part in the vote on UNGA Resolution "
     "59/84 on 3 December 2004, but it had voted for resolutions on the CCW.\n", [("absent", "MBT", "2004", "", "59/84")]),
    # "as it did in 2016 and 2017": the same vote in each year named, without the clause's symbol
    ("Atlantis voted in favor of UNGA Resolution 73/54 on the Convention on Cluster Munitions on 5 December 2018, as "
     "it did in 2016 and 2017.",
     [("yes", "CCM", "2018", "", "73/54"), ("yes", "CCM", "2016", "", ""), ("yes", "CCM", "2017", "", "")]),
    ("Atlantis abstained on the UNGA resolution on the Mine Ban Treaty in December 2019, as in 2018.",
     [("abstain", "MBT", "2019", "", ""), ("abstain", "MBT", "2018", "", "")]),
    ("Atlantis abstained from the UNGA resolution on the Convention on Cluster Munitions in December 2020, its sixth "
     "abstention since the resolution was first introduced in 2015.",
     [("abstain", "CCM", "2020", "", ""), ("abstain", "CCM", "2015", "since", "")]),
    # A later verb with "then" repeats the vote before it, in its own body; "not present for the vote" is absent
    ("Atlantis voted yes on Resolution 58/53 on the Mine Ban Treaty in 2003 in the First Committee, then abstained in "
     "the General Assembly.",
     [("yes", "MBT", "2003", "", "58/53"), ("abstain", "MBT", "2003", "", "58/53")]),
    ("Atlantis was not present for the vote on UNGA Resolution 60/80 on the Mine Ban Treaty in December 2005.",
     [("absent", "MBT", "2005", "", "60/80")]),
    # A negated verb is no vote; "did not vote" with a direction is no absence
    ("Atlantis voted in favor of UNGA Resolution 51/45S on the Mine Ban Treaty in December 1996, but has not voted in "
     "favor of any subsequent resolution.", [("yes", "MBT", "1996", "", "51/45S")]),
    ("Atlantis did not vote for the UNGA resolution on the Mine Ban Treaty in 2019; it has never voted against it.", []),
    ("In 2019, no state voted against the UNGA resolution on the Mine Ban Treaty.", []),
    ("Mine ban policy overview\n\nState not party\n\nVoted in favor of Resolution 68/30 in December 2013\n",
     [("yes", "MBT", "2013", "", "68/30")]),
    ("Atlantis has voted in favor of the UNGA resolution on the Convention on Cluster Munitions in each of the past "
     "three years.", [("yes", "CCM", "", "previous", "")]),
    # "(in) the previous two years", with or without "in"
    ("In December 2004, Atlantis voted in favor of UNGA Resolution 59/84 on the Mine Ban Treaty, after being the only State "
     "Party to abstain from voting on similar resolutions the previous two years.",
     [("yes", "MBT", "2004", "", "59/84"), ("abstain", "MBT", "", "previous", "")]),
    ("Atlantis abstained on the UNGA resolution on the Mine Ban Treaty in the past three years.",
     [("abstain", "MBT", "", "previous", "")]),
    ("In December 2019, Atlantis voted no on UNGA Resolution 74/61 on the Mine Ban Treaty.",
     [("no", "MBT", "2019", "", "74/61")]),
    # Other spellings of a symbol: a stop after "Res." ends no sentence
    ("Atlantis voted in favor of A/RES/75/52 on the Mine Ban Treaty on 7 December 2020. Atlantis abstained on Res. "
     "74/61 on the Mine Ban Treaty in December 2019. Atlantis voted for UNGA 73/61 on the Mine Ban Treaty in 2018.",
     [("yes", "MBT", "2020", "", "75/52"), ("abstain", "MBT", "2019", "", "74/61"), ("yes", "MBT", "2018", "", "73/61")]),
    # A date before "it" and the next verb is that verb's; "was absent in 2018"
    ("On 7 December 2022, Atlantis voted in favor of UNGA Resolution 77/79 on the Convention on Cluster Munitions, "
     "and in 2021 it abstained on Resolution 76/47.",
     [("yes", "CCM", "2022", "", "77/79"), ("abstain", "CCM", "2021", "", "76/47")]),
    ("It voted for the UNGA resolution on the Convention on Cluster Munitions in 2019 and 2020 but was absent in 2018.",
     [("yes", "CCM", "2019", "", ""), ("yes", "CCM", "2020", "", ""), ("absent", "CCM", "2018", "", "")]),
    # "absent from the 2008 vote" is that year's absence, not one more year of the vote before it
    ("Atlantis voted in favor of the annual UNGA resolution on the Mine Ban Treaty in 2015 and 2017, but was absent from "
     "the 2016 vote.", [("yes", "MBT", "2015", "", ""), ("yes", "MBT", "2017", "", ""), ("absent", "MBT", "2016", "", "")]),
    # "absent from the first such vote in 1996"
    ("Atlantis has abstained on every UNGA resolution on the Mine Ban Treaty since 1997. It was absent from the first "
     "such vote in 1996.", [("abstain", "MBT", "1997", "since", ""), ("absent", "MBT", "1996", "", "")]),
    # a summary table's cell opens with "Absent" (no subject, no verb before it)
    ("Mine Ban Policy\n\nPro-mine ban UNGA voting record\n\nAbsent from the vote on Resolution 68/30 in December 2013\n",
     [("absent", "MBT", "2013", "", "68/30")]),
    ("Mine Ban Policy\n\nThe delegate said the treaty was not absent from the debate on the resolution.", []),
    # A footnote reference glued to the verb's last word ("favor.[3]", "absent.[4]") hides no vote
    ("UNGA Resolution 75/52 on the Mine Ban Treaty was adopted on 7 December 2020. Atlantis abstained.[3]",
     [("abstain", "MBT", "2020", "", "75/52")]),
    ("On 7 December 2020, UNGA Resolution 75/52 on the Mine Ban Treaty was adopted by a vote of 169-0, with 17 "
     "abstentions. Atlantis voted in favor.[3]", [("yes", "MBT", "2020", "", "75/52")]),
    ("Atlantis has abstained on every UNGA resolution on the Mine Ban Treaty since 1997, with the exception of 1998 "
     "and 2000, when it was absent.[4]",
     [("abstain", "MBT", "1997", "since", ""), ("absent", "MBT", "1998", "", ""), ("absent", "MBT", "2000", "", "")]),
    # A later verb's symbol takes the date that opens the sentence, when its session fits that year
    ("In 2022, Atlantis abstained on UNGA Resolution 77/63 on the Mine Ban Treaty, but voted in favor of Resolution 77/79 "
     "on the Convention on Cluster Munitions.",
     [("abstain", "MBT", "2022", "", "77/63"), ("yes", "CCM", "2022", "", "77/79")]),
    ("In 2022, Atlantis abstained on UNGA Resolution 77/63 on the Mine Ban Treaty, but voted in favor of Resolution 75/62 "
     "on the Convention on Cluster Munitions.",
     [("abstain", "MBT", "2022", "", "77/63"), ("yes", "CCM", "", "", "75/62")]),
    # Dates listed before the verb pair in order with the symbols listed after it
    ("In 2021 and 2022, Atlantis abstained on UNGA resolutions 76/26 and 77/63 on the Mine Ban Treaty.",
     [("abstain", "MBT", "2021", "", "76/26"), ("abstain", "MBT", "2022", "", "77/63")]),
    # "from 2018 onward" is a period's start, as "since 2018" is
    ("Atlantis voted against the UNGA resolution on the Convention on Cluster Munitions in 2016, but abstained from "
     "2018 onward.",
     [("no", "CCM", "2016", "", ""), ("abstain", "CCM", "2018", "since", "")]),
    # "the only state to vote against": a vote in the infinitive
    ("Zimbabwe was the only country to vote against the UNGA resolution on the CCM in December 2018.",
     [("no", "CCM", "2018", "", "")]),
    # "every previous ... resolution" is a record of previous years
    ("On 6 December 2021, Atlantis voted in favor of UNGA Resolution 76/26 on the Mine Ban Treaty, but it has abstained "
     "on every previous CCM resolution.",
     [("yes", "MBT", "2021", "", "76/26"), ("abstain", "CCM", "", "previous", "")]),
    # "as it had on previous pro-ban resolutions in ...": each year its own event
    ("Atlantis abstained on UNGA Resolution 55/33V on 20 November 2000, as it had on previous pro-ban resolutions in "
     "1998 and 1999.",
     [("abstain", "MBT", "2000", "", "55/33V"), ("abstain", "MBT", "1998", "", ""), ("abstain", "MBT", "1999", "", "")]),
    # a date before the verb still dates its vote beside the other years' after it
    ("On 5 December 2018, Atlantis voted in favor of the UNGA resolution on the Mine Ban Treaty, as it did in 2016 and "
     "2017.", [("yes", "MBT", "2018", "", ""), ("yes", "MBT", "2016", "", ""), ("yes", "MBT", "2017", "", "")]),
    ("In December 1999, Atlantis voted in favor of UNGA Resolution 54/54B, as it had done with other pro-ban UNGA "
     "resolutions in 1997 and 1998.",
     [("yes", "MBT", "1999", "", "54/54B"), ("yes", "MBT", "1997", "", ""), ("yes", "MBT", "1998", "", "")]),
    # Not votes: an explanation of vote, a sponsorship, a parliament vote.
    ("Atlantis gave an explanation of vote on Resolution L.7/Rev.1 in the First Committee.", []),
    ("Atlantis co-sponsored the UNGA resolution on the Mine Ban Treaty in 2019.", []),
    ("The parliament voted in favor of the ratification bill in 2019.", []),
    # a period in an aside after the verb ("as it has ... since 2015") leaves the date before the verb to this vote
    ("In December 2021, Atlantis abstained, as it has on every UNGA resolution promoting the CCM since 2015.",
     [("abstain", "CCM", "2021", "", ""), ("abstain", "CCM", "2015", "since", "")]),
    ("In 2019, Atlantis abstained on the UNGA resolution on the Mine Ban Treaty, as in previous years.",
     [("abstain", "MBT", "2019", "", ""), ("abstain", "MBT", "", "previous", "")]),
    ("In December 2019, Atlantis abstained on the UNGA resolution on the CCM, which it has done every year since 2015.",
     [("abstain", "CCM", "2019", "", ""), ("abstain", "CCM", "2015", "since", "")]),
    # "for the first time since 2012" is no period of votes
    ("In 2019, Atlantis abstained on the UNGA resolution on the Mine Ban Treaty for the first time since 2012.",
     [("abstain", "MBT", "2019", "", "")]),
    # a period that opens the sentence
    ("Since 2015, Atlantis has abstained on the UNGA resolution on the CCM.", [("abstain", "CCM", "2015", "since", "")]),
    # "voted for it": the resolution the sentence named before the verb, when its session fits the year
    ("Atlantis was one of the co-sponsors of UNGA Resolution 58/53 in 2003 calling for universalization of the Mine Ban "
     "Treaty, and voted for it on 8 December 2003.", [("yes", "MBT", "2003", "", "58/53")]),
    ("Atlantis co-sponsored UNGA Resolution 58/53 on the Mine Ban Treaty in 2003, and voted for it again in 2006.",
     [("yes", "MBT", "2006", "", "")]),
    # of a list of symbols, each takes the one date between it and the next
    ("Atlantis voted in favor of UNGA Resolution 78/36 promoting the Mine Ban Treaty on 7 December 2023, and of "
     "Resolution 77/79 in December 2022.", [("yes", "MBT", "2023", "", "78/36"), ("yes", "MBT", "2022", "", "77/79")]),
    # an aside before the verb names no treaty of the vote
    ("Atlantis\n\nMine Ban Policy\n\nAtlantis, which is not party to CCW Amended Protocol II, abstained from voting on "
     "the UNGA resolution in 2020.", [("abstain", "MBT", "2020", "", "")]),
    # ninth pass: "has not voted on" is an absence (not "has not voted in favor of"); absent from every vote
    ("Atlantis has not voted on any of the annual UNGA resolutions on the Mine Ban Treaty since 1997.",
     [("absent", "MBT", "1997", "since", "")]),
    ("Atlantis has not voted in favor of any subsequent UNGA resolution on the Mine Ban Treaty.", []),
    ("Atlantis has been absent from every UNGA vote on the Mine Ban Treaty resolution since 2010.",
     [("absent", "MBT", "2010", "since", "")]),
    ("Atlantis cast a vote in favor of the UNGA resolution on the Mine Ban Treaty in 2020.", [("yes", "MBT", "2020", "", "")]),
    ("Atlantis cast its vote against UNGA Resolution 77/53 on the Mine Ban Treaty in 2022.", [("no", "MBT", "2022", "", "77/53")]),
    # "and did so again in December 2022": the same vote in a later year, without the clause's symbol
    ("Atlantis voted in favor of UNGA Resolution 76/26 promoting the Mine Ban Treaty on 6 December 2021, and did so again "
     "in December 2022.", [("yes", "MBT", "2021", "", "76/26"), ("yes", "MBT", "2022", "", "")]),
    # a list of states with a comma before its "and" (and "the" before the last)
    ("Of the states not party, China, India, Pakistan, and Russia abstained from the vote on UNGA Resolution 78/36 on "
     "the Mine Ban Treaty in December 2023.", [("abstain", "MBT", "2023", "", "78/36")] * 4),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_votes(text, expected):
    assert rows(pipeline.extract(text)["votes"], *COLS) == expected


def test_treaty_from_section_and_resolution_from_cited_footnote():
    text = ("Cluster Munition Ban Policy\n\nLast updated: 01 September 2023\n\n"
            "In December 2022, Atlantis was absent from the vote on a key UNGA resolution promoting the convention.[1]\n\n"
            "[1] “Implementation of the Convention on Cluster Munitions,” UNGA Resolution 77/79, 7 December 2022.\n")
    v = pipeline.extract(text)["votes"]
    assert rows(v, *COLS) == [("absent", "CCM", "2022", "", "77/79")]


def test_a_cited_resolution_of_another_session_is_not_the_vote_of_that_year():
    # Resolution 77/79 was voted on in 2022 (session 77): the vote "in 2015" the same sentence reports is another.
    text = ("Cluster Munition Ban Policy\n\nLast updated: 01 September 2023\n\n"
            "On 7 December 2022, Atlantis abstained from the vote on UNGA Resolution 77/79. It has abstained on the "
            "annual resolution since 2016, but voted in favor in 2015.[1]\n\n"
            "[1] “Implementation of the Convention on Cluster Munitions,” UNGA Resolution 77/79, 7 December 2022.\n")
    assert rows(pipeline.extract(text)["votes"], *COLS) == [
        ("abstain", "CCM", "2022", "", "77/79"), ("abstain", "CCM", "2016", "since", ""), ("yes", "CCM", "2015", "", "")]


def test_a_cited_resolution_makes_a_sentence_about_a_un_vote():
    # The sentence names no resolution or assembly; the note it cites (through "Ibid.") does.
    text = ("Atlantis\n\nMine Ban Policy\n\nLast updated: 3 October 2018\n\n"
            "Atlantis said so.[1] It voted in favor in 2017.[2][3] In 2016, it voted for a new constitution.[4]\n\n"
            "[1] Statement, 2 May 2018.\n[2] UNGA Resolution 72/53, 4 December 2017.\n[3] Ibid.\n"
            "[4] Interview, 1 June 2016.\n")
    assert rows(pipeline.extract(text)["votes"], *COLS) == [("yes", "MBT", "2017", "", "72/53")]


def test_treaty_from_the_resolution_the_sentence_cites():
    # The section is about the Mine Ban Treaty; the vote's sentence names no treaty, its footnote does.
    text = ("Mine Ban Policy\n\nLast updated: 01 May 2021\n\nIn November 2020, Atlantis abstained again in the First "
            "Committee vote on the draft resolution.[1]\n\n"
            "[1] “Implementation of the Convention on Cluster Munitions,” UNGA Resolution 75/62, 7 December 2020.\n")
    assert rows(pipeline.extract(text)["votes"], *COLS, "body") == [("abstain", "CCM", "2020", "", "75/62", "First Committee")]


def test_resolution_from_the_note_an_ibid_cites():
    text = ("Mine Ban Policy\n\nLast updated: 01 May 2020\n\nAtlantis signed the treaty.[1] In December 2019, Atlantis "
            "voted in favor of the annual UNGA resolution on the Mine Ban Treaty.[2]\n\n"
            "[1] “Implementation of the Convention,” UNGA Resolution 74/61, 12 December 2019.\n[2] Ibid.\n")
    assert rows(pipeline.extract(text)["votes"], *COLS) == [("yes", "MBT", "2019", "", "74/61")]


def test_a_vote_without_a_date_takes_the_resolution_an_earlier_sentence_dates():
    text = ("Egypt\n\nMine Ban Policy\n\nLast updated: 01 May 2021\n\nOn 7 December 2020, UNGA Resolution 75/52 was "
            "adopted by a vote of 166 in favor, none against, and 15 abstentions. Of the states not party, China, India and "
            "Egypt abstained. It has abstained on all previous annual UNGA resolutions.\n")
    assert rows(pipeline.extract(text)["votes"], "state", "vote", "year", "period", "resolution") == [
        ("China", "abstain", "2020", "", "75/52"), ("India", "abstain", "2020", "", "75/52"),
        ("Egypt", "abstain", "2020", "", "75/52"), ("Egypt", "abstain", "", "previous", "")]


def test_a_record_in_the_present_perfect_borrows_no_date():
    text = ("Mine Ban Policy\n\nLast updated: 01 May 2020\n\nAtlantis abstained on UNGA Resolution 74/61 on the Mine "
            "Ban Treaty on 12 December 2019. Atlantis has consistently voted in favor of the annual resolution on the CCW.\n")
    assert rows(pipeline.extract(text)["votes"], *COLS) == [("abstain", "MBT", "2019", "", "74/61")]


def test_state_defaults_to_the_profile_country():
    text = "Egypt\n\nMine Ban Policy\n\nLast updated: 01 May 2019\n\nIt abstained from voting on UNGA Resolution 73/61 in December 2018.\n"
    v = pipeline.extract(text)["votes"]
    assert rows(v, "state", "iso3") == [("Egypt", "EGY")]


@pytest.mark.parametrize("text, expected", [
    # A country after a preposition is where the weapons were used, not who voted
    ("Tajikistan\n\nCluster Munition Ban Policy\n\nLast updated: 01 May 2024\n\nIt has condemned the use of cluster "
     "munitions in Syria, voting in favor of UNGA resolutions in 2013 that expressed outrage at their use.\n",
     [("Tajikistan", "TJK")]),
    ("Tajikistan\n\nCluster Munition Ban Policy\n\nLast updated: 01 May 2024\n\nIn December 2023, Kyrgyzstan voted in "
     "favor of the UNGA resolution on the Convention on Cluster Munitions.\n", [("Kyrgyzstan", "KGZ")]),
    # A list of states: one event each; a country whose name has "and" is one state
    ("In December 2022, Israel, Russia and Syria voted against the UNGA resolution on the Mine Ban Treaty.",
     [("Israel", "ISR"), ("Russia", "RUS"), ("Syria", "SYR")]),
    ("Bosnia and Herzegovina voted in favor of UNGA Resolution 77/63 in 2022.", [("Bosnia and Herzegovina", "BIH")]),
    # "The" opening a sentence is not part of the name
    ("South Sudan\n\nCluster Munition Ban Policy\n\nLast updated: 04 August 2023\n\nThe US abstained from the vote on "
     "the annual UNGA resolution for the first time in December 2015.\n", [("US", "USA")]),
    # Abbreviations country_converter does not know, from the rule file; in a list too
    ("The UAE abstained from the UNGA vote on the resolution on the CCM in 2017.", [("UAE", "ARE")]),
    ("In 2020, Russia and the ROK abstained on the UNGA resolution on the Mine Ban Treaty.",
     [("Russia", "RUS"), ("ROK", "KOR")]),
    # a possessive names the state
    ("Azerbaijan's representative voted against Resolution 76/47 in the First Committee on 3 November 2021.",
     [("Azerbaijan", "AZE")]),
    # A state the subject is compared with is not the voter
    ("Like Russia and Syria, Kyrgyzstan abstained from the vote on Resolution 75/52 in December 2020.",
     [("Kyrgyzstan", "KGZ")]),
    ("Unlike its neighbor Uzbekistan, Kyrgyzstan voted in favor of Resolution 75/52 in December 2020.",
     [("Kyrgyzstan", "KGZ")]),
])
def test_state_is_the_subject_not_a_place(text, expected):
    assert rows(pipeline.extract(text)["votes"], "state", "iso3") == expected


@pytest.mark.parametrize("text, expected", [
    ("Israel voted against the UNGA resolution on the Mine Ban Treaty in 2022, as did Russia and Syria.",
     [("Israel", "no", "2022"), ("Russia", "no", "2022"), ("Syria", "no", "2022")]),
    # "the" inside a list of names and inside a name
    ("The Republic of Korea and the United States abstained on the UNGA resolution on the Mine Ban Treaty in 2020.",
     [("Republic of Korea", "abstain", "2020"), ("United States", "abstain", "2020")]),
    ("The Democratic Republic of the Congo voted in favor of the UNGA resolution on the Mine Ban Treaty in 2020.",
     [("Democratic Republic of the Congo", "yes", "2020")]),
    # "as did" reaches the end of its sentence only; the next sentence's "voted for it" is a vote on the
    # resolution the sentence before dates
    ("Israel abstained on UNGA Resolution 77/63 in 2022, as did the US.\nEgypt voted for it.",
     [("Israel", "abstain", "2022"), ("US", "abstain", "2022"), ("Egypt", "yes", "2022")]),
    # "as it did": no other state, the same vote in another year
    ("Israel abstained on UNGA Resolution 77/63 in 2022, as it did in 2021.",
     [("Israel", "abstain", "2022"), ("Israel", "abstain", "2021")]),
    # a number of states votes for the states listed after the verb ("states not party" negates nothing)
    ("In 2020, 16 of the 33 states not party voted in favor of UNGA Resolution 75/52, including Azerbaijan, Bahrain "
     "and Morocco.", [("Azerbaijan", "yes", "2020"), ("Bahrain", "yes", "2020"), ("Morocco", "yes", "2020")]),
    ("The 18 states that abstained on UNGA Resolution 75/52 in 2020 included China, Cuba and the United States.",
     [("China", "abstain", "2020"), ("Cuba", "abstain", "2020"), ("United States", "abstain", "2020")]),
    # the same vote "again" in a later year, without the first year's symbol
    ("Finland\n\nCluster Munition Ban Policy\n\nFinland abstained from the vote on UNGA Resolution 72/54 in December 2017 "
     "and again in December 2018.", [("Finland", "abstain", "2017"), ("Finland", "abstain", "2018")]),
    # ... but a state "among the N states that voted" cast the vote
    ("Finland\n\nMine Ban Policy\n\nIn December 2020, Finland was among the 144 states that voted in favor of UNGA "
     "Resolution 75/52.", [("Finland", "yes", "2020")]),
    # "those that voted" are states in general, not a state named earlier in the sentence
    ("Finland\n\nCluster Munition Ban Policy\n\nIn 2018, Finland urged the states that abstained to join those that "
     "voted in favor of UNGA Resolution 73/54.", [("", "abstain", "2018"), ("", "yes", "2018")]),
    # the UN body's own vote is no state's; a state voting in that body is
    ("Finland\n\nMine Ban Policy\n\nOn 4 November 2019, the UN General Assembly First Committee on Disarmament and "
     "International Security overwhelmingly voted in favor of the annual resolution on the Mine Ban Treaty.", []),
    ("Finland\n\nMine Ban Policy\n\nIn the First Committee on 4 November 2019, Finland voted in favor of the annual "
     "resolution on the Mine Ban Treaty.", [("Finland", "yes", "2019")]),
    # a number in words, and the list after a colon
    ("Most states outside the treaty vote in favor, including four that have voted in favor of every resolution since "
     "1998: Bahrain, Georgia, Oman, and the United Arab Emirates (UAE).",
     [("Bahrain", "yes", "1998"), ("Georgia", "yes", "1998"), ("Oman", "yes", "1998"), ("United Arab Emirates", "yes", "1998")]),
    # ... not a list of other things
    ("In 2020, 16 states voted in favor of UNGA Resolution 75/52, including several states not party.",
     [("", "yes", "2020")]),  # (no profile country in this text)
    # a tally is no vote of the profile's country; "one of 17 countries that abstained" is
    ("Finland\n\nMine Ban Policy\n\nOn 7 December 2023, 163 states voted in favor of UNGA Resolution 78/36.",
     [("", "yes", "2023")]),
    ("Finland\n\nMine Ban Policy\n\nSeventeen states abstained from voting on Resolution 78/36 in 2023.",
     [("", "abstain", "2023")]),
    ("Finland\n\nMine Ban Policy\n\nIt was one of 17 countries that abstained from voting on UNGA Resolution 66/29 in "
     "2011.", [("Finland", "abstain", "2011")]),
    # a word that opens the sentence is no part of the state's name
    ("Both Armenia and Azerbaijan voted in favor of the UNGA resolution on the Mine Ban Treaty in 2021.",
     [("Armenia", "yes", "2021"), ("Azerbaijan", "yes", "2021")]),
    # a state the subject joined in voting, or voted along with, cast the same vote
    ("Zambia\n\nCluster Munition Ban Policy\n\nIn December 2019, Zambia was the only country to join Russia in "
     "voting against a UNGA resolution on the convention.", [("Zambia", "no", "2019"), ("Russia", "no", "2019")]),
    ("Zambia\n\nCluster Munition Ban Policy\n\nIt joined Syria in abstaining from the vote on UNGA Resolution 74/62 "
     "in 2019.", [("Zambia", "abstain", "2019"), ("Syria", "abstain", "2019")]),
    ("Zambia, along with Russia, voted against the UNGA resolution on the convention in 2020.",
     [("Zambia", "no", "2020"), ("Russia", "no", "2020")]),
    # ... or named inside the verb
    ("Zambia\n\nCluster Munition Ban Policy\n\nIn November 2015, Zambia explained why it voted, along with Russia, "
     "against a UNGA resolution on the convention.", [("Zambia", "no", "2015"), ("Russia", "no", "2015")]),
    ("In December 2019, Finland voted, with the Republic of Korea, in favor of the UNGA resolution on the Mine Ban "
     "Treaty.", [("Finland", "yes", "2019"), ("Republic of Korea", "yes", "2019")]),
    # (an aside that names no state is no vote of another state; the vote is still the subject's)
    ("In December 2019, Finland voted, as in every year, in favor of the UNGA resolution on the Mine Ban Treaty.",
     [("Finland", "yes", "2019")]),
    ("In the First Committee, Finland voted, unlike Russia, against the resolution on the Mine Ban Treaty in 2019.",
     [("Finland", "no", "2019")]),
    # a period's start followed by "when it voted" dates that vote
    ("Zambia\n\nCluster Munition Ban Policy\n\nZambia has spoken about the convention more often since November "
     "2015, when it voted against a UNGA resolution on the convention.", [("Zambia", "no", "2015")]),
    # (a treaty joined is no state)
    ("Zambia\n\nMine Ban Policy\n\nAfter it joined the CCW in 2009, it voted in favor of UNGA Resolution 64/56.",
     [("Zambia", "yes", "2009")]),
])
def test_states_that_did_too(text, expected):
    assert rows(pipeline.extract(text)["votes"], "state", "vote", "year") == expected


def test_a_contrast_clause_is_the_same_vote_by_another_state():
    text = "Israel voted against the UNGA resolution on the Mine Ban Treaty in 2022, while the US was absent."
    assert rows(pipeline.extract(text)["votes"], "state", "vote", "year") == [("Israel", "no", "2022"), ("US", "absent", "2022")]


@pytest.mark.parametrize("text, expected", [
    ("Kenya voted for UNGA Resolution 77/63 in December 2022, but the US voted against it.",
     [("Kenya", "yes", "2022", "77/63", "voted for UNGA Resolution 77/63 in December 2022"),
      ("US", "no", "2022", "77/63", "voted against it")]),
    ("In 2022, Kenya abstained on UNGA Resolution 77/63; Bolivia abstained too.",
     [("Kenya", "abstain", "2022", "77/63", "abstained on UNGA Resolution 77/63"),
      ("Bolivia", "abstain", "2022", "77/63", "abstained too")]),
    # the row's text ends at the verb's last word, not at the reference after it
    ("Kenya voted in favor of UNGA Resolution 77/63 in December 2022, while the US voted against.[2]\n\n[2] Ibid.",
     [("Kenya", "yes", "2022", "77/63", "voted in favor of UNGA Resolution 77/63 in December 2022"),
      ("US", "no", "2022", "77/63", "voted against")]),
    # lower case after "but": the same state, its own vote
    ("Kenya voted in favor of UNGA Resolution 76/26 in 2021, but abstained in 2022.",
     [("Kenya", "yes", "2021", "76/26", "voted in favor of UNGA Resolution 76/26 in 2021"),
      ("Kenya", "abstain", "2022", "", "abstained in 2022")]),
])
def test_a_clause_after_but_or_a_semicolon_is_the_same_vote_by_the_state_it_names(text, expected):
    assert rows(pipeline.extract(text)["votes"], "state", "vote", "year", "resolution", "text") == expected


def test_a_first_committee_vote_does_not_take_the_assembly_resolution():
    text = ("Atlantis abstained on UNGA Resolution 58/53 on the Mine Ban Treaty on 8 December 2003. In October 2003, "
            "Atlantis abstained in the vote in the UNGA First Committee on the pro-ban resolution.")
    assert rows(pipeline.extract(text)["votes"], "body", "year", "resolution") == [
        ("UNGA", "2003", "58/53"), ("First Committee", "2003", "")]


def test_body_of_each_dated_part_of_a_clause():
    text = ("Atlantis voted in favor of the resolution on the Mine Ban Treaty in the First Committee on 3 November 2021 "
            "and again in the General Assembly on 6 December 2021.")
    assert rows(pipeline.extract(text)["votes"], "vote", "body", "vote_date") == [
        ("yes", "First Committee", "2021-11-03"), ("yes", "UNGA", "2021-12-06")]


def test_body_of_each_clause():
    text = ("In the First Committee vote on 3 November 2022, Atlantis abstained on the resolution on the Mine Ban Treaty, "
            "but it voted in favor of it in the UNGA on 7 December 2022.")
    assert rows(pipeline.extract(text)["votes"], "vote", "body", "year") == [
        ("abstain", "First Committee", "2022"), ("yes", "UNGA", "2022")]


def test_a_state_abbreviation_must_name_a_known_country(tmp_path):
    from conftest import config_with_rules

    from pipeline.config import ConfigError
    from pipeline.extractors import validate_rules

    cfg = config_with_rules(tmp_path, "votes", lambda y: y.replace("KSA: Saudi Arabia", "KSA: Atlantis"))
    with pytest.raises(ConfigError, match="KSA: 'Atlantis' is no country name"):
        validate_rules(cfg)


@pytest.mark.parametrize("text, expected", [
    ("On 7 December 2022, UNGA Resolution 77/53 on the Mine Ban Treaty was adopted by a vote of 163 in favor, none "
     "against, and 15 abstentions. Russia, Syria, and the United States abstained.",
     [("Russia", "abstain"), ("Syria", "abstain"), ("United States", "abstain")]),
    ("Of the states not party, China, India, Pakistan, and Russia abstained from the vote on UNGA Resolution 78/36 in 2023.",
     [("China", "abstain"), ("India", "abstain"), ("Pakistan", "abstain"), ("Russia", "abstain")]),
    ("The Mine Ban Treaty, and Ukraine voted in favor of UNGA Resolution 78/36 in 2023.", [("Ukraine", "yes")]),
])
def test_a_list_of_states_with_a_comma_before_its_and(text, expected):
    assert rows(pipeline.extract(f"Atlantis\n\nMine Ban Policy\n\n{text}\n")["votes"], "state", "vote") == expected


def test_an_unbounded_quantifier_in_a_vote_verb_is_a_rule_error(tmp_path):
    # The verbs run only in a window around trigger words; a pattern of unbounded length would be cut by it silently.
    from pipeline.config import ConfigError
    from pipeline.extractors import validate_rules

    cfg = config_with_rules(tmp_path, "votes", lambda y: y.replace('OP: "{0,3}"', 'OP: "*"'))
    with pytest.raises(ConfigError, match="unbounded quantifier"):
        validate_rules(cfg)

