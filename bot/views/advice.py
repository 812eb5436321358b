"""Block Kit for advice requests: the asking modal, the preview, the channel post and the
messages that carry replies. Pure functions; user text is escaped wherever it is shown."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View as SlackView

from bot.ids import Action, Block, View, versioned
from bot.views.kit import Message
from bot.views.text import clip, escape, inert_links, quote_pieces
from flows.advice import MAX_QUESTION
from flows.questions import QUESTIONS

METADATA_LIMIT = 3000  # Slack's limit for private_metadata
SECTIONS_PER_MESSAGE = 10  # a long reply goes over several messages of this many sections


class MetadataTooLarge(ValueError):
    """The modal's round-trip state would not fit in private_metadata."""


def _meta(data: dict[str, Any]) -> str:
    text = json.dumps(data, separators=(",", ":"))
    if len(text) > METADATA_LIMIT:
        raise MetadataTooLarge()
    return text


def _input(block_id: str, label: str, *, multiline: bool = False, optional: bool = False, initial: str | None = None,
           max_length: int = 3000, hint: str | None = None) -> InputBlock:  # fmt: skip
    return InputBlock(
        block_id=block_id,
        label=label,
        optional=optional,
        hint=hint,
        element=PlainTextInputElement(
            action_id=Action.INPUT, multiline=multiline, max_length=max_length, initial_value=initial or None
        ),
    )


def ask_view(meta: dict[str, Any]) -> SlackView:
    """Step 1: the question, and the names the asker knows are in it."""
    followup = meta.get("c")
    return SlackView(
        type="modal",
        callback_id=View.ASK,
        private_metadata=_meta(meta),
        title="Answer back" if followup else "Ask a colleague",
        submit="Preview",
        blocks=[
            SectionBlock(
                text=MarkdownTextObject(
                    text=(f"Your answer to advisors on *{followup}*. " if followup else "")
                    + "Names, dates of birth, addresses and other identifiers are hidden before anything "
                    "is posted. You will see the exact text first."
                )
            ),
            _input(
                Block.ADVICE_QUESTION,
                "Your question" if not followup else "Your answer",
                multiline=True,
                max_length=MAX_QUESTION,
            ),  # fmt: skip
            _input(
                Block.ADVICE_KNOWN,
                "Names and places in your text",
                optional=True,
                max_length=300,
                hint="Separate them with commas. Used only to hide them: never stored or posted.",
            ),  # fmt: skip
        ],
    )


def preview_view(shown: str, hidden: int, meta: dict[str, Any], note: str | None = None) -> SlackView:
    """Step 2: the exact text that will be posted; edit, un-hide or hide more, or post."""
    blocks: list[Any] = []
    if note:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f":warning: {note}")))
    blocks += [
        SectionBlock(text=MarkdownTextObject(text=f"*This exact text will be posted* ({hidden} identifiers hidden):")),
        *[SectionBlock(text=MarkdownTextObject(text=piece)) for piece in relay_pieces("", shown)],
        _input(Block.ADVICE_EDIT, "Edit it if you need to", multiline=True, optional=True, initial=shown,
               max_length=MAX_QUESTION, hint="Your edit is checked for identifiers again before posting."),
        _input(Block.ADVICE_KEEP, "Show these hidden words as written", optional=True, max_length=300,
               hint="Only words that identify nobody. Separate with commas."),
        _input(Block.ADVICE_HIDE, "Also hide these words", optional=True, max_length=300),
        ContextBlock(elements=[MarkdownTextObject(
            text="Change anything above and you will see a new preview. Nothing is posted until you press Post.")]),
    ]  # fmt: skip
    return SlackView(
        type="modal",
        callback_id=View.PREVIEW,
        private_metadata=_meta({**meta, "t": shown}),
        title="Check before posting",
        submit="Post",
        close="Cancel",
        blocks=blocks,
    )


def reply_view(case_code: str) -> SlackView:
    return SlackView(
        type="modal",
        callback_id=View.REPLY,
        private_metadata=_meta({"c": case_code}),
        title=f"Reply to {case_code}",
        submit="Send reply",
        blocks=[
            _input(Block.ADVICE_REPLY_TEXT, "Your advice", multiline=True),
            ContextBlock(elements=[MarkdownTextObject(text="The asker sees your name with your reply.")]),
        ],
    )


