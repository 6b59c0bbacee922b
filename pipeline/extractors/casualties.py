"""Casualty counts: one row per stated number of people killed, injured or counted as casualties.

Candidates, strongest first, one row per number: a number with an outcome ("48 killed"), a
number of people with an outcome verb ("two South Korean soldiers ... were injured", "injuring
two soldiers"), a number with a casualty noun ("83 mine/ERW casualties"), a single person with
an injury or death ("a North Korean soldier ... lost a foot"), and, where the sentence or the
section is about casualties, breakdowns ("41 were civilians", "14 boys"), yearly series
("111 recorded in 2013") and summary cells ("43 (2015: 76)").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import regexes
from ..config import Config, ConfigError, build_rules, check_mapping, check_regex, check_str_list
from ..context import DocContext
from ..records import Extraction
from ..regexes import compile_rule, first_chars
from ..spans import SpanSet
from ..tables import C
from . import declare
from .common import make_row_fields

SCHEMA = {"number_words": dict, "casualty_nouns": list, "outcomes": dict, "verbs_before": dict, "groups": dict,
          "qualifiers": dict, "vague": str, "unknown_outcome": str, "unknown_before": str, "relatives": list,
          "noun_number_verbs": list, "change_verbs": list, "single_persons": list, "served_verbs": list, "served_after_verbs": list, "things_counted": list,
          "casualty_context": str, "causes": dict, "age_nouns": list, "place_nouns": list, "animal_nouns": list,
          "list_openers": list, "deminer_teams": list, "not_causes": list, "group_labels": list, "other_labels": list,
          "event_words": list, "event_kinds": list, "document_nouns": list, "kin_nouns": list,
          "modified_by_person": list, "value_line_labels": list}


# The year before the sentence's: "with eight recorded the year before", "from the previous year"
PREVIOUS_YEAR = r"(?:the[ \t]+(?:year[ \t]+before|(?:previous|prior|preceding)[ \t]+year)|a[ \t]+year[ \t]+(?:earlier|before))\b"
# A summary table cell's label before its count: "Total", "Other ERW", "Mines/IEDs" (then ":")
CELL_LABEL = r"[A-Za-z][\w /-]{0,30}"
# A cell's value whose total is not known before a lower bound, on a value line: "Total: Unknown, but at least 48" (the
# rules themselves read it as qualifiers, the rule file's "unknown, but" and "at least")
UNKNOWN_BUT = r"(?:(?i:unknown),?[ \t]+but[ \t]+)?"
# A count's words that say its survival is not known: "42 unknown status", "5 of unknown status"
_UNKNOWN_STATUS_WORDS = r"unknown[ \t]+(?:survival[ \t]+)?(?:status|outcomes?)\b"
# A count in digits, its thousands marked by commas: "1,066", "12"
DIGIT_COUNT = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
# A count's share after it in its bracket: "(223, or 19%)", "(518, or 44 per cent)"
_OR_SHARE = r",?\s+or\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent)"
# A place named by up to four capitalised words ("in Yemen", "in Norte de Santander" reads "Norte")
PLACE_NAME = r"(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3}"


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _listed(data: dict, key: str, where: str) -> str:
    """The rule file's list under `key` as regex alternatives, longest first; none: no match."""
    return _alt(check_str_list(data.get(key) or ["(?!)"], f"{where}: {key}"))


def _phrases(words: list[str]) -> str:
    """Phrases as alternatives, longest first, their words free to wrap onto the next line; none: no match."""
    return _alt(words).replace(" ", r"\s+") or "(?!)"


@dataclass(frozen=True)
class CountRule:
    """One casualty pattern and how its matches are read. Each trait names a behaviour the
    extract loop applies, so no rule is special-cased by its name there."""
    name: str
    pattern: re.Pattern  # groups: num, and noun / outcome / verb / year where the rule has them
    count_led: bool  # opens with a count: tried only where one starts
    needs_context: bool = False  # a count only where the sentence or section is about casualties
    sentence_context: bool = False  # ... only where its own sentence is
    within_sentence: bool = False  # a match may not run on past its sentence
    outcome_split: bool = False  # "six deminers, two of whom were killed": the outcome is the second number's
    bare_people: bool = False  # "less than 100 people": a general noun without an outcome is no count
    outcome_from: str = "word"  # word: the outcome group; verb: "killing"/"injuring"; later: a verb later in
    # the clause ("12 people, including five children, were killed"); label: the summary-table label
    # before the count on its line; cell: the first label in the count's table cell; unknown: always unknown;
    # killed: always killed ("claimed 45 lives"); before: the sentence's count before it ("four of them
    # children"); opener: the list opener before it ("Among the dead were ... a boy")
    group_after: bool = False  # "76 casualties were civilian": the group follows the noun
    group_before: bool = False  # "military casualties numbered six": the group is the word before the match
    group_between: bool = False  # "43 civilian casualties": a group word between the count and the noun
    end_at_outcome: bool = False  # the row's text runs to the outcome word
    year_from_label: bool = False  # a summary cell's year is on the label line above ("Casualties in 2016")
    after_outcomes: bool = False  # counts only first on its line or after "killed;"/"injured," in a list
    compares_back: bool = False  # "compared with 212 in 2017": a count of what the sentence counted before it
    respectively: bool = False  # an item of a list read with "respectively" (_respectively gives its fields)
    refers_back: bool = False  # "Both were killed": the two people counted before in the paragraph, if any
    one_person: bool = False  # the count is a person's noun without a number: "a father and son were killed"
    needs_total: bool = False  # a count only as part of a casualty count before it ("killed 12, including a woman")
    after_groups: bool = False  # only after group counts on its line ("5 men; 2 unknown") or first under "6 children:"
    after_row: bool = False  # only where the match starts right after a count already read (a list's next item)
    after: str = ""  # tried only after an opener in the same sentence: "list" ("Among the dead were", "Those
    # injured included"), "caused" (a list of causes with their verb left out) or "label" ("Casualties by group:")


OPENERS = ("", "list", "caused", "label")
OUTCOME_SOURCES = ("word", "verb", "later", "label", "cell", "unknown", "before", "killed", "opener")


@dataclass(frozen=True)
class CasualtyRules:
    words: dict[str, int]
    num: str  # regex source for a count
    num_finder: re.Pattern  # every place a count can start
    num_follow: re.Pattern | None  # what can come right after the count in count-led rules (None: anything)
    patterns: tuple[CountRule, ...]  # tried in this order; the first row for a number wins
    outcome_of: tuple[tuple[str, re.Pattern], ...]
    verb_of: tuple[tuple[str, re.Pattern], ...]  # outcome of a verb before the count ("injuring" -> injured)
    group_of: tuple[tuple[str, re.Pattern], ...]
    group_lead: re.Pattern  # ends right before a count: "children accounted for eight casualties"
    group_lead_elided: re.Pattern  # "..., and children for half of civilian casualties (1,171)"
    qualifier: re.Pattern
    qualifier_of: dict[str, str]
    vague: re.Pattern
    unknown: re.Pattern
    unknown_before: re.Pattern  # ends right before the count
    context: re.Pattern
    causes: tuple[tuple[str, re.Pattern], ...]
    not_causes: re.Pattern  # names with a device's word: "Landmine Monitor", "Mine Action"
    served: re.Pattern  # ends right before people a programme serves: "employed 1,500 deminers"
    things_before: re.Pattern  # the count before a bare "N in 2017" counted things or people served
    age_before: re.Pattern  # ends right before a number that is an age: "aged 11 and", "a boy of"
    counted_before: re.Pattern  # "45,000 people" right before ", including": no places ("in 14 states")
    all_were: re.Pattern  # a sentence "All were civilians": the group of the count before
    team_before: re.Pattern  # "a demining team leader": a deminer
    outcome_after_list: re.Pattern  # "45 and 60 casualties were recorded, respectively": the list's outcome word
    verb_right_before: re.Pattern  # "killed 12 and 15 people respectively": the verb of a list
    person_list: re.Pattern  # "Civilians and soldiers": people listed, each a match of person_word
    person_word: re.Pattern
    group_items_before: re.Pattern  # group counts before on the line ("5 men; "), or a group's label ("6 children:\n")
    group_label: re.Pattern  # a summary table's label of counts by group ("Age and gender")
    other_label: re.Pattern  # a summary table's label of other things than casualties ("Estimated mine/ERW survivors")
    document_before: re.Pattern  # ends right before the date of a document ("Extension Request of"): no count's year
    all_aside: re.Pattern  # "..., all of them children": the group of the counts before it in its sentence
    served_count: re.Pattern  # ends where a count of people served ends: "assisted 180,000 people"
    served_people: re.Pattern  # people served anywhere: "The programme reached 3,400 people", "3,400 people took part"
    change_by: re.Pattern  # ends right before the size of a change: "rose by"
    change_of: re.Pattern  # ends right before a change's size as a noun phrase: "an increase of 3,218 casualties"
    included_before: re.Pattern  # ends right before the items of a breakdown: ", including", " — ", ": "
    list_opener: re.Pattern  # "Among the dead were", "Those injured included": group o names their outcome
    openers: dict[str, re.Pattern]  # what a rule with `after` is tried after (by OPENERS name)
    members_of: re.Pattern  # right after "members"/"personnel": whose ("of the security forces"; team: "of a demining team")


def _source(pattern: str, flags: int = 0, **traits) -> tuple[str, int, dict]:
    return pattern, flags, traits


def _ws_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """Words of one phrase may wrap onto the next line, never across a blank line or table cell."""
    return compile_rule(pattern.replace(r"\s+", WS), flags)


def _map(mapping: dict, where: str) -> dict[str, list[str]]:
    return {str(k): check_str_list(v, f"{where}.{k}") for k, v in (mapping or {}).items()}


