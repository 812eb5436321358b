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

from storage.chain import CHAIN_KEY_OPTION, GENESIS, anchor_mac, record_hash, same
from storage.crypto import ADVICE_MESSAGE_FIELDS, ADVICE_REQUEST_FIELDS, TEXT_FIELDS, FieldCipher, RecordKeyError
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
        values["answers"] = _open_answers(cipher, values["id"], values["answers"])
    return values


def _open_answers(cipher: FieldCipher, conversation_id: str, answers: Any, allow_plain: bool = False) -> Any:
    return cipher.open({"answers": answers}, table="conversation", row=conversation_id, allow_plain=allow_plain)[
        "answers"
    ]


def _seal_answers(cipher: FieldCipher, conversation_id: str, answers: Any) -> Any:
    return cipher.seal({"answers": answers}, table="conversation", row=conversation_id)["answers"]


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
        values = {**values, "answers": _seal_answers(cipher, conversation_id, values["answers"])}
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
    await connection.execution_options(**{CHAIN_KEY_OPTION: _chain_key(session)})
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
    # Hash the plain text as stored, defaults included, exactly as verify will read it back;
    # keyed with CHAIN_KEY when `run_in_transaction` or `append_record` passed one.
    record.hash = record_hash(record.model_dump(), connection.get_execution_options().get(CHAIN_KEY_OPTION))
    stored = record.model_dump()
    return record, _seal_record(cipher, stored) if cipher else stored


_RECORDS_TABLE = "decisionrecord"


def _seal_record(cipher: FieldCipher, fields: dict[str, Any]) -> dict[str, Any]:
    """A record's free text encrypted, each value bound to the record's number and field."""
    return cipher.seal(fields, table=_RECORDS_TABLE, row=fields["seq"])


def _open_record(cipher: FieldCipher, fields: dict[str, Any], allow_plain: bool = False) -> dict[str, Any]:
    return cipher.open(fields, table=_RECORDS_TABLE, row=fields["seq"], allow_plain=allow_plain)


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


def _chain_key(session: AsyncSession) -> bytes | None:
    return session.info.get("chain_key")


def _plain(session: AsyncSession, row: DecisionRecord) -> DecisionRecord:
    """A detached copy with free text decrypted (never written back by a flush)."""
    cipher = _cipher(session)
    return DecisionRecord(**_open_record(cipher, row.model_dump())) if cipher else row


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
    """What `verify_chain` found: how many records, and the first broken one if any.

    `unkeyed` counts records hashed with plain SHA-256 although CHAIN_KEY is set: those
    written before it was, which someone who can write to the database could re-hash.
    """

    checked: int
    broken_reference: str | None = None
    problem: str | None = None
    unkeyed: int = 0

    @property
    def ok(self) -> bool:
        return self.broken_reference is None


@dataclass(frozen=True)
class ChainHead:
    """The newest record's number (records ever written, purged ones included) and hash."""

    count: int
    hash: str

    def __str__(self) -> str:
        return f"{self.count}:{self.hash}"


async def chain_head(*, session: AsyncSession) -> ChainHead:
    connection = await session.connection()
    row = (await connection.execute(_CHAIN_HEAD)).first()
    if row is not None:
        return ChainHead(row.seq, row.hash)
    anchor = await session.get(ChainAnchor, 1)
    return ChainHead(anchor.seq, anchor.hash) if anchor else ChainHead(0, GENESIS)


def _anchor_problem(anchor: ChainAnchor | None, key: bytes | None) -> str | None:
    if anchor is None or key is None or anchor.mac is None:
        return None
    if not same(anchor.mac, anchor_mac(key, anchor.seq, anchor.hash)):
        return f"the chain's start (after no. {anchor.seq}, which purge removed) does not match CHAIN_KEY: forged"
    return None


