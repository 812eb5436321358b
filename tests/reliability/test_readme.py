"""README's Reliability table is rendered from the counts the tests use; this test fails
when they drift. Regenerate with `python -m tests.reliability.test_readme`."""

from pathlib import Path

from storage.db import IDLE_PING_SECONDS
from tests.reliability import figures as f

README = Path(__file__).resolve().parents[2] / "README.md"


def render() -> str:
    steps = len(f.TYPED_DIALOGUE)
    rows = [
        ("Raced clicks (`test_exactly_once.py`)",
         f"{f.CLICKS_RACED} identical clicks at once on one answer, and {f.CLICKS_RACED} on the final confirm",
         "one transition, one record"),
        ("Retried events (`test_exactly_once.py`)",
         f"all {steps} DM events of a whole dialogue sent {f.REPLAYS} times each "
         f"({steps * f.REPLAYS} requests, retries with `X-Slack-Retry-Num`)",
         "each answer applied once, one record"),
        ("Crashes (`test_processes.py`)",
         f"SIGKILL the moment each of the {steps} answers is acked, and again after each reply "
         f"(at least {steps} kills), restart, carry on",
         "resumed at the right question every time; one record; chain intact"),
        ("Two instances (`test_processes.py`)",
         f"{f.INSTANCES} `run` processes on one PostgreSQL, {f.CONCURRENT_CONVERSATIONS} dialogues at once, "
         "alternating instance on every event",
         f"{f.CONCURRENT_CONVERSATIONS} consistent conversations, each record once, chain intact"),
        ("Database outage (`test_dependencies.py`)",
         "PostgreSQL connection cut mid-dialogue, then restored",
         "user told the answer was not saved; the same click works once it is back"),
        ("Database restart (`test_dependencies.py`)",
         "PostgreSQL connections cut and the database back at once; and after a quiet spell",
         "the next answer is saved without an error (its first read is retried once on a fresh connection; "
         f"connections idle over {IDLE_PING_SECONDS:g} s are checked before use)"),
        ("Slack failures (`test_dependencies.py`)",
         "429 with `Retry-After`, `channel_not_found`, `message_not_found`",
         "waited out or handled; no answer lost"),
        ("Fuzzed payloads (`test_hostile_input.py`)",
         f"{f.FUZZ_PAYLOADS} malformed, truncated, oversized and wrongly typed signed payloads (hypothesis)",
         "process alive, answers 200/400/401/404, state unchanged"),
        ("Logs (`test_hostile_input.py`, `test_advice.py`)",
         "all log output at DEBUG of a whole dialogue, and of an advice exchange, with names, addresses "
         "and phone numbers typed in",
         "none of the typed text in any log line"),
    ]  # fmt: skip
    lines = ["| test | what it does | result |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def test_readme_reliability_table_matches_the_tests():
    assert render() in README.read_text(), (
        "README's Reliability table is stale: run python -m tests.reliability.test_readme"
    )


if __name__ == "__main__":
    print(render())