def _build(data, where: str) -> CasualtyRules:
    check_mapping(data, SCHEMA, where, required=("casualty_nouns", "outcomes", "groups"))
    words = {k.lower(): int(v) for k, v in (data.get("number_words") or {}).items()}
    tens = [w for w, v in words.items() if v >= 20]
    units = [w for w, v in words.items() if v < 10]
    small = rf"(?:(?:{_alt(tens)})-(?:{_alt(units)})|{_phrases(list(words))})"
    word_num = rf"{small}(?:[ \t]+(?:{_alt(list(SCALES))})\b(?:[ \t]+and[ \t]+{small}\b)?)?"  # "one hundred and twelve"
    # (not a percentage, in figures or words: "12%", "Fifty-six percent")
    count_words = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{word_num})"  # "1,066", "12", "twenty-three"
    # (a number after "/" is no count, "75/52", but one after an outcome's is: "(six killed/20 injured)")
    # (the slash checked apart, so that a position inside a word fails at the first look)
    num = rf"(?<![\w$€£.,%-])(?:(?<!/)|(?<=killed/)|(?<=injured/)|(?<=wounded/)|(?<=dead/))(?P<num>{count_words})(?![\w%]|[.,]\d|\s?%|\s+per\s?cent\b)"
    outcomes = _map(data["outcomes"], f"{where}: outcomes")
    groups = _map(data["groups"], f"{where}: groups")
    change = _phrases(check_str_list(data.get("change_verbs") or [], f"{where}: change_verbs"))
    # the noun's number, or the number a change ends at ("decreased by 20% in 2018, to 58", "continued to fall, to 5,751")
    number_verbs = _phrases(check_str_list(data.get("noun_number_verbs") or [], f"{where}: noun_number_verbs")) + \
        rf"|(?:(?:more\s+than|almost|nearly)\s+)?(?:{change}|continued\s+to\s+(?:fall|rise|decline|increase|decrease|drop|grow))(?:\s+by\s+(?:\d[\d,.]*|(?:a\s+|one\s+)?\w+)(?:\s*%|\s+per\s*cent|\s+percent)?)?(?:\s+(?:in|during)\s+(?:19|20)\d\d)?,?\s+to"
    quals = _map(data.get("qualifiers"), f"{where}: qualifiers")
    qualifiers = _phrases([q for qs in quals.values() for q in qs])
    # a table cell's qualifiers before its count: "Total: Unknown, but at least 48", "(2007: Unknown but eight reported)"
    cell_qualifiers = rf"(?i:(?:{qualifiers})[ \t]+){{0,2}}"
    relatives = _listed(data, "relatives", where)
    kin = _listed(data, "kin_nouns", where)
    value_labels = _listed(data, "value_line_labels", where)
    person = _alt([p for ps in groups.values() for p in ps] + [f"(?:{relatives})s"])
    # (a group: the \b after it must end every alternative, not only the last: "a dozen civilians" is no "civilian")
    person_sing = "(?:" + "|".join(check_str_list(data.get("single_persons") or ["person"], f"{where}: single_persons")) + ")"
    outcome_words = _alt([o for os in outcomes.values() for o in os if not o.startswith("casualt")])
    nouns = _alt(check_str_list(data["casualty_nouns"], f"{where}: casualty_nouns"))
    verbs = _map(data.get("verbs_before"), where)
    before = _phrases([v for vs in verbs.values() for v in vs])
    # between a count and its verb: no number, except ages ("two boys aged 11 and 13 were killed")
    age_nouns = check_str_list(data.get("age_nouns") or [], f"{where}: age_nouns")
    if bad := [n for n in age_nouns if not re.fullmatch(r"[A-Za-z][A-Za-z -]*", n)]:  # each goes into a lookbehind
        raise ConfigError(f"{where}: age_nouns: {bad[0]!r} is not a plain word (letters, spaces and hyphens only)")
    after_age_noun = "|".join(f"(?<={n} )" for n in age_nouns) or "(?!)"  # "a boy of 14": lookbehinds of fixed width
    animals = _listed(data, "animal_nouns", where)
    # ... nor animals counted with the people ("Three herders and 40 sheep were killed"); ordinals may ("the 33rd Brigade")
    # (not across another clause: "four children and an elderly man, while four women ... were injured"); an
    # "including" clause before "who" may hold counts ("6 people, including 2 children, who were killed")
    gap = rf"(?:(?!,\s+(?:while|whereas|but)\b)[^\d.;:\n]|\.(?=\d)|(?<=[A-Z])\.|\b(?:age[ds]?\s+(?:of\s+)?|(?:{after_age_noun})of\s+)\d+(?:\s*(?:,|and|to|or|-|–)\s*\d+)*|\b\d{{1,2}}[- ]years?[- ]old\b|\b\d[\d,]*\s+(?:{animals})\b|\b\d+(?:st|nd|rd|th)\b|,\s+including\s+[^.;:\n]{{1,60}}?,(?=\s+(?:who|died)\s)|\(\d{{1,2}}\)){{0,150}}?"
    further_words = r"another\s+|a\s+further\s+|(?:his|her|their)\s+"  # "injured another 11", "injured her two brothers"
    further = rf"(?:{further_words})?"
    # ... or a qualifier: "killed at least 58 civilians and wounded more than 100"
    further_or_qualified = rf"(?:{further_words}|(?:{qualifiers})\s+)?"
    # "were seriously injured"; "fatally injured" is an outcome of its own, and "not injured" no outcome
    adverb = r"(?:(?!fatally\b|fatal\b|not\b|never\b)\w+\s+)?"
    # right after the count: "two were seriously injured", "one of them later died"
    # (or how the count was known: "22 reported fatalities and 134 reported injuries")
    been = r"(?:have|has|had)\s+(?:also\s+|already\s+)?been"  # "have also been injured", "have already been killed"
    adverb_ly = r"(?:(?!fatally\b)\w+ly\s+|also\s+|later\s+|(?:reported|recorded|registered|confirmed)\s+(?=(?:fatalities|deaths|injuries)\b))?"
    # a count with no noun after the verb ("injuring three."), not one of things ("identified one or more aspects")
    bare_end = r"(?=\s*(?:[,.;:)]|\band\b|\bor\b(?!\s+(?:more|fewer|less)\s+(?!(?:casualt|people|persons|victims)\w*)[a-z])|$))"
    # after "death toll" / "casualty toll", in a place or not: "was 533", "in Kyrgyzstan to 12", "in the province rose to 9"
    toll_to = (rf"(?:in\s+(?:the\s+)?(?:{PLACE_NAME}|[a-z]+)\s+)?(?:was|stood\s+at|reached|rose\s+to|climbed\s+to|to)\s+"
               rf"(?:(?:{qualifiers})\s+)?{num}{bare_end}")
    # The words between "A" and its person noun: not an outcome, a verb or a number ("An explosion killed one person").
    # ... nor an ordinal: "a third boy was injured" is the ordinal rule's one more person
    not_event = rf"(?!(?:{before}|{outcome_words}|{ORDINALS})\b|\d)"
    age = r"\d{1,2}[- ]years?[- ]old\b"  # "a 12-year-old boy"
    # one person of a verb, then "and": "killed a woman and ...", "killed a father and his son"
    # ... "killed a 35-year-old woman and her 6-year-old daughter"
    # the words between an article and its person noun: not an event's word, or an age ("a 12-year-old local boy")
    before_person = rf"(?:{not_event}[\w'’-]+\s+|{age}\s+){{0,3}}?"
    one_person_and = rf"(?:an?|the|another)\s+{before_person}(?:{person_sing})\s+and\s+"
    was_unknown = r"(?:was|were|is|remained)\s+(?:not\s+known|unknown)"
    device = r"(?:mines?|landmines?|ERW|UXO|submunitions?|IEDs?|remnants(?:\s+of\s+war)?|munitions?|devices|ordnance)"
    # the device a breakdown by cause names: "10 were caused by ERW", "two from hand grenades"
    cause_device = (r"(?:mines?|landmines?|ERW|UXO|submunitions?|bombies|bomblets?|IEDs?|explosive\s+remnants|cluster\s+munitions?"
                    r"|improvised|grenades?|mortars?|ordnance)")
    served = _listed(data, "served_verbs", where)
    served_after = _listed(data, "served_after_verbs", where)
    things = _listed(data, "things_counted", where)
    modified = _listed(data, "modified_by_person", where)
    event_words = _listed(data, "event_words", where)
    event_kinds = _listed(data, "event_kinds", where)
    not_events_after = rf"(?!\s+(?:(?:{event_kinds})\s+)?(?:{event_words})\b)"
    places = _listed(data, "place_nouns", where)
    # a cause and its count, the verb left out: "..., and ERW 354", ", antivehicle mines 7", "and ERW the remaining 21"
    elided_cause = (rf"(?:,\s+(?:and\s+)?|\s+(?:and|while|whereas)\s+)(?:the\s+)?(?:[\w-]+\s+)?{device}\s+"
                    rf"(?:the\s+(?:remaining|other)\s+)?{num}{bare_end}")
    openers = _listed(data, "list_openers", where)
    deminer_teams = _phrases(check_str_list(data.get("deminer_teams") or [], f"{where}: deminer_teams"))
    # "child casualties fell from " (the count "from"), then "in 2020 to" (before the count "to")
    change_from = rf"\b(?:{nouns}|deaths|fatalities)\s+(?:{change})\s+from\s+(?:(?:{qualifiers})\s+)?"
    change_to = r"(?:\s+in\s+(?:19|20)\d\d)?,?\s+to"
    flags = re.I
    sources = (
        # Each count of a list read with "respectively": "compared to 10 and 31 respectively in 2018", "45 and 60
        # casualties were recorded, respectively" (its outcome, group and year: _respectively, after all rules)
        ("respectively_item", _source(
            # (opening with its word: a text without "respectively" is skipped, and no count-led fast path is lost)
            rf"(?=[^.;:\n]{{1,80}}?\brespectively\b){num}(?=(?:(?:{LIST_SEP}){count_words}(?![\w%]|[.,]\d))+[^.;:\d\n]{{0,40}}?\brespectively\b)", flags,
            needs_context=True, sentence_context=True, respectively=True)),
        ("respectively_last", _source(
            rf"(?:(?<=and )|(?<=, )){num}(?=[^.;:\d\n]{{0,40}}?\brespectively\b)", flags, needs_context=True, sentence_context=True, respectively=True)),
        ("number_outcome", _source(
            # (an aside between dashes: "660 people - most of them civilians - killed or injured"; "including two who died";
            # a share in brackets: "233 (76%) injuries"; a nationality before the person: "one American soldier injured";
            # "100 more had been injured"; "three of the boys died"; "five other boys wounded"; "117 (38%) of all injuries")
            rf"{num}\s+(?:\(\d+(?:\.\d+)?%\)\s+)?(?:more\s+|other\s+)?(?:of\s+(?:whom|them|these|those|which)\s+|of\s+the\s+(?=(?:{person})\b)|of\s+all\s+(?=(?:injuries|deaths|fatalities)\b)|who\s+)?(?:(?:(?-i:[A-Z][a-z]+)\s+)?(?P<noun>{person})\s+|(?-i:[A-Z][a-z]+s)\s+)?(?:[-–—][^-–—.;\n]{{1,50}}[-–—]\s+)?(?:(?:were|was|being|{been}|(?:have|has|had)(?=\s+(?:died|become\s+victims?))|sustained|suffered)\s+)?{adverb_ly}(?P<outcome>{outcome_words})\b"
            rf"(?:\s+(?P<noun_after>{person})\b)?", flags,  # "five injured deminers": the group, after the outcome
            end_at_outcome=True)),
        ("number_person_outcome", _source(
            # (not a noun before a casualty noun: "Four of the six deminer casualties were injured"; nor before a
            # person's: "42 civilian and military deminers had suffered deaths")
            # (no second count between: "30 civilians and 20 soldiers), most were injured"; an age may be)
            # (no event or clause between: "eight occurrences where Thai military personnel have lost a foot")
            rf"{num}\s+(?:(?:(?!\d|(?:{event_words}|where|when|which|that|who|whom)\b)[\w'’-]+|\d{{1,2}}[- ]years?[- ]old)\s+){{0,4}}?(?P<noun>{person})\b(?!\s+(?:{nouns}|{person})\b|\s+(?:and|or)\s+(?:{person})\s+(?:{person})\b){gap}\b(?:(?:were|was|{been}|are|(?:have|has|had)(?=\s+(?:died|lost|fallen)\b)|sustained|suffered|received)\s+{adverb}|(?<=, )(?=died\b))(?P<outcome>{outcome_words})\b", flags,
            within_sentence=True, outcome_split=True)),
        # "Two members of the same family died": a phrase of "of" / "from" / "in" between people and "died"
        ("number_person_of_died", _source(
            # (a quick look for "died" first: most counts have none after them)
            rf"{num}\s+(?=[^.;:\n]{{0,80}}?\bdied\b)(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{person})\s+(?:of|from|in)\s+"
            # (a phrase, not a clause: "12 people in the village where he died" died not)
            rf"(?:(?!(?:where|when|who|whom|which|that|after|before|while|as|because|he|she|they|it)\b)[\w'’-]+\s+){{0,4}}?(?P<outcome>died)\b", flags)),
        # (no verb, outcome or number between count and noun: "killed one and injured 12 people" is one killed)
        ("verb_number_person", _source(rf"\b(?P<verb>{before})\s+{further_or_qualified}{num}\s+(?:{not_event}[\w'’-]+\s+){{0,4}}?(?P<noun>{person})\b", flags,
                                       outcome_from="verb")),
        ("verb_single_person", _source(
            # ... or an age as the noun: "killed a 16-year-old and injured two adults"
            rf"\b(?P<verb>{before})\s+(?P<num>an?|another|the|one|1)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{person_sing}\b(?!['’]s\b)|{age}{bare_end})", flags,
            outcome_from="verb")),
        # "an explosion injured seven soldiers and a civilian guide": the one person after "and"
        ("verb_and_single_person", _source(
            # (the lookahead: an "and a" close after the verb, or nothing to try)
            # (or after a list: "killed eight men, three boys, and a woman")
            rf"\b(?P<verb>{before})(?=[^.;:\n]{{1,120}}?\sand\s+an?\s)\s+{further}(?:\d[\d,]*|{word_num}|an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{person}|{person_sing})"
            rf"(?:,\s+(?:\d[\d,]*|{word_num}|an?)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{person}|{person_sing}))*,?\s+"
            rf"and\s+(?P<num>an?)\s+(?:{not_event}[\w'’-]+\s+){{0,3}}?(?P<noun>{person_sing})\b",
            flags, outcome_from="verb")),
        # "killed a woman and two children": the count after one person of the same verb ("a man and his two sons")
        ("verb_single_and_number_person", _source(
            # (a quick look for an article, then "and" and a count: most verbs are followed by neither)
            rf"\b(?P<verb>{before})\s+(?=(?:an?|the|another)\s[^.;:\n]{{1,50}}?\sand\s+(?:(?:his|her|their)\s+)?(?:\d|{word_num})){one_person_and}"
            rf"(?:(?:his|her|their)\s+)?{num}\s+(?:{not_event}[\w'’-]+\s+){{0,3}}?(?P<noun>{person})\b",
            flags, outcome_from="verb")),
        # "Mine incidents claimed 45 lives"
        ("number_lives", _source(rf"\b(?:claim(?:ed|ing|s)|took|cost)\s+(?:(?:{qualifiers})\s+)?{num}\s+lives\b", flags,
                                 outcome_from="killed")),
        # "resulted in the deaths of two children"
        ("deaths_of_number", _source(
            rf"\b(?P<outcome>deaths?)\s+of\s+{num}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{person})\b", flags)),
        # "resulted in the death of a 10-year-old girl"
        ("death_of_single_person", _source(
            rf"\b(?P<outcome>death)\s+of\s+(?P<num>an?|another)\s+{before_person}(?P<noun>{person_sing})\b", flags)),
        # "... and injuries to her two brothers", "injuries to 12 people", "the wounding of 854 children", "caused
        # casualties to 8,584 people"
        ("injuries_to_number", _source(
            rf"\b(?P<outcome>injur(?:y|ies)|wounding|casualties(?=\s+to\b))\s+(?:to|of)\s+(?:(?:his|her|their)\s+)?{num}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{person})\b", flags)),
        ("injuries_to_single_person", _source(
            rf"\b(?P<outcome>injur(?:y|ies))\s+to\s+(?P<num>an?|another|his|her|their)\s+{before_person}"
            rf"(?P<noun>{relatives}|{person_sing})\b", flags)),
        # "killed a boy and injured his 7-year-old sister"
        # ... "killed a father and his son": after one person of the same verb
        ("verb_relative", _source(
            rf"\b(?P<verb>{before})\s+(?:{one_person_and})?(?P<num>his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{relatives})\b", flags,
            outcome_from="verb")),
        # ... "killing four of them", "injured three in 2004", "injured 331 in Ukraine in 2022"
        ("verb_number", _source(rf"\b(?P<verb>{before})\s+{further_or_qualified}{num}(?:\s+more|\s+of\s+(?:them|these|those))?"
                                # ... "injured five in separate incidents": a preposition after the bare count
                                rf"(?:\s+(?:in|during)\s+(?:(?:19|20)\d\d|{PLACE_NAME})){{0,2}}(?:{bare_end}|(?=\s+(?:in|during|while|when|after|at|near|on|since)\s))", flags,
                                outcome_from="verb")),  # ("and injured 905 since 1990")
        # "one civilian was killed and another injured"
        # ... "one of whom was killed and the other injured"
        ("another_outcome", _source(
            rf"(?<=\band )(?P<num>another|the\s+other)\s+(?:(?:was|were)\s+)?(?!\d|(?:{word_num})\b){adverb}(?P<outcome>{outcome_words})\b", flags,
            end_at_outcome=True)),
        # "Both were killed", "both of them were injured": two people
        ("both_outcome", _source(
            rf"\b(?P<num>[Bb]oth)\s+(?:of\s+them\s+)?(?:were\s+)?{adverb}(?P<outcome>{outcome_words})\b", flags, end_at_outcome=True,
            refers_back=True)),
        # "Two of the injured later died": people injured, then killed ("Two of the victims died later")
        ("number_of_injured_died", _source(
            rf"{num}\s+of\s+(?:the|these|those)\s+(?:injured|wounded|victims|casualties)\s+(?:(?:later|subsequently|also)\s+)?(?P<outcome>died)\b", flags,
            end_at_outcome=True)),
        # "Three of the injured were women": a breakdown of the killed or the injured
        ("number_of_the_outcome", _source(
            rf"{num}\s+of\s+(?:the|these|those)\s+(?P<outcome>injured|wounded|killed|dead|fatalities|deaths|injuries)\b", flags,
            group_after=True, end_at_outcome=True)),
        # ... "and injured a third"
        ("verb_another", _source(rf"\b(?P<verb>{before})\s+(?:a\s+)?(?P<num>another|(?<=\ba )(?:{ORDINALS})){bare_end}", flags, outcome_from="verb")),
        # "Eighteen of the 23 casualties were men", "61 of 192 casualties were under 18": a part of a total
        ("number_of_number_noun", _source(
            rf"{num}\s+(?:\(\d+(?:\.\d+)?%\)\s+)?of\s+(?:(?:the|these|those|all)\s+)?(?:\d[\d,]*|{word_num})\s+(?:(?!(?:no|{places})\b)[\w/-]+\s+){{0,3}}?(?P<noun>{nouns})\b", flags,
            group_after=True, group_between=True, outcome_from="later")),
        # (before the plain count and its noun: "the status of 60 casualties was unknown", "the survival of 200 people was unknown",
        # "the outcome for two was not known")
        ("outcome_of_number_unknown", _source(
            rf"(?<!civil )(?<!civilian )\b(?:outcome|status|survival)\s+(?:of|for)\s+(?:the\s+(?:remaining|other)\s+)?{num}(?:\s+(?:{person}|{nouns}))?\s+{was_unknown}",
            flags, outcome_from="unknown")),
        ("number_casualty_noun", _source(
            # (no places between: "Twelve states reported casualties", "12 provinces reported no casualties"; no kin:
            # "739 descendants of victims"; a bracket only whole: "(1,240 mines destroyed) reduced the number of
            # casualties" ends the count's)
            rf"{num}\s+(?:(?!\d|(?:{word_num}|showed|shows|show|were|was|is|are|had|have|has|does|do|did|not|include|includes|included|made|make|indirect|unknown|fewer|less(?!\s+recent)|no|{places}|{kin})\b)(?:[\w/’'–-]+|\([^()\d\n]{{1,40}}\))\s+){{0,9}}?(?P<noun>{nouns})\b", flags,
            group_after=True, group_between=True)),
        # Two counts of one noun: "at 496 and 549 casualties per year" (the second is number_casualty_noun's;
        # "between 56,000 and 86,000 casualties" is a range of estimates)
        ("number_and_number_noun", _source(
            rf"{num}\s+and\s+(?=(?:\d[\d,]*|{word_num})\s+(?:(?P<noun_after>{person})\s+)?(?:{nouns})\b)", flags)),
        # A count whose noun the next one gives: "was Afghanistan, with 2,300, followed by Syria with 1,906 casualties"
        ("with_number_followed_by", _source(
            rf"\bwith\s+{num}(?=,?\s+followed\s+by\b[^.;:\n]{{0,80}}?(?:\bwith\s+(?:\d[\d,]*|{word_num})\s+(?:{nouns})\b|\(\d[\d,]*\)))",
            flags, needs_context=True)),
        # "Casualties continued to be reported in 2006, with at least 22 by May": a bare count by a date
        # (or in another year: "Six casualties were recorded in 2013, with eight recorded the year before")
        ("with_number_by_date", _source(
            rf"\bwith\s+(?:(?:{qualifiers})\s+)?{num}(?=\s+(?:(?:by|as\s+of)\s+(?:(?:end|mid|the\s+end\s+of)[\s-]+)?(?:\d{{1,2}}\s+)?(?-i:[A-Z][a-z]+)\b"
            rf"|(?:recorded|reported|registered)\s+(?:in\s+(?:19|20)\d\d\b|{PREVIOUS_YEAR})))",
            flags, needs_context=True, sentence_context=True)),
        # "the civilian death toll was 533"
        # (or brought to it, in a place: "brings the death toll in the province to 12")
        ("death_toll_number", _source(rf"\bdeath\s+toll\s+{toll_to}",
                                      flags, outcome_from="killed", group_before=True)),
        # "brings the casualty toll in Kyrgyzstan to 12": a total
        ("casualty_toll_number", _source(rf"\bcasualty\s+toll\s+{toll_to}",
                                         flags)),
        # A total revised: "NMAC increased the number of casualties recorded for 2015 to 57"
        ("number_revised_to", _source(
            rf"\b(?:increased|raised|revised|updated|corrected|reduced|lowered)\s+(?:the\s+)?(?:number|total)\s+of\s+(?:[\w/-]+\s+){{0,3}}?(?:{nouns})\s+"
            rf"(?:(?:recorded|reported|registered|identified)\s+)?(?:(?:for|in)\s+(?P<year>(?:19|20)\d\d)\s+)?(?:(?:upward|downward)\s+)?to\s+{num}(?=\s*(?:[,.;:()]|\band\b|$))", flags)),
        # A total named by its year, compared: "lower than the 2010 total of 215"
        ("total_of_number", _source(rf"\b(?P<year>(?:19|20)\d\d)\s+(?:annual\s+)?(?:casualty\s+)?total\s+of\s+{num}{bare_end}", flags, needs_context=True)),
        # "of whom 32 were mine victims", "10 were civilian casualties"
        ("number_were_casualty_noun", _source(
            rf"{num}\s+(?:were|was)\s+(?:[\w/-]+\s+){{0,2}}?(?P<noun>{nouns})\b", flags, group_between=True)),
        ("noun_number_verb", _source(
            rf"\b(?P<outcome>{nouns}|deaths|fatalities|injuries)(?:\s+(?:in|for)\s+(?:19|20)\d\d|,?\s+from\s+(?:19|20)\d\d\s+(?:through|to|until)\s+(?:19|20)\d\d,?)?\s+(?:(?:for|all|time|recorded|reported|identified|by|the|Monitor)\s+){{0,8}}?(?:(?:from|caused\s+by|due\s+to)\s+(?:[\w/-]+\s+){{0,2}}?{device}(?:\s+(?:attacks?|strikes?|remnants|contamination))?\s+)?(?:(?:had|has|have|also)\s+)?(?:{number_verbs})\s+(?:(?:{qualifiers})\s+)?{num}(?!\s+(?:in|per)\s*cent)",
            flags, group_before=True)),
        # "The number of child casualties fell from 45 in 2020 to 30 in 2021": both counts, of the group before
        ("noun_change_from", _source(rf"{change_from}{num}(?={change_to}\s)", flags, group_before=True)),
        ("noun_change_to", _source(rf"{change_from}\d[\d,]*{change_to}\s+(?:(?:{qualifiers})\s+)?{num}", flags, group_before=True)),
        ("single_person_outcome", _source(
            # (not a noun's modifier: "a refugee camp")
            rf"\b(?P<num>[Aa]n?)\s+{before_person}(?P<noun>{person_sing}\b(?!\s+(?:{modified})\b)|{age}(?=\s+was\b)){gap}\b(?:(?:was|were)\s+{adverb})?(?P<outcome>{outcome_words})\b",
            within_sentence=True)),
        # "a boy and a girl were killed": the second person (the match of the first runs over it)
        ("and_single_person_outcome", _source(
            rf"\band (?P<num>an?)\s+(?:{not_event}(?!and\b)[\w'’-]+\s+|{age}\s+){{0,3}}?(?P<noun>{person_sing})\s+(?:were|was)\s+{adverb}(?P<outcome>{outcome_words})\b",
            flags)),
        # "a father and son were killed": the second person has no article of their own
        ("and_bare_person_outcome", _source(
            rf"\band\s+(?P<num>(?P<noun>{relatives}|{person_sing}))\s+were\s+{adverb}(?P<outcome>{outcome_words})\b",
            flags, one_person=True)),
        # "four children were killed and a fifth was wounded"
        ("ordinal_person_outcome", _source(
            # ... "was" left out after "and": "and a third person injured"
            rf"(?<=\b[Aa] )(?P<num>{ORDINALS})\s+(?:(?P<noun>{person_sing})\s+)?(?:was\s+{adverb})?(?P<outcome>{outcome_words})\b",
            flags, end_at_outcome=True)),
        # "the survival outcome of 71 was unknown"
        # "5 whose outcome is unknown", "seven for whom the outcome was unknown"
        ("number_whose_outcome_unknown", _source(
            # ... "six cases in which it was unknown if the casualties survived"
            rf"{num}\s+(?:(?:(?:other\s+)?(?:{person}|{nouns})\s+)?(?:whose|for\s+whom\s+the)\s+(?:survival\s+)?(?:outcome|status)\s+{was_unknown}"
            rf"|cases\s+(?:in\s+which|where)\s+it\s+{was_unknown}\s+(?:if|whether))",
            flags, outcome_from="unknown")),
        # "for seven the outcome was unknown", "for 360 it was unknown if they survived"
        ("unknown_for_number", _source(
            rf"\bfor\s+{num}(?:\s+(?:of\s+(?:them|these|those)|(?:other\s+)?(?:{person}|{nouns})))?,?\s+(?:(?:the\s+)?(?:survival\s+)?(?:outcome|status)\s+{was_unknown}|it\s+{was_unknown}\s+(?:if|whether))",
            flags, outcome_from="unknown")),
        # "Civilians accounted for 24 casualties and military for three": the second group's count, the verb left out
        ("elided_accounted_for", _source(
            rf"\b(?:accounted|accounting|were\s+responsible)\s+for\s+[^.;:\n]{{1,80}}?(?:,\s+(?:(?:and|while|whereas)\s+)?|\s+(?:and|while|whereas)\s+)"
            rf"(?P<noun>{person}|{device})\s+for\s+{num}{bare_end}", flags, needs_context=True)),
        # "Improvised mines caused 1,059 casualties, and ERW 354": the second cause's count, the verb left out
        # ... in a list ("caused 18 casualties, antivehicle mines 7, and ERW the remaining 21")
        ("elided_caused", _source(
            rf"\bcaused\s+[^.;:\n]{{1,80}}?{elided_cause}", flags, needs_context=True)),
        # ... the next items of that list: each starts right after the count before it
        ("elided_caused_next", _source(rf"(?<=\d){elided_cause}", flags, needs_context=True, after="caused")),
        # "The total number of casualties between 2015 and 2020 was 1,130", "... was reported to be 127" (not an
        # age: "was 2 years ago"); two devices before the noun: "the number of landmine and UXO casualties"
        ("number_of_nouns_was", _source(
            rf"\bnumber\s+of\s+(?:[\w/-]+\s+(?:(?:and|or)\s+[\w/-]+\s+)?)?(?P<noun>{nouns})\b[^.;:\d\n]{{0,30}}?(?:(?:19|20)\d\d[^.;:\d\n]{{0,30}}?){{0,2}}"
            rf"\s(?:(?:was|is)(?:\s+(?:reported|estimated|recorded|believed)\s+to\s+be)?|stood\s+at)\s+(?:(?:{qualifiers})\s+)?{num}(?!\s+years?\b)",
            flags, group_between=True)),
        # "children made up 35", "deminers accounted for nine": the group, then its bare count
        ("group_lead_number", _source(
            rf"\b(?P<noun>{person})\s+(?:made\s+up|making\s+up|accounted\s+for|accounting\s+for|represented|comprised)\s+(?:(?:{qualifiers})\s+)?{num}{bare_end}",
            flags, needs_context=True)),
        ("relative_outcome", _source(
            rf"\b(?P<num>his|her|their)\s+(?:[\w'’-]+\s+)?(?P<noun>{relatives}|{person_sing})\s+(?:(?:was|were)\s+)?(?:also\s+)?{adverb}(?P<outcome>{outcome_words})\b",
            flags, within_sentence=True)),
        # "Those injured included three farmers and a shepherd": one person in a list after such an opener
        # ... or kin: "The victims included a 16-year-old shepherd and his uncle"
        ("listed_single_person", _source(
            rf"\b(?P<num>an?|his|her|their)\s+{before_person}(?P<noun>{person_sing}|{relatives})\b", flags,
            after="list", outcome_from="opener")),
        # "Mines killed 12 people, including a woman and two children": one person of a breakdown
        ("including_single_person", _source(
            rf"\bincluding\s+(?P<num>an?)\s+{before_person}(?P<noun>{person_sing})\b", flags,
            outcome_from="later", needs_total=True)),
        # "12 people were injured, four of them children": a breakdown by group, the outcome of the count before
        ("number_of_them_group", _source(
            rf"{num}\s+of\s+(?:them|whom|these|those)\s+(?:were\s+|being\s+)?(?P<noun>{person})\b(?!\s+(?:were|was)\s+(?:{outcome_words})\b)",
            flags, needs_context=True, outcome_from="before")),
        # "Five children were injured, two of them seriously": a part of the count before, by severity
        ("number_of_them_severity", _source(
            rf"{num}\s+of\s+(?:them|whom|these|those)\s+(?:were\s+)?(?:seriously|severely|critically|gravely|badly|slightly|lightly)\b",
            flags, needs_context=True, outcome_from="before")),
        ("number_were_group", _source(rf"{num}(?:\s+or\s+\d+%|\s*\(\d+(?:\.\d+)?%\))?\s+(?:were|was)\s+(?:\w+\s+)?(?P<noun>{person})\b", flags,
                                      needs_context=True, outcome_from="later")),
        # "Of the 149 deminer casualties, 45 were in Afghanistan": a breakdown by place ("..., 33 of which were in Benguela")
        ("number_were_in_place", _source(rf"{num}\s+(?:of\s+(?:which|whom|them)\s+)?(?:were|occurred|took\s+place)\s+in\s+(?:the\s+)?(?-i:[A-Z])", flags,
                                         needs_context=True)),
        # ... and the places listed after it with the verb left out: ", four in Kon Tum province, and seven in ..."
        # ... (or after the outcome's place: "58 people were killed in Gaza and 11 in the West Bank", the outcome of the count before)
        ("number_in_place_listed", _source(rf"{num}\s+in\s+(?:the\s+)?(?-i:[A-Z])", flags, needs_context=True, sentence_context=True,
                                           outcome_from="before")),
        # ... a hyphenated word before the noun: "two scrap-metal collectors"
        # (not a person's noun before events: "five civilian mine/ERW incidents")
        # (not a group's word before things counted: "at least 500 civilian survivors")
        ("number_group", _source(rf"{num}\s+(?:{not_event}\w+(?:-\w+)*\s+)?(?P<noun>{person})\b{not_events_after}(?!\s+(?:{things})\b)", flags, needs_context=True, outcome_from="later",
                                 bare_people=True)),
        # Summary-table cells: "43 (2015: 76)", "Total: 24 (2005: 2)", "64,662 (19,748 killed; 44,914 injured)",
        # "Total: Unknown, but at least 48 (2006: 134)"; the next cells of a flattened line ("Total: 36 (2006: 24) Mines: 23
        # (2006: 13)"), not areas ("Battle area clearance: 14 km2 (2005: 18 km2)")
        ("summary_total", _source(
            rf"(?:^|(?<=\)[ \t]))[ \t]*(?:{CELL_LABEL}:[ \t]*)?{cell_qualifiers}{num}(?![ \t]*(?:km|m2|m²|sq|square|hectares?|ha\b|%|percent))[ \t]*(?=\((?:[^)\n]*\b(?:killed|injured|adults?|children|civilians?)\b|(?:19|20)\d\d:)|[^\n]*\((?:19|20)\d\d:)", re.M | re.I,
            needs_context=True, outcome_from="cell", year_from_label=True)),  # (case-blind: "Nine (2007: 47)")
        # A summary table's bare total on the line under its label: "Annual total", then "12"
        ("label_line_count", _source(
            # (cells may end with "|": a table flattened to text)
            rf"^[ \t]*(?:Annual\s+total|Total(?:\s+casualties)?|Casualties\s+in\s+(?:19|20)\d\d|All\s+known\s+casualties(?:\s+by\s+end\s+(?:19|20)\d\d)?)[ \t]*(?:\[\d+\])?[ \t|]*\n(?:[ \t|]*\n)*[ \t]*{num}[ \t]*\|?[ \t]*$",
            re.M | re.I, needs_context=True)),
        # "in 2000 there were 13 (three killed, ten injured)": a total broken down in brackets (its years may stand
        # between: "including 365 from 2005–2011 (86 killed, 279 injured)")
        ("number_bracket_breakdown", _source(
            rf"{num}(?:[ \t]+(?:from|in|during)[ \t]+(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)?[ \t]*\((?=[ \t]*(?:\d[\d,]*|{word_num})[ \t]+(?:people[ \t]+)?(?:killed|injured|dead|wounded)\b)", flags,
            needs_context=True)),
        # ... not of survivors served: "reached 2,300 survivors in 2020 (2019: 1,900)"
        # ... "(2006: 11, and 4 unknown)", "(2006: killed: 23; injured: 111)"
        # ... "(2007: Unknown but eight reported)": a lower bound, in words too
        ("year_count", _source(rf"\((?P<year>(?:19|20)\d\d):[ \t]*(?:(?:killed|injured)[ \t]*:[ \t]*)?{cell_qualifiers}"
                               rf"(?P<num>{DIGIT_COUNT}|(?i:{word_num})\b)(?=[ \t]*\)|[,;][ \t]|[ \t]+(?i:reported|recorded)\b)",
                               needs_context=True, outcome_from="label", compares_back=True)),
        # Cells of old summary tables flattened onto one line: "Killed: 12 (2006: 9) Injured: 24 (2006: 11)"
        # ... and without the colon when the count ends its cell: "Casualties by outcome (2017): Killed 12; Injured 21"
        # ... and the next cell's label in lower case after a semicolon: "Killed: 12; injured: 36"
        ("labelled_count", _source(
            rf"\b(?P<label>Total|Killed|Injured|Casualties|(?<=;[ \t])(?:killed|injured)(?=[ \t]*:))(?:[ \t]*:[ \t]*|[ \t]+(?=\d[\d,]*[ \t]*(?:[;,]|$))){num}",
            re.M, needs_context=True, outcome_from="label")),
        # A summary table's device lines without a comparison: "Mines: 38", "Other ERW: 2", "Unknown status: 1" under
        # "Mine/ERW casualties in 2006" (the label's words are the rule file's value_line_labels)
        ("labelled_value_line", _source(rf"^[ \t]*(?:{value_labels})[ \t]*:[ \t]*{num}[ \t]*$", re.M | re.I,
                                        needs_context=True, outcome_from="cell", year_from_label=True)),
        # Lines of a table of counts by year: "2013: 45"
        ("year_line_count", _source(rf"^[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*:[ \t]*{num}[ \t]*$", re.M, needs_context=True)),
        # ... and such counts in a line about casualties: "Annual casualties: 2019: 104; 2020: 89; 2021: 63"
        # (tried only after such a label: "Annual casualties:", "Casualties by group:")
        ("year_colon_count", _source(rf"(?<![\d/])(?P<year>(?:19|20)\d\d)[ \t]*:[ \t]*{num}(?=[ \t]*(?:[;,]|$))", re.M,
                                     needs_context=True, after="label")),
        # A group's count after its label: "Casualties by group: civilians 25; military 10; deminers 3"
        ("group_label_count", _source(rf"(?:(?<=[:;,])|(?<=[:;,][ \t]))[ \t]*(?P<noun>{person})[ \t]*:?[ \t]+{num}(?=[ \t]*(?:[;,]|$))",
                                      re.M | re.I, needs_context=True, after="label")),
        # "(2,472 killed, 6,937 injured, and 28 unknown)", or "4 unknown" first on a summary line
        # ... but after counts by group, an unknown group: "8 adults:\n1 woman; 5 men; 2 unknown", "6 children:\n6 unknown"
        ("group_unknown", _source(rf"{num}[ \t]+unknown\b(?=[ \t]*(?:[;,|)]|$))", flags | re.M, needs_context=True, after_groups=True,
                                   outcome_from="later")),  # (in a bracket, its total's: "Injured: 37 (..., 4 unknown)")
        ("number_unknown", _source(
            rf"{num}[ \t]+(?:of[ \t]+(?={_UNKNOWN_STATUS_WORDS})|(?:survival[ \t]+)?(?:outcomes?|status)[ \t]+)?(?P<outcome>unknown)\b(?![ \t]+(?:device|cause|type|mines?|items?|ordnance|explosives?|ERW|UXO)\b)",
            flags, needs_context=True, outcome_from="unknown", after_outcomes=True, end_at_outcome=True)),
        # a breakdown's count whose group, age or sex is not known: "11 of unknown civilian/military status"
        ("number_unknown_status", _source(
            rf"{num}\s+(?:were\s+|was\s+)?of\s+unknown\s+(?:(?!survival\b)[\w/-]+\s+){{0,3}}?(?:status|age|gender|sex)\b", flags,
            needs_context=True, sentence_context=True)),
        # "there were 41 for which the civilian status was unknown"
        ("number_status_not_known", _source(
            rf"{num}\s+(?:(?:other\s+)?(?:{nouns})\s+)?(?:for|of)\s+(?:which|whom)\s+(?:the\s+|their\s+)?(?:civilian(?:/military)?|civil|military|combat)\s+status\s+(?:was|is|remained)\s+(?:unknown|not\s+known)\b",
            flags, needs_context=True)),
        # "compared to the 381 from 2011"
        ("the_number_from_year", _source(rf"{num}\s+from\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:to|through|until|–|-)\b)", flags,
                                         needs_context=True, sentence_context=True, compares_back=True)),
        # a change's new count in brackets: "decreased by 35% (15, down from 23 in 2008)"
        ("bracket_down_from", _source(r"\((?P<num>\d[\d,]*),\s+(?:down|up)\s+from\b", re.I,
                                      needs_context=True, sentence_context=True, compares_back=True)),
        ("number_in_year", _source(rf"{num}\s+(?:(?:casualties\s+)?(?:were\s+)?(?:recorded|identified|reported|registered|reached)\s+(?:in|for)|in)\s+(?P<year>(?:19|20)\d\d)\b", flags,
                                   needs_context=True, compares_back=True)),
        # "up from 10 the year before", "compared to ten in the previous year" (the year before the sentence's)
        ("number_previous_year", _source(rf"{num}\s+(?:(?:were\s+)?(?:recorded|reported|registered)\s+)?(?:in\s+|during\s+)?{PREVIOUS_YEAR}",
                                         flags, needs_context=True, compares_back=True)),
        # "between 1999 and 2008 the Monitor identified 2,305": a bare count after a verb of recording
        ("recorded_number", _source(
            rf"\b(?:identified|recorded|reported|registered|documented)\s+(?:(?:{qualifiers})\s+)?{num}{bare_end}", flags,
            needs_context=True, sentence_context=True)),
        # "since the peak of 2006, when 1,229 were recorded"
        ("number_were_recorded", _source(
            rf"{num}\s+(?:casualties\s+)?(?:were|had\s+been|have\s+been)\s+(?:recorded|identified|reported|registered)\b", flags,
            needs_context=True, compares_back=True)),
        # "children (20; 16 boys and four girls)", "from 21% (33) in 2014", "26 from antipersonnel mines"
        # ... "Most casualties (29) were civilians", "Deminer casualties (7)", "casualties whose status was known (49)",
        # "casualties where the age was known (768)"
        # A participle that gives the total: "the highest number of casualties ..., totaling 834"
        ("participle_total", _source(rf"\b(?:totall?ing|numbering|amounting\s+to)\s+(?:(?:{qualifiers})\s+)?{num}{bare_end}", flags,
                                     needs_context=True, sentence_context=True)),
        # A count between commas before its verb: "The majority of the reported casualties in 2016, 82, were
        # military"; "Adults, 81, made up the majority of casualties" (the comma before is checked in code)
        ("aside_count", _source(rf"{num}(?:[ \t]*\([^()\n]{{1,30}}\))?,(?=\s+(?:were|was|made\s+up|accounted\s+for|represented)\b)", flags,
                                needs_context=True, sentence_context=True, group_after=True)),
        # ... or right after a casualty noun: "The vast majority of new casualties, 3,343, recorded through that time"
        ("noun_aside_count", _source(rf"{num},(?=[ \t]+\w)", flags, needs_context=True, sentence_context=True)),
        # A count and its share: "716 or some 88% of the total, were civilian"; "Men made up 93%, or 170, of the 183 ..."
        ("number_or_percent", _source(
            rf"{num},?\s+or\s+(?:(?:{qualifiers})\s+)?\d+(?:\.\d+)?\s?%(?:\s+of\s+(?:the\s+|all\s+)?(?:total|casualties),?)?", flags,
            needs_context=True, sentence_context=True, compares_back=True, group_after=True)),
        # (opens with its "%", which is searched for far faster than a digit; the digit before it in a lookbehind)
        ("percent_or_number", _source(rf"(?<=\d)%,?\s+or\s+{num}(?=\)?,?\s+of\b)", flags,
                                      needs_context=True, sentence_context=True, compares_back=True)),
        # ... "(49 per cent, or 1,171) of civilian casualties" (opens with "cent": "per" is in most texts)
        ("per_cent_or_number", _source(rf"cent(?:(?<=\d percent)|(?<=\d per cent)),?\s+or\s+{num}(?=\)?,?\s+of\b)", flags,
                                       needs_context=True, sentence_context=True, compares_back=True)),
        ("noun_bracket_count", _source(
            rf"\b(?!(?:man|woman|boy|girl|child)\s*\()(?P<noun>{person}|{nouns}|casualty group)(?:\s+(?:countrywide|nationwide|overall|worldwide|globally|in\s+total)|\s+(?:whose|where|for\s+whom|for\s+which)\s+[\w ]{{1,30}}?\s+(?:was|were|is)\s+known"
            # (a whole number: "(1,124 of 2,039 ...)" is 1,124, never the 1 before its comma)
            rf"|\s+(?P<outcome>killed|injured|wounded))?\s*\((?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\d,]\d)\s*(?:[;,)]|of\s+\d|or\s+\d+(?:\.\d+)?\s?%)",
            flags, needs_context=True, group_after=True, group_before=True)),
        ("percent_bracket_count", _source(r"\d+(?:\.\d+)?(?:%|[ \t]+percent)\s*\((?P<num>\d[\d,]*)\)", needs_context=True, group_after=True,
                                          outcome_from="later")),  # "80% (8,369) of all victims were injured"
        ("share_bracket_count", _source(
            r"\b(?:half|thirds?|quarters?|majority|most|rest|remainder)\s*\((?P<num>\d[\d,]*)\)",
            re.I, needs_context=True, group_after=True)),  # "more than half (14) were children", "the rest (14) were civilians"
        ("number_by_cause", _source(
            rf"{num}\s+(?:were\s+)?(?:from|(?:caused\s+)?by|due\s+to)\s+(?:\w+\s+){{0,3}}?{cause_device}", flags,
            needs_context=True)),
        # ... and the next item with its verb left out: "25 were due to ERW and 15 to cluster munition remnants"
        ("number_to_cause_listed", _source(rf"{num}\s+to\s+(?:\w+\s+){{0,3}}?{cause_device}", flags, needs_context=True)),
        # "improvised mines caused a further nine", "ERW accounted for 12 of the casualties"
        ("cause_caused_number", _source(
            rf"\b{device}\s+(?:caused|accounted\s+for|were\s+responsible\s+for)\s+(?:a\s+further\s+|another\s+|the\s+(?:other|remaining)\s+)?{num}(?={bare_end}|\s+(?:of\s+(?:the|these|them|all)\b|casualt|people|persons|victims))",
            flags, needs_context=True)),
        # Counts by place or cause in a ranking: "the greatest number of casualties occurred in North Bahr el
        # Ghazal (30) followed by Upper Nile state (20)", "followed by Syria (1,465) and Ukraine (436)"
        # (the count may come with its share: "followed by improvised mines (223, or 19%)")
        ("ranked_bracket_count", _source(
            r"(?:\bfollowed\s+by|\b(?:the\s+most|(?:greatest|highest|largest)\s+number\s+of)\s+casualties\b[^.;()\d\n]{0,80}?)\s*(?:the\s+)?(?:[\w'’-]+\s+){0,5}?\((?P<num>" + DIGIT_COUNT + r")(?=\)|" + _OR_SHARE + ")",
            flags, needs_context=True)),
        # ... and a place's count in a sentence about casualties: "the majority, 77%, from new use in Syria (3,076)"
        ("place_bracket_count", _source(
            # (after the place's own bracket: "Federally Administered Tribal Areas (FATA) (241)")
            rf"\b(?:in|from)\s+(?:the\s+)?{PLACE_NAME}(?:\s*\([^()\d\n]{{1,60}}\))?\s*\((?P<num>\d[\d,]*)\)",
            flags, needs_context=True, sentence_context=True)),
        # ... and the first item of a list of such counts: "recorded in Azerbaijan (21), Iraq (11) and ..."
        ("list_first_bracket_count", _source(
            r"\((?<=[A-Za-z)] \()(?P<num>\d[\d,]*)\)(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[^()\n]{0,40}(?:\([^()\d\n]{1,60}\)\s*)?\(\d[\d,]*\))",
            flags, needs_context=True)),
        # The next items of such lists, right after an item already read (the three rules above find the first); the
        # closing bracket is left to the item after it, which starts there
        ("ranked_list_count", _source(
            r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:\([^()\d\n]{1,60}\)\s*)?\((?P<num>" + DIGIT_COUNT + r")(?=\)|" + _OR_SHARE + ")",
            flags, needs_context=True, after_row=True)),  # (not "crutches (2,450 pairs), wheelchairs (1,210)")
        # A part of a total in brackets: "Children made up 71% of casualties from remnants (131 of 185)"
        ("part_of_total_bracket", _source(r"\((?P<num>\d[\d,]*)\s+of\s+(?:the\s+)?\d[\d,]*\)", flags, needs_context=True)),
        ("bracketed_count", _source(r"(?:\b(?:19|20)\d\d|\b(?:mines|ERW|munitions|remnants|IEDs|devices|(?<=by )attacks|(?<=from )attacks|(?<=munition )attacks|(?<=munitions )attacks))\s+\((?P<num>\d[\d,]*)\)", flags,
                                    needs_context=True)),
    )
    patterns = tuple(CountRule(name, _ws_compile(src, fl), src.startswith(num), **traits)
                     for name, (src, fl, traits) in sources)
    for rule in patterns:
        if rule.outcome_from not in OUTCOME_SOURCES:
            raise ValueError(f"casualty rule {rule.name}: outcome_from must be one of {', '.join(OUTCOME_SOURCES)}")
        if rule.after not in OPENERS:
            raise ValueError(f"casualty rule {rule.name}: after must be one of {', '.join(map(repr, OPENERS))}")
    # (not after "of": "one in five of the victims was a woman" is a share, no list)
    # (a count may stand before the noun: "The 12 casualties included eight men, three boys, and a woman")
    list_opener = re.compile(rf"(?<!of )\b(?:among\s+the|the|those)\s+(?:\d[\d,]*\s+)?(?:(?:mine|landmine|ERW|UXO)\s+)?(?P<o>{openers})\s+(?:(?:in|of|from|since)\s+[^.;:\n]{{1,40}}?\s+)?"
                             r"(?:were|was|included|includes|include)\s+", re.I)
    return CasualtyRules(
        words=words, num=num, num_finder=compile_rule(num, re.I), patterns=patterns,
        num_follow=_follow(num, [(src, fl) for _, (src, fl, _traits) in sources if src.startswith(num)]),
        outcome_of=tuple((k, re.compile(rf"^(?:{_alt(v)})$", re.I)) for k, v in outcomes.items()),
        verb_of=tuple((k, re.compile(rf"^(?:{_alt(v)})$", re.I)) for k, v in verbs.items()),
        # ("Child casualties accounted for 54% of all civilian casualties (2,470)": the children's count)
        # ... the verb left out: "Civilians accounted for 85% ..., and children for half of civilian casualties (1,171)"
        group_lead=re.compile(rf"\b(?:(?P<g0>{person})\s+and\s+)?(?P<g>{person})(?:\s+casualties)?\s+(?:made\s+up|accounted\s+for|represented|comprised"
                              # ... after a clause of their own: "Boys continued to be the most affected, accounting for 11 casualties"
                              r"|[^.;:\d\n]{0,60}?,\s+(?:accounting\s+for|making\s+up))\b"
                              r"(?:[^.;:\d\n]|\d+(?:\.\d+)?(?:%|[ \t]+per[ \t]?cent)){0,60}$", re.I),
        # ... the verb left out after an "accounted for" before: "Civilians accounted for 85% ..., and children for half
        # of civilian casualties (1,171)" (looked for only in texts with "accounted for")
        group_lead_elided=re.compile(rf"\band\s+(?P<g>{person})\s+for(?=\s+(?:half|a\s+third|a\s+quarter|the\s+majority|most|\d+(?:\.\d+)?%))\b"
                                     r"(?:[^.;:\d\n]|\d+(?:\.\d+)?(?:%|[ \t]+per[ \t]?cent)){0,60}$", re.I),
        group_of=tuple((k, re.compile(rf"^(?:{_alt(v)})$", re.I)) for k, v in groups.items()),
        qualifier=re.compile(rf"\b(?P<q>{qualifiers})\s+$", re.I),
        qualifier_of={q.lower(): k for k, qs in quals.items() for q in qs},
        vague=_ws_compile(check_regex(data.get("vague", r"(?!)"), f"{where}: vague", re.I).pattern, re.I),
        unknown=check_regex(data.get("unknown_outcome", r"(?!)"), f"{where}: unknown_outcome", re.I),
        unknown_before=check_regex(data.get("unknown_before", r"(?!)"), f"{where}: unknown_before", re.I),
        context=check_regex(data.get("casualty_context", r"casualt"), f"{where}: casualty_context", re.I),
        causes=tuple((k, re.compile("|".join(v), re.I)) for k, v in _map(data.get("causes"), where).items()),
        not_causes=check_regex("|".join(check_str_list(data.get("not_causes") or [], f"{where}: not_causes")) or r"(?!)", f"{where}: not_causes", re.I),
        served=re.compile(rf"\b(?:{served})\s+(?:(?:{qualifiers})\s+)?$", re.I),
        # years and words may stand between that count and the bare one
        # ... or a number of them ("The total number of survivors ... was estimated to be over 2,000 in 2015")
        things_before=re.compile(rf"(?:\b\d[\d,]*\s+(?:[\w/-]+\s+)?|\b(?:number|total)\s+of\s+(?:[\w/-]+\s+)?)(?:{things})\b"
                                 # ... a change's percentage and its bracket: "the number of incidents decreased by 53% (7, down from";
                                 # a count of places: "2,345 mine/ERW survivors in 12 provinces, of whom"; the number of
                                 # things after "at" and the earlier bare counts of a list: "the highest number of
                                 # incidents at 68, followed by 24 in 2017 and 20 in 2019"
                                 rf"(?:[^\d.;]|(?:19|20)\d\d|\d+(?:\.\d+)?\s?%|\(\d[\d,]*,|\d[\d,]*\s+(?:{places})\b|(?<=\bat )\d[\d,]*|\d[\d,]*(?=\s+in\s+(?:19|20)\d\d))*$", re.I),
        # (not "by age": "Civilian casualties by age", then "7 children; 143 adults" on the next line)
        age_before=re.compile(rf"\b(?<!by )(?:age[ds]?|ages\s+of|age\s+of|(?:{_alt(age_nouns) or '(?!)'})\s+of)\s+"
                              r"(?:\d+\s*(?:,|and|to|or|-|–)\s*)*$", re.I),
        counted_before=re.compile(rf"\d\s+(?!(?:{places})\b)\w+$", re.I),
        served_people=re.compile(rf"\b(?:{served})\s+(?:(?:{qualifiers})\s+)?\d[\d,]*\s+(?:[\w/-]+\s+)?(?:{person})\b"
                                 rf"|\d[\d,]*\s+(?:[\w/-]+\s+)?(?:{person})\s+(?:{served_after})\b", re.I),
        served_count=re.compile(rf"\b(?:{served})\s+(?:(?:{qualifiers})\s+)?\d[\d,]*(?:\s+[\w/'’-]+){{0,3}}\s*$", re.I),
        change_by=re.compile(rf"\b(?:{change})\s+by\s+$", re.I),
        change_of=re.compile(rf"\b(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:increase|decrease|rise|drop|decline|reduction|fall)\s+of\s+"
                             rf"(?:(?:{qualifiers})\s+)?$", re.I),
        # ... after a year or a place ("killed 15 people in Yemen, including eight children"), and a qualifier
        # ("injured 83, including at least 10 children")
        included_before=re.compile(rf"(?:[ \t]+in[ \t]+(?:(?:19|20)\d\d|{PLACE_NAME}))?(?:[ \t]*,?[ \t]*(?:{_INCLUDING})[ \t]+"
                                   rf"(?:(?:{qualifiers}|an[ \t]+additional|a[ \t]+further|another)[ \t]+)?|[ \t]*[—–:][ \t]*|[ \t]+-[ \t]+)$", re.I),
        members_of=re.compile(rf"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?-i:[A-Z])[a-z]+\s+(?=(?:security|armed)\s))?(?:(?P<team>{deminer_teams})\s+(?:teams?|units?)|"
                              r"(?P<g>(?:security|armed)\s+forces?|\w+))\b", re.I),
        list_opener=list_opener,
        outcome_after_list=re.compile(rf"[ \t]+(?:[\w/-]+[ \t]+)?(?P<o>{outcome_words}|casualties)\b", re.I),
        verb_right_before=re.compile(rf"\b(?P<verb>{before})\s+$", re.I),
        person_list=re.compile(rf"\b(?:{person})(?:\s*,\s*(?:{person}))*,?\s+and\s+(?:{person})\b", re.I),
        person_word=re.compile(rf"\b(?:{person})\b", re.I),
        group_label=re.compile(rf"\b(?:{_listed(data, 'group_labels', where)})\b", re.I),
        other_label=re.compile(rf"\b(?:{_listed(data, 'other_labels', where)})\b", re.I),
        document_before=re.compile(rf"\b(?:{_listed(data, 'document_nouns', where)})s?\s+(?:of|dated)\s+$", re.I),
        group_items_before=re.compile(rf"(?:\d[\d,]*[ \t]+(?:{person})[ \t]*[;,][ \t]*(?:and[ \t]+)?|\b(?:{person})[ \t]*:[ \t]*\n[ \t\n]*)$", re.I),
        team_before=re.compile(rf"\b(?:{deminer_teams})\s+(?:(?:teams?|units?)\s+)?$", re.I),
        openers={"list": list_opener, "caused": re.compile(r"\bcaused\b", re.I),
                 "label": re.compile(r"\b(?:casualties|victims)\b[^.;:\n]{0,40}:", re.I)},
        all_were=re.compile(rf"\bAll\s+(?:of\s+(?:them|these|those|the\s+casualties)\s+|(?:the\s+)?(?:casualties|victims)\s+)?"
                            rf"were\s+(?:\w+\s+)?(?P<g>{person})\b"),
        all_aside=re.compile(rf",\s*all\s+(?:of\s+(?:them|whom)\s+)?(?:were\s+|being\s+)?(?P<g>{person})\b", re.I),
    )


