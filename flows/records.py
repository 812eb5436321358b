"""Decision records for operators: export and chain verification.

Lives in flows so the CLI (bot) reaches storage only through here, as the layering asks.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flows.advice import claim_in
from flows.decisions import Db, guard_database
from flows.errors import DecisionError, NotSaved
from flows.outcome import Outcome
from storage import repository as repo
from storage.errors import ChainContention
from storage.models import DecisionRecord

# The contract fields of DESIGN.md first, in its order; more follow.
EXPORT_FIELDS = (
    "reference", "created_at", "decided_by", "team_id", "flow_version", "outcome",
    "recommended_outcome", "override_reason", "route", "grounds", "inform_family", "consent", "consent_from",
    "risks", "lawful_basis", "purpose", "shared_what", "shared_with", "method", "reasons", "child_views",
    "authorised_by", "exception", "review_point", "case_ref", "advice", "answers", "amends", "amendment_reason",
    "prev_hash", "hash",
)  # fmt: skip


def as_export(record: DecisionRecord) -> dict[str, Any]:
    data = record.model_dump()
    out = {name: data[name] for name in EXPORT_FIELDS}
    out["created_at"] = record.created_at.isoformat().replace("+00:00", "Z")
    return out


async def iter_export(*, db: Db, since: datetime | None = None) -> AsyncIterator[dict[str, Any]]:
    async with db() as session:
        async for record in repo.iter_records(session=session):
            if since is None or record.created_at >= since:
                yield as_export(record)


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection):
# such a cell is written with a single quote in front, as OWASP advises, so it shows as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: lists and objects as JSON, and never a formula."""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


async def export(*, db: Db, fmt: str = "json", since: datetime | None = None) -> str:
    rows = [row async for row in iter_export(db=db, since=since)]
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(EXPORT_FIELDS))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return buf.getvalue()


async def verify(*, db: Db, anchor: repo.ChainHead | None = None) -> repo.ChainCheck:
    """Check the chain; with `anchor` (from `chain_anchor`, kept outside the database),
    also that nothing up to it was removed or rewritten."""
    async with db() as session:
        return await repo.verify_chain(session=session, anchor=anchor)


async def chain_anchor(*, db: Db) -> tuple[repo.ChainCheck, repo.ChainHead]:
    """The chain's head, for the operator to keep elsewhere, and the check of the chain
    it heads (an anchor is worth keeping only for a chain that verifies)."""
    async with db() as session:
        return await repo.verify_chain(session=session), await repo.chain_head(session=session)


# -- reading, posting and amending records: who may, and the audit of each -------------

PAGE = 10
AMENDABLE = ("outcome", "reasons", "shared_what", "shared_with", "method", "inform_family")


class RecordError(DecisionError):
    user_message = "I can't find a record with that reference that you may see."


# What a record reference looks like (storage: ISR-<year>-<seq, six digits or more>). The
# audit keeps a typed reference only when it has this shape: anything else someone typed
# (names, phone numbers) is stored as "invalid", never as typed.
REFERENCE = re.compile(r"ISR-\d{4}-\d{6,12}")
PLACE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def audit_reference(reference: str | None) -> str | None:
    reference = (reference or "").strip().upper()
    if not reference:
        return None
    return reference if REFERENCE.fullmatch(reference) else "invalid"


def audit_place(place: str) -> str:
    return place if PLACE.fullmatch(place) else "invalid"


def may_see(record: DecisionRecord, user_id: str, leads: frozenset[str], team_id: str) -> bool:
    """Only the record's author and the safeguarding leads, and only from the workspace
    the record was made in: the same user id from another team is someone else."""
    return record.team_id == team_id and (record.decided_by == user_id or user_id in leads)


async def audit(*, db: Db, actor_id: str, action: str, reference: str | None, place: str, detail: str = "") -> None:
    async with guard_database(), db() as session, session.begin():
        await repo.add_audit(
            session=session, actor_id=actor_id, action=action, reference=audit_reference(reference),
            place=audit_place(place), detail=detail,
        )  # fmt: skip


async def open_record(
    *, db: Db, reference: str, user_id: str, team_id: str, leads: frozenset[str], place: str
) -> DecisionRecord:
    """A record the user may see (the newest version of it), with the read audited.

    The same refusal whether it does not exist or is someone else's, so references
    cannot be probed; the refusal is audited too.
    """
    reference = reference.strip().upper()
    async with guard_database(), db() as session, session.begin():
        record = await repo.latest_version(session=session, reference=reference) if reference else None
        allowed = record is not None and may_see(record, user_id, leads, team_id)
        await repo.add_audit(
            session=session, actor_id=user_id, action="read" if allowed else "refused",
            reference=audit_reference(reference), place=audit_place(place),
            detail="" if allowed else "not found or not theirs",
        )  # fmt: skip
    if not allowed or record is None:
        raise RecordError()
    return record


async def my_records(
    *, db: Db, user_id: str, team_id: str, page: int = 0, size: int = PAGE
) -> tuple[list[DecisionRecord], int]:
    """One page of a user's records in this workspace, newest first, and how many there are in all."""
    async with guard_database(), db() as session:
        total = await repo.count_records(session=session, decided_by=user_id, team_id=team_id)
        rows = await repo.page_records(
            session=session, decided_by=user_id, team_id=team_id, offset=max(page, 0) * size, limit=size
        )
    return list(rows), total


