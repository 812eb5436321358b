"""Block Kit for decision records: the summary picker, a record's modal, amendments and
Pure functions; nothing that identifies the family is shown."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View as SlackView

from bot.ids import Action, Block, View
from bot.views.kit import Message
from bot.views.text import clip, neutral
from flows.outcome import (
    CONSENT_LABELS,
    INFORM_LABELS,
    OUTCOME_LABELS,
    ROUTE_LABELS,
    Consent,
    InformFamily,
    Outcome,
    Route,
)

REASONS_SHOWN = 300  # a summary shows the reasons shortened; the record keeps them whole


def _fields(record: Any, *, advice_codes: bool) -> str:
    """Our own lines (labels and values we chose); the only typed text among them, the
    recipient's role, is neutralised and kept on its line."""
    outcome = OUTCOME_LABELS[Outcome(record.outcome)]
    recommended = OUTCOME_LABELS[Outcome(record.recommended_outcome)]
    lines = [
        f"*{record.reference}* · {record.created_at:%d %b %Y}",
        f"*Outcome:* {outcome}" + (f" (the rules recommended {recommended})" if recommended != outcome else ""),
        f"*Their agreement:* {CONSENT_LABELS[Consent(record.consent)]} · "
        f"*Does the family know:* {INFORM_LABELS[InformFamily(record.inform_family)]}",
    ]
    if record.route:  # records made before version 2 of the decision have none
        lines.append(f"*Where it went:* {ROUTE_LABELS[Route(record.route)]}")
    if record.lawful_basis:
        lines.append("*Lawful basis:* " + "; ".join(record.lawful_basis))
    if record.shared_with:
        lines.append("*Shared with:* " + neutral(" ".join(record.shared_with.split(":")[0].split())[:100]))
    if record.advice:
        # A case code in front of anyone but the asker would tie the anonymous request
        # advisors saw to this record and to the people who see the summary.
        codes = [a["case_code"] if isinstance(a, dict) else str(a) for a in record.advice]
        consulted = ", ".join(neutral(c) for c in codes) if advice_codes else _requests(len(codes))
        lines.append(f"*Advice consulted:* {consulted}")
    return "\n".join(lines)


def _requests(n: int) -> str:
    return f"{n} anonymous request" + ("s" if n != 1 else "")


def _reasons(record: Any) -> str:
    """The reasons as a quote: every line of them starts with `>` and none can format, so
    nothing typed there can pass for a field of the summary."""
    quoted = "\n".join(">" + line for line in neutral(clip(record.reasons, REASONS_SHOWN)).split("\n"))
    return "*Reasons* (as written):\n" + quoted


def record_summary(record: Any, *, advice_codes: bool = True) -> str:
    """A record in words, without the case reference or anything naming the family.
    Advice case codes are shown only in the asker's own views (`advice_codes`)."""
    parts = [_fields(record, advice_codes=advice_codes)]
    if record.reasons:
        parts.append(_reasons(record))
    return "\n".join(parts)


def thread_summary(record: Any) -> Message:
    """The summary posted into a conversation: our fields in one block, the typed reasons
    in a block of their own as a quote, and no advice case codes."""
    blocks: list[Any] = [SectionBlock(text=_md(_fields(record, advice_codes=False)))]
    if record.reasons:
        blocks.append(SectionBlock(text=_md(_reasons(record))))
    return record_summary(record, advice_codes=False), blocks


def _md(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text[:3000])


def _option(record: Any) -> Option:
    label = f"{record.reference} · {record.created_at:%d %b %Y} · {OUTCOME_LABELS[Outcome(record.outcome)]}"
    return Option(value=record.reference, text=PlainTextObject(text=label[:75]))


def summary_picker(records: list[Any], channel_id: str, thread_ts: str) -> SlackView:
    """Pick one of your records (or type a reference) to post its summary in the thread."""
    blocks: list[Any] = [
        SectionBlock(text=_md("The summary shows no names and not your case reference. It goes into this "
                              "message's thread only if the conversation is private and not shared.")),
    ]  # fmt: skip
    if records:
        blocks.append(InputBlock(block_id=Block.SUMMARY_PICK, label="Your records", optional=True,
                                 element=StaticSelectElement(action_id=Action.PICK,
                                                             options=[_option(r) for r in records[:100]])))  # fmt: skip
    blocks.append(InputBlock(block_id=Block.SUMMARY_REF, label="Or a record reference", optional=True,
                             element=PlainTextInputElement(action_id=Action.INPUT, max_length=32,
                                                           placeholder="ISR-2026-000042")))  # fmt: skip
    return SlackView(
        type="modal",
        callback_id=View.SUMMARY,
        private_metadata=json.dumps({"ch": channel_id, "ts": thread_ts}),
        title="Post a record summary",
        submit="Post in thread",
        blocks=blocks,
    )


def record_view(record: Any, can_amend: bool) -> SlackView:
    blocks: list[Any] = [SectionBlock(text=_md(record_summary(record)))]
    if record.amends:
        blocks.append(ContextBlock(elements=[_md(
            f"Amends {record.amends}: " + neutral(" ".join(record.amendment_reason[:500].split())))]))  # fmt: skip
    if can_amend:
        blocks.append(
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text="Amend"), action_id=Action.AMEND_RECORD, value=record.reference
                    )
                ]
            )
        )
    return SlackView(type="modal", callback_id=View.RECORD, title=record.reference, close="Close", blocks=blocks)


def amend_view(record: Any) -> SlackView:
    """A new version of the record, linked to it; the original is never changed."""
    outcomes = [Option(value=str(o), text=PlainTextObject(text=label)) for o, label in OUTCOME_LABELS.items()]
    current = next(o for o in outcomes if o.value == record.outcome)
    return SlackView(
        type="modal",
        callback_id=View.AMEND,
        private_metadata=json.dumps({"r": record.reference}),
        title="Amend the record",
        submit="Save amendment",
        blocks=[
            SectionBlock(text=_md(f"*{record.reference}* stays as it is. Your amendment is a new version "
                                  "linked to it, with your reason, in the same tamper-evident log.")),
            InputBlock(block_id=Block.AMEND_OUTCOME, label="Outcome",
                       element=StaticSelectElement(action_id=Action.PICK, options=outcomes, initial_option=current)),
            InputBlock(block_id=Block.AMEND_REASONS, label="Reasons", optional=True,
                       element=PlainTextInputElement(action_id=Action.INPUT, multiline=True, max_length=3000,
                                                     initial_value=record.reasons or None)),
            InputBlock(block_id=Block.AMEND_WHY, label="Why you are amending it",
                       element=PlainTextInputElement(action_id=Action.INPUT, multiline=True, max_length=3000)),
        ],
    )  # fmt: skip
