"""Shared fixtures. Tests that need ../shared (corpus, gold) skip with a reason when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MONITOR_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "dev"
SHARED_GOLD = SHARED / "gold" / "dev"
OWN_GOLD = ROOT / "tests" / "gold"
SAMPLE = ROOT / "raw" / "korea-dprk.txt"

needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS} "
                                  "(set MONITOR_SHARED to the folder holding corpus/ and gold/)")


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """The pipeline run once over the whole dev corpus (and the own gold's documents)."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    from pipeline.batch import run
    from pipeline.config import Config

    out = tmp_path_factory.mktemp("corpus_out")
    summary = run([str(CORPUS)], out, Config(), workers=2)
    return out, summary


def write_config(folder: Path, drop: tuple[str, ...] = (), **changes) -> Path:
    """A complete config.yaml (the repository's, rule paths made absolute) with some keys changed or dropped."""
    import yaml

    data = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    data["rules"] = {k: str(ROOT / v) for k, v in data["rules"].items()}
    data.update(changes)
    for key in drop:
        data.pop(key)
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def config_with_rules(folder: Path, name: str, edit):
    """The default Config, except that rule file `name` is the shipped one with `edit` applied to its
    YAML text (written into `folder`)."""
    from dataclasses import replace

    from pipeline.config import Config

    path = folder / f"{name}.yaml"
    shipped = ROOT / "pipeline" / "rules" / f"{name}.yaml"
    edited = edit(shipped.read_text(encoding="utf-8"))
    assert edited != shipped.read_text(encoding="utf-8"), "the edit changed nothing: the test would test nothing"
    path.write_text(edited, encoding="utf-8")
    cfg = Config()
    return replace(cfg, rule_paths={**cfg.rule_paths, name: str(path)})


def rows(frame, *cols):
    """A DataFrame's columns as a list of tuples, for table-style assertions."""
    return [tuple(r) for r in frame[list(cols)].astype(str).itertuples(index=False)]
