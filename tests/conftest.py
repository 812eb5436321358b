"""Fixtures: a database per test (SQLite, and PostgreSQL when its URL is given), the
Slack Web API fake, and the real app served over HTTP on a local port."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from bot.app import build_app, close_app, make_deps
from bot.server import EVENTS_PATH, make_web_app
from bot.settings import Settings
from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade
from tests.processes import reset_database
from tests.slack_fake import FakeSlack
from tests.slack_sim import SECRET, Practitioner, SlackSim

PG_ENV = "INFOSHARE_TEST_POSTGRES_URL"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set: the PostgreSQL variant is skipped (.ci/run sets it)")
    return url


async def reset_postgres(url: str) -> None:
    await reset_database(url)


@pytest.fixture(params=["sqlite", "postgres"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    url = postgres_url()
    await reset_postgres(url)
    return url


@pytest.fixture
async def db(db_url: str) -> AsyncIterator:
    engine = make_engine(db_url)
    await upgrade(engine)
    yield make_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.close()
    assert fake.problems == [], f"the bot sent invalid Slack payloads: {fake.problems}"


def settings_for(fake: FakeSlack, db_url: str, **extra: object) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_url=fake.url,
        database_url=db_url,
        **extra,
    )


async def serve(fake: FakeSlack, db_url: str, db, **extra: object) -> tuple[SlackSim, TestServer]:  # noqa: ANN001
    """The real app on a local port; the SlackSim keeps its deps and client for tests."""
    settings = settings_for(fake, db_url, **extra)
    deps = make_deps(settings, db)
    app = build_app(settings, deps=deps)
    server = TestServer(make_web_app(app), host="127.0.0.1")
    await server.start_server()
    sim = SlackSim(url=f"http://127.0.0.1:{server.port}{EVENTS_PATH}", fake=fake)
    sim.deps, sim.client, sim.app = deps, app.client, app
    return sim, server


async def stop(sim: SlackSim, server: TestServer) -> None:
    await server.close()
    await close_app(sim.app)


@pytest.fixture
async def sim(fake: FakeSlack, db_url: str, db) -> AsyncIterator[SlackSim]:  # noqa: ANN001
    sim, server = await serve(fake, db_url, db, safeguarding_leads="ULEAD")
    yield sim
    await stop(sim, server)


@pytest.fixture
def alice(sim: SlackSim) -> Practitioner:
    return Practitioner(sim, "U1")


@pytest.fixture
def bob(sim: SlackSim) -> Practitioner:
    return Practitioner(sim, "U2")
