"""Country names to ISO3 through country_converter (a maintained library), never a hand list.

country_converter knows the Monitor's forms ("Korea, Democratic People's Republic of",
"Lao PDR", "Myanmar/Burma", "Republic of Korea"); pycountry's fuzzy search maps
"Republic of Korea" to the North, so it is not used.
"""
from __future__ import annotations

import logging
import re
from functools import cache, lru_cache


@cache
def _converter():
    logging.getLogger("country_converter").setLevel(logging.CRITICAL)
    import country_converter as coco

    return coco.CountryConverter()


@cache
def _any_country() -> re.Pattern:
    """One pattern made of the converter's own name patterns: a name none of them matches is no
    country, and saying so this way is ~100x cheaper than asking the converter (which tries each)."""
    return re.compile("|".join(f"(?:{r.pattern})" for r in _converter().regexes), re.IGNORECASE)


@lru_cache(maxsize=16384)  # bounded: a long batch meets many capitalised phrases
def to_iso3(name: str) -> str | None:
    """ISO3 code of a country name, or None when the name is not a country."""
    cleaned = re.sub(r"[_\s]+", " ", name or "").strip()
    if not cleaned or len(cleaned) > 60:
        return None
    if len(cleaned) > 3 and not _any_country().search(cleaned):  # longer names go to the converter's patterns
        return None
    result = _converter().convert(cleaned, to="ISO3", not_found=None)
    if isinstance(result, list):
        result = result[0] if result else None
    if not isinstance(result, str) or result == cleaned or not re.fullmatch(r"[A-Z]{3}", result):
        return None
    return result


_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.\-]*|of|the|and|da|de|del|d'Ivoire|PDR|\(.*\))$")


def looks_like_country_line(line: str) -> bool:
    """A line that is only a country name: short, name-cased words, no digits or sentence words."""
    line = re.sub(r"[_\s]+", " ", line).strip().rstrip("|").strip()
    if not line or len(line) > 60 or re.search(r"\d", line):
        return False
    words = re.split(r"[ ,/]+", line)
    return 0 < len(words) <= 7 and all(_NAME_WORD.match(w) for w in words if w)


_CANDIDATE = re.compile(r"\b[A-Z][a-z’']+(?:[ -](?:of|the|and|[A-Z][a-z’']+)){0,4}")


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
