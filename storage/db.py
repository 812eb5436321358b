"""Async engine and session factory for SQLite (default) and PostgreSQL (asyncpg)."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool
from sqlmodel.ext.asyncio.session import AsyncSession

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./infoshare.db"


def make_engine(url: str = DEFAULT_DATABASE_URL) -> AsyncEngine:
    """Build the engine for `url`.

    An in-memory SQLite database lives only as long as its one connection, so it gets a
    StaticPool; file SQLite gets a busy timeout so two writers wait instead of failing.
    """
    if url.startswith("sqlite"):
        kwargs: dict = {"connect_args": {"timeout": 30}}
        if ":memory:" in url or url.rstrip("/").endswith("sqlite+aiosqlite:"):
            kwargs["poolclass"] = StaticPool
        engine = create_async_engine(url, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_async_engine(url, pool_pre_ping=True)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded rows usable after commit (we hand them to renderers)."""
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
