"""Text from the services, for the window: errors (error_text) and progress steps.

Every dialog that shows why something was refused goes through error_text(). What is
translated: the kind and field an InvalidValue names, and the reasons listed in
services/reasons.py REASONS (keyed by the reason code the services give an error,
`error.code`, with its `error.params` filling {name}); the command line words the same
codes from the same translations. A reason without a code or without an entry is shown
as the services wrote it (English); adding a code's wording is one line in REASONS.
"""

from __future__ import annotations

from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.gui.labels import KIND_NAMES, field_title, kind_name, kind_title
from migdesk.services import reasons
from migdesk.services.errors import InvalidValue, MigdeskError, StaleWrite


def reason_text(error: MigdeskError) -> str | None:
    """The translated reason of an error that carries a known code, else None."""
    return reasons.reason_text(error, translate)


#: progress steps the services report (exchange import and export), by their English text.
STEPS: dict[str, str] = {
    "Collecting records": QT_TRANSLATE_NOOP("Progress", "Collecting records"),
    "Writing the file": QT_TRANSLATE_NOOP("Progress", "Writing the file"),
    "Saving": QT_TRANSLATE_NOOP("Progress", "Saving"),
    "Done": QT_TRANSLATE_NOOP("Progress", "Done"),
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
