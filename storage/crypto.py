"""Free-text fields of decision records encrypted at rest (AES-256-GCM, cryptography's AEAD).

RECORD_KEY holds one or more keys, `id:base64key` separated by commas; the first
encrypts, all decrypt, so keys can be rotated: add the new key first, run
`infoshare-bot rekey`, then remove the old one. The hash chain covers the plain text,
so re-encrypting never breaks it, while a changed ciphertext fails to decrypt.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "enc:v1:"
# Text fields of a record that may hold what a practitioner wrote.
TEXT_FIELDS = (
    "shared_what", "shared_with", "method", "reasons", "review_point", "case_ref", "override_reason",
    "amendment_reason",
)  # fmt: skip
# Answers that are free text: the whole answer, or its "detail".
TEXT_ANSWERS = ("what", "reasons", "review_point", "case_ref")
DETAIL_ANSWERS = ("recipient", "method")


class RecordKeyError(ValueError):
    """RECORD_KEY is malformed, or no key can open a stored value."""


@dataclass(frozen=True)
class FieldCipher:
    keys: tuple[tuple[str, bytes], ...]  # (id, 32-byte key); the first encrypts

    @classmethod
    def parse(cls, spec: str) -> FieldCipher:
        keys = []
        for n, part in enumerate(p.strip() for p in spec.split(",") if p.strip()):
            kid, _, b64 = part.rpartition(":")
            kid = kid or f"k{n + 1}"
            try:
                key = base64.b64decode(b64, validate=True)
            except (binascii.Error, ValueError):
                raise RecordKeyError(f"key {kid!r} is not base64") from None
            if len(key) != 32:
                raise RecordKeyError(f"key {kid!r} must be 32 bytes (44 base64 characters), not {len(key)}")
            if not kid.isalnum():
                raise RecordKeyError(f"key id {kid!r} must be letters and digits")
            keys.append((kid, key))
        if not keys:
            raise RecordKeyError("no key given")
        return cls(tuple(keys))

    def encrypt(self, text: str) -> str:
        if not text:
            return text
        kid, key = self.keys[0]
        nonce = os.urandom(12)
        sealed = AESGCM(key).encrypt(nonce, text.encode(), kid.encode())
        return f"{PREFIX}{kid}:{base64.b64encode(nonce + sealed).decode()}"

    def decrypt(self, value: str) -> str:
        if not isinstance(value, str) or not value.startswith(PREFIX):
            return value  # written before a key was set
        kid, _, b64 = value[len(PREFIX) :].partition(":")
        key = dict(self.keys).get(kid)
        if key is None:
            raise RecordKeyError(f"a value was encrypted with key {kid!r}, which RECORD_KEY does not hold")
        raw = base64.b64decode(b64)
        try:
            return AESGCM(key).decrypt(raw[:12], raw[12:], kid.encode()).decode()
        except InvalidTag:
            raise RecordKeyError(f"a value under key {kid!r} does not decrypt: changed, or the wrong key") from None

    # -- whole records --------------------------------------------------------------
    def seal(self, fields: dict[str, Any]) -> dict[str, Any]:
        return self._map(fields, self.encrypt)

    def open(self, fields: dict[str, Any]) -> dict[str, Any]:
        return self._map(fields, self.decrypt)

    def _map(self, fields: dict[str, Any], fn: Any) -> dict[str, Any]:
        out = dict(fields)
        for name in TEXT_FIELDS:
            if isinstance(out.get(name), str):
                out[name] = fn(out[name])
        answers = json.loads(json.dumps(out.get("answers") or {}))
        for qid in TEXT_ANSWERS:
            if isinstance(answers.get(qid), str):
                answers[qid] = fn(answers[qid])
        for qid in DETAIL_ANSWERS:
            if isinstance(answers.get(qid), dict) and isinstance(answers[qid].get("detail"), str):
                answers[qid]["detail"] = fn(answers[qid]["detail"])
        confirm = answers.get("confirm")
        if isinstance(confirm, dict) and isinstance(confirm.get("reason"), str):
            confirm["reason"] = fn(confirm["reason"])
        if "answers" in out:
            out["answers"] = answers
        return out
