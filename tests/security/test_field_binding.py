"""Issue 13, rows on field encryption and RECORD_KEY.

- Ciphertext is bound to its table, row and field (AES-GCM associated data): someone who
  can write to the database but holds no key cannot copy another record's encrypted text
  into their own and have the bot decrypt it for them. Values written by the earlier
  release (bound to the key id only) still decrypt, and `rekey` rewrites them bound.
- Key handling: every key needs an explicit id, ids are unique, and no message echoes
  key material (a key and id given the wrong way round, or a key without an id).
"""

from __future__ import annotations

import base64
import json
import os
import uuid

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, text, update

from storage import repository as repo
from storage.crypto import FieldCipher, RecordKeyError
from storage.db import make_sessionmaker, run_in_transaction
from storage.models import Conversation, DecisionRecord
from tests.bot.test_cli import run
from tests.storage.test_records import fields

RECORDS = DecisionRecord.__table__
KEY_A, KEY_B = (base64.b64encode(os.urandom(32)).decode() for _ in range(2))


def keyed(db, spec=f"a:{KEY_A}"):
    return make_sessionmaker(db.kw["bind"], cipher=FieldCipher.parse(spec))


async def append(db, n, **extra):
    async with db() as session, session.begin():
        return await repo.append_record(session=session, fields={**fields(n), **extra})


async def column(db, name, seq):
    async with db.kw["bind"].connect() as conn:
        return (await conn.execute(select(RECORDS.c[name]).where(RECORDS.c.seq == seq))).scalar()


async def set_column(db, name, seq, value):
    async with db.kw["bind"].begin() as conn:
        await conn.execute(update(RECORDS).where(RECORDS.c.seq == seq).values({name: value}))


async def test_ciphertext_copied_into_another_record_does_not_decrypt(db):
    db = keyed(db)
    mine = await append(db, 1, reasons="my own reasons")
    theirs = await append(db, 2, reasons="Amelia Okafor disclosed abuse on 3 May")
    # someone with write access to the database, and no key, copies their ciphertext into mine
    await set_column(db, "reasons", 1, await column(db, "reasons", 2))
    async with db() as session:
        with pytest.raises(RecordKeyError, match="reasons .*does not decrypt") as refused:
            await repo.get_record(session=session, reference=mine.reference)
        assert "Amelia" not in str(refused.value)
        check = await repo.verify_chain(session=session)
        assert (await repo.get_record(session=session, reference=theirs.reference)).reasons.startswith("Amelia")
    assert not check.ok and check.broken_reference == mine.reference and "reasons" in check.problem


async def test_ciphertext_moved_to_another_field_or_answer_does_not_decrypt(db):
    db = keyed(db)
    record = await append(db, 1, reasons="why", shared_what="what", answers={"what": "the answer", "purpose": "yes"})
    await set_column(db, "shared_what", 1, await column(db, "reasons", 1))
    async with db() as session:
        with pytest.raises(RecordKeyError, match="shared_what"):
            await repo.get_record(session=session, reference=record.reference)
    answers = await column(db, "answers", 1)
    answers = json.loads(answers) if isinstance(answers, str) else answers
    answers["what"] = await column(db, "reasons", 1)
    async with db.kw["bind"].begin() as conn:
        await conn.execute(text("UPDATE decisionrecord SET answers = :a, shared_what = :w WHERE seq = 1"),
                           {"a": json.dumps(answers), "w": ""})  # fmt: skip
    async with db() as session:
        with pytest.raises(RecordKeyError, match="answers.what"):
            await repo.get_record(session=session, reference=record.reference)


async def test_conversation_answers_copied_to_another_conversation_do_not_decrypt(db):
    db = keyed(db)
    for cid, user in (("c1", "U1"), ("c2", "U2")):
        async with db() as session, session.begin():
            session.add(Conversation(id=cid, team_id="T1", user_id=user, state="what", flow_version="x"))

    def write(connection, cid, what):
        return repo.compare_and_set(connection, cipher=db.kw["info"]["cipher"], conversation_id=cid,
                                    expected_version=1, values={"answers": {"what": what}})  # fmt: skip

    await run_in_transaction(db, write, "c1", "mine")
    await run_in_transaction(db, write, "c2", "Amelia's secret")
    async with db.kw["bind"].begin() as conn:
        stolen = (await conn.execute(text("SELECT answers FROM conversation WHERE id = 'c2'"))).scalar()
        await conn.execute(text("UPDATE conversation SET answers = :a WHERE id = 'c1'"),
                           {"a": stolen if isinstance(stolen, str) else json.dumps(stolen)})  # fmt: skip
    async with db() as session:
        with pytest.raises(RecordKeyError, match="answers.what"):
            await repo.get_open_conversation(session=session, team_id="T1", user_id="U1")
        assert (await repo.get_open_conversation(session=session, team_id="T1", user_id="U2")).answers == {
            "what": "Amelia's secret"
        }


