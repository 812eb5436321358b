"""Redaction quality and speed on the labelled corpus (tests/data/redaction/).

    python -m bench.redaction_eval [--split tune|holdout|holdout2..holdout9|all]  (default: the newest holdout)

Recall counts a labelled identifier as caught when every character of it is inside a
redacted span (of any type: what matters is that it does not leave the DM). False
redactions are spans found in identifier-free prose, per 1,000 characters.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from flows.redaction import Redactor

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "redaction"


LATER_HOLDOUTS = ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9")


def load(name: str, split: str) -> list[dict]:
    """Rows of one split. The later holdouts (files *_holdoutN.jsonl) were each written by
    someone who never saw the engine, one after another: each was measured once while
    unseen, and the rules were then improved, so only the newest is a fair measure."""
    if split in LATER_HOLDOUTS:
        name = name.replace(".jsonl", f"_{split}.jsonl")
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split in ("all", r["split"])]


def covered(spans, start: int, end: int) -> bool:
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, end) if not i < 0)


def evaluate(redactor: Redactor, split: str = "holdout") -> dict:
    corpus, prose = load("corpus.jsonl", split), load("clean_prose.jsonl", split)
    result: dict = {"split": split, "sentences": len(corpus)}
    for use_known in (False, True):
        found, total, missed = Counter(), Counter(), []
        for row in corpus:
            spans = redactor.find(row["text"], known=row.get("known", []) if use_known else [])
            for gold in row["spans"]:
                kind = gold["type"]
                total[kind] += 1
                if covered(spans, gold["start"], gold["end"]):
                    found[kind] += 1
                elif not use_known:
                    missed.append((kind, row["text"][gold["start"] : gold["end"]]))
        key = "with_known" if use_known else "without_known"
        structured = sum(found[k] for k in total if k != "NAME" and k != "SCHOOL")
        structured_total = sum(total[k] for k in total if k != "NAME" and k != "SCHOOL")
        result[key] = {
            "by_type": {k: f"{found[k]}/{total[k]}" for k in sorted(total)},
            "structured_recall": structured / max(structured_total, 1),
            "name_recall": found["NAME"] / max(total["NAME"], 1),
            "school_recall": found["SCHOOL"] / max(total["SCHOOL"], 1),
        }
        if not use_known:
            result["missed_examples"] = missed[:40]
    chars = sum(len(r["text"]) for r in prose)
    false_spans = []
    for row in prose:
        for span in redactor.find(row["text"]):
            false_spans.append((span.kind, row["text"][span.start : span.end]))
    result["clean_prose"] = {
        "characters": chars,
        "false_redactions": len(false_spans),
        "per_1000_chars": 1000 * len(false_spans) / max(chars, 1),
        "examples": false_spans[:30],
    }
    return result


def speed(redactor: Redactor, rounds: int = 5) -> dict:
    """Milliseconds per 1,000 characters over the corpus, measured as the bot runs: with
    what was built before (the word lists) frozen out of the garbage collector, as
    `infoshare-bot run` does, so full collections walking them are not counted."""
    texts = [r["text"] for r in load("corpus.jsonl", "all") + load("clean_prose.jsonl", "all")]
    redactor.find("warm up the name lists")
    gc.collect()
    gc.freeze()
    per_k = []
    try:
        for _ in range(rounds):
            for text in texts:
                t0 = time.perf_counter()
                redactor.find(text)
                per_k.append((time.perf_counter() - t0) * 1000 * 1000 / max(len(text), 1))
    finally:
        gc.unfreeze()
    return {"median_ms_per_1000_chars": statistics.median(per_k), "p95": statistics.quantiles(per_k, n=20)[18]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default=LATER_HOLDOUTS[-1], choices=("tune", "holdout", *LATER_HOLDOUTS, "all"))
    args = parser.parse_args()
    redactor = Redactor()
    report = evaluate(redactor, args.split)
    report["speed"] = speed(redactor)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
