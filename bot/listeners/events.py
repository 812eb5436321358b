"""App Home: the decision in progress, my records (paged), my advice requests; advisors
see open requests and leads this month's counts."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Action, Event
from bot.views.home import home_advice, home_counts, home_records, home_view
from flows import advice, decisions, records

log = logging.getLogger(__name__)
HOME_PAGE = re.compile(rf"^{Action.HOME_PAGE}:")


async def is_advisor(client: AsyncWebClient, deps: Deps, user: str) -> bool:
    return await deps.is_advisor(client, user)


async def publish_home(client: AsyncWebClient, deps: Deps, team: str, user: str, page: int = 0) -> None:
    step = await decisions.current(db=deps.db, team_id=team, user_id=user)
    mine, total = await records.my_records(db=deps.db, user_id=user, team_id=team, page=page)
    more: list[Any] = home_records(mine, total, page, records.PAGE)
    open_requests = await advice.open_requests(db=deps.db) if await is_advisor(client, deps, user) else None
    more += home_advice(await advice.asked_by(db=deps.db, asker_id=user), open_requests)
    if user in await deps.leads(client):
        more += home_counts(await records.month_counts(db=deps.db, now=datetime.now(UTC)))
    await client.views_publish(user_id=user, view=home_view(step, deps.area, more))


def register(app: AsyncApp, deps: Deps) -> None:
    @app.event(Event.APP_HOME_OPENED)
    async def on_home(event: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        if event.get("tab") not in (None, "home"):
            return
        await publish_home(client, deps, context.team_id or "", event.get("user") or context.user_id or "")

    @app.action(HOME_PAGE)
    async def on_page(ack: Any, action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await ack()
        value = str(action.get("value") or "0")
        page = int(value) if value.isdigit() else 0
        await publish_home(client, deps, context.team_id or "", context.user_id or "", page)
