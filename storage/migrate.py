"""Create or upgrade the schema with Alembic, on the application's own async engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


MIGRATION_LOCK = 0x1F05A4E  # any constant; instances starting together take turns on it


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    command.upgrade(alembic_config(connection), "head")


async def upgrade(engine: AsyncEngine) -> None:
    """Bring the database to the newest schema; safe to run on every start."""
    async with engine.begin() as conn:
        await conn.run_sync(_upgrade)


def _revision(connection: Connection, message: str) -> None:
    command.revision(alembic_config(connection), message=message, autogenerate=True)


async def make_revision(engine: AsyncEngine, message: str) -> None:
    """Developers' helper: autogenerate a migration against an up-to-date database."""
    async with engine.begin() as conn:
        await conn.run_sync(_revision, message)
