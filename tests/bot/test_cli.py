"""The command line as a person uses it: a real process, real stdin and stdout."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from flows.machine import STATES
from storage.db import make_engine
from tests.slack_sim import SECRET


def run(args, cwd, db_url=None, stdin="", **env):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_URL"))}
    if db_url:
        full_env["DATABASE_URL"] = db_url
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


# A whole decision typed at the terminal: raising a concern, additional needs, the family
# agrees, every check confirmed, shared by secure email.
TYPED = (
    "\n".join(
        [
            *["2", "2", "1", "1", "1"],  # emergency no, allegation no, raising, purpose yes, identify
            *["2", "1", "2"],  # additional needs, under 13, cannot decide alone
            *["7", "1"],  # none of these, the family agreed
            *["1", "4"],  # public body, neither health nor crime
            *["y"] * 7,  # checklist
            *["7", "Family hub worker"],  # early help + role
            "Needs help with housing and school attendance.",
            *["2", ""],  # secure email, no detail (they agreed, so "will they know" is not asked)
            "She wants help with her homework.",  # the child's views
            "Family asked for help.",  # reasons
            *["1", ""],  # agreed with the DSL
            "",  # no case reference
            "1",  # confirm
        ]
    )
    + "\n"
)


def test_chat_walks_a_whole_decision_to_a_record(tmp_path, db_url):
    result = run(["chat", "--user", "tester"], tmp_path, db_url, TYPED)
    assert result.returncode == 0, result.stderr
    assert "Decision recorded: ISR-" in result.stdout and "Traceback" not in result.stderr
    exported = run(["export"], tmp_path, db_url)
    [record] = json.loads(exported.stdout)
    assert record["decided_by"] == "tester" and record["outcome"] == "share_with_consent"
    assert record["shared_with"] == "Early help: Family hub worker" and record["method"] == "Secure email"
    assert record["answers"]["family_view"] == "agreed"


def test_chat_quit_keeps_the_place_and_resumes(tmp_path, db_url):
    first = run(["chat", "--user", "tester"], tmp_path, db_url, "2\n2\nq\n")
    assert first.returncode == 0 and "Your decision is saved" in first.stdout
    second = run(["chat", "--user", "tester"], tmp_path, db_url, "q\n")
    assert "Carrying on with your decision in progress" in second.stdout
    assert "3. Are you raising a concern yourself" in second.stdout


def test_chat_end_of_input_is_not_a_traceback(tmp_path, db_url):
    result = run(["chat"], tmp_path, db_url, "")
    assert result.returncode == 0 and "Traceback" not in result.stderr


async def test_verify_names_a_record_changed_in_the_database(tmp_path, db_url):
    assert run(["chat", "--user", "a"], tmp_path, db_url, TYPED).returncode == 0
    assert run(["chat", "--user", "b"], tmp_path, db_url, TYPED).returncode == 0
    ok = run(["verify"], tmp_path, db_url)
    assert ok.returncode == 0 and "2 records, hash chain intact" in ok.stdout
    reference = json.loads(run(["export"], tmp_path, db_url).stdout)[0]["reference"]
    engine = make_engine(db_url)
    async with engine.begin() as conn:
        await conn.execute(
            text("UPDATE decisionrecord SET outcome = 'do_not_share' WHERE reference = :r"), {"r": reference}
        )
    await engine.dispose()
    broken = run(["verify"], tmp_path, db_url)
    assert broken.returncode == 1 and reference in broken.stdout


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "not-a-token"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "PORT": "eighty"}, "PORT"),
        ({"DATABASE_URL": "postgresql://sync-driver/x"}, "DATABASE_URL"),
    ],
)
def test_run_refuses_bad_configuration_by_name(tmp_path, env, variable):
    result = run(["run"], tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", **env)
    assert result.returncode == 2
    assert variable in result.stderr and "Traceback" not in result.stderr
    assert "api.slack.com" in result.stderr or "async" in result.stderr or "port" in result.stderr.lower()


def test_unreachable_database_is_a_clear_message(tmp_path):
    result = run(["export"], tmp_path, "postgresql+asyncpg://nobody@127.0.0.1:1/none")
    assert result.returncode == 3 and "DATABASE_URL" in result.stderr and "Traceback" not in result.stderr


def test_flow_diagram_has_every_state(tmp_path):
    result = run(["flow-diagram"], tmp_path)
    assert result.returncode == 0
    for state in STATES:
        assert f'state "{state}" as {state}' in result.stdout
    assert (
        "family_view --> lawful_basis: agreed | objected [harm_is_significant] | unreachable [harm_is_significant]"
        in (result.stdout)
    )
    svg = run(["flow-diagram", "--out", str(tmp_path / "flow.svg")], tmp_path)
    assert svg.returncode == 0 and (tmp_path / "flow.mmd").read_text() == result.stdout
    assert (tmp_path / "flow.svg").exists() or "Graphviz is not installed" in svg.stderr


async def test_run_serves_slack_over_http(tmp_path, db_url, fake):
    """`infoshare-bot run` as deployed: HTTP mode, /healthz, a signed DM answered via the Web API."""
    import signal

    from tests.processes import BotProcess
    from tests.slack_sim import Practitioner, SlackSim

    bot = await BotProcess(tmp_path, db_url, fake.url).start()
    try:
        alice = Practitioner(SlackSim(url=bot.events_url, fake=fake), "U1")
        await alice.say("start")
        assert alice.current_question() == "emergency"
    finally:
        await bot.kill(signal.SIGTERM)
    assert b"RECORD_KEY is not set" in bot.stderr and b"Traceback" not in bot.stderr
    assert b"CHAIN_KEY is not set" in bot.stderr


def test_chat_uses_the_areas_wording_and_records_its_flow_version(tmp_path, db_url):
    from flows.area import load_area

    example = Path(__file__).resolve().parents[2] / "docs" / "area-example.toml"
    result = run(["chat", "--user", "tester"], tmp_path, db_url, TYPED, AREA_CONFIG=str(example))
    assert result.returncode == 0, result.stderr
    assert "Is a child in danger right now" in result.stdout and "Needs help" in result.stdout
    [record] = json.loads(run(["export"], tmp_path, db_url).stdout)
    assert record["flow_version"] == load_area(example).version


def test_a_bad_area_file_stops_the_bot_naming_the_line(tmp_path):
    bad = tmp_path / "area.toml"
    bad.write_text('[contacts]\nfront_door = "x"\nfront_dor = "typo"\n')
    result = run(["run"], tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'x.db'}", SLACK_BOT_TOKEN="xoxb-1",
                 SLACK_SIGNING_SECRET=SECRET, AREA_CONFIG=str(bad))  # fmt: skip
    assert result.returncode == 2 and "AREA_CONFIG" in result.stderr and "line 3" in result.stderr
    assert "Traceback" not in result.stderr


def test_record_key_encrypts_at_rest_and_export_decrypts(tmp_path, db_url):
    import base64
    import os as _os

    key_a, key_b = (base64.b64encode(_os.urandom(32)).decode() for _ in range(2))
    assert run(["chat", "--user", "tester"], tmp_path, db_url, TYPED, RECORD_KEY=f"a:{key_a}").returncode == 0
    if db_url.startswith("sqlite"):  # nothing typed is in the database file, or its WAL, in plain text
        db_file = Path(db_url.removeprefix("sqlite+aiosqlite:///"))
        raw = b"".join(p.read_bytes() for p in db_file.parent.glob(db_file.name + "*"))
        assert b"Needs help with housing" not in raw and b"Family hub worker" not in raw
    exported = run(["export"], tmp_path, db_url, RECORD_KEY=f"a:{key_a}")
    assert json.loads(exported.stdout)[0]["shared_what"] == "Needs help with housing and school attendance."
    rotated = run(["rekey"], tmp_path, db_url, RECORD_KEY=f"b:{key_b},a:{key_a}")
    assert rotated.returncode == 0 and "re-encrypted 1 records with key b" in rotated.stdout
    assert run(["verify"], tmp_path, db_url, RECORD_KEY=f"b:{key_b}").returncode == 0
    stale = run(["export"], tmp_path, db_url, RECORD_KEY=f"a:{key_a}")
    assert stale.returncode != 0 and "'b'" in stale.stderr and "Traceback" not in stale.stderr
    bad = run(["export"], tmp_path, db_url, RECORD_KEY="a:nonsense!")
    assert bad.returncode == 2 and "RECORD_KEY" in bad.stderr and "not base64" in bad.stderr


def test_purge_command_reports_what_it_removed(tmp_path, db_url):
    assert run(["chat", "--user", "tester"], tmp_path, db_url, TYPED).returncode == 0
    kept = run(["purge"], tmp_path, db_url)
    assert kept.returncode == 0 and "purged 0 conversations and records kept (no retention set)" in kept.stdout
    refused = run(["purge", "--record-days", "0"], tmp_path, db_url)
    assert refused.returncode == 2 and "at least one day" in refused.stderr
    assert run(["verify"], tmp_path, db_url).returncode == 0
