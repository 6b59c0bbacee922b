"""The extractors as spaCy pipeline components, for spaCy users.

    import spacy
    nlp = spacy.blank("en")          # the factories are found through the package's entry points
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("monitor_dates")
    doc = nlp("On 7 December 2020, North Korea abstained.")
    doc.spans["dates"], doc.user_data["monitor"]["dates"]

Each component treats the Doc's text as one profile (sections and footnotes included), runs the
extractors it depends on, puts one span per row in doc.spans[<table>] (label = the row's key field)
and the rows themselves in doc.user_data["monitor"][<table>].
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .api import build_context
from .config import Config
from .extractors import load_all
from .ingest import document_from_text

LABEL_FIELD = {"dates": "value", "votes": "vote", "weapons": "category", "casualties": "outcome"}


class MonitorExtractor:
    def __init__(self, table: str, config: Config | None = None):
        self.table = table
        self.config = config or Config()

    def __call__(self, doc: Doc) -> Doc:
        extractors = load_all()
        document = document_from_text(doc.text, "spacy-doc")
        document.text = doc.text  # offsets must index the Doc's own text, even with CRLF in it
        ctx, _ = build_context(document, self.config, doc)  # the Doc's own sentences, when it has them
        store = doc.user_data.setdefault("monitor", {})
        order = list(extractors)  # the run order: later extractors read earlier ones' rows
        for name in order[:order.index(self.table) + 1]:
            rows = sorted(extractors[name].run(ctx), key=lambda r: (r.char_start, r.char_end))
            ctx.set_rows(name, rows)
            if name != self.table:
                continue
            store[name] = [{"char_start": r.char_start, "char_end": r.char_end, "text": doc.text[r.char_start:r.char_end],
                            "rule": r.rule, **r.fields} for r in rows]
            spans = []
            for r in rows:
                span = doc.char_span(r.char_start, r.char_end, label=str(r.fields.get(LABEL_FIELD[name], "")),
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[name] = spans
        return doc


# Named factories, also declared as `spacy_factories` entry points in pyproject.toml, so that
# `nlp.add_pipe("monitor_dates")` works without importing this module first.
@Language.factory("monitor_dates", default_config={})
def make_dates(nlp: Language, name: str) -> MonitorExtractor:
    return MonitorExtractor("dates")


@Language.factory("monitor_votes", default_config={})
def make_votes(nlp: Language, name: str) -> MonitorExtractor:
    return MonitorExtractor("votes")


@Language.factory("monitor_weapons", default_config={})
def make_weapons(nlp: Language, name: str) -> MonitorExtractor:
    return MonitorExtractor("weapons")


@Language.factory("monitor_casualties", default_config={})
def make_casualties(nlp: Language, name: str) -> MonitorExtractor:
    return MonitorExtractor("casualties")
