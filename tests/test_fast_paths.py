"""The speed-ups must not change a single match: guarded patterns, span sets and position indexes
answer exactly as the plain versions they replace."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.regexes import compile_rule, first_char_guard, literal_starts
from pipeline.spans import BestCover, PositionIndex, SpanSet

PATTERNS = [  # (pattern, flags, expected guard or None)
    (r"\bcluster\s+bombs?\b", 0, "(?=[c])"),
    (r"(?i)\banti-?personnel", 0, "(?=[a])"),
    (r"\b(?:wooden[- ])?box\s+mines?", re.I, "(?=[bw])"),
    (r"(?<![\w.])(?P<n>\d{1,3}(?:,\d{3})+|\d+|one|two)(?!\w)", re.I, r"(?=[\dot])"),
    (r"\b(?P<m>January|June|Jan\.?)\s+\d{4}|(?P<y>(?:19|20)\d\d)", 0, "(?=[12J])"),
    (r"\((?P<year>(?:19|20)\d\d):", 0, None),      # starts with a literal: the engine skips ahead already
    (r"^[ \t]*Total:", re.M, None),                 # `^` tries only line starts
    (r"\w+ing\b", 0, None),                          # any word character: no useful guard
    (r"\b(?:a|b)?", 0, None),                        # can match the empty string
    (r"(?i:x)y|\bz", 0, None),                       # a local case-insensitive group
    (r"\b[^a]b", 0, None),                           # a negated class
]
ALPHABET = "ab xyz Zc10,2019 JanuaryJune.(:)TotalAnti-personnel antipersonnel box mines ONE two\n\t-"


@pytest.mark.parametrize("pattern,flags,guard", PATTERNS)
def test_first_character_guard(pattern, flags, guard):
    assert first_char_guard(pattern, flags) == guard


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_guarded_patterns_find_the_same_matches(text):
    for pattern, flags, _ in PATTERNS:
        plain = [(m.span(), m.groupdict()) for m in re.compile(pattern, flags).finditer(text)]
        fast = [(m.span(), m.groupdict()) for m in compile_rule(pattern, flags).finditer(text)]
        assert fast == plain, pattern


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=15)


@settings(max_examples=300, deadline=None)
@given(spans, spans)
def test_span_set_answers_like_a_scan(added, queries):
    s = SpanSet()
    for a, b in added:
        s.add(a, b)
    for qa, qb in queries:
        assert s.overlaps(qa, qb) == any(a < qb and qa < b for a, b in added)
        assert s.contains(qa) == any(a <= qa < b for a, b in added)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 50), max_size=30), st.integers(0, 50), st.integers(0, 50))
def test_position_index_between(positions, a, b):
    index = PositionIndex(positions, lambda p: p)
    assert index.between(a, b) == sorted(p for p in positions if a <= p < b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(spans.map(lambda x: x[0] if x else (0, 0)), st.integers(0, 3)), max_size=15),
       st.lists(st.integers(-1, 70), max_size=20))
def test_best_cover_answers_like_a_scan(items, positions):
    """Section and context lookups: the highest-ranked covering span (ties: the later item)."""
    ranked = list(enumerate(items))  # (index, ((start, end), level))
    cover = BestCover(ranked, lambda x: x[1][0], lambda x: (x[1][1], x[0]))
    for pos in positions:
        covering = [x for x in ranked if x[1][0][0] <= pos < x[1][0][1]]
        expected = max(covering, key=lambda x: (x[1][1], x[0])) if covering else None
        assert cover.at(pos) == expected


def test_person_led_patterns_are_tried_only_where_a_person_noun_starts():
    """Rules that open with the person nouns are searched by their literal starts; a longer noun list once
    passed the cap on starts, and they silently fell back to trying every position (casualties +35%)."""
    from pipeline import regexes
    from pipeline.config import Config
    from pipeline.extractors.casualties import load_rules

    rules = {r.name: r.pattern for r in load_rules(Config()).patterns}
    for name in ("noun_bracket_count", "group_lead_number"):
        assert regexes.literal_starts(rules[name].pattern, rules[name].flags) is not None, name


def test_count_patterns_are_tried_only_where_a_number_starts():
    """The fast path for casualty patterns that open with a count (lost once when guards were added)."""
    from pipeline.config import Config
    from pipeline.extractors.casualties import load_rules

    count_led = {r.name for r in load_rules(Config()).patterns if r.count_led}
    assert count_led == {"number_outcome", "number_person_outcome", "number_casualty_noun", "number_were_group",
                         "number_group", "number_in_year", "number_by_cause", "number_unknown", "number_were_in_place",
                         "number_in_place_listed", "group_unknown",
                         "number_bracket_breakdown", "number_of_the_outcome", "number_of_number_noun",
                         "number_whose_outcome_unknown", "number_of_them_group", "number_were_casualty_noun",
                         "number_person_of_died", "number_were_recorded", "number_of_them_severity",
                         "number_of_injured_died", "number_and_number_noun", "number_or_percent", "number_unknown_status",
                         "number_status_not_known", "the_number_from_year", "aside_count", "noun_aside_count",
                         "number_previous_year", "number_to_cause_listed"}


COUNT_WORDS = ["12", "1,200", "two", "twenty-one", "civilians", "soldiers", "were", "killed", "injured", "unknown", "in",
               "2019", "casualties", "from", "mines", "or", "5%", "[3]", "(4)", ",", ".", "-", " ", "  ", "\n", "\n\n",
               "of the", "(three killed", "by", "aged", "fatally",
               "\u00a0", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COUNT_WORDS), max_size=40).map("".join))
@example("12\nkilled")
@example("two\tsoldiers were injured")
@example("1,200 civilians]")
def test_count_led_patterns_find_the_same_matches_from_filtered_starts(text):
    """Counts are tried only where what follows could continue a count-led rule (whitespace):
    each such rule must still find exactly what a plain scan finds."""
    from pipeline.config import Config
    from pipeline.extractors.casualties import _finditer, load_rules

    rules = load_rules(Config())
    assert rules.num_follow is not None and rules.num_follow.match("\u00a0") and not rules.num_follow.match("]")
    starts = [m.start() for m in rules.num_finder.finditer(text) if rules.num_follow.match(text, m.end())]
    for rule in rules.patterns:
        if rule.count_led:
            fast = [(m.span(), m.groupdict()) for m in _finditer(rule, text, starts)]
            assert fast == [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)], rule.name


LITERAL_PATTERNS = [  # (pattern, flags, what compile_rule opens with, or None for no rewrite)
    (r"\bland\s?mines?\b", 0, "land(?<!\\wland)"),
    (r"\bmines?\b", 0, "mine(?<!\\wmine)"),
    (r"\banti-?personnel\s+mines?\b", 0, "anti(?<!\\wanti)"),
    (r"\banti-?(?:vehicle|tank)\s+mines?", 0, "anti(?<!\\wanti)"),  # alternatives inside a group are fine
    (r"\bERW\b|\bUXO\b", 0, None),  # alternatives at the top: the first-character guard serves better
    (r"\bland\s?mines?\b", re.I, None),  # the engine searches literals only when case matters
    (r"(?i)\bland", 0, None),
    (r"\b(?:land|sea)\s+mines?", 0, None),
    (r"\b\d+", 0, None),
]
WORDS = ["vehicle", "tank", "land", "mine", "mines", "landmine", "land mines", "Xland", "_land", "éland", "1land", "-land", "ERW", "UXO",
         "xERW", "anti-personnel", "antipersonnel", "anti", " ", "  ", "\n", ".", ","]


@pytest.mark.parametrize("pattern,flags,opening", LITERAL_PATTERNS)
def test_literal_first_rewrite(pattern, flags, opening):
    compiled = compile_rule(pattern, flags).pattern
    if opening is None:
        assert not re.match(r"\w+\(\?<!", compiled)
    else:
        assert compiled.startswith(opening)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join), st.integers(0, 6))
@example("éland mines", 0)
@example("xland mines land mine", 1)
def test_literal_first_patterns_find_the_same_matches(text, pos):
    """Also from a start position: the lookbehind sees the text before it, as \\b does."""
    for pattern, flags, _ in LITERAL_PATTERNS:
        plain, fast = re.compile(pattern, flags), compile_rule(pattern, flags)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)], pattern


STARTS = [  # (pattern, flags, expected literal_starts)
    (r"\b(?:butterfly|toe-popper|scatterable)\s+mines?", 0, (("butterfly", "scatterable", "toe-popper"), False)),
    (r"\b[Ss]ea\s+mines?", 0, (("Sea", "sea"), False)),
    (r"\b(?:wooden[- ])?box\s+mines?", 0, (("box", "wooden ", "wooden-"), False)),
    (r"\b(?:child|children|boys?)\s*\((?P<n>\d+)", re.I, (("boy", "child"), True)),  # "child" finds "children"
    (r"(?i)\bKilled:\s*\d+", 0, (("killed:",), True)),
    (r"(?=[ik])(?:\b(?P<v>injuring|killing)\s+\w+)", re.I, (("injuring", "killing"), True)),
    (r"land\s?mines?", 0, None),                 # opens with a literal: the engine searches for it itself
    (r"\b(?:19|20)\d\d", 0, None),               # literals too short to be worth finding one by one
    (r"\b\w+ing", 0, None),                      # any word character
    (r"\b(?:ab|)cde", 0, None),                  # an empty alternative
    (r"(?i:kill)ed", 0, None),                   # a local flag
    (r"\b(?:éclat|été)s?", re.I, None),           # case ignored and not ASCII
]


@pytest.mark.parametrize("pattern,flags,expected", STARTS)
def test_literal_starts(pattern, flags, expected):
    assert literal_starts(pattern, flags) == expected


def _rule_patterns() -> list[re.Pattern]:
    from pipeline.config import Config
    from pipeline.extractors.casualties import load_rules as casualty_rules
    from pipeline.extractors.votes import load_rules as vote_rules
    from pipeline.extractors.weapons import load_rules as weapon_rules

    cas, wea = casualty_rules(Config()), weapon_rules(Config())
    return [r.pattern for r in cas.patterns] + [cas.vague] + [p for _, p in (*wea.subtypes, *wea.generic)] + \
        [vote_rules(Config()).verb_trigger]


# Words the patterns open with, in other cases, inside other words, and the characters that
# case-blind matching equates with ASCII letters (İ ı ſ and the Kelvin sign).
START_WORDS = ["box ", "wooden-box mines", "Sea mines ", "sea ", "ſea mines", "BUTTERFLY mines", "toe-popper ",
               "children (4)", "Children (12;", "child (5)", "boy (3)", "boys(2,", "KILLED: 4", "Killed: 3", "killed 2 ",
               "injuring two soldiers", "ınjuring two", "İnjuring", "Kılled: 3", "Killed: 3",
               "many casualties", "hundreds of victims", "IEDs ", "improvised mines", "submunitions", "bomblets ",
               "Voted ", "abstained", "ABSENT", "devoted", "x", "-", "(", " ", "\n", "2019", ": 5)", "mines",
               "12% (4)", "%", "HALF (3)", "followed by ", "Syria (12)", ") and ", "his son ", "HER ", "mines caused ",
               "nine", "casualties numbered ", "MORE", "ſon injured", "for seven ", "the outcome was unknown",
               "and another ", "a fifth was ", "Iraq (11), ", "(131 of 185)", "killing the driver"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(START_WORDS), max_size=30).map("".join))
@example("ſea mines and Sea mines")
@example("Killed: 3 ")
@example("childchildren (4)")
def test_patterns_tried_at_their_literals_find_the_same_matches(text):
    from pipeline import regexes

    patterns = [re.compile(p, f) for p, f, _ in STARTS] + _rule_patterns()
    for pat in patterns:
        assert [(m.span(), m.groupdict()) for m in regexes.finditer(pat, text)] == \
            [(m.span(), m.groupdict()) for m in pat.finditer(text)], pat.pattern


def test_the_characters_that_fold_to_ascii_are_the_engines():
    """Searching a lower-cased text finds every case-blind occurrence of an ASCII literal unless the
    text holds a character the engine equates with an ASCII letter: those must be exactly the listed ones."""
    import string

    from pipeline.regexes import _CASE_FOLDS_TO_ASCII

    beyond_ascii = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    engine = {m.group() for a in string.ascii_letters for m in re.finditer(a, beyond_ascii, re.I)}
    assert engine == {c for c in beyond_ascii if _CASE_FOLDS_TO_ASCII.match(c)}


MAY_MATCH = [  # (pattern, flags, text, expected)
    (r"\bcasualt|\bkilled\b|\bvictims?\b", re.I, "Atlantis has not acceded to the Mine Ban Treaty.", False),
    (r"\bcasualt|\bkilled\b|\bvictims?\b", re.I, "Two deminers were KILLED.", True),
    (r"\bcasualt|\bkilled\b|\bvictims?\b", re.I, "noncasualty", True),   # a slice starting at "casualty" matches
    (r"\bcasualt|\bkilled\b|\bvictims?\b", re.I, "Two were \u212aILLED.", True),  # Kelvin sign: cannot tell
    (r"\bkilled\b", 0, "Two were KILLED.", False),                          # case matters
    (r"\d+ people", 0, "no digits here", True),                             # no literal starts: cannot tell
]


CANNOT_MATCH = [  # (pattern, flags, text, expected): a pattern none of whose required words occurs is not run
    (r"\d+(?:\.\d+)?%\s*\((?P<num>\d+)\)", 0, "In 2019, 12 people (4 children) were injured.", True),
    (r"\d+(?:\.\d+)?%\s*\((?P<num>\d+)\)", 0, "Some 12% (4) were children.", False),
    (r"\b(?:his|her)\s+son\s+(?:was\s+)?killed", re.I, "His SON was killed.", False),
    (r"\b(?:his|her)\s+son\s+(?:was\s+)?killed", re.I, "His \u017fon was killed.", False),  # long s: cannot tell
    (r"\b(?:his|her)\s+son\s+(?:was\s+)?killed", re.I, "Her daughter was injured.", True),
    (r"\d+ people", 0, "no digits here", True),
    (r"\d+\s+\w+", 0, "no digits here", False),                          # no required words: cannot tell
]


@pytest.mark.parametrize("pattern,flags,text,expected", CANNOT_MATCH)
def test_cannot_match(pattern, flags, text, expected):
    from pipeline.regexes import cannot_match

    assert cannot_match(re.compile(pattern, flags), text) is expected


@pytest.mark.parametrize("pattern,flags,text,expected", MAY_MATCH)
def test_may_match(pattern, flags, text, expected):
    from pipeline.regexes import may_match

    assert may_match(re.compile(pattern, flags), text) is expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(START_WORDS), max_size=6).map("".join))
@example("noncasualties")
@example("Kılled: 3")
def test_a_pattern_that_may_not_match_matches_no_slice(text):
    from pipeline.config import Config
    from pipeline.extractors.casualties import load_rules
    from pipeline.regexes import may_match

    for pat in [re.compile(p, f) for p, f, _ in STARTS] + _rule_patterns() + [load_rules(Config()).context]:
        if not may_match(pat, text):
            assert not any(pat.search(text[a:b]) for a in range(len(text)) for b in range(a, len(text) + 1)), \
                pat.pattern


SENTENCE_PIECES = ["Two soldiers were injured.", " ", "\n", "\n\n", "A mine exploded!", "Treaty.[1]", " Atlantis",
                   "(2019: 4)", "“Quoted.”", "in 2020", "Last updated: 4 May 2022", "?", "...", "e.g. ", "•  item"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=20).map("".join))
@example("Treaty.[1] Two soldiers")
def test_sentences_read_from_the_component_equal_those_read_from_the_tokens(text):
    from pipeline.nlp import _STARTS_KEY, Sentences, parse

    doc = parse(text)
    passed_on = Sentences.from_doc(doc).spans
    doc.user_data.pop(_STARTS_KEY, None)  # as for a Doc whose sentences another pipeline set
    assert passed_on == Sentences.from_doc(doc).spans


@pytest.mark.parametrize("pattern,expected", [
    ("afghan", ("afghan",)),
    (r"\b(a|å)land", ("land",)),  # the branch with a non-ASCII letter tells nothing; the run after it does
    (r"^(?=.*americ).*samoa", ("americ",)),  # a lookahead's words are in the text too: the longer kept
    (r"bangladesh|^(?=.*east).*paki?stan", ("bangladesh", "east")),  # one word per branch
    (r"^(?!.*bonaire).*\baruba", ("aruba",)),  # a negative lookahead requires nothing
    (r"anguill?a", ("anguil",)),  # the run ends at the optional letter
    (r"(?:ab)+c", ("ab",)),
    (r"(?:Congo)?x", ("x",)),
    (r"x*|y", None),  # a branch that needs nothing
    (r"[a-z]+", None),
])
def test_required_literals(pattern, expected):
    from pipeline.regexes import required_literals
    assert required_literals(pattern, re.IGNORECASE) == expected


COUNTRY_WORDS = ["Korea", "Republic", "of", "the", "Democratic", "People's", "Lao", "PDR", "Congo", "DR", "Niger",
                 "Nigeria", "Guinea", "Bissau", "Sudan", "South", "East", "Timor", "American", "Samoa", "Mine",
                 "Action", "Cambodia", "Bosnia", "Herzegovina", "Ivory", "Coast", "Côte", "d'Ivoire", "Türkiye",
                 "Åland", "Islands", "Virgin", "British", "US", "Myanmar", "Burma", "Palestine", "West", "Bank",
                 "excluding", "without", "Saint", "St.", "Kitts", "Vincent", "Macedonia", "North", "Monitor"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(COUNTRY_WORDS), min_size=1, max_size=5).map(" ".join))
@example("Korea, Democratic People's Republic of")
@example("Åland Islands")
def test_country_names_tried_only_against_patterns_that_can_match(name):
    """The word prefilter gives the same answer as trying all ~250 name patterns, for ASCII names
    (filtered) and others (not)."""
    from pipeline.countries import _iso3_by_pattern, _name_patterns_to_try

    every_pattern = [code for rx, code in _iso3_by_pattern("regex") if rx.search(name)]
    assert [code for rx, code in _name_patterns_to_try(name) if rx.search(name)] == every_pattern


def test_patterns_that_open_with_the_same_words_share_their_places_per_text_only():
    """The places of a pattern's opening words are kept for the last text only: each text, and each
    pattern on it, finds what a plain scan finds, whichever text came before."""
    from pipeline import regexes

    first = re.compile(r"\b(?:killed|injured)\s+(\d+)", re.I)
    second = re.compile(r"\b(?:killed|injured)\s+(?:an?|the)\s+(\w+)", re.I)
    assert regexes.literal_starts(first.pattern, first.flags)[0] == regexes.literal_starts(second.pattern, second.flags)[0]
    texts = ["Mines killed 12 and injured a boy.", "It injured the driver; KILLED 3.", "Mines killed 12 and injured a boy."]
    for text in texts + texts[::-1]:
        for pat in (first, second):
            assert [m.span() for m in regexes.finditer(pat, text)] == [m.span() for m in pat.finditer(text)]


def test_a_required_word_is_looked_up_per_text_and_patterns_per_source():
    """Whether a pattern's required words occur is kept for the last text only, and the analysis of a
    pattern for its source and flags: each text, and each pattern on it, finds what a plain scan finds,
    whichever text or pattern came before (two patterns of one source with other flags included)."""
    from pipeline import regexes

    blind = re.compile(r"made\s+up\s+(\d+)", re.I)
    exact = re.compile(r"made\s+up\s+(\d+)")  # the same source, case counted: "MADE UP 3" is no match
    texts = ["Children made up 35.", "Deminers accounted for 9.", "CHILDREN MADE UP 3.", "Children made up 35."]
    for text in texts + texts[::-1]:
        for pat in (blind, exact, blind):
            assert [m.span() for m in regexes.finditer(pat, text)] == [m.span() for m in pat.finditer(text)]
            assert regexes.cannot_match(pat, text) == (pat.search(text) is None and "made" not in text.lower())
