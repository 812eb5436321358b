"""Issue 13, also deliver: `run` checks the bot token with Slack (auth.test) before it
serves, names the workspace it is installed in, and a refused token stops it with one
line instead of failing on the first user's message."""

from __future__ import annotations

import asyncio
import os
import sys

from tests.processes import BotProcess, free_port
from tests.slack_sim import SECRET


async def _run_bot(tmp_path, db_url, api_url, token):  # noqa: ANN001
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL", "PORT"))}
    env.update(SLACK_BOT_TOKEN=token, SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=api_url, DATABASE_URL=db_url,
               PORT=str(free_port()))  # fmt: skip
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    return proc.returncode, err.decode()


async def test_a_token_slack_refuses_stops_run_with_one_line(tmp_path, fake):
    code, err = await _run_bot(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", fake.url, "xoxb-revoked-123")
    lines = [line for line in err.splitlines() if line.startswith("infoshare-bot:")]
    assert code == 2 and len(lines) == 1 and "SLACK_BOT_TOKEN" in lines[0] and "invalid_auth" in lines[0]
    assert "Traceback" not in err and "xoxb-revoked-123" not in err
    assert [c.method for c in fake.calls] == ["auth.test"]


async def test_run_names_the_workspace_it_serves(tmp_path, fake):
    async with BotProcess(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", fake.url) as bot:
        assert fake.of("auth.test")
    assert b"installed in the Slack workspace Test (T1)" in bot.stderr
