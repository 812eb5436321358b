"""The state machine: every route of DOMAIN.md, pauses and resumes, cancel."""

import pytest

from flows.machine import (
    AWAITING_FAMILY,
    CANCELLED,
    MACHINE,
    PAUSING_QUESTIONS,
    RECORDED,
    ROUTES,
    SEEK_ADVICE,
    NoRoute,
    fire,
    trigger_for,
)
from flows.questions import NOT_SURE, QUESTIONS, Kind


@pytest.mark.parametrize(
    ("source", "trigger", "dest", "condition"), ROUTES, ids=[f"{s}-{t}-{d}" for s, t, d, _ in ROUTES]
)
def test_every_route(source, trigger, dest, condition):
    # A conditional route is taken when its condition holds; the fallback row otherwise.
    answers = {"level": "significant_harm"} if condition == "harm_is_significant" else {"level": "additional_needs"}
    assert fire(source, trigger, answers) == dest


def test_every_choice_offers_not_sure_or_an_equivalent():
    for q in QUESTIONS.values():
        if q.kind in (Kind.CHOICE, Kind.MULTI):
            ids = {o.id for o in q.options}
            assert NOT_SURE in ids or "dont_know" in ids, q.id


def test_not_sure_goes_to_advice_except_where_domain_says_otherwise():
    special = {"emergency": "recipient", "level": "safe_to_tell"}
    for q in QUESTIONS.values():
        if q.option(NOT_SURE) is None:
            continue
        assert fire(q.id, NOT_SURE, {}) == special.get(q.id, SEEK_ADVICE), q.id


@pytest.mark.parametrize("question_id", PAUSING_QUESTIONS)
def test_resume_returns_to_the_question_that_paused(question_id):
    assert fire(SEEK_ADVICE, "resume", {}, paused_at=question_id) == question_id


def test_waiting_for_the_family_resumes_at_family_view():
    assert fire("family_view", "not_yet", {}) == AWAITING_FAMILY
    assert fire(AWAITING_FAMILY, "resume", {}) == "family_view"


def test_cancel_from_any_open_state_but_not_after_the_end():
    for state in [*QUESTIONS, SEEK_ADVICE, AWAITING_FAMILY]:
        assert fire(state, "cancel", {}) == CANCELLED
    for state in (RECORDED, CANCELLED):
        with pytest.raises(NoRoute):
            fire(state, "cancel", {})


def test_an_answer_with_no_route_is_refused():
    with pytest.raises(NoRoute):
        fire("emergency", "agreed", {})


def test_machine_is_built_once_and_holds_no_conversations():
    fire("emergency", "no", {})
    assert MACHINE.models == []


@pytest.mark.parametrize(
    ("question_id", "value", "trigger"),
    [
        ("safe_to_tell", ["none"], "none"),
        ("safe_to_tell", ["referrer", "child"], "at_risk"),
        ("safe_to_tell", ["not_sure"], NOT_SURE),
        ("checklist", ["necessary", "accurate", "recipient", "secure", "identities"], "all_confirmed"),
        ("checklist", ["necessary"], "incomplete"),
        ("what", "facts", "submit"),
        ("recipient", {"choice": "mash", "detail": ""}, "submit"),
        ("confirm", {"decision": "override"}, "override"),
        ("purpose", "yes", "yes"),
    ],
)
def test_trigger_for(question_id, value, trigger):
    assert trigger_for(QUESTIONS[question_id], value) == trigger
