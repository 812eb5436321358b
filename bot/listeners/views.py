"""Modal submissions: choosing another outcome than the one recommended."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Action, Block, View
from bot.present import dm_channel, show, tell_error
from bot.views import forms as form
from flows import decisions
from flows.errors import DecisionError, InvalidAnswer


def register(app: AsyncApp, deps: Deps) -> None:
    @app.view(View.OVERRIDE)
    async def on_override(ack: Any, view: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        user, team = context.user_id or "", context.team_id or ""
        state = form.values(view)
        outcome = form.selected(state, Block.OVERRIDE_OUTCOME, Action.OUTCOME)
        reason = form.text(state, Block.OVERRIDE_REASON, Action.REASON)
        version = form.metadata(view).get("v")
        version = version if isinstance(version, int) else -1
        try:
            step = await decisions.answer(
                db=deps.db,
                team_id=team,
                user_id=user,
                question_id="confirm",
                version=version,
                value={"decision": "override", "outcome": outcome, "reason": reason},
            )
        except InvalidAnswer as exc:
            await ack(response_action="errors", errors={Block.OVERRIDE_REASON: exc.user_message})
            return
        except DecisionError as exc:
            await ack()
            await tell_error(client, await dm_channel(client, user), user, exc)
            return
        await ack()
        await show(client, deps, step)
