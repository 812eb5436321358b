"""An area's own contacts and wording, from one TOML file, with no code changes.

Coventry's values are the default. Only wording and contacts can change: question and
answer ids, routes and outcome rules stay as DOMAIN.md sets them. A bad file is refused
at start with its line and the reason. The flow version (written into every record)
hashes the states, routes and the wording and contacts in force, so an auditor knows
exactly what the practitioner was asked.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from flows.contacts import DEFAULT_CONTACTS, Contacts
from flows.machine import flow_version
from flows.questions import QUESTIONS, Question

BUTTON_LIMIT = 75  # Slack's limit for button and option text
TEXT_LIMIT = 2000  # well inside a section's 3,000 with the help line


class AreaConfigError(Exception):
    """The file cannot be used; the message names the file, the line and the reason."""


@dataclass(frozen=True)
class Area:
    contacts: Contacts
    questions: Mapping[str, Question]
    version: str

    def question(self, question_id: str) -> Question | None:
        return self.questions.get(question_id)


DEFAULT_AREA = Area(DEFAULT_CONTACTS, QUESTIONS, flow_version(QUESTIONS, DEFAULT_CONTACTS))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Contacts(_Strict):
    area: str | None = Field(default=None, min_length=1, max_length=100)
    emergency: str | None = Field(default=None, min_length=1, max_length=40)
    front_door: str | None = Field(default=None, min_length=1, max_length=300)
    front_door_referral: str | None = Field(default=None, min_length=1, max_length=300)
    out_of_hours: str | None = Field(default=None, min_length=1, max_length=300)
    lado: str | None = Field(default=None, min_length=1, max_length=300)
    threshold_document: str | None = Field(default=None, min_length=1, max_length=200)
    escalation: str | None = Field(default=None, min_length=1, max_length=300)


class _Wording(_Strict):
    text: str | None = Field(default=None, min_length=1, max_length=TEXT_LIMIT)
    help: str | None = Field(default=None, max_length=TEXT_LIMIT)
    detail_label: str | None = Field(default=None, min_length=1, max_length=BUTTON_LIMIT)
    answers: dict[str, str] = Field(default_factory=dict)


class _File(_Strict):
    contacts: _Contacts = Field(default_factory=lambda: _Contacts())
    questions: dict[str, _Wording] = Field(default_factory=dict)


def load_area(path: Path) -> Area:
    """Read and check an area file; raise AreaConfigError naming the line and the reason."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AreaConfigError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise AreaConfigError(f"{path}: not valid TOML: {exc}") from None
    try:
        parsed = _File.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(str(p) for p in err["loc"])
        raise AreaConfigError(f"{path}, line {_line_of(raw, loc)}: {'.'.join(loc)}: {err['msg']}") from None
    questions = dict(QUESTIONS)
    for qid, wording in parsed.questions.items():
        if qid not in QUESTIONS:
            raise AreaConfigError(f"{path}, line {_line_of(raw, ('questions', qid))}: no question {qid!r}")
        questions[qid] = _reword(path, raw, QUESTIONS[qid], wording)
    contacts = dataclasses.replace(DEFAULT_CONTACTS, **parsed.contacts.model_dump(exclude_none=True))
    return Area(contacts, questions, flow_version(questions, contacts))


def _reword(path: Path, raw: str, question: Question, wording: _Wording) -> Question:
    options = list(question.options)
    for answer_id, label in wording.answers.items():
        where = _line_of(raw, ("questions", question.id, "answers", answer_id))
        index = next((i for i, o in enumerate(options) if o.id == answer_id), None)
        if index is None:
            raise AreaConfigError(f"{path}, line {where}: question {question.id!r} has no answer {answer_id!r}")
        if not label.strip() or len(label) > BUTTON_LIMIT:
            raise AreaConfigError(f"{path}, line {where}: an answer's label must be 1 to {BUTTON_LIMIT} characters")
        options[index] = dataclasses.replace(options[index], label=label)
    changes: dict[str, Any] = {k: v for k, v in wording.model_dump(exclude={"answers"}).items() if v is not None}
    return dataclasses.replace(question, options=tuple(options), **changes)


HEADER = re.compile(r"^\s*\[([^\[\]]+)\]\s*(?:#.*)?$")
KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'.]+)\s*=")


def _line_of(raw: str, loc: tuple[str, ...]) -> int:
    """The line where `loc` (a path of keys) is set, or its nearest table; 1 if unknown."""
    best, best_depth = 1, -1
    table: tuple[str, ...] = ()
    for number, line in enumerate(raw.splitlines(), 1):
        path: tuple[str, ...]
        if m := HEADER.match(line):
            table = tuple(p.strip().strip("\"'") for p in m.group(1).split("."))
            path = table
        elif m := KEY.match(line):
            path = table + tuple(p.strip().strip("\"'") for p in m.group(1).split("."))
        else:
            continue
        depth = _shared(path, loc)
        if depth > best_depth:
            best, best_depth = number, depth
    return best


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
