"""`infoshare-bot chat`: the same decision in the terminal, same flows, same storage."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Callable
from typing import Any

from flows import decisions, upgrade
from flows import outcome as rules
from flows.answers import parse_typed
from flows.area import DEFAULT_AREA, Area
from flows.decisions import Db, Step
from flows.errors import DecisionError
from flows.machine import AWAITING_FAMILY, RECORDED, SEEK_ADVICE
from flows.questions import CANT_FIX, Kind, Question

TEAM = "terminal"
COMMANDS = (
    "Type the number of an answer. At any prompt: b = back, c = cancel, q = quit (your decision is saved; "
    "Ctrl-C does the same). To answer with a single letter b, c or q as text, put a backslash first: \\b."
)


class Back(Exception):
    """The user typed b at a prompt."""


class Cancel(Exception):
    """The user typed c at a prompt."""


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
        """One line; b, c and q (and back, cancel, quit) are commands at every prompt,
        and a leading backslash makes them plain text."""
        try:
            line = await asyncio.to_thread(self._read, prompt)
        except (EOFError, KeyboardInterrupt):
            raise Quit() from None
        word = line.strip().lower()
        if word in ("q", "quit", "exit"):
            raise Quit()
        if word in ("b", "back"):
            raise Back()
        if word in ("c", "cancel"):
            raise Cancel()
        return line.strip()[1:] if line.strip().startswith("\\") else line

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
                except Back:
                    step = await self._back(step)
                except Cancel:
                    step = await self._cancel(step)
                except DecisionError as exc:
                    self.write(f"! {exc.user_message}")
                    current = await decisions.current(db=self.db, team_id=TEAM, user_id=self.user)
                    if current is None:
                        return 1
                    step = current
        except (Quit, KeyboardInterrupt):
            self.write("\nYour decision is saved. Run `infoshare-bot chat` again to carry on.")
            return 0
        if step.state == RECORDED:
            outcome = rules.Outcome(step.answers["confirm"]["outcome"])
            self.write(f"\nDecision recorded: {step.record_reference}")
            self.write(f"Outcome: {rules.outcome_label(outcome, step.live)}.")
            self.write(rules.advice_to_practitioner(outcome, step.live, self.contacts))
        else:
            self.write("\nDecision cancelled. Nothing was recorded.")
        return 0

    def _kw(self, step: Step) -> dict[str, Any]:
        return {"db": self.db, "team_id": TEAM, "user_id": self.user, "version": step.version}

    async def _back(self, step: Step) -> Step:
        moved = await decisions.go_back(**self._kw(step))
        later = [q for q in moved.answers if q in self.area.questions and q not in moved.path and q != moved.state]
        if later:
            labels = ", ".join(f"“{self.area.questions[q].text}”" for q in later)
            self.write(f"   Going back. Your later answers are kept and offered again: {labels}")
        return moved

    async def _cancel(self, step: Step) -> Step:
        sure = (await self._read_plain("   Cancel this decision? Nothing will be recorded. (y/n) > ")).lower()
        if not sure.startswith("y"):
            self.write("   Not cancelled: carrying on.")
            return step
        return await decisions.cancel(**self._kw(step))

    async def _read_plain(self, prompt: str) -> str:
        try:
            return (await asyncio.to_thread(self._read, prompt)).strip()
        except (EOFError, KeyboardInterrupt):
            raise Quit() from None

    async def turn(self, step: Step) -> Step:
        kw: dict[str, Any] = {**self._kw(step)}
        if step.emergency:
            self.write(
                f"\n*** Immediate danger: call {self.contacts.emergency}. Then {self.contacts.front_door}. "
                f"Out of hours: {self.contacts.out_of_hours}. ***"
            )
        if step.allegation:
            self.write(
                f"\n*** A concern about an adult who works with children: tell your head or manager today, refer to "
                f"{self.contacts.lado} within one working day, and do not tell, question or investigate the adult. ***"
            )
        if step.path[-1:] == ["safe_to_tell"] and rules.domestic_abuse_prompt(step.live):
            self.write(
                "\n   If this may be domestic abuse: complete the DASH risk checklist; high risk goes to MARAC. "
                "An IDVA can advise. Speak to a parent at risk alone, and only where it is safe."
            )
        if carried := upgrade.note_for(step.answers, step.state):
            self.write(f"\n{carried}")
        if step.state in (SEEK_ADVICE, AWAITING_FAMILY):
            self.write(
                "\nDecision paused: "
                + (
                    f"seek advice from your designated safeguarding lead or manager, or {self.contacts.front_door}."
                    if step.state == SEEK_ADVICE
                    else "talk to them first."
                )
            )
            line = (await self.read("r = resume, b = back, c = cancel > ")).strip().lower()
            if line in ("r", "resume"):
                return await decisions.resume(**kw)
            self.write("   Please type r, b or c.")
            return step
        question = self.area.question(step.state)
        assert question is not None
        self.write(f"\n{len(step.path) + 1}. {question.text}")
        if question.help:
            self.write(f"   {question.help}")
        if question.kind is Kind.CONFIRM:
            return await self._confirm(step)
        answer = {**kw, "question_id": question.id}
        if question.kind is Kind.CHECKLIST:
            confirmed = []
            for option in question.options:
                line = (await self.read(f"   {option.label}? (y/n) > ")).strip().lower()
                if line.startswith("y"):
                    confirmed.append(option.id)
                elif line.startswith("n"):
                    self.write(f"   To put it right: {question.fix_hints[option.id]}")
                else:
                    self.write("   Please type y or n (or b to go back, c to cancel). Let's start the list again.")
                    return step
            if len(confirmed) < len(question.options) and "checklist" in step.live:
                again = "   Put it right and type y to tick them again, or x if you can't put it right now > "
                line = (await self.read(again)).strip().lower()
                if line.startswith("x"):
                    return await decisions.answer(**answer, value=CANT_FIX)
            return await decisions.answer(**answer, value=confirmed)
        options = rules.offered(question, step.live)
        for n, option in enumerate(options, 1):
            self.write(f"   {n}. {option.label}")
        if question.kind is Kind.MULTI:
            self.write("   (several numbers separated by commas)")
        line = await self.read("> ")
        if question.kind is Kind.CHOICE_TEXT:
            choice = parse_typed(_as_choice(question, options), line)
            if choice is None:
                self.write(f"   Please type a number from 1 to {len(options)}.")
                return step
            detail = await self.read(f"   {question.detail_label} > ")
            value: Any = {"choice": choice, "detail": detail}
        elif question.kind is Kind.TEXT:
            value = parse_typed(question, line)
        else:
            value = parse_typed(question, line, step.live)
            if value is None:
                self.write(f"   Please type a number from 1 to {len(options)}.")
                return step
        return await decisions.answer(**answer, value=value)

    async def _confirm(self, step: Step) -> Step:
        recommended = step.recommended
        assert recommended is not None
        live = step.live
        self.write(f"   Recommended: {rules.outcome_label(recommended, live)}")
        self.write(f"   {rules.advice_to_practitioner(recommended, live, self.contacts)}")
        self.write("   Why:")
        for reason in rules.grounds(live):
            self.write(f"   - {reason}")
        self.write(f"   Their agreement: {rules.CONSENT_LABELS[rules.consent(live)]}")
        self.write(f"   Does the family know: {rules.INFORM_LABELS[rules.inform_family(live)]}")
        self.write(f"   Where it goes: {rules.ROUTE_LABELS[rules.route(live)]}")
        for basis in rules.lawful_basis(live):
            self.write(f"   Lawful basis (the legal reason for sharing): {basis}")
        self.write("   1. Confirm and record\n   2. Choose another outcome\n   3. Back")
        line = (await self.read("> ")).strip().lower()
        kw: dict[str, Any] = {**self._kw(step), "question_id": "confirm"}
        if line in ("1", "confirm"):
            return await decisions.answer(**kw, value={"decision": "confirm"})
        if line == "3":
            return await decisions.answer(**kw, value={"decision": "back"})
        if line in ("2", "override"):
            others = [o for o in rules.Outcome if o != recommended]
            for n, o in enumerate(others, 1):
                self.write(f"   {n}. {rules.OUTCOME_LABELS[o]}")
            pick = (await self.read("   Your decision > ")).strip()
            if not pick.isdigit() or not 1 <= int(pick) <= len(others):
                self.write(f"   Please type a number from 1 to {len(others)}.")
                return step
            reason = await self.read("   Why you decided differently > ")
            return await decisions.answer(
                **kw, value={"decision": "override", "outcome": str(others[int(pick) - 1]), "reason": reason}
            )
        self.write("   Please type 1, 2 or 3 (or b to go back).")
        return step


def _as_choice(question: Question, options: tuple[Any, ...]) -> Question:
    return Question(question.id, Kind.CHOICE, question.text, options=options)


def default_user() -> str:
    try:
        return f"terminal:{getpass.getuser()}"[:32]
    except (KeyError, OSError):
        return "terminal:user"
