"""The drawn flow: complete, and the copy in docs/ (and the README) still matches the machine."""

from pathlib import Path

from flows.diagram import to_mermaid
from flows.machine import ROUTES, STATES

ROOT = Path(__file__).resolve().parents[2]


def test_every_state_and_route_is_drawn():
    text = to_mermaid()
    for state in STATES:
        assert f'state "{state}" as {state}' in text
    edges = {}  # (source, dest) -> labels; the diagram merges answers that share an arrow
    for line in text.splitlines():
        if " --> " in line and ": " in line:
            ends, labels = line.strip().split(": ", 1)
            source, dest = ends.split(" --> ")
            edges[(source, dest)] = set(labels.split(" | "))
    for source, trigger, dest, condition in ROUTES:
        label = f"{trigger} [{condition}]" if condition else trigger
        assert label in edges.get((source, dest), set()), (source, trigger, dest)
    for outcome in ("share_with_consent", "share_without_consent", "do_not_share"):
        assert outcome in text


def test_docs_copy_matches_the_machine():
    assert (ROOT / "docs" / "flow.mmd").read_text() == to_mermaid(), (
        "docs/flow.mmd is stale: run infoshare-bot flow-diagram --out docs/flow.mmd"
    )


def test_readme_shows_the_same_diagram():
    assert "```mermaid\n" + to_mermaid() + "```" in (ROOT / "README.md").read_text(), (
        "README's diagram is stale: paste docs/flow.mmd into its mermaid block"
    )
