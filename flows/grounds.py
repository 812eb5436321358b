"""The grounds a recommendation rests on: each a short reason that names its source.

One table, so every rule in `flows.outcome` cites its source once, and the practitioner
sees (at confirm) and the record keeps exactly the same words. Sources, as DOMAIN.md
lists them:

- Information sharing advice 2024: HM Government, *Information sharing: advice for
  practitioners providing safeguarding services* (May 2024), and its seven golden rules.
- Working Together 2023: HM Government, *Working Together to Safeguard Children* (2023);
  ch. 4 is organisational responses to allegations against people who work with children.
- KCSIE Part 4: DfE, *Keeping Children Safe in Education*, Part 4 (allegations).
- Coventry: Coventry Safeguarding Children Partnership's local practice (talk to the
  family first; *Right help, right time*; the MASH and LADO).
- UK GDPR and the Data Protection Act 2018 (as amended by the Data (Use and Access) Act
  2025); the Children Act 1989; the Mental Capacity Act 2005; Gillick v West Norfolk and
  Wisbech AHA [1985] UKHL 7; the Caldicott principles (2020); the common-law duty of
  confidence.
"""

from __future__ import annotations

GOLDEN_RULE_3 = "Information sharing advice 2024, golden rule 3"
GOLDEN_RULE_4 = "Information sharing advice 2024, golden rule 4"
TALK_FIRST = "Coventry: talk to the family first"

GROUNDS: dict[str, str] = {
    "emergency": "A child is in immediate danger or needs urgent medical help: call 999, then share what protects "
    f"them ({GOLDEN_RULE_3}; UK GDPR Art 6(1)(d), vital interests)",
    "lado": "An allegation against someone who works with children goes to the LADO within one working day; do not "
    "tell, question or investigate the adult (Working Together 2023, ch. 4; KCSIE Part 4)",
    "enquiry": "A verified request from children's social care, MASH or the police to protect a child: share what "
    "they need; the agency that asks leads on telling the family (Children Act 1989 s.47; Working Together 2023)",
    "court_order": "A court order must be complied with; your legal or data protection lead checks what it covers "
    "(UK GDPR Art 6(1)(c), legal obligation)",
    "police_crime": "A request to investigate a crime is for your organisation to decide, advised by its data "
    "protection lead; it can exempt the share from some rules but is not itself a lawful basis "
    "(DPA 2018 Sch 2 para 2)",
    "direct_care": "Routine care by professionals already caring for the child rests on implied consent: the duty "
    "to share for care is as important as confidentiality (Caldicott principle 7)",
    "no_purpose": "No safeguarding or care purpose, so this is not a safeguarding share; if another law may require "
    "it, ask your data protection lead (UK GDPR Art 5(1)(b), purpose limitation)",
    "consent_not_needed": f"Agreement is not needed to share where a child is at risk of harm ({GOLDEN_RULE_3})",
    "exception:child": f"Telling the family first would put the child at more risk ({TALK_FIRST}, exception)",
    "exception:other_child": f"Telling the family first would put another child at more risk ({TALK_FIRST}, exception)",
    "exception:other_person": f"Telling the family first would put someone else at more risk ({TALK_FIRST}, exception)",
    "exception:referrer": f"Telling the family first would put the person raising it at more risk ({TALK_FIRST}, "
    "exception)",
    "exception:investigation": "Telling the family first could undermine the investigation of a serious crime "
    f"({TALK_FIRST}, exception)",
    "exception:delay": f"Telling the family first would cause a delay that adds risk ({TALK_FIRST}, exception; "
    "Information sharing advice 2024: timely)",
    "agreed:family": "The family agreed; their agreement is recorded, but it is not the lawful basis "
    "(Information sharing advice 2024)",
    "agreed:young_person": "The young person, able to decide for themselves, agreed (Mental Capacity Act 2005 "
    "s.1(2); Gillick competence)",
    "objected_harm": "They said no, but the child may be at risk of significant harm: protecting the child comes "
    "first (Information sharing advice 2024, golden rules 1 and 3)",
    "unreachable_harm": f"The family cannot be reached and the harm may be significant: do not wait ({GOLDEN_RULE_3})",
    "override_risk": "Since they said no, you think the child may be at risk of harm, not only in need of help "
    f"({GOLDEN_RULE_3})",
    "refused_needs:family": "Additional needs only, and the family said no: early help is offered by agreement "
    "(Coventry, Right help, right time)",
    "refused_needs:young_person": "A young person able to decide said no, and there is no risk of harm beyond unmet "
    "needs: respect it, and do not tell their parents behind their back (Mental Capacity Act 2005 s.1(2); Gillick "
    "competence; common-law duty of confidence)",
    "advised_share": f"Advice received: share ({GOLDEN_RULE_4}: seek advice, and never leave a child at risk for "
    "fear of criticism)",
    "advised_no_action": f"Advice received: no action for now, with a review point ({GOLDEN_RULE_4})",
    "ring_mash": "Still unsure after advice: MASH decides (Coventry MASH; Working Together 2023)",
    "checklist_unresolved": "A check before sharing could not be put right; advice was sought (Information sharing "
    "advice 2024: necessary, proportionate, relevant, adequate, accurate, timely and secure)",
}


def ground(key: str) -> str:
    """One ground's words; a missing key is a bug, never a silent gap in the record."""
    return GROUNDS[key]
