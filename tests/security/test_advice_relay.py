"""Issue 13, advice relay rows: a long reply reaches the asker whole and a request is
answered only once it has (row 2); links arrive inert and unpreviewed (row 3); only
members of ADVICE_CHANNEL may reply (row 6); a retried or replayed reply is relayed
once (row 8); advisors see nothing that narrows who asked (row 10)."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.escalation import escalate
from flows import advice
from flows.advice import decision_so_far
from tests.bot.test_advice import ADVICE, ask_and_post, channel_calls, reply_modal, submit
from tests.bot.test_dialogue import OPENING, walk
from tests.conftest import serve, stop
from tests.slack_sim import Practitioner


@pytest.fixture
async def advice_sim(fake, db_url, db):
    sim, server = await serve(fake, db_url, db, advice_channel=ADVICE, safeguarding_leads="ULEAD1")
    fake.members[ADVICE] = ["U7", "U8"]
    yield sim
    await stop(sim, server)


@pytest.fixture
def asker(advice_sim):
    return Practitioner(advice_sim, "U1")


@pytest.fixture
def advisor(advice_sim):
    return Practitioner(advice_sim, "U7")


async def posted_request(asker, fake):
    await ask_and_post(asker, fake)
    code = asker.last()["text"].split("*")[1]
    [post] = [c for c in channel_calls(fake) if c.method == "chat.postMessage"]
    return code, post.args


def thread_event(user, text, parent_ts):
    return {"type": "message", "channel": ADVICE, "channel_type": "group", "user": user, "text": text,
            "ts": f"{datetime.now(UTC).timestamp():.6f}", "thread_ts": parent_ts}  # fmt: skip


def relayed(fake, asker, code):
    """Every message that carried advice on `code` into the asker's DM."""
    return [p for p in fake.posts(asker.dm) if p["text"].startswith(f"Advice on {code}")]


def shown_text(posts):
    """What the asker reads: every section's text, as Slack shows it."""
    texts = [b["text"]["text"] for p in posts for b in p["blocks"] if b["type"] == "section"]
    return html.unescape("\n".join(texts))


# -- row 2: long replies, whole; answered only once delivered ---------------------------------------


async def test_a_long_reply_with_ampersands_and_line_breaks_reaches_the_asker_whole(asker, advice_sim, fake):
    code, post = await posted_request(asker, fake)
    lines = [f"Step {n}: call A & B <now> & note it" for n in range(600)]  # ~21,000 characters typed
    typed = "\n".join(lines)
    as_slack_sends = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    await advice_sim.event(thread_event("U7", as_slack_sends, post["_ts"]))
    await fake.wait_for(lambda calls: relayed(fake, asker, code) and relayed(fake, asker, code)[-1]["blocks"][-1]
                        ["type"] == "actions", timeout=10)  # fmt: skip
    posts = relayed(fake, asker, code)
    assert len(posts) > 1, "a reply this long goes over several messages"
    for p in posts:
        assert all(len(b["text"]["text"]) <= 3000 for b in p["blocks"] if b["type"] == "section")
    shown = shown_text(posts)
    for line in lines:
        assert line in shown
    [request] = await advice.asked_by(db=advice_sim.deps.db, asker_id="U1")
    assert request.answered_at is not None


async def test_a_reply_through_the_modal_at_its_limit_is_relayed_whole(asker, advisor, fake):
    code, _ = await posted_request(asker, fake)
    typed = ("A & B\n" * 500)[:3000]  # the modal's 3,000 characters: 5,000 once escaped
    await submit(advisor, reply_modal(code), advice_reply_text=typed)
    await fake.wait_for(lambda calls: relayed(fake, asker, code))
    assert shown_text(relayed(fake, asker, code)).count("A & B") == typed.strip().count("A & B")


async def test_a_reply_that_does_not_reach_the_asker_leaves_the_request_open_to_escalate(asker, advice_sim, fake):
    code, post = await posted_request(asker, fake)
    fake.fail_next["chat.postMessage"] = "channel_not_found"  # the relay to the asker fails
    n = len(fake.of("chat.postEphemeral"))
    await advice_sim.event(thread_event("U7", "Ring the MASH.", post["_ts"]))
    await fake.wait_for(lambda calls: len(fake.of("chat.postEphemeral")) > n)
    assert "could not deliver" in fake.of("chat.postEphemeral")[-1].args["text"]
    assert await escalate(advice_sim.client, advice_sim.deps, datetime.now(UTC) + timedelta(minutes=31)) == 1


# -- row 3: links inert, no previews -----------------------------------------------------------------


async def test_links_in_a_relayed_reply_are_plain_text_without_previews(asker, advisor, advice_sim, fake):
    code, post = await posted_request(asker, fake)
    event_text = ("See <https://track.example.com/r?u=42|the guidance> and www.evil.example/page, "
                  "or <https://evil.example/x> and mail <mailto:me@evil.example|me@evil.example>")  # fmt: skip
    await advice_sim.event(thread_event("U7", event_text, post["_ts"]))
    await fake.wait_for(lambda calls: relayed(fake, asker, code))
    await submit(advisor, reply_modal(code), advice_reply_text="Also https://track.example.com/y?id=7 please")
    await fake.wait_for(lambda calls: len(relayed(fake, asker, code)) == 2)
    await fake.wait_for(lambda calls: any(c.args.get("thread_ts") for c in channel_calls(fake)))
    sent = relayed(fake, asker, code) + fake.posts(ADVICE)
    blob = json.dumps([p.get("blocks") for p in sent])
    assert not re.search(r"https?://|www\.evil|\w\.example\b|<http|mailto:", blob), blob
    assert "hxxps[://]track[.]example[.]com" in blob and "the guidance" in blob
    for p in sent:
        assert p.get("unfurl_links") in (False, "false") and p.get("unfurl_media") in (False, "false"), p["text"]


