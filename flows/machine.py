"""The decision as one `transitions` state machine, built once at import.

States are the questions of DOMAIN.md (version 2) plus the pauses (seek advice,
waiting for the family) and the ends (recorded, cancelled). Each answer fires a trigger named after it;
branches that depend on earlier answers are conditions. A conversation is a plain
object added to the machine for one event and removed after it, so no state lives in
process memory between events.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict
from typing import Any

from transitions import Machine, MachineError

from flows import outcome as rules
from flows.contacts import DEFAULT_CONTACTS
from flows.questions import CANT_FIX, NOT_SURE, ORDER, QUESTIONS, Kind, Question

SEEK_ADVICE = "seek_advice"
AWAITING_FAMILY = "awaiting_family"
RECORDED = "recorded"
CANCELLED = "cancelled"
PAUSES = (SEEK_ADVICE, AWAITING_FAMILY)
ENDS = (RECORDED, CANCELLED)
STATES: tuple[str, ...] = (*ORDER, *PAUSES, *ENDS)
OPEN_STATES: tuple[str, ...] = (*ORDER, *PAUSES)
ADVICE_OUTCOME = "advice_outcome"

# Triggers for answers that are not a single answer id.
SUBMIT = "submit"
AT_RISK = "at_risk"
ALL_CONFIRMED = "all_confirmed"
INCOMPLETE = "incomplete"
RESUME = "resume"
CANCEL = "cancel"

_SHARE_TAIL = "recipient"  # recipient, what, method, inform_after, review_point, then the common tail
_COMMON_TAIL = "child_views"  # child_views, reasons, authorised_by, case_ref, confirm

# (source, trigger, dest, condition on the model or None). Order matters where two
# rows share source and trigger: the first whose condition holds wins. Each branch is
# DOMAIN.md version 2's "next" column for that question.
ROUTES: tuple[tuple[str, str, str, str | None], ...] = (
    # Immediate danger never waits behind a question: the route is shown with the next one.
    ("emergency", "yes", "allegation", None),
    ("emergency", NOT_SURE, "allegation", None),
    ("emergency", "no", "allegation", None),
    # An allegation shows the LADO route at once and goes straight to recording (S3).
    ("allegation", "yes", "lawful_basis", None),
    ("allegation", NOT_SURE, SEEK_ADVICE, None),
    ("allegation", "no", "lawful_basis", "on_emergency_path"),
    ("allegation", "no", "direction", None),
    ("direction", "raising", "purpose", None),
    ("direction", "request", "request_from", None),
    ("direction", NOT_SURE, SEEK_ADVICE, None),
    ("request_from", "court_order", _SHARE_TAIL, None),
    ("request_from", "police_crime", _SHARE_TAIL, None),
    ("request_from", "care_team", _SHARE_TAIL, None),
    ("request_from", "statutory_enquiry", "request_verified", None),
    ("request_from", "police_safeguarding", "request_verified", None),
    ("request_from", "other", "request_verified", None),
    ("request_from", NOT_SURE, SEEK_ADVICE, None),
    ("request_verified", "yes", "lawful_basis", "is_statutory_request"),
    ("request_verified", "yes", "purpose", None),
    ("request_verified", "no", SEEK_ADVICE, None),
    ("request_verified", NOT_SURE, SEEK_ADVICE, None),
    ("purpose", "yes", "identifiable", None),
    ("purpose", "direct_care", _SHARE_TAIL, None),
    ("purpose", "no", _COMMON_TAIL, None),
    ("purpose", NOT_SURE, SEEK_ADVICE, None),
    ("identifiable", "identify", "level", None),
    ("identifiable", "anonymous", SEEK_ADVICE, None),
    ("identifiable", NOT_SURE, SEEK_ADVICE, None),
    ("level", "significant_harm", "child_age", None),
    ("level", "additional_needs", "child_age", None),
    ("level", NOT_SURE, SEEK_ADVICE, None),  # before anyone contacts the family (S2)
    ("child_age", "under_13", "child_understands", None),
    ("child_age", "13_to_15", "child_understands", None),
    ("child_age", "16_17", "child_understands", None),
    ("child_age", NOT_SURE, "child_understands", None),
    ("child_understands", "yes", "safe_to_tell", None),
    ("child_understands", "no", "safe_to_tell", None),
    ("child_understands", NOT_SURE, "safe_to_tell", None),
    ("safe_to_tell", AT_RISK, "lawful_basis", None),
    ("safe_to_tell", "none", "young_person_view", "young_person_decides"),
    ("safe_to_tell", "none", "family_view", None),
    ("safe_to_tell", NOT_SURE, SEEK_ADVICE, None),
    *(
        row
        for view in ("young_person_view", "family_view")
        for row in (
            (view, "agreed", "lawful_basis", None),
            (view, "objected", "lawful_basis", "harm_is_significant"),
            (view, "objected", "override", None),
            (view, "unreachable", "lawful_basis", "harm_is_significant"),
            (view, "unreachable", SEEK_ADVICE, None),
            (view, "not_yet", AWAITING_FAMILY, None),
        )
    ),
    ("override", "yes", "lawful_basis", None),
    ("override", "no", _COMMON_TAIL, None),
    ("override", NOT_SURE, SEEK_ADVICE, None),
    ("lawful_basis", "statutory", "special_category", None),
    ("lawful_basis", "voluntary_private", "special_category", None),
    ("lawful_basis", "dont_know", "special_category", None),  # never blocks (S4)
    *(
        row
        for answer in ("yes", "criminal", "both", "no", NOT_SURE)  # not sure never blocks (S4)
        for row in (
            ("special_category", answer, _SHARE_TAIL, "skips_checklist"),
            ("special_category", answer, "checklist", None),
        )
    ),
    ("checklist", ALL_CONFIRMED, _SHARE_TAIL, None),
    ("checklist", INCOMPLETE, "checklist", None),
    ("checklist", CANT_FIX, SEEK_ADVICE, None),
    # advice_outcome: answer_now returns to the paused question (rows added below)
    ("advice_outcome", "share", _SHARE_TAIL, "checklist_escaped"),
    ("advice_outcome", "share", "lawful_basis", None),
    ("advice_outcome", "no_action", "review_point", None),
    ("advice_outcome", "ring_mash", _SHARE_TAIL, None),
    # refer_on's tail: recipient, then the common tail (the child's views and who agreed
    # are asked on every path: DOMAIN.md principles 3 and 7)
    ("recipient", SUBMIT, _COMMON_TAIL, "refers_on"),
    ("recipient", SUBMIT, "what", None),
    ("what", SUBMIT, "method", None),
    ("method", SUBMIT, _COMMON_TAIL, "family_agreed"),  # they agreed, so they know
    ("method", SUBMIT, "inform_after", None),
    ("inform_after", "already", _COMMON_TAIL, None),
    ("inform_after", "yes", _COMMON_TAIL, None),
    ("inform_after", "no", "review_point", None),
    ("inform_after", NOT_SURE, "review_point", None),  # not sure is "not now": never tip anyone off
    ("review_point", SUBMIT, _COMMON_TAIL, None),
    ("child_views", SUBMIT, "reasons", None),
    ("reasons", SUBMIT, "authorised_by", None),
    ("authorised_by", SUBMIT, "case_ref", None),
    ("case_ref", SUBMIT, "confirm", None),
    ("confirm", "confirm", RECORDED, None),
    ("confirm", "override", RECORDED, None),
    # Every pause resumes to advice_outcome, which can always end in a record (S10).
    (SEEK_ADVICE, RESUME, ADVICE_OUTCOME, None),
    (AWAITING_FAMILY, RESUME, ADVICE_OUTCOME, None),
)

# Questions a pause can come from, so advice_outcome's "answer now" can return there.
PAUSING_QUESTIONS: tuple[str, ...] = tuple(dict.fromkeys(s for s, _, d, _ in ROUTES if d in PAUSES))


class Dialogue:
    """The model the machine drives: the answers on the path taken, and where a pause began.

    Conditions read `flows.outcome`'s rules, so a branch and the outcome it leads to
    cannot disagree.
    """

    def __init__(self, answers: Mapping[str, Any], paused_at: str | None = None) -> None:
        self.answers = answers
        self.paused_at = paused_at
        self.state = ""

    def harm_is_significant(self, *_: Any, **__: Any) -> bool:
        return rules.harm_is_significant(self.answers)

    def on_emergency_path(self, *_: Any, **__: Any) -> bool:
        return rules.is_emergency(self.answers)

    def is_statutory_request(self, *_: Any, **__: Any) -> bool:
        return rules.is_statutory_request(self.answers)

    def young_person_decides(self, *_: Any, **__: Any) -> bool:
        return rules.young_person_decides(self.answers)

    def skips_checklist(self, *_: Any, **__: Any) -> bool:
        return rules.route(self.answers) in (rules.Route.EMERGENCY, rules.Route.LADO)

    def checklist_escaped(self, *_: Any, **__: Any) -> bool:
        return self.answers.get("checklist") == CANT_FIX

    def refers_on(self, *_: Any, **__: Any) -> bool:
        return rules.recommended_outcome(self.answers) is rules.Outcome.REFER_ON

    def family_agreed(self, *_: Any, **__: Any) -> bool:
        return rules.consent(self.answers) is rules.Consent.GIVEN

    def is_paused_at(self, question_id: str) -> bool:
        return self.paused_at == question_id


def _paused_at(question_id: str) -> Callable[..., bool]:
    def condition(model: Dialogue, *_: Any, **__: Any) -> bool:
        return model.is_paused_at(question_id)

    condition.__name__ = f"paused_at_{question_id}"
    return condition


for _qid in PAUSING_QUESTIONS:  # one named condition per question, so diagrams read well
    setattr(Dialogue, f"paused_at_{_qid}", _paused_at(_qid))


def _transitions() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for source, trigger, dest, condition in ROUTES:
        row: dict[str, Any] = {"trigger": trigger, "source": source, "dest": dest}
        if condition:
            row["conditions"] = condition
        rows.append(row)
    for question_id in PAUSING_QUESTIONS:
        rows.append(
            {
                "trigger": "answer_now",
                "source": ADVICE_OUTCOME,
                "dest": question_id,
                "conditions": f"paused_at_{question_id}",
            }
        )
    rows.append({"trigger": CANCEL, "source": list(OPEN_STATES), "dest": CANCELLED})
    return rows


TRANSITIONS = _transitions()

MACHINE = Machine(
    model=None,
    states=list(STATES),
    transitions=TRANSITIONS,
    initial=ORDER[0],
    auto_transitions=False,
)


# The generation of the decision (DOMAIN.md's version): the number before the dot of
# every flow version. Conversations started under an earlier generation are carried
# over by `flows.upgrade`.
FLOW_GENERATION = 2


class NoRoute(Exception):
    """The answer has no route from this state (a bug or a forged answer)."""


def trigger_for(question: Question, value: Any) -> str:
    """The trigger an answer fires: the answer id, or a word for compound answers."""
    if question.kind is Kind.MULTI:
        chosen = set(value)
        if NOT_SURE in chosen:
            return NOT_SURE
        return "none" if chosen == {"none"} else AT_RISK
    if question.kind is Kind.CHECKLIST:
        if value == CANT_FIX:
            return CANT_FIX
        return ALL_CONFIRMED if set(value) == {o.id for o in question.options} else INCOMPLETE
    if question.kind in (Kind.TEXT, Kind.CHOICE_TEXT):
        return SUBMIT
    if question.kind is Kind.CONFIRM:
        return str(value["decision"])
    return str(value)


def fire(state: str, trigger: str, answers: Mapping[str, Any], paused_at: str | None = None) -> str:
    """Run one trigger from `state` and return the state it leads to.

    The conversation is a plain object driven through the machine's event (as
    transitions allows), so nothing is bound to or left on the shared machine.
    """
    model = Dialogue(answers, paused_at)
    model.state = state
    event = MACHINE.events.get(trigger)
    try:
        if event is None or not event.trigger(model):
            raise NoRoute(f"{trigger} from {state}")
    except MachineError as exc:
        raise NoRoute(f"{trigger} from {state}") from exc
    return model.state


def flow_version(questions: Mapping[str, Question] | None = None, contacts: Any = None) -> str:
    """A short hash of the states, routes and the wording (and contacts) in force,
    written into every record so an auditor knows exactly what was asked."""
    body = {
        "states": STATES,
        "routes": ROUTES,
        "questions": {qid: asdict(q) for qid, q in (questions or QUESTIONS).items()},
        "contacts": asdict(contacts) if contacts is not None else None,
    }
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
    return f"{FLOW_GENERATION}.{digest[:12]}"


FLOW_VERSION = flow_version(QUESTIONS, DEFAULT_CONTACTS)
