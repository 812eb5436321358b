"""Free text encrypted at rest with RECORD_KEY (AES-GCM), key rotation, and the chain."""

import base64
import os

import pytest
from sqlalchemy import text

from storage import repository as repo
from storage.crypto import FieldCipher, RecordKeyError
from storage.db import make_sessionmaker
from tests.storage.test_records import fields

KEY_A, KEY_B = (base64.b64encode(os.urandom(32)).decode() for _ in range(2))
SECRET_TEXT = "Amelia Okafor told me on 3rd May"


def record_fields():
    return {**fields(1), "reasons": SECRET_TEXT, "shared_what": "bruises, " + SECRET_TEXT,
            "answers": {"what": SECRET_TEXT, "recipient": {"choice": "police", "detail": "PC Dev Patel"}}}  # fmt: skip


@pytest.fixture
def engine(db):
    return db.kw["bind"]


def db_with(engine, spec):
    return make_sessionmaker(engine, cipher=FieldCipher.parse(spec) if spec else None)


async def raw_rows(engine):
    async with engine.connect() as conn:
        return [dict(r._mapping) for r in await conn.execute(text("SELECT * FROM decisionrecord ORDER BY seq"))]


async def write(db):
    async with db() as session, session.begin():
        return await repo.append_record(session=session, fields=record_fields())


async def test_free_text_is_encrypted_at_rest_and_read_back(engine):
    db = db_with(engine, f"a:{KEY_A}")
    written = await write(db)
    assert written.reasons == SECRET_TEXT  # the caller sees plain text
    [row] = await raw_rows(engine)
    stored = str(row)
    assert "Amelia" not in stored and "Dev Patel" not in stored and row["reasons"].startswith("enc:v2:a:")
    async with db() as session:
        record = await repo.get_record(session=session, reference=written.reference)
        check = await repo.verify_chain(session=session)
    assert record.reasons == SECRET_TEXT and record.answers["recipient"]["detail"] == "PC Dev Patel"
    assert check.ok


async def test_changed_ciphertext_is_found_by_verify(engine):
    db = db_with(engine, f"a:{KEY_A}")
    written = await write(db)
    [row] = await raw_rows(engine)
    tampered = row["reasons"][:-6] + ("AAAAAA" if not row["reasons"].endswith("AAAAAA") else "BBBBBB")
    async with engine.begin() as conn:
        await conn.execute(text("UPDATE decisionrecord SET reasons = :r"), {"r": tampered})
    async with db() as session:
        check = await repo.verify_chain(session=session)
    assert not check.ok and check.broken_reference == written.reference and "does not decrypt" in check.problem


async def test_key_rotation(engine):
    old = db_with(engine, f"a:{KEY_A}")
    written = await write(old)
    both = db_with(engine, f"b:{KEY_B},a:{KEY_A}")
    async with both() as session, session.begin():
        assert await repo.rekey(session=session) == 1
    [row] = await raw_rows(engine)
    assert row["reasons"].startswith("enc:v2:b:")
    new_only = db_with(engine, f"b:{KEY_B}")
    async with new_only() as session:
        assert (await repo.get_record(session=session, reference=written.reference)).reasons == SECRET_TEXT
        assert (await repo.verify_chain(session=session)).ok  # the chain covers plain text
    async with old() as session:
        with pytest.raises(RecordKeyError, match="'b'"):
            await repo.get_record(session=session, reference=written.reference)


async def test_records_written_before_a_key_was_set_read_once_rekeyed(engine):
    """With a key set, plain text in an encrypted field is refused (issue 13: it could be
    put there behind the application's back); `rekey` encrypts what was written before."""
    plain = db_with(engine, None)
    written = await write(plain)
    keyed = db_with(engine, f"a:{KEY_A}")
    async with keyed() as session:
        with pytest.raises(RecordKeyError, match="plain text"):
            await repo.get_record(session=session, reference=written.reference)
    async with keyed() as session, session.begin():
        assert await repo.rekey(session=session) == 1
    async with keyed() as session:
        assert (await repo.get_record(session=session, reference=written.reference)).reasons == SECRET_TEXT
        assert (await repo.verify_chain(session=session)).ok


@pytest.mark.parametrize(("spec", "reason"), [
    ("a:notbase64!", "not base64"), ("a:" + base64.b64encode(b"short").decode(), "32 bytes"), ("", "no key"),
])  # fmt: skip
def test_bad_keys_are_refused(spec, reason):
    with pytest.raises(RecordKeyError, match=reason):
        FieldCipher.parse(spec)
