"""The decision end to end through Slack: signed requests in, Web API calls out, the
record read back through `infoshare-bot export`. Runs on SQLite and PostgreSQL."""

import asyncio
import json

import pytest

from bot.console import cli
from flows.questions import QUESTIONS
from tests.slack_sim import find_block

ALL_CHECKED = [o.id for o in QUESTIONS["checklist"].options]
CHILD = [("child_age", "under_13"), ("child_understands", "no")]
VIEWS = ("child_views", "He says he wants things to get better at home.")
AGREED_BY = ("authorised_by", {"choice": "dsl", "detail": ""})
OPENING = [
    ("emergency", "no"),
    ("allegation", "no"),
    ("direction", "raising"),
    ("purpose", "yes"),
    ("identifiable", "identify"),
]
SHARING = [
    ("lawful_basis", "statutory"),
    ("special_category", "no"),
    ("checklist", ALL_CHECKED),
    ("recipient", {"choice": "mash", "detail": "Duty social worker"}),
    ("what", "Attendance dropped to 60%; bruising seen twice this term."),
    ("method", {"choice": "referral_form", "detail": ""}),
]


@pytest.fixture
def export(db_url, monkeypatch, capsys):
    """Run `infoshare-bot export` against the test database and parse what it prints."""

    async def run(*args: str) -> list[dict]:
        monkeypatch.setenv("DATABASE_URL", db_url)
        capsys.readouterr()
        code = await asyncio.to_thread(cli.main, ["export", *args])
        out = capsys.readouterr().out
        assert code == 0
        return json.loads(out) if "--format" not in args else out

    return run


async def walk(person, steps):
    for question_id, value in steps:
        await person.answer(question_id, value)


async def confirm(person):
    assert person.current_question() == "confirm"
    await person.answer("confirm", "confirm")
    assert "Decision recorded" in person.last()["text"]
    return person.last()["text"].split(": ")[1]


async def test_share_with_consent(alice, export):
    await alice.say("hello")
    await walk(
        alice,
        [
            *OPENING,
            ("level", "additional_needs"),
            *CHILD,
            ("safe_to_tell", ["none"]),
            ("family_view", "agreed"),
            *SHARING,
        ],
    )
    # they agreed, so they know: "will the family know" is not asked
    # a text question answered by simply replying in the DM
    assert alice.current_question() == "child_views"
    await alice.say("He wants help with his reading.")
    await walk(alice, [("reasons", "Family agreed to an early help referral."), AGREED_BY])
    await alice.answer("case_ref", "EH-1234")
    outcome = find_block(alice.blocks(), "outcome:")
    assert outcome["block_id"] == "outcome:share_with_consent"
    reference = await confirm(alice)
    [record] = await export()
    assert record["reference"] == reference
    assert (record["outcome"], record["recommended_outcome"]) == ("share_with_consent", "share_with_consent")
    assert (record["consent"], record["inform_family"]) == ("given", "now")
    assert record["decided_by"] == "U1" and record["team_id"] == "T1"
    assert record["shared_with"] == "MASH: Duty social worker" and record["method"] == "Online referral form"
    assert record["reasons"] == "Family agreed to an early help referral." and record["case_ref"] == "EH-1234"
    assert record["child_views"] == "He wants help with his reading." and record["consent_from"] == "family"
    assert record["route"] == "front_door" and record["authorised_by"] == {"role": "dsl", "detail": ""}
    assert any("agreed" in g and "(" in g for g in record["grounds"])
    assert any("Art 6(1)(e)" in b for b in record["lawful_basis"])
    assert list(record["answers"])[:5] == ["emergency", "allegation", "direction", "purpose", "identifiable"]
    assert record["prev_hash"] == "0" * 64 and len(record["hash"]) == 64


async def test_share_without_consent_because_telling_would_endanger_the_referrer(alice, export):
    await alice.say("start")
    await walk(
        alice,
        [
            *OPENING,
            ("level", "significant_harm"),
            *CHILD,
            ("safe_to_tell", ["referrer"]),
            *SHARING,
            ("inform_after", "no"),
            ("review_point", "After the strategy meeting"),
            VIEWS,
            ("reasons", "Dad threatened the neighbour who told us."),
            AGREED_BY,
            ("case_ref", ""),
        ],
    )
    assert find_block(alice.blocks(), "outcome:")["block_id"] == "outcome:share_without_consent"
    await confirm(alice)
    [record] = await export()
    assert record["outcome"] == "share_without_consent" and record["consent"] == "unsafe_to_seek"
    assert record["inform_family"] == "not_informed" and record["review_point"] == "After the strategy meeting"
    assert record["risks"]["referrer"] is True and record["risks"]["child"] is False
    assert "the person raising it" in record["exception"]


