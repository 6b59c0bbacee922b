"""Country names to ISO3 through country_converter's table (a maintained library), never a hand list.

The table is read from the library's data file and searched the way its `convert()` does
(tests compare the two on every name it knows), without importing the library, which imports pandas.

country_converter knows the Monitor's forms ("Korea, Democratic People's Republic of",
"Lao PDR", "Myanmar/Burma", "Republic of Korea"); pycountry's fuzzy search maps
"Republic of Korea" to the North, so it is not used.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

from .regexes import required_literals


@lru_cache(maxsize=16384)  # bounded: a long batch meets many capitalised phrases
def to_iso3(name: str) -> str | None:
    """ISO3 code of a country name, or None when the name is not a country."""
    cleaned = re.sub(r"[_\s]+", " ", name or "").strip()
    if not cleaned or len(cleaned) > 60:
        return None
    result = _convert(cleaned)
    if isinstance(result, list):
        result = result[0] if result else None
    if not isinstance(result, str) or result == cleaned or not re.fullmatch(r"[A-Z]{3}", result):
        return None
    return result


# country_converter's default exclusion words ("Asia excluding China" is looked up as "Asia").
_EXCLUDER = re.compile("excl\\w.*|without|w/o")


@cache
def _rows() -> tuple[dict[str, str], ...]:
    """country_converter's table as CountryConverter() loads it: obsolete rows out, the last of
    duplicated names kept. Read from the library's data file with the csv module, because
    constructing the converter imports pandas (~0.7 s of a run). Tests check it against the converter."""
    with open(_data_file(), encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if not r["obsolete"].strip()]
    for column in ("name_short", "name_official", "regex"):
        last = {r[column]: i for i, r in enumerate(rows)}
        rows = [r for i, r in enumerate(rows) if last[r[column]] == i]
    return tuple(rows)


def _iso3(row: dict[str, str]) -> str:
    """A row's ISO3 code as convert() returns it."""
    return "".join(ch for ch in row["ISO3"].split("|")[0] if ch.isalnum()).upper()


@cache
def _iso3_by_pattern(column: str = "regex") -> list[tuple[re.Pattern, str]]:
    """A column's patterns (convert() searches names with the regex column, two-letter names with
    the ISO2 column, whose cells are patterns too: "^GB$|^UK$") and the ISO3 code of their row."""
    return [(re.compile(r[column], re.IGNORECASE), _iso3(r)) for r in _rows()]


@cache
def _iso3_by_code(column: str) -> dict[str, list[str]]:
    """ISO3 codes by the upper-cased ISO3 code or ISO number of their row: how convert() reads a
    three-letter name or a number (a whole-cell, case-blind comparison)."""
    index: dict[str, list[str]] = {}
    for r in _rows():
        cell = r[column].strip()
        if cell:
            index.setdefault(cell.split(".")[0].upper(), []).append(_iso3(r))
    return index


@cache
def _words_of_name_patterns() -> tuple[tuple[tuple[str, tuple[int, ...]], ...], frozenset[int]]:
    """For the name patterns: (each word one of which some patterns need, with those patterns'
    positions), and the positions of the patterns that need no word that can be told."""
    needing: dict[str, list[int]] = {}
    free = []
    for i, (rx, _code) in enumerate(_iso3_by_pattern("regex")):
        words = required_literals(rx.pattern, rx.flags)
        if words is None:
            free.append(i)
        for word in words or ():
            needing.setdefault(word, []).append(i)
    return tuple((w, tuple(ix)) for w, ix in needing.items()), frozenset(free)


def _name_patterns_to_try(name: str) -> list[tuple[re.Pattern, str]]:
    """The name patterns that can match `name`, in table order: for an ASCII name (every capitalised
    phrase a profile gives), only those whose needed words occur in it, a few of ~250."""
    patterns = _iso3_by_pattern("regex")
    if not name.isascii():
        return patterns
    lowered = name.lower()
    words, free = _words_of_name_patterns()
    possible = set(free)
    for word, positions in words:
        if word in lowered:
            possible.update(positions)
    return [patterns[i] for i in sorted(possible)]


def _data_file() -> Path:
    """country_converter's data file, found without importing the package (which imports pandas)."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("country_converter is not installed: pip install country_converter")
    return Path(next(iter(spec.submodule_search_locations))) / "country_data.tsv"


def _convert(name: str) -> str | list[str] | None:
    """`CountryConverter.convert(name, to="ISO3", not_found=None)`: the same searches over the same
    table without its per-call pandas work (~4x faster, which counts when a corpus keeps bringing
    new capitalised phrases), and without importing pandas at all."""
    clean = _EXCLUDER.split(name)[0]
    if _is_number(clean) or len(clean) == 3:
        found = _iso3_by_code("ISOnumeric" if _is_number(clean) else "ISO3").get(clean.upper(), [])
    elif len(clean) == 2:
        found = [code for rx, code in _iso3_by_pattern("ISO2") if rx.search(clean)]
    else:
        found = [code for rx, code in _name_patterns_to_try(clean) if rx.search(clean)]
    if not found:
        return clean  # what convert() returns for a name it cannot place when not_found is None
    return found[0] if len(found) == 1 else found


def _is_number(s: str) -> bool:
    try:
        int(s)
    except ValueError:
        return False
    return True


_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|of|the|and|da|de|del|d['’]Ivoire|PDR|\(.*\))$")


def looks_like_country_line(line: str) -> bool:
    """A line that is only a country name: short, name-cased words, no digits or sentence words."""
    line = re.sub(r"[_\s]+", " ", line).strip().rstrip("|").strip()
    if not line or len(line) > 60 or re.search(r"\d", line):
        return False
    words = re.split(r"[ ,/]+", line)
    return 0 < len(words) <= 7 and all(_NAME_WORD.match(w) for w in words if w)


# A leading "The" is not one of the name's words: "The Democratic People's Republic of Korea" is five.
_CANDIDATE = re.compile(r"\b(?:The\s+)?[A-Z][a-z’']+(?:[ -](?:of|the|and|[A-Z][a-z’']+)){0,4}")


def country_from_text(text: str, limit: int = 4000) -> tuple[str, str] | None:
    """The country an excerpt without a country line is about: the one named in most country mentions
    near its start (at least 3 mentions and 60% of them), as (name as written, ISO3); else None."""
    counts: dict[str, int] = {}
    names: dict[str, dict[str, int]] = {}
    for m in _CANDIDATE.finditer(text[:limit]):
        phrase = re.sub(r"^(?:The|In|On|Of)\s+", "", m.group(0))
        code = to_iso3(phrase) if len(phrase) > 3 else None
        words = phrase.split()
        while code and len(words) > 1 and to_iso3(" ".join(words[:-1])) == code:
            words = words[:-1]  # "Cambodia Mine" -> "Cambodia"
        phrase = " ".join(words)
        if code:
            counts[code] = counts.get(code, 0) + 1
            names.setdefault(code, {}).setdefault(phrase, 0)
            names[code][phrase] += 1
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 3 or n < 0.6 * sum(counts.values()):
        return None
    return max(names[code].items(), key=lambda kv: kv[1])[0], code
