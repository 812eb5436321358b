"""The outcome rules, table-driven: branches of DOMAIN.md's outcomes (version 2). The
vignettes (tests/data/vignettes.yaml) and the every-path walk cover the rest."""

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
        "objected, the risk raised at override: told afterwards",
        {
            **BASE,
            "level": "additional_needs",
            "safe_to_tell": ["none"],
            "family_view": "objected",
            "override": "yes",
            "inform_after": "yes",
        },
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.REFUSED,
        InformFamily.AFTER_SHARING,  # not "now": they objected, and were not told of the share (S5)
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
        {**BASE, "level": "additional_needs", "safe_to_tell": ["none"], "family_view": "objected"},
        None,
        Consent.REFUSED,
        InformFamily.NOT_INFORMED,
    ),
    (
        "significant harm, objected: shared without the override question",
        {
            **BASE,
            "level": "significant_harm",
            "safe_to_tell": ["none"],
            "family_view": "objected",
            "inform_after": "no",
        },
        Outcome.SHARE_WITHOUT_CONSENT,
        Consent.REFUSED,
        InformFamily.NOT_INFORMED,
    ),
    (
        "a competent young person says no, needs only: parents not told (S7)",
        {
            **BASE,
            "level": "additional_needs",
            "safe_to_tell": ["none"],
            "young_person_view": "objected",
            "override": "no",
        },
        Outcome.DO_NOT_SHARE,
        Consent.REFUSED,
        InformFamily.NOT_INFORMED,
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
        "delay": True,
        "immediate_danger": False,
    }
    assert rules.risks({"emergency": "yes"})["immediate_danger"] is True


SHARED = {**BASE, "level": "significant_harm", "safe_to_tell": ["child"]}
AGREED = {**BASE, "level": "additional_needs", "safe_to_tell": ["none"], "family_view": "agreed"}


@pytest.mark.parametrize(
    ("answers", "expected", "absent"),
    [
        ({**SHARED, "lawful_basis": "statutory"}, ["Art 6(1)(e)"], ["Art 6(1)(c)", "Art 9", "Art 10"]),
        ({**SHARED, "lawful_basis": "voluntary_private"}, ["Art 6(1)(ea)", "Annex 1"], ["Art 6(1)(e)"]),
        ({**SHARED, "lawful_basis": "dont_know"}, ["data protection lead"], ["Art 6(1)"]),
        ({**SHARED, "lawful_basis": "statutory", "special_category": "yes"}, ["Art 9(2)(g)", "18(2)(c)"], ["Art 10"]),
        ({**SHARED, "lawful_basis": "statutory", "special_category": "criminal"}, ["Art 10", "para 36"], ["Art 9"]),
        ({**AGREED, "lawful_basis": "statutory", "special_category": "yes"}, ["Sch 1 para 6"], ["para 18"]),
        ({**AGREED, "lawful_basis": "voluntary_private", "special_category": "both"}, ["Art 9(2)(a)", "Art 10"], []),
        ({**SHARED, "lawful_basis": "statutory", "special_category": "not_sure"}, ["data protection lead"], []),
        (
            {"emergency": "yes", "allegation": "no", "lawful_basis": "statutory", "special_category": "yes"},
            ["Art 6(1)(e)", "Art 6(1)(d)", "Art 9(2)(c)"],
            [],
        ),
        (
            {
                **BASE,
                "direction": "request",
                "request_from": "statutory_enquiry",
                "request_verified": "yes",
                "lawful_basis": "statutory",
            },
            ["Art 6(1)(c)", "s.47(9)"],
            [],
        ),
        ({**BASE, "purpose": "no"}, [], []),
    ],
)
def test_lawful_basis_in_words_with_the_article(answers, expected, absent):
    text = " ".join(rules.lawful_basis(answers))
    for fragment in expected:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text
    if not expected:
        assert text == ""


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"emergency": "yes"}, "immediate danger"),
        ({**BASE, "level": "additional_needs", "safe_to_tell": ["referrer"]}, "the person raising it at more risk"),
        (
            {
                **BASE,
                "level": "additional_needs",
                "safe_to_tell": ["none"],
                "family_view": "objected",
                "override": "yes",
            },
            "Since they said no",
        ),
        (
            {**BASE, "safe_to_tell": ["none"], "family_view": "unreachable", "level": "significant_harm"},
            "cannot be reached",
        ),
    ],
)
def test_exception_names_which_exception_applies(answers, fragment):
    assert fragment in rules.exception(answers)


def test_reasons_are_required_unless_sharing_with_consent():
    assert not rules.reasons_required({**BASE, "safe_to_tell": ["none"], "family_view": "agreed"})
    assert rules.reasons_required({**BASE, "purpose": "no"})
    assert rules.reasons_required({"emergency": "yes"})
