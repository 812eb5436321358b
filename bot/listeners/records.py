"""Decision records in Slack: a summary into a thread, a record's modal, amendments."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Action, Block, Shortcut, View
from bot.present import dm_channel, tell
from bot.views import forms as form
from bot.views.forms import submission_key
from bot.views.records import amend_view, record_view, summary_picker, thread_summary
from bot.workspace.channels import members_refusal, privacy_refusal
from flows import records
from flows.errors import AlreadyApplied, DecisionError

log = logging.getLogger(__name__)


def register(app: AsyncApp, deps: Deps) -> None:
    @app.shortcut(Shortcut.DECISION_SUMMARY)
    async def on_summary_shortcut(
        ack: Any, body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await ack()
        message = body.get("message") or {}
        parent = message.get("thread_ts") or message.get("ts") or body.get("message_ts") or ""
        channel = (body.get("channel") or {}).get("id") or ""
        mine, _ = await records.my_records(
            db=deps.db, user_id=context.user_id or "", team_id=context.team_id or "", size=100
        )
        await client.views_open(trigger_id=body["trigger_id"], view=summary_picker(mine, channel, parent))

    @app.view(View.SUMMARY)
    async def on_summary_submit(
        ack: Any, view: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        user = context.user_id or ""
        values = form.values(view)
        reference = form.selected(values, Block.SUMMARY_PICK) or form.text(values, Block.SUMMARY_REF)
        meta = form.metadata(view)
        channel, thread = str(meta.get("ch") or ""), str(meta.get("ts") or "")
        error_block = Block.SUMMARY_REF
        if not reference:
            await ack(response_action="errors", errors={error_block: "Choose a record or type its reference."})
            return
        own_dm = channel == await dm_channel(client, user)
        refusal = None
        if not own_dm:
            refusal = await privacy_refusal(client, channel, allow_group_dm=True) or await members_refusal(
                client, channel, user
            )
        if refusal:
            await records.audit(
                db=deps.db,
                actor_id=user,
                action="refused",
                reference=reference[:32].upper(),
                place=channel[:64],
                detail="summary: conversation not private, not theirs or with guests",
            )
            await ack(response_action="errors", errors={error_block: refusal})
            return
        try:
            record = await records.open_record(
                db=deps.db, reference=reference, user_id=user, team_id=context.team_id or "",
                leads=await deps.leads(client), place=channel[:64],
            )  # fmt: skip
        except DecisionError as exc:
            await ack(response_action="errors", errors={error_block: exc.user_message})
            return
        await ack()
        text, blocks = thread_summary(record)
        await client.chat_postMessage(channel=channel, thread_ts=thread or None, text=text, blocks=blocks)
        await records.audit(db=deps.db, actor_id=user, action="post", reference=record.reference, place=channel[:64])
        log.info("summary posted reference=%s", record.reference)

    @app.action(Action.OPEN_RECORD)
    async def on_open_record(
        ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await ack()
        user = context.user_id or ""
        try:
            record = await records.open_record(
                db=deps.db,
                reference=str(action.get("value") or ""),
                user_id=user,
                team_id=context.team_id or "",
                leads=await deps.leads(client),
                place="home",
            )
        except DecisionError as exc:
            await tell(client, await dm_channel(client, user), exc.user_message)
            return
        await client.views_open(trigger_id=body["trigger_id"], view=record_view(record, can_amend=True))

    @app.action(Action.AMEND_RECORD)
    async def on_amend_button(
        ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await ack()
        await open_amend(client, deps, body["trigger_id"], context.user_id or "", context.team_id or "",
                         str(action.get("value") or ""), push=True)  # fmt: skip

    @app.view(View.AMEND)
    async def on_amend_submit(
        ack: Any, view: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        user = context.user_id or ""
        values = form.values(view)
        changes = {
            "outcome": form.selected(values, Block.AMEND_OUTCOME),
            "reasons": form.text(values, Block.AMEND_REASONS),
        }
        try:
            record = await records.amend(
                db=deps.db,
                reference=str(form.metadata(view).get("r") or ""),
                user_id=user,
                team_id=context.team_id or "",
                leads=await deps.leads(client),
                changes=changes,
                reason=form.text(values, Block.AMEND_WHY),
                place="modal",
                claim=submission_key(view),
            )
        except AlreadyApplied:
            await ack(response_action="clear")  # the same submission again: saved once already
            return
        except DecisionError as exc:
            await ack(response_action="errors", errors={Block.AMEND_WHY: exc.user_message})
            return
        await ack(response_action="clear")
        saved = f"Amendment *{record.reference}* saved; it amends *{record.amends}*, which stays as it was."
        await tell(client, await dm_channel(client, user), saved)


async def open_amend(
    client: AsyncWebClient, deps: Deps, trigger_id: str, user: str, team: str, reference: str, push: bool = False
) -> None:
    """The amendment modal for a record the user may see, or a plain refusal."""
    try:
        record = await records.open_record(
            db=deps.db, reference=reference, user_id=user, team_id=team, leads=await deps.leads(client), place="amend"
        )
    except DecisionError as exc:
        await tell(client, await dm_channel(client, user), exc.user_message)
        return
    if push:
        await client.views_push(trigger_id=trigger_id, view=amend_view(record))
    else:
        await client.views_open(trigger_id=trigger_id, view=amend_view(record))
