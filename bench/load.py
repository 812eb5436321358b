"""Simulated practitioners and a minimal Slack Web API for the benchmark.

Each practitioner clicks through a whole decision with signed requests shaped as Slack
sends them, reading the buttons and inputs from what the bot posted. The fake records
when each post arrives, so click-to-next-question is measured where Slack would see it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

SECRET = "bench-signing-secret"
ALL_CHECKED = ["necessary", "relevant", "accurate", "timely", "recipient", "secure", "identities"]
# One whole decision (share without consent, referrer at risk), as clicks and forms.
DIALOGUE: list[tuple[str, Any]] = [
    ("emergency", "no"), ("allegation", "no"), ("direction", "raising"), ("purpose", "yes"),
    ("identifiable", "identify"), ("level", "significant_harm"), ("child_age", "under_13"),
    ("child_understands", "no"), ("safe_to_tell", ["referrer"]),
    ("lawful_basis", "statutory"), ("special_category", "no"), ("checklist", ALL_CHECKED),
    ("recipient", {"choice": "mash", "detail": "Duty social worker"}), ("what", "Bruising seen twice this term."),
    ("method", {"choice": "referral_form", "detail": ""}), ("inform_after", "no"),
    ("review_point", "After the strategy meeting"), ("child_views", "He wants it to stop."),
    ("reasons", "Telling them would put the referrer at risk."),
    ("authorised_by", {"choice": "dsl", "detail": ""}), ("case_ref", ""), ("confirm", "confirm"),
]  # fmt: skip
_ids = itertools.count(1)


class Fake:
    """The Web API: answers every method, records when each message is posted or changed
    (an answered question is changed in place into the next one), per channel."""

    def __init__(self) -> None:
        self.posts: dict[str, list[tuple[float, Any]]] = defaultdict(list)
        self.changed: dict[str, asyncio.Event] = defaultdict(asyncio.Event)
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> str:
        app = web.Application()
        app.add_routes([web.post("/api/{method}", self.api), web.get("/api/{method}", self.api)])
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{self.port}/api/"

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    async def api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            args.update(await request.json())
        else:
            args.update((await request.post()).items())
        if method in ("chat.postMessage", "chat.update"):  # a new message, or one changed in place
            channel = str(args.get("channel"))
            self.posts[channel].append((time.perf_counter(), args.get("blocks")))
            self.changed[channel].set()
            return web.json_response({"ok": True, "ts": args.get("ts") or f"{next(_ids)}.0001", "channel": channel})
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"})
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": "D" + str(args.get("users", "")).lstrip("U")}})
        return web.json_response({"ok": True, "ts": f"{next(_ids)}.0002", "view": {"id": "V"}})

    async def wait_post(self, channel: str, count: int, timeout: float = 30) -> float:
        """Wait until `channel` has more than `count` posts; the arrival time of the next."""
        deadline = time.perf_counter() + timeout
        while len(self.posts[channel]) <= count:
            self.changed[channel].clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(channel)
            await asyncio.wait_for(self.changed[channel].wait(), remaining)
        return self.posts[channel][count][0]


@dataclass
class Stats:
    ack: list[float] = field(default_factory=list)
    to_next: list[float] = field(default_factory=list)
    requests: int = 0
    errors: int = 0


def signed(body: str) -> dict[str, str]:
    ts = str(int(time.time()))
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(
        timestamp=ts, body=body)}  # fmt: skip


def dm_event(user: str, text: str) -> tuple[str, str]:
    body = {"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": f"Ev{next(_ids)}",
            "event": {"type": "message", "channel": "D" + user.lstrip("U"), "user": user, "text": text,
                      "ts": f"{time.time():.6f}", "channel_type": "im"},
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
    return json.dumps(body), "application/json"


def block_action(user: str, block_id: str, action_id: str, value: Any, state: dict[str, Any]) -> tuple[str, str]:
    channel = "D" + user.lstrip("U")
    payload = {
        "type": "block_actions", "user": {"id": user, "team_id": "T1"}, "team": {"id": "T1"}, "api_app_id": "A1",
        "container": {"type": "message", "message_ts": "1.1", "channel_id": channel}, "trigger_id": "t",
        "channel": {"id": channel}, "state": {"values": state},
        "actions": [{"type": "button", "action_id": action_id, "block_id": block_id, "value": value}],
    }  # fmt: skip
    return urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"


def answer_request(user: str, blocks: list[dict[str, Any]], question_id: str, value: Any) -> tuple[str, str]:
    """The request Slack would send when this answer is given on these blocks."""
    q = next(b for b in blocks if str(b.get("block_id", "")).startswith(f"q:{question_id}:"))
    if q["type"] == "actions":
        button = next(e for e in q["elements"] if e.get("value") == value)
        return block_action(user, q["block_id"], button["action_id"], value, {})
    element, state = q["element"], {}
    if element["type"] == "checkboxes":
        chosen = [o for o in element["options"] if o["value"] in value]
        state[q["block_id"]] = {element["action_id"]: {"type": "checkboxes", "selected_options": chosen}}
    elif element["type"] == "plain_text_input":
        state[q["block_id"]] = {element["action_id"]: {"type": "plain_text_input", "value": value}}
    else:
        option = next(o for o in element["options"] if o["value"] == value["choice"])
        state[q["block_id"]] = {element["action_id"]: {"type": "static_select", "selected_option": option}}
        detail = next(b for b in blocks if str(b.get("block_id", "")).startswith(f"detail:{question_id}:"))
        state[detail["block_id"]] = {"text": {"type": "plain_text_input", "value": value.get("detail", "")}}
    submit = next(b for b in blocks if str(b.get("block_id", "")).startswith(f"submit:{question_id}:"))
    return block_action(user, submit["block_id"], "submit_answer", question_id, state)


async def send(session: aiohttp.ClientSession, url: str, body: str, content_type: str, stats: Stats) -> float:
    started = time.perf_counter()
    async with session.post(url, data=body.encode(), headers={"Content-Type": content_type, **signed(body)}) as r:
        await r.read()
        stats.ack.append(time.perf_counter() - started)
        stats.requests += 1
        if r.status != 200:
            stats.errors += 1
    return started


async def practitioner(session, urls: list[str], fake: Fake, user: str, stats: Stats, log: list) -> None:  # noqa: ANN001
    """Start with a DM, then click through the whole decision; `urls` alternate per request."""
    channel = "D" + user.lstrip("U")
    request = dm_event(user, "start")
    for step in range(len(DIALOGUE) + 1):
        count = len(fake.posts[channel])
        log.append(request)
        started = await send(session, urls[step % len(urls)], *request, stats)
        arrived = await fake.wait_post(channel, count)
        stats.to_next.append(arrived - started)
        if step == len(DIALOGUE):
            return
        blocks = fake.posts[channel][-1][1]
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
        request = answer_request(user, blocks, *DIALOGUE[step])


async def replay(session, url: str, fake: Fake, user: str, requests: list, stats: Stats) -> None:  # noqa: ANN001
    """The same requests, to an app that answers each with one post."""
    channel = "D" + user.lstrip("U")
    for body, content_type in requests:
        count = len(fake.posts[channel])
        started = await send(session, url, body, content_type, stats)
        stats.to_next.append(await fake.wait_post(channel, count) - started)
