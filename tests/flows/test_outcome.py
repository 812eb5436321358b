"""The outcome rules, table-driven: every branch of DOMAIN.md's outcomes."""

import pytest

from flows import outcome as rules
from flows.outcome import Consent, InformFamily, Outcome

BASE = {"emergency": "no", "allegation": "no", "direction": "raising", "purpose": "yes", "identifiable": "identify"}

CASES = [
    # (name, answers, recommended, consent, inform_family)
    (
        "emergency yes",
        {"emergency": "yes"},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.NOT_SOUGHT,
        InformFamily.NOT_INFORMED,
    ),
    (
        "emergency not sure",
        {"emergency": "not_sure", "inform_after": "yes"},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.NOT_SOUGHT,
        InformFamily.AFTER_SHARING,
    ),
    (
        "no safeguarding purpose",
        {**BASE, "purpose": "no"},
        Outcome.DO_NOT_SHARE,
        Consent.NOT_SOUGHT,
        InformFamily.NOT_INFORMED,
    ),
    (
        "unsafe: referrer",
        {**BASE, "level": "significant_harm", "safe_to_tell": ["referrer"]},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.UNSAFE_TO_SEEK,
        InformFamily.NOT_INFORMED,
    ),
    (
        "unsafe: investigation, told after",
        {**BASE, "level": "significant_harm", "safe_to_tell": ["investigation"], "inform_after": "yes"},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.UNSAFE_TO_SEEK,
        InformFamily.AFTER_SHARING,
    ),
    (
        "unsafe: delay only",
        {**BASE, "level": "additional_needs", "safe_to_tell": ["delay"]},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.UNSAFE_TO_SEEK,
        InformFamily.NOT_INFORMED,
    ),
    (
        "family agreed",
        {**BASE, "level": "additional_needs", "safe_to_tell": ["none"], "family_view": "agreed"},
        Outcome.SHARE_WITH_CONSENT,
        Consent.GIVEN,
        InformFamily.NOW,
    ),
    (
        "objected, overridden",
        {**BASE, "level": "significant_harm", "safe_to_tell": ["none"], "family_view": "objected", "override": "yes"},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.REFUSED,
        InformFamily.NOW,
    ),
    (
        "objected, respected",
        {**BASE, "level": "additional_needs", "safe_to_tell": ["none"], "family_view": "objected", "override": "no"},
        Outcome.DO_NOT_SHARE,
        Consent.REFUSED,
        InformFamily.NOW,
    ),
    (
        "objected, override not answered",
        {**BASE, "safe_to_tell": ["none"], "family_view": "objected"},
        None,
        Consent.REFUSED,
        InformFamily.NOW,
    ),
    (
        "unreachable, significant harm",
        {**BASE, "level": "significant_harm", "safe_to_tell": ["none"], "family_view": "unreachable"},
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.NOT_POSSIBLE,
        InformFamily.NOT_INFORMED,
    ),
    (
        "unreachable, additional needs",
        {**BASE, "level": "additional_needs", "safe_to_tell": ["none"], "family_view": "unreachable"},
        None,
        Consent.NOT_POSSIBLE,
        InformFamily.NOT_INFORMED,
    ),
    (
        "not asked yet",
        {**BASE, "safe_to_tell": ["none"], "family_view": "not_yet"},
        None,
        Consent.NOT_SOUGHT,
        InformFamily.NOT_INFORMED,
    ),
    ("nothing yet", {}, None, Consent.NOT_SOUGHT, InformFamily.NOT_INFORMED),
]


@pytest.mark.parametrize(
    ("answers", "recommended", "consent", "inform"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_rules(answers, recommended, consent, inform):
    assert rules.recommended_outcome(answers) == recommended
    assert rules.consent(answers) == consent
    assert rules.inform_family(answers) == inform


def test_risks_flags_only_the_chosen_reasons():
    flags = rules.risks({"emergency": "no", "safe_to_tell": ["referrer", "investigation", "delay"]})
    assert flags == {
        "child": False,
        "other_child": False,
        "other_person": False,
        "referrer": True,
        "investigation": True,
        "immediate_danger": False,
    }
    assert rules.risks({"emergency": "yes"})["immediate_danger"] is True


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"lawful_basis": "statutory"}, ["Art 6(1)(e)", "Art 6(1)(c)"]),
        ({"lawful_basis": "voluntary_private"}, ["Art 6(1)(ea)", "Art 6(1)(f)"]),
        ({"lawful_basis": "dont_know"}, ["Data Protection Officer"]),
        ({"lawful_basis": "statutory", "special_category": "yes"}, ["Art 6(1)(e)", "Art 9(2)(g)", "Sch 1 para 18"]),
        ({"emergency": "yes"}, ["Art 6(1)(d)"]),
        ({"purpose": "no"}, []),
    ],
)
def test_lawful_basis_in_words_with_the_article(answers, expected):
    text = " ".join(rules.lawful_basis(answers))
    for fragment in expected:
        assert fragment in text
    if not expected:
        assert text == ""


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"emergency": "yes"}, "immediate danger"),
        ({"safe_to_tell": ["referrer"]}, "put me, the person raising it, at more risk"),
        ({"safe_to_tell": ["none"], "family_view": "objected", "override": "yes"}, "objected"),
        ({"safe_to_tell": ["none"], "family_view": "unreachable", "level": "significant_harm"}, "could not be reached"),
    ],
)
def test_exception_names_which_exception_applies(answers, fragment):
    assert fragment in rules.exception(answers)


def test_reasons_are_required_unless_sharing_with_consent():
    assert not rules.reasons_required({**BASE, "safe_to_tell": ["none"], "family_view": "agreed"})
    assert rules.reasons_required({**BASE, "purpose": "no"})
    assert rules.reasons_required({"emergency": "yes"})
