"""Plain English under pressure, and inside Slack's limits (for the default wording and
the example area file)."""

import re
from pathlib import Path

import pytest

from flows import outcome as rules
from flows.area import DEFAULT_AREA, load_area

AREAS = [DEFAULT_AREA, load_area(Path(__file__).resolve().parents[2] / "docs" / "area-example.toml")]
JARGON = {"lawful basis": "lawful_basis", "special category": "special_category", "significant harm": "level"}


@pytest.mark.parametrize("area", AREAS, ids=["default", "example"])
def test_every_question_fits_slacks_limits(area):
    for question in area.questions.values():
        assert len(f"*99. {question.text}*\n{question.help}") <= 3000, question.id
        assert len(question.text) <= 150, question.id  # also a modal's or notification's text
        for option in question.options:
            assert 1 <= len(option.label) <= 75, (question.id, option.id)
        assert len(question.detail_label) <= 75


@pytest.mark.parametrize("area", AREAS, ids=["default", "example"])
def test_short_sentences(area):
    for question in area.questions.values():
        for sentence in re.split(r"(?<=[.?!])\s+", f"{question.text} {question.help}".strip()):
            assert len(sentence.split()) <= 30, (question.id, sentence)


def test_legal_terms_come_with_a_one_line_explanation():
    for term, question_id in JARGON.items():
        question = DEFAULT_AREA.question(question_id)
        assert question.help and len(question.help.splitlines()) == 1, term


LAWFUL_BASES = [
    rules.ART6_PUBLIC, rules.ART6_PUBLIC_S47, rules.ART6_COURT, rules.ART6_PRIVATE, rules.ART6_VITAL,
    rules.ART9_VITAL, rules.ART9_SAFEGUARDING.format(part=""), rules.ART9_AGREED_PUBLIC, rules.ART9_AGREED_PRIVATE,
    rules.ART10,
]  # fmt: skip


def test_the_lawful_basis_is_in_words_with_the_article_in_brackets():
    for basis in LAWFUL_BASES:
        words, _, article = basis.partition(" (")
        assert words and re.search(r"Art \d", article), basis