def _follow(num: str, sources: list[tuple[str, int]]) -> re.Pattern | None:
    """The characters that can follow the count in every count-led rule, worked out from the rules
    themselves: a count followed by anything else cannot start a match of any of them."""
    classes = [first_chars(src[len(num):].replace(r"\s+", WS), flags) for src, flags in sources]
    if not classes or any(c is None for c in classes):
        return None
    parts = dict.fromkeys(f"(?i:{c.pattern})" if c.flags & re.I else c.pattern for c in classes)
    return re.compile("|".join(parts))


def load_rules(cfg: Config) -> CasualtyRules:
    return build_rules(cfg, "casualties", _build)


WS = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)(?![ \t\u00a0]*\n)"
NUMBERED_LABEL = re.compile(r"\b(?:Phase|Article|Protocol|Section|Annex|Table|Figure|Chapter|Resolution|No\.|Law|pp?\.)\s*$")
# "six deminers, two of whom were killed": the outcome belongs to the second number.
SPLIT_GAP = re.compile(r"\b(?:of whom|of them|of which)\b|,\s+(?:while|whereas|but)\b", re.I)  # (or another clause)
ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"  # one more person: "and a fifth was wounded"
# Words that stand for one person where a rule reads a count: "a man", "his brother", "killing the driver", "a fifth"
ONE_MORE = frozenset(("another", *ORDINALS.split("|")))  # one more of the people before: "injured another", "a third"
ONE_PERSON = frozenset(("a", "an", "another", "the other", "the", "his", "her", "their", *ORDINALS.split("|")))
LABEL_LINE = re.compile(r"\n[ \t]*[A-Z]")  # a line break, then a capital: a new line, not prose wrapping
# What opens a breakdown of the count before it ("12 people, including five children"; "of whom five were children"),
# besides a dash or colon ("killed 14 people in 2019 — 10 civilians and four soldiers"; "12 casualties: 7 civilians");
# the rules' `included_before` is built from it
_INCLUDING = r"including|among[ \t]+(?:them|whom)|of[ \t]+(?:whom|them)"
# After a bare count of people that only its section makes casualties: the end of a summary table's cell
# ("4 women; 36 men", "18 children:", "(33 adults, 63 children)").
TABLE_CELL_END = re.compile(r"[ \t]*(?:[;:,)|]|$)", re.M)  # ("|": a table flattened to text, "41 civilian |")
NOT_COUNTED_ALONE = {"people", "persons", "person", "individuals", "individual", "others", "members", "family members"}
# "12 people, including five children, were killed": a breakdown takes the clause's outcome verb.
OUTCOME_LATER = re.compile(
    r"(?:[ \t]+(?P<o0>died|perished|passed[ \t]+away)(?=\b)|"  # right after the count: "20% (2,150) perished"
    r"[^.;:\d\n]{0,80}?\b(?:(?:were|was|had been|have been)\s+(?:(?!fatally\b)\w+\s+)?(?P<o>fatally\s+(?:injured|wounded)|killed|injured|wounded)"
    r"|(?:sustained|suffered|received|survived\s+with)\s+(?:\w+\s+)?(?P<o2>injuries)"  # "Two boys sustained injuries"
    r"|(?P<o3>succumbed\s+to\s+(?:his|her|their)\s+(?:injuries|wounds))"  # an outcome of the rule file's, as written
    # "Five children were among the 17 people injured"
    r"|(?:were|was)\s+among\s+the\s+\d[\d,]*\s+(?:[\w'’-]+\s+){0,2}?(?P<o4>killed|injured|wounded|dead))\b)")
