"""spaCy Matcher and PhraseMatcher rules built from the rule files, run on the document's tokens."""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from . import regexes
from .config import Config, ConfigError
from .nlp import get_nlp

# Between two tokens of a pattern: a no-break space is a token of its own ("voted in&nbsp;favor" in a page)
SPACE_BETWEEN = {"IS_SPACE": True, "OP": "?"}


def token_matcher(cfg: Config, patterns: dict[str, list], where: str) -> Matcher:
    """A Matcher with one label per key; spaCy validates every token pattern. Each pattern may have a
    space token between two of its tokens."""
    nlp = get_nlp(cfg.spacy_model)
    matcher = Matcher(nlp.vocab, validate=True)
    for label, pats in patterns.items():
        if not isinstance(pats, list) or not all(isinstance(p, list) for p in pats):
            raise ConfigError(f"{where}.{label}: expected a list of token patterns (lists of token dicts)")
        spaced = [[t for k, tok in enumerate(p) for t in ([SPACE_BETWEEN, tok] if k else [tok])] for p in pats]
        try:
            matcher.add(str(label), spaced)
        except Exception as exc:  # spaCy's pattern validation errors
            raise ConfigError(f"{where}.{label}: invalid token pattern: {exc}") from exc
    return matcher


def phrase_matcher(cfg: Config, phrases: dict[str, list[str]], attr: str = "ORTH") -> PhraseMatcher:
    """A PhraseMatcher with one label per key, phrases tokenised like the documents."""
    nlp = get_nlp(cfg.spacy_model)
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for label, items in phrases.items():
        matcher.add(str(label), [nlp.make_doc(str(p)) for p in items])
    return matcher


def pattern_length(patterns: dict[str, list]) -> int:
    """The most tokens any pattern can span (a token dict matches one token, or up to m with `OP: "{n,m}"`; with
    a space token between two of them)."""
    return max((2 * sum(_most_tokens(t) for t in p) - 1 for pats in patterns.values() for p in pats), default=0)


def _most_tokens(token: dict) -> int:
    """How many tokens one token dict of a Matcher pattern can match ("+" and "*" are unbounded: not allowed here)."""
    op = token.get("OP", "1") if isinstance(token, dict) else "1"
    if op in ("+", "*"):
        raise ConfigError(f"unbounded quantifier {op!r} in a windowed pattern; use '{{n,m}}'")
    bounded = re.fullmatch(r"\{\d*,(\d+)\}|\{(\d+)\}", op)
    return int(bounded.group(1) or bounded.group(2)) if bounded else 1


def char_matches(matcher, doc: Doc, trigger: re.Pattern | None = None, text: str = "",
                 window: int = 0) -> list[tuple[str, int, int]]:
    """(label, char_start, char_end) of each match, in document order.

    With `trigger` (a regex that hits inside every possible match) the Matcher runs only on
    `window` tokens either side of each hit: the token Matcher is slow over a whole profile
    and vote verbs are rare, so this gives the same matches at a fraction of the cost.
    """
    strings = matcher.vocab.strings  # the labels live in the vocab the rules were built with
    if trigger is None:
        regions = [doc[:]]
    else:
        hits = [m.start() for m in regexes.finditer(trigger, text)] if len(doc) else []
        # The token holding each hit; token offsets are read only when there is a hit (most profiles have none).
        tokens = (np.searchsorted(doc.to_array(IDX), hits, side="right") - 1).tolist() if hits else []
        merged: list[list[int]] = []
        for i in tokens:
            a, b = max(0, i - window), min(len(doc), i + window + 1)
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        regions = [doc[a:b] for a, b in merged]
    out = []
    for region in regions:
        # Tuples, not as_spans: a span label would have to live in the Doc's vocab, which need not be
        # the rules' vocab. Token positions are relative to the region.
        for match_id, start, end in matcher(region):
            span = doc[region.start + start:region.start + end]
            out.append((strings[match_id], span.start_char, span.end_char))
    return sorted(set(out), key=lambda m: (m[1], -m[2], m[0]))
