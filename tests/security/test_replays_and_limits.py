"""Issue 13: a replayed amendment submission writes once (row 8); starting decisions is
limited per person across instances, and the audit keeps only well-formed references
(row 11)."""

from __future__ import annotations

import json

from flows.decisions import START_LIMIT
from flows.records import export
from storage import repository as repo
from tests.bot.test_records import amend_via_command, decide, last_view
from tests.conftest import serve, stop
from tests.slack_sim import Practitioner


async def test_a_replayed_amendment_submission_writes_one_amendment(alice, sim, fake, db):
    reference = await decide(alice)
    n = len(fake.of("views.open"))
    await sim.command("U1", f"amend {reference}")
    await fake.wait_for(lambda calls: len(fake.of("views.open")) > n)
    view = last_view(fake)
    options = next(b for b in view["blocks"] if b.get("block_id") == "amend_outcome")["element"]["options"]
    values = {
        "amend_outcome": {"pick": {"type": "static_select",
                                   "selected_option": next(o for o in options if o["value"] == "share_with_consent")}},
        "amend_reasons": {"input": {"type": "plain_text_input", "value": "Mum agreed."}},
        "amend_why": {"input": {"type": "plain_text_input", "value": "Consent given at the meeting."}},
    }  # fmt: skip
    answers = [await alice.submit_view(view, values) for _ in range(3)]  # the same signed submission, replayed
    assert all(status == 200 and json.loads(body) == {"response_action": "clear"} for status, body in answers)
    records = json.loads(await export(db=db))
    assert [r["amends"] for r in records] == [None, reference]
    # a different submission (another reason) is another amendment
    again = await amend_via_command(alice, sim, fake, reference, "share_with_consent", "Corrected the date.")
    assert again == {"response_action": "clear"} and len(json.loads(await export(db=db))) == 3


async def test_starting_decisions_is_limited_per_person_across_instances(fake, db_url, db):
    first, server_a = await serve(fake, db_url, db)
    second, server_b = await serve(fake, db_url, db)
    try:
        on_a, on_b = Practitioner(first, "U1"), Practitioner(second, "U1")
        await on_a.say("start")
        for n in range(1, START_LIMIT):
            await (on_a if n % 2 else on_b).say("start again")
            assert "lot of decisions" not in on_a.last()["text"]
        await on_b.say("start again")
        assert "lot of decisions" in on_b.last()["text"] and "try again" in on_b.last()["text"]
        await on_a.say("start again")
        assert "lot of decisions" in on_a.last()["text"]
        # the decision in progress is still there to carry on with, and others are not limited
        await on_a.say("hello")
        assert on_a.current_question() == "emergency"
        await Practitioner(first, "U2").say("start")
        assert Practitioner(first, "U2").current_question() == "emergency"
    finally:
        await stop(first, server_a)
        await stop(second, server_b)


async def test_the_audit_keeps_only_a_reference_that_looks_like_one(alice, sim, fake, db):
    reference = await decide(alice)
    for typed in ("Jayden-Smith-07700900123", "isr-2026-99", reference.lower(), "ISR-2026-999999"):
        await sim.command("U1", f"summary {typed}")
    await fake.wait_for(lambda calls: len(fake.of("response_url")) == 4)
    async with db() as session:
        kept = [(a.action, a.reference) for a in await repo.audit_events(session=session)]
    assert kept == [("refused", "invalid"), ("refused", "invalid"), ("read", reference),
                    ("refused", "ISR-2026-999999")]  # fmt: skip
    assert "Jayden" not in json.dumps(kept)
