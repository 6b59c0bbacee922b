"""Position lookups that stay fast on huge documents (a 2 MB line holds tens of thousands of rows).

Checking each new row against every earlier one made extraction quadratic: minutes on a
2 MB single-line file. These keep sorted starts and answer with a binary search instead.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from heapq import heappop, heappush
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanSet:
    """A set of character spans, kept as sorted, merged intervals: `overlaps` and `contains`
    answer exactly as a scan over every added span would."""

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []  # empty spans: they overlap a span that strictly contains them
        for a, b in spans:
            self.add(a, b)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            self._points.insert(bisect_left(self._points, start), start)
            return
        # Merge only spans that share characters: touching ones stay apart, so that even an empty
        # query span between them answers as the plain scan would.
        i = bisect_right(self._ends, start)  # first interval that ends after `start`
        j = i
        while j < len(self._starts) and self._starts[j] < end:
            start, end = min(start, self._starts[j]), max(end, self._ends[j])
            j += 1
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a character with a span of the set?"""
        i = bisect_right(self._ends, start)  # first interval that ends after `start`
        if i < len(self._starts) and self._starts[i] < end:
            return True
        k = bisect_right(self._points, start)
        return k < len(self._points) and self._points[k] < end

    def contains(self, pos: int) -> bool:
        return self.overlaps(pos, pos + 1)


class PositionIndex(Generic[T]):
    """Items sorted by a position: the ones whose position falls in [a, b), in order."""

    def __init__(self, items: Sequence[T], position: Callable[[T], int]):
        self.items = sorted(items, key=position)
        self.positions = [position(x) for x in self.items]

    def between(self, a: int, b: int) -> list[T]:
        return self.items[bisect_left(self.positions, a):bisect_left(self.positions, b)]


class BestCover(Generic[T]):
    """For any position, the best of the items whose span [start, end) covers it, where best is
    the highest `rank`; None when no item covers it. Answers exactly as a scan over every item
    would, with a binary search: the answer is worked out once per stretch between span edges."""

    def __init__(self, items: Sequence[T], span: Callable[[T], tuple[int, int]], rank: Callable[[T], tuple]):
        edges = sorted({p for x in items for p in span(x)})
        self._edges: list[int] = edges
        self._best: list[T | None] = []
        opening = sorted(items, key=lambda x: span(x)[0])
        active: list[tuple[tuple, int, T]] = []  # max-heap by rank (negated), lazily pruned
        k = 0
        for edge in edges:
            while k < len(opening) and span(opening[k])[0] <= edge:
                x = opening[k]
                if span(x)[1] > span(x)[0]:
                    heappush(active, (_negate(rank(x)), k, x))
                k += 1
            while active and span(active[0][2])[1] <= edge:
                heappop(active)  # the best item has ended; the next best may have too
            self._best.append(active[0][2] if active else None)

    def at(self, pos: int) -> T | None:
        i = bisect_right(self._edges, pos) - 1
        return self._best[i] if i >= 0 else None


def _negate(rank: tuple) -> tuple:
    return tuple(-r for r in rank)
