"""Async engine and session factory for SQLite (default) and PostgreSQL (asyncpg)."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import FieldCipher

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
            kwargs.update(pool_size=1, max_overflow=0, pool_timeout=60)
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
    return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def make_sessionmaker(engine: AsyncEngine, cipher: FieldCipher | None = None) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded rows usable after commit (we hand them to renderers).

    With a cipher (RECORD_KEY), records' free text is encrypted on write and decrypted
    on read by the repository functions, which find it in `session.info`.
    """
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False, info={"cipher": cipher})
