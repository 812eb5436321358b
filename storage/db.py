"""Async engine and session factory for SQLite (default) and PostgreSQL (asyncpg)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import event
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import FieldCipher
from storage.pool import FairQueuePool

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
            kwargs.update(poolclass=FairQueuePool, pool_size=1, max_overflow=0, pool_timeout=60)
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
    engine = create_async_engine(url, poolclass=FairQueuePool, pool_size=10, max_overflow=10)
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


@asynccontextmanager
async def single_writes(db: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncConnection]:
    """A connection for a read followed by one compare-and-set write, without the ORM.

    On PostgreSQL each statement commits on its own (no BEGIN or COMMIT round trips):
    the write's version check is what makes the pair safe. On SQLite, where a
    transaction costs nothing extra, they share one, committed on leaving.
    """
    engine: AsyncEngine = db.kw["bind"]
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            yield await connection.execution_options(isolation_level="AUTOCOMMIT")
    else:
        async with engine.begin() as connection:
            yield connection


def cipher_of(db: async_sessionmaker[AsyncSession]) -> FieldCipher | None:
    """The cipher sessions from `db` carry (see `make_sessionmaker`), for work done
    on a plain connection."""
    return (db.kw.get("info") or {}).get("cipher")


def make_sessionmaker(engine: AsyncEngine, cipher: FieldCipher | None = None) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded rows usable after commit (we hand them to renderers).

    With a cipher (RECORD_KEY), records' free text is encrypted on write and decrypted
    on read by the repository functions, which find it in `session.info`.
    """
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False, info={"cipher": cipher})
