"""Issue 13, info: an offline dependency audit.

`advisories.csv` beside this file is a dated snapshot of published advisories (package,
first fixed version, id). Every lower bound in pyproject.toml and every pin in
constraints.txt must be at or past each fixed version, so neither a fresh install nor
the tested set can pick up a version with a known advisory. No network is used.
"""

from __future__ import annotations

import csv
import re
import tomllib
from datetime import date
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("advisories.csv")


def advisories(text: str) -> list[tuple[str, Version, str]]:
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return [(canonicalize_name(r["package"]), Version(r["fixed_in"]), r["advisory"]) for r in rows]


def lower_bounds(pyproject: str) -> dict[str, Version | None]:
    """Each requirement's lowest allowed version (None when it has no lower bound)."""
    data = tomllib.loads(pyproject)
    requirements = [*data["build-system"]["requires"], *data["project"]["dependencies"]]
    for extra in data["project"].get("optional-dependencies", {}).values():
        requirements += extra
    bounds: dict[str, Version | None] = {}
    for line in requirements:
        req = Requirement(line)
        lows = [Version(s.version) for s in req.specifier if s.operator in (">=", "==", "~=", "===")]
        lows += [Version(s.version) for s in req.specifier if s.operator == ">"]  # strictly above: still a floor
        bounds[canonicalize_name(req.name)] = max(lows) if lows else None
    return bounds


def pins(constraints: str) -> dict[str, Version]:
    out = {}
    for line in constraints.splitlines():
        m = re.fullmatch(r"\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+).*", line)
        if m:
            out[canonicalize_name(m[1])] = Version(m[2])
    return out


def problems(snapshot: str, pyproject: str, constraints: str) -> list[str]:
    bounds, pinned, found = lower_bounds(pyproject), pins(constraints), []
    for package, fixed, advisory in advisories(snapshot):
        if package in bounds and (bounds[package] is None or bounds[package] < fixed):
            found.append(f"pyproject.toml allows {package} {bounds[package] or 'any version'} < {fixed} ({advisory})")
        if package in pinned and pinned[package] < fixed:
            found.append(f"constraints.txt pins {package} {pinned[package]} < {fixed} ({advisory})")
    return found


def test_no_lower_bound_or_pin_is_before_a_listed_fix():
    found = problems(
        SNAPSHOT.read_text(), (ROOT / "pyproject.toml").read_text(), (ROOT / "constraints.txt").read_text()
    )
    assert found == []


def test_the_audit_catches_the_old_bounds_and_an_old_pin():
    """The bounds issue 13 found, and a pin behind a fix, are both reported."""
    old = (ROOT / "pyproject.toml").read_text()
    old = re.sub(r'"aiohttp>=[^"]+"', '"aiohttp>=3.10"', old)
    old = re.sub(r'"cryptography>=[^"]+"', '"cryptography>=42"', old)
    found = problems(SNAPSHOT.read_text(), old, "aiohttp==3.12.13\ncryptography==50.0.2\n")
    assert any(p.startswith("pyproject.toml allows aiohttp 3.10 < 3.12.14 (CVE-2025-53643)") for p in found)
    assert any(p.startswith("pyproject.toml allows cryptography 42 < 44.0.1 (CVE-2024-12797)") for p in found)
    assert "constraints.txt pins aiohttp 3.12.13 < 3.12.14 (CVE-2025-53643)" in found
    assert not any("constraints.txt pins cryptography" in p for p in found)
    unbounded = problems("package,fixed_in,advisory\nidna,3.7,CVE-2024-3651\n", old.replace(
        '"aiohttp>=3.10",', '"aiohttp>=3.10", "idna",'), "")  # fmt: skip
    assert unbounded == ["pyproject.toml allows idna any version < 3.7 (CVE-2024-3651)"]


def test_the_snapshot_is_dated_and_every_row_applies_to_a_dependency():
    text = SNAPSHOT.read_text()
    stamp = re.search(r"^# snapshot: (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
    assert stamp and date.fromisoformat(stamp[1]) <= date.today()
    known = set(lower_bounds((ROOT / "pyproject.toml").read_text())) | set(pins((ROOT / "constraints.txt").read_text()))
    rows = advisories(text)
    assert rows and {package for package, _, _ in rows} <= known
    assert {"aiohttp", "cryptography"} <= {package for package, _, _ in rows}
