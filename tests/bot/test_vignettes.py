"""The vignettes end to end: through Slack (signed requests in, Web API calls out) and
through the terminal (`infoshare-bot chat`'s dialogue, typed line by line), each read
back from the record."""

from __future__ import annotations

import pytest

from bot.console.terminal import Terminal
from bot.ids import Action
from flows.records import iter_export
from tests.vignettes import RESUME, typed_lines, vignettes

FIELDS = ("outcome", "consent", "inform_family", "route")


async def _records(db) -> list[dict]:  # noqa: ANN001
    return [r async for r in iter_export(db=db)]


@pytest.mark.parametrize("vignette", vignettes(), ids=lambda v: v.name)
async def test_vignette_through_slack(vignette, alice, sim):
    await alice.say("start")
    checklist_tries = 0
    for item in vignette.steps:
        if item == RESUME:
            await alice.press(Action.RESUME)
            continue
        question_id, value = item
        if question_id == "checklist" and value == "cant_fix":
            assert checklist_tries, "the way out is offered only once the checklist was not all ticked"
            payload = alice.click_payload("cant_fix", block_prefix="submit:checklist")
            await alice._then_new_post(lambda p=payload: alice.sim.interactive(p))
            continue
        checklist_tries += question_id == "checklist"
        await alice.answer(question_id, value)
    assert "Decision recorded" in alice.last()["text"], alice.last()["text"]
    [record] = await _records(sim.deps.db)
    assert {k: record[k] for k in FIELDS} == vignette.expect, vignette.cite
    assert record["grounds"] and record["child_views"]


@pytest.mark.parametrize("vignette", vignettes(), ids=lambda v: v.name)
async def test_vignette_through_the_terminal(vignette, db):
    lines = iter(typed_lines(vignette.steps))
    shown: list[str] = []

    def read(prompt: str) -> str:
        shown.append(prompt)
        return next(lines)

    code = await Terminal(db, "tester", read=read, write=shown.append).run()
    assert code == 0, "\n".join(shown[-20:])
    assert next(lines, None) is None, "the terminal finished before every answer was typed"
    [record] = await _records(db)
    assert {k: record[k] for k in FIELDS} == vignette.expect, "\n".join(shown[-30:])
    text = "\n".join(shown)
    raw_ids = ("unsafe_to_seek", "not_informed", "not_sought", "share_without_consent", "front_door")
    assert not [raw for raw in raw_ids if raw in text], "an internal id was shown to the person"
