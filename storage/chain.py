"""The hash chain over decision records.

Each record's hash is over its canonical JSON (sorted keys, no whitespace), which
includes the previous record's hash. Changing any stored field of any record, or
removing one from the middle, breaks the chain from that record on.

With CHAIN_KEY the hash is HMAC-SHA256 under that key, so someone who can write to the
database but does not hold the key cannot re-hash a chain they changed. Without it, it
is plain SHA-256 (as every record written before CHAIN_KEY existed), which anyone can
recompute: only an anchor kept outside the database (`infoshare-bot anchor`) then
shows a rewrite. Neither shows records removed from the end by itself: the outside
anchor does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

GENESIS = "0" * 64
# The execution option that carries CHAIN_KEY to work run on a plain connection
# (`storage.db.run_in_transaction` sets it; `storage.repository` reads it to hash).
CHAIN_KEY_OPTION = "infoshare_chain_key"

# Everything that is stored, except the chain position and the hash itself.
EXCLUDED = {"seq", "hash"}
# Fields added after records existed: hashed only when set, so older hashes still hold.
LATER_FIELDS = {"amends", "amendment_reason", "route", "grounds", "consent_from", "child_views", "authorised_by"}
UNSET: tuple[object, ...] = (None, "", [], {})


class ChainKeyError(ValueError):
    """CHAIN_KEY is malformed; the message never holds the key."""


def parse_chain_key(spec: str) -> bytes:
    """CHAIN_KEY: 32 random bytes, base64 (the same form as a RECORD_KEY key, without an id)."""
    spec = spec.strip()
    if not spec:
        raise ChainKeyError("is empty")
    try:
        key = base64.b64decode(spec, validate=True)
    except (binascii.Error, ValueError):
        raise ChainKeyError("is not base64 (it takes 32 random bytes, base64, with no id in front)") from None
    if len(key) != 32:
        raise ChainKeyError(f"must be 32 bytes (44 base64 characters), not {len(key)}")
    return key


def _default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not serialisable: {type(value).__name__}")


def canonical(fields: dict[str, Any]) -> bytes:
    """The bytes that are hashed: stable across databases and Python versions."""
    body = {k: v for k, v in fields.items() if k not in EXCLUDED and not (k in LATER_FIELDS and v in UNSET)}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default).encode()


def record_hash(fields: dict[str, Any], key: bytes | None = None) -> str:
    """HMAC-SHA256 under CHAIN_KEY when there is one, else SHA-256."""
    body = canonical(fields)
    if key is not None:
        return hmac.new(key, body, hashlib.sha256).hexdigest()
    return hashlib.sha256(body).hexdigest()


def anchor_mac(key: bytes, seq: int, hash_: str) -> str:
    """What `purge` writes beside the chain's new start, so it cannot be forged without CHAIN_KEY."""
    return hmac.new(key, f"infoshare-bot chain anchor:{seq}:{hash_}".encode(), hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
