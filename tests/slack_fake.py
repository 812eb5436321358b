"""A local fake of the Slack Web API.

It answers the methods the bot calls, records every call, and checks every Block Kit
payload with slack_sdk.models (`to_dict()` validates nested elements), refusing an
invalid one with `invalid_blocks` as Slack would and remembering it in `problems`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MAX_BLOCKS = 50
SHOWN = ("chat.postMessage", "chat.update")  # the calls that change what a channel shows
BOT_USER = "UBOT"


@dataclass
class Call:
    method: str
    args: dict[str, Any]


@dataclass
class FakeSlack:
    calls: list[Call] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    fail_next: dict[str, str] = field(default_factory=dict)
    rate_limit_next: dict[str, int] = field(default_factory=dict)  # method -> Retry-After seconds
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)  # conversations.info answers
    members: dict[str, list[str]] = field(default_factory=dict)  # conversations.members answers
    users: dict[str, dict[str, Any]] = field(default_factory=dict)  # users.info answers (default: a full member)
    socket_url: str = ""  # what apps.connections.open answers (Socket Mode)
    _ts: itertools.count = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition | None = None
    server: TestServer | None = None

    async def start(self) -> str:
        self._changed = asyncio.Condition()
        app = web.Application()
        app.add_routes(
            [web.post("/api/{method}", self._api), web.get("/api/{method}", self._api),
             web.post("/respond/{token}", self._respond)]
        )  # fmt: skip
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()
        return self.url

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.port}/api/"

    def response_url(self, token: str = "r") -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.port}/respond/{token}"

    async def close(self) -> None:
        if self.server:
            await self.server.close()

    # -- recording ---------------------------------------------------------------
    async def _record(self, method: str, args: dict[str, Any]) -> None:
        assert self._changed is not None
        async with self._changed:
            self.calls.append(Call(method, args))
            self._changed.notify_all()

    async def wait_for(self, predicate: Any, timeout: float = 5.0) -> list[Call]:
        """Wait until `predicate(calls)` holds; returns the calls. Fails the test on timeout."""
        assert self._changed is not None

        async def until() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: predicate(self.calls))

        try:
            await asyncio.wait_for(until(), timeout)
        except TimeoutError:
            methods = [c.method for c in self.calls[-10:]]
            raise AssertionError(f"timed out waiting for Slack calls; last calls: {methods}") from None
        return self.calls

    def of(self, method: str, channel: str | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and (channel is None or c.args.get("channel") == channel)]

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Every chat.postMessage, as sent (later updates not applied)."""
        return [c.args for c in self.of("chat.postMessage", channel)]

    def shown(self, channel: str | None = None) -> list[dict[str, Any]]:
        """The messages as Slack would show them now, in the order they were posted: a
        successful chat.update replaces the message it names (by ts)."""
        current: dict[str, dict[str, Any]] = {}
        for c in self.calls:
            if "_ts" not in c.args or (channel is not None and c.args.get("channel") != channel):
                continue
            if c.method == "chat.postMessage" or (c.method == "chat.update" and c.args["_ts"] in current):
                current[c.args["_ts"]] = c.args
        return list(current.values())

    def changes(self, channel: str) -> int:
        """How many messages were posted to or changed in `channel` so far."""
        return sum(1 for c in self.calls if c.method in SHOWN and c.args.get("channel") == channel and "_ts" in c.args)

    def all_text(self) -> str:
        """Everything the bot sent to Slack, as one string (for leak checks)."""
        return "\n".join(json.dumps(c.args, ensure_ascii=False) for c in self.calls)

    # -- validation -----------------------------------------------------------------
    def _check_blocks(self, method: str, blocks: Any) -> str | None:
        if blocks is None:
            return None
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        if len(blocks) > MAX_BLOCKS:
            return f"{method}: {len(blocks)} blocks, more than {MAX_BLOCKS}"
        for raw in blocks:
            try:
                parsed = Block.parse(raw)
                if parsed is None:
                    return f"{method}: unknown block {raw.get('type')}"
                parsed.to_dict()
            except Exception as exc:  # noqa: BLE001 - any validation error is the finding
                return f"{method}: invalid block {raw.get('block_id')}: {exc}"
        return None

    def _check_view(self, method: str, view: Any) -> str | None:
        if isinstance(view, str):
            view = json.loads(view)
        try:
            View(**view).to_dict()
        except Exception as exc:  # noqa: BLE001
            return f"{method}: invalid view: {exc}"
        return self._check_blocks(method, view.get("blocks"))

    async def _args(self, request: web.Request) -> dict[str, Any]:
        args: dict[str, Any] = dict(request.query)  # the SDK sends some methods' arguments as params
        if request.content_type == "application/json":
            args.update(await request.json())
        else:
            args.update((await request.post()).items())
        return args

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await self._args(request)
        token_kind = "Bearer xapp-" if method == "apps.connections.open" else "Bearer xoxb-"
        if not request.headers.get("Authorization", "").startswith(token_kind):
            return web.json_response({"ok": False, "error": "not_authed"})
        if request.headers.get("Authorization", "").startswith("Bearer xoxb-revoked"):  # a token Slack refuses
            await self._record(method, args)
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method in self.rate_limit_next:
            retry_after = self.rate_limit_next.pop(method)
            await self._record(method + ":429", args)
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": str(retry_after)}
            )
        problem = None
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            if not args.get("text"):
                problem = f"{method}: no plain-text fallback"
            problem = problem or self._check_blocks(method, args.get("blocks"))
        elif method in ("views.open", "views.publish", "views.update", "views.push"):
            problem = self._check_view(method, args.get("view"))
        if problem:
            self.problems.append(problem)
            await self._record(method, args)
            return web.json_response({"ok": False, "error": "invalid_blocks"})
        if method in self.fail_next:
            await self._record(method, args)
            return web.json_response({"ok": False, "error": self.fail_next.pop(method)})
        answer = self._answer(method, args)
        if "ts" in answer:
            args["_ts"] = answer["ts"]  # so a test can click on this very message
        elif method == "chat.update":
            args["_ts"] = args.get("ts")
        await self._record(method, args)
        return web.json_response(answer)

    async def _respond(self, request: web.Request) -> web.Response:
        await self._record("response_url", dict(await request.json()))
        return web.Response(text="ok")

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "bot_id": "BBOT", "team_id": "T1", "team": "Test", "url": "x"}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "")).lstrip("U")}}
        if method == "chat.postMessage":
            ts = f"{next(self._ts)}.000100"
            return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{next(self._ts)}.000200"}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        if method == "usergroups.users.list":
            return {"ok": True, "users": self.members.get(str(args.get("usergroup")), [])}
        if method == "conversations.members":
            return {"ok": True, "members": self.members.get(str(args.get("channel")), [])}
        if method == "users.info":
            user = str(args.get("user"))
            info = {"id": user, "team_id": "T1", "is_restricted": False, "is_ultra_restricted": False}
            return {"ok": True, "user": {**info, **self.users.get(user, {})}}
        if method == "conversations.info":
            channel = str(args.get("channel"))
            info = self.channels.get(channel, {"is_private": True})
            return {"ok": True, "channel": {"id": channel, "is_shared": False, "is_ext_shared": False, **info}}
        if method.startswith("views."):
            return {"ok": True, "view": {"id": "V1"}}
        return {"ok": True}
