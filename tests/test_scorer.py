"""The audit's scorer on hand-made cases whose right answer is known."""
from __future__ import annotations

import pytest

from pipeline.audit.gold import GoldError, locate
from pipeline.audit.scorer import Item, Score, match, match_events, multiset_score

DATE_KEYS = ("value",)
VOTE_KEYS = ("vote", "treaty", "year", "period")


def g(start, end, optional=False, **fields):
    return Item(start, end, fields, optional)


def test_perfect_prediction_scores_one():
    gold = [g(0, 5, value="2020"), g(10, 20, value="2021-07")]
    res = match(gold, [g(0, 5, value="2020"), g(10, 20, value="2021-07")], DATE_KEYS)
    assert (res.score.precision, res.score.recall, res.score.f1) == (1.0, 1.0, 1.0)


def test_shifted_span_is_partial_but_not_strict():
    gold, pred = [g(10, 20, value="2021")], [g(12, 22, value="2021")]
    assert match(gold, pred, DATE_KEYS).score.tp == 1
    assert match(gold, pred, DATE_KEYS, strict=True).score.tp == 0


def test_wrong_key_field_is_no_match():
    res = match([g(0, 4, value="2015")], [g(0, 4, value="2016")], DATE_KEYS)
    assert (res.score.tp, res.score.gold, res.score.predicted) == (0, 1, 1)


def test_extra_prediction_on_optional_item_costs_nothing():
    gold = [g(0, 4, value="2015"), g(30, 50, optional=True)]
    res = match(gold, [g(0, 4, value="2015"), g(35, 40, value="2011")], DATE_KEYS)
    assert (res.score.tp, res.score.predicted, res.score.precision) == (1, 1, 1.0)


def test_spurious_prediction_lowers_precision_only():
    res = match([g(0, 4, value="2015")], [g(0, 4, value="2015"), g(60, 64, value="1999")], DATE_KEYS)
    assert (res.score.precision, res.score.recall) == (0.5, 1.0)


def test_matching_is_one_to_one():
    gold = [g(0, 20, count=2, outcome="injured")]
    preds = [g(0, 5, count=2, outcome="injured"), g(6, 10, count=2, outcome="injured")]
    res = match(gold, preds, ("count", "outcome"))
    assert (res.score.tp, res.score.predicted) == (1, 2)


def test_field_not_given_by_gold_is_not_checked():
    res = match([g(0, 5, count=3, outcome="killed")], [g(0, 5, count=3, outcome="killed", group="child")], ("count", "outcome", "group"))
    assert res.score.tp == 1


def test_votes_are_events():
    gold = [g(0, 10, vote="absent", treaty="CCM", year=2022), g(100, 120, vote="absent", treaty="CCM", year=2022)]
    preds = [g(105, 110, vote="absent", treaty="CCM", year="2022", period="")]
    score, pairs, missed, spurious = match_events(gold, preds, VOTE_KEYS)
    assert (score.tp, score.gold, score.predicted) == (1, 1, 1)


def test_vote_event_with_other_period_is_another_event():
    gold = [g(0, 10, vote="abstain", treaty="MBT", period="previous")]
    preds = [g(0, 10, vote="abstain", treaty="MBT", year="2020", period="")]
    score, *_ = match_events(gold, preds, VOTE_KEYS)
    assert (score.tp, score.gold, score.predicted) == (0, 1, 1)


def test_scores_sum_across_documents():
    total = Score()
    total += Score(1, 2, 1)
    total += Score(3, 3, 4)
    assert (total.tp, total.gold, total.predicted) == (4, 5, 5)
    assert total.f1 == pytest.approx(0.8)


def test_multiset_footnote_numbers():
    s = multiset_score([1, 2, 2, 3], [1, 2, 3, 3])
    assert (s.tp, s.gold, s.predicted) == (3, 4, 4)


LOCATE_TEXT = "A abstained from voting in 2015 and later in December 2020 and in 2016."


@pytest.mark.parametrize("item, span", [
    ({"text": "2015", "near": "in 2015 and"}, (27, 31)),
    ({"near": "abstained   from\nvoting"}, (2, 23)),
    ({"text": "December 2020"}, (45, 58)),
])
def test_locate(item, span):
    assert LOCATE_TEXT[span[0]:span[1]] in ("2015", "abstained from voting", "December 2020")
    assert locate(LOCATE_TEXT, item, "t") == span


def test_locate_rejects_ambiguous_and_absent():
    text = "in 2015 and in 2015"
    with pytest.raises(GoldError, match="occurs 2 times"):
        locate(text, {"text": "2015"}, "x.yaml: dates[0]")
    with pytest.raises(GoldError, match="occurs 0 times"):
        locate(text, {"near": "not there"}, "x.yaml: dates[1]")
