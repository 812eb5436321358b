"""Typed errors of the decision flow, each with words a practitioner can act on.

The Slack adapter and the terminal show `user_message`; nothing here carries what the
user typed, so these are safe to log by class name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.decisions import Step


class DecisionError(Exception):
    user_message = "Something went wrong with that answer. Nothing was saved."

    def __init__(self, user_message: str | None = None) -> None:
        if user_message:
            self.user_message = user_message
        super().__init__(self.user_message)  # our own words only, never what the user typed


class NoOpenDecision(DecisionError):
    user_message = "You have no decision in progress. Send `start` or use `/infoshare` to begin one."


class StaleAnswer(DecisionError):
    """The button or form was for a question that is no longer the current one."""

    user_message = "That question has already been answered, or the decision has moved on. Nothing was changed."

    def __init__(self, current: Step | None = None) -> None:
        super().__init__()
        self.current = current


class InvalidAnswer(DecisionError):
    user_message = "That answer could not be used. Nothing was saved."


class NotSaved(DecisionError):
    user_message = "Your answer was not saved because the database did not respond. Please try again in a moment."


class AlreadyApplied(DecisionError):
    """A retried Slack event that was applied the first time: nothing more to do or say."""

    user_message = ""


class TooManyStarts(DecisionError):
    """A per-user limit on starting decisions (flows.decisions.START_LIMIT)."""

    user_message = (
        "You have started a lot of decisions in the last few minutes, so I can't start another just yet. "
        "Please try again in ten minutes; nothing you have saved is lost."
    )
