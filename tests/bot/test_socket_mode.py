"""`infoshare-bot run` with SLACK_APP_TOKEN: Socket Mode against a local websocket that
speaks Slack's envelope protocol (hello, events_api, acks by envelope_id)."""

import asyncio
import json
import os
import sys
import time

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer


async def test_socket_mode_receives_a_dm_acks_it_and_answers(tmp_path, db_url, fake):
    acks: list[str] = []
    connected = asyncio.Event()

    async def socket(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}})
        connected.set()
        event = {
            "type": "message",
            "channel": "D1",
            "user": "U1",
            "text": "start",
            "ts": f"{time.time():.6f}",
            "channel_type": "im",
        }
        payload = {"token": "legacy", "team_id": "T1", "api_app_id": "A1", "event": event, "type": "event_callback",
                   "event_id": "EvSocket1", "event_time": int(time.time()),
                   "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
        await ws.send_json({"envelope_id": "env-1", "type": "events_api", "payload": payload,
                            "accepts_response_payload": False, "retry_attempt": 0, "retry_reason": ""})  # fmt: skip
        async for msg in ws:
            if msg.type == WSMsgType.TEXT and "envelope_id" in msg.data:
                acks.append(json.loads(msg.data)["envelope_id"])
        return ws

    app = web.Application()
    app.add_routes([web.get("/link", socket)])
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    fake.socket_url = f"ws://127.0.0.1:{server.port}/link"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    env.update(SLACK_BOT_TOKEN="xoxb-test", SLACK_APP_TOKEN="xapp-test", SLACK_API_URL=fake.url, DATABASE_URL=db_url)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                                                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)  # fmt: skip
    try:
        await asyncio.wait_for(connected.wait(), 30)
        calls = await fake.wait_for(lambda calls: fake.posts("D1"), timeout=30)
        assert any("immediate danger" in c.args.get("text", "") for c in calls if c.method == "chat.postMessage")
        for _ in range(100):
            if acks:
                break
            await asyncio.sleep(0.05)
        assert acks == ["env-1"]
    finally:
        proc.terminate()
        _, err = await proc.communicate()
        await server.close()
    assert b"Traceback" not in err, err.decode()[-2000:]
