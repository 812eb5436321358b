"""Persistence for infoshare-bot: tables, engines, repository functions, migrations.

Knows nothing of the decision flow or of Slack: callers pass plain data in and get
table rows back, so the same storage serves Slack, the terminal and tests.
"""
