"""The outcome rules (DOMAIN.md version 2): pure functions from the answers on the path
taken to what the rules say, each with the grounds it rests on (`flows.grounds`).

Kept free of state and I/O so that the every-path test can hold each safety invariant
(S1-S11) on every path. Callers pass only the answers on the path actually taken
(`flows.decisions` restricts them), so an answer left behind by going back never
changes an outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from flows.contacts import DEFAULT_CONTACTS, Contacts
from flows.grounds import ground
from flows.questions import QUESTIONS, Option, Question

Answers = Mapping[str, Any]


class Outcome(StrEnum):
    SHARE_WITH_CONSENT = "share_with_consent"
    SHARE_WITHOUT_CONSENT = "share_without_consent"
    DO_NOT_SHARE = "do_not_share"
    REFER_ON = "refer_on"


class Route(StrEnum):
    FRONT_DOOR = "front_door"
    EMERGENCY = "emergency"
    LADO = "lado"
    ENQUIRY = "enquiry"
    DPO = "dpo"
    DIRECT_CARE = "direct_care"
    NONE = "none"


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


# What a person reads: what to do, never an internal id (issue 14, plain English).
OUTCOME_LABELS = {
    Outcome.SHARE_WITH_CONSENT: "Share, with their agreement",
    Outcome.SHARE_WITHOUT_CONSENT: "Share now: agreement is not needed here, and the reason is recorded",
    Outcome.DO_NOT_SHARE: "Do not share for now",
    Outcome.REFER_ON: "Pass this to whoever decides",
}
REFER_ON_LABELS = {
    Route.DPO: "Pass this to your data protection or legal lead: they decide",
    Route.DIRECT_CARE: "Share as part of the child's routine care: not a safeguarding decision",
    Route.FRONT_DOOR: "Pass this to MASH: they decide",
}
ROUTE_LABELS = {
    Route.FRONT_DOOR: "MASH (the front door), or the Emergency Duty Team out of hours",
    Route.EMERGENCY: "Emergency: 999, then MASH",
    Route.LADO: "The LADO (allegations against people who work with children)",
    Route.ENQUIRY: "A verified safeguarding enquiry (the agency that asks leads)",
    Route.DPO: "Your data protection or legal lead",
    Route.DIRECT_CARE: "Routine care by the child's own care team",
    Route.NONE: "Nothing shared",
}
CONSENT_LABELS = {
    Consent.GIVEN: "they agreed",
    Consent.REFUSED: "they said no",
    Consent.UNSAFE_TO_SEEK: "not asked: asking would add risk",
    Consent.NOT_POSSIBLE: "not asked: they could not be reached",
    Consent.NOT_SOUGHT: "not needed here",
}
INFORM_LABELS = {
    InformFamily.NOW: "they knew before anything was shared",
    InformFamily.AFTER_SHARING: "you will tell them after sharing",
    InformFamily.NOT_INFORMED: "not told",
}

RISK_KEYS = ("child", "other_child", "other_person", "referrer", "investigation", "delay")
EMERGENCY_YES = ("yes", "not_sure")
REFER_ON_REQUESTS = ("court_order", "police_crime", "care_team")
STATUTORY_REQUESTS = ("statutory_enquiry", "police_safeguarding")
# Who, at authorised_by, already covers "tell your DSL, welfare officer or manager today" (S11).
TOLD_LEADS = ("dsl", "manager")


def is_emergency(answers: Answers) -> bool:
    return answers.get("emergency") in EMERGENCY_YES


def is_allegation(answers: Answers) -> bool:
    return answers.get("allegation") == "yes"


def is_statutory_request(answers: Answers) -> bool:
    return answers.get("request_from") in STATUTORY_REQUESTS


def is_verified_enquiry(answers: Answers) -> bool:
    return is_statutory_request(answers) and answers.get("request_verified") == "yes"


def harm_is_significant(answers: Answers) -> bool:
    """Significant harm as the path settled it: answered, raised at `override`, or
    taken as significant when advice said share before the level was settled."""
    level = answers.get("level")
    if level == "significant_harm" or answers.get("override") == "yes":
        return True
    return answers.get("advice_outcome") == "share" and level not in ("significant_harm", "additional_needs")


def young_person_decides(answers: Answers) -> bool:
    """Able to decide: said so, or not sure at 16 or 17 (presumed able: MCA 2005 s.1(2))."""
    understands = answers.get("child_understands")
    return understands == "yes" or (understands == "not_sure" and answers.get("child_age") == "16_17")


def unsafe_to_tell(answers: Answers) -> list[str]:
    """The reasons chosen for not telling the family first (empty when it is safe)."""
    chosen = answers.get("safe_to_tell") or []
    return [r for r in chosen if r in RISK_KEYS]


def view(answers: Answers) -> tuple[str | None, str | None]:
    """(whose view was asked: family | young_person, what they said), or (None, None)."""
    if "young_person_view" in answers:
        return "young_person", answers["young_person_view"]
    if "family_view" in answers:
        return "family", answers["family_view"]
    return None, None


def s1_applies(answers: Answers) -> bool:
    """S1's paths: significant harm, an emergency, an allegation or a verified enquiry."""
    return (
        harm_is_significant(answers) or is_emergency(answers) or is_allegation(answers) or is_verified_enquiry(answers)
    )