async def verify_chain(*, session: AsyncSession, anchor: ChainHead | None = None) -> ChainCheck:
    """Recompute every hash and link; stop at the first record that does not fit.

    With CHAIN_KEY, a record must carry the HMAC under it; plain SHA-256 is accepted only
    for records before the first keyed one (written before the key was set), and the
    chain's start after a purge must carry purge's MAC once keyed records follow it.
    With `anchor` (a head printed earlier by `infoshare-bot anchor`, kept elsewhere), the
    record it names must still be there with the same hash: records removed from the end,
    or a chain rewritten up to it, are found even without CHAIN_KEY.
    """
    checked = unkeyed = 0
    start = await session.get(ChainAnchor, 1)
    prev_hash, prev_seq = (start.hash, start.seq) if start else (GENESIS, 0)
    cipher, key = _cipher(session), _chain_key(session)
    first = f"no. {prev_seq + 1}"
    forged = _anchor_problem(start, key)
    if forged:
        return ChainCheck(0, first, forged)
    keyed = False
    async for row in iter_records(session=session, raw=True):
        try:
            fields = _open_record(cipher, row.model_dump()) if cipher else row.model_dump()
        except RecordKeyError as exc:
            return ChainCheck(checked, row.reference, str(exc), unkeyed)
        if row.seq != prev_seq + 1:
            return ChainCheck(checked, row.reference, f"records before it are missing (expected no. {prev_seq + 1})",
                              unkeyed)  # fmt: skip
        if row.prev_hash != prev_hash:
            return ChainCheck(checked, row.reference, "does not link to the record before it", unkeyed)
        plain_hash_fits = same(record_hash(fields), row.hash)
        if key is None:
            if not plain_hash_fits:
                mismatch = "its content no longer matches its hash (or it was hashed with a CHAIN_KEY that is not set)"
                return ChainCheck(checked, row.reference, mismatch, unkeyed)
        elif same(record_hash(fields, key), row.hash):
            if not keyed and start is not None and start.mac is None and checked == 0:
                return ChainCheck(0, first, "the chain's start after a purge carries no CHAIN_KEY MAC although "
                                  "keyed records follow it: forged, or purged without CHAIN_KEY")  # fmt: skip
            keyed = True
        elif plain_hash_fits and not keyed:
            unkeyed += 1  # written before CHAIN_KEY was set
        elif plain_hash_fits:
            return ChainCheck(checked, row.reference, "hashed without CHAIN_KEY after records hashed with it: "
                              "re-hashed behind the application's back", unkeyed)  # fmt: skip
        else:
            return ChainCheck(checked, row.reference, "its content no longer matches its hash", unkeyed)
        checked += 1
        prev_hash, prev_seq = row.hash, row.seq
    if anchor is not None:
        off = _anchor_check(anchor, prev_seq, await _hash_at(session, anchor.count, start))
        if off:
            return ChainCheck(checked, f"no. {anchor.count}", off, unkeyed)
    return ChainCheck(checked, unkeyed=unkeyed)


async def _hash_at(session: AsyncSession, seq: int, start: ChainAnchor | None) -> str | None:
    """The hash of record no. `seq`: the record's, or the chain's start if purge removed
    it (None if that can no longer be told: removed, with the start past it)."""
    if seq == 0:
        return GENESIS
    if start is not None and seq <= start.seq:
        return start.hash if seq == start.seq else None
    return (await session.exec(select(DecisionRecord.hash).where(DecisionRecord.seq == seq))).first()


def _anchor_check(anchor: ChainHead, last: int, found: str | None) -> str | None:
    if anchor.count > last:
        missing = anchor.count - last
        return (f"{missing} record{'s' if missing > 1 else ''} deleted from the end: the anchor has "
                f"{anchor.count} records, the chain now ends at no. {last}")  # fmt: skip
    if found is None:
        return None  # purged since the anchor was taken; the chain's start was checked above
    if not same(found, anchor.hash):
        return f"record no. {anchor.count} does not match the anchor: the chain up to it was rewritten"
    return None


# -- advice requests ----------------------------------------------------------------------
#
# With RECORD_KEY, who asked (`asker_id`, `asker_channel`), the question and every message
# (`author_id`, `text`) are encrypted, each bound to its row and field as records' free
# text is; rows are found by who asked through `asker_index`. Rows leave here as detached
# copies with those fields decrypted, so nothing decrypted is ever flushed back.

_ADVICE = AdviceRequest.__table__  # type: ignore[attr-defined]
_MESSAGES = AdviceMessage.__table__  # type: ignore[attr-defined]


def _open_request(cipher: FieldCipher, row: dict[str, Any], allow_plain: bool = False) -> dict[str, Any]:
    return cipher.open_columns(row, ADVICE_REQUEST_FIELDS, table="advicerequest", row=row["id"],
                               allow_plain=allow_plain)  # fmt: skip


def _seal_request(cipher: FieldCipher, plain: dict[str, Any]) -> dict[str, Any]:
    sealed = cipher.seal_columns(plain, ADVICE_REQUEST_FIELDS, table="advicerequest", row=plain["id"])
    sealed["asker_index"] = cipher.index(plain["asker_id"])
    return sealed


