"""The benchmark: infoshare-bot against a bare Bolt app, in the same run, on this machine.

    python -m bench.run [--users 200] [--db sqlite,postgres] [--rounds 1] [--warmup 20] [--json FILE]

Starts `infoshare-bot run` in HTTP mode with a local Web API fake, drives N simulated
practitioners concurrently through a whole decision with signed requests, then replays
the very same requests against a bare Bolt app (each listener acks and posts one
message). Reports ack latency, click-to-next-question latency, requests per second and
peak memory for both, and the ratios; then two instances on one PostgreSQL database,
memory as open conversations grow from 100 to 10,000, and redaction speed. A benchmark,
not a test: it reports figures and never fails on them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp

from bench.load import SECRET, Fake, Stats, practitioner, replay
from bench.redaction_eval import speed
from flows.redaction import Redactor
from tests.processes import BotProcess, reset_database

PG_DEFAULT = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


CGROUP_CPU = Path("/sys/fs/cgroup/cpu")


class CpuCap:
    """Hold a process to a fixed share of one core (a cgroup v1 CPU quota), as if it ran
    on a machine of its own that size. On a small machine the load generator, the fake
    and the bots share the cores; capping each instance makes the instances, not the
    load generator, the bottleneck, so two instances against one measures the design
    (what they share: PostgreSQL) rather than the cores left over. Needs root; without
    it, says so and runs uncapped."""

    def __init__(self, pid: int, share: float) -> None:
        self.path = CGROUP_CPU / f"infoshare-bench-{pid}"
        try:
            self.path.mkdir(exist_ok=True)
            period = int((self.path / "cpu.cfs_period_us").read_text())
            (self.path / "cpu.cfs_quota_us").write_text(str(int(period * share)))
            (self.path / "cgroup.procs").write_text(str(pid))
            self.applied = True
        except OSError as exc:
            print(f"… could not cap the bot's CPU ({exc.strerror}); running uncapped", file=sys.stderr)
            self.applied = False

    def release(self) -> None:
        if self.applied:
            with contextlib.suppress(OSError):  # gone already, or still busy: harmless
                self.path.rmdir()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else float("nan")


def summary(stats: Stats, wall: float, rss: float) -> dict[str, float]:
    return {
        "ack_p50_ms": pct(stats.ack, 50),
        "ack_p95_ms": pct(stats.ack, 95),
        "ack_p99_ms": pct(stats.ack, 99),
        "next_p50_ms": pct(stats.to_next, 50),
        "next_p99_ms": pct(stats.to_next, 99),
        "requests_per_s": stats.requests / wall,
        "requests": stats.requests,
        "errors": stats.errors,
        "peak_rss_mb": rss,
    }


async def seed_conversations(url: str, count: int) -> None:
    """Open decisions of other users, so the database holds `count` of them."""
    from flows.machine import FLOW_VERSION
    from storage.db import make_engine, make_sessionmaker
    from storage.migrate import upgrade
    from storage.models import Conversation

    engine = make_engine(url)
    await upgrade(engine)
    db = make_sessionmaker(engine)
    async with db() as session, session.begin():
        for n in range(count):
            session.add(Conversation(id=uuid.uuid4().hex, team_id="T1", user_id=f"USEED{n}", state="purpose",
                                     path=["emergency", "allegation", "direction"], version=4,
                                     answers={"emergency": "no", "allegation": "no", "direction": "raising"},
                                     flow_version=FLOW_VERSION))  # fmt: skip
    await engine.dispose()


async def drive(urls: list[str], fake: Fake, users: int, first: int = 0) -> tuple[Stats, float, dict[str, list]]:
    stats, logs = Stats(), {f"U{first + n}": [] for n in range(users)}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(practitioner(session, urls, fake, u, stats, logs[u]) for u in logs))
        wall = time.perf_counter() - started
    return stats, wall, logs


# Warm-up practitioners are numbered from here, apart from the measured ones.
WARMUP_FIRST = 100_000


async def run_infoshare(db_url: str, users: int, workdir: Path, instances: int = 1, seed: int = 0,
                        first: int = 0, cpu_share: float | None = None,
                        warmup: int = 0) -> tuple[dict, dict[str, list], dict[str, list]]:  # fmt: skip
    """The bot's figures for `users` practitioners at once, after `warmup` others went
    through a whole decision uncounted (see `--warmup`); and both sets of requests."""
    if db_url.startswith("postgresql"):
        await reset_database(db_url)
    if seed:
        await seed_conversations(db_url, seed)
    fake = Fake()
    api = await fake.start()
    bots = [await BotProcess(workdir, db_url, api, secret=SECRET).start() for _ in range(instances)]
    caps = [CpuCap(b.proc.pid, cpu_share) for b in bots if b.proc] if cpu_share else []
    try:
        urls = [b.events_url for b in bots]
        warm_logs = (await drive(urls, fake, warmup, WARMUP_FIRST))[2] if warmup else {}
        stats, wall, logs = await drive(urls, fake, users, first)
        rss = max(b.peak_rss_mb() for b in bots)
    finally:
        for b in bots:
            await b.kill()
        for cap in caps:
            cap.release()
        await fake.stop()
    return summary(stats, wall, rss), logs, warm_logs


async def run_bare(logs: dict[str, list], workdir: Path, warm_logs: dict[str, list] | None = None) -> dict:
    """Bare Bolt's figures for the very same requests, after the same warm-up."""
    fake = Fake()
    api = await fake.start()
    script = str(Path(__file__).with_name("bare_bolt.py"))
    bare = await BotProcess(workdir, "unused", api, secret=SECRET, argv=(script,)).start()
    stats = Stats()
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            uncounted = Stats()
            await asyncio.gather(*(replay(session, bare.events_url, fake, u, reqs, uncounted)
                                   for u, reqs in (warm_logs or {}).items()))  # fmt: skip
            started = time.perf_counter()
            await asyncio.gather(*(replay(session, bare.events_url, fake, u, reqs, stats) for u, reqs in logs.items()))
            wall = time.perf_counter() - started
        rss = bare.peak_rss_mb()
    finally:
        await bare.kill()
        await fake.stop()
    return summary(stats, wall, rss)