def recommended_outcome(answers: Answers) -> Outcome | None:
    """What the rules recommend, or None while the path has not reached an outcome."""
    return _recommendation(answers)[0]


def grounds(answers: Answers) -> list[str]:
    """The reasons the recommendation rests on, each naming its source."""
    return [ground(key) for key in _recommendation(answers)[1]]


def _recommendation(answers: Answers) -> tuple[Outcome | None, list[str]]:
    """The recommendation and the keys of its grounds: one ladder, so the two never part."""
    if is_allegation(answers):
        return Outcome.SHARE_WITHOUT_CONSENT, ["lado", "consent_not_needed"]
    if is_emergency(answers):
        return Outcome.SHARE_WITHOUT_CONSENT, ["emergency", "consent_not_needed"]
    request = answers.get("request_from")
    if request in REFER_ON_REQUESTS:
        return Outcome.REFER_ON, [{"care_team": "direct_care"}.get(str(request), str(request))]
    if is_verified_enquiry(answers):
        return Outcome.SHARE_WITHOUT_CONSENT, ["enquiry", "consent_not_needed"]
    if answers.get("purpose") == "direct_care":
        return Outcome.REFER_ON, ["direct_care"]
    if answers.get("purpose") == "no":
        return Outcome.DO_NOT_SHARE, ["no_purpose"]
    advice = answers.get("advice_outcome")
    checklist = ["checklist_unresolved"] if answers.get("checklist") == "cant_fix" else []
    if advice == "no_action":
        return Outcome.DO_NOT_SHARE, [*checklist, "advised_no_action"]
    if advice == "ring_mash":
        return Outcome.REFER_ON, [*checklist, "ring_mash"]
    advised = [*checklist, "advised_share"] if advice == "share" else []
    if risks := unsafe_to_tell(answers):
        return Outcome.SHARE_WITHOUT_CONSENT, [*(f"exception:{r}" for r in risks), "consent_not_needed", *advised]
    whose, said = view(answers)
    if said == "agreed":
        return Outcome.SHARE_WITH_CONSENT, [f"agreed:{whose}", *advised]
    if said in ("objected", "unreachable") and harm_is_significant(answers):
        first = "override_risk" if answers.get("override") == "yes" else f"{said}_harm"
        return Outcome.SHARE_WITHOUT_CONSENT, [first, "consent_not_needed", *advised]
    if said == "objected" and answers.get("override") == "no":
        return Outcome.DO_NOT_SHARE, [f"refused_needs:{whose}"]
    if advice == "share":
        return Outcome.SHARE_WITHOUT_CONSENT, [*advised, "consent_not_needed"]
    return None, []


