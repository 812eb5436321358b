"""Retention: purge old conversations and records, audited, with the chain still verifiable."""

import uuid
from datetime import timedelta

from sqlalchemy import text

from flows.records import purge, verify
from storage import repository as repo
from storage.models import Conversation, utcnow
from tests.storage.test_records import append


async def audit_rows(db):
    async with db() as session:
        return [(a.action, a.reference, a.detail) for a in await repo.audit_events(session=session)]


async def test_records_past_retention_go_oldest_first_and_the_chain_still_verifies(db):
    first, second, third = [await append(db, n) for n in range(3)]
    age = timedelta(days=365)
    result = await purge(db=db, now=third.created_at + age, conversation_age=timedelta(days=30), record_age=age)
    assert result.records == [first.reference, second.reference]
    async with db() as session:
        assert await repo.get_record(session=session, reference=first.reference) is None
        assert (await repo.get_record(session=session, reference=third.reference)) is not None
    check = await verify(db=db)
    assert check.ok and check.checked == 1
    rows = await audit_rows(db)
    assert ("purge", first.reference, "record past retention") in rows and len(rows) == 2
    # a later record changed behind the app's back is still caught after a purge
    async with db() as session, session.begin():
        await session.exec(text("UPDATE decisionrecord SET reasons = 'edited'"))
    assert (await verify(db=db)).broken_reference == third.reference


async def test_no_record_retention_keeps_every_record(db):
    await append(db, 1)
    result = await purge(db=db, now=utcnow() + timedelta(days=9999), conversation_age=timedelta(days=30),
                         record_age=None)  # fmt: skip
    assert result.records == [] and (await verify(db=db)).checked == 1


async def test_old_conversations_are_purged_in_batches_with_progress(db):
    async with db() as session, session.begin():
        for n in range(620):
            session.add(Conversation(id=uuid.uuid4().hex, team_id="T1", user_id=f"U{n}", state="purpose",
                                     status="cancelled" if n % 2 else "active", flow_version="x"))  # fmt: skip
        session.add(Conversation(id="recent", team_id="T1", user_id="UNEW", state="emergency", flow_version="x"))
    async with db() as session, session.begin():
        await session.exec(text("UPDATE conversation SET updated_at = :t WHERE id != 'recent'"),
                           params={"t": utcnow() - timedelta(days=40)})  # fmt: skip
    seen = []
    result = await purge(db=db, now=utcnow(), conversation_age=timedelta(days=30), record_age=None,
                         progress=seen.append)  # fmt: skip
    assert result.conversations == 620 and seen == ["500 conversations", "620 conversations"]
    async with db() as session:
        assert await repo.get_open_conversation(session=session, team_id="T1", user_id="UNEW") is not None
    assert [r for r in await audit_rows(db) if r[0] == "purge"] == [
        ("purge", None, "500 conversations"), ("purge", None, "120 conversations")]  # fmt: skip
