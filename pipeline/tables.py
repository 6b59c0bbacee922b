"""The output tables: one schema registry, used for SQLite DDL, CSV headers, DataFrames and the docs.

A table is registered once (core tables here, each extractor's table in its own module) and
every writer, the audit and the README's table dictionary read the same specs.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # TEXT, INTEGER or BOOLEAN (stored as 0/1, written as true/false)
    doc: str


@dataclass(frozen=True)
class TableSpec:
    name: str
    doc: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # primary key; () for none
    section_fk: bool = True  # rows point at sections(doc_id, section_id)
    spans: bool = True  # rows carry char_start/char_end (and text if present)

    @cached_property  # read for every document's rows: built once (the instance dict bypasses frozen)
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


REGISTRY: dict[str, TableSpec] = {}


def register(spec: TableSpec) -> TableSpec:
    if spec.name in REGISTRY and REGISTRY[spec.name] != spec:
        raise ValueError(f"table {spec.name!r} registered twice with different schemas")
    REGISTRY[spec.name] = spec
    return spec


def C(name: str, type_: str, doc: str) -> Column:  # noqa: N802 - short constructor for schema tables
    return Column(name, type_, doc)


DOC_ID = C("doc_id", "TEXT", "Document id: a stable slug of the input file name.")
SECTION_ID = C("section_id", "TEXT", "Section the row lies in (innermost; footnotes: their level-1 section).")
CHAR_START = C("char_start", "INTEGER", "Start offset (Python string index) into extracted/text/<doc_id>.txt.")
CHAR_END = C("char_end", "INTEGER", "End offset (exclusive).")
TEXT = C("text", "TEXT", "Exactly canonical[char_start:char_end].")


def span_columns() -> tuple[Column, ...]:
    return (CHAR_START, CHAR_END, TEXT)


def extractor_columns(id_col: str, id_doc: str, fields: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns every extractor table shares, around its own fields."""
    return (DOC_ID, SECTION_ID, C(id_col, "TEXT", id_doc), *span_columns(), *fields,
            C("context", "TEXT", "Where the span lies: body, footnote, heading or metadata."),
            C("sentence", "TEXT", "The sentence (or table line) containing the span."),
            C("rule", "TEXT", "Name of the rule that produced the row."))


DOCUMENTS = register(TableSpec("documents", "One row per input document processed.", (
    DOC_ID,
    C("source_path", "TEXT", "Path of the input file as given on the command line."),
    C("source_format", "TEXT", "txt or html."),
    C("sha256", "TEXT", "SHA-256 of the input file's bytes."),
    C("country", "TEXT", "Country line of the profile as written; without one, the country the text names most "
                         "(finding country_inferred); empty for multi-country chapters."),
    C("iso3", "TEXT", "ISO 3166-1 alpha-3 code of the country (country_converter)."),
    C("n_chars", "INTEGER", "Length of the canonical text in characters."),
    C("n_sections", "INTEGER", "Number of level-1 (theme) sections."),
), key=("doc_id",), section_fk=False, spans=False))

SECTIONS = register(TableSpec("sections", "Sections of each document: level 0 = text before the first theme, "
                              "1 = theme (Mine Ban Policy, ...), 2+ = subsection.", (
    DOC_ID,
    C("section_id", "TEXT", "S0 (before the first theme), S1, S2 ... for themes, S1.1 ... for subsections."),
    C("ordinal", "INTEGER", "Position of the section in the document (0-based)."),
    C("level", "INTEGER", "0, 1 or 2+."),
    C("parent_section_id", "TEXT", "Enclosing section of a subsection; empty for levels 0 and 1."),
    C("title", "TEXT", "Heading as written, or an inferred title."),
    C("title_inferred", "BOOLEAN", "true when the section had no heading (opened by a bare 'Last updated:' line)."),
    C("last_updated", "TEXT", "ISO date of the section's 'Last updated:' line, if any (its month, 2020-11, when it gives no day)."),
    CHAR_START, CHAR_END,
), key=("doc_id", "section_id"), section_fk=False))

FOOTNOTE_REFS = register(TableSpec("footnote_refs", "Footnote references [N] in running text.", (
    DOC_ID, SECTION_ID,
    C("ref_id", "TEXT", "Reference id: <level-1 section>.R<k>."),
    C("number", "INTEGER", "The footnote number N."),
    *span_columns(),
    C("footnote_id", "TEXT", "The definition it resolves to in the same level-1 section; empty when dangling."),
), key=("doc_id", "ref_id")))

# The kinds of source a footnote cites (the rule file's source_types name them; "other" when none matches)
SOURCE_TYPES = ("news", "un_document", "email", "letter", "interview", "statement", "report", "book", "web", "ibid", "other")

FOOTNOTES = register(TableSpec("footnotes", "Footnote definitions (the [N] paragraphs at a section's end).", (
    DOC_ID, SECTION_ID,
    C("footnote_id", "TEXT", "Definition id: <level-1 section>.F<N>."),
    C("number", "INTEGER", "The footnote number N."),
    *span_columns(),
    C("source_type", "TEXT", f"{', '.join(SOURCE_TYPES[:-1])} or {SOURCE_TYPES[-1]}."),
    C("un_symbols", "TEXT", "UN document symbols cited, ';'-joined (A/C.1/71/PV.24, 77/79)."),
    C("pub_date", "TEXT", "ISO date of the source: the last full or partial date in the definition."),
    C("n_refs", "INTEGER", "How many references cite this definition."),
    C("ibid_of", "TEXT", "For Ibid.: the footnote_id it repeats."),
), key=("doc_id", "footnote_id")))

FINDINGS = register(TableSpec("findings", "What is wrong or doubtful in the source, and files that failed.", (
    DOC_ID, C("section_id", "TEXT", "Section concerned, if any."),
    C("kind", "TEXT", "dangling_ref, uncited_footnote, inferred_title, no_sections, decode_fallback, "
                      "duplicate_footnote, bad_last_updated, ibid_without_previous, country_inferred or error."),
    C("char_start", "INTEGER", "Start offset of the span concerned, if any."),
    C("char_end", "INTEGER", "End offset, if any."),
    C("detail", "TEXT", "Human-readable explanation."),
), key=(), section_fk=False))


def all_tables() -> dict[str, TableSpec]:
    """Every table: core tables first, then the extractors' tables in run order."""
    from .extractors import load_all

    order = ["documents", "sections", "footnote_refs", "footnotes", "findings", *load_all()]
    ordered = {name: REGISTRY[name] for name in order} | REGISTRY
    REGISTRY.clear()
    REGISTRY.update(ordered)
    return REGISTRY