def route(answers: Answers) -> Route:
    """Where the decision goes (DOMAIN.md `route`)."""
    if is_allegation(answers):
        return Route.LADO
    if is_emergency(answers):
        return Route.EMERGENCY
    request = answers.get("request_from")
    if request in ("court_order", "police_crime"):
        return Route.DPO
    if request == "care_team" or answers.get("purpose") == "direct_care":
        return Route.DIRECT_CARE
    if is_verified_enquiry(answers):
        return Route.ENQUIRY
    if recommended_outcome(answers) is Outcome.DO_NOT_SHARE:
        return Route.NONE
    return Route.FRONT_DOOR


def outcome_label(outcome: Outcome, answers: Answers | None = None) -> str:
    """The outcome as an instruction; `refer_on` says to whom."""
    if outcome is Outcome.REFER_ON and answers is not None:
        return REFER_ON_LABELS.get(route(answers), OUTCOME_LABELS[outcome])
    return OUTCOME_LABELS[outcome]


def consent(answers: Answers) -> Consent:
    if is_allegation(answers) or is_emergency(answers) or is_verified_enquiry(answers):
        return Consent.NOT_SOUGHT
    if answers.get("request_from") in REFER_ON_REQUESTS or answers.get("purpose") in ("direct_care", "no"):
        return Consent.NOT_SOUGHT
    if unsafe_to_tell(answers):
        return Consent.UNSAFE_TO_SEEK
    return {
        "agreed": Consent.GIVEN,
        "objected": Consent.REFUSED,
        "unreachable": Consent.NOT_POSSIBLE,
    }.get(view(answers)[1] or "", Consent.NOT_SOUGHT)


def consent_from(answers: Answers) -> str | None:
    """Whose agreement was asked and answered: the family's or a young person's own."""
    whose, said = view(answers)
    return whose if said in ("agreed", "objected") and consent(answers) in (Consent.GIVEN, Consent.REFUSED) else None


def inform_family(answers: Answers) -> InformFamily:
    """`now` only when they knew before any share (S5); otherwise what `inform_after` says.

    A family who were told and said no, where nothing is shared, knew everything: `now`.
    A young person's refusal is never carried to their parents (S7): `not_informed`.
    """
    whose, said = view(answers)
    if said == "agreed" or answers.get("inform_after") == "already":
        return InformFamily.NOW
    if answers.get("inform_after") == "yes":
        return InformFamily.AFTER_SHARING
    if recommended_outcome(answers) is Outcome.DO_NOT_SHARE and said == "objected" and whose == "family":
        return InformFamily.NOW
    return InformFamily.NOT_INFORMED


def risks(answers: Answers) -> dict[str, bool]:
    chosen = set(unsafe_to_tell(answers))
    flags = {key: key in chosen for key in RISK_KEYS}
    flags["immediate_danger"] = answers.get("emergency") == "yes"
    return flags


def no_tipping_off(answers: Answers) -> bool:
    """S9: the family must not be told by the practitioner on their own initiative."""
    return route(answers) in (Route.LADO, Route.ENQUIRY, Route.EMERGENCY) or bool(unsafe_to_tell(answers))


def options_for(question_id: str, answers: Answers) -> tuple[Option, ...]:
    """The answers a question offers on this path: the invariants remove some.

    S9: no "I will tell them" where telling could tip someone off. S1: on a path where
    the child may be at risk of significant harm, "no action" is not a way out of a pause
    (a practitioner who disagrees overrides at confirm, with a reason and who agreed, S8).
    """
    options = QUESTIONS[question_id].options
    if question_id == "inform_after" and no_tipping_off(answers):
        return tuple(o for o in options if o.id != "yes")
    if question_id == "advice_outcome" and s1_applies(answers):
        return tuple(o for o in options if o.id != "no_action")
    return options


def offered(question: Question, answers: Answers) -> tuple[Option, ...]:
    """`question`'s own options (an area's wording kept) that `options_for` offers here."""
    if question.id not in QUESTIONS:
        return question.options
    ids = {o.id for o in options_for(question.id, answers)}
    return tuple(o for o in question.options if o.id in ids)


