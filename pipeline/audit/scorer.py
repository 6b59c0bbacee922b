"""Scoring extracted rows against gold items: plain functions on spans and fields.

Follows shared/gold-format.md: a prediction matches a gold item when the spans overlap
(partial) or are identical (strict) and every key field the item gives agrees; matching is
one-to-one and greedy in document order; a prediction that overlaps an optional item and
matches nothing else is not counted. Votes are events (rows with the same key fields). Counts
are summable across documents (micro average), like spaCy's Scorer.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class Item:
    """A gold item or a predicted row: a span plus fields."""

    start: int
    end: int
    fields: dict
    optional: bool = False
    label: str = ""  # where it came from, for messages and the report

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end or (self.start == self.end == other.start)


@dataclass
class Score:
    tp: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Score) -> Score:
        self.tp += other.tp
        self.gold += other.gold
        self.predicted += other.predicted
        return self

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "gold": self.gold, "predicted": self.predicted}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.right += other.right
        self.total += other.total
        return self


@dataclass
class MatchResult:
    score: Score
    pairs: list[tuple[Item, Item]] = field(default_factory=list)
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)


def norm_value(key: str, value) -> str:
    """Compare as trimmed strings; numbers as integers; models without spaces, hyphens, dots, case."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    s = str(value).strip()
    if key == "model":
        return re.sub(r"[\s\-._]", "", s).lower()
    if key == "resolution":
        return re.sub(r"^A/RES/", "", s, flags=re.I)
    if re.fullmatch(r"-?\d+(?:\.0+)?", s):
        return str(int(float(s)))
    if s.lower() in ("true", "false"):
        return s.lower()
    return s


def fields_agree(gold: Item, pred: Item, keys: Iterable[str]) -> bool:
    """Every key field the gold item gives must agree; fields it leaves out are not checked."""
    for k in keys:
        if norm_value(k, gold.fields.get(k)) != "" and norm_value(k, gold.fields[k]) != norm_value(k, pred.fields.get(k)):
            return False
    return True


def match(gold: list[Item], preds: list[Item], keys: Iterable[str], strict: bool = False,
          counted: Callable[[Item], bool] = lambda p: True) -> MatchResult:
    """One-to-one greedy matching in document order."""
    keys = tuple(keys)
    gold_sorted = sorted(gold, key=lambda g: (g.start, g.end))
    preds_sorted = sorted(preds, key=lambda p: (p.start, p.end))
    used: set[int] = set()
    pairs = []
    missed = []
    for g in gold_sorted:
        if g.optional:
            continue
        hit = None
        for j, p in enumerate(preds_sorted):
            if j in used:
                continue
            if p.start >= g.end and not (p.start == g.start):
                break
            ok_span = (p.start, p.end) == (g.start, g.end) if strict else g.overlaps(p)
            if ok_span and fields_agree(g, p, keys):
                hit = j
                break
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
            pairs.append((g, preds_sorted[hit]))
    optional = [g for g in gold_sorted if g.optional]
    spurious = []
    n_pred = len(pairs)
    for j, p in enumerate(preds_sorted):
        if j in used:
            continue
        if any(o.overlaps(p) for o in optional) or not counted(p):
            continue
        spurious.append(p)
        n_pred += 1
    n_gold = sum(1 for g in gold if not g.optional)
    return MatchResult(Score(len(pairs), n_gold, n_pred), pairs, missed, spurious)


def field_accuracy(gold: list[Item], preds: list[Item], fields: Iterable[str]) -> dict[str, Accuracy]:
    """Among span matches (overlap, one-to-one), how often each field agrees with gold."""
    result = match(gold, preds, keys=(), strict=False)
    acc = {f: Accuracy() for f in fields}
    for g, p in result.pairs:
        for f in acc:
            if f in g.fields and g.fields[f] not in (None, ""):
                acc[f].total += 1
                acc[f].right += norm_value(f, g.fields[f]) == norm_value(f, p.fields.get(f))
    return acc


@dataclass
class Event:
    key: tuple
    mentions: list[Item]
    optional: bool
    fields: dict


def events(items: list[Item], keys: tuple[str, ...]) -> list[Event]:
    groups: dict[tuple, list[Item]] = {}
    for it in items:
        groups.setdefault(tuple(norm_value(k, it.fields.get(k)) for k in keys), []).append(it)
    out = []
    for key, mentions in groups.items():
        merged = {}
        for m in mentions:
            for k, v in m.fields.items():
                if v not in (None, "") and k not in merged:
                    merged[k] = v
        out.append(Event(key, sorted(mentions, key=lambda m: m.start), all(m.optional for m in mentions), merged))
    return sorted(out, key=lambda e: e.mentions[0].start)


def match_events(gold: list[Item], preds: list[Item], keys: tuple[str, ...], strict: bool = False):
    """Votes: an event matches when keys agree and one predicted mention overlaps one gold mention."""
    g_events = events(gold, keys)
    p_events = events(preds, keys)
    used: set[int] = set()
    pairs, missed = [], []
    for ge in g_events:
        if ge.optional:
            continue
        hit = None
        for j, pe in enumerate(p_events):
            if j in used or pe.key != ge.key:
                continue
            if any((pm.start, pm.end) == (gm.start, gm.end) if strict else gm.overlaps(pm)
                   for gm in ge.mentions for pm in pe.mentions):
                hit = j
                break
        if hit is None:
            missed.append(ge)
        else:
            used.add(hit)
            pairs.append((ge, p_events[hit]))
    optional_mentions = [m for ge in g_events if ge.optional for m in ge.mentions]
    spurious = [pe for j, pe in enumerate(p_events) if j not in used
                and not all(any(o.overlaps(pm) for o in optional_mentions) for pm in pe.mentions)]
    score = Score(len(pairs), sum(1 for e in g_events if not e.optional), len(pairs) + len(spurious))
    return score, pairs, missed, spurious


def multiset_score(gold: list[int], pred: list[int]) -> Score:
    common = sum((Counter(gold) & Counter(pred)).values())
    return Score(common, len(gold), len(pred))
