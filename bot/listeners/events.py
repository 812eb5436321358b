"""App Home: the practitioner's decision in progress and recent records."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.blocks import home_view
from bot.deps import Deps
from bot.ids import Event
from flows import decisions


def register(app: AsyncApp, deps: Deps) -> None:
    @app.event(Event.APP_HOME_OPENED)
    async def on_home(event: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        if event.get("tab") not in (None, "home"):
            return
        user, team = event.get("user") or context.user_id or "", context.team_id or ""
        step = await decisions.current(db=deps.db, team_id=team, user_id=user)
        records = await decisions.records_of(db=deps.db, user_id=user, limit=20)
        await client.views_publish(user_id=user, view=home_view(step, records, deps.area))
