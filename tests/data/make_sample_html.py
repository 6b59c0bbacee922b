"""Write korea-dprk.html: the sample profile rendered the way the Monitor's web pages are built.

Headings in h1-h3, prose in <p>, the Mine Action summary as a label/value <table>, footnote
references as Word-export anchors inside <sup>, definitions as <div id="ftnN">, plus site chrome
(navigation, scripts, styles) that ingest must drop. Run: python tests/data/make_sample_html.py
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pipeline

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "raw" / "korea-dprk.txt"
TABLE_FIRST, TABLE_LAST = "Treaty status", "None reported"


def refs_to_anchors(line: str, section: str) -> str:
    def repl(m: re.Match) -> str:
        n = m.group(1)
        return f'<sup><a href="#_ftn{section}_{n}" name="_ftnref{section}_{n}">[{n}]</a></sup>'

    return re.sub(r"\[(\d+)\]", repl, html.escape(line, quote=False))


def main() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    tables = pipeline.extract(SAMPLE)
    sections = tables["sections"]
    heads = {int(r.char_start): int(r.level) for r in sections.itertuples() if r.level >= 1 and r.title_inferred == "false"}
    out = ["<!DOCTYPE html>", "<html><head><meta charset='utf-8'><title>Korea, Democratic People's Republic of</title>",
           "<style>body{font-family:serif}</style><script>var tracking = '[99] not a footnote';</script></head><body>",
           "<nav class='site-menu'><ul><li><a href='/'>About Us</a></li><li><a href='/press'>Press Room</a></li></ul></nav>",
           "<div id='header-banner'>Landmine and Cluster Munition Monitor</div>", "<main>"]
    pos = 0
    section = "0"
    in_table = False
    first = True
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if not s:
            continue
        if first:
            out.append(f"<h1>{html.escape(s)}</h1>")
            first = False
            continue
        if start in heads:
            level = heads[start]
            if level == 1:
                section = str(start)
            out.append(f"<h{level + 1}>{html.escape(s)}</h{level + 1}>")
            continue
        if s.startswith("Last updated:"):
            section = section if not s.endswith("2018") or "21 October" not in s else str(start)
            out.append(f"<p><strong>{html.escape(s)}</strong></p>")
            continue
        if s == TABLE_FIRST:
            out.append("<table class='summary'>")
            in_table = True
        if in_table:
            out.append(f"<tr><td>{html.escape(s)}</td></tr>")
            if s == TABLE_LAST:
                out.append("</table>")
                in_table = False
            continue
        m = re.match(r"\[(\d+)\](.*)$", s)
        if m:
            n, rest = m.groups()
            out.append(f'<div id="ftn{section}_{n}"><p class="MsoFootnoteText"><a href="#_ftnref{section}_{n}">[{n}]</a>'
                       f"{html.escape(rest, quote=False)}</p></div>")
            continue
        out.append(f"<p>{refs_to_anchors(s, section)}</p>")
    out += ["</main>", "<footer class='site-footer'>© Monitor. <a href='/contact'>Contact</a></footer>", "</body></html>"]
    (Path(__file__).parent / "korea-dprk.html").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
