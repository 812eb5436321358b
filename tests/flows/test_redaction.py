"""The redaction engine: each kind of identifier, the allow-list, the practitioner's own
marks, and quality on the labelled corpus (tests/data/redaction/)."""

import pytest

from bench.redaction_eval import evaluate
from flows.redaction import Redactor, default_redactor, nhs_number_valid


@pytest.mark.parametrize(("text", "expected"), [
    ("Jayden Smith lives at 14 Elm Grove, CV2 4AB.", "[NAME] lives at [ADDRESS], [POSTCODE]."),
    ("DOB 12/03/2015, seen on 3rd March 2019 and 2024-01-05.", "DOB [DATE], seen on [DATE] and [DATE]."),
    ("Ring 07700 900123 or (024) 7612 3456.", "Ring [PHONE] or [PHONE]."),
    ("Email jo.bloggs@example.org or see https://example.org/case?id=4.", "Email [EMAIL] or see [URL]."),
    ("NHS 943 476 5919 and NI QQ 12 34 56 C.", "NHS [NHS_NUMBER] and NI [NI_NUMBER]."),
    ("Ask <@U024BE7LH> or <!channel> or @jsmith.", "Ask [MENTION] or [MENTION] or [MENTION]."),
    ("She is in Year 9 at St Mary's Primary School.", "She is in Year 9 at [SCHOOL]."),
    ("Mr Okafor spoke to Mum and the DSL after the MASH strategy meeting.",
     "Mr [NAME] spoke to Mum and the DSL after the MASH strategy meeting."),
    ("The Section 47 enquiry started on Monday; CAMHS and the LADO were told.",
     "The Section 47 enquiry started on Monday; CAMHS and the LADO were told."),
    ("She is 7 years old and aged 7.", "She is 7 years old and aged 7."),
])  # fmt: skip
def test_identifiers_become_typed_placeholders(text, expected):
    assert default_redactor().redact(text) == expected


def test_nhs_numbers_need_a_valid_check_digit():
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    assert "[NHS_NUMBER]" not in default_redactor().redact("ref 943 476 5918")


def test_known_names_are_redacted_and_the_allow_list_can_grow():
    text = "Bluebell said Tiggy is at Hollies."
    assert default_redactor().redact(text, known=["Bluebell", "Hollies"]) == "[NAME] said [NAME] is at [NAME]."
    assert Redactor(allow=["Kingfisher"]).redact("Kingfisher Team and Jayden") == "Kingfisher Team and [NAME]"
    assert "Kingfisher" not in Redactor().redact("the Kingfisher Team met Ayodele Kingfisher")


def test_the_practitioner_can_unredact_and_mark_more():
    r = default_redactor()
    assert r.redact("Grace Road clinic and Ms Patel", keep=["Grace Road"]) == "Grace Road clinic and Ms [NAME]"
    assert r.redact("the blue house by the canal", extra=["blue house"]) == "the [NAME] by the canal"


@pytest.fixture(scope="module")
def quality():
    return evaluate(Redactor(), split="all")


def test_structured_identifiers_recall_at_least_99_percent(quality):
    for key in ("without_known", "with_known"):
        assert quality[key]["structured_recall"] >= 0.99, quality[key]["by_type"]


def test_names_recall_at_least_95_percent_with_and_without_known_names(quality):
    assert quality["without_known"]["name_recall"] >= 0.95, quality["missed_examples"]
    assert quality["with_known"]["name_recall"] >= 0.95


def test_at_most_one_false_redaction_per_1000_characters_of_clean_prose(quality):
    assert quality["clean_prose"]["characters"] >= 25_000
    assert quality["clean_prose"]["per_1000_chars"] <= 1.0, quality["clean_prose"]["examples"]
