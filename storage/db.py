"""Async engine and session factory for SQLite (default) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

import aiosqlite
from sqlalchemy import create_engine, event
from sqlalchemy.engine import AdaptedConnection, Engine
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool
from sqlalchemy.util import greenlet_spawn
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.chain import CHAIN_KEY_OPTION
from storage.crypto import FieldCipher
from storage.pool import FairQueuePool

T = TypeVar("T")

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./infoshare.db"


def make_engine(url: str = DEFAULT_DATABASE_URL) -> AsyncEngine:
    """Build the engine for `url`.

    SQLite allows one writer at a time and, when two collide, makes the loser sleep and
    retry (up to 100 ms a time): under load that is most of the latency. So a file
    database gets one pooled connection, and transactions queue for it in the event
    loop instead. An in-memory
    database lives only as long as its one connection (StaticPool). PostgreSQL gets a
    normal pool. SQLite serves one process; several instances need PostgreSQL.
    """
    if url.startswith("sqlite"):
        memory = ":memory:" in url or url.rstrip("/").endswith("sqlite+aiosqlite:")
        kwargs: dict = {"connect_args": {"timeout": 30}}
        if memory:
            kwargs["poolclass"] = StaticPool
        else:
            # No rollback when the connection comes back: every user ends its own
            # transaction (a Connection or Session rolls back or commits before it returns
            # the connection, `_on_sqlite_thread`'s job on the sqlite3 connection itself),
            # and the pool's extra one was another hand-off to aiosqlite's thread per use.
            kwargs.update(
                poolclass=FairQueuePool, pool_size=1, max_overflow=0, pool_timeout=60, pool_reset_on_return=None
            )
        engine = create_async_engine(url, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if not memory:
                # WAL with synchronous=NORMAL: a commit survives a crash of the process
                # (tested with SIGKILL), not necessarily a power cut; use PostgreSQL in production.
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    # Twenty connections kept, none opened beyond: with ten and ten more on demand, a
    # busy minute closed and reopened dozens (each a TCP handshake, authentication and
    # the driver's type set-up) as the load dipped and rose again.
    engine = create_async_engine(url, poolclass=FairQueuePool, pool_size=20, max_overflow=0)
    _ping_when_idle(engine)
    return engine


# A pooled connection unused for this long is checked before use.
IDLE_PING_SECONDS = 2.0


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Check a pooled connection before use only if it has sat idle, so a database
    restart during a quiet spell is absorbed without anyone seeing an error.

    SQLAlchemy's `pool_pre_ping` checks on every checkout, which on asyncpg is three
    round trips (BEGIN, a ping, ROLLBACK) and was about a quarter of the database work
    of an answer. Under load a connection is idle for milliseconds, so it is rarely
    pinged; a connection that breaks mid-use invalidates the whole pool (SQLAlchemy's
    disconnect handling), and `flows.decisions` retries an answer's first read once.
    """

    @event.listens_for(engine.sync_engine, "checkin")
    def _idle_from(_dbapi_conn, record):  # pragma: no cover - trivial
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _ping_if_idle(dbapi_conn, record, _proxy):
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < IDLE_PING_SECONDS:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # any failure: replace this and every pooled connection
            raise InvalidatePoolError("idle connection failed its ping") from exc


async def run_in_transaction(db: async_sessionmaker[AsyncSession], work: Callable[..., T], *args: Any) -> T:
    """Run `work(connection, *args)`, written synchronously, in one transaction and in
    as few hand-offs as the driver allows: on PostgreSQL in one greenlet (`run_sync`),
    not one per statement; on a SQLite file as one job on the thread that owns the one
    connection (see `_on_sqlite_thread`)."""
    engine: AsyncEngine = db.kw["bind"]
    options = {CHAIN_KEY_OPTION: chain_key_of(db)}
    if engine.dialect.name == "sqlite" and not isinstance(engine.pool, StaticPool):
        return await greenlet_spawn(_on_sqlite_thread, engine.sync_engine, options, work, *args)
    async with engine.begin() as connection:  # PostgreSQL, or SQLite in memory (a shared connection)
        await connection.execution_options(**options)
        return await connection.run_sync(work, *args)


async def run_single_writes(db: async_sessionmaker[AsyncSession], work: Callable[..., T], *args: Any) -> T:
    """Run `work(connection, *args)`, a read followed by one compare-and-set write.

    On PostgreSQL without a transaction: each statement commits on its own (no BEGIN
    or COMMIT round trips), and the write's version check is what makes the pair safe.
    On SQLite, where a transaction costs nothing extra, as `run_in_transaction`.
    """
    engine: AsyncEngine = db.kw["bind"]
    if engine.dialect.name != "postgresql":
        return await run_in_transaction(db, work, *args)
    async with engine.connect() as connection:
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        return await connection.run_sync(work, *args)


def _on_sqlite_thread(engine: Engine, options: dict[str, Any], work: Callable[..., T], *args: Any) -> T:
    """Take the one connection, then run `work` on aiosqlite's own thread as one job, over
    a synchronous SQLAlchemy connection to the same sqlite3 connection.

    Through the async driver each statement is four hand-offs between the event loop
    and aiosqlite's thread (cursor, execute, fetch, close), and each waits for the
    loop to come round: under load the one connection was held for several
    milliseconds for well under one of SQLite's work, and every other answer queued
    behind it. As one job it is held only while SQLite works. This is safe because
    the checkout holds the pool's only connection, so nothing else is using it
    meanwhile. Run in one greenlet (`greenlet_spawn`), checkout and return included, as
    `AsyncConnection` would take three and a task. `_execute` queues a job on
    aiosqlite's thread and `_conn` is its sqlite3 connection: the queue and `_conn` are
    what SQLAlchemy's own aiosqlite adapter uses to set the isolation level, so they
    cannot change under us unnoticed (the whole suite runs through here).
    """
    with engine.connect() as checkout:  # first come, first served (FairQueuePool)
        pooled = checkout.connection
        driver = cast(aiosqlite.Connection, pooled.driver_connection)
        direct = pooled.info.get("direct")
        if direct is None:  # one per connection, dropped with it (the record's info)
            direct = pooled.info["direct"] = create_engine(
                "sqlite://", creator=lambda: driver._conn, poolclass=StaticPool
            )

        def job() -> T:
            with direct.begin() as connection:
                connection.execution_options(**options)
                return work(connection, *args)

        adapted = cast(AdaptedConnection, pooled.dbapi_connection)
        return adapted.run_async(lambda aio: aio._execute(job))


def cipher_of(db: async_sessionmaker[AsyncSession]) -> FieldCipher | None:
    """The cipher sessions from `db` carry (see `make_sessionmaker`), for work done
    on a plain connection."""
    return (db.kw.get("info") or {}).get("cipher")


def chain_key_of(db: async_sessionmaker[AsyncSession]) -> bytes | None:
    return (db.kw.get("info") or {}).get("chain_key")


def make_sessionmaker(
    engine: AsyncEngine, cipher: FieldCipher | None = None, chain_key: bytes | None = None
) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded rows usable after commit (we hand them to renderers).

    With a cipher (RECORD_KEY), free text is encrypted on write and decrypted on read by
    the repository functions, which find it in `session.info`; with a chain key
    (CHAIN_KEY), records are hashed with HMAC-SHA256 under it (`storage.chain`).
    """
    info = {"cipher": cipher, "chain_key": chain_key}
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False, info=info)
