"""Who the safeguarding leads are: SAFEGUARDING_LEADS holds user IDs and/or user group
IDs (S...). Groups are resolved with usergroups.users.list and cached for a few minutes;
if Slack cannot say, only the listed user IDs count (closed, never open)."""

from __future__ import annotations

import logging
import time

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)


class Leads:
    def __init__(self, configured: frozenset[str], ttl: float = 300.0) -> None:
        self.users = frozenset(i for i in configured if not i.startswith("S"))
        self.groups = tuple(sorted(i for i in configured if i.startswith("S")))
        self.ttl = ttl
        self._cached: tuple[float, frozenset[str]] | None = None

    async def ids(self, client: AsyncWebClient) -> frozenset[str]:
        if not self.groups:
            return self.users
        if self._cached and time.monotonic() - self._cached[0] < self.ttl:
            return self._cached[1]
        members: set[str] = set(self.users)
        for group in self.groups:
            try:
                members.update((await client.usergroups_users_list(usergroup=group))["users"])
            except SlackApiError as exc:
                log.warning("lead group not resolved: %s", exc.response.get("error"))
                return self.users
        self._cached = (time.monotonic(), frozenset(members))
        return self._cached[1]
