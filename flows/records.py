"""Decision records for operators: export and chain verification.

Lives in flows so the CLI (bot) reaches storage only through here, as the layering asks.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from flows.decisions import Db
from storage import repository as repo
from storage.models import DecisionRecord

# The contract fields of DESIGN.md first, in its order; more follow.
EXPORT_FIELDS = (
    "reference", "created_at", "decided_by", "team_id", "flow_version", "outcome",
    "recommended_outcome", "override_reason", "inform_family", "consent", "risks",
    "lawful_basis", "purpose", "shared_what", "shared_with", "method", "reasons",
    "exception", "review_point", "case_ref", "advice", "answers", "prev_hash", "hash",
)  # fmt: skip


def as_export(record: DecisionRecord) -> dict[str, Any]:
    data = record.model_dump()
    out = {name: data[name] for name in EXPORT_FIELDS}
    out["created_at"] = record.created_at.isoformat().replace("+00:00", "Z")
    return out


async def iter_export(*, db: Db, since: datetime | None = None) -> AsyncIterator[dict[str, Any]]:
    async with db() as session:
        async for record in repo.iter_records(session=session):
            if since is None or record.created_at >= since:
                yield as_export(record)


async def export(*, db: Db, fmt: str = "json", since: datetime | None = None) -> str:
    rows = [row async for row in iter_export(db=db, since=since)]
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(EXPORT_FIELDS))
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in row.items()}
        )
    return buf.getvalue()


async def verify(*, db: Db) -> repo.ChainCheck:
    async with db() as session:
        return await repo.verify_chain(session=session)
