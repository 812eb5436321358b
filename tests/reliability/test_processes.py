"""Real processes: SIGKILL at every step of a dialogue, and two instances on one database."""

import asyncio
import json
import signal

import pytest

from flows import decisions
from flows.records import export, verify
from tests.processes import BotProcess
from tests.reliability.figures import CONCURRENT_CONVERSATIONS, EXPECTED, INSTANCES, TYPED_DIALOGUE
from tests.slack_sim import Practitioner, SlackSim

ANSWERS = dict(TYPED_DIALOGUE)


async def test_sigkill_at_every_step_loses_nothing(tmp_path, db_url, db, fake):
    """At every question the bot is killed twice: the moment the answer is acked (its work
    may be half done), and again after it replied. Each time it restarts and the
    practitioner carries on from wherever they find themselves."""
    bot = await BotProcess(tmp_path, db_url, fake.url).start()
    alice = Practitioner(SlackSim(bot.events_url, fake), "U1")
    await alice.say("start")
    kills, killed_at_once = 0, set()
    for _ in range(len(TYPED_DIALOGUE) * 3):
        step = await decisions.current(db=db, team_id="T1", user_id="U1")
        if step is None:
            break
        if kills:  # after a restart the practitioner asks where they were and is shown it
            await alice.say("start")
            assert "Your decision in progress" in json.dumps(alice.last()["blocks"])
            assert alice.current_question() == step.state
        if step.state not in killed_at_once:
            killed_at_once.add(step.state)
            assert (await alice.sim.event(alice.message_event(ANSWERS[step.state]))).status == 200
        else:
            await alice.say(ANSWERS[step.state])
        await bot.kill(signal.SIGKILL)
        kills += 1
        bot = await BotProcess(tmp_path, db_url, fake.url, port=bot.port).start()
    await bot.kill(signal.SIGTERM)
    [record] = json.loads(await export(db=db))
    for key, value in EXPECTED.items():
        assert record[key] == value, key
    assert list(record["answers"]) == list(ANSWERS)
    assert (await verify(db=db)).ok
    assert killed_at_once == set(ANSWERS) and kills >= len(ANSWERS)


async def test_two_instances_share_one_database(tmp_path, fake, db_url):
    if db_url.startswith("sqlite"):
        pytest.skip("several instances share a server database: this test runs on PostgreSQL only")
    url = db_url
    bots = [await BotProcess(tmp_path, url, fake.url).start() for _ in range(INSTANCES)]
    try:
        sims = [SlackSim(b.events_url, fake) for b in bots]

        async def practitioner(n: int) -> None:
            person = Practitioner(sims[n % INSTANCES], f"U{100 + n}")
            await person.say("start")
            for i, (question_id, text) in enumerate(TYPED_DIALOGUE):
                person.sim = sims[(n + i + 1) % INSTANCES]  # alternate instances on every event
                assert person.current_question() == question_id
                await person.say(text)
            assert "Decision recorded" in person.last()["text"]

        await asyncio.gather(*(practitioner(n) for n in range(CONCURRENT_CONVERSATIONS)))
    finally:
        for b in bots:
            await b.kill(signal.SIGTERM)
    from storage.db import make_engine, make_sessionmaker

    engine = make_engine(url)
    db = make_sessionmaker(engine)
    records = json.loads(await export(db=db))
    check = await verify(db=db)
    await engine.dispose()
    assert sorted(r["decided_by"] for r in records) == sorted(f"U{100 + n}" for n in range(CONCURRENT_CONVERSATIONS))
    assert all(r["outcome"] == EXPECTED["outcome"] and list(r["answers"]) == list(ANSWERS) for r in records)
    assert check.ok and check.checked == CONCURRENT_CONVERSATIONS
    for b in bots:
        assert b"Traceback" not in b.stderr
