"""Profile text is untrusted: it must not run in a browser or a spreadsheet, reach eval or a shell,
load code through YAML, or make the pipeline open a network connection. One run per output folder."""
from __future__ import annotations

import csv
import fcntl
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, write_config
from test_cli import cli

from pipeline.export import excel_safe

HOSTILE = ('Atlantis\n\nMine Ban Policy\n\nLast updated: 2 March 2021\n\n<script>alert(1)</script> In 2019, '
           'two soldiers were injured."><img src=x onerror=alert(1)> Atlantis abstained on Resolution 75/52.\n'
           '=HYPERLINK("http://evil.example","click") In 2018, three civilians were killed.\n'
           '+1 In 2017, four deminers were injured.\n-2 In 2016, five children were killed.\n'
           '@SUM(A1) In 2015, six people were injured.\n')


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    res = cli("run", str(folder / "hostile.txt"), "--out", str(folder / "out"), "--quiet")
    assert res.returncode == 0, res.stderr
    return folder / "out"


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("cell,safe", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-2 mines", "'-2 mines"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("In 2019, =1", "In 2019, =1"), ("", ""), (7, 7), (None, None)])
def test_excel_safe_cells(cell, safe):
    assert excel_safe(cell) == safe


def test_export_neutralises_formulas_and_plain_csv_stays_faithful(hostile_out, tmp_path):
    sentences = [r["sentence"] for r in read_rows(hostile_out / "casualties.csv")]
    assert any(s.startswith("=HYPERLINK(") for s in sentences) and any(s.startswith("+1") for s in sentences)
    res = cli("export", "--extracted", str(hostile_out), "--out", str(tmp_path / "safe"), "--excel-safe",
              "--xlsx", str(tmp_path / "tables.xlsx"))
    assert res.returncode == 0, res.stderr
    safe = [r["sentence"] for r in read_rows(tmp_path / "safe" / "casualties.csv")]
    assert safe == [excel_safe(s) for s in sentences]
    assert not [s for s in safe if s[:1] in ("=", "+", "-", "@")]
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "tables.xlsx")
    assert book.sheetnames[:3] == ["documents", "sections", "footnote_refs"]
    cells = [c for row in book["casualties"].iter_rows(min_row=2) for c in row]
    assert not [c for c in cells if c.data_type == "f"]  # nothing is a formula
    assert {c.value for c in cells if isinstance(c.value, str)} >= set(sentences)  # and the text is unchanged


def test_export_needs_a_run_and_a_target(tmp_path):
    res = cli("export", "--extracted", str(tmp_path / "none"), "--out", str(tmp_path / "x"))
    assert res.returncode == 2 and "monitor.sqlite not found" in res.stderr
    res = cli("export", "--extracted", str(tmp_path))
    assert res.returncode == 2 and "--out" in res.stderr


def test_report_escapes_document_text(hostile_out, tmp_path):
    res = cli("report", "--extracted", str(hostile_out), "--out", str(tmp_path / "r.html"))
    assert res.returncode == 0, res.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page and '"><img' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_yaml_is_loaded_safely(tmp_path):
    marker = tmp_path / "pwned"
    evil = tmp_path / "dates.yaml"
    evil.write_text(f'!!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    cfg = write_config(tmp_path)
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(re.sub(r"(dates: ).*", rf"\g<1>{evil}", text), encoding="utf-8")
    res = cli("--config", str(cfg), "run", str(SAMPLE), "--out", str(tmp_path / "out"))
    assert res.returncode == 2 and "not valid YAML" in res.stderr and "dates.yaml" in res.stderr
    assert not marker.exists()


def test_no_eval_exec_or_shell_in_the_package():
    sources = {p: p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py")}
    pattern = re.compile(r"\b(?:eval|exec)\(|os\.system|os\.popen|shell\s*=\s*True|import subprocess|pickle\.loads")
    assert {str(p.relative_to(ROOT)): pattern.findall(s) for p, s in sources.items() if pattern.search(s)} == {}


NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access attempted by the pipeline")
socket.socket.connect = socket.socket.connect_ex = socket.socket.sendto = refuse
socket.create_connection = socket.getaddrinfo = refuse
if sys.argv[1] == "control":
    import urllib.request
    urllib.request.urlopen("http://example.com", timeout=2)
else:
    from pipeline.cli import main
    sys.exit(main(sys.argv[1:]))
"""


def test_the_pipeline_opens_no_network_connection(tmp_path):
    control = subprocess.run([sys.executable, "-c", NO_NETWORK, "control"], capture_output=True, text=True)
    assert "network access attempted" in control.stderr  # the guard does catch a connection
    html = ROOT / "tests" / "data" / "korea-dprk.html"
    res = subprocess.run([sys.executable, "-c", NO_NETWORK, "run", str(SAMPLE), str(html), "--out",
                          str(tmp_path / "out"), "--workers", "2"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "network" not in res.stderr
    assert len(read_rows(tmp_path / "out" / "documents.csv")) == 2


def test_a_second_run_into_the_same_folder_refuses(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".monitor-pipeline.lock", "a+") as fh:  # as a run in progress holds it
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fh.write("pid 12345")
        fh.flush()
        res = cli("run", str(SAMPLE), "--out", str(out))
        assert res.returncode == 2 and "is in use by another run (pid 12345)" in res.stderr
        assert not (out / "documents.csv").exists()
    res = cli("run", str(SAMPLE), "--out", str(out), "--quiet")
    assert res.returncode == 0 and (out / "documents.csv").exists()
