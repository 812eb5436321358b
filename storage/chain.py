"""The hash chain over decision records.

Each record's hash is SHA-256 over its canonical JSON (sorted keys, no whitespace),
which includes the previous record's hash. Changing any stored field of any record, or
removing one from the middle, breaks the chain from that record on.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

GENESIS = "0" * 64

# Everything that is stored, except the chain position and the hash itself.
EXCLUDED = {"seq", "hash"}
# Fields added after records existed: hashed only when set, so older hashes still hold.
LATER_FIELDS = {"amends", "amendment_reason"}


def _default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not serialisable: {type(value).__name__}")


def canonical(fields: dict[str, Any]) -> bytes:
    """The bytes that are hashed: stable across databases and Python versions."""
    body = {k: v for k, v in fields.items() if k not in EXCLUDED and not (k in LATER_FIELDS and v in (None, ""))}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default).encode()


def record_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(fields)).hexdigest()