# "Three soldiers were not injured": people the clause says were unharmed
UNHARMED_LATER = re.compile(r"[^.;:\d\n]{0,80}?\b(?:were|was)\s+(?:not|never)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|harmed)\b")
WORDS_BEFORE = re.compile(r"(?:\b[\w/-]+[ \t]+){1,3}$")
WORD_BEFORE = re.compile(r"\b(?P<g>[A-Za-z]+)[ \t]+$")
OF_THOSE_BEFORE = re.compile(r"\b[Oo]f[ \t]+(?:the|those|these)[ \t]+(?P<o>killed|injured|wounded|dead)[ \t]*,[ \t]*$")
# before a total whose part the sentence is about ("Most of the 23", "44 of 150")
PART_OF = re.compile(r"(?:\bof\s+(?:the|these|those|all)|\d\s+of)\s+$", re.I)
# A line above a summary cell that compares with another year, whose year is not the table's ("significant decrease
# from 1,610 in 2016"), or says there were none in another year ("No casualties reported in 2016" under "Casualties in
# 2017")
COMPARED_LINE = re.compile(r"\b(?:increase|decrease|rise|drop|decline|up|down)\s+(?:on|from)|^from\b|^no\s+(?:[\w/-]+\s+){0,2}(?:casualties|victims)\b[^.\n]{0,40}$", re.I)
# a summary cell's value line: "27 (2017: 33)", "Total: 36", "Nine (2007: 47)", "At least 1 man" (a short line: not
# prose that opens with a qualifier, "At least 91 cluster munition casualties have been reported ...")
VALUE_LINE = re.compile(r"[ \t]*(?:" + CELL_LABEL + r":[ \t]*)?" + UNKNOWN_BUT + r"(?:(?:(?i:at[ \t]+least|more[ \t]+than|over|about|approximately)[ \t]+(?=[^\n.]{0,80}(?:\n|\Z)))?\d|[A-Z][a-z]+(?:-[a-z]+)?[ \t]*\((?:19|20)\d\d:)")
SAME_PEOPLE_BEFORE = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:another[ \t]+|a[ \t]+further[ \t]+)?$")
AND_VERB_BEFORE = re.compile(r"[ \t]*,?[ \t]+and[ \t]+[a-z]+[ \t]+(?:a[ \t]+)?$")
SAME_PEOPLE_REACH = 24  # how far before a count SAME_PEOPLE_BEFORE is looked for (", and a further ")
# Between the people counted before and that "and": nothing, or their verb ("have been killed")
VERB_BETWEEN = re.compile(r"(?:\s+(?:(?:have|has|had)\s+been|were|was)(?:\s+(?:\w+ly|reported))?\s+\w+)?"
                          r"(?:\s+(?:by|from|in)\s+(?:an?\s+|the\s+)?[\w/-]+)?")  # "... killed by mines"
