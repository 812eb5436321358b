"""The services over a real database: answers, back with replay, pauses, stale versions,
and resuming after a restart. Runs on SQLite and, when given, PostgreSQL."""

import pytest

from flows import decisions as d
from flows.errors import InvalidAnswer, NoOpenDecision, StaleAnswer
from flows.questions import QUESTIONS
from flows.records import open_record
from storage.db import make_engine, make_sessionmaker

ALL_CHECKED = [o.id for o in QUESTIONS["checklist"].options]
TO_SAFE_TO_TELL = [
    ("emergency", "no"),
    ("allegation", "no"),
    ("direction", "raising"),
    ("purpose", "yes"),
    ("identifiable", "identify"),
    ("level", "significant_harm"),
    ("child_age", "under_13"),
    ("child_understands", "no"),
]


async def walk(db, steps, user="U1"):
    step, _ = await d.start(db=db, team_id="T1", user_id=user)
    for question_id, value in steps:
        step = await d.answer(
            db=db, team_id="T1", user_id=user, question_id=question_id, version=step.version, value=value
        )
    return step


async def test_one_open_decision_per_user_and_start_again(db):
    first, created = await d.start(db=db, team_id="T1", user_id="U1")
    again, created_again = await d.start(db=db, team_id="T1", user_id="U1")
    assert created and not created_again and again.conversation_id == first.conversation_id
    fresh, created = await d.start(db=db, team_id="T1", user_id="U1", restart=True)
    assert created and fresh.conversation_id != first.conversation_id
    assert fresh.version > again.version  # an old button can never match the new decision


async def test_stale_version_changes_nothing(db):
    step = await walk(db, [("emergency", "no")])
    with pytest.raises(StaleAnswer):
        await d.answer(
            db=db, team_id="T1", user_id="U1", question_id="emergency", version=step.version - 1, value="yes"
        )
    now = await d.current(db=db, team_id="T1", user_id="U1")
    assert now.state == "allegation" and now.version == step.version and now.answers == {"emergency": "no"}


async def test_invalid_answer_changes_nothing(db):
    step = await walk(db, [])
    with pytest.raises(InvalidAnswer):
        await d.answer(db=db, team_id="T1", user_id="U1", question_id="emergency", version=step.version, value="agreed")
    assert (await d.current(db=db, team_id="T1", user_id="U1")).version == step.version


async def test_another_users_answer_never_touches_my_decision(db):
    mine = await walk(db, [("emergency", "no")], user="U1")
    with pytest.raises(NoOpenDecision):
        await d.answer(db=db, team_id="T1", user_id="U2", question_id="allegation", version=mine.version, value="no")
    assert (await d.current(db=db, team_id="T1", user_id="U1")).state == "allegation"


async def test_back_and_replay_keeps_answers_that_still_apply(db):
    step = await walk(
        db, [*TO_SAFE_TO_TELL, ("safe_to_tell", ["none"]), ("family_view", "agreed"), ("lawful_basis", "statutory")]
    )
    assert step.state == "special_category"
    step = await d.go_back(db=db, team_id="T1", user_id="U1", version=step.version, to="level")
    assert step.state == "level" and step.answers["family_view"] == "agreed"
    step = await d.answer(
        db=db, team_id="T1", user_id="U1", question_id="level", version=step.version, value="additional_needs"
    )
    # child_age, child_understands, safe_to_tell, family_view and lawful_basis still apply:
    # replayed to the next unanswered question
    assert step.state == "special_category"
    assert step.path[-5:] == ["child_age", "child_understands", "safe_to_tell", "family_view", "lawful_basis"]


async def test_changed_branch_drops_answers_off_the_path_from_the_record(db):
    step = await walk(db, [*TO_SAFE_TO_TELL, ("safe_to_tell", ["none"]), ("family_view", "agreed")])
    step = await d.go_back(db=db, team_id="T1", user_id="U1", version=step.version, to="safe_to_tell")
    step = await d.answer(
        db=db, team_id="T1", user_id="U1", question_id="safe_to_tell", version=step.version, value=["referrer"]
    )
    assert step.state == "lawful_basis" and "family_view" not in step.path


async def test_not_sure_pauses_and_resume_asks_what_the_advice_was(db):
    step = await walk(
        db, [("emergency", "no"), ("allegation", "no"), ("direction", "raising"), ("purpose", "not_sure")]
    )
    assert step.state == "seek_advice" and step.status == "paused" and step.paused_at == "purpose"
    step = await d.resume(db=db, team_id="T1", user_id="U1", version=step.version)
    assert step.state == "advice_outcome" and step.path[-1] == "purpose"
    step = await d.answer(
        db=db, team_id="T1", user_id="U1", question_id="advice_outcome", version=step.version, value="answer_now"
    )
    # asked afresh: the "not sure" and the advice outcome leave the path
    assert step.state == "purpose" and step.path[-1] == "direction" and step.paused_at is None


