"""The vignettes through the rules alone: each ends where the guidance says, with the
outcome, agreement, whether the family knows, and the route, and grounds that cite it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from flows import outcome as rules
from flows.decisions import Step, answered, record_fields, resumed
from flows.machine import RECORDED
from tests.vignettes import RESUME, vignettes


def _walk(steps) -> Step:
    step = Step(
        conversation_id="c", team_id="T", user_id="U", channel_id=None, version=1,
        state="emergency", status="active", answers={}, path=[],
    )  # fmt: skip
    for item in steps:
        if item == RESUME:
            step = replace(step, **resumed(step))
            continue
        question_id, value = item
        assert step.state == question_id, f"expected {question_id}, the path is at {step.state}"
        value = {"decision": value} if question_id == "confirm" else value
        step = replace(step, **answered(step, question_id, value))
    return step


def test_there_are_at_least_25_vignettes_each_citing_its_rule():
    assert len(vignettes()) >= 25
    assert all(v.cite.strip() and v.story.strip() for v in vignettes())
    assert len({v.name for v in vignettes()}) == len(vignettes())


@pytest.mark.parametrize("vignette", vignettes(), ids=lambda v: v.name)
def test_vignette_through_the_rules(vignette):
    step = _walk(vignette.steps)
    assert step.state == RECORDED
    record = record_fields(step)
    got = {k: record[k] for k in ("outcome", "consent", "inform_family", "route")}
    assert got == vignette.expect, vignette.cite
    assert record["recommended_outcome"] == record["outcome"]
    assert record["grounds"] and all("(" in g and g.endswith(")") for g in record["grounds"])
    assert rules.advice_to_practitioner(rules.Outcome(record["outcome"]), step.live)
