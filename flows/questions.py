"""Every question of the decision (DOMAIN.md version 2), its answers and its wording.

Question and answer ids are stable: they key answers in the record and Block Kit ids
(see DOMAIN.md). Wording is for a practitioner reading under pressure: short sentences,
any legal term explained in a line (`flows.terms`). Which answers a question offers on a
given path (the safety invariants remove some) is `flows.outcome.options_for`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

NOT_SURE = "not_sure"
FREE_TEXT_MAX = 3000  # Slack's plain_text_input limit; we keep the same everywhere


class Kind(StrEnum):
    CHOICE = "choice"  # one answer id
    MULTI = "multi"  # a set of answer ids (safe_to_tell)
    CHECKLIST = "checklist"  # every item must be confirmed
    TEXT = "text"  # free text
    CHOICE_TEXT = "choice_text"  # one answer id plus free-text detail
    CONFIRM = "confirm"  # the final step


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    kind: Kind
    text: str
    help: str = ""
    options: tuple[Option, ...] = ()
    optional: bool = False
    detail_label: str = ""
    max_length: int = FREE_TEXT_MAX
    fix_hints: dict[str, str] = field(default_factory=dict, hash=False)  # hashable: the rest identifies a question

    def option(self, answer_id: str) -> Option | None:
        return next((o for o in self.options if o.id == answer_id), None)

    def label(self, answer_id: str) -> str:
        opt = self.option(answer_id)
        return opt.label if opt else answer_id


def _opts(*pairs: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(i, label) for i, label in pairs)


_NOT_SURE = (NOT_SURE, "Not sure")
CANT_FIX = "cant_fix"  # the checklist's way out: "I can't put this right now" (seeks advice)

QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        Question(
            "emergency",
            Kind.CHOICE,
            "Is a child in immediate danger, or does anyone need urgent medical help now?",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "allegation",
            Kind.CHOICE,
            "Is your concern about an adult who works or volunteers with children, "
            "whether it happened at work or outside it?",
            help="For example a teacher, teaching assistant, coach, childminder, foster carer, youth leader or "
            "nursery worker. A concern about a parent at home is not this: answer No.",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "direction",
            Kind.CHOICE,
            "Are you raising a concern yourself, or answering a request for information?",
            options=_opts(("raising", "Raising a concern"), ("request", "Answering a request"), _NOT_SURE),
        ),
        Question(
            "request_from",
            Kind.CHOICE,
            "Who is asking, and why?",
            options=_opts(
                ("statutory_enquiry", "Social care or MASH: enquiries or an assessment"),
                ("police_safeguarding", "Police: protecting a child"),
                ("police_crime", "Police or others: investigating a crime"),
                ("court_order", "A court order"),
                ("care_team", "A professional caring for the child: routine care"),
                ("other", "Someone else"),
                _NOT_SURE,
            ),
        ),
        Question(
            "request_verified",
            Kind.CHOICE,
            "Have you confirmed who is asking, their role and why they need it?",
            help="Ring them back through their organisation's switchboard, not a number they gave you.",
            options=_opts(("yes", "Yes, confirmed"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "purpose",
            Kind.CHOICE,
            "What is sharing for?",
            options=_opts(
                ("yes", "Protecting a child, or getting help"),
                ("direct_care", "Routine care by the child's own care team"),
                ("no", "Neither of these"),
                _NOT_SURE,
            ),
        ),
        Question(
            "identifiable",
            Kind.CHOICE,
            "Must you name the child or family, or would a no-names conversation do for now?",
            options=_opts(("identify", "I need to name them"), ("anonymous", "No names for now"), _NOT_SURE),
        ),
        Question(
            "level",
            Kind.CHOICE,
            "Which describes your worry?",
            help="*Significant harm*: the child may be suffering, or likely to suffer, harm bad enough to need a "
            "child-protection response. For example: injuries that may not be accidental, sexual abuse, sexual "
            "activity with a child under 13, FGM, serious neglect or exploitation. "
            "*Additional needs*: the child or family would benefit from help. "
            "If you are not sure, do not raise it with the family yet. "
            "A teacher, or a health or social care professional, who learns that a girl under 18 has had FGM "
            "must also report it to the police (FGM Act 2003 s.5B).",
            options=_opts(
                ("significant_harm", "Significant harm"), ("additional_needs", "Additional needs"), _NOT_SURE
            ),
        ),
        Question(
            "child_age",
            Kind.CHOICE,
            "How old is the child or young person?",
            options=_opts(("under_13", "Under 13"), ("13_to_15", "13 to 15"), ("16_17", "16 or 17"), _NOT_SURE),
        ),
        Question(
            "child_understands",
            Kind.CHOICE,
            "Can the child or young person understand what sharing means, and decide for themselves?",
            help="16 and 17-year-olds are presumed able to decide unless assessed otherwise (Mental Capacity Act "
            "2005 s.1(2)). A younger child may be able to (Gillick competence: enough understanding and maturity "
            "to decide). If you are not sure, a 16 or 17-year-old is taken as able, a younger child as not.",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "safe_to_tell",
            Kind.MULTI,
            "Would telling the family (or the young person) now do any of these? Choose all that apply.",
            options=_opts(
                ("child", "Put the child at more risk of harm"),
                ("other_child", "Put another child at more risk"),
                ("other_person", "Put someone else at more risk, e.g. a parent"),
                ("referrer", "Put me, the person raising it, at more risk"),
                ("investigation", "Undermine a criminal investigation"),
                ("delay", "Cause a delay that adds risk"),
                ("none", "None of these"),
                _NOT_SURE,
            ),
        ),
        Question(
            "young_person_view",
            Kind.CHOICE,
            "Talk to the young person first: explain what you want to share, with whom and why. What did they say?",
            help="They can decide for themselves, so it is their agreement you ask for.",
            options=_opts(
                ("agreed", "They agreed"),
                ("objected", "They said no"),
                ("unreachable", "I cannot reach them"),
                ("not_yet", "I have not asked yet"),
            ),
        ),
        Question(
            "family_view",
            Kind.CHOICE,
            "Talk to the family first: explain what you want to share, with whom and why "
            "(and to the child, in words they understand). What did they say?",
            options=_opts(
                ("agreed", "They agreed"),
                ("objected", "They said no"),
                ("unreachable", "I cannot reach them"),
                ("not_yet", "I have not asked yet"),
            ),
        ),
        Question(
            "override",
            Kind.CHOICE,
            "They said no. Has anything they said, or anything since, made you think the child may be at risk "
            "of harm, not only in need of help?",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "lawful_basis",
            Kind.CHOICE,
            "Which kind of organisation are you sharing from?",
            help="This sets the legal reason for sharing (the *lawful basis*: the part of data protection law "
            "that allows it). It never stops you sharing to protect a child.",
            options=_opts(
                ("statutory", "Public body: council, NHS, GP, police, state school"),
                ("voluntary_private", "Charity, club, private nursery, childminder or independent school"),
                ("dont_know", "I don't know"),
            ),
        ),
        Question(
            "special_category",
            Kind.CHOICE,
            "Does it include health, sex life, ethnicity or religion, or anything about crimes or allegations "
            "of crime?",
            help="The law calls these *special category* and *criminal offence* data. They need one more legal "
            "condition, which we name for you. Not sure does not stop you: it is recorded for your data "
            "protection lead.",
            options=_opts(
                ("yes", "Health, sex life, ethnicity or religion"),
                ("criminal", "Crimes or allegations"),
                ("both", "Both"),
                ("no", "Neither"),
                _NOT_SURE,
            ),
        ),
        Question(
            "checklist",
            Kind.CHECKLIST,
            "Before you share, confirm each of these.",
            options=_opts(
                ("necessary", "Necessary and proportionate to the purpose"),
                ("relevant", "Relevant and adequate: only what they need, and enough"),
                ("accurate", "Accurate: facts apart from opinion, and dated"),
                ("timely", "Timely: not held back to get agreement if delay adds risk"),
                ("recipient", "The right recipient, and I have checked who they are"),
                ("secure", "A secure route (not Slack)"),
                ("identities", "Anyone who could be harmed if named is protected"),
            ),
            fix_hints={
                "necessary": "Cut it down to what the recipient needs for this purpose.",
                "relevant": "Leave out what is not relevant; add what they need to act.",
                "accurate": "Check the facts, date them, and label opinion as opinion.",
                "timely": "Share now if waiting would add risk; do not wait for agreement.",
                "recipient": "Ring the organisation's switchboard to confirm the person and their role.",
                "secure": "Use secure email, the online referral form, a phone call or a meeting.",
                "identities": "Leave out the referrer's, a neighbour's or a parent at risk's details unless needed.",
            },
        ),
        Question(
            "advice_outcome",
            Kind.CHOICE,
            "What did the advice tell you to do?",
            help="If you paused to talk to the family, or can now answer the question that paused you, "
            "choose the first answer.",
            options=_opts(
                ("answer_now", "I can answer the question now"),
                ("share", "Share or refer"),
                ("no_action", "No action for now"),
                ("ring_mash", "Still unsure: MASH decides"),
            ),
        ),
        Question(
            "recipient",
            Kind.CHOICE_TEXT,
            "Who are you sharing with?",
            options=_opts(
                ("dsl", "Designated safeguarding lead"),
                ("mash", "MASH"),
                ("social_worker", "Allocated social worker"),
                ("police", "Police"),
                ("lado", "LADO"),
                ("health", "Health professional"),
                ("early_help", "Early help"),
                ("dpo", "Data protection or legal lead"),
                ("other", "Other"),
            ),
            detail_label="Their role (needed for Other; a name only if needed)",
            optional=True,
        ),
        Question(
            "what",
            Kind.TEXT,
            "What will you share?",
            help="Categories and facts. No names are needed here.",
        ),
        Question(
            "method",
            Kind.CHOICE_TEXT,
            "How will you share it?",
            options=_opts(
                ("phone", "Phone"),
                ("secure_email", "Secure email"),
                ("referral_form", "Online referral form"),
                ("meeting", "Meeting"),
                ("other", "Other"),
            ),
            detail_label="Any detail (needed for Other)",
            optional=True,
        ),
        Question(
            "inform_after",
            Kind.CHOICE,
            "Will the family (or young person) know that you are sharing, and what?",
            help="Never tell someone who may be harming a child. If not now, agree when and how with whoever "
            "leads (the social worker, police or LADO).",
            options=_opts(
                ("already", "They knew before I shared"),
                ("yes", "I will tell them after sharing"),
                ("no", "Not now: I will agree when and how with whoever leads"),
                _NOT_SURE,
            ),
        ),
        Question(
            "review_point",
            Kind.TEXT,
            "When will you look again, and who decides?",
            help="A date or an event, and a role, for example 'after the strategy meeting, the social worker'.",
        ),
        Question(
            "child_views",
            Kind.TEXT,
            "What does the child want?",
            help="Their wishes and feelings, in their words if you can. If you could not ask, say why.",
        ),
        Question(
            "reasons",
            Kind.TEXT,
            "Your reasons, in your own words.",
            help="Needed unless the family or young person agreed.",
        ),
        Question(
            "authorised_by",
            Kind.CHOICE_TEXT,
            "Who agreed this decision with you?",
            help="Never the adult the concern is about.",
            options=_opts(
                ("dsl", "Designated safeguarding lead"),
                ("manager", "My manager"),
                ("lado", "LADO"),
                ("mash", "MASH"),
                ("dpo", "Data protection lead"),
                ("no_one", "No one yet"),
            ),
            detail_label="Their role (optional)",
            optional=True,
            max_length=200,
        ),
        Question(
            "case_ref",
            Kind.TEXT,
            "Optional: the case reference in your own system, so the record can be found without naming anyone.",
            optional=True,
            max_length=100,
        ),
        Question(
            "confirm",
            Kind.CONFIRM,
            "Check the recommendation and confirm, or choose another outcome and say why.",
            options=_opts(("confirm", "Confirm"), ("override", "Choose another outcome"), ("back", "Back")),
        ),
    )
}

ORDER: tuple[str, ...] = tuple(QUESTIONS)
