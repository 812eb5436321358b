"""Hostile and broken input through the signed endpoint: the process never dies, state
never changes, and nothing typed leaks into the logs."""

import asyncio
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import decisions
from tests.reliability.figures import FUZZ_PAYLOADS
from tests.slack_sim import sign

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=50))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.text(max_size=12), inner, max_size=4), max_leaves=12)  # fmt: skip


def mutate(valid: dict):
    """A valid payload with one field removed, retyped or blown up."""
    keys = st.sampled_from(sorted(valid))
    return st.one_of(
        keys.map(lambda k: {x: v for x, v in valid.items() if x != k}),
        st.tuples(keys, json_values).map(lambda kv: {**valid, kv[0]: kv[1]}),
        keys.map(lambda k: {**valid, k: "x" * 50_000}),
    )


BLOCK_ACTION = {
    "type": "block_actions",
    "user": {"id": "U1", "team_id": "T1"},
    "team": {"id": "T1"},
    "api_app_id": "A1",
    "container": {"type": "message", "message_ts": "1.1", "channel_id": "D1"},
    "trigger_id": "t",
    "channel": {"id": "D1"},
    "message": {"ts": "1.1", "blocks": []},
    "state": {"values": {}},
    "actions": [{"type": "button", "action_id": "answer:yes", "block_id": "q:emergency:1", "value": "yes"}],
}
EVENT = {
    "type": "event_callback",
    "team_id": "T1",
    "api_app_id": "A1",
    "event_id": "Ev1",
    "event": {"type": "message", "channel": "D1", "user": "U1", "text": "hi", "channel_type": "im"},
}

bodies = st.one_of(
    st.binary(max_size=2000).map(lambda b: (b, "application/octet-stream")),
    st.text(max_size=2000).map(lambda t: (t.encode(), "application/json")),
    json_values.map(lambda v: (json.dumps(v).encode(), "application/json")),
    mutate(EVENT).map(lambda v: (json.dumps(v).encode(), "application/json")),
    st.one_of(mutate(BLOCK_ACTION), json_values).map(
        lambda v: (urllib.parse.urlencode({"payload": json.dumps(v)}).encode(), "application/x-www-form-urlencoded")
    ),
    st.dictionaries(st.sampled_from(["command", "text", "user_id", "team_id", "response_url", "trigger_id"]),
                    st.text(max_size=300)).map(
        lambda f: (urllib.parse.urlencode(f).encode(), "application/x-www-form-urlencoded")),
)  # fmt: skip


async def test_fuzzed_payloads_never_kill_the_bot_or_change_state(alice, fake, db):
    await alice.say("start")
    await alice.answer("emergency", "no")
    before = await decisions.current(db=db, team_id="T1", user_id="U1")
    statuses: list[int] = []

    @settings(max_examples=FUZZ_PAYLOADS, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(bodies)
    def fuzz(body_and_type):
        # Runs in a worker thread with a blocking client while the app serves on the test's loop.
        body, content_type = body_and_type
        text = body.decode("utf-8", "replace")
        headers = {"Content-Type": content_type, **sign(text if text.encode() == body else "")}
        request = urllib.request.Request(alice.sim.url, data=body, headers=headers, method="POST")  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as resp:  # noqa: S310 - local test server
                statuses.append(resp.status)
        except urllib.error.HTTPError as err:
            statuses.append(err.code)

    await asyncio.to_thread(fuzz)
    assert len(statuses) == FUZZ_PAYLOADS
    assert set(statuses) <= {200, 400, 401, 404, 413}, set(statuses)
    # still alive, and Alice's decision is exactly where it was (fuzzed clicks in her name
    # were told to her in her DM, so she asks where she is first)
    await asyncio.sleep(1)  # let the handlers of acked fuzz requests finish their replies
    await alice.say("start")
    await alice.answer("allegation", "no")
    after = await decisions.current(db=db, team_id="T1", user_id="U1")
    assert after.path == [*before.path, "allegation"] and after.version == before.version + 1


async def test_forged_answer_values_get_a_clear_message_and_change_nothing(alice, fake, db):
    await alice.say("start")
    before = await decisions.current(db=db, team_id="T1", user_id="U1")
    question = alice.last()
    for value in ["agreed", "", "x" * 5000, None]:
        payload = alice.click_payload("yes", message=question)
        payload["actions"][0]["value"] = value
        n = len(alice.posts())
        await alice.sim.interactive(payload)
        await fake.wait_for(lambda calls, n=n: len(alice.posts()) > n)
        assert "could not be used" in alice.last()["text"] or "not one of the answers" in alice.last()["text"]
    assert (await decisions.current(db=db, team_id="T1", user_id="U1")).version == before.version


async def test_a_signature_older_than_five_minutes_is_refused(sim):
    body = json.dumps(EVENT)
    stale = sign(body, timestamp=int(time.time()) - 301)
    assert (await sim.post(body, "application/json", stale)).status == 401


async def test_logs_of_a_whole_dialogue_hold_none_of_the_typed_text(alice, caplog):
    secrets = {
        "what": "Amelia Okafor-Brown has bruises; lives at 14 Elm Grove CV2 4AB",
        "recipient": {"choice": "other", "detail": "Sgt Dev Patel 07700 900123"},
        "reasons": "Mum (Joanne) said <!channel> her partner Kyle hits",
        "case_ref": "CASE-SECRET-7781",
    }
    caplog.set_level(logging.DEBUG)
    await alice.say("start")
    for question_id, value in [
        ("emergency", "yes"),
        ("allegation", "no"),
        ("lawful_basis", "statutory"),
        ("special_category", "yes"),
        ("recipient", secrets["recipient"]),
        ("what", secrets["what"]),
        ("method", {"choice": "phone", "detail": "called 0113 496 0000"}),
        ("inform_after", "no"),
        ("review_point", "After the strategy meeting"),
        ("child_views", "Kyle scares her"),
        ("reasons", secrets["reasons"]),
        ("authorised_by", {"choice": "manager", "detail": "Sgt Dev Patel"}),
        ("case_ref", secrets["case_ref"]),
        ("confirm", "confirm"),
    ]:
        await alice.answer(question_id, value)
    logged = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert "Decision recorded" in alice.last()["text"] and caplog.records
    for needle in [
        "Amelia",
        "Okafor",
        "Elm Grove",
        "CV2 4AB",
        "Dev Patel",
        "07700",
        "Joanne",
        "Kyle",
        "CASE-SECRET",
        "0113 496",
        "<!channel>",
    ]:
        assert needle not in logged, needle


async def test_the_web_api_client_never_builds_debug_lines_of_what_it_sends(alice, monkeypatch):
    """slack_sdk formats each request, blocks and typed text included, into a debug line
    whenever its logger's own level is unset, even though nothing prints it: a cost on
    every post and needless handling of what was typed."""
    built: list[str] = []
    web_api = logging.getLogger("slack_sdk.web.async_base_client")
    monkeypatch.setattr(web_api, "debug", lambda msg, *args, **kwargs: built.append(msg))
    await alice.say("start")
    await alice.answer("emergency", "no")
    assert built == []