async def test_do_not_share_when_additional_needs_only_and_the_family_objects(alice, export):
    await alice.say("start")
    await walk(
        alice,
        [
            *OPENING,
            ("level", "additional_needs"),
            *CHILD,
            ("safe_to_tell", ["none"]),
            ("family_view", "objected"),
            ("override", "no"),
            VIEWS,
            ("reasons", "Additional needs only; parents declined. Keep offering support."),
            AGREED_BY,
            ("case_ref", ""),
        ],
    )
    assert find_block(alice.blocks(), "outcome:")["block_id"] == "outcome:do_not_share"
    await confirm(alice)
    [record] = await export()
    assert record["outcome"] == "do_not_share" and record["consent"] == "refused"
    assert record["shared_what"] == record["shared_with"] == record["method"] == "" and record["lawful_basis"] == []


async def test_emergency_route_shows_at_once_and_stays(alice, export):
    await alice.say("start")
    assert find_block(alice.blocks(), "emergency_route") is None
    await alice.answer("emergency", "yes")
    # the very next message leads with 999, before the next question
    blocks = alice.blocks()
    assert blocks[0]["block_id"] == "emergency_route" and "999" in blocks[0]["text"]["text"]
    await walk(
        alice,
        [
            ("allegation", "no"),
            ("lawful_basis", "statutory"),
            ("special_category", "no"),
            ("recipient", {"choice": "police", "detail": "999 call"}),
        ],
    )
    assert find_block(alice.blocks(), "emergency_route") is not None
    await walk(
        alice,
        [
            ("what", "Child alone, injured."),
            ("method", {"choice": "phone", "detail": ""}),
            ("inform_after", "no"),  # S9: "I will tell them" is not offered on the emergency route
            ("review_point", "When the police say it is safe."),
            VIEWS,
            ("reasons", "Immediate danger."),
            AGREED_BY,
            ("case_ref", ""),
        ],
    )
    await confirm(alice)
    [record] = await export()
    assert record["outcome"] == "share_without_consent" and record["consent"] == "not_sought"
    assert record["risks"]["immediate_danger"] is True and any("Art 6(1)(d)" in b for b in record["lawful_basis"])
    assert record["route"] == "emergency" and record["inform_family"] == "not_informed"


async def test_not_sure_pauses_for_advice_and_resumes(alice, export):
    await alice.say("start")
    await walk(alice, OPENING[:3])
    await alice.answer("purpose", "not_sure")
    assert "seek advice" in alice.last()["text"].lower()
    assert alice.current_question() is None
    await alice.press("resume_decision")
    assert alice.current_question() == "advice_outcome"
    await alice.answer("advice_outcome", "answer_now")
    assert alice.current_question() == "purpose"
    await walk(
        alice,
        [
            ("purpose", "yes"),
            ("identifiable", "identify"),
            ("level", "significant_harm"),
            *CHILD,
            ("safe_to_tell", ["none"]),
            ("family_view", "unreachable"),
            *SHARING,
            ("inform_after", "yes"),
            VIEWS,
            ("reasons", "Could not reach parents; harm is significant."),
            AGREED_BY,
            ("case_ref", ""),
        ],
    )
    await confirm(alice)
    [record] = await export()
    assert record["consent"] == "not_possible" and record["answers"]["purpose"] == "yes"


