"""Keyword-only repository functions; each takes a session first, or, for the work of
an answer, a decision started or a decision recorded, a synchronous connection (see
`open_conversation_row`).

The caller owns the transaction: these functions add and flush but never commit, so a
conversation's final answer and its decision record are saved together or not at all.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Update, bindparam, delete, func, insert, or_, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.chain import GENESIS, record_hash
from storage.crypto import TEXT_FIELDS, FieldCipher, RecordKeyError
from storage.errors import ChainContention, DuplicateEvent, StaleVersion
from storage.models import (
    AdviceMessage,
    AdviceRequest,
    AuditEvent,
    ChainAnchor,
    Conversation,
    DecisionRecord,
    ProcessedEvent,
    utcnow,
)

OPEN_STATUSES = ("active", "paused")


# The two statements of every answer, built once: building a statement costs more than
# running it, and a prebuilt one also keeps its compiled form in SQLAlchemy's cache.
_CONVERSATIONS = Conversation.__table__  # type: ignore[attr-defined]
_OPEN_CONVERSATION = (
    select(_CONVERSATIONS)
    .where(_CONVERSATIONS.c.team_id == bindparam("team_id"), _CONVERSATIONS.c.user_id == bindparam("user_id"))
    .where(or_(*(_CONVERSATIONS.c.status == status for status in OPEN_STATUSES)))
    .order_by(_CONVERSATIONS.c.created_at.desc())
    .limit(1)
)
_SAVE_CONVERSATION = update(_CONVERSATIONS).where(
    _CONVERSATIONS.c.id == bindparam("conversation_id"), _CONVERSATIONS.c.version == bindparam("expected_version")
)


async def get_open_conversation(*, session: AsyncSession, team_id: str, user_id: str) -> Conversation | None:
    """The user's newest open conversation, as a model outside the session (see
    `open_conversation_row`)."""
    connection = await session.connection()
    row = await connection.run_sync(open_conversation_row, cipher=_cipher(session), team_id=team_id, user_id=user_id)
    return Conversation(**row) if row else None


def open_conversation_row(
    connection: Connection, *, cipher: FieldCipher | None, team_id: str, user_id: str
) -> dict[str, Any] | None:
    """The columns of the user's newest open conversation, answers decrypted.

    Read with Core into a plain dict, never into a session: callers change it freely
    and every write goes through `compare_and_set`'s version check, never a flush.
    Synchronous, so that a read, a change and a write run in one piece
    (`storage.db.run_in_transaction`: one greenlet on PostgreSQL, one job on SQLite's
    thread) instead of one hand-off per statement.
    """
    row = connection.execute(_OPEN_CONVERSATION, {"team_id": team_id, "user_id": user_id}).first()
    if row is None:
        return None
    values = dict(row._mapping)
    if cipher:
        values["answers"] = cipher.open({"answers": values["answers"]})["answers"]
    return values


_SET_CHANNEL = update(_CONVERSATIONS).where(_CONVERSATIONS.c.id == bindparam("conversation_id"))


def set_conversation_channel(connection: Connection, *, conversation_id: str, channel_id: str) -> None:
    """Where the decision's messages go; not an answer, so no version change."""
    connection.execute(_SET_CHANNEL, {"conversation_id": conversation_id, "channel_id": channel_id})


_HIGHEST_VERSION = select(func.max(_CONVERSATIONS.c.version)).where(
    _CONVERSATIONS.c.team_id == bindparam("team_id"), _CONVERSATIONS.c.user_id == bindparam("user_id")
)


def next_version_for_user(connection: Connection, *, team_id: str, user_id: str) -> int:
    """One more than any version this user has had, so old buttons never match."""
    highest = connection.execute(_HIGHEST_VERSION, {"team_id": team_id, "user_id": user_id}).scalar()
    return (highest or 0) + 1


def conversations_started_since(connection: Connection, *, team_id: str, user_id: str, since: datetime) -> int:
    """How many decisions this user has started since `since` (a limit on starts that
    holds across instances: the conversations themselves are the count)."""
    c = _CONVERSATIONS.c
    stmt = select(func.count()).where(c.team_id == team_id, c.user_id == user_id, c.created_at >= since)
    return int(connection.execute(stmt).scalar() or 0)


_INSERT_CONVERSATION = insert(_CONVERSATIONS)


def add_conversation(connection: Connection, *, conversation: Conversation) -> None:
    """Insert a new conversation (its answers are empty, so there is nothing to seal)."""
    connection.execute(_INSERT_CONVERSATION, conversation.model_dump())


