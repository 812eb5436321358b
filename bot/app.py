"""`build_app`: the Bolt app, wired explicitly; no module-level app, no import side effects."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.deps import Deps
from bot.listeners import register_listeners
from bot.logs import hold_back_library_logs
from bot.settings import ConfigError, Settings, load_area_for
from bot.workspace.advisors import Advisors
from bot.workspace.leads import Leads
from bot.workspace.teams import TeamGate, team_gate_middleware
from flows.decisions import Db
from flows.redaction import Redactor
from storage.db import make_engine, make_sessionmaker

log = logging.getLogger(__name__)


def make_client(settings: Settings) -> AsyncWebClient:
    """A Web API client that honours SLACK_API_URL and retries 429s and dropped connections."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return AsyncWebClient(
        token=token,
        base_url=settings.slack_api_url,
        timeout=10,
        session=_shared_session(),
        retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=3), AsyncConnectionErrorRetryHandler()],
    )


def _shared_session() -> aiohttp.ClientSession | None:
    """One HTTP session (and its keep-alive connections) for every Web API call.

    Without it the SDK opens a new session and TCP (and TLS) connection per call. It
    needs a running event loop; built outside one, the SDK's default is kept.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return None
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))


def make_deps(settings: Settings, db: Db | None = None) -> Deps:
    """What the listeners share. `db` defaults to an engine on DATABASE_URL."""
    if db is None:
        db = make_sessionmaker(make_engine(settings.database_url))
    return Deps(
        settings=settings,
        db=db,
        redactor=Redactor(allow=settings.allow_words),
        area=load_area_for(settings),
        lead_directory=Leads(settings.leads),
        advisor_directory=Advisors(settings.advice_channel),
    )


def build_app(
    settings: Settings, *, db: Db | None = None, client: AsyncWebClient | None = None, deps: Deps | None = None
) -> AsyncApp:
    """The Slack app for these settings; pass `deps` to share them with background work."""
    hold_back_library_logs()
    deps = deps or make_deps(settings, db)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret is not None else None
    if secret is None and not settings.socket_mode:
        # Over HTTP, a request's signature is the only proof it came from Slack: an app
        # without a secret would let anyone act as anyone. Socket Mode needs none.
        raise ConfigError("SLACK_SIGNING_SECRET", "is not set (needed in HTTP mode, without SLACK_APP_TOKEN)")
    app = AsyncApp(
        client=client or make_client(settings),
        signing_secret=secret,
        request_verification_enabled=secret is not None,
        logger=logging.getLogger("bot.bolt"),
    )
    app.use(team_gate_middleware(TeamGate(settings.teams)))
    register_listeners(app, deps)

    @app.error
    async def on_error(error: Exception, body: dict[str, Any], client: AsyncWebClient) -> None:
        """Anything unexpected: log a correlation id (no payload), tell the person the id."""
        ref = uuid.uuid4().hex[:8]
        log.error("unexpected %s ref=%s", type(error).__name__, ref, exc_info=(type(error), error, None))
        user = (body.get("user") or {}).get("id") or body.get("user_id") or (body.get("event") or {}).get("user")
        if not user:
            return
        try:
            channel = (await client.conversations_open(users=user))["channel"]["id"]
            await client.chat_postMessage(
                channel=channel,
                text=f"Sorry, something went wrong on our side (reference {ref}). "
                "Your saved answers are safe; please try that step again.",
            )
        except Exception:  # noqa: BLE001 - we are already in the error path
            log.error("could not tell the user about ref=%s", ref)

    return app


async def close_app(app: AsyncApp) -> None:
    """Close the shared Web API session (keep-alive connections) when the app stops."""
    session = getattr(app.client, "session", None)
    if session is not None and not session.closed:
        await session.close()
