"""spaCy for the language work: tokens and sentence boundaries.

`spacy.blank("en")` plus one rule-based sentence component, `monitor_sentences`: spaCy's
Sentencizer rule (a sentence ends after final punctuation), plus line breaks — a break between
paragraphs, headings or table cells always ends a sentence, because profiles are full of heading
lines and label/value lines that carry no final punctuation. It works on token arrays, not Token
objects: building a Python object per token was the pipeline's largest cost.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import numpy as np
import spacy
from spacy.attrs import IDX, IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex, get_lang_class

_LOWER_START = re.compile(r"^[a-z(“\"]")
LINE_BREAK = re.compile(r"\n[ \t\u00a0\n]*")
FOOTNOTE_STOP = re.compile(r"[.!?][”\"’)]?(?:\[\d{1,3}\])+[ \t]+(?=[A-Z“\"(])")
# A footnote reference glued to the word before it, with the stop or quote between ("favor.[12]",
# "world.”[1]"): one token of its own. spaCy's suffixes left "favor.[12" one token, so no rule
# saw "favor" ("voted in favor" was missed). A token that is not final punctuation, as "favor.[12"
# was not: sentence starts stay as they were (Sentences.from_doc starts one after the reference).
FOOTNOTE_SUFFIX = r"[.,;:!?]?[”\"’')]*\[\d{1,3}\]"
_SENT_START_FLAG = np.uint64(1)
_NOT_SENT_START = np.uint64(2**64 - 1)  # -1 as spaCy stores it


def doc_text(doc: Doc) -> str:
    """The Doc's text; `make_doc` below keeps it, because Doc.text rebuilds it token by token."""
    text = doc.user_data.get("monitor_text")
    return text if text is not None else doc.text


def make_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data["monitor_text"] = text
    return doc


_PUNCT_HASHES: dict[int, np.ndarray] = {}
_STARTS_KEY = "monitor_sentence_starts"  # (token count, character offsets of the sentence starts)


def _punct_hashes(vocab) -> np.ndarray:
    """The sorted string hashes of the Sentencizer's final punctuation, per vocabulary."""
    key = id(vocab.strings)
    if key not in _PUNCT_HASHES:
        _PUNCT_HASHES[key] = np.array(sorted(vocab.strings.add(c) for c in Sentencizer.default_punct_chars),
                                      dtype=np.uint64)
    return _PUNCT_HASHES[key]


def _punctuation_starts(doc: Doc, arr: np.ndarray) -> np.ndarray:
    """spaCy's Sentencizer rule on arrays (`arr`: the tokens' ORTH and IS_PUNCT): a sentence starts
    at the first token that is neither punctuation nor final punctuation after a token that is final
    punctuation (other punctuation in between is passed over)."""
    punct = _punct_hashes(doc.vocab)
    at = np.minimum(np.searchsorted(punct, arr[:, 0]), len(punct) - 1)
    final = punct[at] == arr[:, 0]  # membership by binary search: cheaper than np.isin per document
    plain = (arr[:, 1] == 0) & ~final
    relevant = np.flatnonzero(final | plain)  # the tokens the rule's state machine reacts to
    after_final = relevant[1:][final[relevant[:-1]] & plain[relevant[1:]]]
    return np.concatenate(([0], after_final))


def _line_break_starts(text: str, token_starts: np.ndarray) -> list[int]:
    """Token indices after a blank line, or after a single line break unless it wraps prose."""
    breaks = list(LINE_BREAK.finditer(text))
    if not breaks:
        return []
    ends = np.fromiter((m.end() for m in breaks), dtype=token_starts.dtype, count=len(breaks))
    at = np.searchsorted(token_starts, ends)  # one search for all breaks, not one call per break
    found = at < len(token_starts)
    found[found] = token_starts[at[found]] == ends[found]  # a token starts right after the break
    out = []
    for k in np.flatnonzero(found).tolist():
        m = breaks[k]
        pos = m.end()
        if m.group(0).count("\n") < 2:
            # A single line break: a hard-wrapped sentence continues with a lowercase word.
            prev_line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
            if _LOWER_START.match(text[pos:pos + 1]) and prev_line and prev_line[-1].isalnum() or prev_line.endswith(","):
                continue
            if len(prev_line) >= 60 and prev_line[-1:].isalpha():
                continue
        out.append(int(at[k]))
    return out


@Language.component("monitor_sentences")
def monitor_sentences(doc: Doc) -> Doc:
    """Sentence starts from final punctuation (unless a parser or senter set them) and line breaks."""
    if not len(doc):
        return doc
    arr = doc.to_array([IDX, ORTH, IS_PUNCT])  # one read of the token arrays for all of the work below
    extra = _line_break_starts(doc_text(doc), arr[:, 0])
    if doc.has_annotation("SENT_START"):  # a trained pipeline's parser or senter decided already
        for i in extra:
            doc[i].is_sent_start = True
        return doc
    flags = np.full((len(doc), 1), _NOT_SENT_START, dtype=np.uint64)
    flags[_punctuation_starts(doc, arr[:, 1:]), 0] = _SENT_START_FLAG
    flags[extra, 0] = _SENT_START_FLAG
    doc.from_array([SENT_START], flags)
    # Sentences.from_doc reads these instead of the tokens' flags again.
    doc.user_data[_STARTS_KEY] = (len(doc), arr[flags[:, 0] == _SENT_START_FLAG, 0])
    return doc


@cache
def get_nlp(model: str = "blank:en") -> Language:
    if model.startswith("blank:"):
        # The blank language with the footnote suffix among its defaults, so that its tokenizer is built
        # once: setting `suffix_search` afterwards reloads every special case (0.4 s of each start).
        base = get_lang_class(model.split(":", 1)[1])
        defaults = type("Defaults", (base.Defaults,), {"suffixes": [FOOTNOTE_SUFFIX, *(base.Defaults.suffixes or [])]})
        nlp = type(f"Monitor{base.__name__}", (base,), {"Defaults": defaults, "lang": base.lang})()
    else:
        nlp = spacy.load(model, exclude=["ner"])
        nlp.tokenizer.suffix_search = compile_suffix_regex([FOOTNOTE_SUFFIX, *nlp.Defaults.suffixes]).search
    nlp.add_pipe("monitor_sentences", last=True)
    nlp.max_length = 5_000_000
    return nlp


def parse(text: str, model: str = "blank:en") -> Doc:
    nlp = get_nlp(model)
    return nlp(make_doc(nlp, text))


class Sentences:
    """Sentence spans of a text, looked up by character position."""

    def __init__(self, spans: list[tuple[int, int]], text: str):
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.text = text

    @classmethod
    def from_doc(cls, doc: Doc, not_a_stop: re.Pattern | None = None) -> Sentences:
        """`not_a_stop`: where a stop that ends a token ends no sentence ("Law No. 2003-14"; from the
        sections rule file's abbreviations)."""
        text = doc_text(doc)
        if not len(doc):
            return cls([], text)
        known = doc.user_data.get(_STARTS_KEY)
        if known is not None and known[0] == len(doc):  # set by monitor_sentences (the first token included)
            starts = set(known[1].tolist())
        else:
            flags = doc.to_array([SENT_START, IDX])  # arrays, not Token objects: much faster on long documents
            flags[0, 0] = 1
            starts = set(flags[flags[:, 0] == 1, 1].tolist())
        # The sentencizer does not split after a footnote marker glued to the stop: "Treaty.[1] Two soldiers"
        starts.update(m.end() for m in FOOTNOTE_STOP.finditer(text))
        if not_a_stop is not None:
            starts.difference_update(m.end() for m in not_a_stop.finditer(text))
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
