"""Typed records passed between stages. Every record tied to text carries its offsets."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    doc_id: str
    source_path: str
    source_format: str  # "txt" or "html"
    sha256: str
    text: str  # the canonical text; all offsets index into it
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Section:
    section_id: str
    ordinal: int
    level: int  # 0 = text before the first theme heading, 1 = theme, 2+ = subsection
    parent_section_id: str | None
    title: str
    title_inferred: bool
    last_updated: str | None
    char_start: int
    char_end: int
    heading_span: tuple[int, int] | None = None  # the heading line, if any
    last_updated_span: tuple[int, int] | None = None  # the whole "Last updated:" line
    footnotes_start: int | None = None  # start of the footnote block (level-1 sections)


@dataclass
class Finding:
    doc_id: str
    section_id: str | None
    kind: str
    char_start: int | None
    char_end: int | None
    detail: str


@dataclass
class FootnoteDef:
    footnote_id: str
    section_id: str
    number: int
    char_start: int
    char_end: int
    text: str
    body_start: int  # after the "[N]" marker
    source_type: str = "other"
    un_symbols: list[str] = field(default_factory=list)
    pub_date: str | None = None
    n_refs: int = 0
    ibid_of: str | None = None


@dataclass
class FootnoteRef:
    ref_id: str
    section_id: str
    number: int
    char_start: int
    char_end: int
    text: str
    footnote_id: str | None


@dataclass
class Extraction:
    """One row of an extractor table: a span plus the table's own fields."""

    table: str
    char_start: int
    char_end: int
    rule: str
    fields: dict = field(default_factory=dict)