async def month_counts(*, db: Db, now: datetime) -> dict[str, int]:
    since = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    async with guard_database(), db() as session:
        return await repo.outcome_counts(session=session, since=since)


async def amend(
    *,
    db: Db,
    reference: str,
    user_id: str,
    team_id: str,
    leads: frozenset[str],
    changes: dict[str, Any],
    reason: str,
    place: str,
    claim: str | None = None,
) -> DecisionRecord:
    """A new version of a record, linked to it and inside the same hash chain; the record
    itself is never changed. Refused without a reason or for someone else's record.

    `claim` (a key made from the modal submission) is claimed in the amendment's own
    transaction, so the same submission replayed writes nothing more: AlreadyApplied.
    """
    reason = (reason or "").strip()
    if not reason:
        raise RecordError("Please say why you are amending the record. Nothing was changed.")
    if len(reason) > 3000:
        raise RecordError("Your reason is longer than 3,000 characters. Nothing was changed.")
    unknown = set(changes) - set(AMENDABLE)
    if unknown:
        raise RecordError("Only the outcome, reasons and what was shared, with whom and how can be amended.")
    if "outcome" in changes and changes["outcome"] not in {str(o) for o in Outcome}:
        raise RecordError("That is not an outcome. Nothing was changed.")
    current = await open_record(db=db, reference=reference, user_id=user_id, team_id=team_id, leads=leads, place=place)
    if not may_see(current, user_id, leads, team_id):
        raise RecordError()
    for _ in range(8):
        try:
            async with guard_database(), db() as session, session.begin():
                await claim_in(session, claim)
                fields = current.model_dump(exclude={"seq", "reference", "created_at", "prev_hash", "hash"})
                fields.update({k: (v.strip() if isinstance(v, str) else v) for k, v in changes.items()})
                fields.update(amends=current.reference, amendment_reason=reason, decided_by=current.decided_by)
                record = await repo.append_record(session=session, fields=fields)
                await repo.add_audit(
                    session=session, actor_id=user_id, action="amend", reference=current.reference, place=place,
                    detail=f"amended by {record.reference}",
                )  # fmt: skip
                return record
        except ChainContention:
            continue
    raise NotSaved()


@dataclass(frozen=True)
class Rekeyed:
    records: int
    others: repo.Rekeyed


async def rekey(*, db: Db, progress: Any = None) -> Rekeyed:
    """Key rotation: re-encrypt every record, conversation and advice request and message
    with the first key of RECORD_KEY, each value bound to its row and field."""
    async with guard_database(), db() as session, session.begin():
        count = await repo.rekey(session=session, progress=progress)
        others = await repo.rekey_others(session=session)
        await repo.add_audit(session=session, actor_id="operator", action="rekey", reference=None, place="cli",
                             detail=f"{count} records re-encrypted")  # fmt: skip
        return Rekeyed(count, others)


# Slack retries an event for minutes; an event id is kept this long to catch a retry.
EVENT_RETENTION = timedelta(days=3)


@dataclass(frozen=True)
class Purged:
    conversations: int
    records: list[str]
    advice_requests: int = 0
    advice_messages: int = 0
    events: int = 0


async def purge(
    *, db: Db, now: datetime, conversation_age: timedelta, record_age: timedelta | None, progress: Any = None
) -> Purged:
    """Retention: delete conversations untouched for `conversation_age` (finished, cancelled
    or abandoned) and records older than `record_age` (oldest first, keeping the chain
    verifiable), a batch per transaction, each removal written to the audit table."""
    conversations, references = 0, []
    while True:
        async with guard_database(), db() as session, session.begin():
            n = await repo.purge_conversations(session=session, before=now - conversation_age)
            if n:
                await repo.add_audit(session=session, actor_id="operator", action="purge", reference=None,
                                     place="cli", detail=f"{n} conversations")  # fmt: skip
        conversations += n
        if progress and n:
            progress(f"{conversations} conversations")
        if not n:
            break
    while record_age is not None:
        async with guard_database(), db() as session, session.begin():
            batch = await repo.purge_records(session=session, before=now - record_age)
            for reference in batch:
                await repo.add_audit(session=session, actor_id="operator", action="purge", reference=reference,
                                     place="cli", detail="record past retention")  # fmt: skip
        references += batch
        if progress and batch:
            progress(f"{len(references)} records")
        if not batch:
            break
    # Advice goes with what it belongs to: asked outside a decision, it is kept as long as
    # a conversation; asked during one, until both the conversation and its record are gone.
    requests = messages = 0
    while True:
        async with guard_database(), db() as session, session.begin():
            n, m = await repo.purge_advice(session=session, before=now - conversation_age)
            if n:
                await repo.add_audit(session=session, actor_id="operator", action="purge", reference=None,
                                     place="cli", detail=f"{n} advice requests, {m} advice messages")  # fmt: skip
        requests, messages = requests + n, messages + m
        if progress and n:
            progress(f"{requests} advice requests")
        if not n:
            break
    events = 0
    while True:
        async with guard_database(), db() as session, session.begin():
            n = await repo.purge_events(session=session, before=now - EVENT_RETENTION)
            if n:
                await repo.add_audit(session=session, actor_id="operator", action="purge", reference=None,
                                     place="cli", detail=f"{n} processed event ids")  # fmt: skip
        events += n
        if progress and n:
            progress(f"{events} processed event ids")
        if not n:
            break
    return Purged(conversations, references, requests, messages, events)
