"""No advice request left unanswered: flag the silent ones again, tell leads and asker.

`escalate` takes the time as an argument so tests need not wait; `run_forever` calls it
once a minute in the running bot. Marking a request escalated happens in the database,
so with several instances each request is flagged once.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.present import dm_channel, tell
from flows import advice
from flows.errors import DecisionError

log = logging.getLogger(__name__)


async def escalate(client: AsyncWebClient, deps: Deps, now: datetime) -> int:
    """Flag every request with no reply for ADVICE_ESCALATE_MINUTES; returns how many."""
    minutes = deps.settings.advice_escalate_minutes
    due = await advice.escalate_due(db=deps.db, now=now, after=timedelta(minutes=minutes))
    for request in due:
        try:
            await client.chat_postMessage(
                channel=request.channel_id or "",
                thread_ts=request.message_ts,
                reply_broadcast=True,
                text=f"{request.case_code} has had no reply for {minutes} minutes. Can someone help?",
            )
            for lead in sorted(await deps.leads(client)):
                await tell(
                    client,
                    await dm_channel(client, lead),
                    f"Advice request *{request.case_code}* has had no reply for {minutes} minutes "
                    "in the advice channel. Please look at it.",
                )
            await tell(
                client,
                request.asker_channel or await dm_channel(client, request.asker_id),
                f"No one has replied to *{request.case_code}* yet, so it has been flagged again and sent to the "
                f"safeguarding leads. If it is urgent, call {deps.area.contacts.front_door}.",
            )
        except SlackApiError as exc:
            log.warning("escalation of case=%s not delivered: %s", request.case_code, exc.response.get("error"))
    if due:
        log.info("escalated %d advice requests", len(due))
    return len(due)


async def run_forever(client: AsyncWebClient, deps: Deps, every: float = 60.0) -> None:
    while True:
        try:
            await escalate(client, deps, datetime.now(UTC))
        except DecisionError as exc:  # the database is away: try again next round
            log.warning("escalation skipped: %s", type(exc).__name__)
        await asyncio.sleep(every)
