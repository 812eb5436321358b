"""Which workspaces (or Enterprise Grid organisations) the bot serves: ALLOWED_TEAMS.

A request from anywhere else is acknowledged and dropped before any listener runs, so
nothing is read, written or posted for it. Unset, only the workspace the bot token
belongs to (auth.test) is served; if Slack cannot say which that is, every request is
served with a warning, and auth.test is asked again a minute later.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import aiohttp
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)
RETRY_SECONDS = 60.0


class TeamGate:
    def __init__(self, configured: frozenset[str]) -> None:
        self.configured = configured
        self._found: frozenset[str] | None = None
        self._failed_at: float | None = None
        self._lock = asyncio.Lock()

    async def allowed(self, client: AsyncWebClient) -> frozenset[str] | None:
        """The team and enterprise ids served, or None for "all" (auth.test unavailable)."""
        if self.configured:
            return self.configured
        if self._found is not None:
            return self._found
        async with self._lock:
            if self._found is None and (self._failed_at is None or time.monotonic() - self._failed_at > RETRY_SECONDS):
                self._found = await self._ask(client)
                self._failed_at = None if self._found is not None else time.monotonic()
        return self._found

    async def _ask(self, client: AsyncWebClient) -> frozenset[str] | None:
        try:
            result = await client.auth_test()
        except (TimeoutError, SlackApiError, OSError, aiohttp.ClientError) as exc:
            log.warning("ALLOWED_TEAMS is unset and auth.test failed (%s): serving every workspace for now",
                        type(exc).__name__)  # fmt: skip
            return None
        ids = {str(result.get("team_id") or "")}
        if result.get("is_enterprise_install") and result.get("enterprise_id"):
            ids.add(str(result["enterprise_id"]))  # an org-wide install serves the whole organisation
        ids.discard("")
        if not ids:
            log.warning("ALLOWED_TEAMS is unset and auth.test named no workspace: serving every workspace")
            return None
        log.info("serving only the bot token's workspace (ALLOWED_TEAMS unset)")
        return frozenset(ids)

    def admits(self, allowed: frozenset[str] | None, context: AsyncBoltContext) -> bool:
        """The workspace (or organisation) the request comes from, and the acting user's
        own workspace when Slack names it (a shared channel), must both be allowed."""
        if allowed is None:
            return True
        place = {context.team_id, context.enterprise_id} - {None}
        if not place & allowed:
            return False
        actor = {context.actor_team_id, context.actor_enterprise_id} - {None}
        return not actor or bool(actor & allowed)


def team_gate_middleware(gate: TeamGate) -> Callable[..., Awaitable[BoltResponse | None]]:
    """Bolt middleware: a request from a workspace not allowed is acked (200, empty) and
    goes no further. Only the opaque team and enterprise ids are logged."""

    async def only_allowed_teams(
        client: AsyncWebClient, context: AsyncBoltContext, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse | None:
        if gate.admits(await gate.allowed(client), context):
            return await next()
        log.warning("request from a workspace not in ALLOWED_TEAMS refused team=%s enterprise=%s",
                    context.team_id, context.enterprise_id)  # fmt: skip
        return BoltResponse(status=200, body="")

    return only_allowed_teams
