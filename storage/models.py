"""SQLModel tables.

Conversations hold a decision in progress (state, answers, a version for
compare-and-set). Decision records are append-only rows in a SHA-256 hash chain, so an
auditor can tell when a row was changed behind the application's back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC timestamps; SQLModel stores them as UTC on SQLite and PostgreSQL alike."""
    return datetime.now(UTC)


class Conversation(SQLModel, table=True):
    """One practitioner's decision dialogue, saved after every answer.

    `version` rises by one on every change and is checked on write, so two events for
    the same conversation (a double click, two instances) cannot both apply. Versions
    keep rising across one user's conversations, so a button left in an old, finished
    conversation can never match the current one.
    """

    id: str = Field(primary_key=True, max_length=32)
    team_id: str = Field(index=True, max_length=32)
    user_id: str = Field(index=True, max_length=32)
    channel_id: str | None = Field(default=None, max_length=32)
    status: str = Field(default="active", index=True, max_length=16)
    state: str = Field(max_length=64)
    paused_at: str | None = Field(default=None, max_length=64)
    path: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    version: int = Field(default=1)
    flow_version: str = Field(max_length=64)
    record_reference: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DecisionRecord(SQLModel, table=True):
    """The final decision and its reasons, never updated once written.

    `prev_hash` is unique: two writers racing to extend the chain from the same head
    cannot both succeed, so the chain stays a single line without table locks.
    """

    __table_args__ = (UniqueConstraint("prev_hash", name="uq_decisionrecord_prev_hash"),)

    seq: int = Field(primary_key=True)
    reference: str = Field(unique=True, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    decided_by: str = Field(index=True, max_length=32)
    team_id: str = Field(max_length=32)
    conversation_id: str | None = Field(default=None, max_length=32)
    flow_version: str = Field(max_length=64)
    outcome: str = Field(max_length=32)
    recommended_outcome: str = Field(max_length=32)
    override_reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    route: str = Field(default="", max_length=32)
    grounds: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    inform_family: str = Field(max_length=32)
    consent: str = Field(max_length=32)
    consent_from: str | None = Field(default=None, max_length=32)
    risks: dict[str, bool] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    lawful_basis: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    purpose: str = Field(default="", sa_column=Column(Text, nullable=False))
    shared_what: str = Field(default="", sa_column=Column(Text, nullable=False))
    shared_with: str = Field(default="", sa_column=Column(Text, nullable=False))
    method: str = Field(default="", sa_column=Column(Text, nullable=False))
    reasons: str = Field(default="", sa_column=Column(Text, nullable=False))
    child_views: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    authorised_by: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False, server_default="{}")
    )
    exception: str = Field(default="", sa_column=Column(Text, nullable=False))
    review_point: str = Field(default="", sa_column=Column(Text, nullable=False))
    case_ref: str = Field(default="", sa_column=Column(Text, nullable=False))
    # Version 2: each {case_code, question, replies}; records made before hold case codes.
    advice: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    amends: str | None = Field(default=None, index=True, max_length=32)
    amendment_reason: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class ProcessedEvent(SQLModel, table=True):
    """Slack event ids already applied, claimed in the same transaction as the change
    they caused, so a retried event (X-Slack-Retry-Num) can never apply twice."""

    event_id: str = Field(primary_key=True, max_length=64)
    received_at: datetime = Field(default_factory=utcnow, index=True)


class AdviceRequest(SQLModel, table=True):
    """A question asked of colleagues without naming anyone.

    `asker_id` never leaves the server: what the advice channel sees is the case code and
    the approved, redacted text. `decision_so_far` holds only the choice answers (ids),
    never free text.
    """

    id: str = Field(primary_key=True, max_length=32)
    case_code: str = Field(unique=True, max_length=8)
    team_id: str = Field(max_length=32)
    # With RECORD_KEY, encrypted (as are `asker_channel` and `text`), and found by
    # `asker_index`, a keyed digest of the team and user ids (`FieldCipher.index`).
    asker_id: str = Field(index=True, max_length=255)
    asker_channel: str | None = Field(default=None, max_length=255)
    asker_index: str | None = Field(default=None, index=True, max_length=96)
    conversation_id: str | None = Field(default=None, index=True, max_length=32)
    stage: str | None = Field(default=None, max_length=64)
    decision_so_far: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    text: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default="open", index=True, max_length=16)
    channel_id: str | None = Field(default=None, max_length=32)
    message_ts: str | None = Field(default=None, index=True, max_length=32)
    created_at: datetime = Field(default_factory=utcnow)
    answered_at: datetime | None = None
    escalated_at: datetime | None = None
    resolved_at: datetime | None = None


class AdviceMessage(SQLModel, table=True):
    """One message in an advice conversation: an advisor's reply or the asker's answer."""

    id: int | None = Field(default=None, primary_key=True)
    request_id: str = Field(index=True, max_length=32)
    from_asker: bool
    author_id: str = Field(max_length=255)  # with RECORD_KEY, encrypted, as is `text`
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """Who read, posted, amended or purged which record, where and when. Append-only."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor_id: str = Field(max_length=64)
    action: str = Field(max_length=16)  # read | post | amend | purge | refused
    reference: str | None = Field(default=None, index=True, max_length=32)
    place: str = Field(default="", max_length=64)  # a channel id, "dm", "cli"
    detail: str = Field(default="", max_length=200)  # our own words, never user text


class ChainAnchor(SQLModel, table=True):
    """Where the chain now starts, after `purge` removed its oldest records: verify
    continues from the last removed record's number and hash."""

    id: int = Field(default=1, primary_key=True)
    seq: int
    hash: str = Field(max_length=64)
    purged_at: datetime = Field(default_factory=utcnow)
    # HMAC of seq and hash under CHAIN_KEY (`storage.chain.anchor_mac`), so a row put
    # here by hand to hide deleted records is found; None when purged without CHAIN_KEY.
    mac: str | None = Field(default=None, max_length=64)
