"""The outcome rules: pure functions from the answers so far to what the rules say.

Kept free of state and I/O so a table-driven test can hold every branch of DOMAIN.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from flows.questions import QUESTIONS

Answers = Mapping[str, Any]


class Outcome(StrEnum):
    SHARE_WITH_CONSENT = "share_with_consent"
    SHARE_WITHOUT_CONSENT = "share_without_consent"
    DO_NOT_SHARE = "do_not_share"


class Consent(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    UNSAFE_TO_SEEK = "unsafe_to_seek"
    NOT_POSSIBLE = "not_possible"
    NOT_SOUGHT = "not_sought"


class InformFamily(StrEnum):
    NOW = "now"
    AFTER_SHARING = "after_sharing"
    NOT_INFORMED = "not_informed"


OUTCOME_LABELS = {
    Outcome.SHARE_WITH_CONSENT: "Share, with the family's agreement",
    Outcome.SHARE_WITHOUT_CONSENT: "Share without consent",
    Outcome.DO_NOT_SHARE: "Do not share",
}

RISK_KEYS = ("child", "other_child", "other_person", "referrer", "investigation")
EMERGENCY_YES = ("yes", "not_sure")


def is_emergency(answers: Answers) -> bool:
    return answers.get("emergency") in EMERGENCY_YES


def unsafe_to_tell(answers: Answers) -> list[str]:
    """The reasons chosen for not telling the family first (empty when it is safe)."""
    chosen = answers.get("safe_to_tell") or []
    return [r for r in chosen if r not in ("none", "not_sure")]


def recommended_outcome(answers: Answers) -> Outcome | None:
    """What the rules recommend, or None while the path has not reached an outcome."""
    if is_emergency(answers):
        return Outcome.SHARE_WITHOUT_CONSENT
    if answers.get("purpose") == "no":
        return Outcome.DO_NOT_SHARE
    if unsafe_to_tell(answers):
        return Outcome.SHARE_WITHOUT_CONSENT
    view = answers.get("family_view")
    if view == "agreed":
        return Outcome.SHARE_WITH_CONSENT
    if view == "objected":
        return {
            "yes": Outcome.SHARE_WITHOUT_CONSENT,
            "no": Outcome.DO_NOT_SHARE,
        }.get(answers.get("override", ""))
    if view == "unreachable" and answers.get("level") == "significant_harm":
        return Outcome.SHARE_WITHOUT_CONSENT
    return None


def consent(answers: Answers) -> Consent:
    if is_emergency(answers) or answers.get("purpose") == "no":
        return Consent.NOT_SOUGHT
    if unsafe_to_tell(answers):
        return Consent.UNSAFE_TO_SEEK
    return {
        "agreed": Consent.GIVEN,
        "objected": Consent.REFUSED,
        "unreachable": Consent.NOT_POSSIBLE,
    }.get(answers.get("family_view", ""), Consent.NOT_SOUGHT)


def inform_family(answers: Answers) -> InformFamily:
    """`now` when the family was told before sharing; else whether they are told after."""
    if answers.get("family_view") in ("agreed", "objected"):
        return InformFamily.NOW
    if answers.get("inform_after") == "yes":
        return InformFamily.AFTER_SHARING
    return InformFamily.NOT_INFORMED


def risks(answers: Answers) -> dict[str, bool]:
    chosen = set(unsafe_to_tell(answers))
    flags = {key: key in chosen for key in RISK_KEYS}
    flags["immediate_danger"] = answers.get("emergency") == "yes"
    return flags


def exception(answers: Answers) -> str:
    """Which exception to talking to the family first applies, in words for the record."""
    if is_emergency(answers):
        return "Emergency: a child in immediate danger or urgent medical help needed"
    unsafe = unsafe_to_tell(answers)
    if unsafe:
        labels = [QUESTIONS["safe_to_tell"].label(r).lower() for r in unsafe]
        return "Telling the family first would " + "; ".join(labels)
    if answers.get("override") == "yes":
        return "The family objected; sharing is needed to protect the child from significant harm"
    if answers.get("family_view") == "unreachable":
        return "The family could not be reached and the harm is significant"
    return ""


LAWFUL_BASIS = {
    "statutory": [
        "Public task (UK GDPR Art 6(1)(e)): your organisation's official job",
        "Legal obligation (UK GDPR Art 6(1)(c)): where the law requires you to share",
    ],
    "voluntary_private": [
        "Recognised legitimate interest: safeguarding (UK GDPR Art 6(1)(ea))",
        "Legitimate interests (UK GDPR Art 6(1)(f)): a balanced, necessary reason",
    ],
    "dont_know": ["Not known yet: confirm the lawful basis with your Data Protection Officer"],
}
VITAL_INTERESTS = "Vital interests (UK GDPR Art 6(1)(d)): to protect someone's life"
SPECIAL_CATEGORY = [
    "Safeguarding of children and individuals at risk (UK GDPR Art 9(2)(g), DPA 2018 Sch 1 para 18)",
    "Health or social care (UK GDPR Art 9(2)(h)), where that fits better",
]


def lawful_basis(answers: Answers) -> list[str]:
    """The lawful basis in words, with the article in brackets."""
    if recommended_outcome(answers) == Outcome.DO_NOT_SHARE and "lawful_basis" not in answers:
        return []
    bases: list[str] = []
    if is_emergency(answers):
        bases.append(VITAL_INTERESTS)
    bases.extend(LAWFUL_BASIS.get(answers.get("lawful_basis", ""), []))
    if answers.get("special_category") == "yes":
        bases.extend(SPECIAL_CATEGORY)
    return bases


def purpose(answers: Answers) -> str:
    if is_emergency(answers):
        return "To protect a child in immediate danger"
    if answers.get("purpose") == "no":
        return "No safeguarding purpose identified"
    return {
        "significant_harm": "To protect a child from significant harm",
        "additional_needs": "To get the child or family help they need",
    }.get(answers.get("level", ""), "To protect a child or get the family help (level not settled)")


def reasons_required(answers: Answers) -> bool:
    """Reasons are required when sharing without consent or not sharing (DOMAIN.md)."""
    return recommended_outcome(answers) != Outcome.SHARE_WITH_CONSENT


def advice_to_practitioner(outcome: Outcome) -> str:
    return {
        Outcome.SHARE_WITH_CONSENT: "Share as planned. The lawful basis is usually still public task. "
        "Confirm the outcome to the family.",
        Outcome.SHARE_WITHOUT_CONSENT: "Share. The record says which exception applies and why. "
        "Tell the family only when it is safe.",
        Outcome.DO_NOT_SHARE: "Do not share. Record why, keep supporting the family, "
        "and run this again if the risk rises.",
    }[outcome]
