"""The HTML report rendered in a real headless browser: highlights for every table are painted."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED_GOLD

CHROMIUM = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (apt-get install chromium)")


def dump_dom(page, tmp_path) -> str:
    res = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom",
                          page.resolve().as_uri()], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-500:]
    return res.stdout


@needs_browser
def test_audit_report_renders_highlights_for_every_table(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pipeline", "run", "--out", str(out), "--quiet"], cwd=ROOT, check=True)
    gold = [str(SHARED_GOLD / "korea-dprk.yaml")] if (SHARED_GOLD / "korea-dprk.yaml").exists() else []
    page = tmp_path / "audit.html"
    args = ["audit", "--gold", *gold, "--extracted", str(out), "--report", str(page)] if gold else \
        ["report", "--extracted", str(out), "--out", str(page)]
    subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, check=True, capture_output=True)
    dom = dump_dom(page, tmp_path)
    m = re.search(r'data-rendered-highlights="([^"]*)"', dom)
    assert m, "the page script did not run"
    counts = json.loads(m.group(1).replace("&quot;", '"'))
    for table in ("dates", "votes", "weapons", "casualties", "footnote_refs"):
        assert counts.get(table, 0) > 0, (table, counts)
    if gold:
        assert "<svg" in dom and "F1 per table" in dom


@needs_browser
def test_document_text_is_escaped(tmp_path):
    raw = tmp_path / "evil.txt"
    raw.write_text("Mine Ban Policy\n\nLast updated: 01 May 2019\n\n<script>document.title='pwned'</script> In 2018, "
                   "<img src=x onerror=alert(1)> two soldiers were injured.\n", encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(raw), "--out", str(out), "--quiet"], cwd=ROOT, check=True)
    page = tmp_path / "r.html"
    subprocess.run([sys.executable, "-m", "pipeline", "report", "--extracted", str(out), "--out", str(page)], cwd=ROOT,
                   check=True, capture_output=True)
    dom = dump_dom(page, tmp_path)
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom).group(1)
    assert "<img src=" not in dom and "&lt;script&gt;" in dom