async def test_override_through_the_modal_keeps_both_outcomes(alice, fake, export):
    await alice.say("start")
    await walk(
        alice,
        OPENING[:3] + [("purpose", "no"), VIEWS, ("reasons", "No safeguarding purpose."), AGREED_BY, ("case_ref", "")],
    )
    await alice.sim.interactive(alice.click_payload("override"))
    [call] = await fake.wait_for(lambda calls: fake.of("views.open")) and fake.of("views.open")
    view = call.args["view"] if isinstance(call.args["view"], dict) else json.loads(call.args["view"])
    options = find_block(view["blocks"], "override_outcome")["element"]["options"]
    assert {o["value"] for o in options} == {"share_with_consent", "share_without_consent", "refer_on"}
    # no reason: the modal shows an error and nothing is recorded
    status, body = await alice.submit_view(
        view,
        {
            "override_outcome": {"outcome": {"type": "static_select", "selected_option": options[0]}},
            "override_reason": {"reason": {"type": "plain_text_input", "value": ""}},
        },
    )
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    assert await export() == []
    before = len(alice.posts())
    status, _ = await alice.submit_view(
        view,
        {
            "override_outcome": {"outcome": {"type": "static_select", "selected_option": options[0]}},
            "override_reason": {"reason": {"type": "plain_text_input", "value": "Mum asked us to refer."}},
        },
    )
    await fake.wait_for(lambda calls: len(alice.posts()) > before)
    [record] = await export()
    assert (record["outcome"], record["recommended_outcome"]) == ("share_with_consent", "do_not_share")
    assert record["override_reason"] == "Mum asked us to refer."


async def test_back_button_returns_to_the_previous_question(alice):
    await alice.say("start")
    await walk(alice, OPENING[:2])
    await alice.press("go_back")
    assert alice.current_question() == "allegation"


async def test_a_click_turns_its_message_into_the_answer_and_the_next_question(alice, fake):
    """One Web API call per click: the clicked message shows the answer given and the next
    question, and its old buttons are gone."""
    await alice.say("start")
    message, before = alice.last(), len(fake.calls)
    await alice.answer("emergency", "no")
    assert [c.method for c in fake.calls[before:] if c.method.startswith("chat.")] == ["chat.update"]
    assert [m["_ts"] for m in alice.posts()] == [message["_ts"]]
    shown = json.dumps(alice.blocks())
    assert ":heavy_check_mark:" in shown and "No" in shown and "q:emergency" not in shown
    assert alice.current_question() == "allegation"


async def test_a_click_naming_another_channel_changes_nothing_there(alice, fake):
    await alice.say("start")
    payload = alice.click_payload("no")
    payload["container"]["channel_id"] = payload["channel"]["id"] = "C0ELSEWHERE"
    await alice.sim.interactive(payload)
    await fake.wait_for(lambda calls: alice.current_question() == "allegation")
    assert not fake.of("chat.update") and not fake.of("chat.postMessage", "C0ELSEWHERE")
    assert len(alice.posts()) == 2  # the next question is posted to the DM instead


async def test_double_click_applies_once(alice, fake):
    await alice.say("start")
    payload = alice.click_payload("no")
    await asyncio.gather(*(alice.sim.interactive(payload) for _ in range(5)))
    await fake.wait_for(lambda calls: len(fake.of("chat.postEphemeral")) >= 4)
    questions = [p for p in alice.posts() if find_block(p.get("blocks") or [], "q:allegation")]
    assert len(questions) == 1


async def test_buttons_from_a_finished_decision_change_nothing(alice, fake):
    await alice.say("start")
    old_message = alice.last()
    await alice.say("start again")
    assert alice.current_question() == "emergency"
    await alice.sim.interactive(alice.click_payload("yes", message=old_message))
    await fake.wait_for(lambda calls: fake.of("chat.postEphemeral"))
    assert alice.current_question() == "emergency"
    assert "already been answered" in fake.of("chat.postEphemeral")[-1].args["text"]


async def test_someone_elses_button_changes_nothing(alice, bob, fake):
    await alice.say("start")
    forged = alice.click_payload("yes")
    forged["user"] = {"id": bob.user, "team_id": "T1"}
    await bob.sim.interactive(forged)
    await fake.wait_for(
        lambda calls: any(
            c.method == "chat.postMessage" and "no decision in progress" in c.args.get("text", "") for c in calls
        )
    )
    assert alice.current_question() == "emergency" and not alice.fake.posts(bob.dm)[:-1]


async def test_cancel(alice):
    await alice.say("start")
    await alice.press("cancel_decision")
    assert "cancelled" in alice.last()["text"].lower()


async def test_user_text_is_escaped_everywhere(alice, fake):
    await alice.say("start")
    await walk(alice, OPENING[:3] + [("purpose", "no"), VIEWS])
    await alice.answer("reasons", "<!channel> <@U999> & <https://evil.example|click>")
    await walk(alice, [AGREED_BY, ("case_ref", "")])
    sent = fake.all_text()
    assert "<!channel>" not in sent and "<@U999>" not in sent and "<https://evil" not in sent
    assert "&lt;!channel&gt;" in sent


