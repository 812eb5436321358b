"""Asking colleagues for advice without naming anyone (golden rule 3).

The text is redacted here, shown to the asker, and only what they approve is stored and
posted. Advisors know a request by its case code; the asker's identity stays on the
server. Replies are linked to the decision the question came from.
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from flows.decisions import Db, guard_database
from flows.errors import AlreadyApplied, DecisionError
from flows.questions import QUESTIONS, Kind
from flows.redaction import PLACEHOLDER, Redactor
from storage import repository as repo
from storage.errors import DuplicateEvent
from storage.models import AdviceMessage, AdviceRequest, utcnow

MAX_QUESTION = 2000  # leaves room in the modal's private_metadata (3,000) for the round trip
MAX_REPLY = 40_000  # Slack's own limit for a message: a reply is kept and relayed whole
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class AdviceError(DecisionError):
    user_message = "That advice request could not be used. Nothing was posted."


@dataclass(frozen=True)
class Draft:
    """What will be posted if the asker approves it, and what was hidden."""

    text: str
    hidden: int


def prepare(
    redactor: Redactor,
    text: str,
    *,
    known: Sequence[str] = (),
    extra: Sequence[str] = (),
    keep: Sequence[str] = (),
) -> Draft:
    """Redact a question; refuse one that is empty, too long, or nothing but identifiers."""
    text = (text or "").strip()
    if not text:
        raise AdviceError("Please write your question. Nothing was posted.")
    if len(text) > MAX_QUESTION:
        raise AdviceError(
            f"Your question is {len(text):,} characters; the limit is {MAX_QUESTION:,}. Nothing was posted."
        )
    redacted = redactor.redact(text, known=known, extra=extra, keep=keep)
    words = re.findall(r"[A-Za-z]{2,}", PLACEHOLDER.sub(" ", redacted))
    if len(words) < 3:
        raise AdviceError(
            "After hiding names and other identifiers there is no question left. "
            "Describe the situation without them. Nothing was posted."
        )
    return Draft(redacted, len(PLACEHOLDER.findall(redacted)))


def new_case_code() -> str:
    pick = "".join(secrets.choice(CODE_ALPHABET) for _ in range(5))
    return f"{pick[:3]}-{pick[3:]}"


# What an advisor needs to advise, and nothing that narrows who asked: the kind of
# organisation the asker works for (lawful_basis) and whether they themselves are at
# risk (safe_to_tell's "referrer") are left out, as is every free-text answer.
ADVISOR_SEES = ("allegation", "direction", "request_from", "request_verified", "purpose", "identifiable", "level",
                "child_age", "child_understands", "safe_to_tell", "young_person_view", "family_view", "override",
                "special_category", "inform_after")  # fmt: skip
NOT_FOR_ADVISORS = {"safe_to_tell": {"referrer"}}


def decision_so_far(answers: dict[str, Any]) -> dict[str, Any]:
    """Only the choice answers (ids) an advisor needs: free text never travels with a request."""
    shown: dict[str, Any] = {}
    for qid, value in answers.items():
        if qid not in ADVISOR_SEES or qid not in QUESTIONS or QUESTIONS[qid].kind not in (Kind.CHOICE, Kind.MULTI):
            continue
        hidden = NOT_FOR_ADVISORS.get(qid, set())
        if isinstance(value, list):
            value = [v for v in value if v not in hidden]
            if not value:
                continue
        elif value in hidden:
            continue
        shown[qid] = value
    return shown


async def create_request(
    *,
    db: Db,
    team_id: str,
    asker_id: str,
    asker_channel: str | None,
    text: str,
    conversation_id: str | None,
    stage: str | None,
    answers: dict[str, Any],
) -> AdviceRequest:
    """Store an approved request under a fresh case code (status open, not yet posted)."""
    for _ in range(10):
        request = AdviceRequest(
            id=uuid.uuid4().hex,
            case_code=new_case_code(),
            team_id=team_id,
            asker_id=asker_id,
            asker_channel=asker_channel,
            conversation_id=conversation_id,
            stage=stage,
            decision_so_far=decision_so_far(answers),
            text=text,
        )
        try:
            async with guard_database(), db() as session, session.begin():
                return await repo.add_advice_request(session=session, request=request)
        except IntegrityError:
            continue
    raise AdviceError()


async def _update(db: Db, request_id: str, **values: Any) -> None:
    async with guard_database(), db() as session, session.begin():
        row = await session.get(AdviceRequest, request_id)
        if row is None:
            raise AdviceError()
        for key, value in values.items():
            setattr(row, key, value)


async def mark_posted(*, db: Db, request: AdviceRequest, channel_id: str, message_ts: str) -> None:
    await _update(db, request.id, channel_id=channel_id, message_ts=message_ts)


async def withdraw(*, db: Db, request: AdviceRequest) -> None:
    """A request that could not be posted is kept out of every list."""
    await _update(db, request.id, status="refused")


async def get(*, db: Db, case_code: str) -> AdviceRequest | None:
    async with guard_database(), db() as session:
        return await repo.get_advice(session=session, case_code=case_code.strip().upper())


async def by_post(*, db: Db, channel_id: str, message_ts: str) -> AdviceRequest | None:
    async with guard_database(), db() as session:
        return await repo.get_advice_by_post(session=session, channel_id=channel_id, message_ts=message_ts)


async def _open_request(db: Db, case_code: str) -> AdviceRequest:
    request = await get(db=db, case_code=case_code)
    if request is None or request.message_ts is None or request.status == "refused":
        raise AdviceError("I can't find that advice request.")
    if request.status == "resolved":
        raise AdviceError(f"Advice request {request.case_code} is resolved; nothing was sent.")
    return request


async def add_reply(
    *, db: Db, case_code: str, advisor_id: str, text: str, claim: str | None = None
) -> tuple[AdviceRequest, AdviceMessage]:
    """An advisor's reply, stored whole; refused for an unknown or resolved request.

    `claim` (a Slack event id, or a key made from a modal submission) is claimed in the
    same transaction, so a retried or replayed reply is stored once: the second time
    raises AlreadyApplied. The request is not marked answered here: `mark_answered` does
    that once the reply has reached the asker, so a reply that never arrives still
    escalates.
    """
    text = (text or "").strip()
    if not text:
        raise AdviceError("Please write a reply. Nothing was sent.")
    if len(text) > MAX_REPLY:
        raise AdviceError(f"Your reply is {len(text):,} characters; the limit is {MAX_REPLY:,}. Nothing was sent.")
    request = await _open_request(db, case_code)
    if advisor_id == request.asker_id:
        raise AdviceError("You asked this question; answer it from your direct messages with me.")
    async with guard_database(), db() as session, session.begin():
        await claim_in(session, claim)
        message = await repo.add_advice_message(
            session=session,
            message=AdviceMessage(request_id=request.id, from_asker=False, author_id=advisor_id, text=text),
        )
    return request, message


async def claim_in(session: Any, claim: str | None) -> None:
    """Claim a retried event's id or a replayed submission's key in `session`'s transaction."""
    if claim is None:
        return
    connection = await session.connection()
    try:
        await connection.run_sync(lambda sync: repo.claim_event(sync, event_id=claim[:64]))
    except DuplicateEvent:
        raise AlreadyApplied() from None


