"""Names typed in a hurry, in lower case: "maddox (yr 2) said his mums boyfriend jordy ...",
"mum is chelsea dunkerley", "spoke to mr jones".

In lower case a name loses the capital that marks it, and most lower-case words the name
lists hold are English words ("said", "will", "grace"). So a lower-case word is a name when
it is no English word and stands where a name stands (after a family word or "mum is",
before an age, a DOB or speech), or is a given name no word list of any sort holds; an
English word that is also a given name needs a family word and a name's details both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flows.redaction.context import (
    AGE_BEFORE,
    ARTICLE,
    CONTRACTION,
    CUES,
    DETAIL_AFTER,
    DETAIL_BARE,
    KIN_AFTER,
    LOWER_NAME_VERBS,
    NAMING_WORDS,
    PERSON_BEFORE,
    TITLE_LOWER,
    joined,
    word_after,
    word_before,
)
from flows.redaction.lexicon import (
    ACRONYMS,
    AMBIGUOUS,
    base_word,
    english_words,
    everyday_words,
    given_names,
    vetted_names,
)
from flows.redaction.spans import Kind, Span
from flows.redaction.words import Weighed, WordJudge


class LowerCaseNames:
    """Finds the names of a message typed in lower case."""

    def __init__(self, judge: WordJudge) -> None:
        self.judge = judge

    def find(self, weighed: list[Weighed], text: str) -> Iterable[Span]:
        """Each lower-case word that is a name, with the surname after it."""
        for i, (tok, is_name, common, capital) in enumerate(weighed):
            word = tok.group()
            if capital or not word.islower():
                continue  # capitalised names, and capitals (an organisation or initials), are weighed elsewhere
            if is_name and self.judge.english_word(word) and base_word(word) not in given_names():
                continue  # most lower-case words the surname lists hold: "said", "long", "will"
            # the word before ("mum is", "step-dad"), and whether only a blank or a hyphen parts them
            prev_word = weighed[i - 1][0].group().lower().rsplit("-", 1)[-1] if i > 0 else ""
            if not is_name:
                # a word no name list holds: a name only where the message says so ("mum is
                # zelihan", "her boyfriend tyzer")
                if prev_word in NAMING_WORDS and self.placed(tok, text, False, tok.end()):
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                continue
            prev_joined = i > 0 and joined(text, weighed[i - 1][0], tok)
            if prev_joined and determined(text, tok, prev_word) and not self.judge.household(text, tok):
                continue  # "the cait wants ...": a name takes no article, but "the kowalski children"
            # an unmistakable given name, and the surname after it; or a name word where a name
            # stands ("boyfriend jordy", "maddox (yr 2)", "mum is chelsea dunkerley", "jakub
            # dvořák dob ..."), with the surname after it
            after = weighed[i + 1] if i + 1 < len(weighed) and joined(text, tok, weighed[i + 1][0]) else None
            surname = after if after and self.surname(after) else None
            end = surname[0].end() if surname else tok.end()
            if self.given(word, common, 4):
                yield Span(tok.start(), tok.end(), Kind.NAME)
            hurried = surname and self.given(word, common, 3)
            # a full name after a family word, its given name an English word too: "his da tam
            # mcglinchey", "her boyfriend rob kilbride"; the surname no word of any sort
            kin_full = (
                surname
                and word_before(text, tok.start()) in CUES
                and base_word(word) in given_names()
                and base_word(word) not in self.judge.allow
                and base_word(surname[0].group()) not in everyday_words()
            )
            placed = self.placed(tok, text, is_name, tok.end()) or (surname and self.placed(tok, text, is_name, end))
            if hurried or placed or kin_full:
                yield Span(tok.start(), end, Kind.NAME)

    def pairs(self, weighed: list[Weighed], text: str) -> Iterable[Span]:
        """A full name typed in lower case, anywhere but after an article: a given name that is
        no English word, or two letters of initials, then a surname the lists hold that is no
        word of any sort ("tell the hv that kerrigan moult has", "picked up jb adeyemi again").
        Two such words side by side are a name where one alone would not be."""
        for i in range(1, len(weighed)):
            a, b = weighed[i - 1], weighed[i]
            if text[a[0].end() : b[0].start()] != " " or not self.lone_surname(b):
                continue
            first, before = a[0].group(), word_before(text, a[0].start())
            # "that" before a full name is the conjunction ("said that ... has"), not an article
            if not first.islower() or (before in ARTICLE and before != "that"):
                continue
            low = base_word(first)
            if low in self.judge.allow or low in AMBIGUOUS or self.judge.english_word(first):
                continue
            initials = len(low) == 2 and low.isalpha() and first.upper() not in ACRONYMS
            if initials or (a[1] and len(low) >= 3 and low in given_names()):
                yield Span(a[0].start(), b[0].end(), Kind.NAME)

    def lone_surname(self, weighed: Weighed) -> bool:
        """A lower-case word the name lists hold that is in no dictionary nor any list of
        everyday words: after a given name, a surname ("okoli", "doole")."""
        tok, is_name, common, _capital = weighed
        low = base_word(tok.group())
        return (
            is_name
            and not common
            and tok.group().islower()
            and len(low) >= 3
            and low.isalpha()
            and low not in everyday_words()
            and low not in self.judge.allow
            and low not in AMBIGUOUS
        )

    def titled(self, text: str) -> Iterable[Span]:
        """A name after a title typed in lower case: "mr jones", "pc okoro", "mrs linda prothero".
        After "pc", "dc", "sgt" (also words of their own: "on the pc") only a name word that is
        no English word; a second name word, the surname, likewise."""
        judge = self.judge
        for m in TITLE_LOWER.finditer(text):
            low = base_word(m.group(2))
            if low not in judge.names or low in judge.allow or low in AMBIGUOUS:
                continue
            if m.group(1) in ("pc", "dc", "sgt", "cllr") and judge.english_word(m.group(2)):
                continue
            end = m.end(2)
            if m.group(3) and judge.lookup(m.group(3))[0] and not judge.english_word(m.group(3)):
                end = m.end(3)
            yield Span(m.start(2), end, Kind.NAME)

    def placed(self, tok: re.Match[str], text: str, is_name: bool, end: int) -> bool:
        """A word typed in lower case, in a name's place, `end` being where the name ends (after
        the surname, if one follows).

        After a family or role word, an age or the words that say what someone is called
        ("boyfriend jordy", "mum is kerrie", "step-dad gaz", "a 12-year-old, dominik"): any name
        word that is no English word, or a word no list of any sort knows, a nickname the lists
        miss ("uncle shazad", "step-dad dazza"). Elsewhere a given name that is no English word,
        with a name's context: "to", "about", "for" before it, or an age, a year group, a DOB,
        speech or its family after it ("maddox (yr 2)", "jakub dvořák dob ...", "kai said",
        "tegan-mai's mum"). A given name that is also an English word needs a family word and
        what follows a name both ("her boyfriend dean (17)", "stepbrother josh has"), or an age
        in brackets ("mercy (year 6)"). After "the", only a surname before "family" or
        "children" ("the kowalski children")."""
        word, start = tok.group(), tok.start()
        low = base_word(word)
        parts = low.split("-")
        if len(low) < 3 or low in self.judge.allow or low in AMBIGUOUS or word.upper() in ACRONYMS:
            return False
        if not all(p.isalpha() for p in parts):
            return False
        english = any(p in english_words() and p not in vetted_names() for p in parts)
        given = is_name and all(p in given_names() for p in parts)
        if english and not given:
            return False  # most lower-case words the surname lists hold: "said", "long", "will"
        before = word_before(text, start)
        if determined(text, tok, before):
            return is_name and not english and self.judge.household(text, tok)
        kin = (
            before in CUES or self.judge.named(text, start) or bool(AGE_BEFORE.search(text, max(0, start - 24), start))
        )
        detail = bool(DETAIL_AFTER.match(text, end))
        speaks = word_after(text, end) in LOWER_NAME_VERBS
        family = bool(KIN_AFTER.match(text, end))
        if english:
            # "child said mum ...": an English word's own family needs its apostrophe
            owned = family and word.endswith(("'s", "’s"))
            return given and (detail or (kin and (speaks or owned)))
        after = detail or speaks or family or bool(DETAIL_BARE.match(text, end))
        if kin:
            return is_name or (len(low) > 3 and "-" not in low and low not in everyday_words())
        if is_name and family and word.endswith(("'s", "’s")):
            return True  # a name word that is no English word, with its own people: "harri's auntie"
        return given and (before in PERSON_BEFORE or after)

    def given(self, word: str, common: bool, shortest: int, placed: bool = False) -> bool:
        """A given name typed in lower case: in no everyday word list (or vetted as no English word);
        or, `placed` where a name stands, in no English dictionary."""
        low = base_word(word)
        if common or len(low) < shortest or not low.isalpha() or low not in given_names():
            return False
        if placed:
            return not self.judge.english_word(word) and low not in self.judge.allow and low not in AMBIGUOUS
        return low not in everyday_words() or low in vetted_names()

    def surname(self, weighed: Weighed) -> bool:
        """A surname typed in lower case after a given name: a name word that is no common word,
        or a word no list knows at all ("jessamy kettleborough")."""
        tok, is_name, common, _capital = weighed
        word = tok.group()
        low = base_word(word)
        if not word.islower() or len(low) < 3:
            return False
        if is_name:
            return not common
        return (
            low.isalpha()
            and low not in self.judge.allow
            and low not in everyday_words()
            and word.upper() not in ACRONYMS
            and not CONTRACTION.search(word)
        )


def determined(text: str, tok: re.Match[str], before: str) -> bool:
    """Whether the word before `tok` is an article or a determiner, which no name takes ("the
    cait wants"). "that" before a word and a verb is the conjunction opening a clause whose
    subject the word is: "tell the gp that jodi said ...", "worried that kenzie was ..."."""
    if before != "that":
        return before in ARTICLE
    return word_after(text, tok.end()) not in LOWER_NAME_VERBS
