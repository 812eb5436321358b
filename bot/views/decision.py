"""Block Kit builders: pure functions from a decision Step to Slack messages and views.

Nothing here talks to Slack or the database. Everything a person typed is escaped
before it is put in mrkdwn, so it can never ping `@channel` or a person.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    CheckboxesElement,
    ConfirmObject,
    ContextBlock,
    InputBlock,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.blocks import Block as SlackBlock
from slack_sdk.models.views import View as SlackView

from bot.ids import Action, Block, View, answer_action, versioned
from bot.views.kit import SECTION_LIMIT, Message
from bot.views.kit import button as _button
from bot.views.kit import md as _md
from bot.views.kit import section as _section
from bot.views.text import clip, escape
from flows import outcome as rules
from flows import upgrade
from flows.area import DEFAULT_AREA, Area
from flows.contacts import DEFAULT_CONTACTS, Contacts
from flows.decisions import Step
from flows.machine import AWAITING_FAMILY, CANCELLED, RECORDED, SEEK_ADVICE
from flows.questions import CANT_FIX, Kind, Question

# Stands for a step's version inside a cached block until `_filled` puts the real one in.
_VERSION = "{version}"


def _options(question: Question) -> list[Option]:
    return [Option(value=o.id, text=PlainTextObject(text=clip(o.label, 75))) for o in question.options]


def emergency_route(contacts: Contacts = DEFAULT_CONTACTS) -> SectionBlock:
    return _section(
        f":rotating_light: *If a child is in immediate danger, call {contacts.emergency} now.* "
        f"Then contact the front door: {contacts.front_door}. Out of hours: {contacts.out_of_hours}.\n"
        "When the child is safe, carry on here to record what you shared.",
        block_id=Block.EMERGENCY,
    )


def lado_route(contacts: Contacts = DEFAULT_CONTACTS) -> SectionBlock:
    """DOMAIN.md `allegation`: shown at once, on every path (S3)."""
    return _section(
        f":warning: *A concern about an adult who works with children goes to {contacts.lado}.*\n"
        f"• A child harmed or at immediate risk: call {contacts.emergency}, or {contacts.front_door}, now.\n"
        "• Tell your head or manager the same day (the chair of governors or proprietor if it is about the head).\n"
        f"• Refer to {contacts.lado} within one working day.\n"
        "• Do not tell, question or investigate the adult.",
        block_id=Block.LADO,
    )


def domestic_abuse_prompt() -> SectionBlock:
    """DOMAIN.md `safe_to_tell`: telling would put the child or someone else at risk."""
    return _section(
        ":information_source: *If this may be domestic abuse:* complete the DASH risk checklist; high risk goes to "
        "MARAC (the multi-agency risk assessment conference). An IDVA (independent domestic violence adviser) can "
        "advise. Speak to a parent at risk alone, and only where it is safe.",
        block_id=Block.DOMESTIC_ABUSE,
    )


@cache
def _footer(contacts: Contacts) -> dict[str, Any]:
    return ContextBlock(
        elements=[
            _md(
                f"Immediate danger: call {contacts.emergency}. Decision support, not legal advice: "
                "your professional judgement decides and the record says why."
            )
        ]
    ).to_dict()


# Every click sends a whole question message, and turning Block Kit objects into JSON is
# a good part of a click's work; the parts that never change between users are built
# and checked once and kept as dicts (the emergency route, the footer, each question's
# prompt and inputs, the navigation), with the step's version filled in per message.
@cache
def _emergency_dict(contacts: Contacts) -> dict[str, Any]:
    return emergency_route(contacts).to_dict()


@cache
def _prompt(question: Question, number: int) -> dict[str, Any]:
    return _section(f"*{number}. {question.text}*" + (f"\n{question.help}" if question.help else "")).to_dict()


def _filled(template: tuple[dict[str, Any], ...], version: int) -> list[dict[str, Any]]:
    """Copies of cached blocks with the version in their block ids and button values
    (the rest is shared, read-only, and only ever serialised)."""
    v = str(version)
    out = []
    for block in template:
        block = {**block, "block_id": block["block_id"].replace(_VERSION, v)} if "block_id" in block else block
        if block.get("type") == "actions":
            block["elements"] = [{**e, "value": v} if e.get("value") == _VERSION else e for e in block["elements"]]
        out.append(block)
    return out


def answer_label(question: Question, value: Any) -> str:
    """An answer in words, escaped, for echoing back."""
    if question.kind in (Kind.CHOICE,):
        return escape(question.label(value))
    if question.kind is Kind.CHECKLIST and value == CANT_FIX:
        return "I can't put this right now"
    if question.kind in (Kind.MULTI, Kind.CHECKLIST):
        return escape(", ".join(question.label(v) for v in value)) or "none ticked"
    if question.kind is Kind.CHOICE_TEXT:
        label = question.label(value["choice"])
        return escape(f"{label}: {value['detail']}" if value.get("detail") else label)
    if question.kind is Kind.CONFIRM:
        return escape(rules.OUTCOME_LABELS[rules.Outcome(value["outcome"])])
    return escape(value) if value else "_(left blank)_"


def _question_input(step: Step, question: Question, area: Area) -> list[SlackBlock | dict[str, Any]]:
    if question.kind is Kind.CONFIRM:
        return list(_confirm_blocks(step, area))
    options = rules.offered(question, step.live)
    previous = step.answers.get(question.id)
    if previous is None:
        previous = rules.default_answer(question.id, step.live)
    if question.kind is Kind.CHECKLIST and previous == CANT_FIX:
        previous = None
    if previous is None:  # the usual case, cached; an earlier answer (after Back) is the user's own
        return list(_filled(_input_template(question, options, "checklist" in step.live), step.version))
    return list(_inputs(question, options, step.version, previous, "checklist" in step.live))


@cache
def _input_template(question: Question, options: tuple[Any, ...], retry: bool) -> tuple[dict[str, Any], ...]:
    return tuple(b.to_dict() for b in _inputs(question, options, _VERSION, None, retry))


def _inputs(
    question: Question, offered: tuple[Any, ...], v: int | str, previous: Any, retry: bool = False
) -> list[SlackBlock]:
    """The inputs of any question but the final confirmation, prefilled with `previous`;
    `offered` are the answers this path allows; `retry`, a checklist asked again, adds
    its way out ("I can't put this right now")."""
    qid = question.id
    block_id = versioned(Block.QUESTION, qid, v)
    buttons = [_button("Continue", Action.SUBMIT, value=qid, style="primary")]
    if question.kind is Kind.CHECKLIST and retry:
        buttons.append(_button("I can't put this right now", answer_action(CANT_FIX), value=CANT_FIX))
    submit = ActionsBlock(block_id=versioned(Block.SUBMIT, qid, v), elements=buttons)
    if question.kind is Kind.CHOICE:
        return [
            ActionsBlock(
                block_id=block_id,
                elements=[_button(o.label[:75], answer_action(o.id), value=o.id) for o in offered],
            )
        ]
    if question.kind in (Kind.MULTI, Kind.CHECKLIST):
        options = _options(question)
        chosen = [o for o in options if isinstance(previous, list) and o.value in previous]
        element: Any = CheckboxesElement(action_id=Action.CHOICES, options=options, initial_options=chosen or None)
        label = "Tick all that apply" if question.kind is Kind.MULTI else "Tick each one you can confirm"
        return [InputBlock(block_id=block_id, label=label, element=element, optional=True), submit]
    if question.kind is Kind.TEXT:
        element = PlainTextInputElement(
            action_id=Action.TEXT,
            multiline=question.max_length > 200,
            max_length=question.max_length,
            initial_value=previous or None,
        )
        return [
            InputBlock(block_id=block_id, label="Your answer", element=element, optional=True),
            submit,
            ContextBlock(elements=[_md("Or simply reply to me with your answer as a message.")]),
        ]
    if question.kind is Kind.CHOICE_TEXT:
        options = _options(question)
        initial = next((o for o in options if isinstance(previous, dict) and o.value == previous.get("choice")), None)
        select = StaticSelectElement(action_id=Action.CHOICE, options=options, initial_option=initial)
        detail = PlainTextInputElement(
            action_id=Action.TEXT,
            max_length=question.max_length,
            initial_value=(previous or {}).get("detail") or None,
        )
        return [
            InputBlock(block_id=block_id, label="Choose one", element=select, optional=True),
            InputBlock(
                block_id=versioned(Block.DETAIL, qid, v),
                label=question.detail_label or "Detail",
                element=detail,
                optional=True,
            ),
            submit,
        ]
    raise ValueError(f"no inputs for a {question.kind} question")


def _confirm_blocks(step: Step, area: Area) -> list[SlackBlock]:
    recommended = step.recommended
    assert recommended is not None, "confirm is reached only with an outcome"
    live = step.live
    grounds = "\n".join(f"• {g}" for g in rules.grounds(live))
    return [
        _section(
            f"*Recommended: {rules.outcome_label(recommended, live)}*\n"
            f"{rules.advice_to_practitioner(recommended, live, area.contacts)}",
            block_id=versioned(Block.OUTCOME, recommended),
        ),
        _section(f"*Why*\n{grounds}"),
        _section(summary_text(live, area)),
        ActionsBlock(
            block_id=versioned(Block.QUESTION, "confirm", step.version),
            elements=[
                _button("Confirm and record", answer_action("confirm"), value="confirm", style="primary"),
                _button("Choose another outcome", answer_action("override"), value="override"),
                _button("Back", answer_action("back"), value="back"),
            ],
        ),
    ]


def summary_text(answers: dict[str, Any], area: Area = DEFAULT_AREA) -> str:
    """The decision so far, in plain words (no internal ids), for the confirm step."""
    lines = [
        f"*Their agreement:* {rules.CONSENT_LABELS[rules.consent(answers)]}",
        f"*Does the family know:* {rules.INFORM_LABELS[rules.inform_family(answers)]}",
        f"*Purpose:* {rules.purpose(answers)}",
        f"*Where it goes:* {rules.ROUTE_LABELS[rules.route(answers)]}",
    ]
    if bases := rules.lawful_basis(answers):
        lines.append("*Lawful basis (the legal reason for sharing):* " + "; ".join(bases))
    for qid in ("recipient", "what", "method", "review_point", "child_views", "reasons", "authorised_by", "case_ref"):
        if answers.get(qid):
            question = area.questions[qid]
            lines.append(f"*{question.text.rstrip('?.:')}:* {answer_label(question, answers[qid])}")
    return clip("\n".join(lines), SECTION_LIMIT)


def _nav(step: Step) -> dict[str, Any]:
    return _filled((_nav_template(bool(step.path)),), step.version)[0]


@cache
def _nav_template(can_go_back: bool) -> dict[str, Any]:
    elements = []
    if can_go_back:
        elements.append(_button("Back", Action.BACK, value=_VERSION))
    elements.append(_button("Ask a colleague", Action.ASK_ADVICE))
    elements.append(
        _button(
            "Cancel decision",
            Action.CANCEL,
            value=_VERSION,
            style="danger",
            confirm=ConfirmObject(
                title="Cancel this decision?",
                text="Nothing will be recorded. You can start a new one at any time.",
                confirm="Cancel it",
                deny="Keep going",
            ),
        )
    )
    return ActionsBlock(block_id=versioned(Block.NAV, _VERSION), elements=elements).to_dict()


def step_message(
    step: Step, area: Area = DEFAULT_AREA, note: str | None = None, answered: tuple[Question, Any] | None = None
) -> Message:
    """The message that shows where a decision stands: a question, a pause or an end,
    in the area's own wording; `answered`, the question just answered and its answer,
    is shown above it (the emergency route, when it applies, always comes first)."""
    contacts = area.contacts
    blocks: list[SlackBlock | dict[str, Any]] = []
    if note:
        blocks.append(_section(note))
    if step.is_open and (carried := upgrade.note_for(step.answers, step.state)):
        blocks.append(_section(f":information_source: {carried}"))
    if step.emergency and step.state != CANCELLED:
        blocks.append(_emergency_dict(contacts))
    if step.allegation and step.state not in (CANCELLED, RECORDED):
        blocks.append(lado_route(contacts))
    if step.path[-1:] == ["safe_to_tell"] and rules.domestic_abuse_prompt(step.live):
        blocks.append(domestic_abuse_prompt())
    if answered:
        blocks.append(_answered(*answered))
    question = area.question(step.state)
    if question is not None:
        number = len(step.path) + 1
        blocks.append(_prompt(question, number))
        blocks.extend(_checklist_fixes(step, question))
        blocks.extend(_question_input(step, question, area))
        blocks.append(_nav(step))
        blocks.append(_footer(contacts))
        return f"{number}. {question.text}", blocks
    if step.state == SEEK_ADVICE:
        blocks.append(_section(_advice_text(step, contacts)))
        blocks.append(_pause_actions(step))
        return "Decision paused: seek advice", blocks
    if step.state == AWAITING_FAMILY:
        blocks.append(_section(_advice_text(step, contacts)))
        blocks.append(_pause_actions(step))
        return "Decision paused: talk to the family", blocks
    if step.state == RECORDED:
        outcome = rules.Outcome(step.answers["confirm"]["outcome"])
        blocks.append(
            _section(
                f":white_check_mark: *Decision recorded: {step.record_reference}*\n"
                f"*Outcome:* {rules.outcome_label(outcome, step.live)}\n"
                f"{rules.advice_to_practitioner(outcome, step.live, contacts)}"
            )
        )
        blocks.append(ActionsBlock(block_id=Block.HOME, elements=[_button("Start another decision", Action.START)]))
        return f"Decision recorded: {step.record_reference}", blocks
    blocks.append(_section("Decision cancelled. Nothing was recorded."))
    blocks.append(ActionsBlock(block_id=Block.HOME, elements=[_button("Start a new decision", Action.START)]))
    return "Decision cancelled. Nothing was recorded.", blocks


def _checklist_fixes(step: Step, question: Question) -> list[SlackBlock]:
    if question.kind is not Kind.CHECKLIST or "checklist" not in step.answers:
        return []
    missing = [o for o in question.options if o.id not in step.answers["checklist"]]
    if not missing:
        return []
    lines = "\n".join(f"• *{o.label}*: {question.fix_hints[o.id]}" for o in missing)
    return [_section(":warning: Put these right before you share, then tick them:\n" + lines)]


def _advice_text(step: Step, contacts: Contacts) -> str:
    """What to do while paused: who to ask, and how urgently (DOMAIN.md "seek advice")."""
    live = step.live
    if step.state == AWAITING_FAMILY:
        return (
            "*Decision paused until you have spoken to them.*\n"
            "Explain what you want to share, with whom and why. When you have their answer, resume here."
        )
    if step.paused_at == "allegation":
        first = (
            f"*{contacts.lado} gives no-names consultations:* ring them, or speak to your designated "
            "safeguarding lead, today. Do not tell, question or investigate the adult."
        )
    elif step.paused_at == "request_verified":
        first = "*Check the request before you share.* Speak to your designated safeguarding lead or manager."
    elif step.paused_at == "level":
        first = (
            "*Seek advice first, and do not raise it with the family yet.* Speak to your designated safeguarding "
            "lead today, or ask MASH for a consultation."
        )
    elif step.paused_at == "identifiable":
        first = (
            "*Ask for advice without names.* Your designated safeguarding lead, or MASH, can advise on a "
            "no-names basis."
        )
    else:
        first = "*Seek advice before you go on.* Speak to your designated safeguarding lead or manager promptly."
    if rules.s1_applies(live):
        first += " *The child may be at risk of significant harm: get advice today.*"
    return (
        f"{first}\nMASH consultation: {contacts.front_door}. Out of hours: {contacts.out_of_hours}.\n"
        "Your decision is saved and waits here. When you have advice, resume: you will be asked what it was, "
        "and every answer leads to a record."
    )


def _pause_actions(step: Step) -> ActionsBlock:
    return ActionsBlock(
        block_id=versioned(Block.NAV, step.version),
        elements=[
            _button("Resume", Action.RESUME, value=str(step.version), style="primary"),
            _button("Ask a colleague", Action.ASK_ADVICE),
            _button("Back", Action.BACK, value=str(step.version)),
            _button("Cancel decision", Action.CANCEL, value=str(step.version), style="danger"),
        ],
    )


def _answered(question: Question, value: Any) -> ContextBlock:
    """The question just answered and the answer, in one line above what comes next."""
    return ContextBlock(elements=[_md(f":heavy_check_mark: *{escape(question.text)}* {answer_label(question, value)}")])


def plain(text: str) -> Message:
    """A message of our own words (never user text unescaped)."""
    return text, [_section(text)]


def override_view(step: Step) -> SlackView:
    """The modal in which a practitioner chooses another outcome and says why."""
    recommended = step.recommended
    options = [
        Option(value=str(o), text=PlainTextObject(text=clip(rules.OUTCOME_LABELS[o], 75)))
        for o in rules.Outcome
        if o != recommended
    ]
    return SlackView(
        type="modal",
        callback_id=View.OVERRIDE,
        private_metadata=json.dumps({"v": step.version}),
        title="Another outcome",
        submit="Record decision",
        close="Back",
        blocks=[
            _section(
                (f"The rules recommend *{rules.outcome_label(recommended, step.live)}*. " if recommended else "")
                + "Your judgement decides; the record keeps both, with your reason."
            ),
            InputBlock(
                block_id=Block.OVERRIDE_OUTCOME,
                label="Your decision",
                element=StaticSelectElement(action_id=Action.OUTCOME, options=options),
            ),
            InputBlock(
                block_id=Block.OVERRIDE_REASON,
                label="Why you decided differently",
                element=PlainTextInputElement(action_id=Action.REASON, multiline=True, max_length=3000),
            ),
        ],
    )


HELP = (
    "*infoshare* helps you decide whether to share information about a child or family, "
    "and records your decision and reasons.\n"
    "• `/infoshare` or `/infoshare start`: start a decision (or carry on with the one in progress)\n"
    "• `/infoshare list`: your recent decision records\n"
    "• `/infoshare summary REF`: a record's summary, shown only to you\n"
    "• `/infoshare amend REF`: amend a record (a new version, linked; the original stays)\n"
    "• `/infoshare advice`: ask colleagues for advice without naming anyone (identifiers are hidden, "
    "and you see the exact text before it is posted)\n"
    "• `/infoshare help`: this message\n"
    "In our direct messages you can also type `start`, `back`, `resume`, `cancel` or `start again`.\n"
    "*If a child is in immediate danger, call 999 now.*"
)


def records_list(records: list[Any]) -> str:
    if not records:
        return "You have no decision records yet."
    lines = [
        f"• *{r.reference}* · {r.created_at:%d %b %Y %H:%M} UTC · {rules.OUTCOME_LABELS[rules.Outcome(r.outcome)]}"
        for r in records
    ]
    return "*Your recent decision records*\n" + "\n".join(lines)
