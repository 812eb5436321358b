"""Decision records in Slack, end to end: a summary into a thread, who may, the audit,
amendments that never edit, and the Home tab with many records."""

import json

import pytest

from flows.records import export, verify
from storage import repository as repo
from tests.bot.test_dialogue import OPENING, confirm, walk
from tests.slack_sim import Practitioner, find_block

PRIVATE = "GPRIVATE"


@pytest.fixture(autouse=True)
def private_channel_members(fake):
    """The people in the private channel summaries go to (checked before posting)."""
    fake.members[PRIVATE] = ["U1", "U2", "U5", "ULEAD", "UGROUPLEAD"]


async def decide(person, case_ref="CASE-SECRET-99"):
    await person.say("start")
    await walk(person, OPENING[:3] + [("purpose", "no"), ("child_views", "Not asked: no safeguarding purpose."), ("reasons", "No safeguarding purpose found."), ("authorised_by", {"choice": "dsl", "detail": ""}),
                                      ("case_ref", case_ref)])  # fmt: skip
    return await confirm(person)


def shortcut(user, channel, ts="100.000200", thread_ts=None):
    message = {"type": "message", "ts": ts, "text": "Our strategy discussion", "user": "U5"}
    if thread_ts:
        message["thread_ts"] = thread_ts
    return {
        "type": "message_action",
        "callback_id": "decision_summary",
        "trigger_id": "t.9",
        "token": "legacy",
        "team": {"id": "T1"},
        "user": {"id": user, "team_id": "T1"},
        "channel": {"id": channel, "name": "x"},
        "message": message,
        "message_ts": ts,
        "response_url": "http://127.0.0.1:9/unused",
        "action_ts": "1.1",
    }


def last_view(fake, method="views.open"):
    view = fake.of(method)[-1].args["view"]
    return view if isinstance(view, dict) else json.loads(view)


async def pick_and_submit(person, sim, fake, channel, reference, typed=False, thread_ts=None):
    n = len(fake.of("views.open"))
    await sim.interactive(shortcut(person.user, channel, thread_ts=thread_ts))
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    view = last_view(fake)
    if typed:
        values = {"summary_ref": {"input": {"type": "plain_text_input", "value": reference}}}
    else:
        options = find_block(view["blocks"], "summary_pick")["element"]["options"]
        option = next(o for o in options if o["value"] == reference)
        values = {"summary_pick": {"pick": {"type": "static_select", "selected_option": option}}}
    status, body = await person.submit_view(view, values)
    assert status == 200
    return json.loads(body) if body else {}


async def audit(db, reference=None):
    async with db() as session:
        return [
            (a.actor_id, a.action, a.reference, a.place)
            for a in await repo.audit_events(session=session, reference=reference)
        ]


async def test_summary_into_the_parent_thread_of_a_private_channel(alice, sim, fake, db):
    reference = await decide(alice)
    answer = await pick_and_submit(alice, sim, fake, PRIVATE, reference, thread_ts="90.000100")
    assert answer == {}
    await fake.wait_for(lambda calls: fake.posts(PRIVATE))
    [post] = fake.posts(PRIVATE)
    assert post["thread_ts"] == "90.000100"  # the parent, since the message was itself a reply
    text = post["text"]
    for expected in (reference, "Do not share", "Their agreement", "Does the family know", "Reasons"):
        assert expected in text
    assert "CASE-SECRET-99" not in json.dumps(post)
    assert ("U1", "post", reference, PRIVATE) in await audit(db, reference)
    assert ("U1", "read", reference, PRIVATE) in await audit(db, reference)


@pytest.mark.parametrize(("info", "reason"), [
    ({"is_private": False}, "not private"),
    ({"is_private": True, "is_ext_shared": True}, "shared with another organisation"),
    ({"is_im": True}, "I can only post"),
])  # fmt: skip
async def test_summary_refused_where_it_could_leak(alice, sim, fake, db, info, reason):
    reference = await decide(alice)
    fake.channels["CSOMEWHERE"] = info
    answer = await pick_and_submit(alice, sim, fake, "CSOMEWHERE", reference)
    assert answer["response_action"] == "errors" and reason in answer["errors"]["summary_ref"]
    assert not fake.posts("CSOMEWHERE")
    assert ("U1", "refused", reference, "CSOMEWHERE") in await audit(db, reference)


async def test_someone_elses_or_an_unknown_record_is_refused(alice, bob, sim, fake, db):
    reference = await decide(alice)
    for ref in (reference, "ISR-2026-999999"):
        answer = await pick_and_submit(bob, sim, fake, PRIVATE, ref, typed=True)
        assert "can't find" in answer["errors"]["summary_ref"]
    assert not fake.posts(PRIVATE)
    assert ("U2", "refused", reference, PRIVATE) in await audit(db, reference)


async def test_a_lead_may_post_any_record(alice, sim, fake):
    reference = await decide(alice)
    lead = Practitioner(sim, "ULEAD")
    assert await pick_and_submit(lead, sim, fake, PRIVATE, reference, typed=True) == {}
    await fake.wait_for(lambda calls: fake.posts(PRIVATE))


