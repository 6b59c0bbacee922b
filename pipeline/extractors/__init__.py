"""Content extractors. Each module registers its table and its run function here, once.

Adding an extractor = one module calling `register_extractor`; tables, SQLite, CSV, the API,
the audit and the docs pick it up from the registry.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..context import DocContext
from ..records import Extraction
from ..tables import Column, TableSpec, extractor_columns, register


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    table: TableSpec
    id_column: str
    id_prefix: str
    run: Callable[[DocContext], list[Extraction]]


EXTRACTORS: dict[str, ExtractorSpec] = {}


def register_extractor(spec: ExtractorSpec) -> ExtractorSpec:
    register(spec.table)
    EXTRACTORS[spec.name] = spec
    return spec


def declare(name: str, doc: str, id_column: str, id_prefix: str, fields: tuple[Column, ...],
            run: Callable[[DocContext], list[Extraction]]) -> ExtractorSpec:
    """Register an extractor and its table: shared columns around its own fields."""
    columns = extractor_columns(id_column, f"Row id: {id_prefix}<k> in document order.", fields)
    table = TableSpec(name, doc, columns, key=("doc_id", id_column))
    return register_extractor(ExtractorSpec(name, table, id_column, id_prefix, run))


def load_all() -> dict[str, ExtractorSpec]:
    # Import order = table order and run order (votes read dates).
    from . import casualties, dates, votes, weapons  # noqa: F401

    return {k: EXTRACTORS[k] for k in ("dates", "votes", "weapons", "casualties") if k in EXTRACTORS}


def validate_rules(cfg) -> None:
    """Load and validate every rule file once, so a bad rule stops the run before any document."""
    from .. import footnotes, sections
    from . import casualties, dates, votes, weapons

    for module in (sections, footnotes, dates, votes, weapons, casualties):
        module.load_rules(cfg)
