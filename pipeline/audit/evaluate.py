"""Score an extracted folder against gold files: per table and document, partial and strict."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..ingest import slugify
from .gold import TABLE_KEYS, GoldDoc, GoldError, build_gold, load_gold_files
from .scorer import Accuracy, Item, Score, field_accuracy, match, match_events, multiset_score

FIELD_ACCURACY = {
    "dates": ("value", "modifier"),
    "votes": ("resolution",),
    "weapons": ("category", "model", "caliber_mm"),
    "casualties": ("outcome", "group", "count"),
}
TABLE_ORDER = ("sections", "subsections", "footnote_refs", "footnotes", "dates", "votes", "weapons", "casualties")


def load_extracted(folder: str | Path) -> dict[str, pd.DataFrame]:
    folder = Path(folder)
    if not (folder / "documents.csv").exists():
        raise GoldError(f"{folder}: no extracted tables here (run `monitor-pipeline run --out {folder}` first)")
    tables = {}
    for csv in sorted(folder.glob("*.csv")):
        tables[csv.stem] = pd.read_csv(csv, dtype=str, keep_default_na=False)
    return tables


def canonical_text(folder: str | Path, doc_id: str) -> str:
    return (Path(folder) / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")


def find_doc_id(tables: dict[str, pd.DataFrame], doc_name: str) -> str | None:
    docs = tables["documents"]
    by_name = docs[docs["source_path"].map(lambda p: Path(p).name) == doc_name]
    if len(by_name):
        return by_name.iloc[0]["doc_id"]
    slug = slugify(Path(doc_name).stem)
    return slug if slug in set(docs["doc_id"]) else None


def rows_of(tables: dict[str, pd.DataFrame], table: str, doc_id: str) -> pd.DataFrame:
    df = tables.get(table)
    if df is None or df.empty:
        return pd.DataFrame()
    return df[df["doc_id"] == doc_id]


def predicted_items(tables, table: str, doc_id: str) -> list[Item]:
    items = []
    for _, r in rows_of(tables, table, doc_id).iterrows():
        fields = {k: v for k, v in r.items() if k not in ("doc_id", "char_start", "char_end", "text", "sentence")}
        items.append(Item(int(r["char_start"]), int(r["char_end"]), fields, label=r.get("text", "")))
    return items


@dataclass
class TableResult:
    partial: Score = field(default_factory=Score)
    strict: Score = field(default_factory=Score)
    fields: dict[str, Accuracy] = field(default_factory=dict)

    def add(self, other: TableResult) -> None:
        self.partial += other.partial
        self.strict += other.strict
        for k, acc in other.fields.items():
            self.fields.setdefault(k, Accuracy())
            self.fields[k] += acc

    def as_dict(self) -> dict:
        return {"partial": self.partial.as_dict(), "strict": self.strict.as_dict(),
                "fields": {k: (round(a.value, 4) if a.value is not None else None) for k, a in self.fields.items()}}


@dataclass
class DocAudit:
    doc_id: str
    gold: GoldDoc
    tables: dict[str, TableResult]
    missed: dict[str, list[Item]] = field(default_factory=dict)
    spurious: dict[str, list[Item]] = field(default_factory=dict)


@dataclass
class AuditResult:
    tables: dict[str, TableResult]
    documents: dict[str, DocAudit]
    errors: list[str]
    skipped: list[str] = field(default_factory=list)  # gold files whose document was not extracted

    def as_dict(self) -> dict:
        return {"tables": {k: v.as_dict() for k, v in self.tables.items()},
                "documents": {d: {k: v.as_dict() for k, v in a.tables.items()} for d, a in self.documents.items()},
                "errors": self.errors, "skipped": self.skipped}


def audit(gold_specs: list[str], extracted: str | Path) -> AuditResult:
    tables = load_extracted(extracted)
    totals = {t: TableResult() for t in TABLE_ORDER}
    docs: dict[str, DocAudit] = {}
    errors: list[str] = []
    skipped: list[str] = []
    gold_files = load_gold_files(gold_specs)
    for path, data in gold_files:
        doc_id = find_doc_id(tables, str(data["doc"]))
        if doc_id is None:
            skipped.append(f"{path.name}: document {data['doc']!r} is not in {extracted}")
            continue
        text = canonical_text(extracted, doc_id)
        gold, errs = build_gold(path, data, text)
        errors += errs
        da = audit_document(doc_id, gold, tables)
        docs[doc_id] = da
        for t, res in da.tables.items():
            totals[t].add(res)
    if gold_files and not docs:
        errors.append(f"none of the {len(gold_files)} gold documents is in {extracted} (run them through the pipeline first)")
    return AuditResult(totals, docs, errors, skipped)


def audit_document(doc_id: str, gold: GoldDoc, tables) -> DocAudit:
    out = {t: TableResult() for t in TABLE_ORDER}
    da = DocAudit(doc_id, gold, out)
    _score_sections(doc_id, gold, tables, out)
    for table, keys in TABLE_KEYS.items():
        g = gold.items.get(table, [])
        p = predicted_items(tables, table, doc_id)
        res = out[table]
        if table == "votes":
            score, pairs, missed, spurious = match_events(g, p, keys)
            res.partial, res.strict = score, match_events(g, p, keys, strict=True)[0]
            acc = Accuracy()
            for ge, pe in pairs:
                if ge.fields.get("resolution"):
                    acc.total += 1
                    from .scorer import norm_value

                    acc.right += norm_value("resolution", ge.fields["resolution"]) == norm_value(
                        "resolution", pe.fields.get("resolution"))
            res.fields = {"resolution": acc}
            da.missed[table] = [m for e in missed for m in e.mentions]
            da.spurious[table] = [m for e in spurious for m in e.mentions]
            continue
        counted = _weapon_counted(g) if table == "weapons" else (lambda item: True)
        partial = match(g, p, keys, strict=False, counted=counted)
        strict = match(g, p, keys, strict=True, counted=counted)
        res.partial, res.strict = partial.score, strict.score
        res.fields = field_accuracy(g, [x for x in p if counted(x)], FIELD_ACCURACY[table])
        da.missed[table], da.spurious[table] = partial.missed, partial.spurious
    return da


def _weapon_counted(gold: list[Item]):
    required = [g for g in gold if not g.optional]

    def counted(p: Item) -> bool:
        return bool(str(p.fields.get("model", "")).strip() or str(p.fields.get("caliber_mm", "")).strip()) or any(
            g.overlaps(p) for g in required)

    return counted


def _score_sections(doc_id: str, gold: GoldDoc, tables, out: dict[str, TableResult]) -> None:
    secs = rows_of(tables, "sections", doc_id)
    level1 = [r for _, r in secs.iterrows() if r["level"] == "1"] if len(secs) else []
    used: set[str] = set()
    matched: dict[int, dict] = {}
    for k, gs in enumerate(gold.sections):
        for r in level1:
            if r["section_id"] in used:
                continue
            same = (gs.title is not None and r["title"].strip().lower() == gs.title.strip().lower()) or (
                gs.title is None and gs.last_updated is not None and r["last_updated"] == gs.last_updated)
            if same:
                used.add(r["section_id"])
                matched[k] = r
                break
    score = Score(len(matched), len(gold.sections), len(level1))
    acc = Accuracy()
    sub_score = Score()
    for k, gs in enumerate(gold.sections):
        r = matched.get(k)
        preds = []
        if r is not None:
            acc.total += 1
            acc.right += (r["last_updated"] or None) == gs.last_updated
            preds = [s["title"].strip().lower() for _, s in secs.iterrows()
                     if s["level"] not in ("0", "1") and s["section_id"].startswith(r["section_id"] + ".")]
        sub_score += multiset_score([t.strip().lower() for t in gs.subsections], preds)
    # Subsections of predicted sections that match no gold section are not counted: the section miss is.
    out["sections"].partial = out["sections"].strict = score
    out["sections"].fields = {"last_updated": acc}
    out["subsections"].partial = out["subsections"].strict = sub_score
    refs = rows_of(tables, "footnote_refs", doc_id)
    defs = rows_of(tables, "footnotes", doc_id)
    ref_score, def_score, res_acc = Score(), Score(), Accuracy()
    for gf in gold.footnotes:
        k = next((i for i, gs in enumerate(gold.sections)
                  if (gs.title and gs.title.strip().lower() == gf.section.strip().lower())
                  or (gs.last_updated and gs.last_updated == gf.section)), None)
        r = matched.get(k) if k is not None else None
        sid = r["section_id"] if r is not None else None
        p_refs = refs[refs["section_id"] == sid] if sid and len(refs) else refs.iloc[0:0] if len(refs) else []
        p_defs = defs[defs["section_id"] == sid] if sid and len(defs) else []
        ref_numbers = [int(n) for n in p_refs["number"]] if len(p_refs) else []
        def_numbers = [int(n) for n in p_defs["number"]] if len(p_defs) else []
        ref_score += multiset_score(gf.refs, ref_numbers)
        def_score += multiset_score(gf.defined, def_numbers)
        if len(p_refs):
            for _, ref in p_refs.iterrows():
                res_acc.total += 1
                res_acc.right += bool(ref["footnote_id"]) == (int(ref["number"]) in gf.defined)
    out["footnote_refs"].partial = out["footnote_refs"].strict = ref_score
    out["footnote_refs"].fields = {"resolution": res_acc}
    out["footnotes"].partial = out["footnotes"].strict = def_score