def compare_and_set(
    connection: Connection,
    *,
    cipher: FieldCipher | None,
    conversation_id: str,
    expected_version: int,
    values: dict[str, Any],
) -> int:
    """Write `values` only if the row is still at `expected_version` (synchronous, as
    `open_conversation_row`).

    Returns the new version; raises StaleVersion when another event changed it first.
    """
    params = _saved(cipher, conversation_id, expected_version, values)
    # The SET clause comes from the parameters' keys, so the statement is never rebuilt.
    result = connection.execute(_SAVE_CONVERSATION, params)
    if result.rowcount != 1:
        raise StaleVersion(conversation_id)
    return expected_version + 1


def _saved(
    cipher: FieldCipher | None, conversation_id: str, expected_version: int, values: dict[str, Any]
) -> dict[str, Any]:
    """The parameters of a compare-and-set write: `values` (answers sealed), the next
    version, the time, and the version the row must still be at."""
    if cipher and "answers" in values:
        values = {**values, "answers": cipher.seal({"answers": values["answers"]})["answers"]}
    params = {**values, "version": expected_version + 1, "updated_at": utcnow()}
    params.update(conversation_id=conversation_id, expected_version=expected_version)
    return params


_EVENTS = ProcessedEvent.__table__  # type: ignore[attr-defined]
# Claiming an event is one statement that does nothing for an id already there: no
# savepoint to keep the transaction usable after a conflict, and a third of the round trips.
_CLAIM_EVENT = {
    "postgresql": postgresql_insert(_EVENTS).on_conflict_do_nothing(),
    "sqlite": sqlite_insert(_EVENTS).on_conflict_do_nothing(),
}


def claim_event(connection: Connection, *, event_id: str) -> None:
    """Mark a Slack event as applied; raises DuplicateEvent if it already was."""
    result = connection.execute(_CLAIM_EVENT[connection.dialect.name], {"event_id": event_id, "received_at": utcnow()})
    if result.rowcount != 1:
        raise DuplicateEvent(event_id)


_RECORDS = DecisionRecord.__table__  # type: ignore[attr-defined]
_CHAIN_HEAD = select(_RECORDS.c.seq, _RECORDS.c.hash).order_by(_RECORDS.c.seq.desc()).limit(1)
_INSERT_RECORD = insert(_RECORDS)


async def append_record(*, session: AsyncSession, fields: dict[str, Any]) -> DecisionRecord:
    """`extend_chain` in the session's transaction."""
    connection = await session.connection()
    return await connection.run_sync(extend_chain, cipher=_cipher(session), fields=fields)


def extend_chain(connection: Connection, *, cipher: FieldCipher | None, fields: dict[str, Any]) -> DecisionRecord:
    """Append a record to the chain: number it, link it to the head and hash it.

    `fields` holds the record's content. Raises ChainContention when another writer
    appended first (the unique `prev_hash` catches it); the caller rolls back and retries.
    From the lock to the caller's commit every other writer waits, so the head is read
    and the record inserted with Core, not through the ORM's unit of work, and
    synchronously (see `open_conversation_row`).
    """
    record, stored = _next_record(connection, cipher=cipher, fields=fields)
    try:
        connection.execute(_INSERT_RECORD, stored)
    except IntegrityError as exc:
        raise ChainContention() from exc
    return record


def record_decision(
    connection: Connection,
    *,
    cipher: FieldCipher | None,
    fields: dict[str, Any],
    conversation_id: str,
    expected_version: int,
    values: dict[str, Any],
) -> tuple[DecisionRecord, int]:
    """Append the decision's record (`extend_chain`) and save its conversation, pointing
    at the record, with `compare_and_set`; returns the record and the new version.

    Every other decision being recorded waits from the chain's lock to the commit. On
    PostgreSQL the insert and the write are one statement (the insert in a WITH clause),
    so that wait is one round trip shorter.
    """
    if connection.dialect.name != "postgresql":
        record = extend_chain(connection, cipher=cipher, fields=fields)
        values = {**values, "record_reference": record.reference}
        return record, compare_and_set(
            connection, cipher=cipher, conversation_id=conversation_id, expected_version=expected_version, values=values
        )
    record, stored = _next_record(connection, cipher=cipher, fields=fields)
    params = _saved(cipher, conversation_id, expected_version, {**values, "record_reference": record.reference})
    keys = tuple(sorted(k for k in params if k not in ("conversation_id", "expected_version")))
    params.update({f"appended_{k}": v for k, v in stored.items()})
    try:
        result = connection.execute(_insert_record_and_save(keys), params)
    except IntegrityError as exc:
        raise ChainContention() from exc
    if result.rowcount != 1:
        raise StaleVersion(conversation_id)
    return record, expected_version + 1


