"""Dependencies failing: the database going away, Slack rate limits and errors."""

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from aiohttp.test_utils import TestServer

import storage.db
from bot.app import build_app, close_app
from bot.server import EVENTS_PATH, make_web_app
from flows import decisions
from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade
from tests.conftest import settings_for
from tests.proxy import Proxy
from tests.slack_sim import Practitioner, SlackSim, find_block


@contextlib.asynccontextmanager
async def behind_proxy(db_url: str, fake) -> AsyncIterator[tuple[Proxy, Practitioner, Any]]:
    """The bot on a database reached through a proxy the test can cut and restore."""
    if db_url.startswith("sqlite"):
        pytest.skip("taking a database server away needs PostgreSQL (SQLite is a file in the process)")
    parts = urlsplit(db_url)
    proxy = Proxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    port = await proxy.start()
    proxied = urlunsplit(parts._replace(netloc=f"{parts.username or 'postgres'}@127.0.0.1:{port}"))
    engine = make_engine(proxied)
    await upgrade(engine)
    db = make_sessionmaker(engine)
    app = build_app(settings_for(fake, proxied), db=db)
    server = TestServer(make_web_app(app), host="127.0.0.1")
    await server.start_server()
    try:
        yield proxy, Practitioner(SlackSim(f"http://127.0.0.1:{server.port}{EVENTS_PATH}", fake), "U1"), db
    finally:
        await server.close()
        await close_app(app)
        await proxy.cut()
        await engine.dispose()


def not_saved(fake) -> bool:
    return any("not saved" in c.args.get("text", "") for c in fake.calls)


async def test_database_going_away_mid_dialogue(db_url, fake):
    async with behind_proxy(db_url, fake) as (proxy, alice, db):
        await alice.say("start")
        await alice.answer("emergency", "no")
        before = alice.last()
        await proxy.cut()
        await alice.sim.interactive(alice.click_payload("no"))
        await fake.wait_for(lambda calls: not_saved(fake))
        await proxy.start()
        # the same button, clicked again once the database is back, works: its message,
        # above the "not saved" one, turns into the next question
        await alice.sim.interactive(alice.click_payload("no", message=before))
        await fake.wait_for(
            lambda calls: any(
                m["_ts"] == before["_ts"] and find_block(m["blocks"], "q:direction") for m in alice.posts()
            )
        )
        step = await decisions.current(db=db, team_id="T1", user_id="U1")
        assert step.path == ["emergency", "allegation"]


async def test_an_answer_after_a_database_restart_is_not_lost(db_url, fake, monkeypatch):
    """Connections used a moment ago are not pinged; the answer's first read finds one
    broken, and is tried once more on a fresh connection."""
    monkeypatch.setattr(storage.db, "IDLE_PING_SECONDS", 3600)
    async with behind_proxy(db_url, fake) as (proxy, alice, db):
        await alice.say("start")
        await alice.answer("emergency", "no")
        await proxy.cut()
        await proxy.start()
        await alice.answer("allegation", "no")
        assert alice.current_question() == "direction"
        assert not not_saved(fake)


async def test_a_database_restart_in_a_quiet_spell_goes_unnoticed(db_url, fake, monkeypatch):
    """A connection that sat idle is pinged before use, so even work that is not retried
    (a DM, which is claimed in the same transaction) finds the database back."""
    monkeypatch.setattr(storage.db, "IDLE_PING_SECONDS", 0)
    async with behind_proxy(db_url, fake) as (proxy, alice, db):
        await alice.say("start")
        await proxy.cut()
        await proxy.start()
        await alice.say("start")
        assert alice.current_question() == "emergency"
        assert not not_saved(fake)


async def test_slack_rate_limit_is_waited_out(alice, fake):
    fake.rate_limit_next["chat.postMessage"] = 1
    await alice.say("start")
    assert alice.current_question() == "emergency"
    assert [c.method for c in fake.calls].count("chat.postMessage:429") == 1


async def test_slack_errors_do_not_lose_the_answer(alice, fake, db):
    await alice.say("start")
    fake.fail_next["chat.update"] = fake.fail_next["chat.postMessage"] = "channel_not_found"
    await alice.sim.interactive(alice.click_payload("no"))
    # both posts fail, so the person is told something went wrong, with a reference
    await fake.wait_for(lambda calls: any("reference" in c.args.get("text", "") for c in calls))
    # the answer was saved even though its reply could not be posted; the next DM shows where we are
    await alice.say("start")
    assert alice.current_question() == "allegation"
    assert "in progress" in json.dumps(alice.last()["blocks"])


async def test_a_closed_or_deleted_message_is_not_an_error(alice, fake):
    await alice.say("start")
    fake.fail_next["chat.update"] = "message_not_found"
    await alice.answer("emergency", "no")
    assert alice.current_question() == "allegation"
