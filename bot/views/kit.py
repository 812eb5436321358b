"""The few Block Kit pieces every surface builds the same way, so each view module
holds only what is particular to its surface."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import Block as SlackBlock
from slack_sdk.models.blocks import ButtonElement, MarkdownTextObject, PlainTextObject, SectionBlock

from bot.views.text import clip

SECTION_LIMIT = 3000  # Slack's limit for a section's text
# A message as the bot posts it: the notification text and its blocks.
Message = tuple[str, list[SlackBlock | dict[str, Any]]]


def md(text: str) -> MarkdownTextObject:
    """mrkdwn text, cut to what a section can hold (the text must already be escaped)."""
    return MarkdownTextObject(text=clip(text, SECTION_LIMIT))


def section(text: str, block_id: str | None = None) -> SectionBlock:
    return SectionBlock(text=md(text), block_id=block_id)


def button(text: str, action_id: str, value: str | None = None, style: str | None = None, **kw: Any) -> ButtonElement:
    return ButtonElement(text=PlainTextObject(text=text), action_id=action_id, value=value, style=style, **kw)
