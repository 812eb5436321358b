"""The services that load a conversation, apply one change and save it.

Every change is one database transaction guarded by the conversation's version
(compare-and-set), so a double click or a retried event applies once, and a crash
leaves either the old state or the new one. The last answer and the decision record
are written in the same transaction: a record is never half-written.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any, NoReturn

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import async_sessionmaker

from flows import outcome as rules
from flows import upgrade
from flows.answers import validate
from flows.errors import AlreadyApplied, InvalidAnswer, NoOpenDecision, NotSaved, StaleAnswer, TooManyStarts
from flows.machine import (
    ADVICE_OUTCOME,
    CANCEL,
    CANCELLED,
    ENDS,
    FLOW_VERSION,
    ORDER,
    PAUSES,
    RECORDED,
    RESUME,
    fire,
    trigger_for,
)
from flows.questions import QUESTIONS, Kind, Question
from storage import repository as repo
from storage.crypto import FieldCipher
from storage.db import cipher_of, run_in_transaction, run_single_writes
from storage.errors import ChainContention, DuplicateEvent, StaleVersion
from storage.models import Conversation, utcnow

log = logging.getLogger(__name__)
# At most this many new decisions per person per window, counted from the conversations
# table, so the limit holds across instances (issue 13).
START_LIMIT = 10
START_WINDOW = timedelta(minutes=10)

Db = async_sessionmaker  # the session factory, built by the caller from storage.db
CHAIN_RETRIES = 8


@dataclass(frozen=True)
class Step:
    """Where a conversation stands, for a renderer to show: no database objects inside."""

    conversation_id: str
    team_id: str
    user_id: str
    channel_id: str | None
    version: int
    state: str
    status: str
    answers: dict[str, Any]
    path: list[str]
    paused_at: str | None = None
    record_reference: str | None = None
    flow_version: str = FLOW_VERSION

    @property
    def question(self) -> Question | None:
        return QUESTIONS.get(self.state)

    @property
    def live(self) -> dict[str, Any]:
        """The answers on the path taken: what the rules read (an answer kept from a
        branch left by going back only prefills, it never decides)."""
        return on_path(self.answers, self.path)

    @property
    def recommended(self) -> rules.Outcome | None:
        return rules.recommended_outcome(self.live)

    @property
    def is_open(self) -> bool:
        return self.state not in ENDS

    @property
    def is_paused(self) -> bool:
        return self.state in PAUSES

    @property
    def emergency(self) -> bool:
        return rules.is_emergency(self.live)

    @property
    def allegation(self) -> bool:
        return rules.is_allegation(self.live)


def on_path(answers: Mapping[str, Any], path: list[str]) -> dict[str, Any]:
    """The answers to the questions on `path`, in the order asked."""
    return {qid: answers[qid] for qid in path if qid in answers}


def _step(conv: Conversation | Mapping[str, Any]) -> Step:
    """The Step for a conversation: a model, or its row's columns (the hot path reads
    plain rows, as building a model costs more than the read)."""
    row = conv if isinstance(conv, Mapping) else conv.model_dump()
    return Step(
        conversation_id=row["id"],
        team_id=row["team_id"],
        user_id=row["user_id"],
        channel_id=row["channel_id"],
        version=row["version"],
        state=row["state"],
        status=row["status"],
        answers=dict(row["answers"]),
        path=list(row["path"]),
        paused_at=row["paused_at"],
        record_reference=row["record_reference"],
        flow_version=row["flow_version"],
    )


def _status_for(state: str) -> str:
    if state in PAUSES:
        return "paused"
    if state == RECORDED:
        return "finished"
    if state == CANCELLED:
        return "cancelled"
    return "active"


async def current(*, db: Db, team_id: str, user_id: str) -> Step | None:
    """The user's open decision, if any."""
    async with guard_database():
        return await run_in_transaction(db, _open_step, cipher_of(db), team_id, user_id)


