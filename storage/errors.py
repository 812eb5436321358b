"""Errors storage raises for callers to turn into plain words."""


class StaleVersion(Exception):
    """The row changed since it was read: another event got there first."""


class ChainContention(Exception):
    """Another writer extended the record chain first; the caller retries."""


class DuplicateEvent(Exception):
    """This Slack event id was already applied."""
