"""Issue 13, critical: no configuration turns Slack's request signing off.

A blank `SLACK_SIGNING_SECRET=` (a `.env` template line) once passed the start-up check
and left request verification off, so an unsigned request acted as any user.
"""

from __future__ import annotations

import json
import time

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import build_app, make_deps
from bot.server import EVENTS_PATH, make_web_app
from bot.settings import ConfigError, Settings
from tests.bot.test_cli import run
from tests.conftest import settings_for
from tests.slack_sim import SECRET, TEAM

GOOD = {"SLACK_BOT_TOKEN": "xoxb-1234-5678-abcdef", "SLACK_SIGNING_SECRET": SECRET}


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SLACK_SIGNING_SECRET", ""),
        ("SLACK_SIGNING_SECRET", "   "),
        ("SLACK_SIGNING_SECRET", "..."),
        ("SLACK_SIGNING_SECRET", "<your-signing-secret>"),
        ("SLACK_SIGNING_SECRET", "changeme"),
        ("SLACK_SIGNING_SECRET", "your_signing_secret_goes_here"),
        ("SLACK_SIGNING_SECRET", "x" * 32),
        ("SLACK_SIGNING_SECRET", "abc123"),  # real ones have 32 characters
        ("SLACK_BOT_TOKEN", ""),
        ("SLACK_BOT_TOKEN", "xoxb-"),
        ("SLACK_BOT_TOKEN", "xoxb-..."),
        ("SLACK_BOT_TOKEN", "xoxb-<token>"),
        ("SLACK_BOT_TOKEN", "xoxb-your-bot-token"),
        ("SLACK_APP_TOKEN", "xapp-..."),
        ("SLACK_APP_TOKEN", "xapp-"),
    ],
)
def test_run_refuses_a_blank_or_placeholder_secret_in_one_line(tmp_path, variable, value):
    db = tmp_path / "x.db"
    result = run(["run"], tmp_path, f"sqlite+aiosqlite:///{db}", **{**GOOD, variable: value})
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and variable in lines[0] and "Traceback" not in result.stderr
    if len(value.strip()) > 8:  # shorter ones ("xoxb-...") stand in the help text itself
        assert value not in result.stderr, "the refused value was printed"
    assert not db.exists(), "a refused start must not create or migrate the database"


def test_blank_secret_is_unset_not_empty():
    settings = Settings(_env_file=None, slack_bot_token="xoxb-1", slack_signing_secret="")  # type: ignore[call-arg]
    assert settings.slack_signing_secret is None
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        settings.require_for_run()


def test_an_http_app_is_never_built_without_a_secret(fake, db_url, db):
    """Defence in depth: even settings built in code cannot give an app that skips signatures."""
    settings = settings_for(fake, db_url).model_copy(update={"slack_signing_secret": None})
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        build_app(settings, deps=make_deps(settings, db))


async def test_unsigned_and_wrongly_signed_requests_are_refused(fake, db_url, db):
    settings = settings_for(fake, db_url)
    server = TestServer(make_web_app(build_app(settings, deps=make_deps(settings, db))), host="127.0.0.1")
    await server.start_server()
    body = json.dumps({
        "type": "event_callback", "team_id": TEAM, "event_id": "EvX", "event_time": int(time.time()),
        "event": {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": "start",
                  "ts": f"{time.time():.6f}"},
    })  # fmt: skip
    url = f"http://127.0.0.1:{server.port}{EVENTS_PATH}"
    try:
        async with aiohttp.ClientSession() as s:
            for headers in (
                {},
                {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=" + "0" * 64},
            ):
                async with s.post(url, data=body, headers={"Content-Type": "application/json", **headers}) as r:
                    assert r.status == 401
    finally:
        await server.close()
    assert fake.calls == [], "an unsigned request reached the Web API"