async def test_slash_command_from_a_channel_moves_to_the_dm(sim, fake, alice):
    assert (await sim.command("U1", "", channel="C0PUBLIC")).status == 200
    await fake.wait_for(lambda calls: fake.of("response_url") and alice.posts())
    assert alice.current_question() == "emergency"
    assert not fake.posts("C0PUBLIC")
    assert "direct message" in fake.of("response_url")[-1].args["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help", "/infoshare list"),
        ("list", "no decision records"),
        ("summary", "Please give a record reference"),
        ("summary ISR-2026-999999", "can't find a record"),
        ("advice", "ADVICE_CHANNEL is not set"),
        ("frobnicate <!here>", "I don't know `frobnicate`"),
    ],
)
async def test_slash_subcommands(sim, fake, text, expected):
    await sim.command("U1", text)
    await fake.wait_for(lambda calls: fake.of("response_url"))
    reply = fake.of("response_url")[-1].args["text"]
    assert expected in reply and "<!here>" not in reply


async def test_summary_only_for_the_author_or_a_lead(sim, fake, alice):
    await alice.say("start")
    await walk(
        alice,
        OPENING[:3] + [("purpose", "no"), VIEWS, ("reasons", "No purpose."), AGREED_BY, ("case_ref", "SECRET-REF")],
    )
    reference = await confirm(alice)
    for user, allowed in (("U1", True), ("U2", False), ("ULEAD", True)):
        n = len(fake.of("response_url"))
        await sim.command(user, f"summary {reference}")
        await fake.wait_for(lambda calls, n=n: len(fake.of("response_url")) > n)
        reply = fake.of("response_url")[-1].args["text"]
        assert (reference in reply and "Do not share" in reply) is allowed, user
        assert "SECRET-REF" not in reply


async def test_global_shortcut_and_app_home(sim, fake, alice):
    await sim.interactive(
        {
            "type": "shortcut",
            "callback_id": "new_decision",
            "trigger_id": "t.1",
            "team": {"id": "T1"},
            "user": {"id": "U1", "team_id": "T1"},
            "token": "legacy",
            "action_ts": "1.1",
        }
    )
    await fake.wait_for(lambda calls: alice.posts())
    assert alice.current_question() == "emergency"
    await sim.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1.1"})
    [call] = await fake.wait_for(lambda calls: fake.of("views.publish")) and fake.of("views.publish")
    assert call.args["user_id"] == "U1" and "in progress" in json.dumps(call.args["view"])


async def test_too_long_a_message_is_refused_and_saves_nothing(alice):
    await alice.say("start")
    await walk(
        alice,
        [
            ("emergency", "yes"),
            ("allegation", "no"),
            ("lawful_basis", "statutory"),
            ("special_category", "no"),
            ("recipient", {"choice": "police", "detail": "PC on scene"}),
        ],
    )
    await alice.say("x" * 3001)
    assert "3,001 characters" in alice.last()["text"]
    assert alice.current_question() is None  # a plain notice, then the question is still open
    await alice.say("Short answer.")
    assert alice.current_question() == "method"


async def test_bad_or_stale_signatures_are_refused(sim):
    body = json.dumps({"type": "event_callback", "team_id": "T1", "event": {"type": "message"}})
    resp = await sim.post(body, "application/json", {"X-Slack-Signature": "v0=" + "0" * 64})
    assert resp.status == 401
    import time

    from tests.slack_sim import sign

    old = sign(body, timestamp=int(time.time()) - 6 * 60)
    resp = await sim.post(body, "application/json", old)
    assert resp.status == 401


async def test_healthz(sim):
    import aiohttp

    async with aiohttp.ClientSession() as s, s.get(sim.url.replace("/slack/events", "/healthz")) as resp:
        assert resp.status == 200 and (await resp.json())["ok"] is True


async def test_export_csv_and_verify(alice, export, db_url, monkeypatch, capsys):
    await alice.say("start")
    await walk(alice, OPENING[:3] + [("purpose", "no"), VIEWS, ("reasons", "No purpose."), AGREED_BY, ("case_ref", "")])
    reference = await confirm(alice)
    out = await export("--format", "csv")
    assert out.splitlines()[0].startswith("reference,created_at,decided_by") and reference in out
    monkeypatch.setenv("DATABASE_URL", db_url)
    assert await asyncio.to_thread(cli.main, ["verify"]) == 0
    assert "1 records, hash chain intact" in capsys.readouterr().out
