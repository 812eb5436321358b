"""Every Slack id the app uses: commands, callback ids, action ids, block ids.

One place, so listeners, Block Kit builders, the manifest test and tools cannot drift.
Ids that carry routing data are a prefix here plus `:`-separated parts built and parsed
by the helpers below.
"""

from __future__ import annotations

import re
from enum import StrEnum

COMMAND = "/infoshare"


class Event(StrEnum):
    MESSAGE = "message"  # manifest: message.im
    APP_HOME_OPENED = "app_home_opened"


class Shortcut(StrEnum):
    NEW_DECISION = "new_decision"  # global
    DECISION_SUMMARY = "decision_summary"  # message


class View(StrEnum):
    OVERRIDE = "override_outcome"
    ASK = "advice_ask"
    PREVIEW = "advice_preview"
    REPLY = "advice_reply_view"
    SUMMARY = "record_summary_pick"
    RECORD = "record_view"
    AMEND = "record_amend"


class Action(StrEnum):
    ANSWER = "answer"  # prefix: answer:<answer_id>
    SUBMIT = "submit_answer"
    BACK = "go_back"
    CANCEL = "cancel_decision"
    RESUME = "resume_decision"
    START = "start_decision"
    RESTART = "restart_decision"
    SHOW_CURRENT = "show_current"
    CHOICES = "choices"  # checkboxes inside a question's input block
    TEXT = "text"  # plain_text_input inside a question's input block
    CHOICE = "choice"  # static_select inside a question's input block
    OUTCOME = "outcome"  # static_select in the override modal
    REASON = "reason"  # plain_text_input in the override modal
    ASK_ADVICE = "ask_advice"  # the practitioner opens the advice modal
    ADVICE_REPLY = "advice_reply"  # an advisor replies (value: case code)
    ADVICE_ANSWER = "advice_answer"  # the asker answers back (value: case code)
    ADVICE_RESOLVE = "advice_resolve"  # the asker marks it resolved (value: case code)
    INPUT = "input"  # the text element of any advice modal block
    OPEN_RECORD = "open_record"  # value: a record reference
    AMEND_RECORD = "amend_record"  # value: a record reference
    HOME_PAGE = "home_page"  # value: the page of records to show
    PICK = "pick"  # static_select of the user's records


class Block(StrEnum):
    QUESTION = "q"  # q:<question_id>:<version>
    DETAIL = "detail"  # detail:<question_id>:<version>
    SUBMIT = "submit"  # submit:<question_id>:<version>
    NAV = "nav"  # nav:<version>
    EMERGENCY = "emergency_route"
    LADO = "lado_route"
    DOMESTIC_ABUSE = "domestic_abuse"
    OUTCOME = "outcome"  # outcome:<outcome>
    OVERRIDE_OUTCOME = "override_outcome"
    OVERRIDE_REASON = "override_reason"
    HOME = "home"
    ADVICE_POST = "advice"  # advice:<case code>
    ADVICE_ACTIONS = "advice_actions"  # advice_actions:<case code>
    ADVICE_QUESTION = "advice_question"
    ADVICE_KNOWN = "advice_known"
    ADVICE_EDIT = "advice_edit"
    ADVICE_KEEP = "advice_keep"
    ADVICE_HIDE = "advice_hide"
    ADVICE_REPLY_TEXT = "advice_reply_text"
    SUMMARY_PICK = "summary_pick"
    SUMMARY_REF = "summary_ref"
    AMEND_OUTCOME = "amend_outcome"
    AMEND_REASONS = "amend_reasons"
    AMEND_WHY = "amend_why"


ANSWER_ACTION = re.compile(rf"^{Action.ANSWER}:[a-z0-9_]+$")


def answer_action(answer_id: str) -> str:
    return f"{Action.ANSWER}:{answer_id}"


def versioned(prefix: Block, *parts: str | int) -> str:
    return ":".join([str(prefix), *map(str, parts)])


def parse_versioned(block_id: str) -> tuple[str, int | None]:
    """`q:<question_id>:<version>` -> (question_id, version); version None if absent."""
    parts = block_id.split(":")
    if len(parts) < 2:
        return "", None
    version = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
    return parts[1], version


def parse_nav(block_id: str) -> int | None:
    parts = block_id.split(":")
    return int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else None
