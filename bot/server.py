"""Running the app: HTTP (`POST /slack/events`, `GET /healthz`) or Socket Mode."""

from __future__ import annotations

import asyncio
import json
import logging
from urllib.parse import parse_qs

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier

from bot.app import close_app

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1024 * 1024  # Slack's payloads are far smaller; refuse anything absurd


def _bad_request() -> web.Response:
    return web.json_response({"error": "malformed request"}, status=400)


def _unauthorised() -> web.Response:
    return web.json_response({"error": "invalid request signature"}, status=401)


def _parses(body: str, content_type: str) -> bool:
    """Whether a (signed) body is one Bolt can parse: JSON, or a form whose `payload` is
    JSON. Deep nesting, bad encodings and the like are found here, not inside Bolt."""
    try:
        if content_type == "application/json":
            json.loads(body)
        else:
            payload = parse_qs(body).get("payload")
            if payload:
                json.loads(payload[0])
    except (ValueError, RecursionError, MemoryError):
        return False
    return True


def make_web_app(app: AsyncApp, signing_secret: str | None = None) -> web.Application:
    """`POST /slack/events` and `GET /healthz`. The signature is checked on the raw body
    here, before anything parses it: an unsigned body of any shape is a 401, a signed one
    that cannot be parsed a 400, and only a signed, parseable one reaches Bolt."""
    secret = signing_secret if signing_secret is not None else getattr(app, "_signing_secret", None)
    verifier = SignatureVerifier(secret) if secret else None

    async def events(request: web.Request) -> web.Response:
        """Hand a request to Bolt; a body Bolt cannot even parse is a 400, never a 500."""
        if verifier is None:
            return _unauthorised()  # never serve HTTP without a secret (build_app refuses it too)
        raw = await request.read()
        try:
            signed = verifier.is_valid_request(raw, dict(request.headers))
        except (ValueError, TypeError):  # a timestamp header that is not a number
            signed = False
        if not signed:
            return _unauthorised()
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            return _bad_request()
        if not _parses(body, request.content_type):
            log.warning("malformed signed Slack request refused")
            return _bad_request()
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
