"""The docs stay true: every command and every table column is documented in the README."""
from __future__ import annotations

import re

from conftest import ROOT

from pipeline.cli import build_parser
from pipeline.docs import table_dictionary

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        nested = [a for a in p._actions if a.__class__.__name__ == "_SubParsersAction"]
        names = [f"{name} {n}" for n in nested[0].choices] if nested else [name]
        for full in names:
            assert f"monitor-pipeline {full}" in README, f"command '{full}' missing from README"


def test_table_dictionary_in_readme_is_current():
    block = re.search(r"<!-- tables:start.*?-->\n(.*)<!-- tables:end -->", README, re.S)
    assert block, "README lacks the generated table dictionary"
    assert block.group(1) == table_dictionary(), "README table dictionary is stale: regenerate it"


def test_the_two_commands_are_stated():
    assert ".venv/bin/monitor-pipeline run" in README
    assert "python -m pytest" in README
