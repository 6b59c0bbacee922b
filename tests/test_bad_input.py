"""Bad input, alone and mixed into a batch of good files: a one-line error naming the file and the
reason, a findings row, unchanged results for the good files, exit 1 (0 when only warnings)."""
from __future__ import annotations

import codecs
import csv
import os
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE, write_config

from pipeline.cli import main

PROFILE = ("Atlantis\n\nMine Ban Policy\n\nLast updated: 2 March 2021\n\nOn 7 December 2020, Atlantis abstained "
           "from the vote on UNGA Resolution 75/52.[1] In 2019, two soldiers were injured by a PMN-2 mine.\n\n"
           "[1] Statement of Atlantis, UNGA First Committee, 7 December 2020.\n")
CURLY = "Atlantis\n\nMine Ban Policy\n\nAtlantis said it “will never use” antipersonnel mines – ever.\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + b"\x00" * 40
HOSTILE_HTML = ("<html><head><script>alert(1)</script></head><body><h2>Mine Ban Policy</h2>"
                "<p onerror=\"alert(2)\">Atlantis <b>abstained <i>in 2020.<p><img src=x onerror=alert(3)>"
                + "<div>" * 50_000 + "deep text" + "</span></td>" * 3 + "<p>unclosed")


def long_line() -> str:
    """2 MB on one line, prose in the Monitor's style with dates, votes and counts throughout."""
    unit = ("In 2015, two soldiers were injured by a PMN-2 mine near the border and the government said "
            "that clearance would continue until 2025, as stated in its report of 30 April 2016. ")
    return "Atlantis Mine Ban Policy " + unit * (2_000_000 // len(unit))


# (file name, content, finding kind expected, a fragment of the error line or None, is an error)
BAD_INPUTS = [
    ("empty.txt", b"", "error", "empty document: no text after decoding", True),
    ("blank.txt", b"  \n\t \r\n  \n", "error", "empty document", True),
    ("nul.txt", b"Mine Ban Policy\x00\x01\x02", "error", "binary file (NUL bytes)", True),
    ("picture.png", PNG, "error", "binary file (NUL bytes)", True),
    ("utf16.txt", codecs.BOM_UTF16_LE + PROFILE.encode("utf-16-le"), None, None, False),
    ("cp1252.txt", CURLY.encode("cp1252"), "decode_fallback", None, False),
    ("bad-bytes.txt", "Atlantis — Mine Ban Policy\n\nAtlantis déclare".encode() + b"\xff\xfe mines.\n",
     "decode_errors", None, False),
    ("hostile.html", HOSTILE_HTML.encode(), None, None, False),
    ("shopping-list.txt", b"Eggs, milk and bread.\nCall the plumber on Tuesday.\n", "no_sections", None, False),
    ("markers.txt", (PROFILE + "Huge marker.[99999999999] Another[0][-1][12345678901234567890].\n").encode(), None,
     None, False),
    ("bad-date.txt", PROFILE.replace("2 March 2021", "31 February 2023").encode(), "bad_last_updated", None, False),
]


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run_cli(capsys, *args) -> tuple[int, str]:
    code = main(["run", *args, "--workers", "1", "--quiet"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name,content,kind,message,is_error", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_each_bad_input_alone(tmp_path, capsys, name, content, kind, message, is_error):
    path = tmp_path / name
    path.write_bytes(content)
    code, err = run_cli(capsys, str(path), "--out", str(tmp_path / "out"))
    assert code == (1 if is_error else 0), err
    assert "Traceback" not in err
    findings = read_rows(tmp_path / "out" / "findings.csv")
    doc_id = path.stem.replace(".", "-")
    if is_error:
        assert err.strip().count("\n") == 0 and err.startswith(f"error: {path}: ") and message in err
        assert [(f["doc_id"], f["kind"]) for f in findings] == [(doc_id, "error")]
        assert message in findings[0]["detail"]
    else:
        assert err == ""
        documents = read_rows(tmp_path / "out" / "documents.csv")
        assert [d["doc_id"] for d in documents] == [doc_id]
        if kind:
            assert kind in {f["kind"] for f in findings}
        text = (tmp_path / "out" / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert text.strip()


def test_utf16_profile_is_read_like_utf8(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(PROFILE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + PROFILE.encode("utf-16-le"))
    run_cli(capsys, str(tmp_path), "--out", str(tmp_path / "out"))
    votes = read_rows(tmp_path / "out" / "votes.csv")
    assert [(v["doc_id"], v["vote"], v["resolution"]) for v in votes] == [("a", "abstain", "75/52"),
                                                                           ("b", "abstain", "75/52")]


def test_hostile_html_keeps_no_script_or_attribute_text(tmp_path, capsys):
    (tmp_path / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    run_cli(capsys, str(tmp_path / "hostile.html"), "--out", str(tmp_path / "out"))
    text = (tmp_path / "out" / "text" / "hostile.txt").read_text(encoding="utf-8")
    assert "Atlantis abstained in 2020." in text and "deep text" in text
    assert "alert" not in text and "onerror" not in text


def test_impossible_last_updated_date_is_a_finding_not_a_date(tmp_path, capsys):
    (tmp_path / "d.txt").write_text(PROFILE.replace("2 March 2021", "31 February 2023"), encoding="utf-8")
    run_cli(capsys, str(tmp_path / "d.txt"), "--out", str(tmp_path / "out"))
    sections = {s["title"]: s for s in read_rows(tmp_path / "out" / "sections.csv")}
    assert sections["Mine Ban Policy"]["last_updated"] == ""
    assert not [d for d in read_rows(tmp_path / "out" / "dates.csv") if "February" in d["text"]]


def test_file_over_the_size_limit(tmp_path, capsys):
    cfg = write_config(tmp_path, max_file_mb=0.01)
    big = tmp_path / "big.txt"
    big.write_text(PROFILE * 100, encoding="utf-8")  # ~26 KB
    code = main(["--config", str(cfg), "run", str(big), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == 1 and "over the size limit of 0.01 MB (max_file_mb in config.yaml)" in err
    assert read_rows(tmp_path / "out" / "findings.csv")[0]["kind"] == "error"


def test_two_megabyte_line(tmp_path, capsys):
    (tmp_path / "line.txt").write_text(long_line(), encoding="utf-8")
    code, err = run_cli(capsys, str(tmp_path / "line.txt"), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert len(read_rows(tmp_path / "out" / "casualties.csv")) > 10_000


def test_odd_file_names_get_distinct_safe_doc_ids(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for rel in ("with space.txt", "Ünïcödé profile.txt", "a/same.txt", "b/same.txt", "a/same.html"):
        (tmp_path / rel).write_text(PROFILE, encoding="utf-8")
    code, err = run_cli(capsys, str(tmp_path), "--out", str(tmp_path / "out"))
    assert code == 0, err
    ids = sorted(d["doc_id"] for d in read_rows(tmp_path / "out" / "documents.csv"))
    # The first path in sort order keeps the plain slug; the others add their extension (and a number).
    assert ids == ["same", "same-txt", "same-txt-2", "unicode-profile", "with-space"]
    assert sorted(p.name for p in (tmp_path / "out" / "text").iterdir()) == sorted(f"{i}.txt" for i in ids)
    # A second run into an output folder inside the input folder does not read its own text/ copies.
    code, err = run_cli(capsys, str(tmp_path), "--out", str(tmp_path / "out"))
    assert sorted(d["doc_id"] for d in read_rows(tmp_path / "out" / "documents.csv")) == ids
    # Profiles in the output folder itself are still inputs; only its text/ copies are not.
    code, err = run_cli(capsys, str(tmp_path / "a"), "--out", str(tmp_path / "a"))
    assert code == 0 and sorted(d["doc_id"] for d in read_rows(tmp_path / "a" / "documents.csv")) == ["same", "same-txt"]


def test_path_with_dot_dots_cannot_write_outside_out(tmp_path, capsys):
    deep = tmp_path / "x" / "y"
    deep.mkdir(parents=True)
    (tmp_path / "evil.txt").write_text(PROFILE, encoding="utf-8")
    out = tmp_path / "x" / "out"
    code, _ = run_cli(capsys, str(deep / ".." / ".." / "evil.txt"), "--out", str(out))
    assert code == 0
    written = {p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()}
    assert all(str(p).startswith("x/out/") for p in written - {Path("evil.txt")}), written


def test_unreadable_files_are_errors_not_silently_dropped(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(PROFILE, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # a dangling link
    locked = tmp_path / "locked.txt"
    locked.write_text(PROFILE, encoding="utf-8")
    locked.chmod(0)
    expect_locked = os.geteuid() != 0  # root reads anything: then only the dangling link fails
    try:
        code, err = run_cli(capsys, str(tmp_path), "--out", str(tmp_path / "out"))
    finally:
        locked.chmod(0o644)
    assert code == 1
    assert f"error: {tmp_path / 'gone.txt'}: cannot read file: No such file or directory" in err
    failed = {f["doc_id"] for f in read_rows(tmp_path / "out" / "findings.csv") if f["kind"] == "error"}
    assert failed == ({"gone", "locked"} if expect_locked else {"gone"})
    if expect_locked:
        assert "Permission denied" in err


def test_symlink_loop_in_a_folder(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "p.txt").write_text(PROFILE, encoding="utf-8")
    code, err = run_cli(capsys, str(folder), "--out", str(tmp_path / "out"))
    assert code == 0, err
    assert [d["doc_id"] for d in read_rows(tmp_path / "out" / "documents.csv")] == ["p"]


def test_mixed_batch_good_results_unchanged(tmp_path, capsys):
    """Every bad input beside the sample: the sample's rows equal a run of the sample alone."""
    alone = tmp_path / "alone"
    run_cli(capsys, str(SAMPLE), "--out", str(alone))
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(SAMPLE, batch / SAMPLE.name)
    for name, content, *_ in BAD_INPUTS:
        (batch / name).write_bytes(content)
    code, err = run_cli(capsys, str(batch), *[str(batch / n) for n, *_ in BAD_INPUTS if n.endswith(".png")],
                        "--out", str(tmp_path / "out"))
    assert code == 1
    errors = [n for n, c, k, m, is_error in BAD_INPUTS if is_error]
    lines = err.strip().splitlines()
    assert len(lines) == len(errors) and all(any(n in line for line in lines) for n in errors)
    for table in ("sections", "footnote_refs", "footnotes", "dates", "votes", "weapons", "casualties"):
        mine = [r for r in read_rows(tmp_path / "out" / f"{table}.csv") if r["doc_id"] == "korea-dprk"]
        assert mine == read_rows(alone / f"{table}.csv"), table


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_text_that_cannot_be_written_fails_only_its_document(tmp_path, capsys, workers):
    """Documents are processed in chunks whose texts are written together: one text that cannot be
    written (its path is a folder) fails that document alone, not its chunk."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("a", "b", "c"):
        (raw / f"{name}.txt").write_text(PROFILE, encoding="utf-8")
    out = tmp_path / "out"
    (out / "text" / "b.txt").mkdir(parents=True)
    code = main(["run", str(raw), "--out", str(out), "--workers", workers, "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"error: {raw / 'b.txt'}: " in err and "IsADirectoryError" in err
    assert [d["doc_id"] for d in read_rows(out / "documents.csv")] == ["a", "c"]
    assert {f["doc_id"] for f in read_rows(out / "findings.csv") if f["kind"] == "error"} == {"b"}
    assert (out / "text" / "a.txt").read_text(encoding="utf-8") == (out / "text" / "c.txt").read_text(encoding="utf-8")
