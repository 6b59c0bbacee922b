"""spaCy Matcher and PhraseMatcher rules built from the rule files, run on the document's tokens."""
from __future__ import annotations

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .config import Config, ConfigError
from .nlp import get_nlp


def token_matcher(cfg: Config, patterns: dict[str, list], where: str) -> Matcher:
    """A Matcher with one label per key; spaCy validates every token pattern."""
    nlp = get_nlp(cfg.spacy_model)
    matcher = Matcher(nlp.vocab, validate=True)
    for label, pats in patterns.items():
        if not isinstance(pats, list) or not all(isinstance(p, list) for p in pats):
            raise ConfigError(f"{where}.{label}: expected a list of token patterns (lists of token dicts)")
        try:
            matcher.add(str(label), pats)
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


def char_matches(matcher, doc: Doc) -> list[tuple[str, int, int]]:
    """(label, char_start, char_end) of each match, in document order."""
    strings = matcher.vocab.strings  # the labels live in the vocab the rules were built with
    out = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        out.append((strings[match_id], span.start_char, span.end_char))
    return sorted(out, key=lambda m: (m[1], -m[2]))