def default_answer(question_id: str, answers: Answers) -> Any:
    """An answer to preselect: the recipient the route names (the LADO for an allegation)."""
    if question_id != "recipient":
        return None
    where = route(answers)
    if recommended_outcome(answers) is Outcome.REFER_ON and where is Route.FRONT_DOOR:
        return {"choice": "mash", "detail": ""}
    choice = {Route.LADO: "lado", Route.DPO: "dpo", Route.ENQUIRY: None}.get(where)
    return {"choice": choice, "detail": ""} if choice else None


def exception(answers: Answers) -> str:
    """Why agreement was not needed, in words for the record (the first ground)."""
    outcome, keys = _recommendation(answers)
    return ground(keys[0]) if outcome is Outcome.SHARE_WITHOUT_CONSENT and keys else ""


# -- lawful basis (DOMAIN.md "Lawful basis"; one Art 6 basis, Art 9 / Art 10 conditions) ---------

ART6_PUBLIC = "Public task: your organisation's official functions (UK GDPR Art 6(1)(e))"
ART6_PUBLIC_S47 = (
    "Public task (UK GDPR Art 6(1)(e)); a council, housing authority or NHS body answering a s.47 enquiry has a "
    "legal obligation instead (UK GDPR Art 6(1)(c); Children Act 1989 s.47(9)-(11))"
)
ART6_COURT = "Legal obligation: a court order (UK GDPR Art 6(1)(c))"
ART6_PRIVATE = (
    "Recognised legitimate interest: safeguarding vulnerable individuals (UK GDPR Art 6(1)(ea) and Annex 1, in force "
    "since 5 February 2026; no balancing test, but the share must be necessary)"
)
ART6_DONT_KNOW = "Confirm the lawful basis with your data protection lead; it never stops a share that protects a child"
ART6_VITAL = "Vital interests: to protect someone's life (UK GDPR Art 6(1)(d)), beside your organisation's own basis"
ART9_VITAL = "Vital interests, where the person cannot consent (UK GDPR Art 9(2)(c))"
ART9_SAFEGUARDING = (
    "Safeguarding of children and individuals at risk (UK GDPR Art 9(2)(g); DPA 2018 Sch 1 para 18{part})"
)
PARA18_PARTS = {
    Consent.UNSAFE_TO_SEEK: ", 18(2)(c): seeking agreement would put the child at risk",
    Consent.NOT_SOUGHT: ", 18(2)(c): seeking agreement would put the child's protection at risk",
    Consent.REFUSED: ", 18(2)(b): agreement cannot reasonably be obtained",
    Consent.NOT_POSSIBLE: ", 18(2)(b): agreement cannot reasonably be obtained",
}
ART9_PARA18_CANNOT = ", 18(2)(a): the child cannot give agreement"
ART9_AGREED_PUBLIC = (
    "Statutory purposes (UK GDPR Art 9(2)(g); DPA 2018 Sch 1 para 6), or for a health or social work professional, "
    "health or social care (UK GDPR Art 9(2)(h); DPA 2018 Sch 1 para 2)"
)
ART9_AGREED_PRIVATE = "Explicit consent (UK GDPR Art 9(2)(a))"
ART10 = "Criminal offence data (UK GDPR Art 10; DPA 2018 s.10(5) and Sch 1 para 18, applied by Part 3 para 36)"
SPECIAL_NOT_SURE = "Confirm with your data protection lead whether health or criminal data conditions apply"


