"""Free text encrypted at rest (AES-256-GCM, cryptography's AEAD).

RECORD_KEY holds one or more keys, `id:base64key` separated by commas; the first
encrypts, all decrypt, so keys can be rotated: add the new key first, run
`infoshare-bot rekey`, then remove the old one. The hash chain covers the plain text,
so re-encrypting never breaks it, while a changed ciphertext fails to decrypt.

A value is bound to where it is stored: the associated data of each ciphertext
(`enc:v2:`) names the key id, the table, the row and the field, so a ciphertext copied
into another row or another field does not decrypt. Values written by earlier releases
(`enc:v1:`, bound to the key id only) still decrypt; `rekey` rewrites them as `enc:v2:`.

With a key set, a field that should be encrypted and holds plain text is refused: it
was written behind the application's back (or before the key was set, and `rekey`
encrypts those). Only `rekey` reads plain text, to encrypt it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX_V1 = "enc:v1:"  # bound to the key id only (releases before issue 13)
PREFIX = "enc:v2:"  # bound to key id, table, row and field
# Text fields of a record that may hold what a practitioner wrote.
TEXT_FIELDS = (
    "shared_what", "shared_with", "method", "reasons", "review_point", "case_ref", "override_reason",
    "amendment_reason", "child_views",
)  # fmt: skip
# Answers that are free text: the whole answer, or its "detail".
TEXT_ANSWERS = ("what", "reasons", "review_point", "case_ref", "child_views")
DETAIL_ANSWERS = ("recipient", "method", "authorised_by")
# Advice: who asked (and their DM with the bot), the approved question, and every message.
ADVICE_REQUEST_FIELDS = ("asker_id", "asker_channel", "text")
ADVICE_MESSAGE_FIELDS = ("author_id", "text")

MAX_KEY_ID = 16
_INDEX_INFO = b"infoshare-bot: lookup index v1"


class RecordKeyError(ValueError):
    """RECORD_KEY is malformed, or no key can open a stored value. The message never
    holds key material or stored text."""


@dataclass(frozen=True)
class FieldCipher:
    keys: tuple[tuple[str, bytes], ...]  # (id, 32-byte key); the first encrypts

    @classmethod
    def parse(cls, spec: str) -> FieldCipher:
        """`id:base64,...`. Every key needs its own id: an id made up here would collide
        with the next key added in front. Messages name a key by its position and id,
        never by anything else in the setting (it may be the key itself)."""
        keys: list[tuple[str, bytes]] = []
        for n, part in enumerate((p.strip() for p in spec.split(",") if p.strip()), start=1):
            kid, colon, b64 = part.partition(":")
            if not colon or not kid:
                raise RecordKeyError(f"key no. {n} has no id: write each key as id:base64, e.g. k1:<44 characters>")
            if not (kid.isascii() and kid.isalnum() and len(kid) <= MAX_KEY_ID):
                raise RecordKeyError(
                    f"key no. {n}: the id before ':' must be 1 to {MAX_KEY_ID} letters and digits "
                    "(id first, then the key)"
                )
            if any(kid == seen for seen, _ in keys):
                raise RecordKeyError(f"key id {kid!r} is given twice: each key needs its own id")
            try:
                key = base64.b64decode(b64, validate=True)
            except (binascii.Error, ValueError):
                raise RecordKeyError(f"key {kid!r} is not base64") from None
            if len(key) != 32:
                raise RecordKeyError(f"key {kid!r} must be 32 bytes (44 base64 characters), not {len(key)}")
            if any(hmac.compare_digest(key, other) for _, other in keys):
                raise RecordKeyError(f"key {kid!r} is the same key as one given before it")
            keys.append((kid, key))
        if not keys:
            raise RecordKeyError("no key given")
        return cls(tuple(keys))

    @property
    def current(self) -> str:
        """The id of the key that encrypts."""
        return self.keys[0][0]

    # -- one value --------------------------------------------------------------------
    def encrypt(self, text: str, *, table: str, row: object, field: str) -> str:
        if not text:
            return text
        kid, key = self.keys[0]
        nonce = os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, text.encode(), _bound(kid, table, row, field))
        return f"{PREFIX}{kid}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(self, value: Any, *, table: str, row: object, field: str, allow_plain: bool = False) -> Any:
        """The plain text of a stored value. Raises RecordKeyError, naming the field, when
        it does not decrypt here, is malformed, or is plain text (unless `allow_plain`)."""
        if not isinstance(value, str) or not value:
            return value
        if value.startswith(PREFIX):
            version, body = 2, value[len(PREFIX) :]
        elif value.startswith(PREFIX_V1):
            version, body = 1, value[len(PREFIX_V1) :]
        elif allow_plain:
            return value
        else:
            raise RecordKeyError(f"{field} holds plain text where RECORD_KEY requires it encrypted")
        kid, _, b64 = body.partition(":")
        key = dict(self.keys).get(kid)
        if key is None:
            shown = repr(kid) if kid.isascii() and kid.isalnum() and len(kid) <= MAX_KEY_ID else "(malformed)"
            raise RecordKeyError(f"{field} was encrypted with key {shown}, which RECORD_KEY does not hold")
        try:
            raw = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise RecordKeyError(f"{field} holds a malformed encrypted value") from None
        if len(raw) < 12 + 16:
            raise RecordKeyError(f"{field} holds a malformed encrypted value")
        aad = _bound(kid, table, row, field) if version == 2 else kid.encode()
        try:
            return AESGCM(key).decrypt(raw[:12], raw[12:], aad).decode()
        except InvalidTag:
            raise RecordKeyError(
                f"{field} under key {kid!r} does not decrypt: changed, moved from another row or field, "
                "or the wrong key"
            ) from None
        except UnicodeDecodeError:
            raise RecordKeyError(f"{field} holds a malformed encrypted value") from None

    @staticmethod
    def is_current(value: Any, kid: str) -> bool:
        return not isinstance(value, str) or not value or value.startswith(f"{PREFIX}{kid}:")

    # -- lookups on an encrypted column -----------------------------------------------
    def index(self, value: str) -> str:
        """A keyed digest of `value` under the current key, stored beside its ciphertext
        so rows can be found by it (who asked) without storing it in the clear."""
        return _index(*self.keys[0], value)

    def indexes(self, value: str) -> list[str]:
        """`value`'s digest under every key, to find rows written before a rotation."""
        return [_index(kid, key, value) for kid, key in self.keys]

    # -- whole rows -------------------------------------------------------------------
    def seal(self, fields: dict[str, Any], *, table: str, row: object) -> dict[str, Any]:
        return _map(fields, lambda value, field: self.encrypt(value, table=table, row=row, field=field))

    def open(self, fields: dict[str, Any], *, table: str, row: object, allow_plain: bool = False) -> dict[str, Any]:
        def one(value: Any, field: str) -> Any:
            return self.decrypt(value, table=table, row=row, field=field, allow_plain=allow_plain)

        return _map(fields, one)

    def seal_columns(self, fields: dict[str, Any], names: tuple[str, ...], *, table: str, row: object) -> dict:
        out = dict(fields)
        for name in names:
            if isinstance(out.get(name), str):
                out[name] = self.encrypt(out[name], table=table, row=row, field=name)
        return out

    def open_columns(
        self, fields: dict[str, Any], names: tuple[str, ...], *, table: str, row: object, allow_plain: bool = False
    ) -> dict[str, Any]:
        out = dict(fields)
        for name in names:
            out[name] = self.decrypt(out.get(name), table=table, row=row, field=name, allow_plain=allow_plain)
        return out