def v1(kid: str, key_b64: str, plain: str) -> str:
    """A value as the release before issue 13 wrote it: bound to the key id only."""
    nonce = os.urandom(12)
    sealed = AESGCM(base64.b64decode(key_b64)).encrypt(nonce, plain.encode(), kid.encode())
    return f"enc:v1:{kid}:{base64.b64encode(nonce + sealed).decode()}"


async def test_values_of_the_earlier_format_still_decrypt_and_rekey_binds_them(db):
    db = keyed(db)
    record = await append(db, 1, reasons="old reasons", answers={"what": "old what", "purpose": "yes"})
    answers = {"what": v1("a", KEY_A, "old what"), "purpose": "yes"}
    async with db.kw["bind"].begin() as conn:
        await conn.execute(text("UPDATE decisionrecord SET reasons = :r, answers = :a WHERE seq = 1"),
                           {"r": v1("a", KEY_A, "old reasons"), "a": json.dumps(answers)})  # fmt: skip
    async with db() as session:
        old = await repo.get_record(session=session, reference=record.reference)
        assert old.reasons == "old reasons" and old.answers["what"] == "old what"
        assert (await repo.verify_chain(session=session)).ok
    async with db() as session, session.begin():
        assert await repo.rekey(session=session) == 1
    assert (await column(db, "reasons", 1)).startswith("enc:v2:a:")
    async with db() as session:
        assert (await repo.get_record(session=session, reference=record.reference)).reasons == "old reasons"
        assert (await repo.verify_chain(session=session)).ok


# -- key handling -------------------------------------------------------------------------


def test_every_key_needs_an_id_and_ids_are_unique():
    with pytest.raises(RecordKeyError, match="no id") as no_id:
        FieldCipher.parse(f"{KEY_B},a:{KEY_A}")  # a new key added in front without an id
    with pytest.raises(RecordKeyError, match="given twice"):
        FieldCipher.parse(f"k1:{KEY_B},k1:{KEY_A}")
    with pytest.raises(RecordKeyError, match="same key"):
        FieldCipher.parse(f"b:{KEY_A},a:{KEY_A}")
    assert KEY_B not in str(no_id.value)
    assert FieldCipher.parse(f"b:{KEY_B}, a:{KEY_A}").current == "b"


@pytest.mark.parametrize(
    "spec",
    [f"{KEY_A}:a", "junk", KEY_A, f"a:{KEY_A[:-4]}", f"{KEY_A}:{KEY_B}", f"a:{KEY_A},{KEY_B}:b", "a:" + "x" * 20],
)
def test_no_message_about_a_bad_key_holds_key_material_or_an_id_never_given(spec):
    with pytest.raises(RecordKeyError) as refused:
        FieldCipher.parse(spec)
    message = str(refused.value)
    for secret in (KEY_A, KEY_B, KEY_A[:-4], KEY_A[:16], KEY_B[:16], "x" * 20, "junk"):
        assert secret not in message, (spec, message)
    assert "'k1'" not in message and "'k2'" not in message


def test_a_key_and_id_swapped_is_one_line_without_the_key(tmp_path):
    db = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    result = run(["export"], tmp_path, db, RECORD_KEY=f"{KEY_A}:k1")
    assert result.returncode == 2 and "RECORD_KEY" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert KEY_A not in result.stderr and KEY_A[:12] not in result.stderr


async def test_a_decision_recorded_with_a_key_is_bound_to_its_row(db):
    """Through the app's own path (the decision's record and its conversation in one piece)."""
    db = keyed(db)
    conversation = Conversation(id=uuid.uuid4().hex, team_id="T1", user_id="U9", state="confirm", flow_version="x")
    async with db() as session, session.begin():
        session.add(conversation)

    def record(connection):
        return repo.record_decision(connection, cipher=db.kw["info"]["cipher"],
                                    fields={**fields(1), "reasons": "bound", "conversation_id": conversation.id},
                                    conversation_id=conversation.id, expected_version=1,
                                    values={"answers": {"what": "x"}, "status": "recorded"})  # fmt: skip

    written, _ = await run_in_transaction(db, record)
    stored = await column(db, "reasons", written.seq)
    assert stored.startswith("enc:v2:a:")
    cipher = db.kw["info"]["cipher"]
    assert cipher.decrypt(stored, table="decisionrecord", row=written.seq, field="reasons") == "bound"
    with pytest.raises(RecordKeyError):
        cipher.decrypt(stored, table="decisionrecord", row=written.seq + 1, field="reasons")