def ratios(bot: dict, bare: dict) -> dict[str, float]:
    return {
        "ack_p99": bot["ack_p99_ms"] / bare["ack_p99_ms"],
        "next_p99": bot["next_p99_ms"] / bare["next_p99_ms"],
        "throughput": bot["requests_per_s"] / bare["requests_per_s"],
    }


def table(rows: dict[str, dict]) -> str:
    keys = ["ack_p50_ms", "ack_p95_ms", "ack_p99_ms", "next_p50_ms", "next_p99_ms", "requests_per_s", "peak_rss_mb",
            "errors"]  # fmt: skip
    lines = ["| run | " + " | ".join(keys) + " |", "|" + " --- |" * (len(keys) + 1)]
    for name, row in rows.items():
        lines.append(f"| {name} | " + " | ".join(f"{row[k]:.1f}" if isinstance(row[k], float) else str(row[k])
                                                   for k in keys) + " |")  # fmt: skip
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {"users": args.users, "steps_per_user": 19, "machine": f"{os.cpu_count()} cores"}
    rows: dict[str, dict] = {}
    # First, while nothing else runs: after the load runs the database is still busy
    # writing out what they left (on 2026-11-30 the same code measured 6.8 ms per 1,000
    # characters at the end of a full run, 4.8-5.7 on its own minutes later).
    print("… redaction speed on the advice corpus", file=sys.stderr)
    report["redaction"] = speed(Redactor())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for db in args.db.split(","):
            url = f"sqlite+aiosqlite:///{work / 'bench.db'}" if db == "sqlite" else args.pg_url
            rounds = []
            for n in range(1, args.rounds + 1):
                print(
                    f"… infoshare-bot on {db}, {args.users} practitioners (round {n} of {args.rounds})", file=sys.stderr
                )
                bot, logs, warm_logs = await run_infoshare(url, args.users, work, warmup=args.warmup)
                print("… bare Bolt, the same requests", file=sys.stderr)
                rounds.append((bot, await run_bare(logs, work, warm_logs)))
                if db == "sqlite":
                    (work / "bench.db").unlink(missing_ok=True)
            each = [ratios(bot, bare) for bot, bare in rounds]
            # Each ratio's median over the paired rounds; the table shows the round whose
            # throughput ratio is the median.
            report[f"ratios_{db}"] = {key: statistics.median(r[key] for r in each) for key in each[0]}
            report[f"ratios_{db}_rounds"] = each
            middle = sorted(range(len(each)), key=lambda i: each[i]["throughput"])[len(each) // 2]
            rows[f"infoshare ({db})"], rows[f"bare Bolt (vs {db})"] = rounds[middle]
        if "postgres" in args.db and args.instances:
            share = args.instance_cpu or None
            capped = f", each held to {share:.0%} of a core" if share else ""
            print(f"… one and two instances on one PostgreSQL{capped}", file=sys.stderr)
            one, *_ = await run_infoshare(args.pg_url, args.users, work, 1, cpu_share=share, warmup=args.warmup)
            two, *_ = await run_infoshare(args.pg_url, args.users, work, 2, cpu_share=share, warmup=args.warmup)
            rows[f"1 instance (postgres{capped})"], rows[f"2 instances (postgres{capped})"] = one, two
            report["two_instance_throughput_ratio"] = two["requests_per_s"] / one["requests_per_s"]
            report["instance_cpu_share"] = share
        if args.memory:
            db = "postgres" if "postgres" in args.db else "sqlite"
            for seed in (100, 10_000):
                print(f"… memory with {seed} open conversations ({db})", file=sys.stderr)
                url = args.pg_url if db == "postgres" else f"sqlite+aiosqlite:///{work / f'mem{seed}.db'}"
                result, *_ = await run_infoshare(url, args.memory_users, work, seed=seed, warmup=args.warmup)
                rows[f"{seed} open conversations ({db})"] = result
            report["memory_ratio_10000_vs_100"] = (
                rows[f"10000 open conversations ({db})"]["peak_rss_mb"] / rows[f"100 open conversations ({db})"]["peak_rss_mb"]
            )  # fmt: skip
    report["runs"] = rows
    print(table(rows))
    print(json.dumps({k: v for k, v in report.items() if k != "runs"}, indent=2))
    return report


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200, help="practitioners at once (default 200)")
    parser.add_argument("--db", default="sqlite,postgres", help="sqlite, postgres or both (default both)")
    parser.add_argument("--pg-url", default=os.environ.get("INFOSHARE_TEST_POSTGRES_URL", PG_DEFAULT))
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="paired runs of the bot then bare Bolt per database; ratios are the median (default 1)",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=20,
        help="practitioners taken through a whole decision first, uncounted, by the bot and by bare Bolt alike, "
        "so each run measures a service that is up and running, not its first seconds (default 20: one per "
        "pooled database connection; 0 = none)",
    )
    parser.add_argument("--no-instances", dest="instances", action="store_false", help="skip the two-instance run")
    parser.add_argument("--no-memory", dest="memory", action="store_false", help="skip the 100 vs 10,000 run")
    parser.add_argument(
        "--instance-cpu",
        type=float,
        default=0.35,
        metavar="SHARE",
        help="hold each instance to this share of a core in the one-against-two run, as if on "
        "machines of their own (cgroup CPU quota, needs root; 0 = uncapped; default 0.35)",
    )
    parser.add_argument("--memory-users", type=int, default=50)
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()
    report = asyncio.run(main(args))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    cli()