async def test_summary_command_is_audited(alice, sim, fake, db):
    reference = await decide(alice)
    await sim.command("U1", f"summary {reference}")
    await fake.wait_for(lambda calls: fake.of("response_url"))
    assert ("U1", "read", reference, "command") in await audit(db, reference)


async def amend_via_command(person, sim, fake, reference, outcome, why):
    n = len(fake.of("views.open"))
    await sim.command(person.user, f"amend {reference}")
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    view = last_view(fake)
    options = find_block(view["blocks"], "amend_outcome")["element"]["options"]
    values = {
        "amend_outcome": {"pick": {"type": "static_select", "selected_option": next(o for o in options
                                                                                    if o["value"] == outcome)}},
        "amend_reasons": {"input": {"type": "plain_text_input", "value": "New information from school."}},
        "amend_why": {"input": {"type": "plain_text_input", "value": why}},
    }  # fmt: skip
    status, body = await person.submit_view(view, values)
    return json.loads(body) if body else {}


async def test_an_amendment_is_a_new_linked_version_and_the_original_stays(alice, sim, fake, db):
    reference = await decide(alice)
    [before] = json.loads(await export(db=db))
    refused = await amend_via_command(alice, sim, fake, reference, "share_with_consent", "")
    assert refused["response_action"] == "errors"
    saved = await amend_via_command(alice, sim, fake, reference, "share_with_consent", "Mum has now agreed.")
    assert saved == {"response_action": "clear"}
    original, amendment = json.loads(await export(db=db))
    assert original == before  # never changed in place
    assert amendment["amends"] == reference and amendment["amendment_reason"] == "Mum has now agreed."
    assert amendment["outcome"] == "share_with_consent" and amendment["prev_hash"] == original["hash"]
    assert (await verify(db=db)).ok
    # the reference now shows the newest version
    await sim.command("U1", f"summary {reference}")
    await fake.wait_for(lambda calls: fake.of("response_url"))
    assert amendment["reference"] in fake.of("response_url")[-1].args["text"]


async def test_another_user_cannot_amend(alice, bob, sim, fake, db):
    reference = await decide(alice)
    await sim.command("U2", f"amend {reference}")
    await fake.wait_for(lambda calls: bob.posts())
    assert "can't find" in bob.last()["text"]
    assert len(json.loads(await export(db=db))) == 1


async def test_home_pages_hundreds_of_records_and_opens_one(alice, sim, fake, db):
    from tests.storage.test_records import fields

    async with db() as session, session.begin():
        for n in range(25):
            await repo.append_record(session=session, fields={**fields(n), "decided_by": "U1"})
    await sim.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1.1"})
    await fake.wait_for(lambda calls: fake.of("views.publish"))
    home = last_view(fake, "views.publish")
    opens = [b for b in home["blocks"] if (b.get("accessory") or {}).get("action_id") == "open_record"]
    assert len(opens) == 10 and "(25)" in json.dumps(home) and opens[0]["accessory"]["value"].endswith("000025")
    older = next(e for b in home["blocks"] if b["type"] == "actions" for e in b["elements"]
                 if e["action_id"].startswith("home_page"))  # fmt: skip
    payload = {"type": "block_actions", "user": {"id": "U1", "team_id": "T1"}, "team": {"id": "T1"},
               "api_app_id": "A1", "token": "legacy", "trigger_id": "t.3", "container": {"type": "view"},
               "actions": [{"type": "button", "action_id": older["action_id"], "block_id": "b",
                            "value": older["value"]}]}  # fmt: skip
    await sim.interactive(payload)
    await fake.wait_for(lambda calls: len(fake.of("views.publish")) >= 2)
    page2 = last_view(fake, "views.publish")
    values = [(b.get("accessory") or {}).get("value") for b in page2["blocks"]]
    assert any(v and v.endswith("000015") for v in values)
    payload["actions"] = [
        {"type": "button", "action_id": "open_record", "block_id": "b", "value": opens[0]["accessory"]["value"]}
    ]
    await sim.interactive(payload)
    await fake.wait_for(lambda calls: fake.of("views.open"))
    assert last_view(fake)["callback_id"] == "record_view"


async def test_home_shows_leads_the_months_counts(alice, sim, fake):
    await decide(alice)
    await sim.event({"type": "app_home_opened", "user": "ULEAD", "channel": "D9", "tab": "home", "event_ts": "1.1"})
    await fake.wait_for(lambda calls: fake.of("views.publish"))
    home = json.dumps(last_view(fake, "views.publish"))
    assert "This month" in home and "Do not share for now: 1" in home


async def test_a_lead_named_by_user_group_may_read_any_record(alice, fake, db_url, db):
    from tests.conftest import serve, stop

    reference = await decide(alice)
    fake.members["SLEADS"] = ["UGROUPLEAD"]
    sim2, server = await serve(fake, db_url, db, safeguarding_leads="SLEADS")
    try:
        for user, allowed in (("UGROUPLEAD", True), ("UOTHER", False)):
            n = len(fake.of("response_url"))
            await sim2.command(user, f"summary {reference}")
            await fake.wait_for(lambda calls, n=n: len(fake.of("response_url")) > n)
            assert ("Do not share" in fake.of("response_url")[-1].args["text"]) is allowed, user
    finally:
        await stop(sim2, server)
