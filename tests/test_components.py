"""The extractors as spaCy components: a spaCy user can add them to a pipeline."""
from __future__ import annotations

import pytest
import spacy

import pipeline.components  # noqa: F401  (registers the factories)


@pytest.mark.parametrize("component, text, expected", [
    ("monitor_dates", "On 7 December 2020, Atlantis abstained.", [("7 December 2020", "2020-12-07")]),
    ("monitor_votes", "On 7 December 2020, Atlantis abstained from voting on UNGA Resolution 75/52 on the Mine Ban Treaty.",
     [("abstained from voting on UNGA Resolution 75/52", "abstain")]),
    ("monitor_weapons", "It possesses RBK-500 cluster bombs.", [("RBK-500", "cluster_munition"), ("cluster bombs", "cluster_munition")]),
    ("monitor_casualties", "Two soldiers were injured by a mine.", [("Two soldiers were injured", "injured")]),
])
def test_add_pipe(component, text, expected):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(component)
    doc = nlp(text)
    table = component.removeprefix("monitor_")
    assert [(s.text, s.label_) for s in doc.spans[table]] == expected
    assert len(doc.user_data["monitor"][table]) == len(expected)


def test_factories_are_found_through_entry_points_without_an_import():
    import subprocess
    import sys

    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); nlp.add_pipe('monitor_dates'); "
            "doc = nlp('It ended in July 2023.'); print([s.text for s in doc.spans['dates']])")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert res.returncode == 0, res.stderr[-400:]
    assert res.stdout.strip() == "['July 2023']"
