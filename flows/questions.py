"""Every question of the decision, its answers and its wording.

Question and answer ids are stable: they key answers in the record and Block Kit ids
(see DOMAIN.md). Wording is for a practitioner reading under pressure: short sentences,
any legal term explained in a line.
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
            "Is the concern about someone who works or volunteers with children?",
            help="For example a teacher, coach, carer or youth leader.",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "direction",
            Kind.CHOICE,
            "Are you raising a concern yourself, or answering another agency's request for information?",
            options=_opts(("raising", "Raising a concern"), ("request", "Answering a request"), _NOT_SURE),
        ),
        Question(
            "request_verified",
            Kind.CHOICE,
            "Have you confirmed who is asking, their role and why they need it?",
            options=_opts(("yes", "Yes, confirmed"), ("court_order", "It is a court order"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "purpose",
            Kind.CHOICE,
            "Is sharing meant to protect a child from harm, or to get the child or family help they need?",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
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
            "Which describes your worry best?",
            help="Significant harm: the child may be suffering, or likely to suffer, serious harm. "
            "Additional needs: the child or family would benefit from help.",
            options=_opts(
                ("significant_harm", "Significant harm"), ("additional_needs", "Additional needs"), _NOT_SURE
            ),
        ),
        Question(
            "safe_to_tell",
            Kind.MULTI,
            "Would telling the family now do any of these? Choose all that apply.",
            options=_opts(
                ("child", "Put the child at more risk of harm"),
                ("other_child", "Put another child at more risk"),
                ("other_person", "Put someone else at more risk"),
                ("referrer", "Put me, the person raising it, at more risk"),
                ("investigation", "Undermine a criminal investigation"),
                ("delay", "Delay help in a way that adds risk"),
                ("none", "None of these"),
                _NOT_SURE,
            ),
        ),
        Question(
            "family_view",
            Kind.CHOICE,
            "Talk to the family first: explain what you want to share, with whom and why "
            "(and to the child, if old enough to understand). What did they say?",
            options=_opts(
                ("agreed", "They agreed"),
                ("objected", "They objected"),
                ("unreachable", "I cannot reach them"),
                ("not_yet", "I have not asked yet"),
                _NOT_SURE,
            ),
        ),
        Question(
            "override",
            Kind.CHOICE,
            "The family objected. Is sharing still needed to protect the child from significant harm?",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "lawful_basis",
            Kind.CHOICE,
            "Which kind of organisation are you sharing from?",
            help="This sets the legal reason for sharing (the lawful basis). "
            "It never stops you sharing to protect a child.",
            options=_opts(
                ("statutory", "Statutory (council, NHS, school, police)"),
                ("voluntary_private", "Voluntary or private"),
                ("dont_know", "I don't know"),
            ),
        ),
        Question(
            "special_category",
            Kind.CHOICE,
            "Does it include health, sex life, ethnicity, religion or criminal information?",
            help="The law calls this special category or criminal offence data. "
            "It needs one more legal condition, which we record for you.",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "checklist",
            Kind.CHECKLIST,
            "Before you share, confirm each of these.",
            options=_opts(
                ("necessary", "I will share only what is needed for the purpose"),
                ("accurate", "It is accurate, and facts are kept apart from opinion"),
                ("recipient", "The recipient is the right person and I have checked who they are"),
                ("secure", "I will use a secure route (not Slack)"),
                ("identities", "The identity of anyone who could be harmed is protected"),
            ),
            fix_hints={
                "necessary": "Cut it down to what the recipient needs for this purpose.",
                "accurate": "Check the facts, date them, and label opinion as opinion.",
                "recipient": "Ring the organisation's switchboard to confirm the person and their role.",
                "secure": "Use secure email, the online referral form, a phone call or a meeting.",
                "identities": "Leave out the referrer's or a neighbour's identity unless it is needed.",
            },
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
                ("early_help", "Early help"),
                ("other", "Other"),
            ),
            detail_label="Their role (and name if you need it)",
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
            ),
            detail_label="Any detail (optional)",
            optional=True,
        ),
        Question(
            "inform_after",
            Kind.CHOICE,
            "Is it safe to tell the family that you have shared, and what?",
            options=_opts(("yes", "Yes"), ("no", "No"), _NOT_SURE),
        ),
        Question(
            "review_point",
            Kind.TEXT,
            "When will you look again at telling the family?",
            help="A date or an event, for example 'after the strategy meeting'.",
        ),
        Question(
            "reasons",
            Kind.TEXT,
            "Your reasons, in your own words.",
            help="Needed when you share without consent or decide not to share.",
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
