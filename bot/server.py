"""Running the app: HTTP (`POST /slack/events`, `GET /healthz`) or Socket Mode."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp

from bot.app import close_app

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024  # Slack's payloads are far smaller; refuse anything absurd


def _bad_request() -> web.Response:
    return web.json_response({"error": "malformed request"}, status=400)


def make_web_app(app: AsyncApp) -> web.Application:
    async def events(request: web.Request) -> web.Response:
        """Hand a request to Bolt; a body Bolt cannot even parse is a 400, never a 500."""
        try:
            bolt_request = await to_bolt_request(request)
        except (UnicodeDecodeError, ValueError, TypeError, AttributeError, KeyError):
            return _bad_request()
        try:
            bolt_resp = await app.async_dispatch(bolt_request)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            log.warning("malformed Slack request refused: %s", type(exc).__name__)
            return _bad_request()
        if bolt_resp.status >= 500:
            # Bolt answers 500 only when a request breaks it before any listener acked:
            # a payload of the wrong shape. Listener errors happen after the ack.
            log.warning("malformed Slack request refused")
            return _bad_request()
        return await to_aiohttp_response(bolt_resp)

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app = web.Application(client_max_size=MAX_BODY)
    web_app.add_routes([web.post(EVENTS_PATH, events), web.get("/healthz", healthz)])
    return web_app


async def serve_http(app: AsyncApp, port: int, host: str = "0.0.0.0") -> None:  # noqa: S104 - a server
    runner = web.AppRunner(make_web_app(app))
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    log.info("listening on port %s (POST %s, GET /healthz)", port, EVENTS_PATH)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await close_app(app)


async def serve_socket_mode(app: AsyncApp, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handler = AsyncSocketModeHandler(app, app_token)
    log.info("connecting in Socket Mode")
    await handler.start_async()
