"""`python -m bot` is the same as the `infoshare-bot` command."""

from bot.console.cli import main

raise SystemExit(main())
