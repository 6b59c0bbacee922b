"""Compile rule patterns so that scanning a profile with them is fast.

Python's regex engine skips quickly through text only when it knows which characters a match
can start with; a pattern that opens with `\\b`, a lookbehind or a group of alternatives is
tried at every character instead. `compile_rule` works out the possible first characters
from the parsed pattern and puts them in front as a lookahead, `(?=[...])`: the same matches,
found several times faster (measured ~10x on the date pattern). When the set cannot be worked
out (a pattern may start with any word character, or match the empty string), the pattern is
compiled as it is. Faster still is a pattern that opens with a literal word, which the engine
searches for directly: `\\bland...` is compiled as `land(?<!\\wland)...` (`literal_first`).
A pattern that opens with one of a few literal words (`\\b(?:butterfly|scatterable)...`) is tried
only where one of them occurs, found with `str.find` (`literal_starts`, `finditer`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

try:  # the standard library's own parser (the engine's first-character optimisation uses it)
    from re import _parser as _p
except ImportError:  # pragma: no cover - other Python versions: no guard, same matches
    _p = None

_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_CLASS_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


class _Unknown(Exception):
    """The first characters cannot be bounded usefully."""


def _first_of_sequence(items) -> tuple[set[str], bool]:
    """(possible first characters as class atoms, whether the sequence can match empty)."""
    atoms: set[str] = set()
    for op, av in items:
        first, nullable = _first_of_item(op, av)
        atoms |= first
        if not nullable:
            return atoms, False
    return atoms, True


def _first_of_item(op, av) -> tuple[set[str], bool]:
    name = str(op)
    if name == "LITERAL":
        return {re.escape(chr(av))}, False
    if name == "IN":
        atoms = set()
        for kind, value in av:
            kind = str(kind)
            if kind == "LITERAL":
                atoms.add(re.escape(chr(value)))
            elif kind == "RANGE" and value[1] - value[0] < 256:
                atoms.update(re.escape(chr(c)) for c in range(value[0], value[1] + 1))
            elif kind == "CATEGORY" and str(value) in _CLASS_CATEGORIES:
                atoms.add(_CLASS_CATEGORIES[str(value)])
            else:  # negated classes, \w, wide ranges
                raise _Unknown
        return atoms, False
    if name == "BRANCH":
        atoms, nullable = set(), False
        for branch in av[1]:
            first, n = _first_of_sequence(branch)
            atoms |= first
            nullable = nullable or n
        return atoms, nullable
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, items = av
        if add_flags & re.IGNORECASE:  # a local (?i:...) the guard outside would not share
            raise _Unknown
        return _first_of_sequence(items)
    if name == "ATOMIC_GROUP":
        return _first_of_sequence(av)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, items = av
        first, nullable = _first_of_sequence(items)
        return first, nullable or low == 0
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero width: the next item decides
        return set(), True
    raise _Unknown  # ANY, NOT_LITERAL, group references, conditionals


def _needs_guard(op, av) -> bool:
    """The engine already skips ahead for a leading literal or class, and `^` only tries line
    starts; a guard there would slow it down (measured). Guard what it cannot see through."""
    name = str(op)
    if name == "AT":
        return str(av) == "AT_BOUNDARY"
    return name in ("ASSERT", "ASSERT_NOT", "BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT")


def first_chars(pattern: str, flags: int = 0) -> re.Pattern | None:
    """A one-character pattern for every character a match can start with; None when that
    cannot be worked out or the pattern can match the empty string."""
    if _p is None:
        return None
    try:
        atoms, nullable = _first_of_sequence(_p.parse(pattern, flags).data)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    if nullable or not atoms:
        return None
    return re.compile("[" + "".join(sorted(atoms)) + "]", flags)


def first_char_guard(pattern: str, flags: int = 0) -> str | None:
    """A lookahead `(?=[...])` naming every character a match can start with, or None."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if not parsed.data or not _needs_guard(*parsed.data[0]):
            return None
        atoms, nullable = _first_of_sequence(parsed.data)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    if nullable or not atoms:
        return None
    return "(?=[" + "".join(sorted(atoms)) + "])"


_BOUNDARY_WORD = re.compile(r"\\b([A-Za-z0-9_]+)")


def literal_first(pattern: str, flags: int = 0) -> str | None:
    """`\\bland\\s?mines?` as `land(?<!\\wland)\\s?mines?`: the same matches (a word boundary before a
    word character means no word character before it), but opening with a literal lets the engine
    search for that literal, ~5x faster than trying each position (measured). None when the pattern
    does not open with a word boundary and a literal word, has alternatives at the top level, or is
    case-insensitive."""
    if flags & re.IGNORECASE or pattern.startswith("(?"):
        return None
    m = _BOUNDARY_WORD.match(pattern)
    if not m or _top_level_alternatives(pattern):  # only the first would open with the literal
        return None
    word, rest = m.group(1), pattern[m.end():]
    if rest[:1] in ("?", "*", "+", "{"):  # the quantifier applies to the last letter only
        word, rest = word[:-1], word[-1] + rest
    if not word:
        return None
    return f"{word}(?<!\\w{word}){rest}"


