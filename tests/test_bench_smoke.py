"""The benchmark's code, run small so it does not rot. Not a benchmark: no timing is judged."""

import argparse

from bench import run
from bench.load import DIALOGUE


async def test_bench_runs_end_to_end_with_a_few_users(db_url):
    db = "sqlite" if db_url.startswith("sqlite") else "postgres"
    args = argparse.Namespace(users=3, db=db, pg_url=db_url, instances=db == "postgres", memory=False,
                              memory_users=2, json=None, instance_cpu=0.5, rounds=2,
                              warmup=2)  # fmt: skip
    report = await run.main(args)
    for name, row in report["runs"].items():
        assert row["errors"] == 0 and row["requests"] > 0, name
    infoshare = report["runs"][f"infoshare ({db})"]
    # the two warm-up practitioners' requests are not counted, by either
    assert infoshare["requests"] == report["runs"][f"bare Bolt (vs {db})"]["requests"] == 3 * (len(DIALOGUE) + 1)
    assert set(report[f"ratios_{db}"]) == {"ack_p99", "next_p99", "throughput"}
    assert len(report[f"ratios_{db}_rounds"]) == 2  # paired rounds, the median reported
    assert report["redaction"]["median_ms_per_1000_chars"] > 0
    if db == "postgres":  # the capped one-against-two run, and its cgroups left tidy
        assert report["instance_cpu_share"] == 0.5 and "two_instance_throughput_ratio" in report
        assert not list(run.CGROUP_CPU.glob("infoshare-bench-*"))
