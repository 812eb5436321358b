"""The `/infoshare` slash command and its subcommands."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncRespond
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import COMMAND
from bot.listeners.advice import ADVICE_OFF
from bot.listeners.records import open_amend
from bot.present import dm_channel, open_decision
from bot.views.advice import ask_view
from bot.views.decision import HELP, records_list
from bot.views.records import record_summary
from bot.views.text import escape
from flows import records
from flows.errors import DecisionError


def register(app: AsyncApp, deps: Deps) -> None:
    @app.command(COMMAND)
    async def on_command(
        ack: Any, command: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await ack()
        words = (command.get("text") or "").split()
        sub = words[0].lower() if words else "start"
        user, team = command["user_id"], context.team_id or command.get("team_id", "")
        try:
            if sub == "start":
                channel = await dm_channel(client, user)
                await open_decision(client, deps, team=team, user=user, channel=channel)
                if command.get("channel_id") != channel:
                    await respond(text="I've sent you a direct message to work through the decision privately.")
            elif sub == "help":
                await respond(text=HELP)
            elif sub == "list":
                mine, _ = await records.my_records(db=deps.db, user_id=user, team_id=team)
                await respond(text=records_list(mine))
            elif sub == "summary":
                await _summary(deps, respond, client, user, team, words[1] if len(words) > 1 else "")
            elif sub == "amend":
                if len(words) < 2:
                    await respond(
                        text="Please give a record reference, for example `/infoshare amend ISR-2026-000042`."
                    )
                else:
                    await open_amend(client, deps, command["trigger_id"], user, team, words[1])
            elif sub == "advice":
                if not deps.settings.advice_channel:
                    await respond(text=ADVICE_OFF)
                else:
                    await client.views_open(trigger_id=command["trigger_id"], view=ask_view({}))
            else:
                await respond(text=f"I don't know `{escape(words[0][:50])}`.\n\n{HELP}")
        except DecisionError as exc:
            await respond(text=exc.user_message)


async def _summary(
    deps: Deps, respond: AsyncRespond, client: AsyncWebClient, user: str, team: str, reference: str
) -> None:
    """A record's summary, to the user alone; the read (or the refusal) is audited."""
    if not reference:
        await respond(text="Please give a record reference, for example `/infoshare summary ISR-2026-000042`.")
        return
    try:
        record = await records.open_record(
            db=deps.db, reference=reference, user_id=user, team_id=team, leads=await deps.leads(client), place="command"
        )
    except records.RecordError:
        # The same answer whether it does not exist or is not yours: references are not probed.
        await respond(text=f"I can't find a record `{escape(reference[:40])}` that you may see.")
        return
    await respond(text=record_summary(record))
