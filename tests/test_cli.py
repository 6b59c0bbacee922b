"""The command line end to end: run, incremental reruns, workers, bad input, config errors, audit, review."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SAMPLE, write_config

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    res = cli("run", "--out", str(out), "--quiet")
    assert res.returncode == 0, res.stderr
    return out


def test_run_on_the_sample_writes_every_table(sample_out):
    from pipeline.tables import all_tables

    for name, spec in all_tables().items():
        path = sample_out / f"{name}.csv"
        assert path.exists(), name
        with path.open(encoding="utf-8") as fh:
            assert next(csv.reader(fh)) == spec.column_names
    assert (sample_out / "monitor.sqlite").exists()
    assert (sample_out / "text" / "korea-dprk.txt").read_text(encoding="utf-8") == SAMPLE_TEXT
    sections = read_csv(sample_out / "sections.csv")
    assert [s["title"] for s in sections if s["level"] == "1"] == [
        "Cluster Munition Ban Policy", "Mine Ban Policy", "Mine Action", "Casualties", "Casualties and Victim Assistance"]
    assert len(read_csv(sample_out / "footnote_refs.csv")) == 39
    assert len(read_csv(sample_out / "footnotes.csv")) == 29


def test_summary_line_and_incremental_rerun(tmp_path):
    raw = tmp_path / "in"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "korea-dprk.txt")
    first = cli("run", str(raw), "--out", str(tmp_path / "out"), "--workers", "1")
    assert first.returncode == 0 and "1 documents (1 processed, 0 unchanged, 0 failed)" in first.stdout
    again = cli("run", str(raw), "--out", str(tmp_path / "out"), "--workers", "1")
    assert "(0 processed, 1 unchanged, 0 failed)" in again.stdout
    forced = cli("run", str(raw), "--out", str(tmp_path / "out"), "--force")
    assert "(1 processed, 0 unchanged" in forced.stdout


def test_edited_rule_file_reprocesses_the_documents(tmp_path):
    """Incremental runs skip unchanged files only while the rules are unchanged too."""
    raw = tmp_path / "in"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "korea-dprk.txt")
    weapons = tmp_path / "weapons.yaml"
    shutil.copy(ROOT / "pipeline" / "rules" / "weapons.yaml", weapons)
    data = yaml.safe_load(write_config(tmp_path).read_text(encoding="utf-8"))
    data["rules"]["weapons"] = str(weapons)
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    out = str(tmp_path / "out")
    assert "(1 processed, 0 unchanged" in cli("run", str(raw), "--out", out, cwd=tmp_path).stdout
    assert "(0 processed, 1 unchanged" in cli("run", str(raw), "--out", out, cwd=tmp_path).stdout
    weapons.write_text(weapons.read_text(encoding="utf-8").replace("erw: [M-79]", "erw: [M-79, M-80]"), encoding="utf-8")
    assert "(1 processed, 0 unchanged" in cli("run", str(raw), "--out", out, cwd=tmp_path).stdout


def test_changed_profile_updates_only_its_rows(tmp_path):
    raw = tmp_path / "in"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "a.txt")
    (raw / "b.txt").write_text("Mine Ban Policy\n\nLast updated: 01 May 2019\n\nIn 2018, it voted.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli("run", str(raw), "--out", str(out)).returncode == 0
    a_rows = [r for r in read_csv(out / "dates.csv") if r["doc_id"] == "a"]
    (raw / "b.txt").write_text("Mine Ban Policy\n\nLast updated: 02 May 2020\n\nIn 2019 and 2020, it voted.\n", encoding="utf-8")
    res = cli("run", str(raw), "--out", str(out))
    assert "(1 processed, 1 unchanged" in res.stdout
    dates = read_csv(out / "dates.csv")
    assert [r for r in dates if r["doc_id"] == "a"] == a_rows
    assert [r["value"] for r in dates if r["doc_id"] == "b"] == ["2020-05-02", "2019", "2020"]
    (raw / "b.txt").unlink()
    cli("run", str(raw), "--out", str(out), "--prune")
    assert {r["doc_id"] for r in read_csv(out / "documents.csv")} == {"a"}


def test_workers_give_identical_output(tmp_path):
    raw = tmp_path / "in"
    raw.mkdir()
    for k in range(4):
        shutil.copy(SAMPLE, raw / f"profile-{k}.txt")
    for w in ("1", "3"):
        assert cli("run", str(raw), "--out", str(tmp_path / f"w{w}"), "--workers", w, "--quiet").returncode == 0
    for csv_file in sorted((tmp_path / "w1").glob("*.csv")):
        assert csv_file.read_bytes() == (tmp_path / "w3" / csv_file.name).read_bytes(), csv_file.name


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    raw = tmp_path / "in"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "good.txt")
    (raw / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (raw / "empty.txt").write_text("", encoding="utf-8")
    (raw / "latin1.txt").write_bytes("Mine Ban Policy\n\nLast updated: 01 May 2019\n\nCôte d’Ivoire in 2018.\n".encode("cp1252"))
    res = cli("run", str(raw), "--out", str(tmp_path / "out"))
    assert res.returncode == 1
    assert "binary.txt" in res.stderr and "empty.txt" in res.stderr and "Traceback" not in res.stderr
    findings = read_csv(tmp_path / "out" / "findings.csv")
    errors = {r["doc_id"]: r["detail"] for r in findings if r["kind"] == "error"}
    assert set(errors) == {"binary", "empty"}
    assert any(r["kind"] == "decode_fallback" and r["doc_id"] == "latin1" for r in findings)
    assert {r["doc_id"] for r in read_csv(tmp_path / "out" / "documents.csv")} == {"good", "latin1"}


def test_missing_input_is_a_usage_error(tmp_path):
    res = cli("run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert res.returncode == 2 and "no such file" in res.stderr


def _rules_file(tmp_path, name, text):
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


CONFIG_ERRORS = [  # (keys to drop, keys to change, message naming the problem)
    ((), {"inputs": ["raw"]}, "unknown key(s) inputs"),
    ((), {"workers": "two"}, "key 'workers' must be int, got str"),
    ((), {"workers": 0}, "key 'workers' must be a positive integer"),
    ((), {"max_file_mb": "big"}, "key 'max_file_mb' must be int/float"),
    (("workers",), {}, "missing required key 'workers'"),
    (("rules",), {}, "missing required key 'rules'"),
    ((), {"extensions": ".txt"}, "key 'extensions' must be list"),
    ((), {"workers": None}, "key 'workers' has no value"),
]


@pytest.mark.parametrize("drop,changes,message", CONFIG_ERRORS)
def test_config_errors_stop_the_run_before_any_work(tmp_path, drop, changes, message):
    cfg = write_config(tmp_path, drop, **changes)
    res = cli("--config", str(cfg), "run", str(SAMPLE), "--out", str(tmp_path / "out"))
    assert res.returncode == 2 and message in res.stderr, res.stderr
    assert not (tmp_path / "out").exists()


def test_rule_file_errors_name_the_rule(tmp_path):
    rules = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))["rules"]
    dates = _rules_file(tmp_path, "dates", "months: {January: 13}\n")
    cfg = write_config(tmp_path, rules={**{k: str(ROOT / v) for k, v in rules.items()}, "dates": str(dates)})
    res = cli("--config", str(cfg), "run", str(SAMPLE), "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "month number" in res.stderr
    votes = _rules_file(tmp_path, "votes", "verbs: {abstain: [[{LOWERCASE: abstained}]]}\n"
                        "resolution: 'Resolution (?P<res>\\d+/\\d+)'\n")
    cfg = write_config(tmp_path, rules={**{k: str(ROOT / v) for k, v in rules.items()}, "votes": str(votes)})
    res = cli("--config", str(cfg), "run", str(SAMPLE), "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "verbs.abstain: invalid token pattern" in res.stderr
    votes = _rules_file(tmp_path, "votes", "verbs: {abstain: [[{LOWER: abstained}]]}\n"
                        "resolution: 'Resolution \\d+/\\d+'\n")
    cfg = write_config(tmp_path, rules={**{k: str(ROOT / v) for k, v in rules.items()}, "votes": str(votes)})
    res = cli("--config", str(cfg), "run", str(SAMPLE), "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "resolution must capture the symbol in a group named res" in res.stderr


def test_html_input_through_the_cli(tmp_path):
    res = cli("run", str(ROOT / "tests" / "data" / "korea-dprk.html"), "--out", str(tmp_path / "out"))
    assert res.returncode == 0
    assert read_csv(tmp_path / "out" / "documents.csv")[0]["source_format"] == "html"


def test_audit_json_and_fail_under(sample_out, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "korea-dprk.yaml").write_text(
        "doc: korea-dprk.txt\nsections: []\ndates:\n"
        "  - {text: 05 September 2023, value: 2023-09-05, near: 'Last updated: 05 September 2023'}\n"
        "  - {text: July 2023, value: 2023-07, near: 'However, in July 2023'}\n", encoding="utf-8")
    res = cli("audit", "--gold", str(gold), "--extracted", str(sample_out), "--json")
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert list(data["tables"]["dates"]) == ["partial", "strict", "fields"]
    assert data["tables"]["dates"]["partial"]["recall"] == 1.0 and data["tables"]["dates"]["fields"]["value"] == 1.0
    assert "korea-dprk" in data["documents"]
    res = cli("audit", "--gold", str(gold), "--extracted", str(sample_out), "--fail-under", "0.9")
    assert res.returncode == 1 and "below --fail-under" in res.stderr  # every other date is unannotated here


def test_audit_names_a_gold_item_that_does_not_locate(sample_out, tmp_path):
    gold = tmp_path / "g.yaml"
    gold.write_text("doc: korea-dprk.txt\ndates:\n  - {text: 2015, value: '2015'}\n", encoding="utf-8")
    res = cli("audit", "--gold", str(gold), "--extracted", str(sample_out))
    assert res.returncode == 2 and "g.yaml: dates[0]" in res.stderr and "occurs" in res.stderr


def test_review_sample_and_score(sample_out, tmp_path):
    res = cli("review", "sample", "--extracted", str(sample_out), "--table", "casualties", "--table", "dates", "-n", "6",
              "--seed", "1")
    assert res.returncode == 0
    sample = list(csv.DictReader(res.stdout.splitlines()))
    assert [r["table"] for r in sample] == ["casualties"] * 3 + ["dates"] * 3
    assert res.stdout == cli("review", "sample", "--extracted", str(sample_out), "--table", "casualties", "--table",
                             "dates", "-n", "6", "--seed", "1").stdout
    for k, r in enumerate(sample):
        r["correct"] = "y" if k != 0 else "n"
    path = tmp_path / "review.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(sample[0]))
        w.writeheader()
        w.writerows(sample)
    res = cli("review", "score", str(path))
    assert res.returncode == 0
    assert "casualties" in res.stdout and "0.667" in res.stdout and "Recall cannot be estimated" in res.stdout


def test_report_without_gold(sample_out, tmp_path):
    out = tmp_path / "r.html"
    res = cli("report", "--extracted", str(sample_out), "--out", str(out))
    assert res.returncode == 0
    page = out.read_text(encoding="utf-8")
    for table in ("dates", "votes", "weapons", "casualties", "footnote_refs"):
        assert f"t-{table}" in page


def test_no_command_is_a_usage_error():
    assert cli().returncode == 2


def test_gold_for_documents_not_extracted_is_skipped_not_scored(sample_out, tmp_path):
    (tmp_path / "other.yaml").write_text("doc: other.txt\ndates: []\n", encoding="utf-8")
    (tmp_path / "korea.yaml").write_text("doc: korea-dprk.txt\ndates: []\n", encoding="utf-8")
    res = cli("audit", "--gold", str(tmp_path), "--extracted", str(sample_out), "--json")
    assert res.returncode == 0 and "skipped (not extracted): other.yaml" in res.stderr
    assert list(json.loads(res.stdout)["documents"]) == ["korea-dprk"]
    (tmp_path / "korea.yaml").unlink()
    assert cli("audit", "--gold", str(tmp_path), "--extracted", str(sample_out)).returncode == 2


def test_globs_and_folders_as_inputs(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, tmp_path / "in" / "sub" / "a.txt")
    shutil.copy(ROOT / "tests" / "data" / "korea-dprk.html", tmp_path / "in" / "a.html")
    (tmp_path / "in" / "notes.md").write_text("not a profile", encoding="utf-8")
    res = cli("run", str(tmp_path / "in"), "--out", str(tmp_path / "o1"), "--quiet")
    assert res.returncode == 0
    # Two inputs with one slug: the path that sorts first keeps it, the other gets its extension.
    docs = {Path(r["source_path"]).name: r["doc_id"] for r in read_csv(tmp_path / "o1" / "documents.csv")}
    assert docs == {"a.html": "a", "a.txt": "a-txt"}
    res = cli("run", str(tmp_path / "in" / "**" / "*.txt"), "--out", str(tmp_path / "o2"), "--quiet")
    assert res.returncode == 0
    assert [r["doc_id"] for r in read_csv(tmp_path / "o2" / "documents.csv")] == ["a"]


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "monitor-pipeline"
    res = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and "monitor-pipeline" in res.stdout


@pytest.mark.parametrize("umask", [0o022, 0o027], ids=["umask-022", "umask-027"])
def test_outputs_are_readable_as_the_umask_allows(tmp_path, umask):
    """Outputs are written through owner-only temporary files, then renamed: they must still get the
    mode any new file gets (0644 under umask 022), or colleagues and web servers could not read them."""
    import os
    import stat

    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "pipeline", "run", str(SAMPLE), "--out", str(out), "--quiet",
                          "--format", "csv,parquet"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         preexec_fn=lambda: os.umask(umask))
    assert res.returncode == 0, res.stderr

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    for path in [out / "dates.csv", out / "documents.csv", out / "text" / f"{SAMPLE.stem}.txt",
                 out / "parquet" / "dates" / "batch-00000.parquet"]:
        assert mode(path) == 0o666 & ~umask, path
    assert mode(out / "parquet") == 0o777 & ~umask
