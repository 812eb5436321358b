"""What every listener needs, built once per app and handed to `register(app, deps)`."""

from __future__ import annotations

from dataclasses import dataclass, field

from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings
from bot.workspace.advisors import Advisors
from bot.workspace.leads import Leads
from flows.area import DEFAULT_AREA, Area
from flows.decisions import Db
from flows.redaction import Redactor


@dataclass(frozen=True)
class Deps:
    settings: Settings
    db: Db
    area: Area = field(default=DEFAULT_AREA)
    redactor: Redactor = field(default_factory=Redactor)

    lead_directory: Leads | None = None
    advisor_directory: Advisors | None = None

    async def leads(self, client: AsyncWebClient) -> frozenset[str]:
        """The leads' user IDs now (user groups resolved)."""
        directory = self.lead_directory or Leads(self.settings.leads)
        return await directory.ids(client)

    async def is_advisor(self, client: AsyncWebClient, user: str) -> bool:
        """A member of ADVICE_CHANNEL now (asked of Slack at most once a minute)."""
        directory = self.advisor_directory or Advisors(self.settings.advice_channel)
        return await directory.includes(client, user)