async def mark_answered(*, db: Db, request: AdviceRequest) -> None:
    """The first reply has reached the asker: no escalation for this request now."""
    async with guard_database(), db() as session, session.begin():
        row = await session.get(AdviceRequest, request.id)
        if row is not None and row.answered_at is None:
            row.answered_at = utcnow()


async def add_followup(*, db: Db, case_code: str, asker_id: str, text: str) -> AdviceRequest:
    """The asker's answer back (already redacted and approved); only the asker may."""
    request = await _open_request(db, case_code)
    if request.asker_id != asker_id:
        raise AdviceError("I can't find that advice request.")
    async with guard_database(), db() as session, session.begin():
        await repo.add_advice_message(
            session=session,
            message=AdviceMessage(request_id=request.id, from_asker=True, author_id=asker_id, text=text),
        )
    return request


async def resolve(*, db: Db, case_code: str, asker_id: str) -> AdviceRequest:
    request = await _open_request(db, case_code)
    if request.asker_id != asker_id:
        raise AdviceError("I can't find that advice request.")
    await _update(db, request.id, status="resolved", resolved_at=utcnow())
    return request


async def escalate_due(*, db: Db, now: datetime, after: timedelta) -> list[AdviceRequest]:
    """Requests with no reply for `after`: marked escalated once and returned to flag."""
    async with guard_database(), db() as session, session.begin():
        return await repo.escalate_advice(session=session, asked_before=now - after, now=now)


async def for_conversation(*, db: Db, conversation_id: str) -> list[tuple[AdviceRequest, list[AdviceMessage]]]:
    async with guard_database(), db() as session:
        requests = await repo.advice_for_conversation(session=session, conversation_id=conversation_id)
        return [(r, list(await repo.advice_messages(session=session, request_id=r.id))) for r in requests]


async def asked_by(*, db: Db, asker_id: str) -> list[AdviceRequest]:
    async with guard_database(), db() as session:
        return list(await repo.advice_by_asker(session=session, asker_id=asker_id))


async def open_requests(*, db: Db) -> list[AdviceRequest]:
    """Open requests for advisors' Home tab: case codes only, never who asked."""
    async with guard_database(), db() as session:
        return list(await repo.open_advice(session=session))
