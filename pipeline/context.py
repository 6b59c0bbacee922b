"""Everything an extractor needs about one document, built once: sections, footnotes, sentences."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .config import Config
from .footnotes import FootnoteResult
from .nlp import Sentences
from .records import Document, Section
from .spans import BestCover, PositionIndex

_WHITESPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


@dataclass
class DocContext:
    doc: Document
    sections: list[Section]
    footnotes: FootnoteResult
    sentences: Sentences
    country: str | None
    iso3: str | None
    config: Config
    spacy_doc: Doc  # the tokens the Matcher and PhraseMatcher rules run on
    country_span: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)  # results of earlier extractors, by table name (set_rows)
    _by_position: dict = field(default_factory=dict, init=False, repr=False)
    _flat: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        ordered = list(enumerate(sorted(self.sections, key=lambda s: (s.char_start, s.level))))
        # Innermost section (deepest level, then the later one); top: the last level-0/1 section.
        self._innermost = BestCover(ordered, lambda x: (x[1].char_start, x[1].char_end), lambda x: (x[1].level, x[0]))
        self._top = BestCover([x for x in ordered if x[1].level <= 1], lambda x: (x[1].char_start, x[1].char_end),
                              lambda x: (x[0],))
        # Heading and "Last updated" lines, the first listed winning where two would cover a position.
        labelled = [(2 * i + k, span, label) for i, s in enumerate(self.sections)
                    for k, (span, label) in enumerate(((s.last_updated_span, "metadata"), (s.heading_span, "heading")))
                    if span]
        self._labels = BestCover(labelled, lambda x: x[1], lambda x: (-x[0],))
        self._def_spans = sorted(self.footnotes.def_spans)
        self._def_starts = [a for a, _ in self._def_spans]
        breaks = list(_PARAGRAPH_BREAK.finditer(self.doc.text))
        self._para_breaks = [m.start() for m in breaks]
        self._para_resume = [m.end() for m in breaks]
        self._refs = PositionIndex(self.footnotes.refs, lambda r: r.char_start)
        self.defs_by_id = {d.footnote_id: d for d in self.footnotes.defs}

    def set_rows(self, table: str, rows: list) -> None:
        """An extractor's rows, for the extractors that run after it (and their positions, indexed once)."""
        self.extra[table] = rows
        self._by_position[table] = PositionIndex(rows, lambda r: r.char_start)

    def rows_between(self, table: str, a: int, b: int) -> list:
        """Rows of an earlier extractor that start in [a, b), in order."""
        index = self._by_position.get(table)
        return index.between(a, b) if index else []

    def refs_between(self, a: int, b: int) -> list:
        """Footnote references that start in [a, b)."""
        return self._refs.between(a, b)

    @property
    def text(self) -> str:
        return self.doc.text

    def section_at(self, pos: int) -> Section | None:
        """The innermost section containing pos."""
        found = self._innermost.at(pos)
        return found[1] if found else None

    def top_at(self, pos: int) -> Section | None:
        found = self._top.at(pos)
        return found[1] if found else None

    def footnote_at(self, pos: int):
        i = bisect_right(self._def_starts, pos) - 1
        if i >= 0 and self._def_spans[i][0] <= pos < self._def_spans[i][1]:
            return self._def_spans[i]
        return None

    def context_at(self, pos: int) -> str:
        """body, footnote, heading or metadata."""
        if self.footnote_at(pos):
            return "footnote"
        label = self._labels.at(pos)
        if label:
            return label[2]
        if self.country_span and self.country_span[0] <= pos < self.country_span[1]:
            return "heading"
        return "body"

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._para_breaks, pos)
        start = self._para_resume[i - 1] if i > 0 else 0
        end = self._para_breaks[i] if i < len(self._para_breaks) else len(self.text)
        return start, end

    def flat_text(self, start: int, end: int) -> str:
        """text[start:end] on one line; cached, as the rows of one sentence all quote it."""
        key = (start, end)
        if key not in self._flat:
            self._flat[key] = _WHITESPACE.sub(" ", self.doc.text[start:end]).strip()
        return self._flat[key]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return self.sentences.span_at(pos)
