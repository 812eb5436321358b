"""Button clicks and form submits inside the decision messages."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.ids import ANSWER_ACTION, Action, Block, parse_nav, parse_versioned, versioned
from bot.present import answered_then_show, dm_channel, open_decision, show, tell_error
from bot.views.advice import quoted
from bot.views.decision import override_view
from bot.views.text import cut
from flows import advice, decisions
from flows.errors import DecisionError, InvalidAnswer, StaleAnswer
from flows.questions import Kind, Question


def register(app: AsyncApp, deps: Deps) -> None:
    async def run(body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext, work: Any) -> None:
        """Run one click's work; domain errors are told in the DM, never raised."""
        user, team = context.user_id or "", context.team_id or ""
        try:
            await work(user, team)
        except DecisionError as exc:
            # Always the clicker's own DM: a forged payload naming another channel gets nothing there.
            await tell_error(client, await dm_channel(client, user), user, exc)

    @app.action(ANSWER_ACTION)
    async def on_answer(
        ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await ack()
        question_id, version = parse_versioned(action.get("block_id", ""))
        value = action.get("value")

        async def work(user: str, team: str) -> None:
            question = deps.area.question(question_id)
            if question is None or version is None:
                raise InvalidAnswer()
            if question.kind is Kind.CONFIRM and value == "override":
                step = await decisions.current(db=deps.db, team_id=team, user_id=user)
                if step is None or step.state != "confirm" or step.version != version:
                    raise StaleAnswer(step)
                await client.views_open(trigger_id=body["trigger_id"], view=override_view(step))
                return
            value_ = {"decision": value} if question.kind is Kind.CONFIRM else value
            step = await decisions.answer(
                db=deps.db, team_id=team, user_id=user, question_id=question_id, version=version, value=value_
            )
            if value == "back":
                await show(client, deps, step)
            else:
                await answered_then_show(client, deps, body, question, step.answers.get(question_id, value_), step)

        await run(body, client, context, work)

    @app.action(Action.SUBMIT)
    async def on_submit(
        ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await ack()
        question_id, version = parse_versioned(action.get("block_id", ""))

        async def work(user: str, team: str) -> None:
            question = deps.area.question(question_id)
            if question is None or version is None:
                raise InvalidAnswer()
            value = form_value(question, version, (body.get("state") or {}).get("values") or {})
            step = await decisions.answer(
                db=deps.db, team_id=team, user_id=user, question_id=question_id, version=version, value=value
            )
            await answered_then_show(client, deps, body, question, step.answers[question_id], step)

        await run(body, client, context, work)

    def nav(action_id: Action, service: Any) -> None:
        @app.action(action_id)
        async def on_nav(
            ack: Any, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
        ) -> None:
            await ack()
            version = parse_nav(action.get("block_id", "")) or _int(action.get("value"))

            async def work(user: str, team: str) -> None:
                step = await service(db=deps.db, team_id=team, user_id=user, version=version)
                note = await advice_note(deps, step) if action_id is Action.RESUME else None
                await show(client, deps, step, note=note)

            await run(body, client, context, work)

    nav(Action.BACK, decisions.go_back)
    nav(Action.RESUME, decisions.resume)
    nav(Action.CANCEL, decisions.cancel)

    def opener(action_id: Action, restart: bool) -> None:
        @app.action(action_id)
        async def on_open(ack: Any, body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
            await ack()

            async def work(user: str, team: str) -> None:
                await open_decision(client, deps, team=team, user=user, restart=restart)

            await run(body, client, context, work)

    opener(Action.START, restart=False)
    opener(Action.RESTART, restart=True)
    opener(Action.SHOW_CURRENT, restart=False)  # the decision in progress, or a new one

    # Inputs inside messages send nothing until Continue; these keep Bolt from warning
    # if a client sends their changes anyway.
    @app.action(Action.CHOICES)
    @app.action(Action.CHOICE)
    @app.action(Action.TEXT)
    async def on_input_change(ack: Any) -> None:
        await ack()


async def advice_note(deps: Deps, step: Any) -> str | None:
    """The advice received on this decision, shown as it resumes."""
    received = await advice.for_conversation(db=deps.db, conversation_id=step.conversation_id)
    lines = [
        quoted(f"*{request.case_code}*, from <@{m.author_id}>:", m.text)
        for request, messages in received
        for m in messages
        if not m.from_asker
    ]
    return cut("*Advice received*\n" + "\n".join(lines), 2900) if lines else None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, str) and value.isdigit() else None


def form_value(question: Question, version: int, values: dict[str, Any]) -> Any:
    """Read a question's answer out of the message's `state.values`."""
    main = values.get(versioned(Block.QUESTION, question.id, version)) or {}
    if question.kind in (Kind.MULTI, Kind.CHECKLIST):
        selected = (main.get(Action.CHOICES) or {}).get("selected_options") or []
        return [o.get("value") for o in selected if isinstance(o, dict)]
    if question.kind is Kind.TEXT:
        return (main.get(Action.TEXT) or {}).get("value") or ""
    if question.kind is Kind.CHOICE_TEXT:
        detail = values.get(versioned(Block.DETAIL, question.id, version)) or {}
        return {
            "choice": ((main.get(Action.CHOICE) or {}).get("selected_option") or {}).get("value"),
            "detail": (detail.get(Action.TEXT) or {}).get("value") or "",
        }
    raise InvalidAnswer()
