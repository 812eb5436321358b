"""Playing Slack's part: signed HTTP requests with Slack's real payload shapes.

`Practitioner` reads the messages the bot posted (from the Web API fake) and clicks
the buttons or fills the inputs that are really there, as a person would.
"""

from __future__ import annotations

import itertools
import json
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_sdk.signature import SignatureVerifier

from tests.slack_fake import FakeSlack

SECRET = "5f0c3b9e2a7d4e61b8c9d0a1f2e3b4c5"  # Slack's are 32 hex characters
TEAM = "T1"
_ids = itertools.count(1)


def sign(body: str, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
    }


@dataclass
class SlackSim:
    """Sends signed requests to the bot's `POST /slack/events`."""

    url: str
    fake: FakeSlack
    secret: str = SECRET
    deps: Any = None  # the app's shared dependencies, for tests that drive background work
    client: Any = None
    app: Any = None

    async def post(self, body: str, content_type: str, headers: dict[str, str] | None = None) -> aiohttp.ClientResponse:
        hdrs = {"Content-Type": content_type, **sign(body, self.secret), **(headers or {})}
        async with aiohttp.ClientSession() as s, s.post(self.url, data=body.encode(), headers=hdrs) as resp:
            await resp.read()
            return resp

    async def event(self, event: dict[str, Any], headers: dict[str, str] | None = None, event_id: str | None = None):
        body = {
            "token": "legacy",
            "team_id": TEAM,
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}],
        }
        return await self.post(json.dumps(body), "application/json", headers)

    async def interactive(self, payload: dict[str, Any]):
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return await self.post(body, "application/x-www-form-urlencoded")

    async def command(self, user: str, text: str = "", channel: str = "C0PUBLIC"):
        form = {
            "token": "legacy",
            "team_id": TEAM,
            "team_domain": "test",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/infoshare",
            "text": text,
            "api_app_id": "A1",
            "response_url": self.fake.response_url(f"cmd{next(_ids)}"),
            "trigger_id": f"trig.{next(_ids)}",
        }
        return await self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")


def find_block(blocks: list[dict[str, Any]], prefix: str) -> dict[str, Any] | None:
    return next((b for b in blocks if str(b.get("block_id", "")).startswith(prefix)), None)


