"""Issue 13: the hash chain has a secret (CHAIN_KEY, HMAC-SHA256) and an outside anchor.

Someone who can write to the database could delete the newest records, rewrite and
re-hash the whole chain (plain SHA-256 needs no secret), forge the chain's start to hide
old records deleted, or put plain text where RECORD_KEY encrypts. Each is now found:
by `verify --anchor COUNT:HASH` (a head printed by `anchor` and kept elsewhere), by
CHAIN_KEY, by the anchor row's MAC, and by refusing plain text in an encrypted field.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import timedelta

from sqlalchemy import text

from flows.records import chain_anchor, purge, verify
from storage import repository as repo
from storage.chain import record_hash
from storage.crypto import FieldCipher
from storage.db import make_sessionmaker
from storage.models import ChainAnchor
from tests.bot.test_cli import TYPED, run
from tests.storage.test_records import fields

CHAIN_KEY = base64.b64encode(os.urandom(32)).decode()
RECORD_KEY = base64.b64encode(os.urandom(32)).decode()


def with_keys(db, chain=True, record=False):
    return make_sessionmaker(
        db.kw["bind"],
        cipher=FieldCipher.parse(f"r:{RECORD_KEY}") if record else None,
        chain_key=base64.b64decode(CHAIN_KEY) if chain else None,
    )


async def append(db, n, **extra):
    async with db() as session, session.begin():
        return await repo.append_record(session=session, fields={**fields(n), **extra})


async def rewrite_and_rehash(db, seq, **changes):
    """What anyone with write access can do to an unkeyed chain: change a record and
    recompute every hash and link from it on."""
    async with db() as session:
        rows = [r.model_dump() async for r in repo.iter_records(session=session, raw=True)]
    prev = None
    async with db.kw["bind"].begin() as conn:
        for row in rows:
            if row["seq"] == seq:
                row.update(changes)
            if row["seq"] >= seq:
                row["prev_hash"] = prev if prev is not None else row["prev_hash"]
                row["hash"] = record_hash(row)
                await conn.execute(
                    text("UPDATE decisionrecord SET reasons = :reasons, prev_hash = :p, hash = :h WHERE seq = :s"),
                    {"reasons": row["reasons"], "p": row["prev_hash"], "h": row["hash"], "s": row["seq"]},
                )
            prev = row["hash"]


async def test_newest_records_deleted_are_found_by_the_outside_anchor(db):
    for n in range(1, 5):
        await append(db, n)
    check, head = await chain_anchor(db=db)
    assert check.ok and head.count == 4
    async with db.kw["bind"].begin() as conn:
        await conn.execute(text("DELETE FROM decisionrecord WHERE seq >= 3"))
    assert (await verify(db=db)).ok  # the chain alone cannot tell: what is left still links
    found = await verify(db=db, anchor=head)
    assert not found.ok and found.broken_reference == "no. 4"
    assert "2 records deleted from the end" in found.problem and "ends at no. 2" in found.problem


async def test_an_unkeyed_chain_rewritten_and_rehashed_is_found_by_the_anchor(db):
    for n in range(1, 4):
        await append(db, n)
    _, head = await chain_anchor(db=db)
    await rewrite_and_rehash(db, 2, reasons="rewritten")
    assert (await verify(db=db)).ok  # plain SHA-256: anyone can recompute it
    found = await verify(db=db, anchor=head)
    assert not found.ok and "does not match the anchor" in found.problem and "rewritten" in found.problem


async def test_with_chain_key_a_rewritten_and_rehashed_chain_is_found_without_an_anchor(db):
    keyed = with_keys(db)
    for n in range(1, 4):
        await append(keyed, n)
    assert (await verify(db=keyed)).ok
    await rewrite_and_rehash(keyed, 2, reasons="rewritten")
    found = await verify(db=keyed)
    assert not found.ok and found.broken_reference.endswith("-000002")
    assert "hashed without CHAIN_KEY after records hashed with it" in found.problem
    # and recomputing the HMAC needs the key: a guess at it fails the same way
    wrong = make_sessionmaker(db.kw["bind"], chain_key=os.urandom(32))
    assert not (await verify(db=wrong)).ok


async def test_records_from_before_chain_key_still_verify_and_are_counted(db):
    await append(db, 1)
    await append(db, 2)
    keyed = with_keys(db)
    await append(keyed, 3)
    check = await verify(db=keyed)
    assert check.ok and check.checked == 3 and check.unkeyed == 2


async def test_a_forged_chain_start_hiding_deleted_old_records_is_found(db):
    keyed = with_keys(db)
    records = [await append(keyed, n) for n in range(1, 5)]
    # delete the two oldest and put in the chain-start row a purge would have written
    async with keyed() as session, session.begin():
        await session.exec(text("DELETE FROM decisionrecord WHERE seq <= 2"))
        session.add(ChainAnchor(id=1, seq=2, hash=records[1].hash))
    found = await verify(db=keyed)
    assert not found.ok and found.broken_reference == "no. 3" and "forged" in found.problem
    async with keyed() as session, session.begin():  # a MAC made up without the key
        (await session.get(ChainAnchor, 1)).mac = "0" * 64
    found = await verify(db=keyed)
    assert not found.ok and "does not match CHAIN_KEY: forged" in found.problem


async def test_a_real_purge_with_chain_key_still_verifies_against_an_older_anchor(db):
    keyed = with_keys(db)
    records = [await append(keyed, n) for n in range(1, 5)]
    _, head = await chain_anchor(db=keyed)
    age = timedelta(days=365)
    result = await purge(db=keyed, now=records[-1].created_at + age, conversation_age=timedelta(days=30),
                         record_age=age)  # fmt: skip
    assert len(result.records) == 3
    check = await verify(db=keyed, anchor=head)
    assert check.ok and check.checked == 1


async def test_plain_text_put_in_an_encrypted_field_is_refused_and_named(db):
    """With RECORD_KEY, the newest record's text replaced by plain text (and, without
    CHAIN_KEY, its hash recomputed) is no longer accepted by decryption."""
    keyed = with_keys(db, chain=False, record=True)
    await append(keyed, 1)
    newest = await append(keyed, 2, reasons="what I really wrote")
    async with db.kw["bind"].begin() as conn:
        await conn.execute(text("UPDATE decisionrecord SET reasons = 'edited', hash = :h WHERE seq = 2"),
                           {"h": record_hash({**newest.model_dump(), "reasons": "edited"})})  # fmt: skip
    found = await verify(db=keyed)
    assert not found.ok and found.broken_reference == newest.reference
    assert "reasons holds plain text" in found.problem


async def test_malformed_ciphertext_is_named_by_verify_never_a_traceback(tmp_path, db_url):
    env = {"RECORD_KEY": f"r:{RECORD_KEY}", "CHAIN_KEY": CHAIN_KEY}
    assert run(["chat", "--user", "a"], tmp_path, db_url, TYPED, **env).returncode == 0
    reference = json.loads(run(["export"], tmp_path, db_url, **env).stdout)[0]["reference"]
    from storage.db import make_engine

    for bad in ("enc:v2:r:!!!not base64!!!", "enc:v2:r:QUJD", "enc:v1:r:", "enc:v2:\u00e9\u00e9:xx", "enc:v2:r"):
        engine = make_engine(db_url)
        async with engine.begin() as conn:
            await conn.execute(text("UPDATE decisionrecord SET reasons = :b"), {"b": bad})
        await engine.dispose()
        result = run(["verify"], tmp_path, db_url, **env)
        assert result.returncode == 1 and "Traceback" not in result.stderr, (bad, result.stderr)
        assert f"BROKEN at {reference}: reasons" in result.stdout, (bad, result.stdout)


async def test_anchor_and_verify_anchor_from_the_command_line(tmp_path, db_url):
    env = {"CHAIN_KEY": CHAIN_KEY}
    for user in ("a", "b"):
        assert run(["chat", "--user", user], tmp_path, db_url, TYPED, **env).returncode == 0
    anchored = run(["anchor"], tmp_path, db_url, **env)
    assert anchored.returncode == 0, anchored.stderr
    line = anchored.stdout.strip()
    count, digest = line.split(":")
    assert count == "2" and len(digest) == 64 and "verify --anchor" in anchored.stderr
    ok = run(["verify", "--anchor", line], tmp_path, db_url, **env)
    assert ok.returncode == 0 and "2 records, hash chain intact; nothing up to no. 2 removed" in ok.stdout
    from storage.db import make_engine

    engine = make_engine(db_url)
    async with engine.begin() as conn:
        await conn.execute(text("DELETE FROM decisionrecord WHERE seq = 2"))
    await engine.dispose()
    assert run(["verify"], tmp_path, db_url, **env).returncode == 0
    broken = run(["verify", "--anchor", line], tmp_path, db_url, **env)
    assert broken.returncode == 1 and "BROKEN at no. 2: 1 record deleted from the end" in broken.stdout
    bad = run(["verify", "--anchor", "two:abc"], tmp_path, db_url, **env)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "COUNT:HASH" in bad.stderr
    unkeyed = run(["anchor"], tmp_path, db_url)
    assert unkeyed.returncode == 1 and "CHAIN_KEY that is not set" in unkeyed.stdout


def test_chain_key_is_checked_and_kept_apart_from_record_key(tmp_path):
    db = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    same = run(["verify"], tmp_path, db, RECORD_KEY=f"r:{RECORD_KEY}", CHAIN_KEY=RECORD_KEY)
    assert same.returncode == 2 and "CHAIN_KEY" in same.stderr and "key of its own" in same.stderr
    assert RECORD_KEY not in same.stderr
    bad = run(["verify"], tmp_path, db, CHAIN_KEY="k1:" + CHAIN_KEY)
    assert bad.returncode == 2 and "CHAIN_KEY" in bad.stderr and CHAIN_KEY not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    plain = run(["verify"], tmp_path, db)
    assert plain.returncode == 0 and "CHAIN_KEY is not set" in plain.stderr
