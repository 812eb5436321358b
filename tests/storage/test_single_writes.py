"""An answer's read and write run in one piece (storage.db.run_single_writes): on a
SQLite file as one job on aiosqlite's own thread, in one transaction; on PostgreSQL in
one greenlet on the event loop's thread."""

import threading

import pytest
from sqlalchemy import insert, select

from storage.db import run_single_writes
from storage.models import ProcessedEvent, utcnow

EVENTS = ProcessedEvent.__table__  # type: ignore[attr-defined]


def claim(connection, event_id: str, fail: bool = False) -> str:  # noqa: ANN001
    connection.execute(insert(EVENTS), {"event_id": event_id, "received_at": utcnow()})
    if fail:
        raise RuntimeError("after the write")
    return threading.current_thread().name


async def claimed(db) -> list[str]:  # noqa: ANN001
    async with db() as session:
        connection = await session.connection()
        return list((await connection.execute(select(EVENTS.c.event_id).order_by(EVENTS.c.event_id))).scalars())


async def test_the_work_runs_in_one_piece_and_commits(db):
    thread = await run_single_writes(db, claim, "Ev1")
    on_loop = thread == threading.current_thread().name
    assert on_loop is (db.kw["bind"].dialect.name == "postgresql"), thread
    assert await claimed(db) == ["Ev1"]


async def test_work_that_fails_leaves_nothing_behind_and_the_connection_usable(db_url, db):
    if db_url.startswith("postgresql"):
        pytest.skip("on PostgreSQL each statement commits on its own; the version check keeps answers safe")
    with pytest.raises(RuntimeError):
        await run_single_writes(db, claim, "Ev1", True)
    assert await claimed(db) == []
    await run_single_writes(db, claim, "Ev2")
    async with db() as session, session.begin():  # the async driver finds no transaction left open
        connection = await session.connection()
        await connection.execute(insert(EVENTS), {"event_id": "Ev3", "received_at": utcnow()})
    assert await claimed(db) == ["Ev2", "Ev3"]


async def test_a_session_left_uncommitted_is_rolled_back_before_the_next_job(db):
    """The SQLite pool does no rollback of its own when a connection comes back: the
    session's connection must end what it began."""
    async with db() as session:
        connection = await session.connection()
        await connection.execute(insert(EVENTS), {"event_id": "Ev1", "received_at": utcnow()})
    await run_single_writes(db, claim, "Ev2")
    assert await claimed(db) == ["Ev2"]