def _open_step(connection: Connection, cipher: FieldCipher | None, team_id: str, user_id: str) -> Step | None:
    """The user's open decision read on `connection`, straight from its row."""
    row = repo.open_conversation_row(connection, cipher=cipher, team_id=team_id, user_id=user_id)
    return _carried(connection, cipher, row) if row else None


def _carried(connection: Connection, cipher: FieldCipher | None, row: dict[str, Any]) -> Step:
    """The open decision's Step, carried over first if an earlier generation started it."""
    step = _step(row)
    if upgrade.needs_carry_over(step.flow_version):
        # Started under an earlier generation of the questions: carried over once, here,
        # with the same version check as any answer (flows.upgrade).
        return _write(connection, cipher, step, upgrade.carried_over(step.flow_version, step.answers, _replay))
    return step


async def start(
    *,
    db: Db,
    team_id: str,
    user_id: str,
    channel_id: str | None = None,
    restart: bool = False,
    event_id: str | None = None,
    flow_version: str = FLOW_VERSION,
) -> tuple[Step, bool]:
    """Open a decision; returns (step, created).

    An open decision is returned as it is unless `restart`, which cancels it first: a
    practitioner never loses a half-finished decision by accident.
    """
    async with guard_database():
        return await run_in_transaction(
            db, _start, cipher_of(db), team_id, user_id, channel_id, restart, event_id, flow_version
        )


def _start(
    connection: Connection,
    cipher: FieldCipher | None,
    team_id: str,
    user_id: str,
    channel_id: str | None,
    restart: bool,
    event_id: str | None,
    flow_version: str,
) -> tuple[Step, bool]:
    """`start`'s work, in one transaction and one piece (`run_in_transaction`)."""
    _claim(connection, event_id)
    row = repo.open_conversation_row(connection, cipher=cipher, team_id=team_id, user_id=user_id)
    if row and not restart:
        if channel_id and row["channel_id"] != channel_id:
            repo.set_conversation_channel(connection, conversation_id=row["id"], channel_id=channel_id)
            row["channel_id"] = channel_id
        return _carried(connection, cipher, row), False
    if row:
        repo.compare_and_set(
            connection,
            cipher=cipher,
            conversation_id=row["id"],
            expected_version=row["version"],
            values={"state": CANCELLED, "status": "cancelled"},
        )
    if repo.conversations_started_since(connection, team_id=team_id, user_id=user_id,
                                       since=utcnow() - START_WINDOW) >= START_LIMIT:  # fmt: skip
        raise TooManyStarts()
    conv = Conversation(
        id=uuid.uuid4().hex,
        team_id=team_id,
        user_id=user_id,
        channel_id=channel_id,
        state=ORDER[0],
        version=repo.next_version_for_user(connection, team_id=team_id, user_id=user_id),
        flow_version=flow_version,
    )
    repo.add_conversation(connection, conversation=conv)
    log.info("decision started conversation=%s", conv.id)
    return _step(conv), True


async def answer(
    *,
    db: Db,
    team_id: str,
    user_id: str,
    question_id: str,
    version: int | None,
    value: Any,
    event_id: str | None = None,
) -> Step:
    """Apply one answer to the user's open decision and return where it now stands.

    `version` is the version the answer was given against (from the button or form);
    None means "the current one" (a typed reply). Raises StaleAnswer when the decision
    has moved on, InvalidAnswer when the answer cannot be used.
    """

    def change(conv: Step) -> dict[str, Any]:
        if conv.state != question_id or (version is not None and version != conv.version):
            raise StaleAnswer(conv)
        return answered(conv, question_id, value)

    return await _apply(db=db, team_id=team_id, user_id=user_id, change=change, event_id=event_id)


