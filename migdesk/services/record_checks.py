"""Fast plain-Python checks compiled from the exchange JSON Schema (records/<kind>.json).

jsonschema walks every keyword of every record through its generic machinery, which made
checking the record lists most of an import's time. `compile_check` turns the small
subset of JSON Schema the record definitions use into nested closures that only answer
"valid or not". The contract is one-sided: a value the fast check accepts is one jsonschema
accepts. The fast check may be stricter (it refuses floats such as 1.0 where jsonschema
counts them as integers, for instance); callers then ask jsonschema, which also gives the
error message, so behaviour and messages stay those of jsonschema.

A schema using a keyword not handled here compiles to None: the caller then uses
jsonschema alone.

`compile_list_check` checks a whole list of records column by column: each field's
values are taken out by C loops (itemgetter, map) and judged with set, min/max, len and
regex calls over the column, instead of one Python call per field of each record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import chain, repeat
from operator import call, eq, is_not, itemgetter
from typing import Any

Check = Callable[[Any], bool]
ListCheck = Callable[[list[Any]], bool]


class Unsupported(Exception):
    """The schema uses a keyword (or a form of one) the fast checks do not handle."""


_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    # Stricter than JSON Schema (no 1.0): a refused value goes to jsonschema anyway.
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}

# Keywords that only describe, never constrain.
_ANNOTATIONS = {"title", "description", "$comment", "examples", "default"}


def _type_check(declared: Any) -> Check:
    names = [declared] if isinstance(declared, str) else declared
    if not isinstance(names, list) or not names or any(n not in _TYPES for n in names):
        raise Unsupported(f"type {declared!r}")
    if all(n in _PY_TYPES for n in names):  # the common case: one isinstance call
        classes = tuple(c for n in names for c in _PY_TYPES[n])
        return lambda v: isinstance(v, classes)
    checks = [_TYPES[n] for n in names]
    return lambda v: any(c(v) for c in checks)


def _enum_check(values: Any) -> Check:
    if not isinstance(values, list) or not all(v is None or isinstance(v, str) for v in values):
        raise Unsupported("enum of values other than strings and null")
    allowed = frozenset(v for v in values if v is not None)
    has_null = None in values
    return lambda v: (v is None and has_null) or (isinstance(v, str) and v in allowed)


def _string_check(schema: dict[str, Any]) -> Check | None:
    """pattern and maxLength (they apply to strings only, as in JSON Schema)."""
    pattern, max_length = schema.get("pattern"), schema.get("maxLength")
    if pattern is None and max_length is None:
        return None
    search = re.compile(pattern).search if pattern is not None else None  # jsonschema: re.search
    if max_length is not None and (not isinstance(max_length, int) or max_length < 0):
        raise Unsupported("maxLength")
    limit: float = float("inf") if max_length is None else max_length
    if search is not None and max_length is not None:
        return lambda v: not isinstance(v, str) or (len(v) <= limit and search(v) is not None)
    if search is not None:
        return lambda v: not isinstance(v, str) or search(v) is not None
    return lambda v: not isinstance(v, str) or len(v) <= limit


def _number_check(schema: dict[str, Any]) -> Check | None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is None and high is None:
        return None
    for bound in (low, high):
        if bound is not None and (not isinstance(bound, (int, float)) or isinstance(bound, bool)):
            raise Unsupported("minimum/maximum")
    lo = float("-inf") if low is None else low
    hi = float("inf") if high is None else high
    return lambda v: not isinstance(v, (int, float)) or isinstance(v, bool) or lo <= v <= hi


def _array_check(schema: dict[str, Any]) -> Check | None:
    items, unique, max_items = schema.get("items"), schema.get("uniqueItems"), schema.get("maxItems")
    if items is None and not unique and max_items is None:
        return None
    item = compile_check(items) if items is not None else None
    if items is not None and not isinstance(items, dict):
        raise Unsupported("items that are not one schema")
    limit = max_items if max_items is not None else float("inf")

    def check(v: Any) -> bool:
        if not isinstance(v, list):
            return True
        if len(v) > limit:
            return False
        if item is not None and not all(item(x) for x in v):
            return False
        if unique:  # only judged for strings; anything else goes to jsonschema
            if not all(isinstance(x, str) for x in v) or len(set(v)) != len(v):
                return False
        return True

    return check


def _object_check(schema: dict[str, Any]) -> Check | None:
    props: dict[str, Any] = schema.get("properties", {})
    required: list[str] = schema.get("required", [])
    extra = schema.get("additionalProperties", True)
    max_props = schema.get("maxProperties")
    key_check = compile_check(schema["propertyNames"]) if "propertyNames" in schema else None
    if not props and not required and extra is True and max_props is None and key_check is None:
        return None
    if not isinstance(props, dict) or not isinstance(required, list):
        raise Unsupported("properties/required")
    fields = [(name, compile_check(sub)) for name, sub in props.items()]
    names, needed = frozenset(props), frozenset(required)
    if extra is False and needed == names and max_props is None and key_check is None:
        # The record case: exactly these keys, each checked. The values are taken and
        # their checks called by C loops (itemgetter, map), not a Python for loop.
        checks = [check for _name, check in fields]
        keys = list(props)
        values = itemgetter(*keys) if len(keys) > 1 else lambda v: tuple(v[k] for k in keys)

        def exact(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            return v.keys() == names and all(map(call, checks, values(v)))

        return exact
    if extra is True or extra is False:
        other: Check | None = None
    elif isinstance(extra, dict):
        other = compile_check(extra)
    else:
        raise Unsupported("additionalProperties")
    limit = max_props if max_props is not None else float("inf")

    def general(v: Any) -> bool:
        if not isinstance(v, dict):
            return True
        if len(v) > limit or not needed <= v.keys():
            return False
        if key_check is not None and not all(key_check(key) for key in v):
            return False
        for name, check in fields:
            if name in v and not check(v[name]):
                return False
        if extra is False:
            return v.keys() <= names
        if other is not None:
            return all(other(value) for key, value in v.items() if key not in names)
        return True

    return general


_HANDLED = {
    "type", "enum", "pattern", "maxLength", "minimum", "maximum", "items", "uniqueItems",
    "maxItems", "properties", "required", "additionalProperties", "maxProperties",
    "propertyNames",
}


def _scalar_field(schema: dict[str, Any]) -> Check | None:
    """One closure for the common field shapes (a string or an integer, maybe null).

    A record has a dozen fields and a file 100,000 records: one call per field instead
    of one per keyword halves the time of the check. None for any other shape.
    """
    keywords = set(schema) - _ANNOTATIONS
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else declared
    if not isinstance(names, list) or not names or len(names) > 2:
        return None
    nullable = "null" in names
    base = [n for n in names if n != "null"]
    if base == ["string"] and keywords <= {"type", "pattern", "maxLength"}:
        pattern, limit = schema.get("pattern"), schema.get("maxLength", float("inf"))
        if not isinstance(limit, (int, float)) or isinstance(limit, bool):
            raise Unsupported("maxLength")
        search = re.compile(pattern).search if pattern is not None else lambda v: True
        if nullable:
            return lambda v: v is None or (type(v) is str and len(v) <= limit and search(v) is not None)
        return lambda v: type(v) is str and len(v) <= limit and search(v) is not None
    if base == ["integer"] and keywords <= {"type", "minimum", "maximum"}:
        lo, hi = schema.get("minimum", float("-inf")), schema.get("maximum", float("inf"))
        if any(not isinstance(b, (int, float)) or isinstance(b, bool) for b in (lo, hi)):
            raise Unsupported("minimum/maximum")
        if nullable:
            return lambda v: v is None or (type(v) is int and lo <= v <= hi)
        return lambda v: type(v) is int and lo <= v <= hi
    return None


def compile_check(schema: Any) -> Check:
    """A function telling whether a value is valid; Unsupported for keywords not handled."""
    if schema is True or schema == {}:
        return lambda v: True
    if not isinstance(schema, dict):
        raise Unsupported(f"schema {schema!r}")
    unknown = set(schema) - _HANDLED - _ANNOTATIONS
    if unknown:
        raise Unsupported(f"keyword {sorted(unknown)[0]!r}")
    fused = _scalar_field(schema)
    if fused is not None:
        return fused
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "enum" in schema:
        checks.append(_enum_check(schema["enum"]))
    for build in (_string_check, _number_check, _array_check, _object_check):
        check = build(schema)
        if check is not None:
            checks.append(check)
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    return lambda v: all(c(v) for c in checks)


def compile_or_none(schema: Any) -> Check | None:
    """compile_check, or None when the schema needs jsonschema itself."""
    try:
        return compile_check(schema)
    except (Unsupported, re.error):
        return None


# ---------------------------------------------------------------- whole lists, by column

_not_none = partial(is_not, None)
_NONE = type(None)


def _all_pass(check: Check) -> ListCheck:
    return lambda values: all(map(check, values))


def _string_column(schema: dict[str, Any], nullable: bool) -> ListCheck:
    pattern, limit = schema.get("pattern"), schema.get("maxLength")
    search = re.compile(pattern).search if pattern is not None else None
    allowed = {str, _NONE} if nullable else {str}

    def column(values: list[Any]) -> bool:
        types = set(map(type, values))
        if not types <= allowed:
            return False
        strings = list(filter(_not_none, values)) if _NONE in types else values
        if limit is not None and strings and max(map(len, strings)) > limit:
            return False
        # Ids of a meeting, times of one import: each distinct value is matched once.
        return search is None or all(map(search, set(strings)))  # a match object is true

    return column


def _integer_column(schema: dict[str, Any], nullable: bool) -> ListCheck:
    lo, hi = schema.get("minimum"), schema.get("maximum")
    allowed = {int, _NONE} if nullable else {int}  # bool is not int here: refused

    def column(values: list[Any]) -> bool:
        types = set(map(type, values))
        if not types <= allowed:
            return False
        numbers = list(filter(_not_none, values)) if _NONE in types else values
        if not numbers:
            return True
        return (lo is None or min(numbers) >= lo) and (hi is None or max(numbers) <= hi)

    return column


def _enum_column(schema: dict[str, Any], check: Check) -> ListCheck:
    # The values the whole schema accepts are the enum's that pass it; the enum holds only
    # strings and null (_enum_check), so set membership is JSON equality.
    accepted = frozenset(v for v in schema["enum"] if check(v))

    def column(values: list[Any]) -> bool:
        try:
            return set(values) <= accepted
        except TypeError:  # a list or an object: not in the enum
            return False

    return column


def _array_column(schema: dict[str, Any]) -> ListCheck:
    """Arrays of strings (uniqueItems, maxItems): all their items checked as one column."""
    items, limit, unique = schema.get("items"), schema.get("maxItems"), schema.get("uniqueItems")
    item_column = _column_check(items) if items is not None else None

    def column(values: list[Any]) -> bool:
        if set(map(type, values)) != {list}:
            return False
        if limit is not None and max(map(len, values)) > limit:
            return False
        flat = list(chain.from_iterable(values))
        if not set(map(type, flat)) <= {str}:  # uniqueItems is only judged here for strings
            return False
        if unique and list(map(len, map(set, values))) != list(map(len, values)):
            return False
        return item_column is None or item_column(flat)

    return column


def _column_check(schema: Any) -> ListCheck:
    """A check of every value of one field (a list of them); same verdicts as compile_check."""
    check = compile_check(schema)
    if not isinstance(schema, dict):
        return _all_pass(check)
    keywords = set(schema) - _ANNOTATIONS
    declared = schema.get("type")
    names = [declared] if isinstance(declared, str) else declared
    if "enum" in schema and keywords <= {"type", "enum"}:
        return _enum_column(schema, check)
    if not isinstance(names, list) or not names or len(names) > 2:
        return _all_pass(check)
    nullable = "null" in names
    base = [n for n in names if n != "null"]
    if base == ["string"] and keywords <= {"type", "pattern", "maxLength"}:
        return _string_column(schema, nullable)
    if base == ["integer"] and keywords <= {"type", "minimum", "maximum"}:
        return _integer_column(schema, nullable)
    items = schema.get("items")
    if (
        names == ["array"]
        and keywords <= {"type", "items", "uniqueItems", "maxItems"}
        and (items is None or isinstance(items, dict) and items.get("type") == "string")
    ):
        return _array_column(schema)
    return _all_pass(check)


def compile_list_check(schema: Any) -> ListCheck:
    """A function telling whether every item of a list is valid against schema.

    Records (objects with exactly their declared keys) are checked field by field over the
    whole list; any other schema item by item. Unsupported as for compile_check.
    """
    check = compile_check(schema)
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return _all_pass(check)
    props = schema.get("properties", {})
    keywords = set(schema) - _ANNOTATIONS
    if (
        keywords != {"type", "properties", "required", "additionalProperties"}
        or schema["additionalProperties"] is not False
        or not isinstance(props, dict)
        or len(props) < 2
        or set(schema["required"]) != set(props)
    ):
        return _all_pass(check)
    names = frozenset(props)
    columns = [(itemgetter(name), _column_check(sub)) for name, sub in props.items()]

    def records(values: list[Any]) -> bool:
        if not values:
            return True
        if set(map(type, values)) != {dict} or not all(map(eq, map(dict.keys, values), repeat(names))):
            return False
        return all(column(list(map(take, values))) for take, column in columns)

    return records


def compile_list_or_none(schema: Any) -> ListCheck | None:
    """compile_list_check, or None when the schema needs jsonschema itself."""
    try:
        return compile_list_check(schema)
    except (Unsupported, re.error):
        return None
