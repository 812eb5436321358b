"""The terminal does not trap anyone (issue 14): b and c at every prompt, the checklist
included; cancelling asks first; Ctrl-C leaves at once and keeps the place; an invalid
answer says what is allowed; going back says which later answers were kept; a literal
"b" can still be typed."""

from __future__ import annotations

from bot.console.terminal import Terminal
from flows import decisions

OPENING = ["2", "2", "1", "1", "1", "1", "1", "2"]  # ... significant harm, under 13, cannot decide
TO_CHECKLIST = [*OPENING, "1", "1", "4"]  # telling would put the child at risk; public body; neither


def scripted(lines: list[str]):  # noqa: ANN201
    shown: list[str] = []
    feed = iter(lines)

    def read(prompt: str) -> str:
        shown.append(prompt)
        line = next(feed, None)
        if line is None:
            raise EOFError
        if line == "^C":
            raise KeyboardInterrupt
        return line

    return read, shown


async def _state(db) -> str | None:  # noqa: ANN001
    step = await decisions.current(db=db, team_id="terminal", user_id="tester")
    return step.state if step else None


async def test_b_at_the_checklist_goes_back_instead_of_counting_as_no(db):
    read, shown = scripted([*TO_CHECKLIST, "y", "b"])
    assert await Terminal(db, "tester", read=read, write=shown.append).run() == 0
    assert await _state(db) == "special_category"
    assert not any("To put it right" in line for line in shown)


async def test_cancel_asks_first_and_no_keeps_the_decision(db):
    read, shown = scripted(["2", "c", "n", "c", "y"])
    assert await Terminal(db, "tester", read=read, write=shown.append).run() == 0
    assert sum("Cancel this decision?" in p for p in shown) == 2
    assert any("Not cancelled" in line for line in shown) and any("cancelled. Nothing" in line for line in shown)
    assert await _state(db) is None


async def test_ctrl_c_leaves_at_once_and_keeps_the_place(db):
    read, shown = scripted(["2", "2", "^C"])
    assert await Terminal(db, "tester", read=read, write=shown.append).run() == 0
    assert any("Your decision is saved" in line for line in shown)
    assert await _state(db) == "direction"


async def test_an_invalid_answer_says_what_is_allowed(db):
    read, shown = scripted(["7", "maybe"])
    await Terminal(db, "tester", read=read, write=shown.append).run()
    assert shown.count("   Please type a number from 1 to 3.") == 2
    assert await _state(db) == "emergency"


async def test_going_back_says_which_later_answers_were_kept(db):
    read, shown = scripted(["2", "2", "1", "b", "b"])
    await Terminal(db, "tester", read=read, write=shown.append).run()
    assert await _state(db) == "allegation"
    kept = [line for line in shown if "Your later answers are kept" in line]
    assert kept and "Are you raising a concern" in kept[-1]


async def test_b_at_a_text_prompt_goes_back_and_a_backslash_types_it(db):
    # a refer-on path reaches text prompts quickly: a court order
    lines = ["2", "2", "2", "4", "1", "", "b"]
    read, shown = scripted(lines)
    await Terminal(db, "tester", read=read, write=shown.append).run()
    assert await _state(db) == "recipient"  # b at "What does the child want?" went back
    read, shown = scripted(["1", "", "\\b", "b"])
    await Terminal(db, "tester", read=read, write=shown.append).run()
    step = await decisions.current(db=db, team_id="terminal", user_id="tester")
    assert step.answers["child_views"] == "b"  # typed with a backslash: the letter itself