@lru_cache(maxsize=8)
def _insert_record_and_save(keys: tuple[str, ...]) -> Update:
    """`WITH (INSERT the record) UPDATE the conversation SET keys...`, built once per set
    of columns written, with a parameter `appended_<column>` for each of the record's."""
    record = insert(_RECORDS).values({c.name: bindparam(f"appended_{c.name}", type_=c.type) for c in _RECORDS.c})
    columns = {k: bindparam(k, type_=_CONVERSATIONS.c[k].type) for k in keys}
    return _SAVE_CONVERSATION.values(columns).add_cte(record.cte("recorded"))


def _next_record(
    connection: Connection, *, cipher: FieldCipher | None, fields: dict[str, Any]
) -> tuple[DecisionRecord, dict[str, Any]]:
    """Lock the chain, and number, link and hash the record that goes after its head;
    returns it and its columns as stored (free text sealed)."""
    _lock_chain(connection)
    head = connection.execute(_CHAIN_HEAD).first()
    seq = (head.seq + 1) if head else 1
    created_at = utcnow()
    full = dict(fields)
    full.update(
        seq=seq,
        reference=f"ISR-{created_at.year}-{seq:06d}",
        created_at=created_at,
        prev_hash=head.hash if head else GENESIS,
    )
    record = DecisionRecord(**full, hash="")
    # Hash the plain text as stored, defaults included, exactly as verify will read it back.
    record.hash = record_hash(record.model_dump())
    return record, cipher.seal(record.model_dump()) if cipher else record.model_dump()


# Any fixed 64-bit number, distinct from the migration lock's.
CHAIN_LOCK = 0x1A5_0C4A
_LOCK_CHAIN = text("SELECT pg_advisory_xact_lock(:key)")


def _lock_chain(connection: Connection) -> None:
    """On PostgreSQL, queue writers that extend the chain until the holder commits, so a
    hundred decisions recorded at once all succeed instead of retrying against each other.
    SQLite has one writer at a time already; the unique `prev_hash` stays the guarantee."""
    if connection.dialect.name == "postgresql":
        connection.execute(_LOCK_CHAIN, {"key": CHAIN_LOCK})


def _cipher(session: AsyncSession) -> FieldCipher | None:
    return session.info.get("cipher")


def _plain(session: AsyncSession, row: DecisionRecord) -> DecisionRecord:
    """A detached copy with free text decrypted (never written back by a flush)."""
    cipher = _cipher(session)
    return DecisionRecord(**cipher.open(row.model_dump())) if cipher else row


async def get_record(*, session: AsyncSession, reference: str) -> DecisionRecord | None:
    stmt = select(DecisionRecord).where(DecisionRecord.reference == reference)
    row = (await session.exec(stmt)).first()
    return _plain(session, row) if row else None


async def iter_records(*, session: AsyncSession, batch: int = 500, raw: bool = False) -> AsyncIterator[DecisionRecord]:
    """Every record in chain order, a batch at a time, so verify runs in flat memory.
    `raw` leaves free text as stored (encrypted, with RECORD_KEY)."""
    last = 0
    while True:
        stmt = select(DecisionRecord).where(DecisionRecord.seq > last).order_by(col(DecisionRecord.seq)).limit(batch)
        rows = (await session.exec(stmt)).all()
        if not rows:
            return
        for row in rows:
            yield row if raw else _plain(session, row)
        last = rows[-1].seq


@dataclass(frozen=True)
class ChainCheck:
    """What `verify_chain` found: how many records, and the first broken one if any."""

    checked: int
    broken_reference: str | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_reference is None


async def verify_chain(*, session: AsyncSession) -> ChainCheck:
    """Recompute every hash and link; stop at the first record that does not fit."""
    checked = 0
    anchor = await session.get(ChainAnchor, 1)
    prev_hash, prev_seq = (anchor.hash, anchor.seq) if anchor else (GENESIS, 0)
    cipher = _cipher(session)
    async for row in iter_records(session=session, raw=True):
        try:
            fields = cipher.open(row.model_dump()) if cipher else row.model_dump()
        except RecordKeyError as exc:
            return ChainCheck(checked, row.reference, str(exc))
        if row.seq != prev_seq + 1:
            return ChainCheck(checked, row.reference, f"records before it are missing (expected no. {prev_seq + 1})")
        if row.prev_hash != prev_hash:
            return ChainCheck(checked, row.reference, "does not link to the record before it")
        if record_hash(fields) != row.hash:
            return ChainCheck(checked, row.reference, "its content no longer matches its hash")
        checked += 1
        prev_hash, prev_seq = row.hash, row.seq
    return ChainCheck(checked)


