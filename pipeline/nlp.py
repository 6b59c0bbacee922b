"""spaCy for the language work: tokens and sentence boundaries.

`spacy.blank("en")` plus the rule-based sentencizer, with one addition: a line break between
paragraphs, headings or table cells always ends a sentence, because profiles are full of
heading lines and label/value lines that carry no final punctuation.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_LOWER_START = re.compile(r"^[a-z(“\"]")
LINE_BREAK = re.compile(r"\n[ \t\u00a0\n]*")
FOOTNOTE_STOP = re.compile(r"[.!?][”\"’)]?(?:\[\d{1,3}\])+[ \t]+(?=[A-Z“\"(])")


@Language.component("monitor_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a single line break unless it wraps prose."""
    text = doc.text  # Doc.text joins every token: read it once
    starts = [int(i) for i in doc.to_array([IDX])] if len(doc) else []
    for m in LINE_BREAK.finditer(text):
        pos = m.end()
        i = bisect_left(starts, pos)
        if i >= len(starts) or starts[i] != pos:
            continue
        if m.group(0).count("\n") >= 2:
            doc[i].is_sent_start = True
            continue
        # A single line break: a hard-wrapped sentence continues with a lowercase word.
        prev_line_start = text.rfind("\n", 0, m.start()) + 1
        prev_line = text[prev_line_start:m.start()].rstrip()
        nxt = text[pos:pos + 1]
        if _LOWER_START.match(nxt) and prev_line and prev_line[-1].isalnum() or prev_line.endswith(","):
            continue
        if len(prev_line) >= 60 and prev_line[-1:].isalpha():
            continue
        doc[i].is_sent_start = True
    return doc


@cache
def get_nlp(model: str = "blank:en") -> Language:
    if model.startswith("blank:"):
        nlp = spacy.blank(model.split(":", 1)[1])
    else:
        nlp = spacy.load(model, exclude=["ner"])
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("monitor_line_breaks", last=True)
    nlp.max_length = 5_000_000
    return nlp


class Sentences:
    """Sentence spans of a text, looked up by character position."""

    def __init__(self, spans: list[tuple[int, int]], text: str):
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.text = text

    @classmethod
    def from_doc(cls, doc: Doc) -> Sentences:
        # One pass over the tokens (Doc.sents and Doc.text are slow on long documents).
        text = doc.text
        if not len(doc):
            return cls([], text)
        flags = doc.to_array([SENT_START, IDX])  # arrays, not Token objects: much faster on long documents
        starts = {int(idx) for k, (flag, idx) in enumerate(flags) if flag == 1 or k == 0}
        # The sentencizer does not split after a footnote marker glued to the stop: "Treaty.[1] Two soldiers"
        starts.update(m.end() for m in FOOTNOTE_STOP.finditer(text))
        starts = sorted(starts)
        spans = []
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            chunk = text[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            if end - trail > start + lead:
                spans.append((start + lead, end - trail))
        return cls(spans, text)

    def span_at(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < max(self.spans[i][1], self.spans[i][0] + 1):
            return self.spans[i]
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        return line_start, (len(self.text) if line_end == -1 else line_end)
