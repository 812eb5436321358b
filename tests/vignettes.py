"""The decision's vignettes (tests/data/vignettes.yaml), read once and expanded into the
answers a practitioner gives, for the rules, Slack and the terminal alike."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from flows.questions import QUESTIONS

FILE = Path(__file__).resolve().parent / "data" / "vignettes.yaml"
RESUME = "resume"
TEXTS = {
    "what": "Dated facts about what was seen and said; opinion marked as opinion.",
    "review_point": "After the strategy meeting, the social worker decides.",
    "child_views": "She says she wants to feel safe at home.",
    "reasons": "As the grounds say, and agreed with my lead.",
    "case_ref": "",
}


@dataclass(frozen=True)
class Vignette:
    name: str
    story: str
    steps: tuple[Any, ...]  # (question_id, value) pairs, or RESUME
    expect: dict[str, str]
    cite: str


def _share_tail(inform: str) -> list[tuple[str, Any]]:
    steps: list[tuple[str, Any]] = [
        ("recipient", {"choice": "mash", "detail": ""}),
        ("what", TEXTS["what"]),
        ("method", {"choice": "secure_email", "detail": ""}),
    ]
    if inform != "agreed":  # they agreed, so they know: the question is skipped
        steps.append(("inform_after", inform))
        if inform in ("no", "not_sure"):
            steps.append(("review_point", TEXTS["review_point"]))
    return steps + _keep_tail()


def _keep_tail() -> list[tuple[str, Any]]:
    return [
        ("child_views", TEXTS["child_views"]),
        ("reasons", TEXTS["reasons"]),
        ("authorised_by", {"choice": "dsl", "detail": ""}),
        ("case_ref", TEXTS["case_ref"]),
        ("confirm", "confirm"),
    ]


def _refer_tail() -> list[tuple[str, Any]]:
    return [
        ("recipient", {"choice": "dsl", "detail": ""}),
        ("child_views", TEXTS["child_views"]),
        ("reasons", TEXTS["reasons"]),
        ("authorised_by", {"choice": "dsl", "detail": ""}),
        ("case_ref", TEXTS["case_ref"]),
        ("confirm", "confirm"),
    ]


def _expand(script: list[Any]) -> tuple[Any, ...]:
    steps: list[Any] = []
    for item in script:
        if item == RESUME:
            steps.append(RESUME)
        elif item == "refer_tail":
            steps.extend(_refer_tail())
        elif item == "keep_tail":
            steps.extend(_keep_tail())
        elif isinstance(item, str) and item.startswith("share_tail:"):
            steps.extend(_share_tail(item.split(":", 1)[1]))
        else:
            question_id, value = item
            assert question_id in QUESTIONS, question_id
            if question_id == "checklist" and value == "all":
                value = [o.id for o in QUESTIONS["checklist"].options]
            steps.append((question_id, value))
    return tuple(steps)


@cache
def vignettes() -> tuple[Vignette, ...]:
    raw = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    return tuple(Vignette(v["name"], v["story"], _expand(v["script"]), dict(v["expect"]), v["cite"]) for v in raw)


def typed_lines(steps: tuple[Any, ...]) -> list[str]:
    """What a person types at `infoshare-bot chat` to give these answers."""
    lines: list[str] = []
    checklist_seen = False
    items = [o.id for o in QUESTIONS["checklist"].options]
    for step in steps:
        if step == RESUME:
            lines.append("r")
            continue
        question_id, value = step
        kind = QUESTIONS[question_id].kind.value
        if question_id == "confirm":
            lines.append("1")
        elif question_id == "checklist":
            if value == "cant_fix":  # one more honest pass, then the way out
                lines.extend(["n"] * len(items))
                lines.append("x")
            else:
                lines.extend("y" if item in value else "n" for item in items)
                if checklist_seen and len(value) < len(items):
                    lines.append("y")
            checklist_seen = True
        elif kind == "multi":
            lines.append(", ".join(value))
        elif kind == "choice_text":
            lines.extend([value["choice"], value["detail"]])
        else:
            lines.append(str(value))
    return lines
