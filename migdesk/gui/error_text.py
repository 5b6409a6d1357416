"""Text from the services, for the window: errors (error_text) and progress steps.

Every dialog that shows why something was refused goes through error_text(). What is
translated today: the kind and field an InvalidValue names, and the reasons listed in
REASONS (keyed by the reason code the services give an error, `error.code`, with its
`error.params` filling {name}). A reason without a code or without an entry is shown as
the services wrote it (English); adding a code's translation is one line in REASONS.
"""

from __future__ import annotations

from typing import Any

from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.gui.labels import KIND_NAMES, field_title, kind_name, kind_title
from migdesk.services.errors import InvalidValue, MigdeskError, StaleWrite

#: reason code (InvalidValue.code) -> the sentence; {name} stands for the error's params[name].
REASONS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Errors", "a value is required"),
    "not_text": QT_TRANSLATE_NOOP("Errors", "expected text"),
    "nul": QT_TRANSLATE_NOOP("Errors", "text may not contain NUL characters"),
    "not_int": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a whole number"),
    "not_date": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (use YYYY-MM-DD, e.g. 2009-02-13)"),
    "no_such_day": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a day of the calendar"),
    "not_time": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time (use HH:MM)"),
    "not_choice": QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the choices"),
    "not_json": QT_TRANSLATE_NOOP("Errors", "expected a JSON value"),
    "not_list": QT_TRANSLATE_NOOP("Errors", "expected a list"),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "unknown field (fields: {fields})"),
    "read_only": QT_TRANSLATE_NOOP("Errors", "is set by MigDesk and cannot be changed"),
    "cycle": QT_TRANSLATE_NOOP("Errors", "an organization cannot be its own ancestor"),
    "ends_before_start": QT_TRANSLATE_NOOP("Errors", "ends ({end}) before it starts ({start})"),
}


def reason_text(error: MigdeskError) -> str | None:
    """The translated reason of an error that carries a known code, else None."""
    code = getattr(error, "code", None)
    template = REASONS.get(code) if isinstance(code, str) else None
    if template is None:
        return None
    text = translate("Errors", template)
    params: Any = getattr(error, "params", None) or {}
    for name, value in dict(params).items():
        text = text.replace("{" + name + "}", str(value))
    return text


#: progress steps the services report (exchange import and export, sync), by their English text.
STEPS: dict[str, str] = {
    "Collecting records": QT_TRANSLATE_NOOP("Progress", "Collecting records"),
    "Writing the file": QT_TRANSLATE_NOOP("Progress", "Writing the file"),
    "Saving": QT_TRANSLATE_NOOP("Progress", "Saving"),
    "Done": QT_TRANSLATE_NOOP("Progress", "Done"),
    "Opening the other database": QT_TRANSLATE_NOOP("Progress", "Opening the other database"),
    "Backing up both databases": QT_TRANSLATE_NOOP("Progress", "Backing up both databases"),
    "Reading the other database": QT_TRANSLATE_NOOP("Progress", "Reading the other database"),
    "Reading this database": QT_TRANSLATE_NOOP("Progress", "Reading this database"),
}
#: steps that name a kind ("Checking agenda items"): English verb -> template.
KIND_STEPS: dict[str, str] = {
    "Checking": QT_TRANSLATE_NOOP("Progress", "Checking %1"),
    "Merging": QT_TRANSLATE_NOOP("Progress", "Merging %1"),
}


def progress_text(text: str) -> str:
    """A progress step of the services in the interface language (as given if unknown)."""
    if text in STEPS:
        return translate("Progress", STEPS[text])
    verb, _, words = text.partition(" ")
    kind = words.replace(" ", "_")
    if verb in KIND_STEPS and kind in KIND_NAMES:
        return translate("Progress", KIND_STEPS[verb]).replace("%1", kind_name(kind, 2))
    return text


def error_text(error: BaseException) -> str:
    """What a dialog shows for error: translated where the table above knows it.

    An InvalidValue reads "Meeting, Title: a value is required" with the kind and field
    named in the interface language; other errors of the services keep their own line;
    anything else (a bug, an OS error) shows its type as well.
    """
    if isinstance(error, InvalidValue):
        reason = reason_text(error) or error.reason
        if error.kind in KIND_NAMES:
            return (
                translate("Errors", "%1, %2: %3")
                .replace("%1", kind_title(error.kind))
                .replace("%2", field_title(error.field, error.kind))
                .replace("%3", reason)
            )
        return str(error)
    if isinstance(error, StaleWrite):
        fields = ", ".join(field_title(f, error.kind) for f in error.fields)
        return (
            translate("Errors", "%1 was changed by another writer since you began: %2 not saved.")
            .replace("%1", kind_title(error.kind) if error.kind in KIND_NAMES else error.kind)
            .replace("%2", fields or translate("Errors", "the record"))
        )
    if isinstance(error, MigdeskError):
        return reason_text(error) or str(error)
    if isinstance(error, OSError):
        return str(error)
    return f"{type(error).__name__}: {error}"
