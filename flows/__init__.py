"""The information-sharing decision: questions, routing, outcome rules and services.

No Slack here. The same functions serve the Slack adapter, the terminal and the tests.
"""
