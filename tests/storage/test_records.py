"""Decision records: numbering, the hash chain, tamper detection, concurrent appends."""

import asyncio
import uuid

import pytest
from sqlalchemy import text

from storage import repository as repo
from storage.chain import GENESIS
from storage.db import run_in_transaction
from storage.errors import ChainContention, StaleVersion
from storage.migrate import upgrade
from storage.models import Conversation


def fields(n: int) -> dict:
    return {
        "decided_by": f"U{n}",
        "team_id": "T1",
        "flow_version": "1.test",
        "outcome": "do_not_share",
        "recommended_outcome": "do_not_share",
        "inform_family": "not_informed",
        "consent": "not_sought",
        "risks": {"child": False},
        "lawful_basis": [],
        "reasons": f"reason {n}",
        "answers": {"purpose": "no"},
    }


async def append(db, n: int):
    for _ in range(20):
        try:
            async with db() as session, session.begin():
                return await repo.append_record(session=session, fields=fields(n))
        except ChainContention:
            continue
    raise AssertionError("never appended")


async def test_chain_links_and_verifies(db):
    first, second = await append(db, 1), await append(db, 2)
    assert first.prev_hash == GENESIS and second.prev_hash == first.hash
    assert first.reference.endswith("-000001") and second.reference.endswith("-000002")
    async with db() as session:
        check = await repo.verify_chain(session=session)
    assert check.ok and check.checked == 2


async def test_a_row_changed_behind_the_apps_back_is_named(db):
    for n in range(3):
        await append(db, n)
    async with db() as session, session.begin():
        await session.exec(text("UPDATE decisionrecord SET reasons = 'edited' WHERE seq = 2"))
    async with db() as session:
        check = await repo.verify_chain(session=session)
    assert not check.ok and check.broken_reference.endswith("-000002") and "hash" in check.problem


async def test_a_deleted_row_is_found(db):
    for n in range(3):
        await append(db, n)
    async with db() as session, session.begin():
        await session.exec(text("DELETE FROM decisionrecord WHERE seq = 2"))
    async with db() as session:
        check = await repo.verify_chain(session=session)
    assert not check.ok and check.broken_reference.endswith("-000003")


async def test_concurrent_appends_keep_one_line(db):
    records = await asyncio.gather(*(append(db, n) for n in range(12)))
    assert sorted(r.seq for r in records) == list(range(1, 13))
    async with db() as session:
        check = await repo.verify_chain(session=session)
    assert check.ok and check.checked == 12


async def test_many_decisions_recorded_at_once_never_collide(db):
    """Writers queue for the chain's head rather than race for it: none has to retry."""

    async def once(n: int):
        async with db() as session, session.begin():
            return await repo.append_record(session=session, fields=fields(n))

    records = await asyncio.gather(*(once(n) for n in range(40)))
    assert sorted(r.seq for r in records) == list(range(1, 41))
    async with db() as session:
        assert (await repo.verify_chain(session=session)).checked == 40


async def test_migrations_run_twice_without_harm(db_url, db):
    from storage.db import make_engine

    engine = make_engine(db_url)
    await upgrade(engine)
    await upgrade(engine)
    await engine.dispose()
    await append(db, 1)


async def test_instances_starting_together_migrate_in_turn(db_url):
    import pytest

    from storage.db import make_engine

    if db_url.startswith("sqlite"):
        pytest.skip("SQLite serves one process; several instances need PostgreSQL")

    engines = [make_engine(db_url) for _ in range(3)]
    await asyncio.gather(*(upgrade(e) for e in engines))
    for e in engines:
        await e.dispose()


async def test_migrations_match_the_models(db_url, db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from storage.db import make_engine

    engine = make_engine(db_url)
    async with engine.connect() as conn:
        diff = await conn.run_sync(lambda c: compare_metadata(MigrationContext.configure(c), SQLModel.metadata))
    await engine.dispose()
    assert diff == []


async def test_records_written_before_a_column_was_added_still_verify(db):
    """Fields added later are hashed only when set, so older hashes still hold."""
    from storage.chain import record_hash

    record = await append(db, 1)
    fields = record.model_dump()
    assert record_hash({k: v for k, v in fields.items() if k not in ("amends", "amendment_reason")}) == record.hash


async def test_a_decision_recorded_against_a_stale_version_leaves_no_record(db):
    """The record and its conversation's write are one statement on PostgreSQL, whose
    insert runs whatever the write finds: the stale version must undo it."""
    conversation = Conversation(id=uuid.uuid4().hex, team_id="T1", user_id="U1", state="confirm", flow_version="1")
    await run_in_transaction(db, lambda c: repo.add_conversation(c, conversation=conversation))

    def record(connection, version: int):  # noqa: ANN001, ANN202
        return repo.record_decision(connection, cipher=None, fields={**fields(1), "conversation_id": conversation.id},
                                    conversation_id=conversation.id, expected_version=version,
                                    values={"state": "recorded", "status": "finished"})  # fmt: skip

    with pytest.raises(StaleVersion):
        await run_in_transaction(db, record, 7)
    async with db() as session:
        assert await repo.count_records(session=session, decided_by="U1") == 0
    saved, version = await run_in_transaction(db, record, 1)
    assert version == 2 and saved.seq == 1
    async with db() as session:
        assert (await repo.get_record(session=session, reference=saved.reference)).reasons == "reason 1"
        row = await repo.get_open_conversation(session=session, team_id="T1", user_id="U1")
    assert row is None  # finished, and it points at its record
    async with db() as session:
        connection = await session.connection()
        pointed = (await connection.execute(text("SELECT record_reference FROM conversation"))).scalar()
    assert pointed == saved.reference
