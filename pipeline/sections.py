"""Split canonical text into sections: country line, level-1 themes, level-2+ subsections.

A theme heading (a line equal to a known title from the section rules) opens a level-1 section
when it behaves like a heading: a `Last updated:` line or prose follows, or nothing is open yet.
Any other heading line right above a `Last updated:` line opens one too (a theme the rules do not
list), unless it is the country line; so does the heading under an annual report's title line
("Cluster Munition Monitor 2020", then the chapter's title).
A bare `Last updated:` line after a section's dates/footnotes opens an untitled section whose
title is inferred. Short heading lines followed by prose are subsections; flattened summary
tables (label/value lines) are not, because no prose follows their labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from .config import Config, ConfigError, build_rules, check_mapping, check_regex, check_str_list
from .countries import country_from_text, looks_like_country_line, to_iso3
from .records import Finding, Section

# The separators of a page title's parts: "Angola – Mine Ban Policy", "Country Profile: Angola", "Angola | Monitor"
_TITLE_PARTS = re.compile(r"[ \t]+[–—|-][ \t]+|:[ \t]+")


def _country_in_title(line: str) -> tuple[tuple[int, int], str] | None:
    """((start, end) in the line, ISO3) of the one part of a page-title line that is a country name."""
    if len(line) > 90:
        return None  # a table row of cells, not a title
    cuts = [0, *(x for m in _TITLE_PARTS.finditer(line) for x in m.span()), len(line)]
    segments = zip(cuts[::2], cuts[1::2], strict=True)  # between the separators, spaces trimmed
    parts = [(a + len(line[a:b]) - len(line[a:b].lstrip()), a + len(line[a:b].rstrip())) for a, b in segments]
    if not 2 <= len(parts) <= 3:
        return None  # a title has two or three parts
    found = [((a, b), code) for a, b in parts if a < b and looks_like_country_line(line[a:b]) and (code := to_iso3(line[a:b]))]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


TRAILING_MARKER = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$")
# A heading's number is no part of its title for matching: "1. Mine Ban Policy", "II) Mine Action"
ENUMERATION = re.compile(r"^[ \t]*(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)][ \t]+")
SENTENCE_END = re.compile(r"[.!?][”\"’)\]]*(?:\[\d{1,3}\])*[”\"’)]*\s*$")
INNER_BOUNDARY = re.compile(r"[a-z0-9)”\"’][.!?][”\"’)]*(?:\[\d{1,3}\])*\s+[A-Z“\"(]")
BULLET = re.compile(r"^\s*[•·▪\-*]\s+\S")
DIGIT_RUN = re.compile(r"\d+")
FOOTNOTE_START = re.compile(r"\s*\[\d")  # compiled once: these run on every line
FOOTNOTE_LINE = re.compile(r"\s*\[\d{1,3}\]")


@lru_cache(maxsize=8192)  # the same headings recur in every profile
def norm_title(line: str) -> str:
    line = ENUMERATION.sub("", TRAILING_MARKER.sub("", line))
    line = line.replace("_", " ").strip().rstrip("|").strip()
    return re.sub(r"\s+", " ", line).lower()


@lru_cache(maxsize=8192)
def heading_title(line: str) -> str:
    """The title as written, without a trailing footnote marker or table pipe."""
    line = TRAILING_MARKER.sub("", line).strip().rstrip("|").strip()
    return re.sub(r"\s+", " ", line)


SECTION_SCHEMA = {
    "themes": list, "container_themes": list, "last_updated": str, "report_title": str, "table_labels": list, "table_label_patterns": list, "value_labels": list,
    "site_menu": list, "other_areas": list,
    "heading_max_words": int, "heading_max_chars": int, "infer_title": dict, "default_inferred_title": str,
    "sentence_abbreviations": dict,
}
ABBREVIATION_KINDS = {"before_number": r"(?=\d)", "before_name": r"(?=[A-Z])"}  # what must follow the stop


@dataclass(frozen=True)
class SectionRules:
    themes: dict[str, str]  # normalised -> display title
    containers: frozenset[str]  # normalised titles of themes that contain other themes
    last_updated: re.Pattern
    report_title: re.Pattern  # "Landmine Monitor 2019": the chapter's theme heading follows
    table_labels: frozenset[str]
    value_labels: frozenset[str]  # summary-table labels whose next line is their value, never a heading
    table_label_patterns: tuple[re.Pattern, ...]
    site_menu: frozenset[str]
    other_areas: frozenset[str]  # areas the Monitor profiles that have no ISO code ("Nagorno-Karabakh")
    max_words: int
    max_chars: int
    infer_title: dict[str, tuple[str, ...]]
    default_title: str
    not_a_stop: re.Pattern | None  # a stop after an abbreviation ("Law No. 2003-14") ends no sentence


def _build_rules(data, where: str) -> SectionRules:
    check_mapping(data, SECTION_SCHEMA, where, required=("themes", "last_updated"))
    infer = data.get("infer_title") or {}
    for title, words in infer.items():
        check_str_list(words, f"{where}: infer_title.{title}")
    value_labels = frozenset(norm_title(t) for t in check_str_list(data.get("value_labels", []), f"{where}: value_labels"))
    return SectionRules(
        themes={norm_title(t): t for t in check_str_list(data["themes"], f"{where}: themes")},
        containers=frozenset(norm_title(t) for t in check_str_list(data.get("container_themes", []), where)),
        last_updated=check_regex(data["last_updated"], f"{where}: last_updated", re.I),
        report_title=check_regex(data.get("report_title", "(?!)"), f"{where}: report_title"),
        # a label that takes a value line is a table label too
        table_labels=frozenset(norm_title(t) for t in check_str_list(data.get("table_labels", []), where)) | value_labels,
        value_labels=value_labels,
        table_label_patterns=tuple(check_regex(p, f"{where}: table_label_patterns")
                                   for p in check_str_list(data.get("table_label_patterns", []), where)),
        site_menu=frozenset(norm_title(t) for t in check_str_list(data.get("site_menu", []), where)),
        other_areas=frozenset(norm_title(t) for t in check_str_list(data.get("other_areas", []), where)),
        max_words=data.get("heading_max_words", 10),
        max_chars=data.get("heading_max_chars", 90),
        infer_title={k: tuple(v) for k, v in infer.items()},
        default_title=data.get("default_inferred_title", "Untitled section"),
        not_a_stop=_abbreviations(data.get("sentence_abbreviations") or {}, f"{where}: sentence_abbreviations"),
    )


def _abbreviations(kinds: dict, where: str) -> re.Pattern | None:
    """One pattern for every abbreviation's stop, each kind with what must follow it; None: no abbreviations."""
    check_mapping(kinds, dict.fromkeys(ABBREVIATION_KINDS, list), where)
    parts = []
    for kind, follows in ABBREVIATION_KINDS.items():
        words = check_str_list(kinds.get(kind) or [], f"{where}.{kind}")
        if bad := [w for w in words if not re.fullmatch(r"[A-Za-z]+", w)]:
            raise ConfigError(f"{where}.{kind}: {bad[0]!r} is not an abbreviation (letters only, without the stop)")
        if words:
            parts.append(rf"(?:{'|'.join(sorted(words, key=len, reverse=True))})\.[ \t]+{follows}")
    return re.compile(rf"\b(?:{'|'.join(parts)})") if parts else None


