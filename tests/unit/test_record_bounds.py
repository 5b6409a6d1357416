"""The record schemas bound every text and every nesting level.

Reading an exchange file skips its separate walk for overlong texts and deep nesting when
every record passes the compiled schema check (exchange_file_read._take_member). That is safe
only while the schema itself bounds them: this test holds the schema to it.
"""

from __future__ import annotations

import re
from typing import Any

from migdesk.services.exchange_file import MAX_DEPTH, MAX_STRING
from migdesk.services.exchange_schema import load_schema
from migdesk.services.kinds import KINDS

# An anchored pattern without *, + or {n,} matches only texts of a bounded length.
_UNBOUNDED = re.compile(r"(?<!\\)[*+]|\{\d*,\}")


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def _depth_and_check(schema: dict[str, Any], where: str) -> int:
    """The nesting depth schema allows; fails on any unbounded text or list."""
    if "enum" in schema:
        assert all(v is None or (isinstance(v, str) and len(v) <= MAX_STRING) for v in schema["enum"]), where
        return 0
    types = _types(schema)
    assert types, f"{where}: no type"
    depth = 0
    if "string" in types:
        pattern = schema.get("pattern")
        bounded_pattern = (
            pattern is not None and pattern.startswith("^") and pattern.endswith("$")
            and not _UNBOUNDED.search(pattern)
        )
        assert schema.get("maxLength", MAX_STRING + 1) <= MAX_STRING or bounded_pattern, where
    if "array" in types:
        assert "maxItems" in schema, f"{where}: a list without maxItems"
        depth = max(depth, 1 + _depth_and_check(schema["items"], where + "[]"))
    if "object" in types:
        extra = schema.get("additionalProperties", True)
        if extra is not False:  # other keys allowed: their names and values must be bounded
            assert extra is not True and "maxProperties" in schema, f"{where}: open object"
            assert schema.get("propertyNames", {}).get("maxLength", MAX_STRING + 1) <= MAX_STRING, where
        subs = list(schema.get("properties", {}).values()) + ([extra] if isinstance(extra, dict) else [])
        inner = [_depth_and_check(sub, f"{where}.*") for sub in subs]
        depth = max(depth, 1 + max(inner, default=0))
    return depth


def test_every_record_schema_bounds_texts_and_nesting() -> None:
    defs = load_schema()["$defs"]
    for kind in KINDS:
        depth = 1 + _depth_and_check(defs[kind]["items"], kind)  # the list of records
        assert depth <= MAX_DEPTH, kind


def test_the_bounds_check_catches_an_unbounded_text() -> None:
    loose = {"type": "object", "additionalProperties": False,
             "properties": {"note": {"type": "string", "pattern": "^.*$"}}}
    try:
        _depth_and_check(loose, "loose")
    except AssertionError:
        return
    raise AssertionError("an unbounded pattern passed")
