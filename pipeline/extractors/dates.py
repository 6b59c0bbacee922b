"""Dates: rules find candidate expressions, dateparser normalises the strings they found.

Stages: atoms (day-month-year, month-day-year, month-year, day-month, month, year) found by
patterns built from rules/dates.yaml -> ranges merged from adjacent atoms ("between 1999 and
2017", "1 October to 30 November 2018", "1950–1953") -> modifiers attached ("mid-2015",
"the end of 2019", "since 1999") -> missing years filled from a coordinated expression or the
nearest earlier year of the paragraph -> values at the precision written.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from ..config import Config, ConfigError, build_rules, check_mapping, check_str_list
from ..context import DocContext
from ..records import Extraction
from ..regexes import compile_rule
from ..tables import C
from . import declare
from .common import make_row_fields

MODIFIER_VALUES = ("early", "mid", "late", "end", "since", "before", "after", "about")
SCHEMA = {
    "months": dict, "month_abbreviations": dict, "year_min": int, "year_max": int, "modifiers": dict, "modifiers_after": dict,
    "month_context": list, "year_not_after": list, "year_not_before": list, "range_connectors": list,
    "range_openers": list,
}


@dataclass(frozen=True)
class DateRules:
    months: dict[str, int]  # lower-case name -> number (full names and abbreviations)
    atom: re.Pattern
    modifier: re.Pattern
    modifiers: dict[str, str]
    modifier_after: re.Pattern
    modifiers_after: dict[str, str]
    month_context: re.Pattern
    year_not_after: re.Pattern
    year_not_before: re.Pattern
    connector: re.Pattern
    opener: re.Pattern


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def year_alternation(lo: int, hi: int) -> str:
    """Years lo..hi as a short regex (a whole decade as one `199\\d`): 150 alternatives compile slowly."""
    parts = []
    y = lo
    while y <= hi:
        if y % 10 == 0 and y + 9 <= hi:
            parts.append(rf"{y // 10}\d")
            y += 10
        else:
            parts.append(str(y))
            y += 1
    return "|".join(parts)


def _build(data, where: str) -> DateRules:
    check_mapping(data, SCHEMA, where, required=("months",))
    for key in ("months", "month_abbreviations"):
        for name, num in (data.get(key) or {}).items():
            if not isinstance(num, int) or not 1 <= num <= 12:
                raise ConfigError(f"{where}: {key}.{name} must be a month number 1-12")
    full = data["months"]
    abbr = data.get("month_abbreviations") or {}
    lo, hi = data.get("year_min", 1900), data.get("year_max", 2049)
    years = year_alternation(lo, hi)
    year = rf"(?<![\w/.,:$£€])(?:{years})(?![a-z0-9/]|[.,]\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    of = r"(?:(?<=[a-z])\s+of)?"  # "the 3rd of June 2016": "of" only after an ordinal day
    mfull = rf"(?:{_alt(full)})"
    mods = data.get("modifiers") or {}
    mods_after = data.get("modifiers_after") or {}
    for key, table in (("modifiers", mods), ("modifiers_after", mods_after)):
        if bad := [k for k, v in table.items() if v not in MODIFIER_VALUES]:
            raise ConfigError(f"{where}: {key}.{bad[0]}: {table[bad[0]]!r} is not one of {', '.join(MODIFIER_VALUES)}")
    modifier = re.compile(rf"(?:^|(?<=[\s(\[]))(?P<mod>{_alt(mods)})(?:[\s-]+)$")
    connectors = check_str_list(data.get("range_connectors", []), f"{where}: range_connectors")
    # Between the two days of "15–17 May" or "from 21 to 24 June": a dash, or a connector word.
    dashes = [c for c in connectors if not c[:1].isalnum()]
    words = [c for c in connectors if c[:1].isalnum()]
    day_sep = rf"\s*(?:{_alt(dashes) or '[–—−-]'})\s*" + (rf"|\s+(?:{_alt(words)})\s+" if words else "")
    many = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.?)"
    atom = compile_rule(
        r"(?P<iso>\b(?P<y9>(?:19|20)\d\d)-(?P<m9>0[1-9]|1[0-2])-(?P<d9>0[1-9]|[12]\d|3[01])\b)"
        rf"|(?P<yy>(?P<y8>{year})[–−-](?P<y8b>\d\d)(?![\d/]))"  # "1992–94"; an em dash is an aside
        rf"|(?P<ys>(?P<y10>(?<![\w/.,:$£€])(?:{years}))/(?P<y10b>(?:19|20)?\d\d)(?![\w/]|[.,]\d))"  # "2019/20", a season
        rf"|(?P<ddmy>\b(?P<d0>{day})(?P<sep0>{day_sep})(?P<d0b>{day})\s+(?:(?P<m0>{many}),?\s+(?P<y0>{year})|(?P<m7>{mfull})\b))"
        rf"|(?P<dmy>\b(?P<d1>{day}){of}\s+(?P<m1>{many}),?\s+(?P<y1>{year}))"
        rf"|(?P<mdy>\b(?P<m2>{many})\s+(?P<d2>{day}),?\s+(?P<y2>{year}))"
        rf"|(?P<my>\b(?P<m3>{many}),?(?:\s+of)?\s+(?P<y3>{year}))"  # "March 2019", "March of 2019"
        rf"|(?P<dm>\b(?P<d4>{day}){of}\s+(?P<m4>{mfull})\b)"
        # (an abbreviation only with its stop: "on Aug. 7"; "Mar 3" could be a word and a count)
        rf"|(?P<md>\b(?P<m5>{mfull}|(?:{_alt(abbr)})\.)\s+(?P<d5>{day})\b(?![,.]?\s*\d))"
        rf"|(?P<m>\b(?P<m6>{mfull})\b)"
        rf"|(?P<y>{year})"
        # "30/04/2019", "30.04.2019": numbers of a day, a month and a year (not "77/79", not "A/53/pv79")
        rf"|(?P<num>(?<![\w/.-])(?P<n1>\d{{1,2}})(?P<nsep>[/.])(?P<n2>\d{{1,2}})(?P=nsep)(?P<y11>{years})(?![\w/]|[.,]\d))"
        rf"|(?P<fy>\bFY[ \t]?(?P<y12>{years})(?:[/–-](?P<y12b>(?:19|20)?\d\d))?\b)"  # "FY2019", "FY2021/22": a fiscal year
    )
    return DateRules(
        months={**{k.lower(): v for k, v in full.items()}, **{k.lower(): v for k, v in abbr.items()}},
        atom=atom,
        modifier=modifier,
        modifiers=mods,
        modifier_after=re.compile(rf"[ \t]+(?P<mod>{_alt(mods_after) or '(?!)'})\b"),
        modifiers_after=mods_after,
        month_context=re.compile(rf"(?:^|\s|-)(?:{_alt(check_str_list(data.get('month_context', []), where))})[\s-]+$"),
        year_not_after=re.compile(rf"(?:{'|'.join(check_str_list(data.get('year_not_after', []), where))})\s*$"),
        year_not_before=re.compile(rf"^\s*(?:{'|'.join(check_str_list(data.get('year_not_before', []), where))})"),
        # ... the end's point modifier after it: "to the end of", "until mid-"
        connector=re.compile(rf"^\s*(?P<conn>{_alt(connectors)})\s*(?P<endof>(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+"
                             rf"|(?:{'|'.join(RANGE_END_MODIFIERS)})[\s-]+)?$"),
        opener=re.compile(rf"(?:^|(?<=[\s(]))(?P<open>{_alt(check_str_list(data.get('range_openers', []), where))})\s+$"),
    )


def load_rules(cfg: Config) -> DateRules:
    return build_rules(cfg, "dates", _build)


@dataclass
class Atom:
    start: int
    end: int
    kind: str  # ddmy dmy mdy my dm md m y
    year: int | None
    month: int | None
    day: int | None
    day2: int | None = None
    first: Atom | None = None  # for "1992–94": the start year's atom

    @property
    def has_year(self) -> bool:
        return self.year is not None


ATOM_KINDS = ("iso", "num", "fy", "yy", "ys", "ddmy", "dmy", "mdy", "my", "dm", "md", "m", "y")


def _group(m: re.Match, name: str) -> str | None:
    """A group's text; None when it did not take part in the match or the pattern has no such group
    (only the groups an atom's kind needs are read, not a dict of all of them)."""
    return m.group(name) if name in m.re.groupindex else None


def find_atoms(text: str, rules: DateRules, lo: int = 0, hi: int | None = None) -> list[Atom]:
    hi = len(text) if hi is None else hi
    atoms = []
    for m in rules.atom.finditer(text, lo, hi):
        # The alternative that matched is the group closed last (its inner groups close before it).
        kind = m.lastgroup if m.lastgroup in ATOM_KINDS else next(k for k in ATOM_KINDS if m.group(k))
        if kind == "yy":  # "1992–94": the end year keeps the century of the start year
            start_year = int(_group(m, "y8"))
            end_year = start_year // 100 * 100 + int(_group(m, "y8b"))
            if end_year > start_year:
                atoms += _year_pair(text, rules, m, start_year, end_year)
            elif not rules.year_not_after.search(text[max(0, m.start() - 25):m.start()]):
                # "1998-55" (a year, then a count): the year alone, else the failed pair would hide it
                atoms.append(Atom(m.start(), m.start("y8b") - 1, "y", start_year, None, None))
            continue
        if kind == "ys" or kind == "fy" and _group(m, "y12b"):
            # "1996/97", "2019/2020", "FY2021/22": a season or fiscal year, the second year the next one
            start_year, second = (int(_group(m, "y10")), _group(m, "y10b")) if kind == "ys" else \
                (int(_group(m, "y12")), _group(m, "y12b"))
            end_year = int(second) if len(second) == 4 else start_year // 100 * 100 + int(second)
            end_year += 100 if end_year < start_year and len(second) == 2 else 0  # "1999/00"
            if end_year == start_year + 1:
                atoms += _year_pair(text, rules, m, start_year, end_year)
            continue
        if kind == "iso":  # 2019-12-07, written as data rather than prose
            atoms.append(Atom(m.start(), m.end(), "dmy", int(_group(m, "y9")), int(_group(m, "m9")), int(_group(m, "d9"))))
            continue
        if kind == "num":  # day first, as the Monitor writes dates, unless the first number cannot be a month's
            first, second = int(_group(m, "n1")), int(_group(m, "n2"))
            day, month = (second, first) if second > 12 >= first else (first, second)
            if 1 <= month <= 12:
                atoms.append(Atom(m.start(), m.end(), "dmy", int(_group(m, "y11")), month, day))
            continue
        if kind == "fy":
            atoms.append(Atom(m.start(), m.end(), "y", int(_group(m, "y12")), None, None))
            continue
        idx = {"ddmy": "0", "dmy": "1", "mdy": "2", "my": "3", "dm": "4", "md": "5", "m": "6"}.get(kind)
        # "5–6 June" names its month in a group of its own (m7) and takes its year from the paragraph
        month_name = (_group(m, f"m{idx}") or _group(m, "m7")) if idx else None
        month = rules.months.get(month_name.rstrip(".").lower()) if month_name else None
        day = _int(_group(m, f"d{idx}")) if idx else None
        year = _int(_group(m, f"y{idx}")) if idx else int(m.group("y"))
        day2 = _int(_group(m, "d0b")) if kind == "ddmy" else None
        if kind == "ddmy" and (day2 <= day or m.group("sep0").strip() == "and" and
                               not _is_between(_opener_before(text, m.start(), rules))):
            # "on 5 and 6 July 2011" (two days) or "from 5 to 3 May" (counts): not a range of days.
            # Days listed with "and" are a date each, as years are ("14, 15 and 16 May 2018").
            if day2 > day:
                listed = [(m.start("d0"), m.end("d0"), day)]
                while more := DAY_LISTED_BEFORE.search(text, max(0, listed[0][0] - 8), listed[0][0]):
                    listed.insert(0, (more.start("d"), more.end("d"), _int(more.group("d"))))
                atoms += [Atom(a, b, "dmy", year, month, d) for a, b, d in listed if d < day2]
            atoms.append(Atom(m.start("d0b"), m.end(), "dmy", year, month, day2))
            continue
        before = text[max(0, m.start() - 25):m.start()]
        after = text[m.end():m.end() + 20]
        if kind == "y" and (rules.year_not_after.search(before) or rules.year_not_before.search(after)):
            continue
        if kind == "m" and not rules.month_context.search(before) and not MONTH_LIST_NEXT.match(after) and not (
                atoms and atoms[-1].month and DASH.fullmatch(text, atoms[-1].end, m.start())):  # "June–September"
            continue
        if kind in ("m", "md", "dm") and m.group(0).startswith("May") and re.match(r"\s+(?:be|have|not|also)\b", after):
            continue
        atoms.append(Atom(m.start(), m.end(), kind, year, month, day, day2))
    return atoms


def _year_pair(text: str, rules: DateRules, m: re.Match, start_year: int, end_year: int) -> list[Atom]:
    """Two years written as one ("1992–94", "2019/20") as one atom whose `first` is the start year;
    none after a law's or a document's label ("Law No. 2003-14")."""
    if rules.year_not_after.search(text[max(0, m.start() - 25):m.start()]):
        return []
    first = Atom(m.start(), m.start() + 4, "y", start_year, None, None)
    return [Atom(m.start(), m.end(), "yy", end_year, None, None, first=first)]


def _opener_before(text: str, pos: int, rules: DateRules) -> re.Match | None:
    """"from " or "between " right before a range (the span includes it)."""
    return rules.opener.search(text[max(0, pos - 12):pos])


def _is_between(opener: re.Match | None) -> bool:
    """Only "between" joins with "and": "between 1999 and 2017" is a range, "in 2015 and 2016" two years."""
    return bool(opener) and opener.group("open").lower() == "between"


RANGE_END_MODIFIERS = ("early", "mid", "late", "end")  # a range's ends may carry these; "since 2015" may not
# After a bare month that opens a list or range: "June and July", "June–September 2022"
MONTH_LIST_NEXT = re.compile(r"\s*(?:(?:and|or|to)\s|[–—−-]\s*[A-Z])")
# ... "From January to March, and again in July 2021"
COORDINATED = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or|to|until|till|through|[–—−-])\s*(?:(?:again|also)\s+)?(?:(?:in|on)\s+)?")
DASH = re.compile(r"\s*[–—−-]\s*")
# A day listed before "15 and 16 May 2018": "14, "
DAY_LISTED_BEFORE = re.compile(r"(?<![\d,.])\b(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,\s*$")
NOT_DIGIT = re.compile(r"\D")


