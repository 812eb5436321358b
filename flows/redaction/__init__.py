"""Redaction of identifiers before anything leaves a practitioner's DM.

Rules, not a model: nothing is downloaded at run time. Each identifier becomes a typed
placeholder such as [NAME]. The rules live in small modules, gathered here:

* flows/redaction/patterns.py: the grammar of structured identifiers (dates, postcodes, NI
  and NHS numbers, e-mails, URLs, mentions, UK addresses, schools); phonenumbers finds phones;
* flows/redaction/names.py: names, by the name lists, an English dictionary and context, with
  flows/redaction/lowercase.py (names typed in lower case) and flows/redaction/initials.py;
* flows/redaction/context.py: the words and shapes around a name; flows/redaction/words.py
  and flows/redaction/lexicon.py: the word lists, and the allow-list of safeguarding
  vocabulary that configuration can extend;
* flows/redaction/spans.py: the typed spans, and how overlapping finds are merged.

This module is the public face the rest of the bot imports: `Redactor`, `default_redactor`,
`apply`, `Kind`, `Span`, `PLACEHOLDER`, `DEFAULT_ALLOW` and `nhs_number_valid`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import phonenumbers

from flows.redaction.lexicon import DEFAULT_ALLOW
from flows.redaction.names import NameFinder
from flows.redaction.patterns import BEFORE_POSTCODE, NHS_CANDIDATE, PATTERNS, TOWNS, nhs_number_valid
from flows.redaction.spans import PLACEHOLDER, Kind, Span, apply, resolve

# the fewest digits a phone number has: a local number without its area code
PHONE_DIGITS = 6

__all__ = [
    "DEFAULT_ALLOW",
    "PLACEHOLDER",
    "Kind",
    "Redactor",
    "Span",
    "apply",
    "default_redactor",
    "nhs_number_valid",
]


class Redactor:
    """Finds identifiers; built once with the allow-list in force."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.names = NameFinder(allow)
        self.allow = self.names.allow

    def find(self, text: str, known: Iterable[str] = ()) -> list[Span]:
        """Every identifier in `text`, the names in `known` (the case's people) included."""
        spans: list[Span] = []
        # hospitals and phrases of the work, however like an address or a name they look
        kept = self.names.kept(text)
        for kind, pattern in PATTERNS:
            spans.extend(Span(m.start(), m.end(), kind) for m in pattern.finditer(text))
        spans = [s for s in spans if s.kind != Kind.ADDRESS or not _within(text, s, kept)]
        # a numbered line before a postcode is an address whatever its street is called
        for postcode in [s for s in spans if s.kind == Kind.POSTCODE]:
            start = max(0, postcode.start - 160)
            m = BEFORE_POSTCODE.search(text[start : postcode.start])
            if m:
                spans.append(Span(start + m.start(), start + m.end(), Kind.ADDRESS))
        kept.extend(_towns(text, spans))
        for m in NHS_CANDIDATE.finditer(text):
            if nhs_number_valid(re.sub(r"\D", "", m.group())):
                spans.append(Span(m.start(), m.end(), Kind.NHS))
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            # fewer digits is a year or an age range ("2013", "16-17") the lenient matcher lets through
            if sum(c.isdigit() for c in match.raw_string) >= PHONE_DIGITS:
                spans.append(Span(match.start, match.end, Kind.PHONE))
        spans.extend(self.names.known(text, known))
        spans.extend(self.names.find(text, kept))
        spans = resolve(spans, text)
        spans = [self.names.widened(text, s) if s.kind == Kind.NAME else s for s in spans]
        return resolve([*spans, *self.names.again(text, spans)], text)

    def redact(self, text: str, known: Iterable[str] = (), extra: Iterable[str] = (), keep: Iterable[str] = ()) -> str:
        """The text with every identifier replaced by its placeholder.

        `extra`: more words the practitioner marked; `keep`: spans they un-redacted.
        """
        spans = self.find(text, known=[*known, *extra])
        kept = {k.lower() for k in keep}
        return apply(text, [s for s in spans if text[s.start : s.end].lower() not in kept])


def _towns(text: str, spans: list[Span]) -> Iterable[tuple[int, int]]:
    """The stretch between an address and its postcode, where the town and the county go:
    "4 Cnoc na Mara, Balallan, Isle of Lewis, HS2 9PN". Places, not people, whatever the
    name lists say of "Lewis"."""
    addresses = [s for s in spans if s.kind == Kind.ADDRESS]
    for postcode in (s for s in spans if s.kind == Kind.POSTCODE):
        ends = [a.end for a in addresses if postcode.start - 80 <= a.end <= postcode.start]
        if ends and TOWNS.fullmatch(text, max(ends), postcode.start):
            yield max(ends), postcode.start


def _within(text: str, span: Span, kept: list[tuple[int, int]]) -> bool:
    """Whether every letter and digit of `span` lies in the kept stretches: "Alder Hey, Great
    Ormond Street" is two hospitals, "14 Alder Hey Road" an address."""
    return all(any(a <= i < b for a, b in kept) for i in range(span.start, span.end) if text[i].isalnum())


@cache
def default_redactor() -> Redactor:
    return Redactor()