def _plain_request(session: AsyncSession, row: AdviceRequest) -> AdviceRequest:
    cipher = _cipher(session)
    return AdviceRequest(**_open_request(cipher, row.model_dump())) if cipher else row


def _plain_message(session: AsyncSession, row: AdviceMessage) -> AdviceMessage:
    cipher = _cipher(session)
    if cipher is None:
        return row
    fields = cipher.open_columns(row.model_dump(), ADVICE_MESSAGE_FIELDS, table="advicemessage", row=row.id)
    return AdviceMessage(**fields)


async def add_advice_request(*, session: AsyncSession, request: AdviceRequest) -> AdviceRequest:
    """Insert; raises IntegrityError (case code taken) for the caller to retry with another."""
    cipher = _cipher(session)
    values = _seal_request(cipher, request.model_dump()) if cipher else request.model_dump()
    async with session.begin_nested():
        await session.exec(insert(_ADVICE).values(**values))  # type: ignore[call-overload]
    return request


async def get_advice(*, session: AsyncSession, case_code: str) -> AdviceRequest | None:
    stmt = select(AdviceRequest).where(AdviceRequest.case_code == case_code)
    row = (await session.exec(stmt)).first()
    return _plain_request(session, row) if row else None


async def get_advice_by_post(*, session: AsyncSession, channel_id: str, message_ts: str) -> AdviceRequest | None:
    stmt = select(AdviceRequest).where(AdviceRequest.channel_id == channel_id, AdviceRequest.message_ts == message_ts)
    row = (await session.exec(stmt)).first()
    return _plain_request(session, row) if row else None


def _asked_during(conversation_id: Any) -> tuple[Any, ...]:
    """Advice asked during a conversation: drafts never left the asker."""
    return AdviceRequest.conversation_id == conversation_id, AdviceRequest.status != "draft"


async def advice_for_conversation(*, session: AsyncSession, conversation_id: str) -> Sequence[AdviceRequest]:
    stmt = select(AdviceRequest).where(*_asked_during(conversation_id)).order_by(col(AdviceRequest.created_at))
    return [_plain_request(session, row) for row in (await session.exec(stmt)).all()]


_ADVICE_ASKED = (
    select(_ADVICE.c.id, _ADVICE.c.case_code, _ADVICE.c.text)
    .where(*_asked_during(bindparam("conversation_id")))
    .where(_ADVICE.c.status != "refused", _ADVICE.c.message_ts.is_not(None))
    .order_by(_ADVICE.c.created_at)
)
_MESSAGES = AdviceMessage.__table__  # type: ignore[attr-defined]
_ADVICE_REPLIES = (
    select(_MESSAGES.c.id, _MESSAGES.c.request_id, _MESSAGES.c.text)
    .where(_MESSAGES.c.request_id.in_(bindparam("ids", expanding=True)), _MESSAGES.c.from_asker.is_(False))
    .order_by(_MESSAGES.c.id)
)


def advice_asked(connection: Connection, *, cipher: FieldCipher | None, conversation_id: str) -> list[dict[str, Any]]:
    """The advice consulted during a conversation, for its record: each request that
    was posted, as {case_code, question (the approved, redacted text), replies}
    (synchronous, as `open_conversation_row`)."""
    asked = connection.execute(_ADVICE_ASKED, {"conversation_id": conversation_id}).all()
    if not asked:
        return []

    def plain(row: Any, table: str) -> str:
        if cipher is None:
            return str(row.text)
        return str(cipher.open_columns({"text": row.text}, ("text",), table=table, row=row.id)["text"])

    replies: dict[str, list[str]] = {row.id: [] for row in asked}
    for row in connection.execute(_ADVICE_REPLIES, {"ids": list(replies)}):
        replies[row.request_id].append(plain(row, "advicemessage"))
    return [
        {"case_code": row.case_code, "question": plain(row, "advicerequest"), "replies": replies[row.id]}
        for row in asked
    ]


async def advice_messages(*, session: AsyncSession, request_id: str) -> Sequence[AdviceMessage]:
    stmt = select(AdviceMessage).where(AdviceMessage.request_id == request_id).order_by(col(AdviceMessage.id))
    return [_plain_message(session, row) for row in (await session.exec(stmt)).all()]


