"""Weapon types: models and designations, calibres, named subtypes and generic mentions.

Models come from a lexicon of known designations (rules/weapons.yaml) or from the designation
pattern when a weapon noun follows ("T-AB1 mine", "Type 72SP and Type 84 mines"). The category
comes from the words before the head noun, then the sentence, then the lexicon. Calibre lists
give one row per calibre. Rows are resolved so a model or calibre wins over a subtype, and a
subtype over a generic mention of the same words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import regexes
from ..config import Config, ConfigError, build_rules, check_mapping, check_regex, check_str_list
from ..context import DocContext
from ..matching import char_matches, phrase_matcher
from ..records import Extraction
from ..spans import SpanSet
from ..tables import C
from . import declare
from .common import make_row_fields

CATEGORIES = {"antipersonnel_mine", "antivehicle_mine", "cluster_munition", "submunition", "improvised_mine", "erw", "other"}
SCHEMA = {"lexicon": dict, "designation": str, "not_designations": list, "not_before": str, "head_nouns": str, "noun_categories": dict,
          "sentence_categories": dict, "subtypes": list, "generic": list, "calibre": str, "calibre_cluster_context": str,
          "variant_suffix": str, "carrier_after": str, "barrier_after": str, "head_breakers": list, "carrier_heads": str,
          "non_mine_heads": str, "submunition_carriers": str}


@dataclass(frozen=True)
class WeaponRules:
    lexicon: dict[str, str]  # normalised model -> category
    lexicon_matcher: object  # spaCy PhraseMatcher over the known models, one label per category
    designation: re.Pattern
    not_designations: tuple[re.Pattern, ...]
    not_before: re.Pattern
    variant_suffix: re.Pattern  # written right after a known model, part of it ("CBU-87/B")
    head: re.Pattern  # designation [list] [modifiers] head-noun
    bracketed: re.Pattern  # head noun then "(": "bounding fragmentation mines (PRB NR 442)"
    noun_categories: tuple[tuple[str, re.Pattern], ...]
    sentence_categories: tuple[tuple[str, re.Pattern], ...]
    subtypes: tuple[tuple[str, re.Pattern], ...]
    generic: tuple[tuple[str, re.Pattern], ...]
    calibre: re.Pattern
    calibre_cluster: re.Pattern
    carrier_after: re.Pattern  # right after a head noun: it carries submunitions ("rockets, each carrying 65 ...")
    barrier_after: re.Pattern  # right after a designation outside the lexicon: it names a barrier ("K5 mine belt")
    carrier_head: re.Pattern  # a head noun of a munition that carries others ("cluster bombs", "dispensers")
    non_mine_head: re.Pattern  # a head noun of a munition that is no mine ("fragmentation grenades")
    submunition_carrier: re.Pattern  # a head noun that a submunition's word makes a cluster munition ("DPICM projectiles")


def norm_model(s: str) -> str:
    return re.sub(r"[\s\-._/\u2010\u2011]", "", s).upper()


# Hyphens of other code points read as "-" (one character for one, so offsets hold): "PMN‑2" with U+2011
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _cat(value: str, where: str) -> str:
    if value not in CATEGORIES:
        raise ConfigError(f"{where}: category {value!r} is not one of {', '.join(sorted(CATEGORIES))}")
    return value


def _pattern_list(items, where: str) -> tuple[tuple[str, re.Pattern], ...]:
    """Case-blind patterns ("Antipersonnel mines" opens a sentence as often as it ends one), unless an
    item says `case: sensitive` ("AT mines", never "looked at mines")."""
    out = []
    for k, item in enumerate(items or []):
        at = f"{where}[{k}]"
        check_mapping(item, {"pattern": str, "category": str, "case": str}, at, required=("pattern", "category"))
        case = item.get("case", "blind")
        if case not in ("blind", "sensitive"):
            raise ConfigError(f"{at}: case must be blind or sensitive, not {case!r}")
        out.append((_cat(item["category"], at), check_regex(item["pattern"], at, re.I if case == "blind" else 0)))
    return tuple(out)


def _keyword_map(mapping, where: str, flags=0) -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((_cat(cat, where), check_regex("|".join(check_str_list(words, f"{where}.{cat}")), f"{where}.{cat}", flags))
                 for cat, words in (mapping or {}).items())


def _build(data, where: str, cfg: Config) -> WeaponRules:
    check_mapping(data, SCHEMA, where, required=("lexicon", "designation"))
    lexicon: dict[str, str] = {}
    by_category: dict[str, list[str]] = {}
    for cat, models in data["lexicon"].items():
        _cat(cat, f"{where}: lexicon")
        for m in check_str_list([str(x) for x in models], f"{where}: lexicon.{cat}"):
            lexicon.setdefault(norm_model(m), cat)
            by_category.setdefault(cat, []).append(m)
    heads = data.get("head_nouns", r"mines?")
    breakers = "|".join(check_str_list(data.get("head_breakers") or ["(?!)"], f"{where}: head_breakers"))
    return WeaponRules(
        lexicon=lexicon,
        lexicon_matcher=phrase_matcher(cfg, by_category),
        designation=check_regex(data["designation"], f"{where}: designation"),
        not_before=check_regex(data.get("not_before", r"(?!)"), f"{where}: not_before", re.I),
        variant_suffix=check_regex(data.get("variant_suffix", r"(?!)"), f"{where}: variant_suffix"),
        not_designations=tuple(check_regex(p, f"{where}: not_designations") for p in data.get("not_designations") or []),
        bracketed=re.compile(rf"\b(?P<noun>{heads})\s*\($", re.I),
        # "Claymore-type directional fragmentation mines": a "-type" after the designation belongs to it
        # ... and no word that ends the designation's phrase ("Sensor Fuzed Weapon containing BLU-108 submunitions"),
        # in lower case (the abbreviation "M-57 AT mines" is no "at")
        head=re.compile(rf"^(?P<mods>(?:-(?:type|style|like|family|series)\b)?(?:[\s,]+(?!(?-i:{breakers})\b)(?:[\w-]+))*?)\s+(?P<head>{heads})\b", re.I),
        noun_categories=_keyword_map(data.get("noun_categories"), f"{where}: noun_categories", re.I),
        sentence_categories=_keyword_map(data.get("sentence_categories"), f"{where}: sentence_categories", re.I),
        subtypes=_pattern_list(data.get("subtypes"), f"{where}: subtypes"),
        generic=_pattern_list(data.get("generic"), f"{where}: generic"),
        calibre=check_regex(data.get("calibre", r"(?P<mm>\d{2,3})\s?mm\b"), f"{where}: calibre"),
        calibre_cluster=check_regex(data.get("calibre_cluster_context", r"cluster"), f"{where}: calibre_cluster_context", re.I),
        carrier_after=check_regex(data.get("carrier_after", r"(?!)"), f"{where}: carrier_after", re.I),
        barrier_after=check_regex(data.get("barrier_after", r"(?!)"), f"{where}: barrier_after", re.I),
        carrier_head=check_regex(rf"(?:{data.get('carrier_heads', '(?!)')})$", f"{where}: carrier_heads", re.I),
        non_mine_head=check_regex(rf"(?:{data.get('non_mine_heads', '(?!)')})$", f"{where}: non_mine_heads", re.I),
        submunition_carrier=check_regex(rf"(?:{data.get('submunition_carriers', '(?!)')})$", f"{where}: submunition_carriers", re.I),
    )


def load_rules(cfg: Config) -> WeaponRules:
    return build_rules(cfg, "weapons", lambda data, where: _build(data, where, cfg))


DIGIT = re.compile(r"\d")
MINE_HEAD = re.compile(r"(?:land\s?)?mines?$", re.I)  # a head noun that says mine and nothing more
WHITESPACE = re.compile(r"\s+")
LIST_JOINER = re.compile(r"^(?:\s*(?:,|and|or|/|,\s*and|,\s*or)\s*)$")


def _head_after(text: str, pos: int, rules: WeaponRules, limit: int = 40):
    """The weapon noun phrase right after a designation: (modifier words, head noun, end)."""
    m = rules.head.match(text[pos:pos + limit])
    if not m or len(m.group("mods").split()) > 3:
        return None
    return m.group("mods"), m.group("head"), pos + m.end()


def extract(ctx: DocContext) -> list[Extraction]:
    rules = load_rules(ctx.config)
    text = ctx.text
    rows: list[tuple[int, Extraction]] = []  # (priority, row)
    candidates = []
    taken = SpanSet()  # the candidates kept so far
    for _, start, end in char_matches(rules.lexicon_matcher, ctx.spacy_doc):  # longest first at each start
        end = _with_suffix(text, start, end, rules)
        if taken.overlaps(start, end) or rules.not_before.match(text, end):
            continue
        candidates.append((start, end, True))
        taken.add(start, end)
    for m in rules.designation.finditer(text.translate(HYPHENS) if "\u2010" in text or "\u2011" in text else text):
        if taken.contains(m.start()):
            continue
        if any(p.search(m.group(0)) for p in rules.not_designations) or not DIGIT.search(m.group(0)) or \
                rules.not_before.match(text, m.end()):
            continue
        known = norm_model(m.group(0)) in rules.lexicon  # a known model the PhraseMatcher missed
        if not known and rules.barrier_after.match(text, m.end()):
            continue
        end = _with_suffix(text, m.start(), m.end(), rules) if known else m.end()
        candidates.append((m.start(), end, known))
        taken.add(m.start(), end)
    candidates.sort()
    # A list of designations shares the head noun of its last member ("PRB-M3 and PRB-M3A1 antivehicle mines").
    heads: dict[int, tuple] = {}
    for i in range(len(candidates) - 1, -1, -1):
        s, e, _ = candidates[i]
        head = _head_after(text, e, rules)
        if head is None and i + 1 < len(candidates) and LIST_JOINER.match(text[e:candidates[i + 1][0]]):
            head = heads.get(i + 1)
        if head is not None:
            heads[i] = head
    for i, (s, e, known) in enumerate(candidates):
        head = heads.get(i)
        bracket = rules.bracketed.search(text, max(0, s - 30), s)
        if head is None and bracket:  # the noun phrase before the bracket is this designation's head
            before = re.split(r"[,;:()]|\band\b|\bor\b", text[max(0, bracket.start() - 40):bracket.start()])[-1]
            head = (" ".join(before.split()[-3:]), bracket.group("noun"), s)
        if not known and head is None:
            continue
        model = WHITESPACE.sub(" ", text[s:e])
        category = _category(ctx, rules, s, model, head)
        if known and i and candidates[i - 1][2] and not text[candidates[i - 1][1]:s].strip() and \
                rules.lexicon.get(norm_model(model)) == "submunition" and head and rules.carrier_head.match(head[1]):
            # "RBK-500 ShOAB-0.5 cluster bombs": the bomb, then the submunitions it carries (but "M483A1 DPICM
            # projectiles" are projectiles)
            category = "submunition"
        if not known and category == "other" and i + 1 < len(candidates) and candidates[i + 1][2] and \
                not text[e:candidates[i + 1][0]].strip():
            # "MK-4 LAR-160 rockets": a mark written before a known model is that model's
            nxt_start, nxt_end, _ = candidates[i + 1]
            category = _category(ctx, rules, nxt_start, text[nxt_start:nxt_end], heads.get(i + 1))
        fields = make_row_fields(ctx, s, e)
        fields.update(category=category, model=model, caliber_mm="", generic="false")
        rows.append((0, Extraction("weapons", s, e, "lexicon" if known else "designation+noun", fields)))
    model_category = {r.char_start: r.fields["category"] for _, r in rows}
    model_before = {r.char_end: r.fields["category"] for _, r in rows}
    for m in rules.calibre.finditer(text):
        sent = text[slice(*ctx.sentence_at(m.start()))]
        # "160mm LAR-160 rockets", "Uragan 220mm rockets": a calibre right before or after a model is that
        # model's, unless the sentence is about clusters
        space = SPACE.match(text, m.end())
        gap = SPACE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        # ... and one in brackets after a model's head noun: "Smerch rockets (300mm)"
        bracket = HEAD_NOUN_BRACKET_BEFORE.search(text, max(0, m.start() - 24), m.start())
        category = ("cluster_munition" if rules.calibre_cluster.search(sent)
                    else model_category.get(space.end(), "other") if space and space.end() in model_category
                    else model_before[gap.start()] if gap and gap.start() in model_before
                    else model_before.get(bracket.start(), "other") if bracket else "other")
        fields = make_row_fields(ctx, m.start(), m.end())
        fields.update(category=category, model="", caliber_mm=str(int(m.group("mm"))), generic="false")
        rows.append((0, Extraction("weapons", m.start(), m.end(), "calibre", fields)))
    model_ends = {r.char_end for _, r in rows}
    for priority, table, rule in ((1, rules.subtypes, "subtype"), (2, rules.generic, "generic")):
        for category, pat in table:
            for m in regexes.finditer(pat, text):
                if priority == 2 and _in_a_name(text, m):
                    continue
                if priority == 1 and (head := HEAD_GAP.search(text, max(0, m.start() - 8), m.start())) and \
                        head.start() in model_ends:
                    continue  # "APP M-57 blast mines", "Claymore-type directional mines": the model's head noun
                fields = make_row_fields(ctx, m.start(), m.end())
                fields.update(category=category, model="", caliber_mm="", generic="true" if priority == 2 else "false")
                rows.append((priority, Extraction("weapons", m.start(), m.end(), rule, fields)))
    return _resolve(rows)


def _with_suffix(text: str, start: int, end: int, rules: WeaponRules) -> int:
    """The end of a known model with the variant suffix or series weight written right after it."""
    if suffix := rules.variant_suffix.match(text, end):
        return suffix.end()
    if (weight := SERIES_WEIGHT.match(text, end)) and norm_model(text[start:weight.end()]) in rules.lexicon:
        return weight.end()
    return end


SERIES_WEIGHT = re.compile(r"/\d{2,3}(?![\w/-])")  # "RBK-250/275"
SPACE = re.compile(r"[ \t]+")
HEAD_NOUN_BRACKET_BEFORE = re.compile(r"[ \t]+[a-z]+[ \t]*\($")  # " rockets (" between a model and a calibre
SPACE_BEFORE = re.compile(r"[ \t]+$")
MINE_CATEGORIES = ("antipersonnel_mine", "antivehicle_mine")
# A variant's ending after a known model: "PMN-2" (PMN), "TM-62M" (TM-62), "M16A1" (M16); a last digit
# without a separator is the model's own ("M395" is not M39)
VARIANT_END = re.compile(r"(?:[-/][A-Z]?\d?[A-Z]?|(?<=\d)[A-Z]\d?)$")
HEAD_GAP = re.compile(r"(?:-(?:type|family|series))?[ \t]+$")  # between a model and its head noun
NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z][a-z]")
OPENING = re.compile(r"[\n.!?:;“\"(•\u2022*-][ \t]*$")  # what a sentence, line, item or quotation opens after


def _in_a_name(text: str, m: re.Match) -> bool:
    """A capitalised generic mention that is part of a name or title, not a mention of the weapon:
    "Convention on Cluster Munitions", "Landmine Monitor", a heading "Antipersonnel Mines". Acronyms
    ("ERW", "AT mines") and a capital that only opens a sentence ("Landmines remain") are mentions."""
    if not text[m.start()].isupper():
        return False  # most mentions: "antipersonnel mines"
    words = [w for w in re.split(r"[\s/-]+", m.group(0)) if w]
    capitalised = [w for w in words if w[:1].isupper() and w[1:2].islower()]
    if not capitalised:
        return False
    opens = m.start() == 0 or bool(OPENING.search(text, max(0, m.start() - 6), m.start()))
    # mid-sentence, a capital means a name ("the Campaign to Ban Landmines", "Seminar on Landmines")
    return not opens or len(capitalised) >= 2 or bool(NEXT_CAPITALISED.match(text, m.end()))


def _category(ctx: DocContext, rules: WeaponRules, start: int, model: str, head) -> str:
    if head is not None:
        mods, noun, _ = head
        # the head noun first: "cluster submunitions" are submunitions; then its modifiers ("cluster bombs"), of
        # which a mine's ("fragmentation", "blast") make no mine of another munition ("M41 fragmentation bomb")
        for words, modifier in ((noun, False), (f"{mods} {noun}", True)):
            for cat, pat in rules.noun_categories:
                if not pat.search(words) or modifier and cat in MINE_CATEGORIES and rules.non_mine_head.match(noun):
                    continue
                if modifier and cat == "submunition" and rules.submunition_carrier.match(noun):
                    return "cluster_munition"  # "DPICM artillery projectiles (M483A1 ...)": they carry submunitions
                return cat
        if head[2] > start and rules.carrier_after.match(ctx.text, head[2]):
            return "cluster_munition"  # "SS-60 rockets, each carrying 65 dual-purpose submunitions"
    known = rules.lexicon.get(norm_model(model))
    if known is None:
        known = rules.lexicon.get(norm_model(VARIANT_END.sub("", model)))
    if known and known not in MINE_CATEGORIES:
        return known  # "Type 81 DPICM" in a sentence about antipersonnel mines is still a submunition
    s_start, _ = ctx.sentence_at(start)
    before = ctx.text[s_start:start]
    hits = [(m.end(), cat) for cat, pat in rules.sentence_categories for m in pat.finditer(before)]
    if hits and (head is None or MINE_HEAD.match(head[1])):
        return max(hits)[1]
    if known:
        return known
    if head is not None and MINE_HEAD.match(head[1]):
        return "antipersonnel_mine"
    if head is not None and rules.carrier_head.match(head[1]):
        return "cluster_munition"
    return "other"


def _resolve(rows: list[tuple[int, Extraction]]) -> list[Extraction]:
    """Drop a row that overlaps a higher-priority one (model/calibre > subtype > generic), and duplicates."""
    rows.sort(key=lambda pr: (pr[0], pr[1].char_start, -(pr[1].char_end - pr[1].char_start)))
    kept: list[tuple[int, Extraction]] = []
    spans = SpanSet()
    for pr in rows:
        r = pr[1]
        if spans.overlaps(r.char_start, r.char_end):
            continue
        kept.append(pr)
        spans.add(r.char_start, r.char_end)
    return [r for _, r in kept]


TABLE_FIELDS = (
    C("category", "TEXT", "antipersonnel_mine, antivehicle_mine, cluster_munition, submunition, improvised_mine, erw or other."),
    C("model", "TEXT", "Designation as written (spacing normalised), e.g. PMD-6, RBK-500; empty for none."),
    C("caliber_mm", "TEXT", "Calibre in millimetres (122mm -> 122); empty for none."),
    C("generic", "BOOLEAN", "true for generic mentions (cluster munitions, antipersonnel mines, ERW)."),
)
SPEC = declare("weapons", "Weapon types: models, calibres, named subtypes and generic mentions.", "weapon_id", "W",
               TABLE_FIELDS, extract)
