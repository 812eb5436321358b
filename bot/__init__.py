"""The Slack adapter of infoshare-bot.

- `app.py` builds the Bolt app; `server.py` runs it (HTTP or Socket Mode).
- `listeners/`: what Slack calls, one module per kind (messages, commands, actions,
  shortcuts, views, events, advice, records). Where a click is handled.
- `views/`: Block Kit for each surface (decision, advice, records, home), pure
  functions; `views/text.py` makes typed text safe to show. Where a message is built.
- `workspace/`: who and where in the Slack workspace (advisors, leads, channels that
  may hold a summary, allowed teams), asked of Slack's Web API.
- `console/`: the `infoshare-bot` command and the terminal dialogue, apart from Slack.
- `present.py` posts a step into a DM; `escalation.py` chases unanswered advice;
  `ids.py` holds every Slack id; `settings.py` the configuration.

A click is saved by `flows` (which writes through `storage`), never from here.
"""
