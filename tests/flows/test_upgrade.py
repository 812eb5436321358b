"""Decisions in progress survive version 2 of the decision: a conversation written by the
release before it (generation 1 of the questions) resumes with the answers that still
apply, at the first question that changed, with a line saying why; one from an unknown
version changes nothing and says so."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text

from flows import decisions as d
from flows.machine import FLOW_VERSION
from flows.upgrade import UnknownFlowVersion, note_for
from storage.db import make_engine

V1 = "1.c64007ced2cc"  # the flow version the release before version 2 wrote


async def _insert(db_url: str, *, state: str, answers: dict, path: list, version: str, paused_at=None) -> None:  # noqa: ANN001
    """A conversation row as the previous release wrote it (its columns, its answer ids)."""
    engine = make_engine(db_url)
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO conversation (id, team_id, user_id, channel_id, status, state, paused_at, path, answers,"
                " version, flow_version, record_reference, created_at, updated_at) VALUES (:id, 'T1', 'U1', NULL,"
                " :status, :state, :paused_at, :path, :answers, 5, :fv, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"id": uuid.uuid4().hex, "status": "paused" if paused_at else "active", "state": state,
             "paused_at": paused_at, "path": json.dumps(path), "answers": json.dumps(answers), "fv": version},
        )  # fmt: skip
    await engine.dispose()


V1_ANSWERS = {
    "emergency": "no", "allegation": "no", "direction": "raising", "purpose": "yes", "identifiable": "identify",
    "level": "significant_harm", "safe_to_tell": ["referrer"], "lawful_basis": "statutory",
    "special_category": "no", "checklist": ["necessary", "accurate", "recipient", "secure", "identities"],
    "recipient": {"choice": "mash", "detail": "Duty social worker"},
}  # fmt: skip


async def test_a_decision_started_under_version_1_resumes_at_the_first_changed_question(db, db_url):
    await _insert(db_url, state="what", answers=V1_ANSWERS, path=list(V1_ANSWERS), version=V1)
    step = await d.current(db=db, team_id="T1", user_id="U1")
    # the answers that still apply are kept; child_age is new in version 2, so it is asked
    assert step.state == "child_age" and step.flow_version == FLOW_VERSION
    assert step.path == ["emergency", "allegation", "direction", "purpose", "identifiable", "level"]
    assert step.answers["safe_to_tell"] == ["referrer"] and step.version == 6
    assert "questions changed" in note_for(step.answers, step.state)
    for question_id, value in (("child_age", "under_13"), ("child_understands", "no")):
        step = await d.answer(db=db, team_id="T1", user_id="U1", question_id=question_id, version=step.version,
                              value=value)  # fmt: skip
    # safe_to_tell, lawful_basis and special_category still fit; the checklist grew, so it is asked again
    assert step.state == "checklist" and note_for(step.answers, step.state) is None


async def test_a_paused_version_1_decision_asks_the_paused_question_again(db, db_url):
    answers = {"emergency": "no", "allegation": "no", "direction": "raising", "purpose": "not_sure"}
    await _insert(db_url, state="seek_advice", answers=answers, path=list(answers)[:3], version=V1, paused_at="purpose")
    step = await d.current(db=db, team_id="T1", user_id="U1")
    assert step.state == "purpose" and step.status == "active" and step.paused_at is None


async def test_an_unknown_flow_version_changes_nothing_and_says_so(db, db_url):
    await _insert(db_url, state="what", answers=V1_ANSWERS, path=list(V1_ANSWERS), version="9.ffffffffffff")
    with pytest.raises(UnknownFlowVersion):
        await d.current(db=db, team_id="T1", user_id="U1")
    engine = make_engine(db_url)
    async with engine.connect() as conn:
        row = (await conn.execute(text("SELECT state, version, flow_version FROM conversation"))).one()
    await engine.dispose()
    assert tuple(row) == ("what", 5, "9.ffffffffffff")
