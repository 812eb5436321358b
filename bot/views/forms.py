"""Reading what Slack sends back from a modal or a message's inputs: private_metadata and
`state.values`, tolerant of anything missing or malformed (a forged payload gets "")."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from bot.ids import Action


def metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        data = json.loads(view.get("private_metadata") or "{}")
    except (ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def values(view: dict[str, Any]) -> dict[str, Any]:
    return (view.get("state") or {}).get("values") or {}


def text(state: dict[str, Any], block: str, action: str = Action.INPUT) -> str:
    value = ((state.get(block) or {}).get(action) or {}).get("value")
    return value if isinstance(value, str) else ""


def selected(state: dict[str, Any], block: str, action: str = Action.PICK) -> str:
    option = ((state.get(block) or {}).get(action) or {}).get("selected_option") or {}
    value = option.get("value") if isinstance(option, dict) else None
    return value if isinstance(value, str) else ""


def submission_key(view: dict[str, Any]) -> str:
    """The same modal submitted with the same values gives the same key (64 characters),
    so a replayed submission can be claimed like a retried event and applied once."""
    seen = json.dumps(
        [view.get("id"), view.get("callback_id"), view.get("private_metadata"), values(view)],
        sort_keys=True, separators=(",", ":"), default=str,
    )  # fmt: skip
    return "view:" + hashlib.sha256(seen.encode()).hexdigest()[:59]
