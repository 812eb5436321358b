"""What one word is, by the word lists and the allow-list in force: a name word, an everyday
word, an English word, or a word no list knows.

Every name rule asks these questions of the words it looks at, capitalised or typed in lower
case, so they are answered in one place, with the allow-list that configuration extends.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from flows.redaction.context import CONTRACTION, HOUSEHOLD, IRISH, NAMED_BEFORE, TOKEN, word_after, word_before
from flows.redaction.lexicon import (
    AMBIGUOUS,
    CHAT_WORDS,
    DEFAULT_ALLOW,
    base_word,
    common_words,
    english_words,
    everyday_words,
    fold,
    given_names,
    name_words,
    place_words,
    vetted_names,
    vocabulary,
)

# one token of a message and what the lists say of it: (the token, is a name word, is also an
# everyday word, is capitalised as a name is: "Kai", not "kai" nor "CAMHS")
Weighed = tuple[re.Match[str], bool, bool, bool]


class WordJudge:
    """Weighs words against the lists; built once with the allow-list in force."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        extra = {w.lower() for w in allow}
        # chat and greetings ("Ok", "Hiya") are kept like the vocabulary of the work
        self.allow = DEFAULT_ALLOW | CHAT_WORDS | place_words() | vocabulary()[0] | extra
        # words kept only as places, which may still be a given name before a surname
        self.towns = place_words() - DEFAULT_ALLOW - vocabulary()[0] - extra
        self.names = name_words()
        for word_list in (given_names, vetted_names, common_words, english_words, everyday_words):
            word_list()  # loaded now, not by the first message
        # A message's words are mostly the same few thousand, and what the lists say of a
        # word never changes once they are built: a tenth of redaction time was this lookup.
        self.lookup = lru_cache(maxsize=1 << 16)(self._lookup)  # type: ignore[method-assign]

    def weigh(self, text: str) -> list[Weighed]:
        """Every word of `text` with what the lists say of it."""
        weighed = []
        for tok in TOKEN.finditer(text):
            word = tok.group()
            is_name, common = self.lookup(word)
            # capitals with a possessive ("LA's", "TG's") are initials or an initialism, weighed
            # by flows/redaction/initials.py, not a capitalised name word
            stem = word.removesuffix("'s").removesuffix("’s")
            capital = word[0].isupper() and not (stem.isupper() and len(stem) > 1)
            weighed.append((tok, is_name, common, capital))
        return weighed

    def lookup(self, word: str) -> tuple[bool, bool]:
        """(is a name word, is also an everyday English word) for one token (cached per judge)."""
        return self._lookup(word)

    def _lookup(self, word: str) -> tuple[bool, bool]:
        base = base_word(word)
        if base in self.allow or CONTRACTION.search(word):
            return False, False
        if IRISH.match(word):  # O'Brien, D'Souza, McAllister: names by their shape
            return True, False
        parts = [p for p in re.split(r"[-'’]", base) if p] or [base]
        if base in self.names or all(p in self.names for p in parts):
            if base in vetted_names():
                return True, base in AMBIGUOUS
            # an everyday word, or an English word that is only ever a surname (Burns, Private)
            common = (
                base in common_words() or base in AMBIGUOUS or (base in english_words() and base not in given_names())
            )
            return True, common
        return False, False

    @staticmethod
    def english_word(word: str) -> bool:
        """In the English dictionary, and not a name vetted as no English word (Tariq)."""
        base = base_word(word)
        return base in english_words() and base not in vetted_names()

    def foreign(self, word: str) -> bool:
        """No English word and nothing the allow-list keeps."""
        return not self.english_word(word) and base_word(word) not in self.allow and not CONTRACTION.search(word)

    def unknown(self, word: str) -> bool:
        """A capitalised word that no word list knows: likely a name the name lists never saw.
        Hyphenated and possessive forms count by their parts (Adu-Boahen, Mudzingwa's)."""
        if CONTRACTION.search(word):
            return False
        parts = [fold(p) for p in re.split(r"[-'’]", word.removesuffix("'s").removesuffix("’s")) if p]
        return bool(parts) and all(
            p.isalpha() and p not in self.allow and p not in everyday_words() and p not in AMBIGUOUS for p in parts
        )

    @staticmethod
    def household(text: str, tok: re.Match[str]) -> bool:
        """A surname between "the" and a household word: "the Okafor family", "the Sheikh children"
        (not "the Young family", whose word is ambiguous)."""
        return (
            word_before(text, tok.start()) == "the"
            and word_after(text, tok.end()) in HOUSEHOLD
            and fold(tok.group()) not in AMBIGUOUS
        )

    @staticmethod
    def named(text: str, start: int) -> bool:
        """Whether the words before `start` say what someone is called ("Mum is", "known as")."""
        return bool(NAMED_BEFORE.search(text, max(0, start - 40), start))