COMPARISON_YEAR = re.compile(r"\((?:19|20)\d\d:")
# Right after a count's words, the device it names: "nine casualties resulted from mines, ..."
CAUSE_AFTER = re.compile(r",?[ \t]+(?:(?:were|was)[ \t]+)?(?:resulted[ \t]+from|caused[ \t]+by|due[ \t]+to)[ \t]+"
                         # (to the next clause, or the next count's: "10, were caused by ERW, two were caused by mines")
                         r"(?P<what>(?:(?!,[ \t]+(?:with|while|whereas|but|although|though|(?:and[ \t]+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)))[^.;:()\n]){1,80})", re.I)
FRACTION_AFTER = re.compile(r"[ \t-]+(?:quarters|thirds|fifths|tenths)\b", re.I)
AS_IN_BEFORE = re.compile(r"\b(?:[Aa]s|[Ll]ike|[Uu]nlike)\s+in\s+$")
# A year that opens a clause of its own ("..., while in 2013, just two of the eight casualties were military, and in
# 2014, none ...", "..., and from January to June 2006, there were 54"): the year of the counts in its clause, and of
# none before it
# (not a year set off by commas: "in Mekele and Adigrat, Ethiopia, in 1998")
CLAUSE_YEAR_OPENER = re.compile(r"(?:[,;][ \t]*(?:and|but|while|whereas)|;|\b(?:while|whereas))[ \t]+(?P<prep>(?:in|during)[ \t]+)?$", re.I)
RANGE_OPENS = re.compile(r"(?:from|between)\b", re.I)  # a date's text that opens with its range's word
YEAR_OWN_COUNT = re.compile(r"[ \t]*\([ \t]*\d[\d,]*[ \t]*\)")
PREVIOUS_YEAR_AFTER = re.compile(rf"[^.;:,()\n\d]{{0,40}}?\b{PREVIOUS_YEAR}", re.I)  # in the count's clause
REFERS_BACK = re.compile(r"[ \t]*(?:Of|Among)[ \t]+(?:these|them|those|this[ \t]+total|that[ \t]+total|the[ \t]+total)\b")
WHEN_AFTER = re.compile(r",?[ \t]+when\b", re.I)
CELL_LABEL_BEFORE_COUNT = re.compile(r"(?:^|[)|]|\s\s)[ \t]*(" + CELL_LABEL + r"):[ \t]*$", re.M)
# ... and the label of the cell whose comparison holds the count: "Mines: 23 (2006: 13)", the 13
CELL_LABEL_BEFORE_COMPARISON = re.compile(r"(?:^|[)|]|\s\s)[ \t]*(" + CELL_LABEL + r"):[^:()\n]*\((?:19|20)\d\d:[ \t]*$", re.M)
CELL_RULES = ("summary_total", "year_count", "labelled_count", "labelled_value_line")  # the cells of summary tables
# A list of years right after the "respectively" that follows a list of counts
RESPECTIVELY_YEARS = re.compile(r"[^.;:\d\n]{0,40}?\brespectively,?[ \t]+(?:in|for)[ \t]+(?P<years>(?:19|20)\d\d(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:19|20)\d\d)+)")
# The count's clause before it, from its last comma, semicolon or bracket: "..., and unexploded ordnance caused "
CLAUSE_BEFORE_COUNT = re.compile(r"[,;(]([^,;()\n]{3,80})$")
# "injured by an antipersonnel mine, and ...": the one device named right after the outcome
BY_DEVICE_AFTER = re.compile(r"[ \t]+by[ \t]+(?P<what>[^.;:,()\n]{1,50})", re.I)
COMPARISON_CELL_AFTER = re.compile(r"[ \t]*\((?:19|20)\d\d:")  # a summary cell's count: "ERW: 64 civilians (2005: 25)"
COUNT_WERE = re.compile(r"(?:^|\s)(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+were\s")  # "Twenty-six were UN peacekeepers"
LABEL_END_AFTER = re.compile(r"[ \t]*:[ \t]+(?=[A-Z])")  # "Key developments since May 2005: As of ..."
EACH_AFTER = re.compile(r"[ \t]+each\b")
THRESHOLD_BEFORE = re.compile(r"\b(?:states|countries|areas|provinces|districts)[ \t]+with[ \t]+$", re.I)
AVERAGE_BEFORE = re.compile(r"\baverage[ \t]+(?:of[ \t]+)?(?:(?:about|around|some|nearly|almost)[ \t]+)?$", re.I)
LATER_CLAUSE = re.compile(r";(?![^()]*\))|[,)]\s+with\b")  # (not a ";" inside brackets: "(6 killed; 5 injured)")
CLAUSE_YEAR_GAP = re.compile(r",?[^,;.:()\n]{0,60}")
# Between a count and a later year: a comparison, whose year is not the count's ("22 casualties were
# reported, a decrease from the 39 recorded in 2020")
COMPARED_BETWEEN = re.compile(r"\b(?:compared\s+(?:with|to)|similar\s+to|(?:lowest|highest|fewest|most|least|largest|smallest)\b(?=(?:\s+\w+)?\s*(?:since\b|$))|(?:up|down|(?:decrease|increase|decline|drop|rise|fall|reduction)s?)\s+(?:from|on|of)\b|\b(?:a|the)\s+(?:[a-z]+\s+)?(?:drop|decline|decrease|increase|rise|fall|reduction)\b|than|versus|vs\.)", re.I)
# "2015 (", "the 2015 total (", "2016 (42%, or "
YEAR_BRACKET_GAP = re.compile(r"(?:[ \t]+(?:annual[ \t]+)?(?:total|figure))?[ \t]*\([ \t]*(?:\d+(?:\.\d+)?%,?[ \t]+or[ \t]+)?")
SINCE_YEAR = re.compile(r"\b(?:since|from|between|before|until)\s+(?:19|20)\d\d", re.I)
CHILD_AGE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old\b", re.I)
AGED_AFTER = re.compile(r",?[ \t]+aged[ \t]+(?:between[ \t]+)?(\w+(?:-\w+)?)\b", re.I)  # right after the noun
# Before a count compared with one earlier in its sentence: "..., from 18 in 2018", "compared with 20 in 2018"
COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?"
                             r"(?:\d[\d,]*\s+in\s+(?:19|20)\d\d\s*(?:,\s*|\s+and\s+|,\s*and\s+))*$", re.I)
# After the people counted, before "including": "three members of the same family, including two children"
OF_PHRASE = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:(?:the|a|an|his|her|their)[ \t]+)?(?:same[ \t]+)?[\w-]+")
GROUP_AFTER = re.compile(r"(?:\s*\([^)\n]{0,60}\))?(?:\s+in\s+(?:19|20)\d\d)?(?:\s+of\s+(?:the|all)\s+(?:\d[\d,]*\s+)?(?:[\w/-]+\s+){0,2}?(?:victims|casualties))?\s+(?:(?:were|was)\s+(?:all\s+|mostly\s+|an?\s+)?|among\s+)(?P<g>[a-z]+(?:\s+(?:forces?|personnel|guards?))?)")  # "were security forces"
# What may stand before an after_outcomes count on its line: nothing, or the end of "N killed; N injured;".
# ... or a count and ", and" in a comparison's brackets: "Injured: 24 (2006: 11, and 4 unknown)"
OUTCOMES_BEFORE = re.compile(r"(?:^[ \t]*|\b(?:killed|injured|survivors)(?:[ \t]*[;,:][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                             r"|\((?:19|20)\d\d:[ \t]*\d[\d,]*,[ \t]*and[ \t]+)$", re.M | re.I)
DIGITS = re.compile(r"[\d,]+")
LIST_ITEM_SEP = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)", re.I)
# What must (True) or must not (False) stand in a rule's sentence before its count, checked in code so that the
# pattern opens with its count and is tried only where a count starts: "the 381 from 2011" is compared; "between
# 56,000 and 86,000 casualties" is a range, not two counts; after "One accident was caused by an antipersonnel
# mine", the "one by an ERW" is another accident
BEFORE_COUNT = {"the_number_from_year": (re.compile(r"\bthe $", re.I), True),
                # (not after a name inside the sentence: "the brothers Khurshed, 29, and Nourali, 23, were killed")
                "aside_count": (re.compile(r"(?:(?<![\w,] )\b[A-Z]\w*|\b[a-z0-9]\w*), $"), True),
                "noun_aside_count": (re.compile(r"\b(?:casualties|victims), $", re.I), True),
                "number_and_number_noun": (re.compile(r"\bbetween $", re.I), False),
                # (a group's casualties in a bracket are noun_bracket_count's: "Most child casualties (19 or 73%)")
                "number_or_percent": (re.compile(r"\b(?:casualties|victims)[ \t]*\($", re.I), False),
                # (after "occurred in X" or "casualties in X": "933 landmine casualties in Syria, 651 in Afghanistan and 580 in ...";
                # or a ranking: "Myanmar had 1,003 casualties, followed by 933 in Syria")
                "number_in_place_listed": (re.compile(r"\b(?:were|occurred|took\s+place|casualties|victims|killed|injured|wounded|died|recorded|reported|registered)\s+in\s+(?:the\s+)?[A-Z][^.;:()\d\n]{0,60}?"
                                                      r"(?:(?:,\s+|\s+and\s+)(?:\w+|\d[\d,]*)\s+in\s+(?:the\s+)?[A-Z][^.;:()\d\n]{0,60}?){0,8}"
                                                      r"(?:,\s+(?:and\s+)?|\s+and\s+)$|,?\s+followed\s+by\s+$"), True),
                "number_to_cause_listed": (re.compile(r"\b\d[\d,]*\s+(?:were\s+)?(?:due\s+to|caused\s+by|from)\s+[^.;:\d\n]{1,60}?(?:,\s+(?:and\s+)?|\s+and\s+)"
                                                      r"(?:\d[\d,]*\s+to\s+[^.;:\d\n]{1,40}?(?:,\s+(?:and\s+)?|\s+and\s+))*$", re.I), True),
                "number_by_cause": (re.compile(r"\b(?:accidents?|incidents?|explosions?|events?)\s+(?:was|were)\s+(?:caused|triggered)\b", re.I), False)}
BRACKET_ITEMS = re.compile(r"\([^()\n]{0,120}$")  # from an open bracket to a count inside it
YEAR_BEFORE_BRACKET = re.compile(r"[ \t]+(?:(?:(?:had|have|has)[ \t]+been[ \t]+|were[ \t]+|was[ \t]+)?(?:recorded|reported|identified|registered)[ \t]+)?(?:(?:for|in|during)[ \t]+(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?|between[ \t]+(?:19|20)\d\d[ \t]+and[ \t]+(?:19|20)\d\d)$")
SPACE_BEFORE = re.compile(r"\s*$")
NO_BEFORE = re.compile(r"\bno[ \t]+$", re.I)
# ... a ratio's denominator is followed by the people it divides, or ends the clause ("45 in 12 provinces" is a count)
RATIO_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1,3}(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|hundred)\b"
                         r"(?=\s+(?:of\s+(?:the|all|these|those)\s+)?(?:casualt|victims|people|persons|children|civilians)|\s*(?:[,.;:)]|$))", re.I | re.M)
