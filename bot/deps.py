"""What every listener needs, built once per app and handed to `register(app, deps)`."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.settings import Settings
from flows.area import DEFAULT_AREA, Area
from flows.decisions import Db
from flows.redaction import Redactor


@dataclass(frozen=True)
class Deps:
    settings: Settings
    db: Db
    area: Area = field(default=DEFAULT_AREA)
    redactor: Redactor = field(default_factory=Redactor)

    @property
    def leads(self) -> frozenset[str]:
        return self.settings.leads

    def is_lead(self, user_id: str) -> bool:
        return user_id in self.settings.leads
