"""Running `infoshare-bot run` as a real process for tests: start, wait until healthy, kill."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import aiohttp

from tests.slack_sim import SECRET


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class BotProcess:
    """One `python -m bot run` in HTTP mode against the Web API fake."""

    def __init__(
        self,
        cwd: Path,
        db_url: str,
        api_url: str,
        port: int | None = None,
        secret: str = SECRET,
        argv: tuple[str, ...] = ("-m", "bot", "run"),
    ) -> None:
        self.cwd, self.db_url, self.api_url, self.secret, self.argv = cwd, db_url, api_url, secret, argv
        self.port = port or free_port()
        self.proc: asyncio.subprocess.Process | None = None
        self.stderr = b""

    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    async def start(self) -> BotProcess:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL", "PORT"))}
        env.update(
            SLACK_BOT_TOKEN="xoxb-test",
            SLACK_SIGNING_SECRET=self.secret,
            SLACK_API_URL=self.api_url,
            DATABASE_URL=self.db_url,
            PORT=str(self.port),
        )
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, *self.argv, cwd=self.cwd, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        async with aiohttp.ClientSession() as session:
            for _ in range(400):
                if self.proc.returncode is not None:
                    raise AssertionError(f"the bot exited: {(await self.proc.stderr.read()).decode()[-2000:]}")
                try:
                    async with session.get(f"http://127.0.0.1:{self.port}/healthz") as resp:
                        if resp.status == 200:
                            return self
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.05)
        raise AssertionError("the bot never answered /healthz")

    def peak_rss_mb(self) -> float:
        """The process's peak resident memory (Linux /proc), in MB."""
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    async def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.send_signal(sig)
            _, err = await self.proc.communicate()
            self.stderr += err or b""

    async def __aenter__(self) -> BotProcess:
        return await self.start()

    async def __aexit__(self, *_: object) -> None:
        await self.kill(signal.SIGTERM)


async def reset_database(url: str) -> None:
    """Drop every table the app knows (and Alembic's own), for a clean PostgreSQL run."""
    from sqlalchemy import text
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401  (registers the tables)
    from storage.db import make_engine

    engine = make_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.drop_all)
        await conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    await engine.dispose()
