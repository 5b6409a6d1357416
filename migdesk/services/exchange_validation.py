"""An exchange file's members checked against the exchange schema (exchange_schema.json):
the manifest, each kind's records (a compiled check first, jsonschema's words on refusal),
real dates.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from migdesk.services.exchange_file import FORMAT, FORMAT_VERSION, Snapshot, file_error
from migdesk.services.exchange_schema import load_schema
from migdesk.services.kinds import KINDS
from migdesk.services.record_checks import Check, ListCheck, compile_list_or_none, compile_or_none


@cache
def _validator(definition: str) -> jsonschema.protocols.Validator:
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls({"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]})  # type: ignore[no-any-return]


def _describe(error: jsonschema.ValidationError) -> str:
    """A short account of a schema error that never repeats a (possibly huge) value."""
    where = (
        "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        or " (top)"
    )
    kind = error.validator
    explain = {
        "type": f"must be {error.validator_value}",
        "enum": "is not one of the allowed values",
        "const": f"must be {error.validator_value!r}",
        "required": "lacks a required field",
        "additionalProperties": "has a field this format does not define",
        "pattern": "is not in the expected form",
        "maxLength": f"is longer than {error.validator_value} characters",
        "uniqueItems": "lists the same value twice",
        "maxItems": f"has more than {error.validator_value} items",
        "minimum": f"is below {error.validator_value}",
        "maximum": f"is above {error.validator_value}",
    }.get(str(kind), f"fails the schema rule {kind!r}")
    if kind == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        explain = f"lacks the field {missing[0]!r}" if missing else explain
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        extra = [k for k in error.instance if k not in allowed]
        explain = f"has an unknown field {extra[0][:40]!r}" if extra else explain
    if kind == "anyOf":
        explain = "has a value of the wrong type or form"
    return f"{where.lstrip('.')} {explain}"


def validate(path: Path, name: str, definition: str, value: Any) -> None:
    """Validate one parsed member against the exchange schema; ExchangeFileError if invalid."""
    error = jsonschema.exceptions.best_match(_validator(definition).iter_errors(value))
    if error is not None:
        raise file_error(path, f"{name}: {_describe(error)}")


def _record_schema(kind: str) -> Any:
    """The schema of one record of a kind, if the kind's is a plain list of them."""
    definition = load_schema()["$defs"][kind]
    if set(definition) != {"type", "items"} or definition["type"] != "array":
        return None
    return definition["items"]


@cache
def _record_check(kind: str) -> Check | None:
    """The fast check of one record of a kind, compiled from the schema (None: use jsonschema)."""
    schema = _record_schema(kind)
    return None if schema is None else compile_or_none(schema)


@cache
def records_check(kind: str) -> ListCheck | None:
    """The fast check of a whole list of records of a kind (None: use jsonschema)."""
    schema = _record_schema(kind)
    return None if schema is None else compile_list_or_none(schema)


def validate_records(path: Path, name: str, kind: str, value: Any) -> None:
    """validate() for a records/<kind>.json list, fast: jsonschema sees only what it must.

    Each record goes through the compiled check; a record it refuses is put to jsonschema,
    and if jsonschema refuses it too, the whole list is validated by validate() so that the
    message is exactly the one jsonschema's best match gives.
    """
    check = _record_check(kind)
    if check is None or not isinstance(value, list):
        validate(path, name, kind, value)
        return
    validator = _validator(kind)
    for record in value:
        if not check(record) and not validator.is_valid([record]):
            validate(path, name, kind, value)
            raise file_error(path, f"{name}: fails the schema")  # not reached: validate() raised


def check_dates(path: Path, kind: str, records: list[Snapshot]) -> None:
    """Dates that match YYYY-MM-DD must also exist (no 2009-02-30)."""
    date_fields = [f.name for f in KINDS[kind].fields if f.type == "date"]
    for n, snap in enumerate(records):
        for name in date_fields:
            if snap.get(name) is not None:
                try:
                    date.fromisoformat(snap[name])
                except ValueError:
                    raise file_error(
                        path, f"records/{kind}.json[{n}].{name} is not a real date"
                    ) from None


def check_manifest(path: Path, manifest: Any, known_revisions: list[str]) -> None:
    """Format, version (newer files are refused by name) and the manifest's schema."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise file_error(path, "manifest.json does not describe a MigDesk exchange file",
                    "not_exchange_file")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise file_error(path, "manifest.json has no valid format_version")
    if version > FORMAT_VERSION:
        raise file_error(
            path,
            f"made by a newer MigDesk (exchange format {version}; "
            f"this MigDesk reads up to {FORMAT_VERSION}): update MigDesk to import it",
            "file_newer",
        )
    revision = manifest.get("schema_revision")
    if isinstance(revision, str) and revision not in known_revisions:
        raise file_error(
            path,
            f"made by a newer MigDesk (database schema {revision[:40]!r}): "
            "update MigDesk to import it",
            "file_newer",
        )
    validate(path, "manifest.json", "manifest", manifest)