def _int(s: str | None) -> int | None:
    return int(NOT_DIGIT.sub("", s)) if s else None


@cache
def _parser():
    """One dateparser parser, reused: building one per call costs more than parsing."""
    from dateparser.date import DateDataParser

    # The rules found the date and its parts: dateparser checks them against the calendar with
    # explicit formats ("custom-formats"), ~40x faster than its free-text parser, with no guessing.
    return DateDataParser(languages=["en"], settings={"PARSERS": ["custom-formats"], "PREFER_DAY_OF_MONTH": "first"})


@cache
def normalise(day: int | None, month: int | None, year: int) -> tuple[str, str, str] | None:
    """(value, start, end) at the precision given; dateparser validates and normalises."""
    if month is None:
        return f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31"
    if year < 1000:  # as dateparser's free-text parser had it: no three-digit years in a full date
        return None
    if day is None:
        parsed = _parser().get_date_data(f"{year:04d}-{month:02d}", date_formats=["%Y-%m"]).date_obj
        if parsed is None:
            return None
        last = calendar.monthrange(parsed.year, parsed.month)[1]
        return f"{parsed:%Y-%m}", f"{parsed:%Y-%m}-01", f"{parsed:%Y-%m}-{last:02d}"
    parsed = _parser().get_date_data(f"{year:04d}-{month:02d}-{day:02d}", date_formats=["%Y-%m-%d"]).date_obj
    if parsed is None:
        return None
    iso = f"{parsed:%Y-%m-%d}"
    return iso, iso, iso


