"""Issue 13, row 7 (low): the signature is checked on the raw body before anything parses
it. An unsigned, deeply nested JSON body had reached Bolt's parser and got a 500."""

from __future__ import annotations

import time
import urllib.parse

import aiohttp
import pytest

from tests.slack_sim import sign

DEEP = "[" * 100_000 + "]" * 100_000
DEEP_FORM = urllib.parse.urlencode({"payload": "{" * 100_000})


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (DEEP, "application/json"),
        (DEEP_FORM, "application/x-www-form-urlencoded"),
        ('{"type": "event_callback", "event": {"type": "message"}}', "application/json"),
        ("\xff\xfe not utf-8", "application/json"),
    ],
)
async def test_an_unsigned_body_of_any_shape_is_a_401(sim, fake, body, content_type):
    data = body.encode("latin-1") if body.startswith("\xff") else body.encode()
    stale = {"X-Slack-Request-Timestamp": "not-a-number", "X-Slack-Signature": "v0=00"}
    async with aiohttp.ClientSession() as s:
        for headers in ({}, stale, sign(body, timestamp=int(time.time()) - 3600)):
            async with s.post(sim.url, data=data, headers={"Content-Type": content_type, **headers}) as r:
                assert r.status == 401
    assert fake.calls == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [(DEEP, "application/json"), (DEEP_FORM, "application/x-www-form-urlencoded"), ("{not json", "application/json")],
)
async def test_a_signed_malformed_body_is_a_400(sim, fake, body, content_type):
    response = await sim.post(body, content_type)
    assert response.status == 400
    assert fake.calls == []
