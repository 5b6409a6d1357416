"""Errors of the services layer (one user-facing line each).

Refusals carry a reason `code` and its `params` beside the English line: front ends word
them (and translate them) from the code, never by matching the English text.
"""

from __future__ import annotations

from typing import Any

from migdesk.store.errors import DatabaseError, DatabaseTooNew, MigdeskError

__all__ = [
    "CodedError",
    "DatabaseError",
    "DatabaseTooNew",
    "InvalidValue",
    "MigdeskError",
    "NotFound",
    "StaleWrite",
    "StillReferenced",
    "UnknownKind",
]


class InvalidValue(MigdeskError):
    """A field was given a value it cannot hold; the message names the field.

    code: why, as a stable word ("required", "not_date", "ends_before_start", ...);
    params: what the wording needs (the value given, the limit, the other field).
    """

    def __init__(
        self,
        kind: str,
        field: str,
        message: str,
        *,
        code: str = "invalid",
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{kind}.{field}: {message}")
        self.kind = kind
        self.field = field
        self.reason = message
        self.code = code
        self.params = params or {}


class CodedError(MigdeskError):
    """A refusal with a reason code and the parameters its wording needs.

    The message is the English line (logs, scripts that read it); front ends word the
    code in their language (services/reasons.py lists the codes and their sentences).
    """

    default_code = "error"

    def __init__(self, message: str, *, code: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code or self.default_code
        self.params = params or {}


class NotFound(CodedError):
    """No live record matches an id or id prefix (or the prefix is ambiguous).

    codes: not_an_id, no_such_record, ambiguous_id (params: kind, id), no_such_peer,
    ambiguous_peer (params: id), no_meetings_match.
    """

    default_code = "no_such_record"


class StillReferenced(CodedError):
    """A record cannot be deleted while other live records point at it.

    code still_referenced; params: kind, label, referrers (their names), more (how many
    others).
    """

    default_code = "still_referenced"


class UnknownKind(MigdeskError):
    """A kind name that MigDesk does not know."""


class StaleWrite(MigdeskError):
    """A write based on a version of a record that another writer has since changed.

    Nothing was written. `fields` maps each field in dispute to (mine, theirs): the value
    this write wanted and the value the other writer stored.
    """

    code = "stale_write"

    def __init__(
        self,
        kind: str,
        record_id: str,
        based_on: int | None,
        current: int,
        fields: dict[str, tuple[Any, Any]],
        label: str = "",
    ) -> None:
        what = f"{kind} {label!r}" if label else f"{kind} {record_id}"
        names = ", ".join(fields) or "the record"
        since = f"since version {based_on}" if based_on is not None else "while it was being edited"
        super().__init__(
            f"{what} changed {since} (now version {current}, by another writer): {names} not saved"
        )
        self.kind = kind
        self.record_id = record_id
        self.label = label or record_id
        self.based_on = based_on
        self.current = current
        self.fields = fields
        self.params = {"kind": kind, "label": self.label, "current": current,
                       "fields": ", ".join(fields) or "—"}