def parse_day(text: str, cfg: Config | None = None) -> str | None:
    """ISO day of the first full date in a string (used for 'Last updated:' lines), else its month
    ("November 2020" -> "2020-11")."""
    rules = load_rules(cfg or Config())
    # A line in capitals ("LAST UPDATED: 03 MAY 2020") is read title-cased (same length). Month names in
    # capitals are not in the date pattern itself: they made the scan of every document ~30% slower.
    for kinds, with_day in ((("dmy", "mdy"), True), (("my",), False)):
        for candidate in (text, text.title()) if text.isupper() else (text,):
            for atom in find_atoms(candidate, rules):
                if atom.kind in kinds and atom.year:
                    norm = normalise(atom.day if with_day else None, atom.month, atom.year)
                    if norm:
                        return norm[0]
    return None


@dataclass
class DateItem:
    start: int
    end: int
    first: Atom
    last: Atom | None  # set for ranges
    modifier: str | None
    rule: str


def combine(text: str, atoms: list[Atom], rules: DateRules) -> list[DateItem]:
    items: list[DateItem] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = text[a.end:b.start] if b is not None else ""
        cm = rules.connector.match(gap) if b is not None and len(gap) < 40 and "\n" not in gap else None
        if cm:  # only then the look back: most dates are no range's start
            # A point modifier of the start ("from early 2015 until mid-2017") belongs to the range's text
            lead = rules.modifier.search(text[max(0, a.start - 22):a.start])
            lead = lead if lead and "\n" not in lead.group(0) and rules.modifiers[lead.group("mod")] in RANGE_END_MODIFIERS else None
            begin = a.start - len(lead.group(0)) if lead else a.start
            opener = _opener_before(text, begin, rules)
            if _range_ok(a, b, gap, opener, cm.group("conn")):
                start = begin - len(opener.group(0)) if opener else begin
                items.append(DateItem(start, b.end, a, b, None, f"range_{a.kind}_{b.kind}"))
                i += 2
                continue
        if a.kind == "yy":
            items.append(DateItem(a.start, a.end, a.first, a, None, "range_y_yy"))
        elif a.kind == "ddmy":  # a range of days in one atom: "from 21 to 24 June 2022" is one item
            opener = _opener_before(text, a.start, rules)
            items.append(DateItem(a.start - len(opener.group(0)) if opener else a.start, a.end, a, None, None, a.kind))
        else:
            items.append(DateItem(a.start, a.end, a, None, None, a.kind))
        i += 1
    for item in items:
        if item.last is not None:
            continue
        m = rules.modifier.search(text[max(0, item.start - 22):item.start])
        if m and "\n" not in m.group(0):
            item.modifier = rules.modifiers[m.group("mod")]
            item.start -= len(m.group(0))
            item.rule += f"_mod_{item.modifier}"
        elif after := rules.modifier_after.match(text, item.end):  # "from 2018 onward"
            item.modifier = rules.modifiers_after[after.group("mod")]
            item.end = after.end()
            if (opener := _opener_before(text, item.start, rules)) and opener.group("open").lower() == "from":
                item.start -= len(opener.group(0))
            item.rule += f"_mod_{item.modifier}"
    return items


