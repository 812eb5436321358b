"""Exactly once: raced clicks and retried events apply one time."""

import asyncio

from flows import decisions
from flows.records import export
from tests.reliability.figures import CLICKS_RACED, EXPECTED, REPLAYS, TYPED_DIALOGUE
from tests.slack_sim import find_block


def question_posts(person, question_id):
    return [p for p in person.posts() if find_block(p.get("blocks") or [], f"q:{question_id}:")]


async def test_raced_identical_clicks_apply_once(alice, fake, db):
    await alice.say("start")
    before = await decisions.current(db=db, team_id="T1", user_id="U1")
    payload = alice.click_payload("yes")
    statuses = await asyncio.gather(*(alice.sim.interactive(payload) for _ in range(CLICKS_RACED)))
    assert all(r.status == 200 for r in statuses)
    await fake.wait_for(lambda calls: len(fake.of("chat.postEphemeral")) >= CLICKS_RACED - 1)
    after = await decisions.current(db=db, team_id="T1", user_id="U1")
    assert after.version == before.version + 1 and after.path == ["emergency"]
    assert len(question_posts(alice, "allegation")) == 1

    for question_id, value in [
        ("allegation", "no"),
        ("lawful_basis", "statutory"),
        ("special_category", "no"),
        ("recipient", {"choice": "police", "detail": "Response officer"}),
        ("what", "Child left alone overnight."),
        ("method", {"choice": "phone", "detail": ""}),
        ("inform_after", "no"),
        ("review_point", "When the police say so."),
        ("child_views", "Too young to ask."),
        ("reasons", "Immediate danger."),
        ("authorised_by", {"choice": "dsl", "detail": ""}),
        ("case_ref", ""),
    ]:
        await alice.answer(question_id, value)
    confirm = alice.click_payload("confirm")
    await asyncio.gather(*(alice.sim.interactive(confirm) for _ in range(CLICKS_RACED)))
    await fake.wait_for(lambda calls: any("Decision recorded" in p.get("text", "") for p in alice.posts()))
    await asyncio.sleep(0.3)  # let every raced handler finish
    assert len(await _records(db)) == 1


async def _records(db):
    import json

    return json.loads(await export(db=db))


async def test_every_event_of_a_dialogue_replayed_with_retry_headers(alice, fake, db):
    await alice.say("start")
    for n, (_question_id, text) in enumerate(TYPED_DIALOGUE):
        event_id = f"EvReplay{n:04d}"
        await alice.say(text, event_id=event_id)
        for retry in range(1, REPLAYS):
            headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
            resp = await alice.sim.event(alice.message_event(text), headers=headers, event_id=event_id)
            assert resp.status == 200
    await asyncio.sleep(0.3)
    [record] = await _records(db)
    for key, value in EXPECTED.items():
        assert record[key] == value, key
    assert list(record["answers"]) == [q for q, _ in TYPED_DIALOGUE]
    for question_id, _ in TYPED_DIALOGUE[1:]:
        assert len(question_posts(alice, question_id)) == 1, question_id
