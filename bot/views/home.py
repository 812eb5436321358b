"""Block Kit for the Home tab: the decision in progress, my records (paged), my advice
requests, and for leads this month's counts. Pure functions."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    DividerBlock,
    HeaderBlock,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View as SlackView

from bot.ids import Action, Block
from bot.views.kit import button, md, section
from bot.views.text import escape
from flows.area import DEFAULT_AREA, Area
from flows.decisions import Step
from flows.outcome import OUTCOME_LABELS, Outcome


def home_view(open_step: Step | None, area: Area = DEFAULT_AREA, more: list[Any] | None = None) -> SlackView:
    """The Home tab: the decision in progress first, then whatever `more` the caller adds."""
    blocks: list[Any] = [HeaderBlock(text="Information sharing decisions")]
    if open_step is not None:
        question = area.question(open_step.state)
        where = question.text if question else "paused"
        blocks.append(section(f"*Your decision in progress* is at: {escape(where)}"))
        buttons = [button("Carry on in messages", Action.SHOW_CURRENT, style="primary"),
                   button("Ask a colleague", Action.ASK_ADVICE), button("Start again", Action.RESTART)]  # fmt: skip
    else:
        blocks.append(section("No decision in progress."))
        buttons = [
            button("Start a decision", Action.START, style="primary"),
            button("Ask a colleague", Action.ASK_ADVICE),
        ]
    blocks.append(ActionsBlock(block_id=Block.HOME, elements=buttons))
    blocks.append(DividerBlock())
    blocks.extend(more or [])
    return SlackView(type="home", blocks=blocks[:100])


def home_records(records: list[Any], total: int, page: int, page_size: int) -> list[Any]:
    blocks: list[Any] = [SectionBlock(text=md(f"*Your records* ({total})"))]
    if not records:
        blocks.append(SectionBlock(text=md("_None yet._")))
    for record in records:
        blocks.append(SectionBlock(
            text=md(f"*{record.reference}* · {record.created_at:%d %b %Y} · "
                     f"{OUTCOME_LABELS[Outcome(record.outcome)]}" + (" · amendment" if record.amends else "")),
            accessory=ButtonElement(text=PlainTextObject(text="Open"), action_id=Action.OPEN_RECORD,
                                    value=record.reference)))  # fmt: skip
    pager = []
    if page > 0:
        pager.append(ButtonElement(text=PlainTextObject(text="Newer"), action_id=f"{Action.HOME_PAGE}:prev",
                                   value=str(page - 1)))  # fmt: skip
    if (page + 1) * page_size < total:
        pager.append(ButtonElement(text=PlainTextObject(text="Older"), action_id=f"{Action.HOME_PAGE}:next",
                                   value=str(page + 1)))  # fmt: skip
    if pager:
        blocks.append(ActionsBlock(elements=pager))
    return blocks


def home_advice(mine: list[Any], open_for_advisors: list[Any] | None) -> list[Any]:
    blocks: list[Any] = [DividerBlock(), SectionBlock(text=md("*Your advice requests*"))]
    lines = [f"• *{r.case_code}* · {r.status}" for r in mine[:10]]
    blocks.append(SectionBlock(text=md("\n".join(lines) or "_None._")))
    if open_for_advisors is not None:
        blocks.append(SectionBlock(text=md("*Open requests in the advice channel*")))
        lines = [f"• *{r.case_code}* · asked {r.created_at:%d %b %H:%M}" for r in open_for_advisors[:10]]
        blocks.append(SectionBlock(text=md("\n".join(lines) or "_None open._")))
    return blocks


def home_counts(counts: dict[str, int]) -> list[Any]:
    lines = [f"• {label}: {counts.get(str(o), 0)}" for o, label in OUTCOME_LABELS.items()]
    header = HeaderBlock(text="This month (safeguarding leads)")
    return [DividerBlock(), header, SectionBlock(text=md("\n".join(lines)))]