async def add_advice_message(*, session: AsyncSession, message: AdviceMessage) -> AdviceMessage:
    """Insert a message. With RECORD_KEY its text and author are bound to its row id,
    known only once inserted: the row goes in with both empty, then gets them encrypted,
    in the same transaction (the plain text is never written, not even for a moment)."""
    cipher = _cipher(session)
    if cipher is None:
        session.add(message)
        await session.flush()
        return message
    plain = message.model_dump()
    values = {**plain, **dict.fromkeys(ADVICE_MESSAGE_FIELDS, "")}
    values.pop("id", None)
    connection = await session.connection()
    result = await connection.execute(insert(_MESSAGES).values(**values).returning(_MESSAGES.c.id))
    message_id = result.scalar_one()
    sealed = cipher.seal_columns(plain, ADVICE_MESSAGE_FIELDS, table="advicemessage", row=message_id)
    await connection.execute(
        update(_MESSAGES).where(_MESSAGES.c.id == message_id).values({k: sealed[k] for k in ADVICE_MESSAGE_FIELDS})
    )
    return AdviceMessage(**{**plain, "id": message_id})


def _due(asked_before: datetime) -> tuple[Any, ...]:
    return (
        AdviceRequest.status == "open",
        col(AdviceRequest.answered_at).is_(None),
        col(AdviceRequest.escalated_at).is_(None),
        col(AdviceRequest.message_ts).is_not(None),
        AdviceRequest.created_at < asked_before,
    )


async def advice_due_for_escalation(*, session: AsyncSession, asked_before: datetime) -> Sequence[AdviceRequest]:
    stmt = select(AdviceRequest).where(*_due(asked_before))
    return [_plain_request(session, row) for row in (await session.exec(stmt)).all()]


async def escalate_advice(*, session: AsyncSession, asked_before: datetime, now: datetime) -> list[AdviceRequest]:
    """The requests due for escalation, each marked escalated at `now` (once)."""
    due = list(await advice_due_for_escalation(session=session, asked_before=asked_before))
    if due:
        ids = [row.id for row in due]
        await session.exec(update(AdviceRequest).where(col(AdviceRequest.id).in_(ids)).values(escalated_at=now))  # type: ignore[call-overload]
        for row in due:
            row.escalated_at = now
    return due


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
    """Re-encrypt every record's free text with the first key of RECORD_KEY, bound to
    its record and field (`enc:v2:`): values under an older key, values of the earlier
    format (`enc:v1:`, bound to the key id only) and plain text written before a key
    was set are all rewritten. Only ciphertext changes: the plain text, and so the hash
    chain, stay the same.
    """
    cipher = _cipher(session)
    if cipher is None:
        raise RecordKeyError("RECORD_KEY is not set")
    done = 0
    async for row in iter_records(session=session, raw=True):
        sealed = _seal_record(cipher, _open_record(cipher, row.model_dump(), allow_plain=True))
        for name in (*TEXT_FIELDS, "answers"):
            setattr(row, name, sealed[name])
        done += 1
        if progress and done % 100 == 0:
            progress(done)
    await session.flush()
    return done


@dataclass(frozen=True)
class Rekeyed:
    conversations: int
    advice_requests: int
    advice_messages: int


async def rekey_others(*, session: AsyncSession, batch: int = 500) -> Rekeyed:
    """`rekey` for conversations' answers, advice requests (who asked, their DM, the
    question, and the lookup digest of who asked) and advice messages."""
    cipher = _cipher(session)
    if cipher is None:
        raise RecordKeyError("RECORD_KEY is not set")
    connection = await session.connection()
    counts = []
    for table, key_column, rewrite in (
        (_CONVERSATIONS, _CONVERSATIONS.c.id, _rekeyed_conversation),
        (_ADVICE, _ADVICE.c.id, _rekeyed_request),
        (_MESSAGES, _MESSAGES.c.id, _rekeyed_message),
    ):
        done, last = 0, None
        while True:
            stmt = select(table).order_by(key_column).limit(batch)
            if last is not None:
                stmt = stmt.where(key_column > last)
            rows = [dict(r._mapping) for r in (await connection.execute(stmt)).all()]
            for row in rows:
                values = rewrite(cipher, row)
                await connection.execute(update(table).where(key_column == row[key_column.name]).values(**values))
            done += len(rows)
            if len(rows) < batch:
                break
            last = rows[-1][key_column.name]
        counts.append(done)
    return Rekeyed(*counts)


def _rekeyed_conversation(cipher: FieldCipher, row: dict[str, Any]) -> dict[str, Any]:
    answers = _open_answers(cipher, row["id"], row["answers"], allow_plain=True)
    return {"answers": _seal_answers(cipher, row["id"], answers)}


