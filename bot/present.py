"""Posting decision steps and errors into a practitioner's DM.

Listeners call these after they have acked, so Slack's three seconds never depend on
the Web API. Errors become the flows' own plain words; a StaleAnswer is told quietly.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.views.decision import plain, step_message
from flows import decisions
from flows.decisions import Step
from flows.errors import DecisionError, StaleAnswer
from flows.questions import Question

log = logging.getLogger(__name__)


async def dm_channel(client: AsyncWebClient, user_id: str) -> str:
    """The bot's DM with this user (opened if need be)."""
    resp = await client.conversations_open(users=user_id)
    return str(resp["channel"]["id"])


async def show(
    client: AsyncWebClient, deps: Deps, step: Step, *, channel: str | None = None, note: str | None = None
) -> None:
    """Post where the decision stands into the practitioner's DM."""
    target = channel or step.channel_id or await dm_channel(client, step.user_id)
    text, blocks = step_message(step, deps.area, note=note)
    await client.chat_postMessage(channel=target, text=text, blocks=blocks)


async def answered_then_show(
    client: AsyncWebClient, deps: Deps, body: dict[str, Any], question: Question, value: Any, step: Step
) -> None:
    """Turn the clicked message into the answer given and what comes next, with one Web
    API call: its old buttons are gone, so it cannot be clicked twice, and the DM keeps one
    live message per decision instead of a trail of answered ones.

    Only a message in the decision's own DM is changed, whatever the payload claims;
    anywhere else, or if the message has gone, the next step is posted instead.
    """
    container = body.get("container") or {}
    channel, ts = container.get("channel_id"), container.get("message_ts")
    if channel and ts and channel == step.channel_id:
        text, blocks = step_message(step, deps.area, answered=(question, value))
        try:
            await client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
            return
        except SlackApiError as exc:  # deleted, say: the answer stands, so show the next step afresh
            log.warning("could not update the answered message: %s", exc.response.get("error"))
    await show(client, deps, step)


async def tell(client: AsyncWebClient, channel: str, text: str) -> None:
    msg_text, blocks = plain(text)
    await client.chat_postMessage(channel=channel, text=msg_text, blocks=blocks)


async def tell_error(client: AsyncWebClient, channel: str, user_id: str, error: DecisionError) -> None:
    """A domain error in words; a stale click is told only to the person who clicked."""
    log.info("decision error %s", type(error).__name__)
    if isinstance(error, StaleAnswer):
        await client.chat_postEphemeral(channel=channel, user=user_id, text=error.user_message)
        return
    await tell(client, channel, error.user_message)


async def open_decision(
    client: AsyncWebClient,
    deps: Deps,
    *,
    team: str,
    user: str,
    channel: str | None = None,
    restart: bool = False,
    event_id: str | None = None,
) -> None:
    """Start a decision, or show the one in progress (a fresh one with `restart`), in the DM."""
    channel = channel or await dm_channel(client, user)
    step, created = await decisions.start(
        db=deps.db,
        flow_version=deps.area.version,
        team_id=team,
        user_id=user,
        channel_id=channel,
        restart=restart,
        event_id=event_id,
    )
    await show(client, deps, step, channel=channel, note=None if created else "Your decision in progress:")