async def test_the_same_honest_answer_pauses_again_and_the_pause_has_a_way_out(db):
    steps = [("emergency", "no"), ("allegation", "no"), ("direction", "raising"), ("purpose", "not_sure")]
    step = await walk(db, steps)
    for _ in range(2):
        step = await d.resume(db=db, team_id="T1", user_id="U1", version=step.version)
        step = await d.answer(
            db=db, team_id="T1", user_id="U1", question_id="advice_outcome", version=step.version, value="answer_now"
        )
        step = await d.answer(
            db=db, team_id="T1", user_id="U1", question_id="purpose", version=step.version, value="not_sure"
        )
        assert step.state == "seek_advice"
    step = await d.resume(db=db, team_id="T1", user_id="U1", version=step.version)
    step = await d.answer(
        db=db, team_id="T1", user_id="U1", question_id="advice_outcome", version=step.version, value="ring_mash"
    )
    assert step.state == "recipient" and step.recommended == "refer_on"


async def test_resume_after_a_restart_of_the_process(db_url):
    engine = make_engine(db_url)
    from storage.migrate import upgrade

    await upgrade(engine)
    step = await walk(make_sessionmaker(engine), [("emergency", "no"), ("allegation", "no")])
    await engine.dispose()
    engine = make_engine(db_url)  # a new process: nothing in memory
    now = await d.current(db=make_sessionmaker(engine), team_id="T1", user_id="U1")
    await engine.dispose()
    assert now.state == "direction" and now.version == step.version


async def test_checklist_with_a_gap_is_asked_again(db):
    step = await walk(
        db,
        [
            *TO_SAFE_TO_TELL,
            ("safe_to_tell", ["child"]),
            ("lawful_basis", "statutory"),
            ("special_category", "no"),
            ("checklist", ["necessary"]),
        ],
    )
    assert step.state == "checklist"
    step = await d.answer(
        db=db, team_id="T1", user_id="U1", question_id="checklist", version=step.version, value=ALL_CHECKED
    )
    assert step.state == "recipient"


async def test_reasons_required_when_not_sharing(db):
    steps = [("emergency", "no"), ("allegation", "no"), ("direction", "raising"), ("purpose", "no")]
    step = await walk(db, [*steps, ("child_views", "Not asked: no safeguarding purpose.")])
    assert step.state == "reasons"
    with pytest.raises(InvalidAnswer, match="reasons|answer"):
        await d.answer(db=db, team_id="T1", user_id="U1", question_id="reasons", version=step.version, value="  ")


async def test_override_needs_a_reason_and_keeps_both_outcomes(db):
    step = await walk(
        db,
        [
            ("emergency", "no"),
            ("allegation", "no"),
            ("direction", "raising"),
            ("purpose", "no"),
            ("child_views", "Not asked: no safeguarding purpose."),
            ("reasons", "No safeguarding purpose."),
            ("authorised_by", {"choice": "no_one", "detail": ""}),
            ("case_ref", ""),
        ],
    )
    assert step.state == "confirm"
    with pytest.raises(InvalidAnswer):
        await d.answer(
            db=db,
            team_id="T1",
            user_id="U1",
            question_id="confirm",
            version=step.version,
            value={"decision": "override", "outcome": "share_with_consent", "reason": ""},
        )
    step = await d.answer(
        db=db,
        team_id="T1",
        user_id="U1",
        question_id="confirm",
        version=step.version,
        value={"decision": "override", "outcome": "share_with_consent", "reason": "Mum asked us to."},
    )
    record = await open_record(
        db=db, reference=step.record_reference, user_id="U1", team_id="T1", leads=frozenset(), place="test"
    )
    assert (record.outcome, record.recommended_outcome) == ("share_with_consent", "do_not_share")
    assert record.override_reason == "Mum asked us to."


async def test_too_long_text_is_refused(db):
    step = await walk(
        db,
        [
            ("emergency", "yes"),
            ("allegation", "no"),
            ("lawful_basis", "statutory"),
            ("special_category", "no"),
            ("recipient", {"choice": "police", "detail": "999 call handler"}),
        ],
    )
    with pytest.raises(InvalidAnswer, match="3,000"):
        await d.answer(db=db, team_id="T1", user_id="U1", question_id="what", version=step.version, value="x" * 3001)