def load_rules(cfg: Config) -> SectionRules:
    return build_rules(cfg, "sections", _build_rules)


def is_prose(line: str) -> bool:
    s = line.strip()
    words = len(s.split())
    if BULLET.match(s) and words >= 4:
        return True
    if words >= 4 and SENTENCE_END.search(s):
        return True
    return words >= 8 and bool(INNER_BOUNDARY.search(s))


@dataclass
class _Open:
    start: int
    title: str
    inferred: bool
    heading: Line | None
    last_updated: Line | None = None
    footnotes_start: int | None = None


@dataclass
class Segmentation:
    sections: list[Section]
    country: str | None
    iso3: str | None
    country_span: tuple[int, int] | None
    findings: list[Finding]


class Segmenter:
    def __init__(self, rules: SectionRules, parse_date):
        self.rules = rules
        self.parse_date = parse_date  # str -> ISO day or None

    def is_last_updated(self, line: Line) -> re.Match | None:
        return self.rules.last_updated.match(line.text)

    def theme(self, line: Line) -> str | None:
        if len(line.text) > 300:  # prose, not a theme title: skip normalising (and caching) it
            return None
        return self.rules.themes.get(norm_title(line.text))

    def is_heading_candidate(self, line: Line) -> bool:
        t = heading_title(line.text)
        if not t or len(t) > self.rules.max_chars or len(t.split()) > self.rules.max_words:
            return False
        if not (t[0].isupper() or t[0] == "“") or t[-1] in ".,;:" or ":" in t or "|" in t:
            return False
        if len(DIGIT_RUN.findall(t)) >= 2:  # image captions and table rows, not headings
            return False
        key = norm_title(t)
        if key in self.rules.table_labels or key in self.rules.site_menu or any(
                p.search(t) for p in self.rules.table_label_patterns):
            return False
        return not (self.is_last_updated(line) or FOOTNOTE_START.match(line.text))

    def is_unlisted_theme(self, line: Line) -> bool:
        """A heading line that is neither a listed theme nor a country name (excerpts put the country
        line right above "Last updated:")."""
        return not self.theme(line) and self.is_heading_candidate(line) and to_iso3(line.stripped) is None

    def heading_chain(self, ne: list[Line], i: int, depth: int = 2) -> int:
        """How many heading lines start at ne[i] and end right before prose (0 = not a heading)."""
        for n in range(1, depth + 1):
            if i + n > len(ne) - 1:
                return 0
            if not self.is_heading_candidate(ne[i + n - 1]):
                return 0
            nxt = ne[i + n]
            if nxt.stripped.startswith("©"):
                return 0  # an image's file name above its credit line ("Mineactionbwii", "© Sean Sutton / MAG")
            # The last line of an excerpt cut mid-sentence is prose if it reads like a sentence's start.
            cut_sentence = nxt is ne[-1] and len(nxt.text.split()) >= 8 and nxt.stripped[:1].isupper()
            if is_prose(nxt.text) or cut_sentence:
                return n
        return 0

    def segment(self, doc_id: str, text: str) -> Segmentation:
        lines = split_lines(text)
        ne = [ln for ln in lines if ln.stripped]
        tops: list[_Open] = []
        subs: list[tuple[int, int, str, Line, int]] = []  # (top index, level, title, line, chain pos)
        cur: _Open | None = None
        # The first line shaped like a country name is the country line, even a name the table lacks.
        # (The cheap shape test first: norm_title's cache is for short lines, not every line of prose.)
        first = next((k for k, ln in enumerate(ne) if looks_like_country_line(ln.text)
                      and norm_title(ln.text) not in self.rules.site_menu), -1)
        i = 0
        while i < len(ne):
            line = ne[i]
            nxt = ne[i + 1] if i + 1 < len(ne) else None
            # A theme the rules do not list: "Risk Education" above its "Last updated:" line, or the heading
            # under an annual report's title line ("Cluster Munition Monitor 2020", "Contamination and Clearance").
            dated = i > first and nxt is not None and self.is_last_updated(nxt)
            chapter = cur is None and i > 0 and self.rules.report_title.match(ne[i - 1].text)
            if (dated or chapter) and self.is_unlisted_theme(line):
                cur = _Open(line.start, heading_title(line.text), False, line, last_updated=nxt if dated else None)
                tops.append(cur)
                i += 2 if dated else 1
                continue
            if self.is_last_updated(line):
                # Right under its heading, the line is that section's, whatever follows
                # ("Casualties and Victim Assistance", "Last updated:", then its part "Casualties").
                under_heading = cur is not None and cur.heading is ne[i - 1] and cur.last_updated is None
                if not under_heading and nxt is not None and self.theme(nxt) and not (cur and cur.heading is nxt):
                    cur = _Open(line.start, self.theme(nxt), False, nxt, last_updated=line)
                    tops.append(cur)
                    i += 2
                    continue
                if cur is not None and cur.last_updated is None and cur.footnotes_start is None and not cur.inferred:
                    cur.last_updated = line
                else:
                    cur = _Open(line.start, "", True, None, last_updated=line)
                    tops.append(cur)
                i += 1
                continue
            if FOOTNOTE_LINE.match(line.text):
                if cur is not None and cur.footnotes_start is None:
                    cur.footnotes_start = line.start
                i += 1
                continue
            theme = self.theme(line)
            if theme and cur is not None and not self.is_last_updated(nxt or line) and (
                    heading_title(line.text) not in (theme, theme.upper()) or norm_title(cur.title) in self.rules.containers):
                theme = None  # a sentence-case table label, or a part of a container theme such as Impact
            if theme and not (cur and not cur.inferred and norm_title(theme) in norm_title(cur.title)):
                label = norm_title(line.text) in self.rules.table_labels  # "Cluster munition remnants" in a table
                heading_like = cur is None or (nxt is not None and (self.is_last_updated(nxt) or not label and (
                    is_prose(nxt.text) or self.heading_chain(ne, i + 1) > 0)))
                if heading_like:
                    cur = _Open(line.start, theme, False, line)
                    tops.append(cur)
                    i += 1
                    continue
            if cur is not None and cur.footnotes_start is None:
                chain = self.heading_chain(ne, i)
                if chain == 2 and i > 0 and norm_title(ne[i - 1].text) in self.rules.value_labels:
                    # "Key developments", a short value line, then a heading and prose: the value is no heading
                    i += 1
                    continue
                nested = False  # a heading right below another heading is one level deeper
                for k in range(chain):
                    h = ne[i + k]
                    if norm_title(h.text) != norm_title(cur.title) and h is not cur.heading:
                        subs.append((len(tops) - 1, 3 if nested else 2, heading_title(h.text), h, k))
                        nested = True
                if chain:
                    i += chain
                    continue
            i += 1
        return self._build(doc_id, text, lines, ne, tops, subs)

    def infer_title(self, body: str) -> str:
        low = body.lower()
        scores = {t: sum(low.count(k.lower()) for k in kws) for t, kws in self.rules.infer_title.items()}
        best = max(scores.items(), key=lambda kv: kv[1], default=(None, 0))
        return best[0] if best[0] and best[1] > 0 else self.rules.default_title

    def _country_line(self, lead: list[Line]) -> tuple[str | None, str | None, tuple[int, int] | None]:
        """(country, ISO3, span) from the lines before the first theme: a line that is a country name
        (or an area without a code), else the country part of a page title ("Angola – Mine Ban Policy")."""
        for line in lead:
            if norm_title(line.text) in self.rules.site_menu or not looks_like_country_line(line.text):
                continue
            code = to_iso3(line.stripped)
            if code or norm_title(line.text) in self.rules.other_areas:
                return heading_title(line.text), code, (line.start, line.start + len(line.text.rstrip()))
        for line in lead:
            named = _country_in_title(line.text)
            if named is not None:
                (at, end), code = named
                return line.text[at:end], code, (line.start + at, line.start + end)
        return None, None, None

    def _build(self, doc_id, text, lines, ne, tops, subs) -> Segmentation:
        findings: list[Finding] = []
        sections: list[Section] = []
        first_top = tops[0].start if tops else len(text)
        country, iso3, country_span = self._country_line(list(takewhile(lambda ln: ln.start < first_top, ne)))
        if country is None:
            guess = country_from_text(text)
            if guess:
                country, iso3 = guess
                findings.append(Finding(doc_id, None, "country_inferred", None, None,
                                        f"no country line; {country!r} ({iso3}) is the country the text names most"))
        ordinal = 0
        if text[:first_top].strip():
            sections.append(Section("S0", ordinal, 0, None, "(before first section)", False, None, 0, first_top))
            ordinal += 1
        for k, top in enumerate(tops, start=1):
            end = tops[k].start if k < len(tops) else len(text)
            sid = f"S{k}"
            lu_iso, lu_span = None, None
            if top.last_updated is not None:
                ln = top.last_updated
                m = self.is_last_updated(ln)
                lu_span = (ln.start, ln.start + len(ln.text.rstrip()))
                ds, de = ln.start + m.start("date"), ln.start + m.end("date")
                if de > ds:
                    lu_iso = self.parse_date(text[ds:de])
                    if lu_iso is None:
                        findings.append(Finding(doc_id, sid, "bad_last_updated", ds, de,
                                                f"cannot read the date {text[ds:de]!r}"))
            title = top.title
            if top.inferred:
                title = self.infer_title(text[top.start:end])
                findings.append(Finding(doc_id, sid, "inferred_title", top.start, lu_span[1] if lu_span else top.start,
                                        f"section opened by a bare 'Last updated:' line; title inferred as {title!r}"))
            heading_span = (top.heading.start, top.heading.start + len(top.heading.text.rstrip())) if top.heading else None
            sections.append(Section(sid, ordinal, 1, None, title, top.inferred, lu_iso, top.start, end,
                                    heading_span, lu_span, top.footnotes_start))
            ordinal += 1
            own = [s for s in subs if s[0] == k - 1]
            body_end = top.footnotes_start if top.footnotes_start is not None else end
            parent_l2 = sid
            n2 = n3 = 0
            for j, (_, level, stitle, line, _pos) in enumerate(own):
                # a subsection runs to the next one of its level or higher, so that it holds its own subsections
                s_end = next((o[3].start for o in own[j + 1:] if o[1] <= level), body_end)
                if level == 2:
                    n2, n3 = n2 + 1, 0
                    sub_id = f"{sid}.{n2}"
                    parent_l2 = sub_id
                    parent = sid
                else:
                    n3 += 1
                    sub_id = f"{parent_l2}.{n3}"
                    parent = parent_l2
                sections.append(Section(sub_id, ordinal, level, parent, stitle, False, None, line.start,
                                        max(s_end, line.start + len(line.text)),
                                        (line.start, line.start + len(line.text.rstrip()))))
                ordinal += 1
        if not tops:
            findings.append(Finding(doc_id, "S0" if sections else None, "no_sections", None, None,
                                    "no theme heading or 'Last updated:' line found; all text belongs to no section"))
        return Segmentation(sections, country, iso3, country_span, findings)

