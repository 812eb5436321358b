"""Every path through the decision, with every safety invariant of DOMAIN.md (S1-S11)
asserted on each.

The walk drives `flows.decisions.answered` and `resumed`, the same pure functions a
Slack click or a terminal answer goes through. At each question it gives every answer
the question offers on that path (`flows.outcome.options_for`), every subset of the
multi-choice, every way out of every pause (resume, then each answer of
`advice_outcome`), a fixed text for text answers, and at `confirm` every outcome
(confirm, and override to each other outcome with a reason).

Two walker rules keep it finite: after "I can answer it now" the question is asked
again with every answer that does not lead straight back into the same pause (or, for
the checklist, the same question), since that loop is the one already walked; and a
checklist answered incomplete is asked again with its two ways on (all confirmed, or
"I can't put this right now").

The walk is memoised, and the number of paths is counted exactly. The memo key is the
state, the pause and the answers the rules read. Answers no rule reads (which recipient,
which method, free text: INERT) are left out, and those in THROUGH are replaced by what
the rules make of them; each of those answers is still given, and checked, at its own
step (every subset of safe_to_tell, every lawful basis). A guard records every answer a
rule reads (`Reads`) and fails the test if a rule read an inert answer, or an answer in
THROUGH from any function but those named, which is what makes the memo sound.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

import pytest

from flows import decisions
from flows import outcome as rules
from flows.decisions import Step, answered, on_path, record_fields, resumed
from flows.errors import InvalidAnswer
from flows.machine import ADVICE_OUTCOME, PAUSES, RECORDED
from flows.questions import CANT_FIX, QUESTIONS, Kind

TEXT = "Fixed text for the walk."
# Answers no rule reads: their choices multiply paths but never change what follows.
INERT = frozenset({"recipient", "what", "method", "review_point", "child_views", "reasons", "case_ref"})
S1_SHARE = (rules.Outcome.SHARE_WITH_CONSENT, rules.Outcome.SHARE_WITHOUT_CONSENT, rules.Outcome.REFER_ON)


def _start() -> Step:
    return Step(
        conversation_id="c", team_id="T", user_id="U", channel_id=None, version=1,
        state="emergency", status="active", answers={}, path=[],
    )  # fmt: skip


def _values(question_id: str, step: Step) -> Iterator[tuple[str, Any]]:
    """(label, value) for every answer the question offers on this path."""
    question = QUESTIONS[question_id]
    offered = rules.options_for(question_id, step.live)
    ids = [o.id for o in offered]
    if question.kind is Kind.CHOICE:
        for answer in ids:
            yield answer, answer
    elif question.kind is Kind.MULTI:
        for size in range(1, len(ids) + 1):
            for subset in itertools.combinations(ids, size):
                if "none" in subset and size > 1:
                    continue
                yield ",".join(subset), list(subset)
    elif question.kind is Kind.CHECKLIST:
        yield "all", ids
        yield CANT_FIX, CANT_FIX
        if "checklist" not in step.live:  # first time: every incomplete subset
            for size in range(len(ids)):
                for subset in itertools.combinations(ids, size):
                    yield "incomplete", list(subset)
    elif question.kind is Kind.TEXT:
        yield "text", TEXT
    elif question.kind is Kind.CHOICE_TEXT:
        for answer in ids:
            yield answer, {"choice": answer, "detail": TEXT}
    else:  # confirm
        yield "confirm", {"decision": "confirm"}
        for other in rules.Outcome:
            yield f"override:{other}", {"decision": "override", "outcome": str(other), "reason": TEXT}


def _reasked(step: Step) -> bool:
    """The question on screen is asked again after "I can answer it now"."""
    return step.answers.get("_reask") == step.state


# Answers the memo key replaces by what the rules make of them, and the only functions
# of flows/outcome.py or flows/machine.py allowed to read them (checked after the walk).
THROUGH = {
    "child_age": {"young_person_decides"},
    "child_understands": {"young_person_decides", "lawful_basis"},
    "lawful_basis": {"lawful_basis"},
    "special_category": {"lawful_basis"},
    "safe_to_tell": {"unsafe_to_tell"},
    "authorised_by": {"advice_to_practitioner", "_confirm"},
}
RULE_FILES = ("flows/outcome.py", "flows/machine.py", "flows/answers.py")


class Reads(Mapping[str, Any]):
    """Answers that record which rule (a function in flows/outcome.py or flows/machine.py)
    read each answer: the memo's soundness guard."""

    seen: dict[str, set[str]] = {}

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def _note(self, key: str) -> None:
        if key in THROUGH or key in INERT:
            code = sys._getframe(2).f_code
            if code.co_filename.endswith(RULE_FILES):
                Reads.seen.setdefault(key, set()).add(code.co_name)

    def __getitem__(self, key: str) -> Any:
        self._note(key)
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: str, default: Any = None) -> Any:
        self._note(key)
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        self._note(str(key))
        return key in self._data


