"""The kinds table as the services use it: each kind with the ORM class that stores it,
kinds found by name, and every value a door gives converted and checked against its field.

The kinds and their fields themselves are pure data in migdesk/domain/kinds.py.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from migdesk.domain import kinds
from migdesk.domain.kinds import META_FIELDS, FieldSpec, label, parsed_symbol
from migdesk.domain.limits import MAX_LONGTEXT, MAX_TEXT
from migdesk.services import value_rules
from migdesk.services.errors import InvalidValue, UnknownKind
from migdesk.store.models import RECORD_MODELS, RecordMixin

__all__ = [
    "KINDS",
    "META_FIELDS",
    "FieldSpec",
    "KindSpec",
    "convert",
    "kind_spec",
    "label",
    "parsed_symbol",
]


@dataclasses.dataclass(frozen=True)
class KindSpec(kinds.KindSpec):
    """A kind of record: its model, fields, owner and children."""

    @property
    def model(self) -> type[RecordMixin]:
        """The ORM class that stores the kind."""
        return RECORD_MODELS[self.name]

    def field(self, name: str) -> FieldSpec:
        """The field called name, or InvalidValue naming the kind's fields."""
        found = self.field_named(name)
        if found is not None:
            return found
        known = ", ".join(f.name for f in self.fields)
        raise InvalidValue(
            self.name, name, f"unknown field (fields: {known})", code="unknown_field",
            params={"fields": known},
        )


KINDS: dict[str, KindSpec] = {
    name: KindSpec(**{f.name: getattr(spec, f.name) for f in dataclasses.fields(spec)})
    for name, spec in kinds.KINDS.items()
}

_ALIASES = {k.singular.replace(" ", "_"): k.name for k in KINDS.values()} | {
    k.singular: k.name for k in KINDS.values()
}
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def kind_spec(name: str) -> KindSpec:
    """The kind called name (plural or singular, any case); InvalidValue otherwise."""
    key = name.strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    if key not in KINDS:
        raise UnknownKind(f"unknown kind {name!r} (kinds: {', '.join(KINDS)})")
    return KINDS[key]


def convert(spec: KindSpec, f: FieldSpec, value: Any) -> Any:
    """A value given as text or Python object turned into the field's JSON value.

    The one place where every door's values are checked against the limits of
    domain.limits (those the exchange schema applies to files): text length, NUL and
    lone surrogates, 32-bit whole numbers, dates in 1900-2199, list sizes, distinct ids,
    flat text-only aliases. References are returned as given; the caller resolves them.
    """
    if isinstance(value, str) and f.type not in ("text", "longtext"):
        value = value.strip()
        if value == "":
            value = None
    if value is None or value == "":
        return _empty(spec, f)
    if f.type in ("text", "longtext"):
        text = value_rules.checked_text(spec.name, f.name, value, _text_limit(f))
        if f.required and not text.strip():
            raise InvalidValue(spec.name, f.name, "a value is required", code="required")
        if spec.name == "attachments" and f.name == "sha256" and not _SHA256.match(text):
            raise InvalidValue(spec.name, f.name, "expected 64 lowercase hexadecimal digits")
        return text
    if f.type == "int":
        return value_rules.checked_int(spec.name, f.name, value)
    if f.type == "date":
        return value_rules.checked_date(spec.name, f.name, value)
    if f.type == "time":
        if not isinstance(value, str) or not _TIME.match(value):
            raise InvalidValue(spec.name, f.name, f"{value!r} is not a time (use HH:MM)",
                               code="not_time", params={"value": value})
        return value
    if f.type == "choice":
        if not isinstance(value, str) or value not in f.choices:
            raise InvalidValue(
                spec.name, f.name, f"{value!r} is not one of: " + ", ".join(f.choices),
                code="not_choice", params={"value": value, "choices": f.choices},
            )
        return value
    if f.type == "ref":
        if not isinstance(value, str):
            raise InvalidValue(spec.name, f.name, "expected a record id")
        return value
    if f.type == "refs" or (f.type == "json" and f.ref_kind):
        return value_rules.checked_ids(spec.name, f.name, value)
    if f.type == "json":
        return value_rules.checked_aliases(spec.name, f.name, value, MAX_TEXT)
    raise AssertionError(f"unknown field type {f.type}")


def _empty(spec: KindSpec, f: FieldSpec) -> Any:
    """The value an emptied field takes; InvalidValue when the field cannot be empty."""
    column = spec.model.__table__.c.get(f.name)  # type: ignore[attr-defined]
    if f.required or (column is not None and not column.nullable and f.type in ("int", "choice")):
        raise InvalidValue(spec.name, f.name, "a value is required", code="required")
    if f.type in ("refs", "json"):
        return []
    if column is not None and not column.nullable:  # text that may be empty but not missing
        return "" if f.default is None else f.default
    return None


def _text_limit(f: FieldSpec) -> int:
    return MAX_LONGTEXT if f.type == "longtext" else MAX_TEXT