def answered(conv: Step, question_id: str, value: Any) -> dict[str, Any]:
    """What answering `question_id` with `value` changes: a pure function of the step, so
    the every-path test walks exactly what a practitioner's answers do."""
    question = QUESTIONS[question_id]
    if question.kind is Kind.CONFIRM and isinstance(value, Mapping) and value.get("decision") == "back":
        return _back_values(conv, None)
    answers = dict(conv.answers)
    answers[question_id] = validate(question, value, conv.live)
    path = [*conv.path, question_id]
    state = fire(conv.state, trigger_for(question, answers[question_id]), on_path(answers, path), conv.paused_at)
    paused_at = None
    if state in PAUSES:
        paused_at = question_id
    elif question_id == ADVICE_OUTCOME and state == conv.paused_at:
        # "I can answer it now": the paused question is asked afresh (no loop: the same
        # honest answer pauses again, and advice_outcome always has a way out).
        path = path[: path.index(state)] if state in path else path
        if ADVICE_OUTCOME in path:  # advice given at an earlier pause still stands
            answers[ADVICE_OUTCOME] = conv.answers[ADVICE_OUTCOME]
    else:
        state, path = _replay(state, path, answers)
    return {"state": state, "path": path, "answers": answers, "paused_at": paused_at, "status": _status_for(state)}


def resumed(conv: Step) -> dict[str, Any]:
    """What resuming a pause changes (pure, as `answered`)."""
    return {"state": fire(conv.state, RESUME, conv.live, conv.paused_at), "status": "active"}


def _replay(state: str, path: list[str], answers: dict[str, Any]) -> tuple[str, list[str]]:
    """After going back, re-apply later answers that still fit the new path.

    Stops at a question without a stored answer, at a stored answer that no longer
    validates or would pause, and always before the final confirmation.
    """
    while state in QUESTIONS and state not in ("confirm", ADVICE_OUTCOME) and state in answers and state not in path:
        question = QUESTIONS[state]
        try:
            stored = validate(question, answers[state], on_path(answers, path))
        except InvalidAnswer:
            return state, path
        nxt = fire(state, trigger_for(question, stored), on_path({**answers, state: stored}, [*path, state]))
        if nxt not in QUESTIONS or nxt == state:
            return state, path
        path = [*path, state]
        state = nxt
    return state, path


def _back_values(conv: Step, to: str | None) -> dict[str, Any]:
    path = list(conv.path)
    if not path:
        raise InvalidAnswer("This is the first question; there is nothing to go back to.")
    target = to or path[-1]
    if target not in path:
        raise InvalidAnswer("You can only go back to a question you have answered in this decision.")
    return {"state": target, "path": path[: path.index(target)], "paused_at": None, "status": "active"}


async def go_back(
    *, db: Db, team_id: str, user_id: str, version: int | None, to: str | None = None, event_id: str | None = None
) -> Step:
    """Return to an earlier question (the previous one by default); answers are kept."""

    def change(conv: Step) -> dict[str, Any]:
        if version is not None and version != conv.version:
            raise StaleAnswer(conv)
        return _back_values(conv, to)

    return await _apply(db=db, team_id=team_id, user_id=user_id, change=change, event_id=event_id)


async def resume(
    *, db: Db, team_id: str, user_id: str, version: int | None = None, event_id: str | None = None
) -> Step:
    """Leave a pause (advice sought, waiting for the family) for `advice_outcome`, which
    asks what the advice was and always has a way to a record (S10). The paused question
    stays on the path (its "not sure" is part of the record) and `paused_at` is kept, so
    "I can answer the question now" knows where to return."""

    def change(conv: Step) -> dict[str, Any]:
        if version is not None and version != conv.version:
            raise StaleAnswer(conv)
        if conv.state not in PAUSES:
            raise StaleAnswer(conv)
        return resumed(conv)

    return await _apply(db=db, team_id=team_id, user_id=user_id, change=change, event_id=event_id)


async def cancel(
    *, db: Db, team_id: str, user_id: str, version: int | None = None, event_id: str | None = None
) -> Step:
    def change(conv: Step) -> dict[str, Any]:
        if version is not None and version != conv.version:
            raise StaleAnswer(conv)
        return {"state": fire(conv.state, CANCEL, conv.live), "status": "cancelled"}

    return await _apply(db=db, team_id=team_id, user_id=user_id, change=change, event_id=event_id)


async def claim_event(*, db: Db, event_id: str | None) -> None:
    """Claim an event that changes nothing (a hint, help), so a retry of it says nothing.

    Raises AlreadyApplied for an event seen before.
    """
    if event_id is None:
        return
    async with guard_database():
        await run_in_transaction(db, _claim, event_id)


