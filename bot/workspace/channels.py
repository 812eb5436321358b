"""Where the bot may put something sensitive: checked with `conversations.info` first."""

from __future__ import annotations

import asyncio
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


MAX_MEMBERS_CHECKED = 100  # each member is looked up (users.info); a bigger room is refused


async def members_refusal(client: AsyncWebClient, channel_id: str, user_id: str) -> str | None:
    """Why a record's summary may not go into this conversation, beyond `privacy_refusal`:
    the person posting must be a member of it, and no one in it may be a guest (a single-
    or multi-channel guest, often from outside the organisation) or from another team.

    Slack is asked each time (conversations.members, users.info): the modal's metadata
    names the channel, and nothing in it is taken on trust.
    """
    members: list[str] = []
    cursor = None
    try:
        while True:
            page = await client.conversations_members(channel=channel_id, limit=200, cursor=cursor)
            members += page.get("members") or []
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor or len(members) > MAX_MEMBERS_CHECKED:
                break
    except SlackApiError as exc:
        log.warning("conversation members check failed: %s", exc.response.get("error"))
        return "I could not check who is in this conversation, so nothing was posted."
    if user_id not in members:
        return "You are not a member of this conversation, so nothing was posted."
    if len(members) > MAX_MEMBERS_CHECKED:
        return (
            f"This conversation has more than {MAX_MEMBERS_CHECKED} members, too many to check for guests, "
            "so nothing was posted."
        )
    try:
        people = await asyncio.gather(*(client.users_info(user=m) for m in members))
    except SlackApiError as exc:
        log.warning("conversation guests check failed: %s", exc.response.get("error"))
        return "I could not check who is in this conversation, so nothing was posted."
    owner = next((p["user"].get("team_id") for p in people if p["user"].get("id") == user_id), None)
    for person in people:
        info = person.get("user") or {}
        if info.get("is_restricted") or info.get("is_ultra_restricted") or info.get("is_stranger"):
            return "This conversation has guests in it, so nothing was posted."
        if owner and info.get("team_id") and info.get("team_id") != owner and not info.get("is_bot"):
            return "This conversation has people from another workspace in it, so nothing was posted."
    return None
