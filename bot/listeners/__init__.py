"""Wires every listener onto the app, one module per Slack surface."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.deps import Deps
from bot.listeners import actions, advice, commands, events, messages, records, shortcuts, views


def register_listeners(app: AsyncApp, deps: Deps) -> None:
    for module in (messages, commands, actions, shortcuts, views, events, advice, records):
        module.register(app, deps)
