"""Issue 13, row 5 (low): only allowed workspaces are served, and records are scoped by
workspace. The same user id from another team had read a record."""

from __future__ import annotations

import json
import logging
import time
import urllib.parse

import pytest

from bot.settings import ConfigError, load_settings
from tests.bot.test_records import decide
from tests.conftest import serve, stop
from tests.slack_sim import Practitioner, SlackSim


def command_from(sim: SlackSim, user: str, text: str, team: str, enterprise: str | None = None):
    form = {
        "token": "legacy", "team_id": team, "team_domain": "x", "channel_id": "C0PUBLIC", "channel_name": "general",
        "user_id": user, "user_name": "x", "command": "/infoshare", "text": text, "api_app_id": "A1",
        "response_url": sim.fake.response_url(f"cmd-{team}-{time.time()}"), "trigger_id": "trig.1",
    }  # fmt: skip
    if enterprise:
        form["enterprise_id"] = enterprise
    return sim.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")


def dm_from(sim: SlackSim, user: str, team: str, text: str = "start"):
    event = {"type": "message", "channel": "D" + user.lstrip("U"), "user": user, "text": text,
             "ts": f"{time.time():.6f}", "channel_type": "im"}  # fmt: skip
    body = {"token": "legacy", "team_id": team, "api_app_id": "A1", "event": event, "type": "event_callback",
            "event_id": f"Ev{time.time_ns()}", "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
    return sim.post(json.dumps(body), "application/json")


def acted(fake) -> list[str]:
    """Every Web API call but the bot's own auth.test."""
    return [c.method for c in fake.calls if c.method != "auth.test"]


async def test_unset_serves_only_the_bot_tokens_workspace(sim, fake, caplog):
    caplog.set_level(logging.INFO)
    response = await dm_from(sim, "U9", "T2")
    assert response.status == 200  # acked, so Slack does not retry
    response = await command_from(sim, "U9", "list", "T2")
    assert response.status == 200
    assert acted(fake) == [], "a request from another workspace was acted on"
    assert "not in ALLOWED_TEAMS" in caplog.text and "U9" not in caplog.text
    # the bot token's own workspace (auth.test: T1) is served as ever
    await Practitioner(sim, "U1").say("start")


async def test_allowed_teams_lists_workspaces_and_organisations(fake, db_url, db):
    sim, server = await serve(fake, db_url, db, allowed_teams="T2,E1")
    try:
        await dm_from(sim, "U9", "T1")
        await command_from(sim, "U9", "list", "T7")
        assert acted(fake) == []
        await dm_from(sim, "U9", "T2")
        await fake.wait_for(lambda calls: fake.posts("D9"))
        await command_from(sim, "U8", "help", "T7", enterprise="E1")  # a workspace of an allowed organisation
        await fake.wait_for(lambda calls: fake.of("response_url"))
    finally:
        await stop(sim, server)


async def test_the_same_user_id_from_another_team_cannot_read_a_record(fake, db_url, db):
    sim, server = await serve(fake, db_url, db, allowed_teams="T1,T2")
    try:
        reference = await decide(Practitioner(sim, "U1"))
        await command_from(sim, "U1", f"summary {reference}", "T2")
        await fake.wait_for(lambda calls: fake.of("response_url"))
        [answer] = fake.of("response_url")
        assert "can't find" in answer.args["text"] and "Their agreement" not in answer.args["text"]
        await command_from(sim, "U1", "list", "T2")
        await fake.wait_for(lambda calls: len(fake.of("response_url")) == 2)
        assert reference not in fake.of("response_url")[-1].args["text"]
        # from its own workspace the author still reads it
        await command_from(sim, "U1", f"summary {reference}", "T1")
        await fake.wait_for(lambda calls: len(fake.of("response_url")) == 3)
        assert "Their agreement" in fake.of("response_url")[-1].args["text"]
    finally:
        await stop(sim, server)


def test_a_malformed_allowed_teams_is_refused(monkeypatch):
    monkeypatch.setenv("ALLOWED_TEAMS", "T1, my workspace")
    with pytest.raises(ConfigError, match="ALLOWED_TEAMS"):
        load_settings()