def _range_ok(a: Atom, b: Atom, gap: str, opener, word: str) -> bool:
    """`word`: the connector in the gap ("to" in "to the end of", "until" in "until mid-")."""
    dash = word in ("–", "—", "−", "-")
    if a.kind == "m" and not b.has_year:
        # "from June to September", "June–September": its year from the paragraph, one range of months
        return b.kind == "m" and (dash or bool(opener) and (word != "and" or _is_between(opener)))
    if word == "and":
        return _is_between(opener)
    if dash:
        if gap != word and not (a.has_year and b.has_year):
            return False  # "2015 - 2016" with spaces only between full years
        # "3 May–4 June", its year from the paragraph
        return a.kind in ("y", "m", "my", "dm", "dmy") and b.kind in ("y", "my", "dmy") or a.kind == b.kind == "dm"
    return b.has_year or bool(opener)


def extract(ctx: DocContext) -> list[Extraction]:
    rules = load_rules(ctx.config)
    text = ctx.text
    atoms = find_atoms(text, rules)
    items = combine(text, atoms, rules)
    out: list[Extraction] = []
    for k, item in enumerate(items):
        a, b = item.first, item.last
        # (day, month, year) of each end: a range of atoms, a range of days in one atom ("5–6 June"), or one date
        ends = ([(a.day, a.month, a.year), (b.day, b.month, b.year)] if b is not None else
                [(a.day, a.month, a.year), (a.day2, a.month, a.year)] if a.kind == "ddmy" else [(a.day, a.month, a.year)])
        # The end without a year takes the paragraph's ("from June to September"); the start, the end's.
        year_end = ends[-1][2] if ends[-1][2] is not None else _year_from_context(ctx, items, k)
        years = [y or year_end for _, _, y in ends[:-1]] + [year_end]
        if len(ends) == 2 and ends[0][2] is None and year_end is not None and \
                (ends[0][1] or 0, ends[0][0] or 0) > (ends[1][1] or 0, ends[1][0] or 0):
            years[0] = year_end - 1  # "from October to March 2019": the start is in the year before
        if all(y is None for y in years):  # no year in sight: month and day only ("--06", "--03/--05")
            value, start, end = "/".join(f"--{m:02d}" + (f"-{d:02d}" if d else "") for d, m, _ in ends), "", ""
        else:
            norms = [normalise(d, m, y) if y is not None else None for (d, m, _), y in zip(ends, years, strict=True)]
            if None in norms:
                continue
            value, start, end = "/".join(n[0] for n in norms), norms[0][1], norms[-1][2]
        gran = "range" if len(ends) == 2 else "day" if a.day else "month" if a.month else "year"
        fields = make_row_fields(ctx, item.start, item.end)
        fields.update(value=value, start=start, end=end, granularity=gran, modifier=item.modifier or "")
        out.append(Extraction("dates", item.start, item.end, item.rule, fields))
    return out


