"""The decision flow as a Mermaid diagram, drawn from the machine's own transitions."""

from __future__ import annotations

from flows.machine import MACHINE, STATES
from flows.questions import QUESTIONS


def _node(state: str) -> str:
    q = QUESTIONS.get(state)
    label = f"{state}: {q.text}" if q else state.replace("_", " ")
    label = label.replace('"', "'")
    return f'    {state}["{label}"]'


def to_mermaid() -> str:
    """Every state, and every transition with its trigger (and condition, if any)."""
    lines = ["flowchart TD"]
    lines.extend(_node(s) for s in STATES)
    for trigger_name, event in MACHINE.events.items():
        for source, transitions in event.transitions.items():
            for t in transitions:
                label = trigger_name
                if t.conditions:
                    label += " [" + ", ".join(str(c.func) for c in t.conditions) + "]"
                lines.append(f"    {source} -->|{label}| {t.dest}")
    return "\n".join(lines) + "\n"
