"""Where the bot may put something sensitive: checked with `conversations.info` first."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)
SHARED_FLAGS = ("is_ext_shared", "is_shared", "is_org_shared", "is_pending_ext_shared")


async def privacy_refusal(client: AsyncWebClient, channel_id: str, *, allow_group_dm: bool = False) -> str | None:
    """Why this conversation may not receive sensitive text, or None when it may: a
    private channel (or, if allowed, a group DM) shared with no other organisation."""
    try:
        info = (await client.conversations_info(channel=channel_id))["channel"]
    except SlackApiError as exc:
        log.warning("conversation check failed: %s", exc.response.get("error"))
        return "I could not check that this conversation is private, so nothing was posted."
    if any(info.get(flag) for flag in SHARED_FLAGS):
        return "This conversation is shared with another organisation or workspace, so nothing was posted."
    if info.get("is_mpim") and allow_group_dm:
        return None
    if info.get("is_im") or info.get("is_mpim"):
        return "I can only post into our own direct messages or a private channel I am in, so nothing was posted."
    if not info.get("is_private"):
        return "This channel is not private, so nothing was posted."
    return None