def lawful_basis(answers: Answers) -> list[str]:
    """The lawful basis in words, the article in brackets; only where something is shared."""
    if recommended_outcome(answers) not in (Outcome.SHARE_WITH_CONSENT, Outcome.SHARE_WITHOUT_CONSENT):
        return []
    body = answers.get("lawful_basis")
    if body == "statutory":
        art6 = ART6_PUBLIC_S47 if answers.get("request_from") == "statutory_enquiry" else ART6_PUBLIC
    elif body == "voluntary_private":
        art6 = ART6_PRIVATE
    else:
        art6 = ART6_DONT_KNOW
    bases = [art6]
    if is_emergency(answers):
        bases.append(ART6_VITAL)
    special = answers.get("special_category")
    agreed = consent(answers) is Consent.GIVEN
    if special in ("yes", "both"):
        if agreed:
            bases.append(ART9_AGREED_PUBLIC if body == "statutory" else ART9_AGREED_PRIVATE)
        else:
            part = PARA18_PARTS.get(consent(answers), "")
            if consent(answers) is Consent.NOT_SOUGHT and answers.get("child_understands") == "no":
                part = ART9_PARA18_CANNOT
            bases.append(ART9_SAFEGUARDING.format(part=part))
        if is_emergency(answers):
            bases.append(ART9_VITAL)
    if special in ("criminal", "both"):
        bases.append(ART10)
    if special == "not_sure":
        bases.append(SPECIAL_NOT_SURE)
    return bases


def purpose(answers: Answers) -> str:
    if is_allegation(answers):
        return "To protect children from an adult who works with them (LADO)"
    if is_emergency(answers):
        return "To protect a child in immediate danger"
    if answers.get("request_from") in REFER_ON_REQUESTS or answers.get("purpose") == "direct_care":
        return {
            "court_order": "To comply with a court order",
            "police_crime": "A request to help investigate a crime",
        }.get(answers.get("request_from", ""), "Routine care by the child's own care team")
    if is_verified_enquiry(answers):
        return "To answer a verified safeguarding enquiry"
    if answers.get("purpose") == "no":
        return "No safeguarding purpose identified"
    if harm_is_significant(answers):
        return "To protect a child from significant harm"
    if answers.get("level") == "additional_needs":
        return "To get the child or family help they need"
    return "To protect a child or get the family help (level not settled)"


def reasons_required(answers: Answers) -> bool:
    """Reasons are required unless the family or young person agreed (DOMAIN.md)."""
    return recommended_outcome(answers) is not Outcome.SHARE_WITH_CONSENT


def domestic_abuse_prompt(answers: Answers) -> bool:
    """DOMAIN.md safe_to_tell: telling would put the child or someone else at risk."""
    chosen = set(unsafe_to_tell(answers))
    return bool(chosen & {"child", "other_person"})


def advice_to_practitioner(outcome: Outcome, answers: Answers, contacts: Contacts = DEFAULT_CONTACTS) -> str:
    """What to do now, for the confirm step and the recorded message."""
    lines: list[str] = []
    where = route(answers)
    if outcome is Outcome.SHARE_WITH_CONSENT:
        lines.append(
            "Share as planned. Their agreement is recorded, but it is not the legal reason for sharing: "
            "see the lawful basis. Confirm to them what you shared."
        )
    elif outcome is Outcome.SHARE_WITHOUT_CONSENT:
        lines.append("Share now. The record says why agreement was not needed.")
        if where is Route.LADO:
            lines.append(
                f"Refer to {contacts.lado} within one working day. Do not tell, question or investigate the adult."
            )
    elif outcome is Outcome.DO_NOT_SHARE:
        lines.append(
            "Do not share for now. Record why, keep supporting the child and family, review by the date set, "
            "and run this again if the risk rises."
        )
    elif where is Route.DPO:
        lines.append("Pass this to your data protection or legal lead: they decide what, if anything, is shared.")
    elif where is Route.DIRECT_CARE:
        lines.append(
            "Share for the child's care as your service usually does (implied consent). "
            "If you become worried about harm, run this again."
        )
    else:
        lines.append(f"Ring {contacts.front_door}; out of hours, {contacts.out_of_hours}. MASH decides.")
    sharing = outcome in (Outcome.SHARE_WITH_CONSENT, Outcome.SHARE_WITHOUT_CONSENT)
    if sharing and inform_family(answers) is InformFamily.NOT_INFORMED:
        lines.append(
            "Do not tell the family yet: agree when and how with whoever leads, and tell the people you share "
            "with that the family does not know, and why."
        )
    role = (answers.get("authorised_by") or {}).get("choice")
    if role not in TOLD_LEADS:
        lines.append("Tell your designated safeguarding lead, welfare officer or manager today.")
    return " ".join(lines)