def _claim(connection: Connection, event_id: str | None) -> None:
    """Claim a Slack event id in the caller's transaction (see storage ProcessedEvent)."""
    if event_id is None:
        return
    try:
        repo.claim_event(connection, event_id=event_id)
    except DuplicateEvent:
        log.info("duplicate event ignored")
        raise AlreadyApplied() from None


async def _apply(
    *,
    db: Db,
    team_id: str,
    user_id: str,
    change: Callable[[Step], dict[str, Any]],
    event_id: str | None = None,
) -> Step:
    """Load the open conversation, compute the change, save it with compare-and-set.

    When the change ends in RECORDED the decision record is appended in the same
    transaction; if another writer extended the record chain first, start over.
    """
    if event_id is None:
        step = await _apply_single(db=db, team_id=team_id, user_id=user_id, change=change)
        if step is not None:
            return step
    cipher = cipher_of(db)
    for _attempt in range(CHAIN_RETRIES):
        try:
            async with guard_database():
                return await run_in_transaction(db, _change_or_record, cipher, team_id, user_id, change, event_id)
        except StaleVersion:
            await _stale(db, team_id, user_id)
        except ChainContention:
            continue
    raise NotSaved()


def _change_or_record(
    connection: Connection,
    cipher: FieldCipher | None,
    team_id: str,
    user_id: str,
    change: Callable[[Step], dict[str, Any]],
    event_id: str | None,
) -> Step:
    """`_apply`'s work, in one transaction and one piece (`run_in_transaction`)."""
    _claim(connection, event_id)
    step, values = _read_and_change(connection, cipher, team_id, user_id, change)
    if values.get("state") == RECORDED:
        step = replace(step, **values)
        advice = repo.advice_asked(connection, cipher=cipher, conversation_id=step.conversation_id)
        # The chain is locked from here to the commit: nothing else goes after it.
        record, version = repo.record_decision(
            connection,
            cipher=cipher,
            fields=record_fields(step, advice),
            conversation_id=step.conversation_id,
            expected_version=step.version,
            values=values,
        )
        log.info("decision recorded conversation=%s reference=%s", step.conversation_id, record.reference)
        return replace(step, version=version, record_reference=record.reference)
    return _write(connection, cipher, step, values)


async def _apply_single(*, db: Db, team_id: str, user_id: str, change: Callable[[Step], dict[str, Any]]) -> Step | None:
    """Most answers: one read and one compare-and-set write, without the ORM session or
    a transaction around them (see `storage.db.run_single_writes`); the version check alone
    keeps a double click or a second instance from applying twice.

    Returns None, having written nothing, when the change would record the decision:
    that write and the record's must be one transaction, which `_apply` opens. A read on
    a pooled connection that turns out to have broken (the database restarted) is tried
    once more on a fresh one; a broken write is not, as it may have been applied.
    """
    cipher = cipher_of(db)
    for attempt in range(2):
        progress: dict[str, bool] = {}
        try:
            async with guard_database():
                return await run_single_writes(db, _read_change_write, cipher, team_id, user_id, change, progress)
        except NotSaved as exc:
            broken = isinstance(exc.__cause__, DBAPIError) and exc.__cause__.connection_invalidated
            if not (attempt == 0 and broken and not progress.get("writing")):
                raise
            log.info("database connection was broken; reading once more")
        except StaleVersion:
            await _stale(db, team_id, user_id)
    raise NotSaved()  # pragma: no cover - the loop always returns or raises


def _read_change_write(
    connection: Connection,
    cipher: FieldCipher | None,
    team_id: str,
    user_id: str,
    change: Callable[[Step], dict[str, Any]],
    progress: dict[str, bool],
) -> Step | None:
    """`_apply_single`'s work, in one piece (`run_single_writes`); `progress` tells the caller
    whether the write had begun when something failed."""
    step, values = _read_and_change(connection, cipher, team_id, user_id, change)
    if values.get("state") == RECORDED:
        return None
    progress["writing"] = True
    return _write(connection, cipher, step, values)


