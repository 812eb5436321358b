"""Dependencies failing: the database going away, Slack rate limits and errors."""

import json
from urllib.parse import urlsplit, urlunsplit

import pytest
from aiohttp.test_utils import TestServer

from bot.app import build_app, close_app
from bot.server import EVENTS_PATH, make_web_app
from flows import decisions
from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade
from tests.conftest import settings_for
from tests.proxy import Proxy
from tests.slack_sim import Practitioner, SlackSim, find_block


async def test_database_going_away_mid_dialogue(db_url, fake):
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
    alice = Practitioner(SlackSim(f"http://127.0.0.1:{server.port}{EVENTS_PATH}", fake), "U1")
    try:
        await alice.say("start")
        await alice.answer("emergency", "no")
        before = alice.last()
        await proxy.cut()
        await alice.sim.interactive(alice.click_payload("no"))
        await fake.wait_for(lambda calls: any("not saved" in c.args.get("text", "") for c in calls))
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
    finally:
        await server.close()
        await close_app(app)
        await proxy.cut()
        await engine.dispose()


async def test_slack_rate_limit_is_waited_out(alice, fake):
    fake.rate_limit_next["chat.postMessage"] = 1
    await alice.say("start")
    assert alice.current_question() == "emergency"
    assert [c.method for c in fake.calls].count("chat.postMessage:429") == 1


async def test_slack_errors_do_not_lose_the_answer(alice, fake, db):
    await alice.say("start")
    fake.fail_next["chat.update"] = fake.fail_next["chat.postMessage"] = "channel_not_found"
    await alice.sim.interactive(alice.click_payload("no"))
    await fake.wait_for(lambda calls: any(c.method == "chat.postMessage" for c in calls[-3:]))
    # the answer was saved even though its reply could not be posted; the next DM shows where we are
    await alice.say("start")
    assert alice.current_question() == "allegation"
    assert "in progress" in json.dumps(alice.last()["blocks"])


async def test_a_closed_or_deleted_message_is_not_an_error(alice, fake):
    await alice.say("start")
    fake.fail_next["chat.update"] = "message_not_found"
    await alice.answer("emergency", "no")
    assert alice.current_question() == "allegation"
