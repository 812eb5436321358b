"""Configuration from the environment (and `.env`), with refusals that say what to do."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from flows.area import DEFAULT_AREA, Area, AreaConfigError, load_area
from storage.db import DEFAULT_DATABASE_URL

WHERE = {
    "SLACK_BOT_TOKEN": "the Bot User OAuth Token (xoxb-...) under OAuth & Permissions "
    "in your app at api.slack.com/apps",
    "SLACK_SIGNING_SECRET": "the Signing Secret under Basic Information in your app at api.slack.com/apps",
    "SLACK_APP_TOKEN": "an app-level token (xapp-...) with connections:write, "
    "under Basic Information > App-Level Tokens",
    "DATABASE_URL": "a SQLAlchemy async URL such as sqlite+aiosqlite:///./infoshare.db "
    "or postgresql+asyncpg://user@host/dbname",
    "PORT": "a TCP port number such as 3000",
    "RECORD_KEY": "one or more keys as id:base64 (32 random bytes each), the newest first, e.g. "
    'k2:<new>,k1:<old>; make one with: python -c "import base64,os;print(base64.b64encode(os.urandom(32)).decode())"',
    "CHAIN_KEY": "32 random bytes, base64, kept apart from RECORD_KEY and never changed once records exist; "
    'make one with: python -c "import base64,os;print(base64.b64encode(os.urandom(32)).decode())"',
    "ALLOWED_TEAMS": "comma-separated workspace ids (T...) or Enterprise Grid organisation ids (E...), "
    "or leave it unset to serve only the bot token's own workspace",
    "AREA_CONFIG": "the path of your area's TOML file (see docs/area-example.toml), or leave it unset for Coventry",
}


MIN_SIGNING_SECRET = 20

# What a template or a tutorial leaves in place of a real value: "xoxb-...", "<secret>",
# "your-signing-secret", "changeme", "xxxx". Checked on what follows the token's prefix.
_PLACEHOLDER = re.compile(
    r"\.\.\.|…|[<>{}\[\]\s]|^(?:(.)\1{3,}|change[-_ ]?me|replace[-_ ]?me|placeholder|secret|token|todo|tbd|none|null"
    r"|example|dummy|your\b.*|your[-_].*|insert[-_].*|put[-_].*|paste[-_].*)$",
    re.IGNORECASE,
)


def _real_secret(v: SecretStr | None, *, prefix: str, what: str) -> SecretStr | None:
    """Refuse a value of the wrong kind or a placeholder; None (unset) passes to `require_for_run`."""
    if v is None:
        return None
    value = v.get_secret_value()
    if not value.startswith(prefix):
        raise ValueError(f"must be {what}")
    if not value[len(prefix) :] or _PLACEHOLDER.search(value[len(prefix) :]):
        raise ValueError(f"it looks like a placeholder, not {what}")
    return v


class ConfigError(Exception):
    """A setting is missing or wrong; the message names it and where to get it."""

    def __init__(self, variable: str, problem: str) -> None:
        where = WHERE.get(variable)
        super().__init__(f"{variable} {problem}." + (f" Set it to {where}." if where else ""))
        self.variable = variable


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    database_url: str = DEFAULT_DATABASE_URL
    advice_channel: str | None = None
    safeguarding_leads: str = ""
    port: int = 3000
    record_key: SecretStr | None = None
    chain_key: SecretStr | None = None
    advice_escalate_minutes: int = 30
    redaction_allow: str = ""
    area_config: Path | None = None
    conversation_retention_days: int = 30
    record_retention_days: int | None = None
    allowed_teams: str = ""

    @field_validator("slack_bot_token", "slack_signing_secret", "slack_app_token", mode="before")
    @classmethod
    def _blank_is_unset(cls, v: object) -> object:
        """`SLACK_SIGNING_SECRET=` (a `.env` template line) means unset, never "an empty secret".

        An empty signing secret once turned request verification off: unsigned requests
        then acted as any user. Blank is treated exactly as missing, so `run` refuses it.
        """
        if isinstance(v, SecretStr):
            v = v.get_secret_value()
        if isinstance(v, str) and not v.strip():
            return None
        return v

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, v: SecretStr | None) -> SecretStr | None:
        return _real_secret(v, prefix="xoxb-", what="a bot token starting xoxb-")

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, v: SecretStr | None) -> SecretStr | None:
        return _real_secret(v, prefix="xapp-", what="an app-level token starting xapp-")

    @field_validator("slack_signing_secret")
    @classmethod
    def _signing_secret(cls, v: SecretStr | None) -> SecretStr | None:
        v = _real_secret(v, prefix="", what="the app's Signing Secret")
        if v is not None and len(v.get_secret_value()) < MIN_SIGNING_SECRET:
            # Slack's are 32 characters. A short one could be guessed offline from a
            # single signed request, and then anyone could act as anyone.
            raise ValueError("too short to be Slack's Signing Secret (Slack's have 32 characters)")
        return v

    @field_validator("allowed_teams")
    @classmethod
    def _team_ids(cls, v: str) -> str:
        for team in (x.strip() for x in v.split(",")):
            if team and not re.fullmatch(r"[TE][A-Z0-9]{1,20}", team):
                raise ValueError("must list workspace ids (T...) or organisation ids (E...), separated by commas")
        return v

    @field_validator("database_url")
    @classmethod
    def _async_url(cls, v: str) -> str:
        if not (v.startswith("sqlite+aiosqlite:") or v.startswith("postgresql+asyncpg:")):
            raise ValueError("must use an async driver (sqlite+aiosqlite:// or postgresql+asyncpg://)")
        return v

    @property
    def leads(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.safeguarding_leads.split(",") if x.strip())

    @property
    def teams(self) -> frozenset[str]:
        """ALLOWED_TEAMS: the workspace (T...) and organisation (E...) ids served."""
        return frozenset(x.strip() for x in self.allowed_teams.split(",") if x.strip())

    @property
    def allow_words(self) -> list[str]:
        """Extra words the redaction keeps (local teams, services), from REDACTION_ALLOW."""
        return [w.strip() for w in self.redaction_allow.split(",") if w.strip()]

    @property
    def socket_mode(self) -> bool:
        return self.slack_app_token is not None

    def require_for_run(self) -> None:
        """Refuse to start without what `run` needs, naming the variable."""
        if self.slack_bot_token is None:
            raise ConfigError("SLACK_BOT_TOKEN", "is not set")
        if not self.socket_mode and self.slack_signing_secret is None:
            raise ConfigError("SLACK_SIGNING_SECRET", "is not set (needed in HTTP mode, without SLACK_APP_TOKEN)")


def load_area_for(settings: Settings) -> Area:
    """The area's contacts and wording; a bad file is a ConfigError naming its line."""
    if settings.area_config is None:
        return DEFAULT_AREA
    try:
        return load_area(settings.area_config)
    except AreaConfigError as exc:
        raise ConfigError("AREA_CONFIG", f"is not usable: {exc}") from None


def load_settings() -> Settings:
    """Read the settings; a malformed value becomes a ConfigError naming it."""
    try:
        return Settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        variable = str(err["loc"][0]).upper() if err.get("loc") else "configuration"
        # Our own validators' words, without pydantic's "Value error, " in front of them.
        cause = (err.get("ctx") or {}).get("error")
        raise ConfigError(variable, f"is not valid: {cause if cause is not None else err['msg']}") from None