def _rekeyed_request(cipher: FieldCipher, row: dict[str, Any]) -> dict[str, Any]:
    plain = _open_request(cipher, row, allow_plain=True)
    sealed = _seal_request(cipher, plain)
    return {name: sealed[name] for name in (*ADVICE_REQUEST_FIELDS, "asker_index")}


def _rekeyed_message(cipher: FieldCipher, row: dict[str, Any]) -> dict[str, Any]:
    plain = cipher.open_columns(row, ADVICE_MESSAGE_FIELDS, table="advicemessage", row=row["id"], allow_plain=True)
    sealed = cipher.seal_columns(plain, ADVICE_MESSAGE_FIELDS, table="advicemessage", row=row["id"])
    return {name: sealed[name] for name in ADVICE_MESSAGE_FIELDS}


async def advice_by_asker(*, session: AsyncSession, asker_id: str, limit: int = 10) -> Sequence[AdviceRequest]:
    cipher = _cipher(session)
    # With a key, by the keyed digest of who asked, under every key (rows not yet rekeyed).
    who = col(AdviceRequest.asker_index).in_(cipher.indexes(asker_id)) if cipher else AdviceRequest.asker_id == asker_id
    stmt = (
        select(AdviceRequest)
        .where(who, col(AdviceRequest.message_ts).is_not(None))
        .order_by(col(AdviceRequest.created_at).desc())
        .limit(limit)
    )
    return [_plain_request(session, row) for row in (await session.exec(stmt)).all()]


async def open_advice(*, session: AsyncSession, limit: int = 10) -> Sequence[AdviceRequest]:
    stmt = (
        select(AdviceRequest)
        .where(AdviceRequest.status == "open", col(AdviceRequest.message_ts).is_not(None))
        .order_by(col(AdviceRequest.created_at))
        .limit(limit)
    )
    return [_plain_request(session, row) for row in (await session.exec(stmt)).all()]


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
    key = _chain_key(session)
    mac = anchor_mac(key, last.seq, last.hash) if key else None
    anchor = await session.get(ChainAnchor, 1)
    if anchor is None:
        session.add(ChainAnchor(id=1, seq=last.seq, hash=last.hash, mac=mac))
    else:
        anchor.seq, anchor.hash, anchor.purged_at, anchor.mac = last.seq, last.hash, utcnow(), mac
    await session.exec(delete(DecisionRecord).where(col(DecisionRecord.seq) <= last.seq))  # type: ignore[call-overload]
    await session.flush()
    return [row.reference for row in doomed]


async def purge_advice(*, session: AsyncSession, before: datetime, batch: int = 500) -> tuple[int, int]:
    """Delete up to `batch` advice requests asked before `before` that nothing kept still
    points to (asked outside a decision, or during a conversation that is gone and left
    no record that is kept), with their messages; returns how many of each (call again
    until none)."""
    conversation_kept = (
        select(Conversation.id).where(Conversation.id == AdviceRequest.conversation_id).exists()  # type: ignore[arg-type]
    )
    record_kept = (
        select(DecisionRecord.seq).where(DecisionRecord.conversation_id == AdviceRequest.conversation_id).exists()
    )
    stmt = (
        select(AdviceRequest.id)
        .where(AdviceRequest.created_at < before, ~conversation_kept, ~record_kept)
        .order_by(col(AdviceRequest.created_at))
        .limit(batch)
    )
    ids = list((await session.exec(stmt)).all())
    if not ids:
        return 0, 0
    messages = await session.exec(delete(AdviceMessage).where(col(AdviceMessage.request_id).in_(ids)))  # type: ignore[call-overload]
    await session.exec(delete(AdviceRequest).where(col(AdviceRequest.id).in_(ids)))  # type: ignore[call-overload]
    return len(ids), messages.rowcount


async def purge_events(*, session: AsyncSession, before: datetime, batch: int = 5000) -> int:
    """Delete up to `batch` processed Slack event ids received before `before` (Slack
    retries an event for minutes, not days); returns how many."""
    stmt = select(ProcessedEvent.event_id).where(ProcessedEvent.received_at < before).limit(batch)
    ids = list((await session.exec(stmt)).all())
    if ids:
        await session.exec(delete(ProcessedEvent).where(col(ProcessedEvent.event_id).in_(ids)))  # type: ignore[call-overload]
    return len(ids)
