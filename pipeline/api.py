"""The library API: one document in, its tables out. The CLI and the batch runner call this."""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .config import Config
from .context import DocContext
from .extractors import load_all
from .footnotes import find_footnotes
from .footnotes import load_rules as footnote_rules
from .ingest import document_from_text, read_document
from .nlp import Sentences, parse
from .records import Document, Finding
from .sections import Segmentation, Segmenter
from .sections import load_rules as section_rules
from .tables import REGISTRY, all_tables

if TYPE_CHECKING:
    import pandas as pd


def _bool(v: bool) -> str:
    return "true" if v else "false"


@contextmanager
def timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    """Add the block's wall time to timings[stage] (the benchmark's time per stage)."""
    if timings is None:
        yield
        return
    t0 = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t0


def build_context(doc: Document, cfg: Config, spacy_doc: Doc | None = None,
                  timings: dict[str, float] | None = None) -> tuple[DocContext, Segmentation]:
    """Sections, footnotes and tokens of one document: what every extractor reads."""
    from .extractors.dates import parse_day

    rules = section_rules(cfg)
    with timed(timings, "sections"):
        seg = Segmenter(rules, lambda s: parse_day(s, cfg)).segment(doc.doc_id, doc.text)
    with timed(timings, "footnotes"):
        fn = find_footnotes(doc.doc_id, doc.text, seg.sections, footnote_rules(cfg))
    if spacy_doc is None or not spacy_doc.has_annotation("SENT_START"):
        with timed(timings, "spacy"):
            spacy_doc = parse(doc.text, cfg.spacy_model)
    ctx = DocContext(doc, seg.sections, fn, Sentences.from_doc(spacy_doc, rules.not_a_stop), seg.country, seg.iso3, cfg, spacy_doc,
                     seg.country_span)
    return ctx, seg


def process_document(doc: Document, cfg: Config, timings: dict[str, float] | None = None) -> dict[str, list[dict]]:
    """Run sections -> footnotes -> extractors on one document; rows per table as plain dicts.

    With `timings`, the seconds spent in each stage are added to it.
    """
    extractors = load_all()
    all_tables()
    ctx, seg = build_context(doc, cfg, timings=timings)
    fn = ctx.footnotes
    tables: dict[str, list[dict]] = {name: [] for name in REGISTRY}
    did = doc.doc_id
    for name, spec in extractors.items():
        with timed(timings, f"extract:{name}"):
            rows = sorted(spec.run(ctx), key=lambda r: (r.char_start, r.char_end, r.rule))
        ctx.set_rows(name, rows)
        for k, r in enumerate(rows, start=1):
            sec = ctx.section_at(r.char_start)
            row = {"doc_id": did, "section_id": sec.section_id if sec else None, spec.id_column: f"{spec.id_prefix}{k}",
                   "char_start": r.char_start, "char_end": r.char_end, "text": doc.text[r.char_start:r.char_end],
                   **r.fields, "rule": r.rule}
            tables[name].append(row)
    _footnote_dates(ctx, fn)
    tables["documents"].append({
        "doc_id": did, "source_path": doc.source_path, "source_format": doc.source_format, "sha256": doc.sha256,
        "country": seg.country, "iso3": seg.iso3, "n_chars": len(doc.text),
        "n_sections": sum(1 for s in seg.sections if s.level == 1)})
    for s in seg.sections:
        tables["sections"].append({
            "doc_id": did, "section_id": s.section_id, "ordinal": s.ordinal, "level": s.level,
            "parent_section_id": s.parent_section_id, "title": s.title, "title_inferred": _bool(s.title_inferred),
            "last_updated": s.last_updated, "char_start": s.char_start, "char_end": s.char_end})
    for r in fn.refs:
        tables["footnote_refs"].append({
            "doc_id": did, "section_id": r.section_id, "ref_id": r.ref_id, "number": r.number,
            "char_start": r.char_start, "char_end": r.char_end, "text": r.text, "footnote_id": r.footnote_id})
    for d in fn.defs:
        tables["footnotes"].append({
            "doc_id": did, "section_id": d.section_id, "footnote_id": d.footnote_id, "number": d.number,
            "char_start": d.char_start, "char_end": d.char_end, "text": d.text, "source_type": d.source_type,
            "un_symbols": ";".join(d.un_symbols), "pub_date": d.pub_date, "n_refs": d.n_refs, "ibid_of": d.ibid_of})
    for f in [*doc.findings, *seg.findings, *fn.findings]:
        tables["findings"].append(finding_row(f))
    return tables


def finding_row(f: Finding) -> dict:
    return {"doc_id": f.doc_id, "section_id": f.section_id, "kind": f.kind, "char_start": f.char_start,
            "char_end": f.char_end, "detail": f.detail}


def _footnote_dates(ctx: DocContext, fn) -> None:
    """pub_date of a definition: the last dated expression inside it (citations end with their date)."""
    for d in fn.defs:
        inside = [r for r in ctx.rows_between("dates", d.char_start, d.char_end)
                  if re.match(r"^\d{4}(-\d\d){0,2}$", r.fields.get("value", ""))]
        if inside:
            d.pub_date = inside[-1].fields["value"]


def to_frames(tables: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    import pandas as pd  # here, not at the top: `run` never needs it, and importing it takes ~0.7 s

    return {name: pd.DataFrame(rows, columns=REGISTRY[name].column_names) for name, rows in tables.items()}


def _is_file(candidate: str) -> bool:
    if "\n" in candidate or len(candidate) > 1024:
        return False
    try:
        return Path(candidate).is_file()
    except (OSError, ValueError):  # names too long or with NUL bytes are text, not paths
        return False


def extract(text_or_path: str | Path, config: Config | None = None, doc_id: str | None = None) -> dict[str, pd.DataFrame]:
    """Tables for one profile, as DataFrames keyed by table name.

    Accepts a path (plain text or HTML), the profile text itself, or an HTML page's markup (it opens with
    its doctype or <html>).
    """
    cfg = config or Config()
    if isinstance(text_or_path, Path) or (isinstance(text_or_path, str) and _is_file(text_or_path)):
        doc = read_document(text_or_path, doc_id)
    else:
        doc = document_from_text(str(text_or_path), doc_id or "document")
    return to_frames(process_document(doc, cfg))