def _bound(kid: str, table: str, row: object, field: str) -> bytes:
    """The associated data of a v2 value: where it belongs, unambiguously encoded."""
    return json.dumps(["infoshare-bot", 2, kid, table, str(row), field], separators=(",", ":")).encode()


def _index(kid: str, key: bytes, value: str) -> str:
    index_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INDEX_INFO).derive(key)
    return f"{kid}:{hmac.new(index_key, value.encode(), hashlib.sha256).hexdigest()}"


def _map(fields: dict[str, Any], fn: Callable[[Any, str], Any]) -> dict[str, Any]:
    """Apply `fn(value, field)` to each free-text field of a record or a conversation's
    answers; `field` names it (`reasons`, `answers.what`, `answers.recipient.detail`)."""
    out = dict(fields)
    for name in TEXT_FIELDS:
        if isinstance(out.get(name), str):
            out[name] = fn(out[name], name)
    authorised = out.get("authorised_by")
    if isinstance(authorised, dict) and isinstance(authorised.get("detail"), str):
        out["authorised_by"] = {**authorised, "detail": fn(authorised["detail"], "authorised_by.detail")}
    if isinstance(out.get("advice"), list):  # the approved questions and the advisors' replies
        out["advice"] = [
            {
                **a,
                "question": fn(a.get("question", ""), f"advice.{n}.question"),
                "replies": [fn(r, f"advice.{n}.replies.{m}") for m, r in enumerate(a.get("replies", []))],
            }
            if isinstance(a, dict)
            else a
            for n, a in enumerate(out["advice"])
        ]
    if "answers" not in out:
        return out
    answers = json.loads(json.dumps(out.get("answers") or {}))
    if isinstance(answers, dict):
        for qid in TEXT_ANSWERS:
            if isinstance(answers.get(qid), str):
                answers[qid] = fn(answers[qid], f"answers.{qid}")
        for qid in DETAIL_ANSWERS:
            if isinstance(answers.get(qid), dict) and isinstance(answers[qid].get("detail"), str):
                answers[qid]["detail"] = fn(answers[qid]["detail"], f"answers.{qid}.detail")
        confirm = answers.get("confirm")
        if isinstance(confirm, dict) and isinstance(confirm.get("reason"), str):
            confirm["reason"] = fn(confirm["reason"], "answers.confirm.reason")
    out["answers"] = answers
    return out
