"""Untrusted, broken and odd input: no exception, and the span invariant holds on every row."""
from __future__ import annotations

import random
import string

import pytest
from conftest import SAMPLE

import pipeline
from pipeline.ingest import html_to_text

PIECES = ["[1]", "[", "]", "Last updated:", "Last updated: 31 February 2020", "\n\n", "Mine Ban Policy\n",
          "1,066 people were killed", "from 1 October to", "between", "Resolution 75/52", "abstained", " since ",
          "mid-", "PMD-6", "122mm", "(2015: ", ")", "\r\n", "\ufeff", "\u00a0", "a soldier lost a foot", "Ibid.",
          "[0]", "[999]", "Casualties\n", "May", "2015–", "–2016", "\r"]


def mangled_texts(n: int, seed: int = 7):
    rng = random.Random(seed)
    sample = SAMPLE.read_text(encoding="utf-8")
    for i in range(n):
        if i % 2:
            k = rng.randint(0, len(sample) - 600)
            text = "".join(c if rng.random() > 0.03 else rng.choice(PIECES) for c in sample[k:k + rng.randint(1, 600)])
        else:
            text = "".join(rng.choice(PIECES + list(string.printable)) for _ in range(rng.randint(1, 300)))
        if text.strip():
            yield text


def test_mangled_text_never_breaks_the_span_invariant():
    checked = 0
    for text in mangled_texts(160):
        canonical = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
        for name, df in pipeline.extract(text).items():
            if "text" in df.columns and "char_start" in df.columns:
                for r in df.itertuples():
                    assert canonical[int(r.char_start):int(r.char_end)] == r.text, (name, text)
                    assert int(r.char_end) > int(r.char_start), (name, text)
                    checked += 1
    assert checked > 100


@pytest.mark.parametrize("markup", ["<p>" * 5000 + "deep", "<div>" * 5000 + "x", "<<<>>>", "<table><tr><td>a<td>b</table>",
                                    "<html><body><!-- [1] --><p>a<br>b</p></body></html>"])
def test_hostile_html_is_read_without_error(markup):
    assert isinstance(html_to_text(markup), str)


def test_long_single_line_text_is_text_not_a_path():
    text = "In 2015, two soldiers were injured. " * 200
    assert len(pipeline.extract(text.strip())["casualties"]) == 200


def test_a_document_that_kills_its_worker_fails_alone(tmp_path, monkeypatch):
    """A worker process that dies (a native crash, the kernel's out-of-memory killer) breaks the whole
    pool. The run starts a new one, redoes the documents that were in flight one at a time, and fails
    only the one that kills its worker again; every other document is processed, in input order."""
    import os
    import signal

    import pipeline.api
    from pipeline.batch import run
    from pipeline.config import Config

    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(12):
        (raw / f"p{i:02d}.txt").write_text(f"Mine Ban Policy\n\nIn {2000 + i}, Atlantis voted in favor.\n", encoding="utf-8")
    real = pipeline.api.process_document

    def deadly(doc, cfg, timings=None):
        if doc.doc_id == "p05":
            os.kill(os.getpid(), signal.SIGKILL)  # in a forked worker, which inherits this patch
        return real(doc, cfg, timings)

    monkeypatch.setattr(pipeline.api, "process_document", deadly)
    summary = run([str(raw)], tmp_path / "out", Config(), workers=2)
    assert summary.failed == 1 and summary.processed == 11
    assert summary.failures == [(str(raw / "p05.txt"), summary.failures[0][1])]
    assert "worker process died" in summary.failures[0][1]
    documents = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split(",")[0] for line in documents] == [f"p{i:02d}" for i in range(12) if i != 5]