def _on_path(answers: Mapping[str, Any], path: list[str]) -> Mapping[str, Any]:
    return Reads({qid: answers[qid] for qid in path if qid in answers})


def _key(step: Step) -> tuple[Any, ...]:
    """What the future of a walk depends on: the state, the pause, the walker's once-only
    marks, and the answers as the rules read them. Inert answers are left out; those in
    THROUGH are replaced by what the rules make of them (checked by the guard)."""
    live = step.live
    relevant = tuple(
        sorted((k, sys.intern(repr(_projected(k, v)))) for k, v in live.items() if k not in INERT and k not in THROUGH)
    )
    risks = set(rules.unsafe_to_tell(live))
    chosen = live.get("safe_to_tell") or []
    through = (
        rules.young_person_decides(live),
        live.get("child_understands") == "no",
        # safe_to_tell: what every rule makes of it (each subset is checked at its step)
        bool(risks),
        rules.domestic_abuse_prompt(live),
        "not_sure" in chosen,
        chosen == ["none"],
        # authorised_by: whether a lead was named, or no one (S8, S11)
        _who_agreed(live),
    )
    return step.state, step.paused_at, relevant, through, _reasked(step)


def _who_agreed(live: Mapping[str, Any]) -> str:
    choice = (live.get("authorised_by") or {}).get("choice")
    return "lead" if choice in rules.TOLD_LEADS else "no_one" if choice in (None, "no_one") else "other"


def _projected(question_id: str, value: Any) -> Any:
    """A checklist's ticks matter to the rules only as all, incomplete or "can't put right"
    (`trigger_for`, `checklist_escaped`); every other answer is kept as it is."""
    if question_id == "checklist" and isinstance(value, list):
        return "all" if len(value) == len(QUESTIONS["checklist"].options) else "incomplete"
    return value


def _check_terminal(step: Step, problems: list[str], trail: str) -> None:
    live = step.live
    final = step.answers["confirm"]
    recommended = rules.recommended_outcome(live)
    # S6: a recommendation, its grounds and its route
    if recommended is None or not rules.grounds(live) or rules.route(live) is None:
        problems.append(f"S6 {trail}")
        return
    outcome = rules.Outcome(final["outcome"])
    record = record_fields(replace(step, answers={**step.answers, "confirm": final}))
    assert record["grounds"] and record["route"]
    # S1: never do_not_share as the recommendation on its paths
    if rules.s1_applies(live) and recommended is rules.Outcome.DO_NOT_SHARE:
        problems.append(f"S1 {trail}")
    # S3: an allegation is recorded on route lado
    if rules.is_allegation(live) and rules.route(live) is not rules.Route.LADO:
        problems.append(f"S3 {trail}")
    # S5: "now" only when they knew before the share
    whose, said = rules.view(live)
    knew = said == "agreed" or live.get("inform_after") == "already"
    nothing_shared_family_knew = recommended is rules.Outcome.DO_NOT_SHARE and said == "objected" and whose == "family"
    if rules.inform_family(live) is rules.InformFamily.NOW and not (knew or nothing_shared_family_knew):
        problems.append(f"S5 {trail}")
    if live.get("inform_after") == "yes" and rules.inform_family(live) is not rules.InformFamily.AFTER_SHARING:
        problems.append(f"S5 {trail}")
    # S7: a competent young person's refusal with only unmet needs
    refused = whose == "young_person" and said == "objected" and live.get("override") == "no"
    if (
        refused
        and not rules.harm_is_significant(live)
        and (
            recommended is not rules.Outcome.DO_NOT_SHARE
            or rules.inform_family(live) is not rules.InformFamily.NOT_INFORMED
        )
    ):
        problems.append(f"S7 {trail}")
    # S8: overriding a protected share to do_not_share needs a reason and who agreed
    unagreed = not final.get("reason") or (live.get("authorised_by") or {}).get("choice") in (None, "no_one")
    if (
        final["decision"] == "override"
        and outcome is rules.Outcome.DO_NOT_SHARE
        and rules.s1_applies(live)
        and unagreed
    ):
        problems.append(f"S8 {trail}")
    # S11: tell the DSL, welfare officer or manager today
    advice = rules.advice_to_practitioner(outcome, live)
    told = (live.get("authorised_by") or {}).get("choice") in rules.TOLD_LEADS
    if not told and "designated safeguarding lead, welfare officer or manager today" not in advice:
        problems.append(f"S11 {trail}")


