"""Finding people's names: the rules that weigh a capitalised word against the name lists,
the English dictionary and its place in the sentence, and that gather the other rules.

A practitioner's message names people in a handful of ways: with a title ("Mr Okafor"),
with a family or role word ("her son Diyar", "Mum is ..."), with details after the name
("Kai (7)", "Ruby, DOB ..."), in lists ("Tolu and Seyi"), as initials ("KW (17)",
flows/redaction/initials.py) and, typed in a hurry, in lower case
(flows/redaction/lowercase.py). Each rule models one of those ways, so that a name no list
holds is still caught by where it stands, and an English word that is also a name ("Grace",
"Burns") is taken only where a name would stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flows.redaction.context import (
    AGE_BEFORE,
    CUES,
    DETAIL_AFTER,
    FROM_SERVICE,
    GAELIC_NAME,
    HOUSEHOLD,
    INSTITUTION,
    LABEL_NUMBER,
    LIST_AFTER,
    LIST_BEFORE,
    LIST_GAP,
    NAME_LINK,
    NAME_VERBS,
    NAMING_WORDS,
    NICKNAME,
    NICKNAME_BARE,
    PERSON_BEFORE,
    PLACE_BEFORE,
    TITLE_NAME,
    TOKEN,
    WITH_FAMILY,
    WORD_AFTER_NAME,
    WORD_BEFORE,
    joined,
    sentence_starts,
    word_after,
    word_before,
)
from flows.redaction.initials import initials
from flows.redaction.lexicon import (
    AMBIGUOUS,
    ROLE_NOUNS,
    base_word,
    english_words,
    fold,
    given_names,
    place_words,
    vocabulary,
)
from flows.redaction.lowercase import LowerCaseNames
from flows.redaction.spans import Kind, Span
from flows.redaction.words import Weighed, WordJudge


class NameFinder:
    """Finds names in one message; built once with the allow-list in force."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        self.judge = WordJudge(allow)
        self.lower = LowerCaseNames(self.judge)
        self.allow = self.judge.allow

    def again(self, text: str, spans: list[Span]) -> Iterable[Span]:
        """Every other place a word of a found name appears capitalised: once "Ayodele Kingfisher"
        is a name, so is "Kingfisher" in "the Kingfisher Team" of the same message."""
        words = {
            w
            for s in spans
            if s.kind == Kind.NAME
            for w in TOKEN.findall(text[s.start : s.end])
            # a capitalised word, or a person's initials ("ZB" again in "ZB's mum")
            if (len(w) > 2 or w.isupper()) and w[0].isupper() and fold(w) not in self.allow
        }
        for word in words:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?:['’]s)?(?![\w'’-])", text):
                yield Span(m.start(), m.end(), Kind.NAME)

    def widened(self, text: str, span: Span) -> Span:
        """A name with the parts its rules left out: the surname a particle joins to it ("Gethin
        ap Rhys", "Ali al-Masri"), a name word before a full name ("Lam Wing Sze"), and a word no
        dictionary has before any name ("Oskar Lindqvist") or after it, a surname no list holds
        ("Hevin Barzani", once "Hevin" is a name by the list it stands in), and an everyday word
        that is a given name before a surname with details ("Daisy Hill (7)")."""
        start, end = span.start, span.end
        m = NAME_LINK.match(text, end)
        if m and fold(m.group().split()[-1].split("-")[-1]) not in self.allow:
            end = m.end()
        after = WORD_AFTER_NAME.match(text, end)
        if after and not after.group(1).isupper() and self.judge.foreign(after.group(1)):
            end = after.end(1)
        before = WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and not before.group(1).isupper() and fold(before.group(1)) not in self.allow:
            word = before.group(1)
            if fold(word) in AMBIGUOUS:
                # an everyday word that is also a given name, before a surname with a child's
                # details: "Daisy Hill (7)", "Summer Oyelaran (Year 4)"
                if fold(word) in given_names() and DETAIL_AFTER.match(text, end):
                    start = before.start(1)
            else:
                is_name, _common = self.judge.lookup(word)
                if not self.judge.english_word(word) or (is_name and " " in text[start:end]):
                    start = before.start(1)
        return Span(start, end, span.kind)

    def known(self, text: str, known: Iterable[str]) -> Iterable[Span]:
        terms: set[str] = set()
        for entry in known:
            entry = entry.strip()
            if len(entry) >= 2:
                terms.add(entry)
                terms.update(t for t in entry.split() if len(t) >= 2 and t.lower() not in self.allow)
        for term in sorted(terms, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(term)}(?:['’]s)?(?!\w)", text, re.IGNORECASE):
                yield Span(m.start(), m.end(), Kind.NAME)

    def kept(self, text: str) -> list[tuple[int, int]]:
        """Stretches of text that name no one, whatever words they hold: phrases of the work
        and NHS places ("Red Cross", "Alder Hey", "Great Ormond Street"), and places of care
        named with their last word ("the Royal Victoria Infirmary"); but not before "family" or
        "children", where a hospital's name is a surname ("the Whittington children")."""
        phrases = [(a, b) for a, b in vocabulary()[1].spans(text) if word_after(text, b) not in HOUSEHOLD]
        return [*phrases, *(m.span() for m in INSTITUTION.finditer(text))]

    def find(self, text: str, kept: list[tuple[int, int]] | None = None) -> list[Span]:
        """Every name the rules find; `kept` (from `kept`) when the caller has it already."""
        kept = self.kept(text) if kept is None else kept
        spans = [
            Span(m.start(1), m.end(1), Kind.NAME)
            for m in TITLE_NAME.finditer(text)
            if all(w.lower() not in self.allow for w in m.group(1).split())
        ]
        spans.extend(initials(text, self.allow))
        # a nickname given as one: 'known as "Tiny"', "aka Ghost", whatever word it is
        for m in [*NICKNAME.finditer(text), *NICKNAME_BARE.finditer(text)]:
            nickname = m.group(m.lastindex or 0)
            if fold(nickname.split()[0]) not in self.allow:  # not 'known as "The Bronx"'
                spans.append(Span(*m.span(m.lastindex or 0), Kind.NAME))
        for m in GAELIC_NAME.finditer(text):
            first = m.group().split()[0]
            start = m.start() if fold(first) not in self.allow else m.start() + len(first) + 1
            spans.append(Span(start, m.end(), Kind.NAME))
        spans.extend(self.lower.titled(text))
        weighed = self.judge.weigh(text)

        # what context alone suggests, unless it is a phrase of the work ("Raksha Bandhan") or a
        # hospital ("Alder Hey")
        def guess(found: Iterable[Span]) -> Iterable[Span]:
            return (s for s in found if not any(a <= s.start and s.end <= b for a, b in kept))

        spans.extend(
            guess(
                [
                    *self._words(weighed, text),
                    *self.lower.find(weighed, text),
                    *self.lower.pairs(weighed, text),
                    *self._unknown_pairs(weighed, text),
                ]
            )
        )
        spans.extend(guess(self._listed(weighed, text, spans)))
        return spans

    def _words(self, info: list[Weighed], text: str) -> Iterable[Span]:
        """Each capitalised word that is a name by the lists and its context."""
        for i, (tok, is_name, common, capital) in enumerate(info):
            # the word before, when only a blank or a hyphen parts them ("mum is", "step-dad")
            prev_word = info[i - 1][0].group().lower().rsplit("-", 1)[-1] if i > 0 else ""
            if not capital:
                continue  # lower case: flows/redaction/lowercase.py
            prev_tok = info[i - 1] if i > 0 and joined(text, info[i - 1][0], tok) else None
            next_tok = info[i + 1] if i + 1 < len(info) and joined(text, tok, info[i + 1][0]) else None
            if self._no_name_here(tok, text, prev_word if prev_tok else ""):
                continue
            if not is_name:
                if self.judge.foreign(tok.group()) and not tok.group().isupper():
                    # a word no name list holds, in a name's place: "her son Diyar", "Shwan said",
                    # "Mum is Zelihan"; a word no list at all knows after "to", "about", "for":
                    # "spoke to Xhesika",
                    after = info[i + 1][0].group().lower() if i + 1 < len(info) else ""
                    before = word_before(text, tok.start())
                    # or before "from" and a service: "Morwenna from the Truro office rang"
                    person = self.judge.unknown(tok.group()) and (
                        before in PERSON_BEFORE or bool(FROM_SERVICE.match(text, tok.end()))
                    )
                    acts = after in NAME_VERBS and before not in PLACE_BEFORE
                    named = prev_word in NAMING_WORDS and self.judge.named(text, tok.start())
                    # after "in", "at", "from" a word no list holds is a place ("soldier at
                    # Catterick and his wife"), unless details follow it ("in Nasrin (7)")
                    if before in PLACE_BEFORE:
                        cued = bool(DETAIL_AFTER.match(text, tok.end()))
                    else:
                        cued = self._cued(text, tok)
                    if (acts or person or named or cued) and not self._among_words(text, tok):
                        yield Span(tok.start(), tok.end(), Kind.NAME)
                elif next_tok and self._place_as_given(tok.group(), next_tok):
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                elif self._town_given(tok.group()) and word_before(text, tok.start()) in CUES:
                    # a town that is also a given name, after a family word: "her daughter Paisley"
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                elif self.judge.household(text, tok) and self.judge.foreign(tok.group()):
                    # "the Mbeki family": a surname the lists hold only as a word of some other sort
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                continue
            strong_neighbour = any(n and n[1] and not n[2] and n[3] for n in (prev_tok, next_tok))
            start_of_sentence = bool(sentence_starts(text, tok.start()))
            if start_of_sentence:
                # a sentence's first word is capitalised anyway: any English word needs support
                english = self.judge.english_word(tok.group())
                follows = next_tok[0].group().lower() if next_tok else ""
                possessive = tok.group().endswith(("'s", "’s")) and fold(tok.group()[:-2]) not in AMBIGUOUS
                # "Neighbour says", "Partner is ...": a role speaks, not a person named by it; and
                # an English word the lists hold only as a surname ("Just had a call", "Post is
                # being returned", "Mine's the old one") needs more than a verb or an "'s"
                surname_word = english and base_word(tok.group()) not in given_names()
                speaks = follows in NAME_VERBS and base_word(tok.group()) not in ROLE_NOUNS and not surname_word
                possessive = possessive and not surname_word
                support = strong_neighbour or speaks or possessive or self._cued(text, tok)
                if (not common and not english) or support:
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                continue
            # mid-sentence and capitalised: a name unless it is an everyday word without
            # support, or heads a proper-noun phrase of ordinary words ("Early Help")
            capital_other = any(
                n and n[3] and not n[1] and fold(n[0].group()) not in self.allow
                and not sentence_starts(text, n[0].start())
                for n in (prev_tok, next_tok)
            )  # fmt: skip
            follows = next_tok[0].group().lower() if next_tok else word_after(text, tok.end())
            # an English word inside a title-case phrase ("Universal Credit is") needs more than a verb,
            # and so does a surname-only word after "in", "at", "from": more likely a town ("in Batley")
            phrase = capital_other and self.judge.english_word(tok.group())
            placed = word_before(text, tok.start()) in PLACE_BEFORE and not self._given(tok.group())
            supported = (
                strong_neighbour
                or (follows in NAME_VERBS and not phrase and not placed)
                or tok.group().endswith(("'s", "’s"))
                or self._cued(text, tok)
            )
            if ((not common and not capital_other and not placed) or supported) and not self._among_words(text, tok):
                yield Span(tok.start(), tok.end(), Kind.NAME)

    def _no_name_here(self, tok: re.Match[str], text: str, prev_word: str) -> bool:
        """Capitalised words that are no name whatever the lists say: a compound with an English
        word after its hyphen ("Polish-speaking", "Co-sleeping"), a label before a number in
        brackets ("(Bl 2)", "(Rm 4)"), and a word after "a" or "an" ("a Merlin", "an Uber"):
        nobody writes "a Kai"."""
        word = tok.group()
        head, _, last = word.rpartition("-")
        if head and last.islower() and fold(last) in english_words():
            return True
        if text[tok.start() - 1 : tok.start()] == "(" and LABEL_NUMBER.match(text, tok.end()):
            return True
        return prev_word in ("a", "an")

    def _among_words(self, text: str, tok: re.Match[str]) -> bool:
        """A word the lists know only as a surname, or not at all, listed with words the allow-list
        keeps (faiths, languages, places): one of their kind, not a person ("Hindu, Sikh and Jain
        families", "Tigrinya or Saho"). A family word beside it does not count ("Mum and Kowalczyk")."""
        if fold(tok.group()) in given_names():
            return False
        before = LIST_BEFORE.search(text, max(0, tok.start() - 40), tok.start())
        after = LIST_AFTER.match(text, tok.end())
        kinds = [base_word(m.group(1)) for m in (before, after) if m]
        return any(k in self.allow and k not in ROLE_NOUNS for k in kinds)

    def _listed(self, info: list[Weighed], text: str, found: list[Span]) -> Iterable[Span]:
        """The other names in a list with a name in it: "Tolu and Seyi", "Skye and River Lawson",
        "Asen, Vesela and the baby", or of words no list knows ("Xhesika and Aigerim").
        Capitalised words joined by "and", "&" or commas; not "Gambling and gaming", "Sikh and Jain".
        Typed in lower case, a given name that is no English word, beside a name already found
        ("kai and brogan were ...")."""
        named = {s.start for s in found if s.kind == Kind.NAME} | {s.end for s in found if s.kind == Kind.NAME}
        run: list[re.Match[str]] = []
        for weighed in [*info, None]:
            tok = weighed[0] if weighed else None
            if tok is not None and tok.group() == "and":
                continue  # the gap between two names, checked below
            candidate = weighed is not None and self._list_member(weighed)
            if tok is not None and candidate and run and LIST_GAP.fullmatch(text, run[-1].end(), tok.start()):
                run.append(tok)
                continue
            if len(run) > 1:
                found_one = any(t.start() in named or t.end() in named for t in run)
                unknown = all(t.group()[0].isupper() and self.judge.unknown(t.group()) for t in run)
                if found_one or unknown:
                    yield from (Span(t.start(), t.end(), Kind.NAME) for t in run)
            run = [tok] if tok is not None and candidate else []

    @staticmethod
    def _given(word: str) -> bool:
        """A given name, double-barrelled ones by their parts ("Kerry-Ann", "Lily-Mae")."""
        return all(p in given_names() for p in base_word(word).split("-"))

    def _list_member(self, weighed: Weighed) -> bool:
        """A word that may be a name in a list: capitalised and a name word or a word no list
        knows; or, in lower case, a given name that is no English word."""
        tok, is_name, common, capital = weighed
        word = tok.group()
        if capital:
            # a town that is also a given name counts too: "Chester and Kai", beside a name found
            return is_name or self.judge.unknown(word) or self._town_given(word)
        return is_name and not common and word.islower() and self.lower.given(word, False, 3, placed=True)

    def _unknown_pairs(self, info: list[Weighed], text: str) -> Iterable[Span]:
        """Two capitalised words, neither an everyday word, one beside a name or the pair
        on its own (Senait Tesfaye), anywhere in a sentence: names the lists never saw; and a
        given name before a surname no dictionary holds (`_given_and_surname`)."""
        for i in range(len(info) - 1):
            a, b = info[i], info[i + 1]
            if not (a[3] and b[3] and joined(text, a[0], b[0])):
                continue
            at_start = sentence_starts(text, a[0].start())
            after = word_after(text, b[0].end())
            supported = DETAIL_AFTER.match(text, b[0].end()) or after in NAME_VERBS
            if at_start and not a[1] and not self.judge.unknown(a[0].group()) and not supported:
                continue
            unknown = [x for x in (a, b) if not x[1] and self.judge.unknown(x[0].group())]
            beside_name = len(unknown) == 1 and any(x[1] and not x[2] for x in (a, b))
            if len(unknown) == 2 or beside_name or self._given_and_surname(a, b):
                yield Span(a[0].start(), b[0].end(), Kind.NAME)

    def _given_and_surname(self, a: Weighed, b: Weighed) -> bool:
        """A given name that is no everyday word before a capitalised word no dictionary holds
        that the lists file as a word of some other sort ("Barnaby Whitlam", where "Whitlam" is
        in a list of frequent words, so `unknown` misses it); not a town or a word of the work."""
        first, second = a[0].group(), b[0].group()
        return (
            a[1]
            and not a[2]
            and self._given(first)
            and not self.judge.english_word(first)
            and not b[2]
            and not second.isupper()
            and self.judge.foreign(second)
            and fold(second) not in place_words()
        )

    def _cued(self, text: str, tok: re.Match[str]) -> bool:
        """Context that puts a name in this place: a family word or an age before it ("her son",
        "the 3-month-old"), details after it ("(7)", "(Dad)", ", DOB"), or "the ... family"."""
        before = word_before(text, tok.start())
        return (
            before in CUES
            or bool(AGE_BEFORE.search(text, max(0, tok.start() - 24), tok.start()))
            or bool(DETAIL_AFTER.match(text, tok.end()))
            or bool(WITH_FAMILY.match(text, tok.end()))
            or self.judge.household(text, tok)
        )

    def _town_given(self, word: str) -> bool:
        """A town the lists keep as a place that is also a given name ("Paisley", "Chester")."""
        low = base_word(word)
        return low in self.judge.towns and low in given_names()

    def _place_as_given(self, word: str, after: tuple) -> bool:
        """A town that is also a given name, before a surname: "Chester Hartigan", "Devon Okafor"."""
        low = fold(word)
        return (
            low in self.judge.towns
            and low in given_names()
            and after[1]
            and not after[2]
            and after[3]
            and fold(after[0].group()) not in place_words()
        )
