"""The rules a single field value must follow, whoever gives it (see domain.limits).

`kinds.convert` calls these for every value typed on the command line or in a form;
each returns the value as stored or raises InvalidValue naming the field and the problem.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from typing import Any

from migdesk.domain.limits import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_ALIAS_KEY_LENGTH,
    MAX_ALIAS_KEYS,
    MAX_INT,
    MAX_LIST,
    MIN_INT,
)
from migdesk.services.errors import InvalidValue

_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def text_problem(text: str, limit: int) -> str | None:
    """What is wrong with a piece of text (None: nothing): NUL, lone surrogates, length."""
    if "\x00" in text:
        return "text may not contain NUL characters"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "text is not valid Unicode (it holds a lone surrogate)"
    if len(text) > limit:
        return f"text is {len(text):,} characters long; at most {limit:,} are allowed"
    return None


def checked_text(kind: str, name: str, value: Any, limit: int) -> str:
    """value as text within limit characters."""
    if not isinstance(value, str):
        raise InvalidValue(kind, name, "expected text", code="not_text")
    problem = text_problem(value, limit)
    if problem:
        code = "too_long" if len(value) > limit else "bad_text"
        raise InvalidValue(kind, name, problem, code=code, params={"limit": limit})
    return value


def checked_int(kind: str, name: str, value: Any) -> int:
    """value as a whole number within the 32-bit range every door accepts."""
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise InvalidValue(kind, name, f"{value!r} is not a whole number", code="not_int",
                           params={"value": value})
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        shown = value if not isinstance(value, str) or len(value) < 40 else value[:40] + "…"
        raise InvalidValue(kind, name, f"{shown!r} is not a whole number", code="not_int",
                           params={"value": shown}) from None
    if not MIN_INT <= number <= MAX_INT:
        raise InvalidValue(kind, name, f"{number} is out of range ({MIN_INT} to {MAX_INT})",
                           code="out_of_range", params={"value": number, "min": MIN_INT, "max": MAX_INT})
    return number


def checked_date(kind: str, name: str, value: Any) -> str:
    """value as an ISO date within the years FIRST_YEAR..LAST_YEAR."""
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            if _DATE_SHAPE.match(str(value)):  # the right shape, but no such day
                raise InvalidValue(
                    kind, name, f"{value!r} is not a day of the calendar",
                    code="no_such_day", params={"value": value},
                ) from None
            raise InvalidValue(
                kind, name, f"{value!r} is not a date (use YYYY-MM-DD, e.g. 2009-02-13)",
                code="not_date", params={"value": value},
            ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidValue(kind, name, f"{day} is outside the years {FIRST_YEAR}-{LAST_YEAR}",
                           code="year_out_of_range", params={"first": FIRST_YEAR, "last": LAST_YEAR})
    return day.isoformat()


def checked_ids(kind: str, name: str, value: Any) -> list[str]:
    """A list of distinct record ids (or id prefixes), at most MAX_LIST of them."""
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidValue(kind, name, "expected a list of record ids")
    _check_length(kind, name, value)
    seen: set[str] = set()
    for item in value:
        key = item.strip().lower()
        if key in seen:
            raise InvalidValue(kind, name, f"{item!r} is listed twice")
        seen.add(key)
    return value


def checked_aliases(kind: str, name: str, value: Any, text_limit: int) -> list[dict[str, Any]]:
    """Organization aliases: a list of flat objects whose values are text (or null)."""
    if isinstance(value, str):
        value = _parse_json(kind, name, value)
    if not isinstance(value, list):
        raise InvalidValue(kind, name, "expected a list of objects, e.g. [{\"name\": \"...\"}]")
    _check_length(kind, name, value)
    for n, alias in enumerate(value, 1):
        where = f"alias {n}"
        if not isinstance(alias, dict):
            raise InvalidValue(kind, name, f"{where} is not an object")
        if len(alias) > MAX_ALIAS_KEYS:
            raise InvalidValue(kind, name, f"{where} has {len(alias)} keys; at most {MAX_ALIAS_KEYS}")
        for key, item in alias.items():
            problem = text_problem(key, MAX_ALIAS_KEY_LENGTH)
            if problem:
                raise InvalidValue(kind, name, f"{where}, a key: {problem}")
            if item is not None and not isinstance(item, str):
                raise InvalidValue(kind, name, f"{where}, {key!r}: the value must be text")
            problem = text_problem(item or "", text_limit)
            if problem:
                raise InvalidValue(kind, name, f"{where}, {key!r}: {problem}")
    return value


def _check_length(kind: str, name: str, items: list[Any]) -> None:
    if len(items) > MAX_LIST:
        raise InvalidValue(kind, name, f"{len(items):,} items; at most {MAX_LIST:,} are allowed")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _parse_json(kind: str, name: str, text: str) -> Any:
    """JSON text as a value; NaN, Infinity and deep nesting are refused like any bad JSON."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise InvalidValue(kind, name, "the JSON value is nested too deep") from None
    except ValueError as exc:
        raise InvalidValue(kind, name, f"expected a JSON value ({exc})") from None
    if isinstance(value, float) and not math.isfinite(value):  # 1e999 parses as inf
        raise InvalidValue(kind, name, "numbers must be finite")
    return value