def _check_step(before: Step, question_id: str, label: str, after: Step, problems: list[str], trail: str) -> None:
    # S2: level not sure pauses before anyone contacts the family or young person
    if after.state in ("family_view", "young_person_view") and after.live.get("level") not in (
        "significant_harm", "additional_needs"
    ):  # fmt: skip
        problems.append(f"S2 {trail}")
    if question_id == "level" and label == "not_sure" and after.state not in PAUSES:
        problems.append(f"S2 {trail}")
    # S3: an allegation shows the LADO route and is never paused
    if question_id == "allegation" and label == "yes" and after.state in PAUSES:
        problems.append(f"S3 {trail}")
    # S4: doubt about the law never pauses
    if question_id in ("lawful_basis", "special_category") and after.state in PAUSES:
        problems.append(f"S4 {trail}")
    # The lawful basis, for every answer to the two questions that set it (they are left
    # out of the memo key, so this is where each combination is seen): one Art 6 basis,
    # Art 9 and Art 10 conditions where they apply, doubt recorded for the DPO.
    if question_id == "special_category":
        _check_lawful_basis(after.live, label, problems, trail)
    # Every subset of safe_to_tell, here (the memo key keeps only what the rules make of it)
    if question_id == "safe_to_tell":
        _check_risks(after.live, problems, trail)
    # S9: no "I will tell them" where it could tip someone off
    offered = {o.id for o in rules.options_for("inform_after", after.live)}
    if after.state == "inform_after" and rules.no_tipping_off(after.live) and "yes" in offered:
        problems.append(f"S9 {trail}")
    # S10: every pause resumes to advice_outcome, which has a way to a record
    if after.state in PAUSES and resumed(after)["state"] != ADVICE_OUTCOME:
        problems.append(f"S10 {trail}")


def _check_risks(live: Mapping[str, Any], problems: list[str], trail: str) -> None:
    chosen = [r for r in live["safe_to_tell"] if r in rules.RISK_KEYS]
    flags = rules.risks(live)
    if any(flags[r] != (r in chosen) for r in rules.RISK_KEYS):
        problems.append(f"risks recorded wrongly at {trail}")
    if rules.domestic_abuse_prompt(live) != bool({"child", "other_person"} & set(chosen)):
        problems.append(f"domestic-abuse prompt wrong at {trail}")
    if chosen and "not_sure" not in live["safe_to_tell"]:
        grounds = rules.grounds(live)
        if rules.consent(live) is not rules.Consent.UNSAFE_TO_SEEK or not rules.no_tipping_off(live):
            problems.append(f"a risk at safe_to_tell did not make asking unsafe at {trail}")
        if rules.recommended_outcome(live) is not rules.Outcome.SHARE_WITHOUT_CONSENT:
            problems.append(f"a risk at safe_to_tell did not lead to sharing at {trail}")
        if sum(g.startswith("Telling the family first") for g in grounds) != len(chosen):
            problems.append(f"not one ground per risk at {trail}")