def _write(connection: Connection, cipher: FieldCipher | None, step: Step, values: dict[str, Any]) -> Step:
    """Save `values` if the decision is still at `step`'s version; where it now stands."""
    version = repo.compare_and_set(
        connection, cipher=cipher, conversation_id=step.conversation_id, expected_version=step.version, values=values
    )
    return replace(step, version=version, **values)


def _read_and_change(
    connection: Connection,
    cipher: FieldCipher | None,
    team_id: str,
    user_id: str,
    change: Callable[[Step], dict[str, Any]],
) -> tuple[Step, dict[str, Any]]:
    """The open decision and the values `change` would write to it."""
    step = _open_step(connection, cipher, team_id, user_id)
    if step is None:
        raise NoOpenDecision()
    return step, change(step)


async def _stale(db: Db, team_id: str, user_id: str) -> NoReturn:
    """Raise StaleAnswer with where the decision now stands."""
    raise StaleAnswer(await run_in_transaction(db, _open_step, cipher_of(db), team_id, user_id)) from None


def record_fields(conv: Step, advice: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The decision record's content, from the answers on the path actually taken, with
    the advice consulted from this decision (case code, approved question, replies)."""
    answers = conv.live
    final = conv.answers["confirm"]
    recommended = rules.recommended_outcome(answers)
    outcome = rules.Outcome(final["outcome"])
    sharing = outcome in (rules.Outcome.SHARE_WITH_CONSENT, rules.Outcome.SHARE_WITHOUT_CONSENT)
    passing_on = sharing or outcome is rules.Outcome.REFER_ON
    authorised = answers.get("authorised_by") or {}
    return {
        "decided_by": conv.user_id,
        "team_id": conv.team_id,
        "conversation_id": conv.conversation_id,
        "flow_version": conv.flow_version,
        "outcome": str(outcome),
        "recommended_outcome": str(recommended),
        "override_reason": final.get("reason", ""),
        "route": str(rules.route(answers)) if outcome == recommended else _route_for(outcome, answers),
        "grounds": rules.grounds(answers),
        "inform_family": str(rules.inform_family(answers)),
        "consent": str(rules.consent(answers)),
        "consent_from": rules.consent_from(answers),
        "risks": rules.risks(answers),
        "lawful_basis": rules.lawful_basis(answers) if sharing else [],
        "purpose": rules.purpose(answers),
        "shared_what": answers.get("what", "") if sharing else "",
        "shared_with": _choice_text("recipient", answers) if passing_on else "",
        "method": _choice_text("method", answers) if sharing else "",
        "reasons": answers.get("reasons", ""),
        "child_views": answers.get("child_views", ""),
        "authorised_by": {"role": authorised.get("choice", "no_one"), "detail": authorised.get("detail", "")},
        "exception": rules.exception(answers) if outcome == rules.Outcome.SHARE_WITHOUT_CONSENT else "",
        "review_point": answers.get("review_point", ""),
        "case_ref": answers.get("case_ref", ""),
        "advice": advice or [],
        "answers": {**answers, "confirm": final},
    }


def _route_for(outcome: rules.Outcome, answers: Mapping[str, Any]) -> str:
    """The route of an overridden decision: nothing shared is `none`; otherwise the path's."""
    return str(rules.Route.NONE if outcome is rules.Outcome.DO_NOT_SHARE else rules.route(answers))


def _choice_text(question_id: str, answers: Mapping[str, Any]) -> str:
    value = answers.get(question_id)
    if not value:
        return ""
    label = QUESTIONS[question_id].label(value["choice"])
    return f"{label}: {value['detail']}" if value.get("detail") else label


@asynccontextmanager
async def guard_database() -> AsyncIterator[None]:
    """Turn a database that has gone away into NotSaved, with nothing half-applied."""
    try:
        yield
    except (OperationalError, DBAPIError, OSError) as exc:
        log.warning("database unavailable: %s", type(exc).__name__)
        raise NotSaved() from exc
