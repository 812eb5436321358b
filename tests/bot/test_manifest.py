"""manifest.yml: valid against Slack's schema, and the same surfaces the app handles."""

import json
from pathlib import Path

import pytest
import yaml

from bot.ids import COMMAND, Event, Shortcut
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text())
SCHEMA = SHARED / "slack" / "manifest.schema.1.0.0.json"


def test_manifest_is_valid_against_slacks_schema():
    if not SCHEMA.exists():
        pytest.skip(f"{SCHEMA} not found: Slack's manifest schema lives in ../shared/slack/, absent in a plain clone")
    import jsonschema

    validator = jsonschema.Draft7Validator(json.loads(SCHEMA.read_text()))
    errors = sorted(validator.iter_errors(MANIFEST), key=str)
    assert not errors, [e.message for e in errors]


def test_manifest_declares_exactly_the_ids_the_code_uses():
    features, settings = MANIFEST["features"], MANIFEST["settings"]
    assert {c["command"] for c in features["slash_commands"]} == {COMMAND}
    assert {s["callback_id"] for s in features["shortcuts"]} == {s.value for s in Shortcut}
    kinds = {s["callback_id"]: s["type"] for s in features["shortcuts"]}
    assert kinds == {Shortcut.NEW_DECISION: "global", Shortcut.DECISION_SUMMARY: "message"}
    events = {e.split(".")[0] for e in settings["event_subscriptions"]["bot_events"]}
    assert events == {e.value for e in Event}
    assert "message.im" in settings["event_subscriptions"]["bot_events"]
    assert features["app_home"]["messages_tab_enabled"] and not features["app_home"]["messages_tab_read_only_enabled"]
    assert settings["interactivity"]["is_enabled"] and settings["socket_mode_enabled"]


def test_fewest_scopes():
    # groups:read: channels are private; groups:history: advisors' thread replies; usergroups:read: lead groups;
    # users:read and mpim:read: no guests in, and the poster a member of, where a summary goes (issue 13)
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == {
        "chat:write",
        "commands",
        "im:history",
        "im:write",
        "groups:read",
        "groups:history",
        "usergroups:read",
        "users:read",
        "mpim:read",
    }


async def test_every_declared_surface_has_a_listener_and_nothing_else_does(sim, fake):
    """Bolt answers 404 to a request no listener matched: so every surface in the
    manifest must get 200, and one that is not in it must get 404."""
    assert (await sim.command("U1", "help")).status == 200
    for shortcut in MANIFEST["features"]["shortcuts"]:
        payload = {
            "type": shortcut["type"]
            if shortcut["type"] == "shortcut"
            else ("shortcut" if shortcut["type"] == "global" else "message_action"),
            "callback_id": shortcut["callback_id"],
            "trigger_id": "t.1",
            "team": {"id": "T1"},
            "user": {"id": "U1", "team_id": "T1"},
            "token": "legacy",
            "action_ts": "1.1",
            "response_url": fake.response_url(),
        }
        if payload["type"] == "message_action":
            payload.update(channel={"id": "C1"}, message={"ts": "1.1", "text": "hi"}, message_ts="1.1")
        assert (await sim.interactive(payload)).status == 200, shortcut["callback_id"]
    home = {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1.1"}
    assert (await sim.event(home)).status == 200
    dm = {"type": "message", "channel": "D1", "user": "U1", "text": "help", "ts": "1.1", "channel_type": "im"}
    assert (await sim.event(dm)).status == 200
    unknown = {
        "type": "shortcut",
        "callback_id": "not_in_manifest",
        "trigger_id": "t",
        "team": {"id": "T1"},
        "user": {"id": "U1"},
        "token": "legacy",
        "action_ts": "1.1",
    }
    assert (await sim.interactive(unknown)).status == 404
    reaction = {
        "type": "reaction_added",
        "user": "U1",
        "reaction": "+1",
        "event_ts": "1.1",
        "item": {"type": "message", "channel": "C1", "ts": "1.1"},
    }
    assert (await sim.event(reaction)).status == 404
