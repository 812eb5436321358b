"""Decisions in progress carried over a change of the decision's generation.

A conversation started under generation 1 (DOMAIN.md version 1) is replayed through
today's machine from the first question: every stored answer that still exists and
still fits is kept, and the practitioner is asked again from the first question that
changed or is new, with a line saying why. A conversation from a generation this code
does not know (a newer release, or a corrupted row) changes nothing and says so.
The decision's record carries the flow version it was finished under.
"""

from __future__ import annotations

from typing import Any

from flows.errors import DecisionError
from flows.machine import FLOW_GENERATION, FLOW_VERSION, ORDER

# Generations this code can carry forward (answers to questions that no longer exist are dropped).
KNOWN_GENERATIONS = {1}
UPGRADED_FROM = "_upgraded_from"  # kept beside the answers; never a question id
NOTE = (
    "The questions changed since you started this decision (version {new} of the decision). "
    "Your answers that still apply were kept; please carry on from here."
)


class UnknownFlowVersion(DecisionError):
    user_message = (
        "This decision was started under a version of the questions this bot does not know, so nothing was "
        "changed. Type `start again` to begin a new decision."
    )


def generation(flow_version: str) -> int | None:
    head = flow_version.split(".", 1)[0]
    return int(head) if head.isdigit() else None


def needs_carry_over(flow_version: str) -> bool:
    return generation(flow_version) != FLOW_GENERATION


def carried_over(flow_version: str, answers: dict[str, Any], replay: Any) -> dict[str, Any]:
    """The values that bring a conversation of an earlier generation to today's machine.

    `replay(state, path, answers)` is `flows.decisions._replay`: it walks stored answers
    forward from the first question and stops at the first that is missing, no longer
    valid, or would pause. Raises UnknownFlowVersion for a generation it cannot read.
    """
    if generation(flow_version) not in KNOWN_GENERATIONS:
        raise UnknownFlowVersion()
    kept = {qid: value for qid, value in answers.items() if qid in ORDER and qid != "confirm"}
    state, path = replay(ORDER[0], [], kept)
    return {
        "state": state,
        "path": path,
        "answers": {**kept, UPGRADED_FROM: {"version": flow_version, "at": state}},
        "paused_at": None,
        "status": "active",
        "flow_version": FLOW_VERSION,
    }


def note_for(answers: dict[str, Any], state: str) -> str | None:
    """The line that says why a question is asked again, on that question only."""
    carried = answers.get(UPGRADED_FROM)
    return NOTE.format(new=FLOW_GENERATION) if isinstance(carried, dict) and carried.get("at") == state else None
