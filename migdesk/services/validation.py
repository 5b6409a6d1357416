"""The rules every record obeys, in one place: the command line, the forms and the importer.

Each refusal is an InvalidValue with a reason code and parameters (see errors.py), so every
front end words it in its own way and language. Rules that need the database (references,
cycles, duplicates) are checked by records/editing.py inside the write's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from migdesk.services.errors import InvalidValue
from migdesk.services.kinds import KindSpec

#: Field pairs where the end may not come before the start (same day for times).
RANGES = (("start_date", "end_date"), ("start_time", "end_time"))


def check_required(spec: KindSpec, snap: Mapping[str, Any]) -> None:
    """InvalidValue (code "required") for the first required field without a value."""
    for f in spec.fields:
        value = snap.get(f.name)
        if f.required and (value is None or (isinstance(value, str) and not value.strip())):
            raise InvalidValue(spec.name, f.name, "a value is required", code="required")


def range_problem(spec: KindSpec, snap: Mapping[str, Any]) -> InvalidValue | None:
    """The refusal of an end that comes before its start (None when the ranges are right)."""
    for start, end in RANGES:
        a, b = snap.get(start), snap.get(end)
        if a and b and b < a:
            return InvalidValue(
                spec.name, end, f"ends ({b}) before it starts ({a})",
                code="ends_before_start", params={"start": a, "end": b, "start_field": start},
            )
    return None


def check_record(spec: KindSpec, snap: Mapping[str, Any]) -> None:
    """Every rule on one record's own values (required fields, ranges): InvalidValue."""
    check_required(spec, snap)
    problem = range_problem(spec, snap)
    if problem is not None:
        raise problem