def _year_from_context(ctx: DocContext, items: list[DateItem], k: int) -> int | None:
    """A coordinated later year ("February and May 2003"), else the nearest earlier year in the paragraph."""
    item = items[k]
    text = ctx.text
    if k + 1 < len(items):
        nxt = items[k + 1]
        gap = text[item.end:nxt.start]
        # "February and May 2003"; "from mid-March to end-April 2018" (a range whose ends have modifiers: two items)
        if COORDINATED.fullmatch(gap) and (nxt.first.has_year or (nxt.last and nxt.last.has_year)):
            return nxt.first.year or nxt.last.year
    top = ctx.top_at(item.start)
    section_start = top.char_start if top else 0
    for j in range(k - 1, -1, -1):
        prev = items[j]
        if prev.end <= section_start:
            break
        if ctx.context_at(prev.start) == "metadata":
            continue  # the "Last updated" line dates the profile, not the events it reports
        year = (prev.last.year if prev.last and prev.last.year else prev.first.year)
        if year is not None:
            # The guidelines name the paragraph; beyond it the section's last year is the best guess left.
            return year
    return None


TABLE_FIELDS = (
    C("value", "TEXT", "ISO 8601 at the precision written: 2020-12-07, 2023-07, 2015; ranges start/end."),
    C("start", "TEXT", "First day the expression covers (2023-07 -> 2023-07-01)."),
    C("end", "TEXT", "Last day the expression covers (2023-07 -> 2023-07-31)."),
    C("granularity", "TEXT", "day, month, year or range."),
    C("modifier", "TEXT", f"{', '.join(MODIFIER_VALUES[:-1])} or {MODIFIER_VALUES[-1]}; empty when none."),
)

SPEC = declare("dates", "Dates and date ranges, with ISO values.", "date_id", "D", TABLE_FIELDS, extract)
