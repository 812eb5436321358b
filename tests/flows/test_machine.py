"""The state machine: every route of DOMAIN.md, pauses and resumes, cancel."""

import pytest

from flows.machine import (
    ADVICE_OUTCOME,
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

# Answers under which each condition holds (the fallback row is taken without them).
HOLDS = {
    None: {},
    "harm_is_significant": {"level": "significant_harm"},
    "on_emergency_path": {"emergency": "yes"},
    "is_statutory_request": {"request_from": "statutory_enquiry", "request_verified": "yes"},
    "young_person_decides": {"child_age": "16_17", "child_understands": "yes"},
    "skips_checklist": {"allegation": "yes"},
    "checklist_escaped": {"checklist": "cant_fix"},
    "refers_on": {"request_from": "court_order"},
    "family_agreed": {"family_view": "agreed"},
}


@pytest.mark.parametrize(
    ("source", "trigger", "dest", "condition"), ROUTES, ids=[f"{s}-{t}-{d}" for s, t, d, _ in ROUTES]
)
def test_every_route(source, trigger, dest, condition):
    """A conditional route is taken when its condition holds; the fallback row otherwise."""
    answers = {"level": "additional_needs", **HOLDS[condition]}
    assert fire(source, trigger, answers) == dest


def test_every_choice_offers_not_sure_or_an_equivalent():
    """DOMAIN.md: every choice question offers Not sure, except the views (whose
    "I have not asked yet" pauses) and advice_outcome (itself the way out of a pause)."""
    exempt = {"young_person_view", "family_view", "advice_outcome"}
    for q in QUESTIONS.values():
        if q.kind in (Kind.CHOICE, Kind.MULTI) and q.id not in exempt:
            ids = {o.id for o in q.options}
            assert NOT_SURE in ids or "dont_know" in ids, q.id


def test_not_sure_goes_to_advice_except_where_domain_says_otherwise():
    special = {
        "emergency": "allegation",  # the emergency route shows at once; no question waits
        "child_age": "child_understands",
        "child_understands": "safe_to_tell",
        "special_category": "checklist",  # S4: doubt about the law never pauses
        "inform_after": "review_point",  # S9: not sure is "not now"
    }
    for q in QUESTIONS.values():
        if q.option(NOT_SURE) is None:
            continue
        assert fire(q.id, NOT_SURE, {}) == special.get(q.id, SEEK_ADVICE), q.id


@pytest.mark.parametrize("question_id", PAUSING_QUESTIONS)
def test_every_pause_resumes_to_advice_outcome_which_can_return(question_id):
    """S10: resume always asks what the advice was; "I can answer it now" returns."""
    assert fire(SEEK_ADVICE, "resume", {}, paused_at=question_id) == ADVICE_OUTCOME
    assert fire(ADVICE_OUTCOME, "answer_now", {}, paused_at=question_id) == question_id


def test_waiting_for_the_family_resumes_to_advice_outcome():
    assert fire("family_view", "not_yet", {}) == AWAITING_FAMILY
    assert fire(AWAITING_FAMILY, "resume", {}) == ADVICE_OUTCOME
    assert fire(ADVICE_OUTCOME, "answer_now", {}, paused_at="family_view") == "family_view"


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
        ("checklist", [o.id for o in QUESTIONS["checklist"].options], "all_confirmed"),
        ("checklist", "cant_fix", "cant_fix"),
        ("checklist", ["necessary"], "incomplete"),
        ("what", "facts", "submit"),
        ("recipient", {"choice": "mash", "detail": ""}, "submit"),
        ("confirm", {"decision": "override"}, "override"),
        ("purpose", "yes", "yes"),
    ],
)
def test_trigger_for(question_id, value, trigger):
    assert trigger_for(QUESTIONS[question_id], value) == trigger
