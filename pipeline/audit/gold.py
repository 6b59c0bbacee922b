"""Read gold YAML files (shared/gold-format.md) and locate every item in the canonical text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .scorer import Item

TABLE_KEYS = {
    "dates": ("value",),
    "votes": ("vote", "treaty", "year", "period"),
    "weapons": ("category", "model", "caliber_mm"),
    "casualties": ("count", "outcome"),
}
ITEM_FIELDS = {"text", "near", "optional", "value", "modifier", "vote", "treaty", "year", "period", "resolution",
               "state", "body", "category", "model", "caliber_mm", "count", "qualifier", "outcome", "group", "cause",
               "granularity", "generic", "note"}
TOP_KEYS = {"doc", "country", "iso3", "sections", "dates", "votes", "weapons", "casualties", "footnotes"}


class GoldError(ValueError):
    """A gold file or item that cannot be used; the message names the file and the item."""


@dataclass
class GoldSection:
    title: str | None
    last_updated: str | None
    subsections: list[str]


@dataclass
class GoldFootnotes:
    section: str
    refs: list[int]
    defined: list[int]


@dataclass
class GoldDoc:
    path: Path
    doc: str
    country: str | None
    iso3: str | None
    sections: list[GoldSection]
    items: dict[str, list[Item]] = field(default_factory=dict)
    footnotes: list[GoldFootnotes] = field(default_factory=list)


def load_gold_files(specs: list[str]) -> list[tuple[Path, dict]]:
    files: list[Path] = []
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            files += sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        elif p.is_file():
            files.append(p)
        else:
            raise GoldError(f"{spec}: no such gold file or folder")
    out = []
    for f in files:
        try:
            data = yaml.safe_load(f.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise GoldError(f"{f}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict) or "doc" not in data:
            raise GoldError(f"{f}: a gold file is a mapping with at least 'doc'")
        unknown = set(data) - TOP_KEYS
        if unknown:
            raise GoldError(f"{f}: unknown key(s) {', '.join(sorted(unknown))}")
        out.append((f, data))
    return out


def _pattern(snippet: str) -> re.Pattern:
    parts = [re.escape(p) for p in str(snippet).split()]
    return re.compile(r"\s+".join(parts))


def _iso(v) -> str | None:
    if v is None:
        return None
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def locate(text: str, item: dict, where: str) -> tuple[int, int]:
    """Span of an item: `text` inside the unique `near`, else unique `text`, else the `near` snippet."""
    near, surface = item.get("near"), item.get("text")
    if near is not None:
        hits = list(_pattern(near).finditer(text))
        if len(hits) != 1:
            raise GoldError(f"{where}: near {str(near)[:70]!r} occurs {len(hits)} times in the document (needs exactly 1)")
        a, b = hits[0].span()
        if surface is None:
            return a, b
        m = _pattern(surface).search(text, a, b)
        if not m:
            raise GoldError(f"{where}: text {str(surface)!r} not found inside near {str(near)[:70]!r}")
        return m.span()
    if surface is None:
        raise GoldError(f"{where}: an item needs 'text' or 'near'")
    hits = list(_pattern(surface).finditer(text))
    if len(hits) != 1:
        raise GoldError(f"{where}: text {str(surface)!r} occurs {len(hits)} times in the document "
                        "(needs exactly 1; add 'near')")
    return hits[0].span()


def build_gold(path: Path, data: dict, text: str) -> tuple[GoldDoc, list[str]]:
    """Locate items; return the gold document and the errors (one per item that cannot be located)."""
    errors: list[str] = []
    sections = []
    for k, s in enumerate(data.get("sections") or []):
        if not isinstance(s, dict):
            errors.append(f"{path.name}: sections[{k}]: expected a mapping")
            continue
        sections.append(GoldSection(s.get("title"), _iso(s.get("last_updated")), [str(x) for x in s.get("subsections") or []]))
    gd = GoldDoc(path, str(data["doc"]), data.get("country"), data.get("iso3"), sections)
    for table in TABLE_KEYS:
        items = []
        for k, raw in enumerate(data.get(table) or []):
            where = f"{path.name}: {table}[{k}]"
            if not isinstance(raw, dict):
                errors.append(f"{where}: expected a mapping")
                continue
            unknown = set(raw) - ITEM_FIELDS
            if unknown:
                errors.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
                continue
            try:
                start, end = locate(text, raw, where)
            except GoldError as exc:
                errors.append(str(exc))
                continue
            fields = {kk: _iso(v) if kk == "value" else v for kk, v in raw.items() if kk not in ("near", "text", "optional")}
            label = str(raw.get("text") or raw.get("near"))[:80]
            items.append(Item(start, end, fields, bool(raw.get("optional")), label))
        gd.items[table] = items
    for k, f in enumerate(data.get("footnotes") or []):
        if not isinstance(f, dict) or "section" not in f:
            errors.append(f"{path.name}: footnotes[{k}]: needs 'section'")
            continue
        gd.footnotes.append(GoldFootnotes(_iso(f["section"]), [int(x) for x in f.get("refs") or []],
                                          [int(x) for x in f.get("defined") or []]))
    return gd, errors
