"""The fastest thing infoshare-bot could be: a bare Bolt app whose every listener acks
and posts one message. Served the same way (aiohttp, POST /slack/events) for the bench."""

from __future__ import annotations

import asyncio
import os
import re

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient


def build() -> AsyncApp:
    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @app.event("message")
    async def on_message(event: dict, client: AsyncWebClient) -> None:
        await client.chat_postMessage(channel=event["channel"], text="ok")

    @app.action(re.compile(".*"))
    async def on_action(ack, body: dict, client: AsyncWebClient) -> None:  # noqa: ANN001
        await ack()
        await client.chat_postMessage(channel=body["container"]["channel_id"], text="ok")

    @app.command("/infoshare")
    async def on_command(ack, command: dict, client: AsyncWebClient) -> None:  # noqa: ANN001
        await ack()
        await client.chat_postMessage(channel="D" + command["user_id"].lstrip("U"), text="ok")

    return app


async def main() -> None:
    app = build()

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app = web.Application()
    web_app.add_routes([web.post("/slack/events", events), web.get("/healthz", healthz)])
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", int(os.environ["PORT"])).start()
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
