"""Advice without naming anyone, end to end: ask, preview, approve, post, reply, relay,
answer back, resolve, escalate; refusals; another user cannot act as the asker."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.escalation import escalate
from flows.records import export
from tests.conftest import serve, stop
from tests.slack_sim import Practitioner, find_block

ADVICE = "GADVICE"
QUESTION = (
    "Jayden Smith (DOB 12/03/2015) at 14 Elm Grove, CV2 4AB told his teacher at St Mary's Primary School "
    "that Dad hits him. Mum Kelly-Ann is scared of him. Ring me on 07700 900123. Should I tell Mum first?"
)
IDENTIFIERS = ["Jayden", "Smith", "12/03/2015", "Elm Grove", "CV2 4AB", "St Mary", "Kelly-Ann", "07700", "900123"]


@pytest.fixture
async def advice_sim(fake, db_url, db):
    sim, server = await serve(fake, db_url, db, advice_channel=ADVICE, safeguarding_leads="ULEAD1,ULEAD2")
    fake.members[ADVICE] = ["U7", "U8"]  # the advisors: only members of the channel may reply
    yield sim
    await stop(sim, server)


@pytest.fixture
def asker(advice_sim):
    return Practitioner(advice_sim, "U1")


@pytest.fixture
def advisor(advice_sim):
    return Practitioner(advice_sim, "U7")


def reply_modal(code):
    """The Reply modal as Slack sends it back for case `code`."""
    return {"type": "modal", "callback_id": "advice_reply_view", "private_metadata": json.dumps({"c": code}),
            "blocks": []}  # fmt: skip


def last_view(fake):
    view = fake.of("views.open")[-1].args["view"]
    return view if isinstance(view, dict) else json.loads(view)


def inputs(**values):
    return {block: {"input": {"type": "plain_text_input", "value": value}} for block, value in values.items()}


async def open_ask_from_decision(asker, fake):
    await asker.say("start")
    for question_id, value in [("emergency", "no"), ("allegation", "no"), ("direction", "raising")]:
        await asker.answer(question_id, value)
    await asker.answer("purpose", "not_sure")
    n = len(fake.of("views.open"))
    await asker.sim.interactive(asker.button_payload("ask_advice"))
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    return last_view(fake)


async def submit(person, view, **values):
    status, body = await person.submit_view(view, inputs(**values))
    assert status == 200
    return json.loads(body) if body else {}


async def ask_and_post(asker, fake, question=QUESTION, known="Kelly-Ann"):
    view = await open_ask_from_decision(asker, fake)
    answer = await submit(asker, view, advice_question=question, advice_known=known)
    assert answer["response_action"] == "update"
    preview = answer["view"]
    n = len(asker.posts())
    await submit(asker, preview)  # approved exactly as shown
    await fake.wait_for(lambda calls: len(asker.posts()) > n)
    return preview


def channel_calls(fake):
    return [c for c in fake.calls if c.args.get("channel") == ADVICE]


async def test_ask_preview_approve_post_without_any_identifier_or_the_asker(asker, fake, db):
    preview = await ask_and_post(asker, fake)
    shown = json.loads(preview["private_metadata"])["t"]
    for identifier in IDENTIFIERS:
        assert identifier not in shown
    assert "[NAME]" in shown and "[POSTCODE]" in shown and "Dad" in shown and "Mum" in shown
    [post] = [c for c in channel_calls(fake) if c.method == "chat.postMessage"]
    sent = json.dumps(post.args)
    for identifier in [*IDENTIFIERS, "U1", "D1"]:
        assert identifier not in sent, identifier
    code = asker.last()["text"].split("*")[1]
    assert code in post.args["text"] and shown.split("[")[0].strip()[:20] in sent
    button = find_block(post.args["blocks"], "")["block_id"]
    assert button == f"advice:{code}"
    assert "Stage:" in sent and "Decision so far" in sent
    assert fake.of("conversations.info")[-1].args["channel"] == ADVICE


async def test_nothing_is_posted_until_the_exact_text_is_approved(asker, fake):
    view = await open_ask_from_decision(asker, fake)
    preview = (await submit(asker, view, advice_question=QUESTION, advice_known=""))["view"]
    shown = json.loads(preview["private_metadata"])["t"]
    # un-hide a word that identifies nobody, hide another: a new preview, nothing posted
    again = await submit(asker, preview, advice_keep="", advice_hide="teacher")
    assert again["response_action"] == "update"
    newer = json.loads(again["view"]["private_metadata"])["t"]
    assert "teacher" not in newer and newer != shown
    # an edit that brings a name back in is redacted again before it can be approved
    edited = await submit(asker, again["view"], advice_edit=newer + " Her friend Priya Kaur saw it.")
    text = json.loads(edited["view"]["private_metadata"])["t"]
    assert "Priya" not in text and "hidden again" in json.dumps(edited["view"])
    assert not [c for c in channel_calls(fake) if c.method == "chat.postMessage"]


async def test_advisor_reply_reaches_the_asker_and_the_asker_answers_back(asker, advisor, fake, advice_sim):
    await ask_and_post(asker, fake)
    code = asker.last()["text"].split("*")[1]
    post = [c for c in channel_calls(fake) if c.method == "chat.postMessage"][0]
    # the advisor presses Reply in the channel and sends advice
    payload = advisor.click_payload(code, block_prefix="", message=post.args)
    payload["channel"], payload["container"]["channel_id"] = {"id": ADVICE}, ADVICE
    n = len(fake.of("views.open"))
    await advisor.sim.interactive(payload)
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    reply_view = last_view(fake)
    assert "U1" not in json.dumps(reply_view)
    before = len(asker.posts())
    await submit(advisor, reply_view, advice_reply_text="Talk to the DSL today; do not tell Mum first.")
    await fake.wait_for(lambda calls: len(asker.posts()) > before)
    relayed = asker.last()
    assert code in relayed["text"] and "<@U7>" in json.dumps(relayed["blocks"])
    await fake.wait_for(lambda calls: any(c.args.get("thread_ts") == post.args["_ts"] for c in channel_calls(fake)))
    thread = [c for c in channel_calls(fake) if c.args.get("thread_ts") == post.args["_ts"]]
    assert "Talk to the DSL" in json.dumps(thread[-1].args["blocks"])
    # a reply typed in the thread is relayed too
    before = len(asker.posts())
    event = {
        "type": "message",
        "channel": ADVICE,
        "channel_type": "group",
        "user": "U8",
        "text": "Agree: MASH.",
        "ts": "99.1",
        "thread_ts": post.args["_ts"],
    }
    await advice_sim.event(event)
    await fake.wait_for(lambda calls: len(asker.posts()) > before)
    assert "<@U8>" in json.dumps(asker.last()["blocks"])
    # the asker answers back through the same preview
    n = len(fake.of("views.open"))
    await asker.sim.interactive(asker.button_payload("advice_answer"))
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    preview = (
        await submit(asker, last_view(fake), advice_question="Thanks. Jayden is 9, is that relevant?", advice_known="")
    )["view"]
    # the asker's own modal keeps their original for the round trip; what is shown is redacted
    assert (
        "Jayden" not in json.dumps(preview["blocks"][:2]) and "[NAME]" in json.loads(preview["private_metadata"])["t"]
    )
    before = len(fake.calls)
    await submit(asker, preview)
    await fake.wait_for(lambda calls: any("asker answers" in c.args.get("text", "") for c in calls[before:]))
    answer = [c for c in fake.calls[before:] if "asker answers" in c.args.get("text", "")][0]
    assert answer.args["thread_ts"] == post.args["_ts"] and "Jayden" not in answer.args["text"]


async def test_resolve_and_replies_after_it_are_refused(asker, advisor, fake):
    await ask_and_post(asker, fake)
    code = asker.last()["text"].split("*")[1]
    await asker.press("advice_resolve")
    assert "resolved" in asker.last()["text"]
    view = reply_modal(code)
    answer = await submit(advisor, view, advice_reply_text="late advice")
    assert answer["response_action"] == "errors" and "resolved" in answer["errors"]["advice_reply_text"]
    unknown = {**view, "private_metadata": json.dumps({"c": "ZZZ-99"})}
    answer = await submit(advisor, unknown, advice_reply_text="advice")
    assert "can't find" in answer["errors"]["advice_reply_text"]


async def test_another_user_cannot_answer_or_resolve_as_the_asker(asker, fake, advice_sim):
    await ask_and_post(asker, fake)
    mallory = Practitioner(advice_sim, "U9")
    forged = asker.button_payload("advice_resolve")
    forged["user"] = {"id": "U9", "team_id": "T1"}
    await advice_sim.interactive(forged)
    await fake.wait_for(lambda calls: mallory.posts())
    assert "can't find" in mallory.last()["text"]
    forged = asker.button_payload("advice_answer")
    forged["user"] = {"id": "U9", "team_id": "T1"}
    n = len(mallory.posts())
    await advice_sim.interactive(forged)
    await fake.wait_for(lambda calls: len(mallory.posts()) > n)
    assert "can't find" in mallory.last()["text"]
    assert not any("resolved by the asker" in c.args.get("text", "") for c in fake.calls)


@pytest.mark.parametrize(
    ("info", "reason"),
    [
        ({"is_private": False}, "not private"),
        ({"is_private": True, "is_ext_shared": True}, "shared with another organisation"),
    ],
)
async def test_a_public_or_shared_channel_is_refused(asker, fake, info, reason, caplog):
    fake.channels[ADVICE] = info
    await ask_and_post(asker, fake)
    assert reason in asker.last()["text"]
    assert not [c for c in channel_calls(fake) if c.method == "chat.postMessage"]
    assert "advice channel refused" in caplog.text


async def test_no_reply_is_escalated_once_to_channel_leads_and_asker(asker, fake, advice_sim):
    await ask_and_post(asker, fake)
    code = asker.last()["text"].split("*")[1]
    deps, client = advice_sim.deps, advice_sim.client
    assert await escalate(client, deps, datetime.now(UTC) + timedelta(minutes=5)) == 0
    assert await escalate(client, deps, datetime.now(UTC) + timedelta(minutes=31)) == 1
    assert await escalate(client, deps, datetime.now(UTC) + timedelta(minutes=90)) == 0
    flagged = [c for c in channel_calls(fake) if c.args.get("reply_broadcast")]
    assert len(flagged) == 1 and code in flagged[0].args["text"]
    for lead in ("DLEAD1", "DLEAD2"):
        assert any(code in p["text"] for p in fake.posts(lead))
    assert "flagged again" in asker.last()["text"]


async def test_advice_is_shown_on_resume_and_listed_in_the_record(asker, advisor, fake, db):
    await ask_and_post(asker, fake)
    code = asker.last()["text"].split("*")[1]
    view = reply_modal(code)
    await submit(advisor, view, advice_reply_text="Yes, there is a safeguarding purpose.")
    # the reply reaches the asker after the advisor's submit is acked: wait for it, so
    # the post awaited below is the resumed question's
    await fake.wait_for(lambda calls: any("safeguarding purpose" in json.dumps(p.get("blocks")) for p in asker.posts()))
    pause = [p for p in asker.posts() if "seek advice" in p["text"].lower()][-1]
    payload = asker.button_payload("resume_decision", message=pause)
    n = len(asker.posts())
    await asker.sim.interactive(payload)
    await fake.wait_for(lambda calls: len(asker.posts()) > n)
    assert "Advice received" in json.dumps(asker.last()["blocks"]) and "safeguarding purpose" in json.dumps(
        asker.last()["blocks"]
    )
    await asker.answer("advice_outcome", "answer_now")
    for question_id, value in [
        ("purpose", "no"),
        ("child_views", "Not asked: no safeguarding purpose."),
        ("reasons", "Advice: no purpose."),
        ("authorised_by", {"choice": "dsl", "detail": ""}),
        ("case_ref", ""),
    ]:
        await asker.answer(question_id, value)
    await asker.answer("confirm", "confirm")
    [record] = json.loads(await export(db=db))
    [consulted] = record["advice"]  # the case code, the approved question and the replies
    assert consulted["case_code"] == code and consulted["question"]
    assert consulted["replies"] == ["Yes, there is a safeguarding purpose."]


@pytest.mark.parametrize(
    ("question", "error"),
    [
        ("Jayden Smith 07700 900123 CV2 4AB", "no question left"),
        ("x" * 2001, "limit is 2,000"),
        ("   ", "write your question"),
    ],
)
async def test_bad_questions_get_a_clear_message_and_post_nothing(asker, fake, question, error):
    view = await open_ask_from_decision(asker, fake)
    answer = await submit(asker, view, advice_question=question, advice_known="")
    assert answer["response_action"] == "errors" and error in answer["errors"]["advice_question"]
    assert not channel_calls(fake)


async def test_advice_off_is_said_clearly(alice, fake):
    await alice.say("start")
    await alice.press("ask_advice")
    assert "ADVICE_CHANNEL is not set" in alice.last()["text"]


async def test_slash_advice_opens_the_modal(advice_sim, fake):
    await advice_sim.command("U1", "advice")
    await fake.wait_for(lambda calls: fake.of("views.open"))
    assert last_view(fake)["callback_id"] == "advice_ask"


async def test_logs_of_an_advice_exchange_hold_none_of_the_typed_text(asker, advisor, fake, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    await ask_and_post(asker, fake)
    code = asker.last()["text"].split("*")[1]
    view = reply_modal(code)
    await submit(advisor, view, advice_reply_text="Speak to Ms Okonkwo at the MASH about it.")
    logged = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert caplog.records
    for needle in [*IDENTIFIERS, "Dad hits", "Okonkwo", "scared"]:
        assert needle not in logged, needle
