"""Checking answers before they touch the machine, and reading typed answers.

Slack buttons, Slack forms, DM replies and the terminal all end here, so every surface
gets the same rules and the same plain-English refusals.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from flows.errors import InvalidAnswer
from flows.outcome import Outcome, offered, reasons_required, recommended_outcome, s1_applies
from flows.questions import CANT_FIX, QUESTIONS, Kind, Question


def _text(value: Any, question: Question, *, required: bool, what: str = "answer") -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidAnswer("That answer should be text. Nothing was saved.")
    text = value.strip()
    if len(text) > question.max_length:
        raise InvalidAnswer(
            f"That {what} is {len(text):,} characters long; the limit is {question.max_length:,}. "
            "Please shorten it. Nothing was saved."
        )
    if required and not text:
        raise InvalidAnswer(f"Please write your {what}. Nothing was saved.")
    return text


def _ids(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise InvalidAnswer("That answer was not in a form I understand. Nothing was saved.")
    return list(dict.fromkeys(value))


def validate(question: Question, value: Any, answers: Mapping[str, Any]) -> Any:
    """Return the answer in its stored form, or raise InvalidAnswer saying why.

    `answers` are those on the path taken so far: some answers are offered only on some
    paths (`options_for`), and a forged one is refused like any other.
    """
    ids = {o.id for o in offered(question, answers)}
    if question.kind is Kind.CHECKLIST and value == CANT_FIX:
        return CANT_FIX  # "I can't put this right now": seeks advice
    if question.kind is Kind.CHOICE:
        if not isinstance(value, str) or value not in ids:
            raise InvalidAnswer("That is not one of the answers to this question. Nothing was saved.")
        return value
    if question.kind in (Kind.MULTI, Kind.CHECKLIST):
        chosen = _ids(value)
        if any(c not in ids for c in chosen):
            raise InvalidAnswer("That is not one of the answers to this question. Nothing was saved.")
        if question.kind is Kind.MULTI:
            if not chosen:
                raise InvalidAnswer("Please choose at least one answer, or “None of these”.")
            if "none" in chosen and len(chosen) > 1:
                raise InvalidAnswer("“None of these” cannot be chosen together with other answers.")
        return [o.id for o in question.options if o.id in chosen]
    if question.kind is Kind.TEXT:
        required = not question.optional
        if question.id == "reasons":
            required = reasons_required(answers)
        return _text(value, question, required=required)
    if question.kind is Kind.CHOICE_TEXT:
        if not isinstance(value, Mapping) or value.get("choice") not in ids:
            raise InvalidAnswer("Please choose one of the answers. Nothing was saved.")
        required = not question.optional or value["choice"] == "other"
        detail = _text(value.get("detail"), question, required=required, what="detail")
        return {"choice": value["choice"], "detail": detail}
    return _confirm(value, answers)


def _confirm(value: Any, answers: Mapping[str, Any]) -> dict[str, str]:
    if not isinstance(value, Mapping) or value.get("decision") not in ("confirm", "override"):
        raise InvalidAnswer("Please confirm the outcome or choose another. Nothing was saved.")
    recommended = recommended_outcome(answers)
    if recommended is None:  # S6 makes this unreachable; never record a decision without one
        raise InvalidAnswer("This decision has no recommendation yet: please go back. Nothing was saved.")
    if value["decision"] == "confirm":
        return {"decision": "confirm", "outcome": str(recommended)}
    try:
        outcome = Outcome(str(value.get("outcome")))
    except ValueError:
        raise InvalidAnswer("Please choose the outcome you decided on. Nothing was saved.") from None
    if outcome == recommended:
        return {"decision": "confirm", "outcome": str(outcome)}
    reason = value.get("reason") or ""
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidAnswer("When you choose a different outcome, please say why. Nothing was saved.")
    agreed_with = (answers.get("authorised_by") or {}).get("choice")
    if outcome is Outcome.DO_NOT_SHARE and s1_applies(answers) and agreed_with in (None, "no_one"):
        # S8: not sharing where a child may be at risk of significant harm is never one person's call alone.
        raise InvalidAnswer(
            "Not sharing here needs someone to agree it with you: go back to “Who agreed this decision with you?” "
            "and name them (your DSL, manager, the LADO, MASH or your data protection lead). Nothing was saved."
        )
    if len(reason.strip()) > 3000:
        raise InvalidAnswer("Your reason is longer than 3,000 characters. Please shorten it. Nothing was saved.")
    return {"decision": "override", "outcome": str(outcome), "reason": reason.strip()}


def parse_typed(question: Question, text: str, answers: Mapping[str, Any] | None = None) -> Any | None:
    """Read a typed reply: a number, an answer id or its label; None if it is none of them.

    Multi-answer questions take several, separated by commas (`1, 3`); a question with
    an answer and a detail takes the answer first (`2 Duty social worker`). Given the
    answers so far, numbers count the answers this path offers, as they are shown.
    """
    if answers is not None and question.id in QUESTIONS:
        question = replace(question, options=offered(question, answers))
    text = text.strip()
    if question.kind is Kind.TEXT:
        return text
    if question.kind is Kind.CHOICE_TEXT:
        # "2 Duty social worker" or "MASH: duty worker": an answer, then any detail
        head, _, rest = text.replace(":", " ", 1).partition(" ")
        choice = _match_option(question, head)
        return None if choice is None else {"choice": choice, "detail": rest.strip()}
    if question.kind is Kind.CONFIRM:
        # Confirm or go back by typing; another outcome needs its reason, so only the form.
        choice = _match_option(question, text)
        return {"decision": choice} if choice in ("confirm", "back") else None
    if question.kind not in (Kind.CHOICE, Kind.MULTI, Kind.CHECKLIST):
        return None
    parts = [p.strip() for p in text.split(",")] if question.kind is not Kind.CHOICE else [text]
    picked: list[str] = []
    for part in parts:
        match = _match_option(question, part)
        if match is None:
            return None
        picked.append(match)
    if question.kind is Kind.CHOICE:
        return picked[0]
    return picked


def _match_option(question: Question, part: str) -> str | None:
    low = part.lower().rstrip(".")
    if low.isdigit() and 1 <= int(low) <= len(question.options):
        return question.options[int(low) - 1].id
    for option in question.options:
        if low in (option.id, option.label.lower()):
            return option.id
    return None
