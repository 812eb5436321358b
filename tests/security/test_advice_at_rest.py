"""Issue 13: advice at rest, and retention for advice and processed events.

With RECORD_KEY, who asked (and their DM with the bot), the question, advisors' replies
(which are not redacted) and every message's author are encrypted, each bound to its
row and field; the asker's own list still finds their requests. `purge` removes advice
once what it belongs to is gone, and processed event ids after a few days, audited.
"""

from __future__ import annotations

import base64
import os
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from flows import advice
from flows.records import purge, rekey
from storage import repository as repo
from storage.crypto import FieldCipher, RecordKeyError
from storage.db import make_sessionmaker
from storage.models import AdviceMessage, AdviceRequest, Conversation, ProcessedEvent, utcnow
from tests.bot import test_advice
from tests.conftest import serve, stop
from tests.slack_sim import Practitioner
from tests.storage.test_records import fields

REQUESTS, MESSAGES = AdviceRequest.__table__, AdviceMessage.__table__
KEY = base64.b64encode(os.urandom(32)).decode()
REPLY = "Talk to the DSL today; do not tell Mum first."


def keyed(db):
    return make_sessionmaker(db.kw["bind"], cipher=FieldCipher.parse(f"a:{KEY}"))


async def rows(db, table):
    async with db.kw["bind"].connect() as conn:
        return [dict(r._mapping) for r in await conn.execute(select(table).order_by(table.c.created_at))]


async def ask(db, *, asker="U1", conversation_id=None, question="Should I tell the family first here?"):
    request = await advice.create_request(db=db, team_id="T1", asker_id=asker, asker_channel="D1", text=question,
                                          conversation_id=conversation_id, stage="purpose", answers={})  # fmt: skip
    await advice.mark_posted(db=db, request=request, channel_id="GADVICE", message_ts=f"1.{request.id[:6]}")
    return request


async def test_an_advice_exchange_end_to_end_leaves_no_reply_or_asker_in_plain_text(fake, db_url, db):
    db = keyed(db)
    sim, server = await serve(fake, db_url, db, advice_channel=test_advice.ADVICE, safeguarding_leads="ULEAD1")
    fake.members[test_advice.ADVICE] = ["U7", "U8"]  # only members of the advice channel may reply
    try:
        asker, advisor = Practitioner(sim, "U1"), Practitioner(sim, "U7")
        await test_advice.test_advisor_reply_reaches_the_asker_and_the_asker_answers_back(asker, advisor, fake, sim)
    finally:
        await stop(sim, server)
    [request] = await rows(db, REQUESTS)
    messages = await rows(db, MESSAGES)
    assert len(messages) == 3  # the reply by modal, the one typed in the thread, the asker's answer
    for value in (request["asker_id"], request["asker_channel"], request["text"]):
        assert value.startswith("enc:v2:a:")
    for message in messages:
        assert message["author_id"].startswith("enc:v2:a:") and message["text"].startswith("enc:v2:a:")
    stored = repr([request, *messages])
    assert "Talk to the DSL" not in stored and "Agree: MASH" not in stored and "Thanks." not in stored
    [mine] = await advice.asked_by(db=db, asker_id="U1")  # the asker's Home still lists it
    assert mine.asker_id == "U1" and mine.asker_channel is not None
    assert await advice.asked_by(db=db, asker_id="U7") == []
    [(_, replies)] = await advice.for_conversation(db=db, conversation_id=request["conversation_id"])
    assert [m.author_id for m in replies] == ["U7", "U8", "U1"] and replies[0].text == REPLY


async def test_an_asker_id_or_reply_copied_into_another_request_does_not_decrypt(db):
    db = keyed(db)
    mine = await ask(db, asker="U1")
    theirs = await ask(db, asker="U2")
    await advice.add_reply(db=db, case_code=theirs.case_code, advisor_id="U7", text="a reply about U2's case")
    await advice.add_reply(db=db, case_code=mine.case_code, advisor_id="U7", text="my reply")
    async with db.kw["bind"].begin() as conn:
        stolen = (
            await conn.execute(text("SELECT asker_id FROM advicerequest WHERE id = :i"), {"i": theirs.id})
        ).scalar()
        await conn.execute(text("UPDATE advicerequest SET asker_id = :a WHERE id = :i"), {"a": stolen, "i": mine.id})
        reply = (await conn.execute(text("SELECT text FROM advicemessage WHERE request_id = :i"),
                                    {"i": theirs.id})).scalar()  # fmt: skip
        await conn.execute(text("UPDATE advicemessage SET text = :t WHERE request_id = :i"), {"t": reply, "i": mine.id})
    with pytest.raises(RecordKeyError, match="asker_id"):
        await advice.get(db=db, case_code=mine.case_code)
    async with db() as session:
        with pytest.raises(RecordKeyError, match="text"):
            await repo.advice_messages(session=session, request_id=mine.id)


