"""Advice without naming anyone: ask, preview, approve, post, reply, answer back, resolve."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Action, Block, View
from bot.present import dm_channel, tell
from bot.views import forms as form
from bot.views.advice import (
    MetadataTooLarge,
    ask_view,
    channel_post,
    in_thread,
    posted_to_asker,
    preview_view,
    reply_to_asker,
    reply_view,
)
from bot.views.forms import submission_key
from bot.views.kit import Message
from bot.views.text import from_slack_markup
from bot.workspace.channels import privacy_refusal
from flows import advice, decisions
from flows.advice import AdviceError
from flows.errors import AlreadyApplied

log = logging.getLogger(__name__)
ADVICE_OFF = (
    "Asking colleagues for advice is switched off here: ADVICE_CHANNEL is not set. "
    "Speak to your designated safeguarding lead or manager."
)
NOT_AN_ADVISOR = "Only members of the advice channel can reply to advice requests. Nothing was sent."
NOT_DELIVERED = (
    "Your reply is saved, but I could not deliver it to the person who asked. The request stays open "
    "and will be flagged to the safeguarding leads if no reply reaches them."
)


async def post_all(client: AsyncWebClient, channel: str, messages: list[Message], thread_ts: str | None = None) -> None:
    """Post a long text's messages in order, without link previews (a preview, or a
    click, could tell a tracking link's owner who received it)."""
    for text, blocks in messages:
        await client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks,
                                      unfurl_links=False, unfurl_media=False)  # fmt: skip


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


async def open_ask(
    client: AsyncWebClient, deps: Deps, trigger_id: str, user: str, case_code: str | None = None
) -> None:
    """Open the asking modal, or say plainly why advice is off."""
    if not deps.settings.advice_channel:
        await tell(client, await dm_channel(client, user), ADVICE_OFF)
        return
    await client.views_open(trigger_id=trigger_id, view=ask_view({"c": case_code} if case_code else {}))


