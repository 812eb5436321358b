"""The Slack adapter of infoshare-bot: app factory, listeners, Block Kit, CLI."""
