"""CSV export of any kind of record, for spreadsheets.

UTF-8 with a byte order mark (so that Excel reads accents right), one column per field,
and for every reference a second column with the referenced record's label. A text cell
starting with = + - @ (or their full-width forms), any white space (tab, carriage return,
line feed, space, no-break space...) or a byte order mark is prefixed with a single quote
so that no spreadsheet runs it as a formula (CSV injection): spreadsheets skip leading
white space and fold full-width signs before they look for a formula.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from migdesk.atomic_write import atomic_file
from migdesk.services.errors import MigdeskError
from migdesk.services.kinds import kind_spec
from migdesk.services.records import list_records
from migdesk.store.database import Database

FORMULA_STARTS = ("=", "+", "-", "@", "\ufeff", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def guard(value: Any) -> Any:
    """A cell value safe from formula injection (text only; numbers stay numbers)."""
    if isinstance(value, str) and value and (value.startswith(FORMULA_STARTS) or value[0].isspace()):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return "; ".join(value)
        return json.dumps(value, ensure_ascii=False)
    return value


def rows(db: Database, kind: str) -> tuple[list[str], list[list[Any]]]:
    """The header and the rows (live records, natural order) of a kind, guarded."""
    spec = kind_spec(kind)
    labels: dict[str, dict[str, str]] = {}
    for f in spec.fields:
        if f.ref_kind and f.ref_kind not in labels:
            labels[f.ref_kind] = {r.id: r.label for r in list_records(db, f.ref_kind, include_deleted=True)}
    header = ["id"]
    for f in spec.fields:
        header.append(f.name)
        if f.ref_kind:
            if f.name.endswith("_ids"):
                header.append(f"{f.name.removesuffix('_ids')}_labels")
            else:
                header.append(f"{f.name.removesuffix('_id')}_label")
    header += ["created_at", "updated_at"]
    out = []
    for rec in list_records(db, spec.name):
        v = rec.values
        row: list[Any] = [v["id"]]
        for f in spec.fields:
            row.append(_cell(v.get(f.name)))
            if f.ref_kind:
                names = labels[f.ref_kind]
                value = v.get(f.name)
                ids: list[str] = value if isinstance(value, list) else [value] if value else []
                row.append("; ".join(names.get(i, i) for i in ids))
        row += [v["created_at"], v["updated_at"]]
        out.append([guard(c) for c in row])
    return header, out


def write_csv(db: Database, kind: str, path: Path | str) -> int:
    """Write one kind as a CSV file (atomically); returns the number of rows."""
    path = Path(path)
    header, data = rows(db, kind)
    try:
        with atomic_file(path) as raw:
            f = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(data)
            f.flush()
            f.detach()  # leave the binary file to atomic_file, which syncs and renames it
    except OSError as exc:
        raise MigdeskError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return len(data)
