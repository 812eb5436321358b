"""The global shortcut: start a decision (the message shortcut lives with the records)."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Shortcut
from bot.present import dm_channel, open_decision, tell_error
from flows.errors import DecisionError


def register(app: AsyncApp, deps: Deps) -> None:
    @app.shortcut(Shortcut.NEW_DECISION)
    async def on_new_decision(ack: Any, client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await ack()
        user, team = context.user_id or "", context.team_id or ""
        channel = await dm_channel(client, user)
        try:
            await open_decision(client, deps, team=team, user=user, channel=channel)
        except DecisionError as exc:
            await tell_error(client, channel, user, exc)
