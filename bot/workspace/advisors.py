"""Who may advise: the members of ADVICE_CHANNEL, asked with conversations.members and
kept for a minute. If Slack cannot say, no one counts (closed, never open)."""

from __future__ import annotations

import logging
import time

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)
MAX_PAGES = 20  # 20,000 members: far more than an advice channel should have


class Advisors:
    def __init__(self, channel: str | None, ttl: float = 60.0) -> None:
        self.channel = channel
        self.ttl = ttl
        self._cached: tuple[float, frozenset[str]] | None = None

    async def includes(self, client: AsyncWebClient, user: str) -> bool:
        return bool(user) and user in await self.members(client)

    async def members(self, client: AsyncWebClient) -> frozenset[str]:
        if not self.channel:
            return frozenset()
        if self._cached and time.monotonic() - self._cached[0] < self.ttl:
            return self._cached[1]
        members: set[str] = set()
        cursor = None
        try:
            for _ in range(MAX_PAGES):
                page = await client.conversations_members(channel=self.channel, limit=1000, cursor=cursor)
                members.update(page.get("members") or [])
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
        except SlackApiError as exc:
            log.warning("advice channel members unavailable: %s", exc.response.get("error"))
            return frozenset()
        self._cached = (time.monotonic(), frozenset(members))
        return self._cached[1]
