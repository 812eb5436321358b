"""`infoshare-bot chat`: the same decision in the terminal, same flows, same storage."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Callable
from typing import Any

from flows import decisions
from flows import outcome as rules
from flows.answers import parse_typed
from flows.area import DEFAULT_AREA, Area
from flows.decisions import Db, Step
from flows.errors import DecisionError
from flows.machine import AWAITING_FAMILY, RECORDED, SEEK_ADVICE
from flows.questions import Kind, Question

TEAM = "terminal"
COMMANDS = "Type the number of an answer. Other commands: b = back, c = cancel, q = quit (your decision is saved)."


class Quit(Exception):
    """The user left; the decision stays saved for next time."""


class Terminal:
    def __init__(
        self,
        db: Db,
        user: str,
        read: Callable[[str], str] = input,
        write: Callable[[str], None] = print,
        area: Area = DEFAULT_AREA,
    ) -> None:
        self.db, self.user, self._read, self.write = db, user, read, write
        self.area, self.contacts = area, area.contacts

    async def read(self, prompt: str) -> str:
        try:
            line = await asyncio.to_thread(self._read, prompt)
        except EOFError:
            raise Quit() from None
        if line.strip().lower() in ("q", "quit", "exit"):
            raise Quit()
        return line

    async def run(self) -> int:
        step, created = await decisions.start(
            db=self.db, team_id=TEAM, user_id=self.user, flow_version=self.area.version
        )
        self.write("Information sharing decision. " + COMMANDS)
        self.write(f"If a child is in immediate danger, call {self.contacts.emergency} now.\n")
        if not created:
            self.write("Carrying on with your decision in progress.\n")
        try:
            while step.is_open:
                try:
                    step = await self.turn(step)
                except DecisionError as exc:
                    self.write(f"! {exc.user_message}")
                    current = await decisions.current(db=self.db, team_id=TEAM, user_id=self.user)
                    if current is None:
                        return 1
                    step = current
        except Quit:
            self.write("\nYour decision is saved. Run `infoshare-bot chat` again to carry on.")
            return 0
        if step.state == RECORDED:
            outcome = rules.Outcome(step.answers["confirm"]["outcome"])
            self.write(f"\nDecision recorded: {step.record_reference}")
            self.write(f"Outcome: {rules.OUTCOME_LABELS[outcome]}. {rules.advice_to_practitioner(outcome)}")
        else:
            self.write("\nDecision cancelled. Nothing was recorded.")
        return 0

    async def turn(self, step: Step) -> Step:
        kw: dict[str, Any] = {"db": self.db, "team_id": TEAM, "user_id": self.user}
        if step.emergency:
            self.write(
                f"\n*** Immediate danger: call {self.contacts.emergency}. Then {self.contacts.front_door}. "
                f"Out of hours: {self.contacts.out_of_hours}. ***"
            )
        if step.state in (SEEK_ADVICE, AWAITING_FAMILY):
            self.write(
                "\nDecision paused: "
                + (
                    f"seek advice from your designated safeguarding lead or manager, then {self.contacts.front_door}."
                    if step.state == SEEK_ADVICE
                    else "talk to the family first."
                )
            )
            line = (await self.read("r = resume, b = back, c = cancel > ")).strip().lower()
            return await self._command(line, step) or step
        question = self.area.question(step.state)
        assert question is not None
        self.write(f"\n{len(step.path) + 1}. {question.text}")
        if question.help:
            self.write(f"   {question.help}")
        if question.kind is Kind.CONFIRM:
            return await self._confirm(step)
        if question.kind is Kind.CHECKLIST:
            confirmed = []
            for option in question.options:
                line = (await self.read(f"   {option.label}? (y/n) > ")).strip().lower()
                if line.startswith("y"):
                    confirmed.append(option.id)
                else:
                    self.write(f"   To put it right: {question.fix_hints[option.id]}")
            return await decisions.answer(**kw, question_id=question.id, version=step.version, value=confirmed)
        for n, option in enumerate(question.options, 1):
            self.write(f"   {n}. {option.label}")
        if question.kind is Kind.MULTI:
            self.write("   (several numbers separated by commas)")
        line = await self.read("> ")
        moved = await self._command(line.strip().lower(), step)
        if moved:
            return moved
        if question.kind is Kind.CHOICE_TEXT:
            choice = parse_typed(_as_choice(question), line)
            if choice is None:
                self.write("   Please type the number of an answer.")
                return step
            detail = await self.read(f"   {question.detail_label} > ")
            value: Any = {"choice": choice, "detail": detail}
        else:
            value = parse_typed(question, line)
            if value is None:
                self.write("   Please type the number of an answer.")
                return step
        return await decisions.answer(**kw, question_id=question.id, version=step.version, value=value)

    async def _command(self, line: str, step: Step) -> Step | None:
        kw: dict[str, Any] = {"db": self.db, "team_id": TEAM, "user_id": self.user, "version": step.version}
        if line in ("b", "back"):
            return await decisions.go_back(**kw)
        if line in ("c", "cancel"):
            return await decisions.cancel(**kw)
        if line in ("r", "resume") and step.is_paused:
            return await decisions.resume(**kw)
        return None

    async def _confirm(self, step: Step) -> Step:
        recommended = step.recommended
        assert recommended is not None
        self.write(f"   Recommended outcome: {rules.OUTCOME_LABELS[recommended]}")
        self.write(f"   {rules.advice_to_practitioner(recommended)}")
        self.write(f"   Consent: {rules.consent(step.answers)}; family told: {rules.inform_family(step.answers)}")
        for basis in rules.lawful_basis(step.answers):
            self.write(f"   Lawful basis: {basis}")
        self.write("   1. Confirm and record\n   2. Choose another outcome\n   3. Back")
        line = (await self.read("> ")).strip().lower()
        kw: dict[str, Any] = {
            "db": self.db,
            "team_id": TEAM,
            "user_id": self.user,
            "question_id": "confirm",
            "version": step.version,
        }
        if line in ("1", "confirm"):
            return await decisions.answer(**kw, value={"decision": "confirm"})
        if line in ("3", "b", "back"):
            return await decisions.answer(**kw, value={"decision": "back"})
        if line in ("2", "override"):
            others = [o for o in rules.Outcome if o != recommended]
            for n, o in enumerate(others, 1):
                self.write(f"   {n}. {rules.OUTCOME_LABELS[o]}")
            pick = (await self.read("   Your decision > ")).strip()
            if not pick.isdigit() or not 1 <= int(pick) <= len(others):
                self.write("   Please type the number of an outcome.")
                return step
            reason = await self.read("   Why you decided differently > ")
            return await decisions.answer(
                **kw, value={"decision": "override", "outcome": str(others[int(pick) - 1]), "reason": reason}
            )
        self.write("   Please type 1, 2 or 3.")
        return step


def _as_choice(question: Question) -> Question:
    return Question(question.id, Kind.CHOICE, question.text, options=question.options)


def default_user() -> str:
    try:
        return f"terminal:{getpass.getuser()}"[:32]
    except (KeyError, OSError):
        return "terminal:user"
