"""Direct messages to the bot: start or continue the decision, and typed answers."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import Event
from bot.listeners.advice import relay_thread_reply
from bot.present import open_decision, show, tell, tell_error
from bot.views.decision import HELP
from flows import decisions
from flows.answers import parse_typed
from flows.errors import AlreadyApplied, DecisionError
from flows.questions import FREE_TEXT_MAX, Kind

KEYWORDS = {
    "start": "start",
    "hi": "start",
    "hello": "start",
    "help": "help",
    "back": "back",
    "resume": "resume",
    "cancel": "cancel",
    "start again": "restart",
    "restart": "restart",
}


def register(app: AsyncApp, deps: Deps) -> None:
    @app.event(Event.MESSAGE)
    async def on_message(
        event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        if event.get("subtype") or event.get("bot_id"):
            return  # edits, joins and bots are not answers
        if (
            event.get("channel_type") == "group"
            and event.get("thread_ts")
            and event.get("channel") == deps.settings.advice_channel
        ):
            await relay_thread_reply(client, deps, event, body.get("event_id"))
            return
        if event.get("channel_type") != "im":
            return
        user, team, channel = event.get("user"), context.team_id, event.get("channel")
        if not user or not team or not channel:
            return
        text = event.get("text") or ""
        try:
            await _handle(deps, client, team, user, channel, text, body.get("event_id"))
        except AlreadyApplied:
            return  # Slack retried an event we had already applied
        except DecisionError as exc:
            await tell_error(client, channel, user, exc)


async def _handle(
    deps: Deps, client: AsyncWebClient, team: str, user: str, channel: str, text: str, event_id: str | None
) -> None:
    """One DM: a keyword, or an answer to the question on screen; `event_id` makes it apply once."""
    if len(text) > FREE_TEXT_MAX:
        await decisions.claim_event(db=deps.db, event_id=event_id)
        await tell(
            client,
            channel,
            f"That message is {len(text):,} characters long; answers are limited to {FREE_TEXT_MAX:,}. "
            "Please shorten it. Nothing was saved.",
        )
        return
    keyword = KEYWORDS.get(text.strip().lower().rstrip("!."))
    if keyword == "help":
        await decisions.claim_event(db=deps.db, event_id=event_id)
        await tell(client, channel, HELP)
        return
    step = None if keyword in ("start", "restart") else await decisions.current(db=deps.db, team_id=team, user_id=user)
    if step is None:
        await open_decision(
            client, deps, team=team, user=user, channel=channel, restart=keyword == "restart", event_id=event_id
        )
        return
    if keyword == "back":
        step = await decisions.go_back(db=deps.db, team_id=team, user_id=user, version=None, event_id=event_id)
    elif keyword == "resume" and step.is_paused:
        step = await decisions.resume(db=deps.db, team_id=team, user_id=user, event_id=event_id)
    elif keyword == "cancel":
        step = await decisions.cancel(db=deps.db, team_id=team, user_id=user, event_id=event_id)
    else:
        question = step.question
        value = parse_typed(question, text, step.live) if question and text.strip() else None
        if question is None or value is None:
            # A retry of an answer already applied must not be re-read against the next question.
            await decisions.claim_event(db=deps.db, event_id=event_id)
            hint = (
                "Please type the number of an answer and then any detail (for example `2 Duty social worker`), "
                "or use the form."
                if question and question.kind is Kind.CHOICE_TEXT
                else "Please answer with the buttons or the form, or type the number of an answer."
                if question
                else "Please use the buttons: Resume when you are ready to carry on."
            )
            await show(client, deps, step, channel=channel, note=hint)
            return
        step = await decisions.answer(
            db=deps.db,
            team_id=team,
            user_id=user,
            question_id=question.id,
            version=None,
            value=value,
            event_id=event_id,
        )
    await show(client, deps, step, channel=channel)
