"""House rules that keep the code base tidy: one-way imports, lint and types."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "flows": {"bot", "slack_bolt", "slack_sdk"},
    "storage": {"bot", "flows", "slack_bolt", "slack_sdk", "transitions"},
}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_run_bot_to_flows_to_storage(package):
    offenders = {
        str(p.relative_to(ROOT)): sorted(imported_roots(p) & FORBIDDEN[package])
        for p in (ROOT / package).rglob("*.py")
        if imported_roots(p) & FORBIDDEN[package]
    }
    assert offenders == {}


def test_bot_reaches_storage_only_to_build_the_engine():
    for p in ROOT.joinpath("bot").rglob("*.py"):
        assert "storage" not in imported_roots(p) or p.name in ("app.py", "cli.py", "settings.py"), p


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def bot_modules(under: str = "") -> list[Path]:
    return sorted(ROOT.joinpath("bot", under).rglob("*.py"))


def test_block_kit_is_built_only_in_bot_views():
    """Where a message is built is found from the layout: `bot/views/`, one module per surface."""
    outside = [
        str(p.relative_to(ROOT))
        for p in bot_modules()
        if "views" not in p.parts and any(m.startswith("slack_sdk.models") for m in imported_modules(p))
    ]
    assert outside == []


def test_views_are_pure():
    """Views neither talk to Slack nor to the database: they turn data into Block Kit."""
    for p in bot_modules("views"):
        talk = {
            m for m in imported_modules(p) if m.startswith(("slack_bolt", "slack_sdk.web", "storage", "bot.listeners"))
        }
        assert talk == set(), p


def test_listeners_are_registered_only_in_bot_listeners():
    """Where a click is handled is found from the layout: `bot/listeners/`, one module per kind."""
    registering = ("action", "view", "event", "message", "command", "shortcut", "options")
    outside = []
    for p in bot_modules():
        if "listeners" in p.parts:
            continue
        for node in ast.walk(ast.parse(p.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in registering
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "app"
            ):
                outside.append(f"{p.relative_to(ROOT)}:{node.lineno}")
    assert outside == []


def test_the_console_does_not_speak_slack():
    """The terminal and the CLI drive `flows` directly; Slack stays in the listeners."""
    for p in bot_modules("console"):
        assert not {m for m in imported_modules(p) if m.startswith(("slack_bolt", "bot.listeners", "bot.views"))}, p


@pytest.mark.parametrize("tool", [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]])
def test_lint_and_types(tool):
    result = subprocess.run([sys.executable, "-m", *tool], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
