"""The `infoshare-bot` command (also `python -m bot`).

Every failure a person can cause or fix (a missing setting, a database that is not
there) ends with one line naming the problem and the fix, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.logs import hold_back_library_logs
from bot.settings import ConfigError, Settings, load_area_for, load_settings
from storage.crypto import RecordKeyError

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="infoshare-bot",
        description="Guide, and record, information-sharing decisions about children and families.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="start the Slack bot (Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT)")
    chat = sub.add_parser("chat", help="the decision dialogue in the terminal, no Slack needed")
    chat.add_argument("--user", help="who is deciding (default: terminal:<your login>)")
    exp = sub.add_parser("export", help="decision records to stdout")
    exp.add_argument("--format", choices=("json", "csv"), default="json")
    exp.add_argument("--since", type=_date, help="only records created on or after this date (YYYY-MM-DD)")
    ver = sub.add_parser("verify", help="re-check the records' hash chain; exits 1 naming the first broken record")
    ver.add_argument(
        "--anchor",
        metavar="COUNT:HASH",
        help="a head printed earlier by 'anchor': also prove nothing up to it was removed or rewritten",
    )
    sub.add_parser("anchor", help="print the chain's head (COUNT:HASH) to keep outside the database")
    sub.add_parser("rekey", help="re-encrypt records' free text with the first key in RECORD_KEY (key rotation)")
    purge = sub.add_parser("purge", help="delete old conversations and records past retention, audited")
    purge.add_argument(
        "--conversation-days",
        type=int,
        help="conversations untouched this long (default: CONVERSATION_RETENTION_DAYS, 30)",
    )
    purge.add_argument("--record-days", type=int, help="records older than this (default: RECORD_RETENTION_DAYS; "
                       "unset keeps every record)")  # fmt: skip
    diag = sub.add_parser(
        "flow-diagram", help="draw the decision flow from the state machine (Mermaid; SVG with Graphviz)"
    )
    diag.add_argument(
        "--out", type=Path, help="write here instead of stdout: FILE.mmd for Mermaid, FILE.svg for SVG plus FILE.mmd"
    )
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply migrations")
    return p


async def _purge(args: Any, settings: Settings, db: Any) -> int:
    from datetime import timedelta

    from flows.records import purge

    pick = lambda given, default: default if given is None else given  # noqa: E731
    conversation_days = pick(args.conversation_days, settings.conversation_retention_days)
    record_days = pick(args.record_days, settings.record_retention_days)
    if conversation_days < 1 or (record_days is not None and record_days < 1):
        print("infoshare-bot: retention must be at least one day", file=sys.stderr)
        return 2
    result = await purge(
        db=db,
        now=datetime.now(UTC),
        conversation_age=timedelta(days=conversation_days),
        record_age=timedelta(days=record_days) if record_days else None,
        progress=lambda done: print(f"… {done} deleted", file=sys.stderr),
    )
    kept = "records kept (no retention set)" if not record_days else f"{len(result.records)} records"
    print(
        f"purged {result.conversations} conversations and {kept}; {result.advice_requests} advice requests "
        f"({result.advice_messages} messages) and {result.events} processed event ids; "
        "each removal is in the audit table"
    )
    return 0


def _cipher(settings: Settings) -> Any:
    """The field cipher for RECORD_KEY, or None; a malformed key is a ConfigError."""
    if settings.record_key is None:
        return None
    from storage.crypto import FieldCipher, RecordKeyError

    try:
        return FieldCipher.parse(settings.record_key.get_secret_value())
    except RecordKeyError as exc:
        raise ConfigError("RECORD_KEY", f"is not usable: {exc}") from None


def _chain_key(settings: Settings, cipher: Any) -> bytes | None:
    """CHAIN_KEY as bytes, or None; malformed, or the same as a RECORD_KEY key, is a ConfigError."""
    if settings.chain_key is None:
        return None
    from storage.chain import ChainKeyError, parse_chain_key

    try:
        key = parse_chain_key(settings.chain_key.get_secret_value())
    except ChainKeyError as exc:
        raise ConfigError("CHAIN_KEY", str(exc)) from None
    if cipher is not None and any(key == other for _, other in cipher.keys):
        raise ConfigError("CHAIN_KEY", "is one of the RECORD_KEY keys: it must be a key of its own")
    return key


def _anchor_arg(text: str | None) -> Any:
    """`COUNT:HASH` as printed by `anchor`; None when not given. A ValueError says what is wrong."""
    if text is None:
        return None
    import re

    from storage.repository import ChainHead

    match = re.fullmatch(r"\s*(\d{1,12}):([0-9a-fA-F]{64})\s*", text)
    if not match:
        raise ValueError(
            "--anchor takes COUNT:HASH as 'infoshare-bot anchor' printed it (a number, a colon, 64 hex digits)"
        )
    return ChainHead(int(match[1]), match[2].lower())


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # The terminal dialogue talks to a person: keep routine log lines out of their way.
    level = logging.WARNING if args.command in ("chat", "export", "verify", "anchor", "flow-diagram") else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    hold_back_library_logs()
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    if args.command == "flow-diagram":
        try:
            return _flow_diagram(args.out, load_area_for(load_settings()).version)
        except ConfigError as exc:
            print(f"infoshare-bot: configuration error: {exc}", file=sys.stderr)
            return 2
    try:
        args.anchor_head = _anchor_arg(getattr(args, "anchor", None))
    except ValueError as exc:
        print(f"infoshare-bot: {exc}", file=sys.stderr)
        return 2
    try:
        settings = load_settings()
        if args.command == "run":
            settings.require_for_run()  # before the database is touched: a wrong setting changes nothing
        return asyncio.run(_dispatch(args, settings))
    except ConfigError as exc:
        print(f"infoshare-bot: configuration error: {exc}", file=sys.stderr)
        return 2
    except RecordKeyError as exc:
        print(f"infoshare-bot: RECORD_KEY: {exc}. Nothing was changed.", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        print(
            f"infoshare-bot: the database at DATABASE_URL could not be used ({type(exc).__name__}). "
            "Check that it is running and that the URL is right.",
            file=sys.stderr,
        )
        return 3
    except OSError as exc:
        print(
            f"infoshare-bot: {type(exc).__name__}: {exc.strerror or exc}. If this is the database, check that it "
            "is running and that DATABASE_URL is right; if it is the HTTP port, choose another with PORT.",
            file=sys.stderr,
        )
        return 3
    except KeyboardInterrupt:
        return 130


async def _dispatch(args: Any, settings: Settings) -> int:
    from storage.db import make_engine, make_sessionmaker
    from storage.migrate import upgrade

    cipher = _cipher(settings)
    chain_key = _chain_key(settings, cipher)
    engine = make_engine(settings.database_url)
    try:
        await upgrade(engine)
        db = make_sessionmaker(engine, cipher=cipher, chain_key=chain_key)
        if args.command == "db":
            print("database is up to date")
            return 0
        if args.command == "run":
            return await _run(settings, db)
        if args.command == "chat":
            from bot.console.terminal import Terminal, default_user

            return await Terminal(db, args.user or default_user(), area=load_area_for(settings)).run()
        if args.command == "export":
            from flows.records import export

            sys.stdout.write(await export(db=db, fmt=args.format, since=args.since))
            return 0
        if args.command == "verify":
            from flows.records import verify

            check = await verify(db=db, anchor=args.anchor_head)
            if check.ok:
                extra = f"; nothing up to no. {args.anchor_head.count} removed or rewritten" if args.anchor_head else ""
                if check.unkeyed:
                    extra += f"; {check.unkeyed} written before CHAIN_KEY was set are hashed without it"
                print(f"ok: {check.checked} records, hash chain intact{extra}")
                _warn_unkeyed_chain(chain_key)
                return 0
            print(f"BROKEN at {check.broken_reference}: {check.problem} ({check.checked} records before it are intact)")
            return 1
        if args.command == "anchor":
            from flows.records import chain_anchor

            check, head = await chain_anchor(db=db)
            if not check.ok:
                print(f"BROKEN at {check.broken_reference}: {check.problem}: no anchor for a broken chain")
                return 1
            print(head)
            print(
                "Keep this line where those who can change the database cannot, and check against it with "
                f"'infoshare-bot verify --anchor {head}'.",
                file=sys.stderr,
            )
            _warn_unkeyed_chain(chain_key)
            return 0
        if args.command == "purge":
            return await _purge(args, settings, db)
        if args.command == "rekey":
            from flows.records import rekey

            done = await rekey(db=db, progress=lambda n: print(f"… {n} records", file=sys.stderr))
            print(
                f"re-encrypted {done.records} records with key {cipher.current if cipher else '?'}; also "
                f"{done.others.conversations} conversations, {done.others.advice_requests} advice requests and "
                f"{done.others.advice_messages} advice messages"
            )
            return 0
        raise AssertionError(args.command)
    finally:
        await engine.dispose()


async def _self_check(app: Any) -> None:
    """auth.test with the bot token before serving: a refused token stops `run` with one
    line naming it; the workspace is named in the log. An unreachable Slack does not stop
    the bot (it may be a passing outage): the warning says so."""
    import aiohttp
    from slack_sdk.errors import SlackApiError

    try:
        result = await app.client.auth_test()
    except SlackApiError as exc:
        error = str(exc.response.get("error") or "refused")
        raise ConfigError("SLACK_BOT_TOKEN", f"was refused by Slack ({error})") from None
    except (TimeoutError, OSError, aiohttp.ClientError) as exc:
        log.warning("Slack could not be reached to check the bot token (%s): serving anyway", type(exc).__name__)
        return
    log.info("installed in the Slack workspace %s (%s)", result.get("team"), result.get("team_id"))


async def _run(settings: Settings, db: Any) -> int:
    from bot.app import build_app, make_deps
    from bot.escalation import run_forever
    from bot.server import serve_http, serve_socket_mode

    deps = make_deps(settings, db)  # reads AREA_CONFIG: a bad file stops here, naming its line
    if settings.record_key is None:
        log.warning("RECORD_KEY is not set: free-text fields are stored as plain text")
    if settings.chain_key is None:
        log.warning(
            "CHAIN_KEY is not set: records are hashed with plain SHA-256, which anyone who can write to the "
            "database can recompute; keep an anchor (infoshare-bot anchor) outside it"
        )
    if not settings.advice_channel:
        log.warning("ADVICE_CHANNEL is not set: asking colleagues for advice is off")
    app = build_app(settings, deps=deps)
    await _self_check(app)
    # What is built at start lives as long as the process: among it the redactor's word
    # lists, sets of several hundred thousand words. Every full garbage collection walked
    # them all (about 80 ms each here), and under a burst of requests that held acks back
    # for up to a second (bench: SQLite ack p99 1.05 s, 0.13 s frozen). Freezing leaves
    # them out; whatever is built from here on is collected as usual.
    gc.collect()
    gc.freeze()
    escalation = asyncio.create_task(run_forever(app.client, deps))  # noqa: F841 - runs with the server
    if settings.slack_app_token is not None:
        await serve_socket_mode(app, settings.slack_app_token.get_secret_value())
    else:
        await serve_http(app, settings.port)
    return 0


def _warn_unkeyed_chain(chain_key: bytes | None) -> None:
    if chain_key is None:
        print(
            "note: CHAIN_KEY is not set: anyone who can write to the database can re-hash the chain; "
            "only an anchor kept elsewhere (infoshare-bot anchor) shows that",
            file=sys.stderr,
        )


def _flow_diagram(out: Path | None, version: str) -> int:
    """Mermaid always; SVG too when --out names an .svg and Graphviz is installed."""
    from flows.diagram import graphviz_available, to_mermaid, to_svg

    text = to_mermaid(version)
    if out is None:
        sys.stdout.write(text)
        return 0
    mermaid = out.with_suffix(".mmd") if out.suffix == ".svg" else out
    mermaid.write_text(text, encoding="utf-8")
    print(f"wrote {mermaid}")
    if out.suffix == ".svg":
        if not graphviz_available():
            print(
                "infoshare-bot: no SVG: Graphviz is not installed (pip install graphviz, and the `dot` program "
                "from your system's graphviz package). The Mermaid text above has the same diagram.",
                file=sys.stderr,
            )
            return 0
        out.write_bytes(to_svg(version))
        print(f"wrote {out}")
    return 0
