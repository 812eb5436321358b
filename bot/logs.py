"""Logging that never carries what a practitioner typed.

Our own log lines hold opaque ids and class names only. Some libraries log request
bodies or SQL parameters at DEBUG (slack_sdk, slack_bolt, SQLAlchemy's engine), which
would put free text in the logs if an operator turned DEBUG on; they are held above it.
"""

from __future__ import annotations

import logging

# logger -> the most detail it may ever log
CEILINGS = {
    "slack_sdk": logging.INFO,
    # slack_sdk's Web API client tests its logger's own level, not the effective one,
    # and while that is unset it formats every request (blocks, typed text) into a
    # debug line nothing prints: about 2 % of the bot's time under load.
    "slack_sdk.web.async_base_client": logging.INFO,
    "slack_bolt": logging.INFO,
    "bot.bolt": logging.INFO,
    "sqlalchemy.engine": logging.WARNING,
    "sqlalchemy.pool": logging.WARNING,
    "aiosqlite": logging.INFO,
    "asyncpg": logging.INFO,
    "transitions": logging.WARNING,
    "alembic": logging.WARNING,
}


def hold_back_library_logs() -> None:
    for name, floor in CEILINGS.items():
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < floor:
            logger.setLevel(floor)
