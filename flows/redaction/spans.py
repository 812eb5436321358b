"""What the redaction finds, and how its finds become the text that leaves the DM.

Every rule, structured or name-finding, reports a typed `Span`; the rules overlap freely
(an address may hold a name, two name rules may find halves of one name), so `resolve`
is the single place where overlapping finds are merged, and `apply` the single place
where text is replaced. Kept apart from the rules so that each rule module can report
spans without importing the engine that runs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# what a placeholder looks like once applied: other flows must not take "[NAME]" for text to redact
PLACEHOLDER = re.compile(r"\[[A-Z]+\]")


class Kind:
    NAME = "NAME"
    DATE = "DATE"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    NHS = "NHS_NUMBER"
    NI = "NI_NUMBER"
    URL = "URL"
    MENTION = "MENTION"
    SCHOOL = "SCHOOL"


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    kind: str


def resolve(spans: list[Span], text: str) -> list[Span]:
    """Keep the longest span where spans overlap; merge adjacent names into one, so that
    "[NAME] [NAME]" never tells a reader how many words the name had."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            if span.end > out[-1].end and span.kind == out[-1].kind:
                out[-1] = Span(out[-1].start, span.end, span.kind)
            continue
        if out and out[-1].kind == span.kind == Kind.NAME and text[out[-1].end : span.start] in (" ", "-"):
            out[-1] = Span(out[-1].start, span.end, Kind.NAME)
            continue
        out.append(span)
    return out


def apply(text: str, spans: Iterable[Span]) -> str:
    """The text with each span replaced by its typed placeholder ("[NAME]", "[POSTCODE]")."""
    parts, last = [], 0
    for span in sorted(spans):
        parts.append(text[last : span.start])
        parts.append(f"[{span.kind}]")
        last = span.end
    parts.append(text[last:])
    return "".join(parts)