def _stage_line(stage: str | None, so_far: dict[str, Any]) -> str:
    parts = []
    if stage and stage in QUESTIONS:
        parts.append(f"Stage: {QUESTIONS[stage].text}")
    answers = []
    for qid, value in so_far.items():
        question = QUESTIONS.get(qid)
        if question is None:
            continue
        values = value if isinstance(value, list) else [value]
        answers.append(f"{qid.replace('_', ' ')}: " + ", ".join(question.label(v) for v in values))
    if answers:
        parts.append("Decision so far: " + "; ".join(answers))
    return clip(" · ".join(parts) or "Asked outside a decision.", 2900)


def channel_post(case_code: str, text: str, stage: str | None, so_far: dict[str, Any]) -> Message:
    """The post advisors see: case code, approved text, stage, Reply. Nothing of the asker."""
    pieces = relay_pieces(f"*Advice request {case_code}*", text)
    return (
        f"Advice request {case_code}",
        [
            SectionBlock(block_id=versioned(Block.ADVICE_POST, case_code), text=MarkdownTextObject(text=pieces[0])),
            *[SectionBlock(text=MarkdownTextObject(text=piece)) for piece in pieces[1:]],
            ContextBlock(elements=[MarkdownTextObject(text=escape(_stage_line(stage, so_far)))]),
            ActionsBlock(block_id=versioned(Block.ADVICE_ACTIONS, case_code),
                         elements=[ButtonElement(text=PlainTextObject(text="Reply"), action_id=Action.ADVICE_REPLY,
                                                 value=case_code, style="primary")]),
        ],
    )  # fmt: skip


def _asker_buttons(case_code: str) -> ActionsBlock:
    return ActionsBlock(
        block_id=versioned(Block.ADVICE_ACTIONS, case_code),
        elements=[
            ButtonElement(text=PlainTextObject(text="Answer back"), action_id=Action.ADVICE_ANSWER, value=case_code),
            ButtonElement(text=PlainTextObject(text="Mark resolved"), action_id=Action.ADVICE_RESOLVE, value=case_code),
        ],
    )


def posted_to_asker(case_code: str) -> Message:
    text = f"Your question was posted to advisors as *{case_code}*. Their replies will come here."
    return text, [SectionBlock(text=MarkdownTextObject(text=text)), _asker_buttons(case_code)]


def reply_to_asker(case_code: str, advisor_id: str, text: str) -> list[Message]:
    """An advisor's reply in the asker's DM, whole: over several messages if need be."""
    pieces = relay_pieces(f"*Advice on {case_code}* from <@{advisor_id}>:", text)
    return in_messages(f"Advice on {case_code}", pieces, tail=[_asker_buttons(case_code)])


def in_thread(prefix: str, text: str) -> list[Message]:
    """Someone's words posted into a request's thread (a reply, the asker's answer back)."""
    return in_messages(prefix.replace("*", ""), relay_pieces(prefix, text))


def in_messages(fallback: str, pieces: list[str], tail: list[Any] | None = None) -> list[Message]:
    """One section per piece, ten sections a message; `tail` ends the last message."""
    groups = [pieces[i : i + SECTIONS_PER_MESSAGE] for i in range(0, len(pieces), SECTIONS_PER_MESSAGE)] or [[]]
    messages: list[Message] = []
    for n, group in enumerate(groups, 1):
        blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=piece)) for piece in group]
        if n == len(groups):
            blocks += tail or []
        messages.append((fallback + (f" (part {n} of {len(groups)})" if len(groups) > 1 else ""), blocks))
    return messages


def relay_pieces(prefix: str, text: str) -> list[str]:
    """Typed text under `prefix`, escaped, its links inert, then cut into pieces that fit."""
    return quote_pieces(prefix, escape(inert_links(text)))


def quoted(prefix: str, text: str) -> str:
    """The first piece only (with … if there is more), for a short note."""
    pieces = relay_pieces(prefix, text)
    return pieces[0] + ("\n>…" if len(pieces) > 1 else "")
