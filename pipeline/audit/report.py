"""A self-contained HTML review report: every extracted span highlighted, colour-coded by table.

All document text is escaped (profiles are untrusted input). Overlapping spans are split into
elementary segments, each carrying every row that covers it. With an audit result, gold items
that were missed and rows that matched nothing are marked distinctly.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from .evaluate import TABLE_ORDER, AuditResult, canonical_text, load_extracted

COLOURS = {"dates": "#cde7ff", "votes": "#ffd6a5", "weapons": "#e0c3fc", "casualties": "#ffadad",
           "footnote_refs": "#d0f4de", "findings": "#fff3b0"}
SPAN_TABLES = ("dates", "votes", "weapons", "casualties", "footnote_refs")
SKIP_FIELDS = {"doc_id", "char_start", "char_end", "text", "sentence"}

CSS = """
body{font-family:system-ui,sans-serif;margin:0;display:flex}
main{flex:1;padding:1em 2em;max-width:60em}
aside{width:22em;position:sticky;top:0;height:100vh;overflow:auto;background:#f6f6f6;padding:1em;font-size:.85em}
pre.doc{white-space:pre-wrap;font-family:Georgia,serif;font-size:1em;line-height:1.5}
mark{border-radius:3px;padding:0 1px;cursor:pointer}
mark.finding{background:none;text-decoration:underline wavy #c00}
mark.miss{background:none;outline:2px dashed #d00}
mark.spurious{outline:2px solid #555}
table.scores{border-collapse:collapse;font-size:.9em}
table.scores td,table.scores th{border:1px solid #ccc;padding:2px 6px;text-align:right}
.legend span{display:inline-block;padding:0 .5em;margin-right:.5em;border-radius:3px}
.fn-def{background:#f3fff6}
"""
SCRIPT = """
document.querySelectorAll('mark[data-rows]').forEach(function(m){
  m.addEventListener('click',function(){
    var rows=JSON.parse(m.getAttribute('data-rows'));
    var box=document.getElementById('panel');
    box.textContent='';
    rows.forEach(function(r){var pre=document.createElement('pre');pre.textContent=JSON.stringify(r,null,1);box.appendChild(pre);});
  });
});
var counts={};
document.querySelectorAll('mark').forEach(function(m){
  var bg=getComputedStyle(m).backgroundColor;
  var painted=bg&&bg!=='rgba(0, 0, 0, 0)'&&bg!=='transparent';
  m.classList.forEach(function(c){if(c.indexOf('t-')===0&&painted){counts[c.slice(2)]=(counts[c.slice(2)]||0)+1;}});
});
document.body.setAttribute('data-rendered-highlights',JSON.stringify(counts));
"""


def _row_info(table: str, row: dict) -> dict:
    return {"table": table, **{k: v for k, v in row.items() if k not in SKIP_FIELDS and v != ""}}


def render_document(doc_id: str, text: str, spans: list[tuple[int, int, str, dict]], anchors: dict[int, str],
                    links: dict[tuple[int, int], str]) -> str:
    """spans: (start, end, css classes, info); anchors: position -> id; links: span -> href."""
    cuts = {0, len(text), *anchors}
    for s, e, _, _ in spans:
        cuts.update((max(0, s), min(len(text), e)))
    points = sorted(cuts)
    parts = []
    for a, b in zip(points, points[1:], strict=False):
        if a in anchors:
            parts.append(f'<span id="{html.escape(anchors[a])}"></span>')
        covering = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        chunk = html.escape(text[a:b])
        if not covering:
            parts.append(chunk)
            continue
        classes = " ".join(sorted({c for sp in covering for c in sp[2].split()}))
        infos = [sp[3] for sp in covering]
        colour = next((COLOURS[c[2:]] for c in classes.split() if c.startswith("t-") and c[2:] in COLOURS), None)
        style = f' style="background:{colour}"' if colour and "t-findings" not in classes else ""
        title = html.escape("\n".join(", ".join(f"{k}={v}" for k, v in i.items()) for i in infos))
        link = next((links[(sp[0], sp[1])] for sp in covering if (sp[0], sp[1]) in links), None)
        inner = f'<a href="#{html.escape(link)}">{chunk}</a>' if link else chunk
        parts.append(f'<mark class="{classes}"{style} title="{title}" '
                     f"data-rows='{html.escape(json.dumps(infos), quote=True)}'>{inner}</mark>")
    return f'<section id="doc-{html.escape(doc_id)}"><h2>{html.escape(doc_id)}</h2><pre class="doc">{"".join(parts)}</pre></section>'


def _score_block(result: AuditResult) -> str:
    rows = []
    bars = []
    for k, name in enumerate(t for t in TABLE_ORDER if result.tables[t].partial.gold or result.tables[t].partial.predicted):
        res = result.tables[name]
        p, s = res.partial, res.strict
        rows.append(f"<tr><th style='text-align:left'>{name}</th><td>{p.gold}</td><td>{p.predicted}</td><td>{p.tp}</td>"
                    f"<td>{p.precision:.3f}</td><td>{p.recall:.3f}</td><td>{p.f1:.3f}</td><td>{s.f1:.3f}</td></tr>")
        bars.append(f'<rect x="120" y="{k * 22}" width="{p.f1 * 300:.1f}" height="16" fill="#4a90d9"/>'
                    f'<text x="0" y="{k * 22 + 12}" font-size="12">{name}</text>'
                    f'<text x="{125 + p.f1 * 300:.1f}" y="{k * 22 + 12}" font-size="12">{p.f1:.3f}</text>')
    svg = f'<svg width="480" height="{22 * len(bars) + 4}" role="img" aria-label="F1 per table">{"".join(bars)}</svg>'
    return ("<h2>Scores</h2><table class='scores'><tr><th>table</th><th>gold</th><th>predicted</th><th>tp</th>"
            "<th>P</th><th>R</th><th>F1</th><th>strict F1</th></tr>" + "".join(rows) + "</table>"
            "<h3>F1 per table (partial)</h3>" + svg)


def write_report(extracted: str | Path, out: str | Path, doc_ids: list[str] | None = None,
                 audit_result: AuditResult | None = None) -> Path:
    tables = load_extracted(extracted)
    all_ids = list(tables["documents"]["doc_id"])
    if audit_result is not None and doc_ids is None:
        doc_ids = list(audit_result.documents)
    doc_ids = doc_ids or all_ids
    unknown = [d for d in doc_ids if d not in all_ids]
    if unknown:
        from .gold import GoldError

        raise GoldError(f"not in {extracted}: {', '.join(unknown)}")
    sections = []
    for doc_id in doc_ids:
        text = canonical_text(extracted, doc_id)
        spans: list[tuple[int, int, str, dict]] = []
        anchors: dict[int, str] = {}
        links: dict[tuple[int, int], str] = {}
        for t in SPAN_TABLES:
            df = tables.get(t)
            if df is None or df.empty:
                continue
            for _, r in df[df["doc_id"] == doc_id].iterrows():
                s, e = int(r["char_start"]), int(r["char_end"])
                spans.append((s, e, f"t-{t}", _row_info(t, r.to_dict())))
                if t == "footnote_refs" and r["footnote_id"]:
                    links[(s, e)] = f"{doc_id}-{r['footnote_id']}"
        fn = tables.get("footnotes")
        if fn is not None and not fn.empty:
            for _, r in fn[fn["doc_id"] == doc_id].iterrows():
                anchors[int(r["char_start"])] = f"{doc_id}-{r['footnote_id']}"
        fd = tables.get("findings")
        if fd is not None and not fd.empty:
            for _, r in fd[(fd["doc_id"] == doc_id) & (fd["char_start"] != "")].iterrows():
                spans.append((int(r["char_start"]), int(r["char_end"]), "t-findings finding", _row_info("findings", r.to_dict())))
        if audit_result is not None and doc_id in audit_result.documents:
            da = audit_result.documents[doc_id]
            for t, items in da.missed.items():
                for it in items:
                    spans.append((it.start, it.end, f"miss gold-{t}", {"gold_missed": t, **it.fields}))
            for t, items in da.spurious.items():
                for it in items:
                    spans.append((it.start, it.end, "spurious", {"spurious": t}))
        sections.append(render_document(doc_id, text, spans, anchors, links))
    legend = "".join(f'<span style="background:{c}">{t}</span>' for t, c in COLOURS.items())
    legend += '<span style="outline:2px dashed #d00">missed gold</span><span style="outline:2px solid #555">spurious</span>'
    head = _score_block(audit_result) if audit_result is not None else ""
    page = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>monitor-pipeline report</title>"
            f"<style>{CSS}</style></head><body><main><h1>monitor-pipeline review report</h1>"
            f"<p class='legend'>{legend}</p>{head}{''.join(sections)}</main>"
            f"<aside><h3>Selected span</h3><div id='panel'>Click a highlight to see its rows; hover for a summary.</div>"
            f"</aside><script>{SCRIPT}</script></body></html>")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