RANGE_BEFORE = re.compile(r"(?<!\bfrom )(?<![\d,])(?!(?:19|20)\d\d\b)\d[\d,]*[ \t]+to[ \t]+$", re.I)
SPLIT_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}),[ \t]$")
LIST_AFTER = re.compile(r"\s*(?:,\s*|(?:and|or|to)\s+)\d")
# (an estimate "a year", but "496 and 549 casualties per year" are two years' totals)
RATE_AFTER = re.compile(r"(?:\s+(?:casualties|people|victims))?(?:\s+(?:(?:were|was)\s+)?(?:occurr(?:ed|ing)|recorded|reported|killed|injured))?(?:\s+on\s+average)?\s+(?:(?:per|each|every|a)\s+(?:hour|day|week|month)|a\s+year(?!\s+(?:earlier|before|later|after|ago|previously|prior)\b))\b", re.I)
OR_MORE_AFTER = re.compile(r"\s+or\s+(more|fewer|less)\b", re.I)
ACCOUNTED_FOR = re.compile(r"\baccounted\s+for\b", re.I)
LIST_SEP = r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+"  # between the items of a list: ", ", ", and ", " and "
LIST_SEPARATOR = re.compile(LIST_SEP)
# "one in five of the victims", "Eight out of ten victims"
RATIO_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?$", re.I)
MORE_THAN_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+(?:[\w/-]+\s+){0,3}?than\b", re.I)
SCALES = {"hundred": 100, "thousand": 1000}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
OUTCOME_LABEL = re.compile(r"\b(killed|injured|casualties)\b", re.I)
UNKNOWN_LABEL = re.compile(r"[ \t]*Unknown[ \t]*:", re.I)  # a summary line's label alone (not "Unknown devices:")
# Those words after a count ("42 unknown status (2005: 7)"), such a count first on its line, and a cell's label
_UNKNOWN_STATUS = r"[ \t]+" + _UNKNOWN_STATUS_WORDS
UNKNOWN_STATUS_LABEL = re.compile(r"[ \t]*" + _UNKNOWN_STATUS_WORDS + r"[ \t]*:", re.I)  # a cell's label: "Unknown status: 1"
UNKNOWN_STATUS_AFTER = re.compile(_UNKNOWN_STATUS, re.I)
UNKNOWN_STATUS_LINE = re.compile(r"[ \t]*\d[\d,]*" + _UNKNOWN_STATUS, re.I)
# The outcome said around a count (_outcome_said_near): right after its casualty noun ("Three casualties were
# injured"); "among the injured" after it, also after ages and a verb ("Two children aged 10 and 12 are among the
# injured victims"); its cell's label before it on its line ("Killed: 1 civilian (2005: 7)")
NOUN_WERE_OUTCOME = re.compile(r"[ \t]+(?:were|was)[ \t]+(?P<o>killed|injured|wounded)\b", re.I)
AMONG_OUTCOME_AFTER = re.compile(r"(?:,?[ \t]+aged[ \t]+[\w ,]{1,20}?)?[ \t]+(?:(?:are|were|is|was)[ \t]+)?among[ \t]+(?:the[ \t]+)?"
                                 r"(?P<o>injured|wounded|killed|dead)\b", re.I)
_OUTCOME_CELL_LABEL = r"[ \t]*(?P<o>Killed|Injured)[ \t]*:"
CELL_LABEL_BEFORE = re.compile(_OUTCOME_CELL_LABEL + r"[ \t]*", re.I)
OUTCOME_LABEL_LINE = re.compile("^" + _OUTCOME_CELL_LABEL, re.M | re.I)  # a summary line of killed or injured
WHITESPACE = re.compile(r"\s+")
YEAR_LIKE = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")


def _count(rules: CasualtyRules, s: str) -> int | None:
    s = WHITESPACE.sub(" ", s.strip().lower())  # "the\nother", "a\ndozen": wrapped phrases
    if s in ONE_PERSON:
        return 1
    if s == "both":
        return 2
    if DIGITS.fullmatch(s):
        return int(s.replace(",", ""))
    scaled, joined, rest = s.partition(" and ")
    if joined and scaled.rpartition(" ")[2] in SCALES:  # "one hundred and twelve"
        base, more = _count(rules, scaled), _count(rules, rest)
        return base + more if base and more else None
    words, _, scale = s.rpartition(" ")
    if scale in SCALES and words:  # "one hundred", "two thousand"
        base = _count(rules, words)
        return base * SCALES[scale] if base else None
    if "-" in s:
        a, b = s.split("-", 1)
        return rules.words.get(a, 0) + rules.words.get(b, 0)
    return rules.words.get(s)


def _lookup(table, word: str | None, default: str = "") -> str:
    if word is None:
        return default
    word = WHITESPACE.sub(" ", word.strip())
    return next((k for k, pat in table if pat.match(word)), default)