def _top_level_alternatives(pattern: str) -> bool:
    """Does the pattern have a `|` outside every group and character class?"""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def compile_rule(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile, opening with a literal or a first-character guard when either can be worked out
    (same matches, found faster)."""
    literal = literal_first(pattern, flags)
    if literal is not None:
        return re.compile(literal, flags)
    guard = first_char_guard(pattern, flags)
    if guard is None:
        return re.compile(pattern, flags)
    prefix = _GLOBAL_FLAGS.match(pattern)  # "(?i)" must stay at the very start
    at = prefix.end() if prefix else 0
    # Wrapped, so that the guard applies to every top-level alternative. Compiled once (start-up time).
    return re.compile(f"{pattern[:at]}{guard}(?:{pattern[at:]})", flags)


# Literal starts: a pattern every match of which begins with one of a few literal words
# (`\b(?:butterfly|toe-popper|scatterable)\s+mines?`) is tried only where one of them occurs.
_MIN_START = 3  # shorter literals occur too often to be worth finding one by one
_MAX_STARTS = 120  # the person nouns of the casualty rules: 81 starts, still found far faster than a scan
_CLASS_CHARS = 4  # [Ss]ea: a class of a few literal characters multiplies the literals


def literal_starts(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], bool] | None:
    """(the literals, each at least 3 characters, one of which every match starts with; whether
    case is ignored, in which case they are lower-case ASCII), worked out from the parsed pattern.
    None when there is no such short list, or the pattern already opens with a literal (the engine
    searches for that itself)."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if not parsed.data or str(parsed.data[0][0]) == "LITERAL":
            return None
        starts = _starts_of_sequence(list(parsed.data))
        ignore_case = bool((flags | parsed.state.flags) & re.IGNORECASE)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if not starts or len(starts) > _MAX_STARTS or min(map(len, starts)) < _MIN_START:
        return None
    if ignore_case:
        if not all(map(str.isascii, starts)):
            return None
        starts = {s.lower() for s in starts}
    # "child" finds every place "children" starts too: only the shortest of such literals is searched
    starts = {s for s in starts if not any(s != t and s.startswith(t) for t in starts)}
    return tuple(sorted(starts)), ignore_case


def _starts_of_sequence(items: list) -> set[str] | None:
    current = {""}
    for k, (op, av) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero width: the literal goes on after it
            continue
        if name == "LITERAL":
            current = {s + chr(av) for s in current}
            continue
        chars = _class_chars(av) if name == "IN" else None
        if chars is not None and len(current) * len(chars) <= _MAX_STARTS:
            current = {s + c for s in current for c in chars}
            continue
        if any(current):  # the literal run ends here; every match starts with one of these
            return current
        if name == "BRANCH":
            found: set[str] = set()
            for branch in av[1]:
                starts = _starts_of_sequence(list(branch))
                if not starts:
                    return None
                found |= starts
            return found
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else _starts_of_sequence(list(sub))
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            inner = _starts_of_sequence(list(sub))
            if not inner or low >= 1:
                return inner
            rest = _starts_of_sequence(items[k + 1:])  # the optional part may be absent
            return inner | rest if rest else None
        return None
    return current if all(current) else None


def _class_chars(av) -> list[str] | None:
    """The characters of a class made only of a few literal characters ([Ss]), else None."""
    if len(av) > _CLASS_CHARS or any(str(kind) != "LITERAL" for kind, _ in av):
        return None
    return [chr(v) for _, v in av]


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case ASCII words one of which occurs, case aside, in every text the pattern finds a
    match in (its literal runs, inside groups, branches, repeats of at least one and lookarounds),
    or None when no such words can be worked out. A text of ASCII characters that contains none of
    them, lower-cased, has no match: ASCII letters match case-blind only their own two cases."""
    if _p is None:
        return None
    try:
        found = _required_of_sequence(list(_p.parse(pattern, flags).data))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    return tuple(sorted(found)) if found else None


def _required_of_sequence(items: list) -> set[str] | None:
    best: set[str] | None = None

    def keep(candidate: set[str] | None) -> None:
        nonlocal best
        usable = candidate and all(w and w.isascii() for w in candidate)
        if usable and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = {w.lower() for w in candidate}

    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            continue
        keep({run} if run else None)
        run = ""
        if name == "SUBPATTERN":
            keep(_required_of_sequence(list(av[3])))
        elif name == "ATOMIC_GROUP":
            keep(_required_of_sequence(list(av)))
        elif name == "ASSERT":  # a positive lookahead or lookbehind: what it sees is in the text too
            keep(_required_of_sequence(list(av[1])))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            keep(_required_of_sequence(list(av[2])))
        elif name == "BRANCH":
            branches = [_required_of_sequence(list(b)) for b in av[1]]
            if all(branches):
                keep(set().union(*branches))
    keep({run} if run else None)
    return best


class _PerSource:
    """An analysis of each pattern, worked out once. Keyed by (source, flags), not by the compiled
    pattern: hashing a compiled pattern hashes all its code, at every lookup (a long casualty rule is
    kilobytes of it); a source string keeps its hash."""

    def __init__(self, analyse: Callable[[str, int], object]) -> None:
        self._analyse = analyse
        self._found: dict[tuple[str, int], object] = {}

    def of(self, pattern: re.Pattern):
        key = (pattern.pattern, pattern.flags)
        try:
            return self._found[key]
        except KeyError:
            found = self._found[key] = self._analyse(*key)
            return found


class _LastText:
    """Values worked out for one text, kept until another text comes: the rules scan a document one
    after the other. The entry is read once and replaced whole, so a thread that meets another's text
    starts afresh rather than reading that text's values."""

    def __init__(self) -> None:
        self._entry: tuple[str | None, dict] = (None, {})

    def values(self, text: str) -> dict:
        entry = self._entry
        if entry[0] is not text:
            entry = self._entry = (text, {})
        return entry[1]


_LITERAL_STARTS = _PerSource(literal_starts)
_REQUIRED = _PerSource(required_literals)
# The only characters outside ASCII that ignore-case matching equates with ASCII letters (İ, ı, ſ
# and the Kelvin sign; a test checks the list against the engine): with none of them in a text,
# its lower-casing finds every case-blind occurrence of an ASCII literal.
_CASE_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_lowered = _LastText()  # text -> {"": its lower-casing, or None}
_occurrences = _LastText()  # a lower-cased text -> {word: whether it occurs}
_positions = _LastText()  # a text or its lower-casing -> {literals: their sorted places}


def _lowered_text(text: str) -> str | None:
    """text.lower(), kept for the last text, or None when lower-casing could hide a case-blind match."""
    memo = _lowered.values(text)
    if "" not in memo:
        lowered = text.lower()
        usable = len(lowered) == len(text) and not _CASE_FOLDS_TO_ASCII.search(text)
        memo[""] = lowered if usable else None
    return memo[""]


def cannot_match(pattern: re.Pattern, text: str) -> bool:
    """True when none of the pattern's `required_literals` occurs in the text: it cannot match there."""
    words = _REQUIRED.of(pattern)
    if words is None:
        return False
    haystack = _lowered_text(text)
    return haystack is not None and not any(_occurs(w, haystack) for w in words)


def _occurs(word: str, haystack: str) -> bool:
    """`word in haystack`, kept for the last haystack: the rules' required words repeat (the outcome
    words of a dozen casualty rules), and a word absent from a text costs a scan of all of it."""
    memo = _occurrences.values(haystack)
    found = memo.get(word)
    if found is None:
        found = memo[word] = word in haystack
    return found


def _literal_search(pattern: re.Pattern, text: str) -> tuple[tuple[str, ...], str] | None:
    """(the pattern's literal starts, the text to find them in: the lower-cased text when case is
    ignored), or None when the pattern has no literal starts or the text cannot be lower-cased safely."""
    found = _LITERAL_STARTS.of(pattern)
    if found is None:
        return None
    if not found[1]:
        return found[0], text
    lowered = _lowered_text(text)
    return None if lowered is None else (found[0], lowered)


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, the same matches; a pattern with `literal_starts` is tried only
    where one of its literals occurs (`str.find` skips through text far faster than the regex
    engine trying every position). A match can only start where one of them starts. No pattern is
    run at all on a text that lacks every one of its `required_literals` (a percentage rule needs "%";
    "children made up 35" needs "made", "accounted", "represented" or "comprised")."""
    if cannot_match(pattern, text):  # a few substring tests; the rarer its words, the more it saves
        return
    search = _literal_search(pattern, text)
    if search is None:
        yield from pattern.finditer(text)
        return
    yield from match_at(pattern, text, _literal_positions(*search))


def _literal_positions(literals: tuple[str, ...], haystack: str) -> list[int]:
    """Sorted places where the literals occur in haystack, kept for the last haystack: rules that open
    with the same words (the casualty verbs before a count) share one search."""
    memo = _positions.values(haystack)
    positions = memo.get(literals)
    if positions is None:
        positions = []
        for literal in literals:
            at = haystack.find(literal)
            while at != -1:
                positions.append(at)
                at = haystack.find(literal, at + 1)
        positions.sort()
        memo[literals] = positions
    return positions


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when the pattern cannot match anywhere in the text nor in any slice of it: none of its
    literal starts occurs. True when one does, or when that cannot be told."""
    search = _literal_search(pattern, text)
    return search is None or any(literal in search[1] for literal in search[0])


def match_at(pattern: re.Pattern, text: str, positions: list[int]) -> Iterator[re.Match]:
    """`pattern.finditer(text)` when every match starts at one of the sorted `positions`: the
    pattern is tried only there, and a match hides the positions inside it, as in a scan."""
    resume = 0
    for pos in positions:
        if pos < resume:
            continue
        m = pattern.match(text, pos)
        if m:
            yield m
            resume = max(m.end(), pos + 1)