# -- advice requests ----------------------------------------------------------------------


async def add_advice_request(*, session: AsyncSession, request: AdviceRequest) -> AdviceRequest:
    """Insert; raises IntegrityError (case code taken) for the caller to retry with another."""
    async with session.begin_nested():
        session.add(request)
        await session.flush()
    return request


async def get_advice(*, session: AsyncSession, case_code: str) -> AdviceRequest | None:
    stmt = select(AdviceRequest).where(AdviceRequest.case_code == case_code)
    return (await session.exec(stmt)).first()


async def get_advice_by_post(*, session: AsyncSession, channel_id: str, message_ts: str) -> AdviceRequest | None:
    stmt = select(AdviceRequest).where(AdviceRequest.channel_id == channel_id, AdviceRequest.message_ts == message_ts)
    return (await session.exec(stmt)).first()


def _asked_during(conversation_id: Any) -> tuple[Any, ...]:
    """Advice asked during a conversation: drafts never left the asker."""
    return AdviceRequest.conversation_id == conversation_id, AdviceRequest.status != "draft"


async def advice_for_conversation(*, session: AsyncSession, conversation_id: str) -> Sequence[AdviceRequest]:
    stmt = select(AdviceRequest).where(*_asked_during(conversation_id)).order_by(col(AdviceRequest.created_at))
    return (await session.exec(stmt)).all()


_ADVICE = AdviceRequest.__table__  # type: ignore[attr-defined]
_ADVICE_ASKED = (
    select(_ADVICE.c.case_code, _ADVICE.c.status, _ADVICE.c.message_ts)
    .where(*_asked_during(bindparam("conversation_id")))
    .order_by(_ADVICE.c.created_at)
)


def advice_asked(connection: Connection, *, conversation_id: str) -> list[dict[str, Any]]:
    """Case code, status and post of the advice asked during a conversation
    (synchronous, as `open_conversation_row`)."""
    return [dict(row._mapping) for row in connection.execute(_ADVICE_ASKED, {"conversation_id": conversation_id})]


async def advice_messages(*, session: AsyncSession, request_id: str) -> Sequence[AdviceMessage]:
    stmt = select(AdviceMessage).where(AdviceMessage.request_id == request_id).order_by(col(AdviceMessage.id))
    return (await session.exec(stmt)).all()


async def add_advice_message(*, session: AsyncSession, message: AdviceMessage) -> AdviceMessage:
    session.add(message)
    await session.flush()
    return message


async def advice_due_for_escalation(*, session: AsyncSession, asked_before: datetime) -> Sequence[AdviceRequest]:
    stmt = select(AdviceRequest).where(
        AdviceRequest.status == "open",
        col(AdviceRequest.answered_at).is_(None),
        col(AdviceRequest.escalated_at).is_(None),
        col(AdviceRequest.message_ts).is_not(None),
        AdviceRequest.created_at < asked_before,
    )
    return (await session.exec(stmt)).all()


# -- audit and amendments -----------------------------------------------------------------


async def add_audit(
    *, session: AsyncSession, actor_id: str, action: str, reference: str | None, place: str, detail: str = ""
) -> None:
    session.add(AuditEvent(actor_id=actor_id, action=action, reference=reference, place=place, detail=detail))
    await session.flush()


async def audit_events(*, session: AsyncSession, reference: str | None = None) -> Sequence[AuditEvent]:
    stmt = select(AuditEvent).order_by(col(AuditEvent.id))
    if reference is not None:
        stmt = stmt.where(AuditEvent.reference == reference)
    return (await session.exec(stmt)).all()


async def count_records(*, session: AsyncSession, decided_by: str, team_id: str | None = None) -> int:
    stmt = select(func.count()).select_from(DecisionRecord).where(DecisionRecord.decided_by == decided_by)
    if team_id is not None:
        stmt = stmt.where(DecisionRecord.team_id == team_id)
    return int((await session.exec(stmt)).one())


