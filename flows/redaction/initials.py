"""A person's initials: two or three capitals standing for someone ("KW (17)", "referred to as
ZB in the minutes", "Mum JT says ...").

Practitioners use initials to keep a name out of a message, but initials in a known case
still identify a child. The same capitals are also the initialisms of the work (MASH, the
IRO, a PEP), so initials are taken only where a person stands: with an age or a DOB after
them, after the words that name someone or a family word, or before speech or their family;
two capitals also after a verb that takes a person or before one a person does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flows.redaction.context import (
    ARTICLE,
    CUES,
    DETAIL_BARE,
    INITIALS,
    INITIALS_DETAIL,
    KIN_AFTER,
    NAME_VERBS,
    NAMED_AS,
    PERSON_BEFORE,
    SPEECH_AFTER,
    word_after,
    word_before,
)
from flows.redaction.lexicon import ACRONYMS
from flows.redaction.spans import Kind, Span


def initials(text: str, allow: frozenset[str]) -> Iterable[Span]:
    """Initials standing for a person: with an age, a year group or a DOB after them ("KW
    (17)", "TM (Year 2)"), after the words that say what someone is called ("known as ZB",
    'refer to the child as "KT"'), after a family word ("Mum JT", "child RS"), or before speech
    or their own people ("ZR said", "TK's mum"). Capitals the allow-list or ACRONYMS know, and
    capitals after an article ("the LA said", "our SW"), are an organisation's or a role's."""
    for m in INITIALS.finditer(text):
        word, (start, end) = m.group(), m.span()
        if word.lower() in allow:
            continue
        if INITIALS_DETAIL.match(text, end):
            yield Span(start, end, Kind.NAME)
            continue
        before = word_before(text, start)
        if word in ACRONYMS or before in ARTICLE:
            continue
        if (
            before in CUES
            or NAMED_AS.search(text, max(0, start - 40), start)
            or SPEECH_AFTER.match(text, end)
            or KIN_AFTER.match(text, end)
            or DETAIL_BARE.match(text, end)
            or (len(word) == 2 and _person_pair(text, start, end, before))
        ):
            yield Span(start, end, Kind.NAME)


def _person_pair(text: str, start: int, end: int, before: str) -> bool:
    """Two capitals where a person stands: after a verb that takes a person ("spoke to AJ",
    "asked KT"), before one that a person does ("AJ was", "KT lives"), or owning something
    ("RM's attendance", "LB's needs"), an organisation's possessive taking an article ("the
    LA's duty"). Only two: most initialisms of the work that no list holds have three letters
    or more ("CGL", "HMRC")."""
    return before in PERSON_BEFORE or word_after(text, end) in NAME_VERBS or bool(OWNS.match(text, end))


# a possessive before a lower-case word: "RM's attendance"
OWNS = re.compile(r"['’]s\s+[a-z]")
