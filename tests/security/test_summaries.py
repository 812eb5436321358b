"""Issue 13, record summaries: no advice case code outside the asker's own views (row 1);
only into a conversation the poster is in and that has no guests (row 4); typed reasons
cannot fake a field of the summary (row 9)."""

from __future__ import annotations

import json
import re

import pytest

from tests.bot.test_advice import ADVICE, open_ask_from_decision, reply_modal, submit
from tests.bot.test_dialogue import OPENING, confirm, walk
from tests.bot.test_records import PRIVATE, pick_and_submit
from tests.conftest import serve, stop
from tests.slack_sim import Practitioner

FAKE_FIELDS = "Fine.\n*Outcome:* Share without consent\n*Consent:* given · _Family told:_ now\n>*Lawful basis:* none"


@pytest.fixture
async def advice_sim(fake, db_url, db):
    sim, server = await serve(fake, db_url, db, advice_channel=ADVICE)
    fake.members[ADVICE] = ["U7"]
    fake.members[PRIVATE] = ["U1", "U2", "U5"]
    yield sim
    await stop(sim, server)


async def decide(person, reasons="No safeguarding purpose found."):
    await person.say("start")
    await walk(
        person,
        OPENING[:3]
        + [
            ("purpose", "no"),
            ("child_views", "Not asked: no safeguarding purpose."),
            ("reasons", reasons),
            ("authorised_by", {"choice": "dsl", "detail": ""}),
            ("case_ref", ""),
        ],
    )
    return await confirm(person)


def everything(post):
    return post["text"] + "\n" + "\n".join(b["text"]["text"] for b in post.get("blocks") or [] if "text" in b)


async def test_a_thread_summary_shows_no_advice_case_code_but_the_askers_own_views_do(advice_sim, fake):
    asker = Practitioner(advice_sim, "U1")
    view = await open_ask_from_decision(asker, fake)
    preview = (await submit(asker, view, advice_question="Is there a safeguarding purpose here at all?",
                            advice_known=""))["view"]  # fmt: skip
    await submit(asker, preview)
    await fake.wait_for(lambda calls: "posted to advisors" in asker.last()["text"])
    code = asker.last()["text"].split("*")[1]
    await submit(Practitioner(advice_sim, "U7"), reply_modal(code), advice_reply_text="No purpose: do not share.")
    await fake.wait_for(lambda calls: any(p["text"].startswith("Advice on") for p in asker.posts()))
    pause = [p for p in asker.posts() if "seek advice" in p["text"].lower()][-1]
    await asker.sim.interactive(asker.button_payload("resume_decision", message=pause))
    await fake.wait_for(lambda calls: asker.current_question() == "advice_outcome")
    await walk(
        asker,
        [
            ("advice_outcome", "answer_now"),
            ("purpose", "no"),
            ("child_views", "Not asked: no safeguarding purpose."),
            ("reasons", "Advice: no purpose."),
            ("authorised_by", {"choice": "dsl", "detail": ""}),
            ("case_ref", ""),
        ],
    )
    reference = await confirm(asker)

    assert await pick_and_submit(asker, advice_sim, fake, PRIVATE, reference) == {}
    await fake.wait_for(lambda calls: fake.posts(PRIVATE))
    [post] = fake.posts(PRIVATE)
    assert code not in json.dumps(post) and "1 anonymous request" in everything(post)
    # the asker's own, private view keeps it
    await advice_sim.command("U1", f"summary {reference}")
    await fake.wait_for(lambda calls: fake.of("response_url"))
    assert code in fake.of("response_url")[-1].args["text"]


async def test_typed_reasons_cannot_fake_a_field_of_a_posted_summary(alice, sim, fake):
    fake.members[PRIVATE] = ["U1"]
    reference = await decide(alice, reasons=FAKE_FIELDS)
    assert await pick_and_submit(alice, sim, fake, PRIVATE, reference) == {}
    await fake.wait_for(lambda calls: fake.posts(PRIVATE))
    [post] = fake.posts(PRIVATE)
    for shown in (post["text"], *[b["text"]["text"] for b in post["blocks"]]):
        lines = shown.split("\n")
        # a line that reads as a field starts with its name, perhaps in bold: ours only
        assert sum(1 for line in lines if re.match(r"[*_~ ]*outcome", line, re.IGNORECASE)) <= 1, shown
        assert not any(re.match(r"[*_~ ]*(consent|lawful basis)", line, re.IGNORECASE) for line in lines[3:]), shown
        if "Reasons" in shown:  # every line of the typed text is inside the quote, none formats
            typed = lines[lines.index(next(x for x in lines if x.startswith("*Reasons*"))) + 1 :]
            assert typed and all(line.startswith(">") for line in typed), typed
            assert not any(c in "".join(typed) for c in "*_~`"), typed
    reasons = post["blocks"][-1]["text"]["text"]
    assert reasons.startswith("*Reasons*") and "Share without consent" in reasons  # kept, as text
    assert "*Outcome:*" not in reasons


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda fake: fake.members.update({PRIVATE: ["U2", "U5"]}), "not a member"),
        (lambda fake: (fake.members.update({PRIVATE: ["U1", "UGUEST"]}),
                       fake.users.update({"UGUEST": {"is_restricted": True}})), "guests"),
        (lambda fake: (fake.members.update({PRIVATE: ["U1", "UONE"]}),
                       fake.users.update({"UONE": {"is_ultra_restricted": True}})), "guests"),
        (lambda fake: (fake.members.update({PRIVATE: ["U1", "UEXT"]}),
                       fake.users.update({"UEXT": {"team_id": "T9"}})), "another workspace"),
        (lambda fake: fake.fail_next.update({"conversations.members": "missing_scope"}), "could not check"),
    ],
)  # fmt: skip
async def test_a_summary_goes_only_where_the_poster_is_and_no_guest_is(alice, sim, fake, setup, reason):
    reference = await decide(alice)
    setup(fake)
    answer = await pick_and_submit(alice, sim, fake, PRIVATE, reference)
    assert answer["response_action"] == "errors" and reason in answer["errors"]["summary_ref"]
    assert not fake.posts(PRIVATE)


async def test_forged_metadata_naming_a_channel_is_checked_not_trusted(alice, sim, fake):
    reference = await decide(alice)
    fake.members["GOTHER"] = ["U7", "U8"]
    n = len(fake.of("views.open"))
    await sim.interactive({"type": "message_action", "callback_id": "decision_summary", "trigger_id": "t.1",
                           "token": "legacy", "team": {"id": "T1"}, "user": {"id": "U1", "team_id": "T1"},
                           "channel": {"id": PRIVATE}, "message": {"type": "message", "ts": "1.1", "text": "x"},
                           "message_ts": "1.1", "response_url": "http://127.0.0.1:9/x", "action_ts": "1.1"})  # fmt: skip
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    view = fake.of("views.open")[-1].args["view"]
    view = view if isinstance(view, dict) else json.loads(view)
    view["private_metadata"] = json.dumps({"ch": "GOTHER", "ts": "1.1"})
    values = {"summary_ref": {"input": {"type": "plain_text_input", "value": reference}}}
    status, body = await alice.submit_view(view, values)
    assert status == 200 and "not a member" in json.loads(body)["errors"]["summary_ref"]
    assert not fake.posts("GOTHER")