def register(app: AsyncApp, deps: Deps) -> None:
    @app.action(Action.ASK_ADVICE)
    async def on_ask(ack: Any, body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await ack()
        await open_ask(client, deps, body["trigger_id"], context.user_id or "")

    @app.action(Action.ADVICE_ANSWER)
    async def on_answer_back(ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient,
                             context: AsyncBoltContext) -> None:  # fmt: skip
        await ack()
        user = context.user_id or ""
        request = await advice.get(db=deps.db, case_code=str(action.get("value") or ""))
        if request is None or request.asker_id != user:
            await tell(client, await dm_channel(client, user), "I can't find that advice request.")
            return
        await open_ask(client, deps, body["trigger_id"], user, request.case_code)

    @app.view(View.ASK)
    async def on_ask_submit(ack: Any, view: dict[str, Any]) -> None:
        values = form.values(view)
        meta = form.metadata(view)
        original, known = form.text(values, Block.ADVICE_QUESTION), _words(form.text(values, Block.ADVICE_KNOWN))
        try:
            draft = advice.prepare(deps.redactor, original, known=known)
            preview = preview_view(draft.text, draft.hidden, {**meta, "o": original, "k": known})
        except AdviceError as exc:
            await ack(response_action="errors", errors={Block.ADVICE_QUESTION: exc.user_message})
            return
        except MetadataTooLarge:
            await ack(response_action="errors", errors={Block.ADVICE_QUESTION: "Please shorten your question."})
            return
        await ack(response_action="update", view=preview)

    @app.view(View.PREVIEW)
    async def on_preview_submit(ack: Any, view: dict[str, Any], client: AsyncWebClient,
                                context: AsyncBoltContext) -> None:  # fmt: skip
        values = form.values(view)
        meta = form.metadata(view)
        shown = str(meta.get("t") or "")
        edited = form.text(values, Block.ADVICE_EDIT).strip() or shown
        keep_new, hide_new = _words(form.text(values, Block.ADVICE_KEEP)), _words(form.text(values, Block.ADVICE_HIDE))
        known = list(meta.get("k") or [])
        keep, extra = list(meta.get("kp") or []) + keep_new, list(meta.get("x") or []) + hide_new
        if edited != shown or keep_new or hide_new:
            source = edited if edited != shown else str(meta.get("o") or "")
            try:
                draft = advice.prepare(deps.redactor, source, known=known, extra=extra, keep=keep)
                note = None if draft.text == edited else "Identifiers were hidden again: check the text once more."
                new_meta = {**meta, "o": source, "kp": keep, "x": extra}
                await ack(response_action="update", view=preview_view(draft.text, draft.hidden, new_meta, note))
            except (AdviceError, MetadataTooLarge) as exc:
                message = exc.user_message if isinstance(exc, AdviceError) else "Please shorten the text."
                await ack(response_action="errors", errors={Block.ADVICE_EDIT: message})
            return
        await ack()  # approved exactly as shown: close the modal, then post
        await _post(client, context.team_id or "", context.user_id or "", shown, meta.get("c"))

    async def _post(client: AsyncWebClient, team: str, user: str, text: str, case_code: str | None) -> None:
        dm = await dm_channel(client, user)
        channel = deps.settings.advice_channel
        if not channel:
            await tell(client, dm, ADVICE_OFF)
            return
        try:
            if case_code:  # the asker answering back in an existing request
                request = await advice.add_followup(db=deps.db, case_code=case_code, asker_id=user, text=text)
                await post_all(client, request.channel_id or channel, in_thread("The asker answers:", text),
                               thread_ts=request.message_ts)  # fmt: skip
                await tell(client, dm, f"Your answer was posted to advisors on *{request.case_code}*.")
                return
            refusal = await privacy_refusal(client, channel)
            if refusal:
                log.warning("advice channel refused: %s", refusal)
                await tell(client, dm, refusal + " Your administrator has been told in the logs.")
                return
            step = await decisions.current(db=deps.db, team_id=team, user_id=user)
            request = await advice.create_request(
                db=deps.db, team_id=team, asker_id=user, asker_channel=dm, text=text,
                conversation_id=step.conversation_id if step else None,
                stage=(step.paused_at or step.state) if step else None,
                answers=step.answers if step else {},
            )  # fmt: skip
            post_text, blocks = channel_post(request.case_code, text, request.stage, request.decision_so_far)
            try:
                posted = await client.chat_postMessage(channel=channel, text=post_text, blocks=blocks,
                                                   unfurl_links=False, unfurl_media=False)  # fmt: skip
            except SlackApiError:
                await advice.withdraw(db=deps.db, request=request)
                raise
            await advice.mark_posted(db=deps.db, request=request, channel_id=channel, message_ts=posted["ts"])
            log.info("advice request posted case=%s", request.case_code)
            msg_text, msg_blocks = posted_to_asker(request.case_code)
            await client.chat_postMessage(channel=dm, text=msg_text, blocks=msg_blocks)
        except AdviceError as exc:
            await tell(client, dm, exc.user_message)

    @app.action(Action.ADVICE_REPLY)
    async def on_reply(ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient,
                       context: AsyncBoltContext) -> None:  # fmt: skip
        await ack()
        user = context.user_id or ""
        if not await deps.is_advisor(client, user):
            await tell(client, await dm_channel(client, user), NOT_AN_ADVISOR)
            return
        await client.views_open(trigger_id=body["trigger_id"], view=reply_view(str(action.get("value") or "")))

    @app.view(View.REPLY)
    async def on_reply_submit(ack: Any, view: dict[str, Any], client: AsyncWebClient,
                              context: AsyncBoltContext) -> None:  # fmt: skip
        text = form.text(form.values(view), Block.ADVICE_REPLY_TEXT)
        code = str(form.metadata(view).get("c") or "")
        advisor = context.user_id or ""
        if not await deps.is_advisor(client, advisor):
            await ack(response_action="errors", errors={Block.ADVICE_REPLY_TEXT: NOT_AN_ADVISOR})
            return
        try:
            request, message = await advice.add_reply(
                db=deps.db, case_code=code, advisor_id=advisor, text=text, claim=submission_key(view)
            )
        except AlreadyApplied:
            await ack()  # the same submission again (a replay): sent once already
            return
        except AdviceError as exc:
            await ack(response_action="errors", errors={Block.ADVICE_REPLY_TEXT: exc.user_message})
            return
        await ack()
        if await relay_to_asker(client, deps, request, advisor, message.text):
            await post_all(client, request.channel_id or "", in_thread(f"Reply from <@{advisor}>:", message.text),
                           thread_ts=request.message_ts)  # fmt: skip
        else:
            await client.chat_postEphemeral(channel=request.channel_id or "", user=advisor, text=NOT_DELIVERED)

    @app.action(Action.ADVICE_RESOLVE)
    async def on_resolve(ack: Any, action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await ack()
        user = context.user_id or ""
        dm = await dm_channel(client, user)
        try:
            request = await advice.resolve(db=deps.db, case_code=str(action.get("value") or ""), asker_id=user)
        except AdviceError as exc:
            await tell(client, dm, exc.user_message)
            return
        resolved = f"{request.case_code} was marked resolved by the asker. Thank you."
        await client.chat_postMessage(channel=request.channel_id or "", thread_ts=request.message_ts, text=resolved)
        await tell(client, dm, f"*{request.case_code}* is marked resolved.")


async def relay_to_asker(client: AsyncWebClient, deps: Deps, request: Any, advisor: str, text: str) -> bool:
    """The reply, whole, in the asker's DM; only once it is there is the request answered.

    Returns False (and leaves the request unanswered, so it still escalates) when Slack
    would not take it.
    """
    try:
        channel = request.asker_channel or await dm_channel(client, request.asker_id)
        await post_all(client, channel, reply_to_asker(request.case_code, advisor, text))
    except SlackApiError as exc:
        log.warning("reply to case=%s not delivered: %s", request.case_code, exc.response.get("error"))
        return False
    await advice.mark_answered(db=deps.db, request=request)
    return True


async def relay_thread_reply(client: AsyncWebClient, deps: Deps, event: dict[str, Any], event_id: str | None) -> None:
    """A reply typed in the request's thread in the advice channel reaches the asker,
    once however often Slack delivers the event, and only from a member of the channel."""
    request = await advice.by_post(db=deps.db, channel_id=event["channel"], message_ts=event["thread_ts"])
    if request is None:
        return
    user, text = event.get("user") or "", from_slack_markup(event.get("text") or "")
    if not await deps.is_advisor(client, user):
        await client.chat_postEphemeral(channel=event["channel"], user=user, text=NOT_AN_ADVISOR)
        return
    try:
        request, message = await advice.add_reply(
            db=deps.db, case_code=request.case_code, advisor_id=user, text=text, claim=event_id
        )
    except AlreadyApplied:
        return  # Slack retried an event already relayed
    except AdviceError as exc:
        await client.chat_postEphemeral(channel=event["channel"], user=user, text=exc.user_message)
        return
    if not await relay_to_asker(client, deps, request, user, message.text):
        await client.chat_postEphemeral(channel=event["channel"], user=user, text=NOT_DELIVERED)