async def test_escalation_still_marks_requests_once_and_reaches_the_asker(db):
    db = keyed(db)
    request = await ask(db)
    later = utcnow() + timedelta(hours=1)
    [due] = await advice.escalate_due(db=db, now=later, after=timedelta(minutes=30))
    assert due.id == request.id and due.asker_id == "U1" and due.asker_channel == "D1"
    assert await advice.escalate_due(db=db, now=later, after=timedelta(minutes=30)) == []


async def test_rekey_encrypts_advice_written_before_the_key_was_set(db):
    plain = await ask(db)
    await advice.add_reply(db=db, case_code=plain.case_code, advisor_id="U7", text=REPLY)
    with pytest.raises(RecordKeyError, match="plain text"):
        await advice.get(db=keyed(db), case_code=plain.case_code)
    done = await rekey(db=keyed(db))
    assert (done.others.advice_requests, done.others.advice_messages) == (1, 1)
    [request] = await rows(db, REQUESTS)
    assert request["asker_id"].startswith("enc:v2:a:") and request["asker_index"].startswith("a:")
    [mine] = await advice.asked_by(db=keyed(db), asker_id="U1")
    async with keyed(db)() as session:
        [reply] = await repo.advice_messages(session=session, request_id=mine.id)
    assert reply.text == REPLY and reply.author_id == "U7"


async def test_purge_removes_advice_whose_conversation_and_record_are_gone_and_old_event_ids(db):
    now = utcnow()
    old = now - timedelta(days=40)
    async with db() as session, session.begin():
        for cid in ("gone", "recorded", "live"):
            session.add(Conversation(id=cid, team_id="T1", user_id=f"U-{cid}", state="purpose", flow_version="x"))
        await repo.append_record(session=session, fields={**fields(1), "conversation_id": "recorded"})
        session.add(ProcessedEvent(event_id="Ev-old", received_at=now - timedelta(days=4)))
        session.add(ProcessedEvent(event_id="Ev-new", received_at=now - timedelta(hours=1)))
    asked = {}
    for name, conversation in (("gone", "gone"), ("recorded", "recorded"), ("live", "live"), ("loose", None),
                               ("recent", None)):  # fmt: skip
        asked[name] = await ask(db, conversation_id=conversation)
        await advice.add_reply(db=db, case_code=asked[name].case_code, advisor_id="U7", text=REPLY)
    async with db.kw["bind"].begin() as conn:
        await conn.execute(text("UPDATE advicerequest SET created_at = :t WHERE id != :r"),
                           {"t": old, "r": asked["recent"].id})  # fmt: skip
        await conn.execute(text("UPDATE conversation SET updated_at = :t WHERE id != 'live'"), {"t": old})
    result = await purge(db=db, now=now, conversation_age=timedelta(days=30), record_age=None)
    assert result.conversations == 2 and (result.advice_requests, result.advice_messages) == (2, 2)
    assert result.events == 1
    kept = {r["id"] for r in await rows(db, REQUESTS)}
    assert kept == {asked["recorded"].id, asked["live"].id, asked["recent"].id}
    assert {r["request_id"] for r in await rows(db, MESSAGES)} == kept
    async with db() as session:
        assert [e.event_id for e in (await session.exec(text("SELECT event_id FROM processedevent"))).all()] == [
            "Ev-new"
        ]
        audit = [(a.action, a.detail) for a in await repo.audit_events(session=session)]
    assert ("purge", "2 advice requests, 2 advice messages") in audit and ("purge", "1 processed event ids") in audit
    # once the record goes too, so does the advice asked while making it
    result = await purge(db=db, now=now + timedelta(days=400), conversation_age=timedelta(days=30),
                         record_age=timedelta(days=365))  # fmt: skip
    assert asked["recorded"].id not in {r["id"] for r in await rows(db, REQUESTS)}