def extract(ctx: DocContext) -> list[Extraction]:
    rules = load_rules(ctx.config)
    text = ctx.text
    # One row per number; numbers inside dates ("14 March 2018") are never counts.
    dates = ctx.extra.get("dates", [])
    taken = SpanSet((d.char_start, d.char_end) for d in dates)
    out: list[Extraction] = []
    joins: list[tuple[Extraction, int, int]] = []  # (row, where its "and" starts, its sentence's start)

    def add(ns: int, ne: int, end: int, count: int | None, outcome: str, group: str, rule: str, year: str = "",
            qualifier: str | None = None, cause_from: int | None = None, cause_to: int = 0) -> bool:
        """Add the row unless the number is no count of people; True when added."""
        if count is not None and ne - ns == 3 and (head := SPLIT_THOUSANDS.search(text, max(0, ns - 6), ns)) and \
                (text[ns] == "0" or len(head.group(1)) < 3 and not LIST_AFTER.match(text, ne)):
            # "66, 087 injured", "1, 796 casualties": a number split by a stray space after its comma (not a list's
            # items: "45, 120 and 160 casualties")
            count, ns = int(head.group(1) + text[ns:ne]), head.start()
        if taken.overlaps(ns, ne) or count == 0:
            return False
        if count is not None and count >= 10_000_000:
            return False  # ids and times ("211526"), not people
        if NUMBERED_LABEL.search(text[max(0, ns - 12):ns]):
            return False  # "Phase 3", "Article 5": a label's number
        if rules.age_before.search(text, max(0, ns - 30), ns) and WHITESPACE.sub(" ", text[ns:ne]).lower() not in ONE_PERSON:
            return False  # "aged 11 and 13": ages, not people (but "a man aged 45 and his son": the son)
        if NO_BEFORE.search(text, max(0, ns - 4), ns):
            return False  # "no one was killed": nobody
        if rules.change_by.search(text, max(0, ns - 30), ns) or RATIO_AFTER.match(text, ne) or MORE_THAN_AFTER.match(text, ne) \
                or RATIO_BEFORE.search(text, max(0, ns - 20), ns) or rules.change_of.search(text, max(0, ns - 60), ns) or RATE_AFTER.match(text, end) \
                or RANGE_BEFORE.search(text, max(0, ns - 30), ns):
            # "rose by 12", "one in three casualties", "15 more casualties than in 2019", "an increase of 3,218
            # casualties", "10 casualties per day", "in the range of 15,000 to 20,000 casualties" (a range of
            # estimates; "fell from 45 to 30" is a change's count): no count of people
            return False
        if count is not None and YEAR_LIKE.fullmatch(text, ns, ne):
            return False  # a year, not a count
        if FRACTION_AFTER.match(text, ne):
            return False  # "three quarters of recorded casualties": a share
        if AVERAGE_BEFORE.search(text, max(0, ns - 30), ns):
            return False  # "an average of 45 in 2015–2017": a mean, not people
        if THRESHOLD_BEFORE.search(text, max(0, ns - 30), ns) or EACH_AFTER.match(text, end):
            # "States with 100 or more casualties in 2010", "both recorded fewer than 100 casualties each": a
            # threshold, or a count for each of several, not people
            return False
        taken.add(ns, ne)
        s_start, s_end = ctx.sentence_at(ns)
        sentence = text[s_start:s_end]
        if qualifier is None:
            q = rules.qualifier.search(text[max(s_start, ns - 25):ns])
            qualifier = rules.qualifier_of.get(WHITESPACE.sub(" ", q.group("q")).lower(), "exact") if q else "exact"
            if qualifier == "exact" and (more := OR_MORE_AFTER.match(text, ne)):
                qualifier = "at_least" if more.group(1).lower() == "more" else "up_to"  # "10 or more casualties"
        if outcome == "casualties" and (UNKNOWN_STATUS_AFTER.match(text, ne) or rules.unknown.search(_own_clause(rules, text, ne, min(s_end, ne + 80)))
                                        or unknown_before and rules.unknown_before.search(text, max(s_start, ns - 80), ns)):
            outcome = "unknown"
        # the count's own words, and the device its rule matched before it with up to three words before that
        # ("antipersonnel mines caused eight", "improvised mines (3,789)", "mines and ERW killed 35 deminers")
        if cause_from is not None and cause_from < ns and (words := WORDS_BEFORE.search(text, max(0, cause_from - 40), cause_from)):
            cause_from = words.start()
        # ... to the end of the rule's match ("10 were caused by mines")
        phrase = _without_names(rules, text[ns if cause_from is None else min(cause_from, ns):max(end, cause_to)])
        cause = next((k for k, p in rules.causes if p.search(phrase)), "")
        if not cause and (said := CAUSE_AFTER.match(text, max(end, cause_to))
                          or outcome in ("killed", "injured") and BY_DEVICE_AFTER.match(text, max(end, cause_to))):
            # "All nine casualties resulted from mines, with none caused by cluster munition remnants", "a girl was injured
            # by an antipersonnel mine, and ...": the device named right after the count's words
            cause = _cause_named(rules, said.group("what"), alone=True)
        cell_names_none = False
        if not cause and (label := CELL_LABEL_BEFORE_COUNT.search(text, max(0, ns - 40), ns)
                          or CELL_LABEL_BEFORE_COMPARISON.search(text, max(0, ns - 60), ns)):
            # a summary cell's device label right before the count: "Mines/IEDs: 1,042 (2005: 1,087) ERW: 64 civilians",
            # or before the count it is compared with ("(2005: 1,087)"); "Total: 36", "Unknown device: 9" name none (the
            # other cells of a flattened line are no cause of theirs)
            cause = next((k for k, p in rules.causes if p.search(label.group(1))), "")
            cell_names_none = not cause and rule in CELL_RULES
        if not cause and not cell_names_none and (clause := CLAUSE_BEFORE_COUNT.search(text, max(s_start, ns - 80), ns)):
            # the one device named in the count's clause before it: "..., and unexploded ordnance caused 12 casualties"
            cause = _cause_named(rules, clause.group(1), alone=True)
        if not cause and not cell_names_none:
            cause = _cause_named(rules, sentence)
        if not year:
            years = [d for d in ctx.rows_between("dates", s_start, s_end) if d.fields["value"][:4].isdigit()]
            # a later "(2017: 12 killed)" is the year compared with, not this count's
            # (nor a later year with a bracketed count of its own: "(284) reached 113% of the caseload of 2020 (252)")
            after = [d for d in years if d.char_start >= ns and not COMPARISON_YEAR.match(text, d.char_start - 1)
                     and not COMPARED_BETWEEN.search(text, ne, d.char_start)
                     and not _opens_clause(text, d.char_start)
                     and not (d.char_start >= end and YEAR_OWN_COUNT.match(text, d.char_end))]
            # (the year of a comparison in brackets closed before the count is not its year: "Killed: 12 (2006: 9)
            # Injured: 24"; the counts inside the brackets are that year's)
            # (nor a document's date: "In its Extension Request of March 2013, ... 882 military personnel"; nor a year
            # compared with: "As in 2009, the vast majority of casualties in 2010 ..."; nor the date that ends a lead's
            # label: "Key developments since May 2005: As of May 2006, the survey had recorded 565 casualties")
            before = [d for d in years if d.char_start < ns and not (COMPARISON_YEAR.match(text, d.char_start - 1)
                                                                      and ")" in text[d.char_end:ns])
                      and not rules.document_before.search(text, max(0, d.char_start - 40), d.char_start)
                      and not AS_IN_BEFORE.search(text, max(0, d.char_start - 12), d.char_start)
                      and not LABEL_END_AFTER.match(text, d.char_end)]
            if before and (compared := [c.start() for c in COMPARED_BETWEEN.finditer(text, s_start, ns)]):
                # "a decrease from 2007 when 145 casualties were recorded": the compared year is the count's
                before = [d for d in before if d.char_start >= compared[-1]] or before
            # "the total for 2021 (58)": the year right before the bracket is the count's
            adjacent = [d for d in before if YEAR_BRACKET_GAP.fullmatch(text, d.char_end, ns)]
            if not adjacent and (opened := text.rfind("(", s_start, ns)) != -1 and ")" not in text[opened:ns]:
                # ... and of every count in that bracket: "365 from 2005–2011 (86 killed, 279 injured)"
                adjacent = [d for d in before if YEAR_BRACKET_GAP.fullmatch(text, d.char_end, opened + 1)]
            # ... unless the bracket names its own: "20 casualties in 2015 (12 casualties in 2014)"
            inside = [d for d in after if d.char_start < close] if adjacent and (close := text.find(")", ne, s_end)) != -1 else []
            clause = [d for d in before if _opens_clause(text, d.char_start) and CLAUSE_YEAR_GAP.fullmatch(text, d.char_end, ns)]
            # "..., the last incident was reported in 2004, when a mine caused seven casualties": the year of a "when"
            # clause is its counts'
            if not clause and (when := next((d for d in reversed(before) if WHEN_AFTER.match(text, d.char_end)
                                             and not LATER_CLAUSE.search(text, d.char_end, ns)), None)):
                clause = [when]
            # a later year in a later clause ("...; another 26 were reported in 2003", "..., with most casualties
            # reported in 2006–2008") yields to the one before: "Between 1999 and 2002, 31 casualties were reported"
            near = [d for d in after if not LATER_CLAUSE.search(text, end, d.char_start)]
            pick = (inside or adjacent or clause or near or before or [None])[0]
            year = pick.fields["value"][:4] if pick else _label_year(text, ns)
            if year and pick is not None and pick.char_start < ns and (prev := PREVIOUS_YEAR_AFTER.match(text, ne)) \
                    and not COMPARED_BETWEEN.search(text, ne, prev.end()):  # ("20 casualties, compared to 10 the year before")
                # "In 2012, 12 deaths were reported, an increase from one death and two injuries from the previous year"
                year = str(int(year) - 1)
        fields = make_row_fields(ctx, ns, end)
        fields.update(count="" if count is None else str(count), qualifier=qualifier, outcome=outcome, group=group,
                      cause=cause, year=year)
        out.append(Extraction("casualties", ns, end, rule, fields))
        return True

    # Phrases most profiles lack ("survival outcome was unknown for", "children accounted for"): not
    # searched for before every count of a text that has none of their words.
    unknown_before = not regexes.cannot_match(rules.unknown_before, text)
    group_lead = not regexes.cannot_match(rules.group_lead, text)
    elided_lead = not regexes.cannot_match(ACCOUNTED_FOR, text)
    lists = not regexes.cannot_match(rules.list_opener, text)  # "Among the dead were", "Those injured included"
    follow = rules.num_follow
    # (a year is never a count, and a match led by one would hide the count after it: "in 2015 (12 casualties)")
    num_starts = [m.start() for m in rules.num_finder.finditer(text)
                  if (follow is None or follow.match(text, m.end())) and not YEAR_LIKE.fullmatch(m.group())]
    context_possible = _context_possible(ctx, rules)
    for rule in rules.patterns:
        if rule.needs_context and not context_possible:
            continue  # every match would be dropped for want of casualty context
        for m in (_after_openers(ctx, rules.openers[rule.after], rule) if rule.after else _finditer(rule, text, num_starts)):
            ns, ne = m.span("num")
            s_start, s_end = ctx.sentence_at(ns)
            context = _casualty_context(ctx, rules, ns, s_start, s_end) if rule.needs_context else None
            if context == "" or rule.sentence_context and context != "sentence":
                continue
            if rule.within_sentence and m.end() > s_end:
                continue
            if rule.count_led and LABEL_LINE.search(text, ne, m.end()):
                continue  # "Killed 12; Injured 21\nCasualties by group": the next line's label is no noun of the count
            if rule.after_row and not any(r.char_end == m.start() for r in out):
                continue
            if rule.after_outcomes and not OUTCOMES_BEFORE.search(text, text.rfind("\n", 0, ns) + 1, ns):
                continue
            if rule.after_groups and not rules.group_items_before.search(text, max(0, ns - 80), ns) and \
                    not rules.group_label.search(_label_above(text, ns)):
                continue
            if rule.compares_back and (rules.things_before.search(text, s_start, ns) or rules.served_people.search(text, s_start, ns)
                                       and not any(s_start <= r.char_start < ns for r in out)):
                continue  # "150 survivors received training in 2018, compared with 212 in 2017"; "The programme
                # reached 3,400 people in 2019 (1,200 in 2018)"
            if (rule.outcome_from == "label" and rule.compares_back or rule.outcome_from == "cell") and \
                    rules.other_label.search(_label_above(text, ns)) and not OUTCOME_LABEL.search(text, text.rfind("\n", 0, ns) + 1, ns):
                # a summary table's cell under "Estimated mine/ERW survivors", and its comparison: "At least 1,132 (2005:
                # 1,095)" (a line with its own label counts people wherever it stands: "Killed: 30 (2005: 19)")
                continue
            if (before_count := BEFORE_COUNT.get(rule.name)) and bool(before_count[0].search(text, s_start, ns)) != before_count[1]:
                continue
            if (lead := rules.included_before.search(text, max(s_start, ns - 20), ns)) and \
                    rules.things_before.search(text, s_start, lead.start()) and \
                    _lookup(rules.outcome_of, m.groupdict().get("outcome")) != "killed":
                continue  # "The ICRC assisted 1,200 amputees, of whom 300 were children" (but deaths are people:
                # "1,052 casualties from 697 accidents ..., including 408 deaths")
            if (rule.bare_people or rule.outcome_from in ("later", "before")) and (
                    _breaks_down_people_served(rules, text, s_start, ns)
                    or rules.things_before.search(text, s_start, ns) and not any(s_start <= r.char_start < ns for r in out)):
                # "centers assisted 180,000 people, of whom 5,300 were survivors and 41,000 were children";
                # "Of the 75 survivors surveyed, 20 were women" (a breakdown of people served, no casualty count before)
                continue
            if rule.outcome_split and (split := SPLIT_GAP.search(text, m.end("noun"), m.start("outcome"))) and \
                    "," not in text[split.end():m.start("outcome")]:
                continue  # (an aside closed by a comma leaves the outcome to the first count: "12 people, seven
                # of whom were children, were injured")
            if rule.outcome_from == "later" and UNHARMED_LATER.match(text, m.end()):
                continue
            found = m.groupdict()
            noun = found.get("noun")
            opener = _opener_before(rules, text, s_start, ns) if lists and rule.outcome_from in ("opener", "later") else None
            if rule.outcome_from == "opener" and (opener is None or not LIST_ITEM_GAP.fullmatch(text, opener.end(), ns)):
                continue  # not an item of the list: "The dead were buried by a villager"
            lead, total = _breakdown_of(rules, out, text, ns) if rule.bare_people or rule.outcome_from == "later" else (None, None)
            if rule.needs_total and total is None:
                continue  # "trained 40 staff, including a woman": no casualty
            listed = _list_item_outcome(out, text, s_start, ns) if rule.outcome_from == "later" else None
            if rule.bare_people and (noun and noun.lower() in NOT_COUNTED_ALONE and not listed and not _members_of_group(rules, text, m.end("noun"))
                                     or rules.served.search(text, max(0, ns - 40), ns)
                                     or lead is not None and total is None and rules.counted_before.search(text, max(0, lead - 30), lead)):
                # "less than 100 people"; "a bus carrying 12 passengers" (not yet casualties); "it employed
                # 1,500 deminers"; "reached 45,000 people, including 20,000 children"
                continue
            if rule.bare_people and not TABLE_CELL_END.match(text, m.end()) and not COMPARISON_CELL_AFTER.match(text, m.end()) and \
                    (context or _casualty_context(ctx, rules, ns, s_start, s_end)) != "sentence" and \
                    not (lead is not None and (any(s_start <= r.char_start < lead for r in out)
                                               or COUNT_WERE.search(text, s_start, lead))):
                continue  # a casualty section's prose about other people: "More than 100 soldiers took part" (but a
                # breakdown of a count before it is of the same people: "Twenty-six were peacekeepers, including five
                # French military")
            outcome, group = _outcome(rules, rule, m, found, text), _lookup(rules.group_of, noun)
            if not group and noun and m.start("noun") > ns:
                # "a border guard", "a police officer": the word before names the group; "a demining team
                # leader", "one EOD operator": a deminer
                if prev := WORD_BEFORE.search(text, max(ns, m.start("noun") - 30), m.start("noun")):
                    group = _lookup(rules.group_of, f"{prev.group('g')} {noun}")
                if not group and rules.team_before.search(text, ns, m.start("noun")):
                    group = "deminer"
            if outcome == "casualties" and rule.outcome_from == "later" and total is not None:
                outcome = total.fields["outcome"]  # "injuring 14, including seven children"
            elif outcome == "casualties" and opener is not None:
                # "Among the dead were three children" (later), "... and an elderly man" (opener)
                outcome = _lookup(rules.outcome_of, opener.group("o"), outcome)
            if outcome == "casualties" and rule.outcome_from == "later" and \
                    (of_those := OF_THOSE_BEFORE.search(text, max(s_start, ns - 40), ns)):
                outcome = _lookup(rules.outcome_of, of_those.group("o"), outcome)  # "Of those killed, eight were children"
            if rule.outcome_from == "before":
                earlier = [r for r in out if s_start <= r.char_start < ns]
                outcome = max(earlier, key=lambda r: r.char_start).fields["outcome"] if earlier else "casualties"
            if rule.group_between and not group:
                # between the count and its noun, or, when the noun comes first, between the match's start and it
                between = text[ne:m.start("noun")] if m.start("noun") > ns else text[m.start():m.start("noun")]
                group = next((g for w in between.split() if (g := _lookup(rules.group_of, w))), "")
            if not group and (lead := group_lead and rules.group_lead.search(text, max(s_start, ns - 100), ns)
                              or elided_lead and rules.group_lead_elided.search(text, max(s_start, ns - 100), ns)):
                # "civilians made up the majority of casualties (21)"; "women and girls made up ..." is a count by sex
                group = _lookup(rules.group_of, lead.group("g"))
                group = "" if lead.groupdict().get("g0") and _lookup(rules.group_of, lead.group("g0")) != group else group
            if not group and rule.group_before and (word := WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                # "Deminer casualties (7)"; "Children made up 72% of all civilian casualties (768)" are children
                group = _lookup(rules.group_of, word.group("g"))
            if rule.group_after and not PART_OF.search(text, max(0, ns - 20), ns):  # "Most of the 23 casualties were children"
                after = GROUP_AFTER.match(text, m.end())
                # "were recorded" names no group: the one between count and noun stays ("43 civilian casualties")
                group = (_lookup(rules.group_of, after.group("g")) if after else "") or group
                if after and after.group("g") == "members":
                    # "(6,467) were members of the Colombian armed forces"
                    group = _group_of_members(rules, text, after.end()) or group
            if outcome == "casualties" and listed and total is None and opener is None:
                outcome = listed  # an item of a list: "the death of 534 children, 177 women and 143 elderly people"
            if rule.compares_back and COMPARED_BEFORE.search(text, max(s_start, ns - 60), ns) and \
                    (earlier := min((r for r in out if s_start <= r.char_start < ns), key=lambda r: r.char_start, default=None)):
                # "Child casualties fell to 11 in 2019, from 18 in 2018": the same kind of count as the sentence's
                # first, in other years (not as a breakdown after it: "17 (four killed and 13 injured), compared to 22")
                outcome, group = earlier.fields["outcome"], earlier.fields["group"]
            if not group and noun and noun.lower().endswith(("members", "personnel")):
                # "five members of the security forces", "two members of a demining team"
                group = _group_of_members(rules, text, m.end("noun"))
            if not group and found.get("noun_after"):
                group = _lookup(rules.group_of, found["noun_after"])
            joined = not group and not noun and (
                rule.end_at_outcome and SAME_PEOPLE_BEFORE.search(text, max(s_start, ns - SAME_PEOPLE_REACH), ns)
                # "killed a soldier and injured another": another of the people before the verb
                or rule.outcome_from == "verb" and m.group("num").lower() in ONE_MORE
                and AND_VERB_BEFORE.search(text, max(s_start, ns - SAME_PEOPLE_REACH), ns))
            # the age before the person's noun: "a man and a 12-year-old boy were injured" makes the man no child
            # ... and from the count on ("killed a 35-year-old woman and her 6-year-old daughter": the daughter's age)
            age_start, age_end = (ns, m.end("noun")) if noun and m.start("noun") > ns else (m.start(), m.end())
            if group in ("", "civilian") and ((age := CHILD_AGE.search(text, age_start, age_end)) and int(age.group(1)) < 18
                                              or noun and (aged := AGED_AFTER.match(text, m.end("noun")))
                                              and (_count(rules, aged.group(1)) or 99) < 18):
                # "his 7-year-old sister", "a 15-year-old shepherd", "two brothers, aged eight and ten": children
                group = "child"
            outcome = _outcome_said_near(rules, text, m, noun, outcome)
            end = m.end("outcome") if rule.end_at_outcome else (m.end("noun") if noun else ne)
            end = max(end, ne)  # the noun may stand before the number ("children (20;")
            year = found.get("year") or ""
            if rule.year_from_label:
                year = _label_year(text, ns)
            count = 1 if rule.one_person else _count(rules, m.group("num"))
            if add(ns, ne, end, count, outcome, group, rule.name, year=year, cause_from=m.start(), cause_to=m.end()) and joined:
                joins.append((out[-1], joined.start(), s_start))
    for m in regexes.finditer(rules.vague, text):
        add(m.start(), m.end(), m.end(), None, "casualties", "", "vague", qualifier="vague")
    if context_possible:
        _all_were(ctx, rules, out)
    out = _people_referred_back(ctx, rules, out)
    _respectively(ctx, rules, out)
    _groups_of_whom(text, out)  # before the joined: "two of whom were killed and four injured"
    _groups_of_joined(text, out, joins)
    _breakdown_items(rules, text, out)
    _outcome_of_list_after(rules, text, out)
    _years_referred_back(ctx, out)
    return out


def _years_referred_back(ctx: DocContext, rows: list[Extraction]) -> None:
    """"... identified 15 new casualties from January to March 2009. Of these, one person was killed": a count
    with no year of its own in a sentence that opens by referring back takes the year of the last count in the
    sentence before."""
    by_start = sorted(rows, key=lambda r: r.char_start)
    for k, row in enumerate(by_start):
        if row.fields["year"] or k == 0:
            continue
        s_start = ctx.sentence_at(row.char_start)[0]
        if not REFERS_BACK.match(ctx.text, s_start):
            continue
        last = next((by_start[j] for j in range(k - 1, -1, -1) if by_start[j].char_start < s_start), None)
        if last is not None and ctx.sentence_at(last.char_start)[0] == ctx.sentence_at(s_start - 1)[0]:
            row.fields["year"] = last.fields["year"]


def _outcome_of_list_after(rules: CasualtyRules, text: str, rows: list[Extraction]) -> None:
    """"12 soldiers and 4 civilians were injured": the items of a list before a count with its own outcome share
    it (its rule reads no outcome across the count between). Items with no outcome of their own only; from the
    last item back, so that "12 soldiers, 3 deminers and 4 civilians were injured" passes it on."""
    from_later = {r.name for r in rules.patterns if r.outcome_from == "later" or r.bare_people}
    own_outcome = {r.name for r in rules.patterns if r.outcome_from == "word"}  # "4 civilians were injured"
    ordered = sorted(rows, key=lambda r: r.char_start)
    for i in range(len(ordered) - 2, -1, -1):
        item, after = ordered[i], ordered[i + 1]
        if item.rule not in from_later or item.fields["outcome"] != "casualties" or \
                after.fields["outcome"] not in ("killed", "injured") or \
                (after.rule not in own_outcome and after.rule not in from_later) or \
                not (sep := LIST_ITEM_SEP.fullmatch(text, item.char_end, after.char_start)) or \
                OF_WHOM_AFTER_COUNT.match(text, after.char_start):
            continue  # (a part is no item: "six deminers, two of whom were killed")
        # ", and" ends a list only after a comma before it ("12 soldiers, 3 deminers, and 4 civilians were killed"),
        # else it opens a clause ("The 45 casualties included 12 children, and 3 deminers were injured")
        if "," in sep.group() and "and" in sep.group() and not (
                i and COMMA_ONLY.fullmatch(text, ordered[i - 1].char_end, item.char_start)):
            continue
        item.fields["outcome"] = after.fields["outcome"]


COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")


def _respectively(ctx: DocContext, rules: CasualtyRules, rows: list[Extraction]) -> None:
    """The items of a list read with "respectively" take, in order, the outcome and group of as many counts
    before the list in its sentence ("12 people were killed and 40 injured, compared to 10 and 31
    respectively in 2018"), else the outcome word after the list ("45 and 60 casualties"), the groups of a
    list of people ("Civilians and soldiers accounted for 30 and 12 casualties respectively") and the
    years of a list of years before it ("In 2019 and 2020, 45 and 60 casualties") or right after "respectively"."""
    text = ctx.text
    marked = {r.name for r in rules.patterns if r.respectively}
    lists: list[list[Extraction]] = []
    for r in sorted((r for r in rows if r.rule in marked), key=lambda r: r.char_start):
        if lists and LIST_SEPARATOR.fullmatch(text, lists[-1][-1].char_end, r.char_start):
            lists[-1].append(r)
        else:
            lists.append([r])
    for items in (x for x in lists if len(x) > 1):
        s_start, _ = ctx.sentence_at(items[0].char_start)
        first = items[0].char_start
        earlier = sorted((r for r in rows if s_start <= r.char_start < first and r.rule not in marked), key=lambda r: r.char_start)
        if len(earlier) >= len(items):
            for item, like in zip(items, earlier[-len(items):], strict=True):
                item.fields["outcome"], item.fields["group"] = like.fields["outcome"], like.fields["group"]
            continue
        if word := rules.outcome_after_list.match(text, items[-1].char_end):
            outcome = _lookup(rules.outcome_of, word.group("o"), "casualties")
        elif verb := rules.verb_right_before.search(text, max(s_start, first - 40), first):
            outcome = _lookup(rules.verb_of, verb.group("verb"), "casualties")
        else:
            outcome = "casualties"
        for item in items:
            item.fields["outcome"] = outcome
        people = _last_match(rules.person_list, text, s_start, first)
        names = [w.group(0) for w in rules.person_word.finditer(text, people.start(), people.end())] if people else []
        if len(names) == len(items):
            for item, name in zip(items, names, strict=True):
                item.fields["group"] = _lookup(rules.group_of, name)
        # ... or a list of years right after "respectively": "the 7,093 and 9,440 casualties recorded respectively in
        # 2020 and 2016"
        after = RESPECTIVELY_YEARS.match(text, items[-1].char_end)
        years = [d for d in ctx.rows_between("dates", *(after.span("years") if after else (s_start, first)))
                 if DIGITS.fullmatch(d.fields["value"])]
        if len(years) == len(items):
            for item, d in zip(items, years, strict=True):
                item.fields["year"] = d.fields["value"]


def _people_referred_back(ctx: DocContext, rules: CasualtyRules, rows: list[Extraction]) -> list[Extraction]:
    """"Two soldiers stepped on mines; both were injured": a row that refers back to two people counted
    before it in its paragraph gives that count its outcome (when it had none) and is dropped."""
    back = {r.name for r in rules.patterns if r.refers_back}
    dropped = set()
    for r in rows:
        if r.rule not in back:
            continue
        p_start, _ = ctx.paragraph_at(r.char_start)
        earlier = [e for e in rows if p_start <= e.char_start < r.char_start and e.rule not in back]
        if earlier and (last := max(earlier, key=lambda e: e.char_start)).fields["count"] == r.fields["count"]:
            if last.fields["outcome"] == "casualties":
                last.fields["outcome"] = r.fields["outcome"]
            dropped.add(id(r))
    return [r for r in rows if id(r) not in dropped] if dropped else rows


def _group_of_members(rules: CasualtyRules, text: str, pos: int) -> str:
    """The group of the members named at `pos` ("of the security forces": military; "of a demining team":
    deminer), or "" when they are no group's."""
    of_group = rules.members_of.match(text, pos)
    if of_group is None:
        return ""
    return "deminer" if of_group.group("team") else _lookup(rules.group_of, of_group.group("g"))


def _members_of_group(rules: CasualtyRules, text: str, pos: int) -> bool:
    """"82 members of the security forces", "members of a demining team": members of a group that counts."""
    return bool(_group_of_members(rules, text, pos))


def _groups_of_joined(text: str, rows: list[Extraction], joins: list[tuple[Extraction, int, int]]) -> None:
    """A bare count joined by "and" takes the group of the people counted right before it (their verb
    between): "one deminer was killed and four were injured", "32 deminers have been killed and 120
    injured" (after all rules ran: the rule that found the people may come after the count's)."""
    for row, and_at, s_start in joins:
        if not row.fields["group"]:  # an age in the match may have made it a child's
            row.fields["group"] = next((r.fields["group"] for r in rows if s_start <= r.char_start and r.char_end <= and_at
                                        and VERB_BETWEEN.fullmatch(text, r.char_end, and_at)), "")


def _breakdown_items(rules: CasualtyRules, text: str, rows: list[Extraction]) -> None:
    """The items of a breakdown take what their total states and they do not: its group ("207 civilian
    casualties, of whom 97 were killed"), and, for a bare group count, its outcome ("mines killed 12
    people, of whom 5 were children and 3 were women"); an item after "and" belongs to the breakdown of
    the item before it. Run after all rules: the rule that found the total may come after the item's."""
    from_later = {r.name for r in rules.patterns if r.outcome_from == "later"}
    ends = {r.char_end: r for r in rows}
    total_of: dict[int, Extraction] = {}  # id of an item -> the count it breaks down
    for r in sorted(rows, key=lambda r: r.char_start):
        lead, total = _breakdown_of(rules, rows, text, r.char_start)
        if lead is None and (joined := SAME_PEOPLE_BEFORE.search(text, max(0, r.char_start - SAME_PEOPLE_REACH), r.char_start)) \
                and (before := ends.get(joined.start())) is not None:
            total = total_of.get(id(before))  # "..., including three children and two men"
        if total is None and (comma := COMMA_BEFORE.search(text, max(0, r.char_start - 4), r.char_start)) \
                and (opening := ends.get(comma.start())) is not None \
                and PART_OF.search(text, max(0, opening.char_start - 20), opening.char_start):
            total = opening  # "Of the 30 injured, 8 were children"
        if total is None:
            continue
        total_of[id(r)] = total
        if not r.fields["group"]:
            r.fields["group"] = total.fields["group"]
        # (not when the bracket names a year of its own: "30 casualties in 2021 (18 casualties in 2020)")
        in_bracket = lead is not None and text[lead] == "("
        own_end = (text.find(")", r.char_end) if in_bracket else r.char_end)
        own_end = len(text) if own_end == -1 else own_end
        if total.fields["year"] and not YEAR.search(text, total.char_end if lead is None else lead, own_end):
            # "an updated total of 9,437 casualties for 2016 (2,472 killed, 6,937 injured)" in a sentence that
            # names another year before it ("Landmine Monitor Report 2018"): the total's year
            r.fields["year"] = total.fields["year"]
        if r.rule in from_later and r.fields["outcome"] == "casualties":
            r.fields["outcome"] = total.fields["outcome"]


COMMA_BEFORE = re.compile(r"[ \t]*,[ \t]*$")
NOUN_AFTER_OUTCOME = re.compile(r"(?:[ \t]+[\w/()-]+){0,4}?[ \t]+(?:casualties|victims)")  # "1,465 injured| mine/ERW casualties"
# Between a list opener and one of its items: nothing, or earlier items and a comma or "and"
LIST_ITEM_GAP = re.compile(r"(?:[^.;:\n]*(?:,|\band))?[ \t]*")
OF_WHOM_AFTER_COUNT = re.compile(r"\S+\s+of\s+(?:whom|them|these|those)\b", re.I)
# Between those people and their part: a comma, after a short clause ("Two deminers were British nationals, "), and
# their ages ("Two girls, aged 7 and 9, were injured, one of them seriously")
WHOM_GAP = re.compile(r"(?:[ \t]*,[ \t]*aged[^.;:()\n]{1,30}?,)?(?:[ \t]+(?:were|was)[^\d.;:()\n]{1,40}?)?[ \t]*,[ \t]*")


def _groups_of_whom(text: str, rows: list[Extraction]) -> None:
    """"six deminers, two of whom were killed": a part with no group of its own takes the group of the
    people right before it (run after all rules: the rule that found them may come after the part's)."""
    for r in rows:
        if r.fields["group"] or not OF_WHOM_AFTER_COUNT.match(text, r.char_start):
            continue
        before = [p for p in rows if r.char_start - 60 < p.char_end <= r.char_start]
        if before and WHOM_GAP.fullmatch(text, (people := max(before, key=lambda p: p.char_end)).char_end, r.char_start):
            r.fields["group"] = people.fields["group"]


BREAKDOWN_OPENER = re.compile(rf",?[ \t]*(?:{_INCLUDING})\b", re.I)


def _breaks_down_people_served(rules: CasualtyRules, text: str, s_start: int, pos: int) -> bool:
    """Is the count at `pos` part of a breakdown ("of whom", "including") of people a programme served,
    counted earlier in its sentence ("assisted 180,000 people, of whom ... 41,000 were children")?"""
    openers = list(BREAKDOWN_OPENER.finditer(text, s_start, pos))
    return bool(openers) and rules.served_count.search(text, s_start, openers[-1].start()) is not None


def _all_were(ctx: DocContext, rules: CasualtyRules, rows: list[Extraction]) -> None:
    """"In 2022, 12 casualties were recorded (2021: 17). All were civilians.": the group of the first count
    of the sentence right before, when it has none; "..., all of them children": of the counts before it
    in its sentence."""
    text = ctx.text
    for m in regexes.finditer(rules.all_aside, text):
        s_start, _ = ctx.sentence_at(m.start())
        for r in rows:
            if s_start <= r.char_start and r.char_end <= m.start() and not r.fields["group"]:
                r.fields["group"] = _lookup(rules.group_of, m.group("g"))
    for m in regexes.finditer(rules.all_were, text):
        s_start, _ = ctx.sentence_at(m.start())
        before = [r for r in rows if r.char_start < s_start]
        if s_start != m.start() or not before:
            continue
        last = max(before, key=lambda r: r.char_start)
        p_start, p_end = ctx.sentence_at(last.char_start)
        if text[p_end:s_start].strip() or "\n\n" in text[p_end:s_start]:
            continue  # another sentence, or a paragraph, between
        first = min((r for r in before if r.char_start >= p_start), key=lambda r: r.char_start)
        if not first.fields["group"]:
            first.fields["group"] = _lookup(rules.group_of, m.group("g"))


def _lines_above(text: str, pos: int, reach: int, most: int) -> list[str]:
    """The non-blank lines above the line that holds `pos`, nearest first: at most `most`, within `reach` characters."""
    line_start = text.rfind("\n", 0, pos) + 1
    lines = [ln.strip() for ln in text[max(0, line_start - reach):line_start].split("\n") if ln.strip()]
    return lines[::-1][:most]


def _is_prose(line: str) -> bool:
    """A sentence, not a table's label: prose ends the look up a summary table."""
    return line.endswith(".") or len(line) > 80


def _label_above(text: str, pos: int) -> str:
    """The label over the summary-table cell whose value line holds `pos` ("Age and gender" over "42 unknown"), or ""."""
    label = next((ln for ln in _lines_above(text, pos, 600, 12) if not VALUE_LINE.match(ln)), "")
    return "" if _is_prose(label) else label


def _label_year(text: str, pos: int) -> str:
    """The year of a summary-table cell whose count starts its line: the last year on the label line(s)
    above ("Casualties in 2018", "2018 casualties by outcome"), not the start of a period ("since 1990")."""
    if not VALUE_LINE.match(text, text.rfind("\n", 0, pos) + 1):
        return ""
    # Up past the block's other values and labels without a year ("Casualty analysis") to the first label
    # with one, within the table: prose ends the search.
    # (a table of counts by outcome, group, age and sex runs to some 20 lines: "118 men" is still its label's)
    for line in _lines_above(text, pos, 1500, 30):
        if VALUE_LINE.match(line) or COMPARED_LINE.search(line):
            continue  # ... nor is a comparison's year the table's: "significant decrease from 1,610 in 2016"
        if _is_prose(line):
            return ""
        if years := YEAR.findall(line):
            # one year: "Casualties in 2017"; a period ("between 1979 and 2017", "since 1990") is no year of the count
            return years[0] if len(years) == 1 and not SINCE_YEAR.search(line) else ""
    return ""


def _list_item_outcome(rows: list[Extraction], text: str, s_start: int, pos: int) -> str | None:
    """The outcome of the count right before the one at `pos` when only a list's comma or "and" stands between
    ("the death of 534 children, 177 women and 143 elderly people"); None when it is no killed or injured."""
    prev = max((r for r in rows if s_start <= r.char_start and r.char_end <= pos), key=lambda r: r.char_end, default=None)
    if prev is None or prev.fields["outcome"] not in ("killed", "injured") or not LIST_ITEM_SEP.fullmatch(text, prev.char_end, pos):
        return None
    return prev.fields["outcome"]


def _breakdown_of(rules: CasualtyRules, rows: list[Extraction], text: str, pos: int) -> tuple[int | None, Extraction | None]:
    """Where "including" / "among them" starts right before the count at `pos` (None when it does not), and
    the row of the count it breaks down ("killing 12, including five children"; None when that is no row)."""
    lead = rules.included_before.search(text, max(0, pos - 45), pos)
    if lead is None:
        # a bracket right after a count breaks it down: "Killed: 226 (169 military, 44 civilians, 12 children)"
        if (bracket := BRACKET_ITEMS.search(text, max(0, pos - 122), pos)) is None:
            return None, None
        count_end = SPACE_BEFORE.search(text, max(0, bracket.start() - 20), bracket.start()).start()
        # ... also with its year between: "an updated total of 9,437 casualties for 2016 (2,472 killed, ...)"
        year_between = YEAR_BEFORE_BRACKET.search(text, max(0, count_end - 50), count_end)
        row = next((r for r in rows if r.char_end == count_end or year_between and r.char_end == year_between.start()), None)
        return (bracket.start(), row) if row else (None, None)
    # the count right before, or before its group ("Seven of the casualties were children, of whom three died")
    return lead.start(), next((r for r in rows if r.char_end == lead.start()
                               or r.char_end < lead.start() and (GROUP_AFTER.fullmatch(text, r.char_end, lead.start())
                                                                 or OF_PHRASE.fullmatch(text, r.char_end, lead.start())
                                                                 or NOUN_AFTER_OUTCOME.fullmatch(text, r.char_end, lead.start()))), None)


def _cause_named(rules: CasualtyRules, words: str, alone: bool = False) -> str:
    """The cause the words name: mines/ERW when they name both mines and ERW ("casualties caused by mines, ERW, and
    victim-activated IEDs"), else the first in the rule file's order; with `alone`, only a device named alone (a list
    of others names none: "")."""
    words = _without_names(rules, words)
    named = [k for k, p in rules.causes if p.search(words)]
    if {"mine", "erw"} <= set(named):
        return "mine/erw"
    return named[0] if named and (not alone or len(named) == 1 or named[0] == "mine/erw") else ""


def _without_names(rules: CasualtyRules, s: str) -> str:
    """s with the names that carry a device's word blanked: "Landmine and Cluster Munition Monitor
    identified 674 casualties" names no cause."""
    return rules.not_causes.sub(lambda m: " " * len(m.group()), s)


def _own_clause(rules: CasualtyRules, text: str, start: int, end: int) -> str:
    """text[start:end] up to the next count or semicolon: "it was not known if ..." after "47 casualties,
    12 were killed and 30 injured;" speaks of other people than the 47."""
    after = text[start:end]
    later = rules.num_finder.search(after)
    return after[:later.start() if later else len(after)].split(";", 1)[0]


def _outcome(rules: CasualtyRules, rule: CountRule, m: re.Match, found: dict, text: str) -> str:
    """killed, injured or casualties, from where the rule says the outcome is stated (`found`: the
    match's groups)."""
    if rule.outcome_from in ("unknown", "killed"):
        return rule.outcome_from
    if rule.outcome_from == "verb":  # "injuring two soldiers"
        return _lookup(rules.verb_of, found["verb"], "casualties")
    if rule.outcome_from in ("label", "cell"):  # "Killed: 30 (2005: 19)"
        ns, ne = m.span("num")
        # (a cell of a flattened line starts where its match does: "Killed: 12 (2006: 9) Injured: 24")
        line_start = max(text.rfind("\n", 0, ns) + 1, m.start() if rule.outcome_from == "cell" else 0)
        # a cell's label may follow its count ("3 killed"), but not inside the bracket after it ("1,912 (634 killed;")
        cell_end = ne + 12 if (paren := text.find("(", ne, ne + 12)) == -1 else paren
        if UNKNOWN_LABEL.match(text, line_start) and OUTCOME_LABEL_LINE.search(text, max(0, line_start - 200), line_start) \
                or UNKNOWN_STATUS_LINE.match(text, line_start) or UNKNOWN_STATUS_LABEL.match(text, line_start):
            # "Killed: 31 (2006: 16)", "Injured: 69 (2006: 33)", then "Unknown: 0 (2006: 10)"; "42 unknown status (2005: 7)";
            # "Unknown status: 1 (2006: 16)"
            return "unknown"
        words = OUTCOME_LABEL.findall(text, line_start, ns if rule.outcome_from == "label" else cell_end)
        # The comparison in brackets counts what the nearest label before it counts; a cell, its first label.
        return (words[-1] if rule.outcome_from == "label" else words[0]).lower() if words else "casualties"
    outcome = _lookup(rules.outcome_of, found.get("outcome"), "casualties")
    if rule.outcome_from == "later" and outcome == "casualties":
        later = OUTCOME_LATER.match(text, m.end())
        if later and not SPLIT_GAP.search(later.group(0)):
            outcome = _lookup(rules.outcome_of, later.group(later.lastgroup), outcome)  # the one alternative's word
    return outcome


def _opens_clause(text: str, start: int) -> bool:
    """Does the date at `start` open a clause of its own ("..., while in 2013, ...", "..., and from January to June
    2006, ...")? Not a bare year after "and" in a list of years ("in 2015, 2014, and 2013")."""
    opener = CLAUSE_YEAR_OPENER.search(text, max(0, start - 20), start)
    return opener is not None and (opener.group("prep") is not None or RANGE_OPENS.match(text, start) is not None)


def _outcome_said_near(rules: CasualtyRules, text: str, m: re.Match, noun: str | None, outcome: str) -> str:
    """The outcome the words around a count say where its rule read none: its table cell's label before it on
    its line ("Killed: 1 civilian (2005: 7)"), or "were injured" right after its casualty noun ("Three casualties
    were injured"; not after the total of a part: "Four of the six deminer casualties were injured"); and, over
    what the rule read, "among the injured" after it ("and four children among the injured")."""
    ns = m.start("num")
    if outcome == "casualties":
        if label := CELL_LABEL_BEFORE.fullmatch(text, text.rfind("\n", 0, ns) + 1, ns):
            outcome = label.group("o").lower()
        elif noun and noun.lower().startswith(("casualt", "victim")) and (were := NOUN_WERE_OUTCOME.match(text, m.end())) \
                and not PART_OF.search(text, max(0, ns - 20), ns):
            outcome = _lookup(rules.outcome_of, were.group("o"), outcome)
    if among := AMONG_OUTCOME_AFTER.match(text, m.end()):
        outcome = _lookup(rules.outcome_of, among.group("o"), outcome)
    return outcome


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 (the last one is wanted)
        pass
    return last


def _opener_before(rules: CasualtyRules, text: str, s_start: int, pos: int) -> re.Match | None:
    """The last "Among the dead were" / "Those injured included" between the sentence's start and `pos`."""
    return _last_match(rules.list_opener, text, s_start, pos)


def _after_openers(ctx: DocContext, opener_pattern: re.Pattern, rule: CountRule) -> Iterator[re.Match]:
    """rule.pattern's matches in the rest of each sentence that has an opener: such a rule is tried nowhere
    else (its pattern, one person after "a" or a count after any digit, would otherwise be tried everywhere)."""
    text = ctx.text
    for opener in regexes.finditer(opener_pattern, text):
        _, s_end = ctx.sentence_at(opener.start())
        yield from rule.pattern.finditer(text, opener.end(), s_end)


def _finditer(rule: CountRule, text: str, num_starts: list[int]) -> Iterator[re.Match]:
    """rule.pattern.finditer(text), but a pattern that starts with a count is tried only where a
    count starts (scanning every character for one was the extractor's main cost). A count cannot
    start inside another (the lookbehind forbids it), so the matches are the same."""
    if rule.count_led:
        return regexes.match_at(rule.pattern, text, num_starts)
    return regexes.finditer(rule.pattern, text)  # tried where its opening words occur, if it has such


CASUALTY_TITLE = re.compile(r"casualt", re.I)


def _context_possible(ctx: DocContext, rules: CasualtyRules) -> bool:
    """Can any position pass `_casualty_context`? Not when no slice of the text can match the context
    pattern and no top section's title names casualties (more than half of profiles: the policy
    themes), so the rules that need context are not run at all."""
    return regexes.may_match(rules.context, ctx.text) or any(
        s.level <= 1 and CASUALTY_TITLE.search(s.title) for s in ctx.sections)


def _casualty_context(ctx: DocContext, rules: CasualtyRules, pos: int, s_start: int, s_end: int) -> str:
    """Where the position gets casualty context: "sentence", "section" (its top section's title), "label"
    (a summary-table value line under labels that name casualties), or "" (none)."""
    if rules.context.search(ctx.text, s_start, s_end):
        return "sentence"
    top = ctx.top_at(pos)
    if top is not None and CASUALTY_TITLE.search(top.title):
        return "section"
    if rules.context.search(ctx.text, max(0, s_start - 80), s_start):
        return "label"
    # ... also down a summary table's block of value lines ("Mine/ERW casualties in 2006", then "Total: 207 (2005: 22)",
    # "Mines: 11 (2005: 3)", ..., "Other ERW: 4 (2005: 3)")
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    return "label" if VALUE_LINE.match(ctx.text, line_start) and rules.context.search(_label_above(ctx.text, pos)) else ""


TABLE_FIELDS = (
    C("count", "TEXT", "Number of people (integer); empty for vague counts."),
    C("qualifier", "TEXT", "exact, at_least, about, up_to or vague."),
    C("outcome", "TEXT", "killed, injured, casualties (killed and injured together) or unknown."),
    C("group", "TEXT", "civilian, military, child or deminer when stated; else empty."),
    C("cause", "TEXT", "mine, erw, cluster_munition, improvised_mine or mine/erw when stated; else empty."),
    C("year", "TEXT", "Year the count refers to, when its sentence gives one (not the year of a comparison in brackets after it), or, in a summary table, its label ('Casualties in 2018'; none under a period such as 'since 1990')."),
)
SPEC = declare("casualties", "Casualty counts: people killed, injured or counted as casualties.", "casualty_id", "K",
               TABLE_FIELDS, extract)
