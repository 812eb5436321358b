"""The decision flow drawn from the state machine itself (transitions' diagram support).

The same STATES and TRANSITIONS that drive every conversation are handed to a
GraphMachine: Mermaid text always, SVG when Graphviz (the `graphviz` package and `dot`)
is installed.
"""

from __future__ import annotations

import shutil
from typing import Any, Literal

from transitions.extensions import GraphMachine

from flows.machine import FLOW_VERSION, ORDER, STATES, TRANSITIONS, Dialogue
from flows.outcome import OUTCOME_LABELS


class _Drawn(Dialogue):
    def __init__(self) -> None:
        super().__init__({})


def _graph(engine: Literal["graphviz", "mermaid"], version: str = FLOW_VERSION) -> Any:
    model = _Drawn()
    GraphMachine(
        model=model,
        states=list(STATES),
        transitions=TRANSITIONS,
        initial=ORDER[0],
        auto_transitions=False,
        graph_engine=engine,
        show_conditions=True,
        title=f"infoshare decision flow {version}",
    )
    return model.get_graph()  # type: ignore[attr-defined]


def to_mermaid(version: str = FLOW_VERSION) -> str:
    """Every question (state), answer (trigger), branch (condition) and the outcomes;
    the title carries the flow version in force (an area's own, with AREA_CONFIG)."""
    text = _graph("mermaid", version).draw(None)
    outcomes = " / ".join(f"{o.value} ({label})" for o, label in OUTCOME_LABELS.items())
    return text.rstrip() + f"\n  note right of confirm : outcome is one of {outcomes}\n"


def graphviz_available() -> bool:
    try:
        import graphviz  # noqa: F401
    except ImportError:
        return False
    return shutil.which("dot") is not None


def to_svg(version: str = FLOW_VERSION) -> bytes:
    return _graph("graphviz", version).draw(None, format="svg", prog="dot")
