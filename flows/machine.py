"""The decision as one `transitions` state machine, built once at import.

States are the questions of DOMAIN.md plus the pauses (seek advice, waiting for the
family) and the ends (recorded, cancelled). Each answer fires a trigger named after it;
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

from flows.contacts import DEFAULT_CONTACTS
from flows.questions import NOT_SURE, ORDER, QUESTIONS, Kind, Question

SEEK_ADVICE = "seek_advice"
AWAITING_FAMILY = "awaiting_family"
RECORDED = "recorded"
CANCELLED = "cancelled"
PAUSES = (SEEK_ADVICE, AWAITING_FAMILY)
ENDS = (RECORDED, CANCELLED)
STATES: tuple[str, ...] = (*ORDER, *PAUSES, *ENDS)
OPEN_STATES: tuple[str, ...] = (*ORDER, *PAUSES)

# Triggers for answers that are not a single answer id.
SUBMIT = "submit"
AT_RISK = "at_risk"
ALL_CONFIRMED = "all_confirmed"
INCOMPLETE = "incomplete"
RESUME = "resume"
CANCEL = "cancel"

# (source, trigger, dest, condition on the model or None). Order matters where two
# rows share source and trigger: the first whose condition holds wins.
ROUTES: tuple[tuple[str, str, str, str | None], ...] = (
    ("emergency", "yes", "recipient", None),
    ("emergency", NOT_SURE, "recipient", None),
    ("emergency", "no", "allegation", None),
    ("allegation", "yes", SEEK_ADVICE, None),
    ("allegation", NOT_SURE, SEEK_ADVICE, None),
    ("allegation", "no", "direction", None),
    ("direction", "raising", "purpose", None),
    ("direction", "request", "request_verified", None),
    ("direction", NOT_SURE, SEEK_ADVICE, None),
    ("request_verified", "yes", "purpose", None),
    ("request_verified", "court_order", SEEK_ADVICE, None),
    ("request_verified", "no", SEEK_ADVICE, None),
    ("request_verified", NOT_SURE, SEEK_ADVICE, None),
    ("purpose", "yes", "identifiable", None),
    ("purpose", "no", "reasons", None),
    ("purpose", NOT_SURE, SEEK_ADVICE, None),
    ("identifiable", "identify", "level", None),
    ("identifiable", "anonymous", SEEK_ADVICE, None),
    ("identifiable", NOT_SURE, SEEK_ADVICE, None),
    ("level", "significant_harm", "safe_to_tell", None),
    ("level", "additional_needs", "safe_to_tell", None),
    ("level", NOT_SURE, "safe_to_tell", None),
    ("safe_to_tell", AT_RISK, "lawful_basis", None),
    ("safe_to_tell", "none", "family_view", None),
    ("safe_to_tell", NOT_SURE, SEEK_ADVICE, None),
    ("family_view", "agreed", "lawful_basis", None),
    ("family_view", "objected", "override", None),
    ("family_view", "unreachable", "lawful_basis", "harm_is_significant"),
    ("family_view", "unreachable", SEEK_ADVICE, None),
    ("family_view", "not_yet", AWAITING_FAMILY, None),
    ("family_view", NOT_SURE, SEEK_ADVICE, None),
    ("override", "yes", "lawful_basis", None),
    ("override", "no", "reasons", None),
    ("override", NOT_SURE, SEEK_ADVICE, None),
    ("lawful_basis", "statutory", "special_category", None),
    ("lawful_basis", "voluntary_private", "special_category", None),
    ("lawful_basis", "dont_know", "special_category", None),
    ("special_category", "yes", "checklist", None),
    ("special_category", "no", "checklist", None),
    ("special_category", NOT_SURE, SEEK_ADVICE, None),
    ("checklist", ALL_CONFIRMED, "recipient", None),
    ("checklist", INCOMPLETE, "checklist", None),
    ("recipient", SUBMIT, "what", None),
    ("what", SUBMIT, "method", None),
    ("method", SUBMIT, "inform_after", None),
    ("inform_after", "yes", "reasons", None),
    ("inform_after", "no", "review_point", None),
    ("inform_after", NOT_SURE, SEEK_ADVICE, None),
    ("review_point", SUBMIT, "reasons", None),
    ("reasons", SUBMIT, "case_ref", None),
    ("case_ref", SUBMIT, "confirm", None),
    ("confirm", "confirm", RECORDED, None),
    ("confirm", "override", RECORDED, None),
    ("awaiting_family", RESUME, "family_view", None),
)

# Questions a pause can return to: every source of a route into a pause.
PAUSING_QUESTIONS: tuple[str, ...] = tuple(dict.fromkeys(s for s, _, d, _ in ROUTES if d == SEEK_ADVICE))


class Dialogue:
    """The model the machine drives: the saved state plus what conditions read."""

    def __init__(self, answers: Mapping[str, Any], paused_at: str | None = None) -> None:
        self.answers = answers
        self.paused_at = paused_at
        self.state = ""

    def harm_is_significant(self, *_: Any, **__: Any) -> bool:
        return self.answers.get("level") == "significant_harm"

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
            {"trigger": RESUME, "source": SEEK_ADVICE, "dest": question_id, "conditions": f"paused_at_{question_id}"}
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
    return f"1.{digest[:12]}"


FLOW_VERSION = flow_version(QUESTIONS, DEFAULT_CONTACTS)
