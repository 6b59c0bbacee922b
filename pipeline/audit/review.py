"""Audit without gold: draw a random sample of rows, let a person mark them, estimate precision."""
from __future__ import annotations

import csv
import math
import random
from pathlib import Path
from typing import TextIO

from ..extractors import load_all
from .evaluate import load_extracted

KEY_FIELDS = {
    "dates": ("value", "modifier"),
    "votes": ("state", "vote", "treaty", "year", "period", "resolution"),
    "weapons": ("category", "model", "caliber_mm"),
    "casualties": ("count", "qualifier", "outcome", "group", "cause"),
    "footnote_refs": ("number", "footnote_id"),
}
SAMPLE_COLUMNS = ["table", "doc_id", "row_id", "text", "fields", "sentence", "correct"]


class ReviewError(ValueError):
    pass


def sample_rows(extracted: str | Path, tables: list[str] | None, n: int, seed: int) -> list[dict]:
    specs = load_all()
    names = tables or list(specs)
    data = load_extracted(extracted)
    for name in names:
        if name not in data:
            raise ReviewError(f"no table {name!r} in {extracted} (have: {', '.join(sorted(data))})")
    rng = random.Random(seed)
    # Stratified: n split as evenly as possible across the tables named.
    share = [n // len(names) + (1 if k < n % len(names) else 0) for k in range(len(names))]
    out = []
    for name, k in zip(names, share, strict=True):
        df = data[name]
        id_col = specs[name].id_column if name in specs else df.columns[2]
        picks = sorted(rng.sample(range(len(df)), min(k, len(df))))
        for i in picks:
            r = df.iloc[i]
            fields = "; ".join(f"{f}={r[f]}" for f in KEY_FIELDS.get(name, ()) if f in r and r[f] != "")
            out.append({"table": name, "doc_id": r["doc_id"], "row_id": r[id_col], "text": r.get("text", ""),
                        "fields": fields, "sentence": r.get("sentence", ""), "correct": ""})
    return out


def sample_command(extracted, tables, n: int, seed: int, out: TextIO) -> int:
    if n < 1:
        raise ReviewError("-n must be at least 1")
    rows = sample_rows(extracted, tables, n, seed)
    w = csv.DictWriter(out, fieldnames=SAMPLE_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return 0


def wilson(successes: int, total: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval for a proportion."""
    if total == 0:
        return 0.0, 1.0
    p = successes / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def score_rows(rows: list[dict]) -> dict[str, dict]:
    result: dict[str, dict] = {}
    for r in rows:
        t = result.setdefault(r["table"], {"yes": 0, "no": 0, "unreviewed": 0})
        mark = (r.get("correct") or "").strip().lower()
        if mark in ("y", "yes", "1", "true"):
            t["yes"] += 1
        elif mark in ("n", "no", "0", "false"):
            t["no"] += 1
        else:
            t["unreviewed"] += 1
    for t in result.values():
        total = t["yes"] + t["no"]
        t["precision"] = t["yes"] / total if total else None
        t["low"], t["high"] = wilson(t["yes"], total)
    return result


def score_command(path: str, out: TextIO) -> int:
    p = Path(path)
    if not p.exists():
        raise ReviewError(f"{path}: no such file")
    with p.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or "correct" not in rows[0] or "table" not in rows[0]:
        raise ReviewError(f"{path}: not a review sample (needs the columns of `review sample`)")
    result = score_rows(rows)
    out.write(f"{'table':<14} {'reviewed':>8} {'correct':>8} {'precision':>10}  95% Wilson interval\n")
    for name, t in result.items():
        reviewed = t["yes"] + t["no"]
        prec = f"{t['precision']:.3f}" if t["precision"] is not None else "n/a"
        out.write(f"{name:<14} {reviewed:>8} {t['yes']:>8} {prec:>10}  [{t['low']:.3f}, {t['high']:.3f}]"
                  + (f"  ({t['unreviewed']} rows not marked y/n)" if t["unreviewed"] else "") + "\n")
    out.write("\nRecall cannot be estimated from a sample of extracted rows: it needs gold annotations "
              "of what the pipeline missed (see `monitor-pipeline audit`).\n")
    return 0