@dataclass
class Practitioner:
    """One person in the workspace, talking to the bot in their DM."""

    sim: SlackSim
    user: str = "U1"

    @property
    def dm(self) -> str:
        return "D" + self.user.lstrip("U")

    @property
    def fake(self) -> FakeSlack:
        return self.sim.fake

    def posts(self) -> list[dict[str, Any]]:
        """The DM's messages as this person sees them now (updates applied), oldest first."""
        return self.fake.shown(self.dm)

    def last(self) -> dict[str, Any]:
        posts = self.posts()
        assert posts, "the bot has posted nothing to this DM"
        return posts[-1]

    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.last().get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else blocks

    def current_question(self) -> str | None:
        block = find_block(self.blocks(), "q:")
        return block["block_id"].split(":")[1] if block else None

    async def _then_new_post(self, send: Any) -> Any:
        """Send, then wait until the bot has posted to or changed a message in the DM."""
        before = self.fake.changes(self.dm)
        resp = await send()
        await self.fake.wait_for(lambda calls: self.fake.changes(self.dm) > before)
        return resp

    def message_event(self, text: str) -> dict[str, Any]:
        return {
            "type": "message",
            "channel": self.dm,
            "user": self.user,
            "text": text,
            "ts": f"{time.time():.6f}",
            "event_ts": f"{time.time():.6f}",
            "channel_type": "im",
        }

    async def say(self, text: str, **kw: Any):
        """Send a DM to the bot and wait for its reply."""
        return await self._then_new_post(lambda: self.sim.event(self.message_event(text), **kw))

    def _payload(self, message: dict[str, Any], action: dict[str, Any], state: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "block_actions",
            "user": {"id": self.user, "username": self.user.lower(), "team_id": TEAM},
            "api_app_id": "A1",
            "token": "legacy",
            "container": {
                "type": "message",
                "message_ts": message["_ts"],
                "channel_id": self.dm,
                "is_ephemeral": False,
            },
            "trigger_id": f"trig.{next(_ids)}",
            "team": {"id": TEAM, "domain": "test"},
            "channel": {"id": self.dm, "name": "directmessage"},
            "message": {
                "type": "message",
                "ts": message["_ts"],
                "text": message.get("text"),
                "blocks": message.get("blocks"),
            },
            "state": {"values": state},
            "response_url": self.fake.response_url(f"act{next(_ids)}"),
            "actions": [{**action, "action_ts": f"{time.time():.6f}"}],
        }

    def click_payload(
        self,
        value: str,
        block_prefix: str = "q:",
        message: dict[str, Any] | None = None,
        state: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """The payload Slack sends when this person clicks the button whose value is `value`."""
        message = message or self.last()
        blocks = message.get("blocks") or []
        for block in blocks:
            if not str(block.get("block_id", "")).startswith(block_prefix) or block.get("type") != "actions":
                continue
            for el in block["elements"]:
                if el.get("value") == value or (value == "" and el.get("value") is None):
                    action = {
                        "type": "button",
                        "action_id": el["action_id"],
                        "block_id": block["block_id"],
                        "text": el["text"],
                        "value": el.get("value"),
                    }
                    return self._payload(message, action, state or {})
        raise AssertionError(f"no button {value!r} in a block {block_prefix}* of the last message")

    def button_payload(self, action_id: str, message: dict[str, Any] | None = None) -> dict[str, Any]:
        message = message or self.last()
        for block in message.get("blocks") or []:
            for el in block.get("elements") or []:
                if el.get("action_id") == action_id:
                    action = {
                        "type": "button",
                        "action_id": action_id,
                        "block_id": block["block_id"],
                        "text": el["text"],
                        "value": el.get("value"),
                    }
                    return self._payload(message, action, {})
        raise AssertionError(f"no button {action_id!r} in the last message")

    async def press(self, action_id: str):
        return await self._then_new_post(lambda: self.sim.interactive(self.button_payload(action_id)))

    async def answer(self, question_id: str, value: Any):
        """Answer the question on screen the way its blocks allow; waits for the next post."""
        assert self.current_question() == question_id, f"on screen: {self.current_question()}, not {question_id}"
        blocks = self.blocks()
        qblock = find_block(blocks, f"q:{question_id}:")
        assert qblock is not None
        if qblock["type"] == "actions":
            payload = self.click_payload(value)
        else:
            state = self.form_state(question_id, value)
            submit = find_block(blocks, f"submit:{question_id}:")
            assert submit is not None, "no Continue button"
            el = submit["elements"][0]
            action = {
                "type": "button",
                "action_id": el["action_id"],
                "block_id": submit["block_id"],
                "text": el["text"],
                "value": el.get("value"),
            }
            payload = self._payload(self.last(), action, state)
        return await self._then_new_post(lambda: self.sim.interactive(payload))

    def form_state(self, question_id: str, value: Any) -> dict[str, Any]:
        blocks = self.blocks()
        qblock = find_block(blocks, f"q:{question_id}:")
        assert qblock is not None and qblock["type"] == "input"
        element = qblock["element"]
        state: dict[str, Any] = {}
        if element["type"] == "checkboxes":
            options = [o for o in element["options"] if o["value"] in value]
            state[qblock["block_id"]] = {element["action_id"]: {"type": "checkboxes", "selected_options": options}}
        elif element["type"] == "plain_text_input":
            state[qblock["block_id"]] = {element["action_id"]: {"type": "plain_text_input", "value": value}}
        elif element["type"] == "static_select":
            option = next(o for o in element["options"] if o["value"] == value["choice"])
            state[qblock["block_id"]] = {element["action_id"]: {"type": "static_select", "selected_option": option}}
            detail = find_block(blocks, f"detail:{question_id}:")
            assert detail is not None
            state[detail["block_id"]] = {
                detail["element"]["action_id"]: {"type": "plain_text_input", "value": value.get("detail", "")}
            }
        return state

    async def submit_view(self, view: dict[str, Any], values: dict[str, Any]):
        payload = {
            "type": "view_submission",
            "team": {"id": TEAM, "domain": "test"},
            "user": {"id": self.user, "username": self.user.lower(), "team_id": TEAM},
            "api_app_id": "A1",
            "token": "legacy",
            "trigger_id": f"trig.{next(_ids)}",
            "view": {**view, "id": "V1", "team_id": TEAM, "state": {"values": values}, "hash": "h"},
            "response_urls": [],
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        hdrs = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, self.sim.secret)}
        async with aiohttp.ClientSession() as s, s.post(self.sim.url, data=body.encode(), headers=hdrs) as resp:
            return resp.status, await resp.text()
