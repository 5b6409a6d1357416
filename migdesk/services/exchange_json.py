"""The JSON of an exchange file parsed safely: UTF-8 only, no duplicate keys, no NaN, no
overlong text and no deep nesting; one line naming the member otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from migdesk.services.exchange_file import MAX_DEPTH, MAX_STRING, file_error


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a key came twice: name it
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the key {key[:40]!r} appears twice in one object")
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_SCALARS = (int, float, bool, type(None))


def _check_strings(value: Any, depth: int = 0) -> None:
    """No text longer than MAX_STRING, no nesting deeper than MAX_DEPTH.

    Scalars are judged in the loop rather than by a call each: a file holds about a
    million of them.
    """
    if depth > MAX_DEPTH:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        _check_length(value)
        return
    if isinstance(value, dict):
        for key in value:
            if len(key) > MAX_STRING:
                _check_length(key)
        items: Any = value.values()
    elif isinstance(value, list):
        items = value
    else:
        return
    for item in items:
        if type(item) is str:
            if len(item) > MAX_STRING:
                _check_length(item)
        elif not isinstance(item, _SCALARS):
            _check_strings(item, depth + 1)


def _check_length(text: str) -> None:
    if len(text) > MAX_STRING:
        raise ValueError(f"a text of {len(text)} characters (at most {MAX_STRING})")


def parse_json(path: Path, name: str, data: bytes, *, bound: bool = True) -> Any:
    """The member's JSON value; with bound, also no overlong text and no deep nesting."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise file_error(path, f"{name} is not valid UTF-8 (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        raise file_error(path, f"{name} starts with a byte order mark")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise file_error(
            path, f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError as exc:
        raise file_error(path, f"{name}: {exc}") from None
    except RecursionError:
        raise file_error(path, f"{name}: nested too deeply") from None
    if bound:
        check_bounds(path, name, value)
    return value


def check_bounds(path: Path, name: str, value: Any) -> None:
    try:
        _check_strings(value)
    except ValueError as exc:
        raise file_error(path, f"{name}: {exc}") from None