async def page_records(
    *, session: AsyncSession, decided_by: str, offset: int, limit: int, team_id: str | None = None
) -> Sequence[DecisionRecord]:
    """A user's records (in one team, if given), newest first, one page at a time (App Home with hundreds)."""
    stmt = (
        select(DecisionRecord)
        .where(DecisionRecord.decided_by == decided_by, *([DecisionRecord.team_id == team_id] if team_id else []))
        .order_by(col(DecisionRecord.seq).desc())
        .offset(offset)
        .limit(limit)
    )
    return [_plain(session, row) for row in (await session.exec(stmt)).all()]


async def outcome_counts(*, session: AsyncSession, since: datetime) -> dict[str, int]:
    stmt = (
        select(DecisionRecord.outcome, func.count())
        .where(DecisionRecord.created_at >= since)
        .group_by(DecisionRecord.outcome)
    )
    return {outcome: int(n) for outcome, n in (await session.exec(stmt)).all()}


async def latest_version(*, session: AsyncSession, reference: str) -> DecisionRecord | None:
    """The newest amendment of a record (following the chain of `amends`), or the record."""
    record = await get_record(session=session, reference=reference)
    while record is not None:
        stmt = (
            select(DecisionRecord)
            .where(DecisionRecord.amends == record.reference)
            .order_by(col(DecisionRecord.seq).desc())
        )
        newer = (await session.exec(stmt)).first()
        if newer is None:
            return record
        record = _plain(session, newer)
    return None


async def rekey(*, session: AsyncSession, progress: Any = None) -> int:
    """Re-encrypt every record's free text with the first key of RECORD_KEY.

    Only ciphertext changes: the plain text, and so the hash chain, stay the same.
    """
    cipher = _cipher(session)
    if cipher is None:
        raise RecordKeyError("RECORD_KEY is not set")
    done = 0
    async for row in iter_records(session=session, raw=True):
        sealed = cipher.seal(cipher.open(row.model_dump()))
        for name in (*TEXT_FIELDS, "answers"):
            setattr(row, name, sealed[name])
        done += 1
        if progress and done % 100 == 0:
            progress(done)
    await session.flush()
    return done


async def advice_by_asker(*, session: AsyncSession, asker_id: str, limit: int = 10) -> Sequence[AdviceRequest]:
    stmt = (
        select(AdviceRequest)
        .where(AdviceRequest.asker_id == asker_id, col(AdviceRequest.message_ts).is_not(None))
        .order_by(col(AdviceRequest.created_at).desc())
        .limit(limit)
    )
    return (await session.exec(stmt)).all()


async def open_advice(*, session: AsyncSession, limit: int = 10) -> Sequence[AdviceRequest]:
    stmt = (
        select(AdviceRequest)
        .where(AdviceRequest.status == "open", col(AdviceRequest.message_ts).is_not(None))
        .order_by(col(AdviceRequest.created_at))
        .limit(limit)
    )
    return (await session.exec(stmt)).all()


# -- retention --------------------------------------------------------------------------


async def purge_conversations(*, session: AsyncSession, before: datetime, batch: int = 500) -> int:
    """Delete up to `batch` finished, cancelled or abandoned conversations last changed
    before `before`; returns how many (call again until 0)."""
    stmt = select(Conversation.id).where(Conversation.updated_at < before).limit(batch)
    ids = list((await session.exec(stmt)).all())
    if ids:
        await session.exec(delete(Conversation).where(col(Conversation.id).in_(ids)))  # type: ignore[call-overload]
    return len(ids)


async def purge_records(*, session: AsyncSession, before: datetime, batch: int = 500) -> list[str]:
    """Delete the oldest records created before `before`, as a prefix of the chain only,
    and move the chain anchor to the last one deleted; returns their references."""
    stmt = select(DecisionRecord).order_by(col(DecisionRecord.seq)).limit(batch)
    doomed = []
    for row in (await session.exec(stmt)).all():
        if row.created_at >= before:
            break
        doomed.append(row)
    if not doomed:
        return []
    last = doomed[-1]
    anchor = await session.get(ChainAnchor, 1)
    if anchor is None:
        session.add(ChainAnchor(id=1, seq=last.seq, hash=last.hash))
    else:
        anchor.seq, anchor.hash, anchor.purged_at = last.seq, last.hash, utcnow()
    await session.exec(delete(DecisionRecord).where(col(DecisionRecord.seq) <= last.seq))  # type: ignore[call-overload]
    await session.flush()
    return [row.reference for row in doomed]
