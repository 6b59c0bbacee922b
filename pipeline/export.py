"""Exports of a finished run for spreadsheets: formula-safe CSV and an .xlsx workbook.

Plain CSV stays faithful to the source text. A cell that begins with `=`, `+`, `-`, `@` (or a
tab or carriage return) is a formula to Excel and LibreOffice, and profile text is untrusted,
so `--excel-safe` writes such cells with a leading apostrophe, the convention spreadsheets
display as text. The .xlsx export (openpyxl, write-only so memory stays flat) stores every
text cell with the string type: nothing is ever a formula there, and the text is unchanged
except for control characters XML cannot hold (removed) and cells over Excel's 32,767
character limit (cut, ending with "…").
"""
from __future__ import annotations

import re
from pathlib import Path

from .store import Store, atomic_open, write_csv
from .tables import REGISTRY

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_LIMIT = 32_767
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(Exception):
    pass


def excel_safe(value):
    """A cell as text a spreadsheet will not evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def open_store(extracted: str | Path) -> Store:
    db = Path(extracted) / "monitor.sqlite"
    if not db.is_file():
        raise ExportError(f"{db} not found: run `monitor-pipeline run --out {extracted}` first")
    return Store(db)


def export_csv(extracted: str | Path, out_dir: str | Path, safe: bool) -> dict[str, int]:
    store = open_store(extracted)
    try:
        counts = {}
        for name, cursor in store.table_rows():
            rows = ([excel_safe(v) for v in row] for row in cursor) if safe else cursor
            counts[name] = write_csv(Path(out_dir) / f"{name}.csv", REGISTRY[name].column_names, rows)
        return counts
    finally:
        store.close()


def export_xlsx(extracted: str | Path, path: str | Path) -> dict[str, int]:
    """One sheet per table, written atomically."""
    try:
        from openpyxl import Workbook
    except ImportError as exc:
        raise ExportError("the .xlsx export needs openpyxl: pip install 'monitor-pipeline[excel]'") from exc
    store = open_store(extracted)
    workbook = Workbook(write_only=True)
    counts = {}
    try:
        for name, cursor in store.table_rows():
            sheet = workbook.create_sheet(name[:31])
            sheet.append(REGISTRY[name].column_names)
            counts[name] = 0
            for row in cursor:
                sheet.append([_text_cell(sheet, v) if isinstance(v, str) else v for v in row])
                counts[name] += 1
        with atomic_open(Path(path), "wb") as fh:
            workbook.save(fh)
    finally:
        store.close()
    return counts


def _text_cell(sheet, value: str):
    """A cell typed as text (never a formula), without characters XML cannot hold, within Excel's limit."""
    from openpyxl.cell import WriteOnlyCell

    value = _XML_ILLEGAL.sub("", value)
    if len(value) > EXCEL_CELL_LIMIT:
        value = value[:EXCEL_CELL_LIMIT - 1] + "…"
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell
