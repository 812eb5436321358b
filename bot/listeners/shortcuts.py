"""The global shortcut: start a decision (the message shortcut lives with the records)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Shortcut
from bot.present import dm_channel, show, tell_error
from flows import decisions
from flows.errors import DecisionError


def register(app: AsyncApp, deps: Deps) -> None:
    @app.shortcut(Shortcut.NEW_DECISION)
    async def on_new_decision(ack: Any, client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await ack()
        user, team = context.user_id or "", context.team_id or ""
        channel = await dm_channel(client, user)
        try:
            step, created = await decisions.start(
                db=deps.db, flow_version=deps.area.version, team_id=team, user_id=user, channel_id=channel
            )
            await show(client, deps, step, channel=channel, note=None if created else "Your decision in progress:")
        except DecisionError as exc:
            await tell_error(client, channel, user, exc)