# -- row 6: only members of the advice channel reply --------------------------------------------------


async def test_only_members_of_the_advice_channel_can_reply(asker, advice_sim, fake):
    code, post = await posted_request(asker, fake)
    outsider = Practitioner(advice_sim, "U9")
    answer = await submit(outsider, reply_modal(code), advice_reply_text="Do nothing.")
    assert answer["response_action"] == "errors" and "Only members" in answer["errors"]["advice_reply_text"]
    n = len(fake.of("chat.postEphemeral"))
    await advice_sim.event(thread_event("U9", "Do nothing.", post["_ts"]))
    await fake.wait_for(lambda calls: len(fake.of("chat.postEphemeral")) > n)
    payload = outsider.click_payload(code, block_prefix="", message=post)
    payload["channel"], payload["container"]["channel_id"] = {"id": ADVICE}, ADVICE
    opened = len(fake.of("views.open"))
    await advice_sim.interactive(payload)
    await fake.wait_for(lambda calls: outsider.posts())
    assert "Only members" in outsider.last()["text"] and len(fake.of("views.open")) == opened
    assert relayed(fake, asker, code) == []
    [request] = await advice.asked_by(db=advice_sim.deps.db, asker_id="U1")
    assert request.answered_at is None


# -- row 8: a retried event, a replayed submission: once ---------------------------------------------


async def test_a_retried_thread_reply_is_relayed_and_stored_once(asker, advice_sim, fake):
    code, post = await posted_request(asker, fake)
    event = thread_event("U7", "Speak to the DSL.", post["_ts"])
    await advice_sim.event(event, event_id="EvRETRY1")
    await fake.wait_for(lambda calls: relayed(fake, asker, code))
    for retry in ("1", "2"):
        await advice_sim.event(event, event_id="EvRETRY1", headers={"X-Slack-Retry-Num": retry,
                                                                    "X-Slack-Retry-Reason": "http_timeout"})  # fmt: skip
    modal = reply_modal(code)
    for _ in range(2):  # the same signed submission, replayed
        await submit(Practitioner(advice_sim, "U8"), modal, advice_reply_text="Agree with the DSL route.")
    await fake.wait_for(lambda calls: len(relayed(fake, asker, code)) >= 2)
    await advice_sim.event(thread_event("U8", "Noted.", post["_ts"]))  # a marker: everything before it is done
    await fake.wait_for(lambda calls: len(relayed(fake, asker, code)) >= 3)
    assert len(relayed(fake, asker, code)) == 3
    [request] = await advice.asked_by(db=advice_sim.deps.db, asker_id="U1")
    [(_, messages)] = await advice.for_conversation(db=advice_sim.deps.db, conversation_id=request.conversation_id)
    assert [m.text for m in messages] == ["Speak to the DSL.", "Agree with the DSL route.", "Noted."]


# -- row 10: nothing that narrows who asked ----------------------------------------------------------


async def test_the_advice_post_does_not_say_what_kind_of_organisation_asked_or_that_they_are_at_risk(asker, fake):
    await asker.say("start")
    await walk(asker, [*OPENING, ("level", "significant_harm"), ("child_age", "under_13"),
                       ("child_understands", "no"), ("safe_to_tell", ["child", "referrer"]),
                       ("lawful_basis", "voluntary_private"), ("special_category", "not_sure")])  # fmt: skip
    await asker.sim.interactive(asker.button_payload("ask_advice"))
    await fake.wait_for(lambda calls: fake.of("views.open"))
    view = fake.of("views.open")[-1].args["view"]
    view = view if isinstance(view, dict) else json.loads(view)
    preview = (await submit(asker, view, advice_question="Should I tell the family before I share this concern?",
                            advice_known=""))["view"]  # fmt: skip
    await submit(asker, preview)
    await fake.wait_for(lambda calls: [c for c in channel_calls(fake) if c.method == "chat.postMessage"])
    [post] = [c.args for c in channel_calls(fake) if c.method == "chat.postMessage"]
    sent = json.dumps(post).lower()
    assert "decision so far" in sent and "put the child at more risk" in sent
    for telling in ("voluntary", "organisation", "lawful", "raising it", "put me"):
        assert telling not in sent, telling


def test_decision_so_far_keeps_only_what_advisors_need():
    answers = {"direction": "raising", "lawful_basis": "statutory", "safe_to_tell": ["referrer"],
               "level": "significant_harm", "reasons": "typed", "recipient": {"choice": "mash", "detail": "x"}}  # fmt: skip
    assert decision_so_far(answers) == {"direction": "raising", "level": "significant_harm"}