def _check_lawful_basis(live: Mapping[str, Any], special: str, problems: list[str], trail: str) -> None:
    bases = rules.lawful_basis(live)
    if rules.recommended_outcome(live) not in (rules.Outcome.SHARE_WITH_CONSENT, rules.Outcome.SHARE_WITHOUT_CONSENT):
        problems.append(f"lawful basis asked without a share: {trail}")
        return
    art6 = [b for b in bases if "Art 6(1)" in b and "vital interests" not in b.lower()]
    dpo = live.get("lawful_basis") == "dont_know"
    if len(art6) != (0 if dpo else 1) or (dpo and not any("data protection lead" in b for b in bases)):
        problems.append(f"Art 6: {bases} at {trail}")
    if special in ("yes", "both") and not any("Art 9" in b for b in bases):
        problems.append(f"Art 9 missing at {trail}")
    if special in ("criminal", "both") and not any("Art 10" in b for b in bases):
        problems.append(f"Art 10 missing at {trail}")
    if special == "not_sure" and not any("data protection lead" in b for b in bases):
        problems.append(f"special category doubt not recorded at {trail}")
    if rules.is_emergency(live) and not any("6(1)(d)" in b for b in bases):
        problems.append(f"vital interests missing in an emergency at {trail}")


def walk() -> tuple[int, int, list[str]]:
    """(paths, distinct nodes walked, problems)."""
    problems: list[str] = []
    memo: dict[tuple[Any, ...], int] = {}
    decisions.on_path = _on_path  # every rule and condition reads through the guard

    def paths_from(step: Step, trail: str) -> int:
        key = _key(step)
        if key in memo:
            return memo[key]
        if step.state == RECORDED:
            _check_terminal(step, problems, trail)
            memo[key] = 1
            return 1
        if step.state in PAUSES:
            nxt = replace(step, **resumed(step))
            total = paths_from(nxt, trail + " > resume")
            memo[key] = total
            return total
        question_id = step.state
        total = 0
        for label, value in _values(question_id, step):
            try:
                values = answered(step, question_id, value)
            except InvalidAnswer:
                # Only S8's refusal of an override may stop an answer the path offers.
                if not (question_id == "confirm" and label.startswith("override")):
                    problems.append(f"refused: {trail} > {question_id}={label}")
                continue
            after = replace(step, **values)
            if _reasked(step):
                if after.state in PAUSES or after.state == question_id:
                    continue  # the same pause (or checklist) again: the loop the first visit walked
                after = replace(after, answers={k: v for k, v in after.answers.items() if k != "_reask"})
            if question_id == ADVICE_OUTCOME and label == "answer_now":
                after = replace(after, answers={**after.answers, "_reask": step.paused_at})
            step_trail = f"{trail} > {question_id}={label}"
            _check_step(step, question_id, label, after, problems, step_trail)
            total += paths_from(after, step_trail)
        if total == 0:
            problems.append(f"dead end (no way on) at {trail} > {question_id}")
        memo[key] = total
        return total

    try:
        count = paths_from(_start(), "start")
    finally:
        decisions.on_path = on_path
    return count, len(memo), problems


def test_every_path_holds_every_invariant(capsys: pytest.CaptureFixture[str]) -> None:
    count, nodes, problems = walk()
    with capsys.disabled():
        print(f"\nevery-path walk: {count:,} paths ({nodes:,} distinct steps walked)")
    assert problems == [], f"{len(problems)} problems, first: {problems[:5]}"
    assert count > 100_000
    # The memo is sound only if no rule read an inert answer, and the answers in THROUGH
    # only through the rules named there.
    assert not (set(Reads.seen) & INERT), f"rules read answers the walk treats as inert: {Reads.seen}"
    for key, readers in Reads.seen.items():
        assert readers <= THROUGH[key], f"{key} read by {readers - THROUGH[key]}"


def test_the_walk_reaches_every_question_pause_and_outcome() -> None:
    reached: set[str] = set()
    outcomes: set[str] = set()
    key = _key

    def noting(step: Step) -> tuple[Any, ...]:
        reached.add(step.state)
        if step.state == RECORDED:
            outcomes.add(step.answers["confirm"]["outcome"])
        return key(step)

    globals()["_key"] = noting
    try:
        walk()
    finally:
        globals()["_key"] = key
    assert set(QUESTIONS) <= reached and set(PAUSES) <= reached and RECORDED in reached
    assert outcomes == {str(o) for o in rules.Outcome}
