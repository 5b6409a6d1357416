"""The columns each kind of record shows in the middle table."""

from __future__ import annotations

from dataclasses import dataclass

from migdesk.gui.i18n import QT_TRANSLATE_NOOP
from migdesk.gui.nodes import OPEN_ACTIONS


@dataclass(frozen=True)
class Column:
    """One table column: the snapshot field it shows and how.

    type: text (one line of it), int, date, choice (a vocabulary value), ref (the label
    of the referenced record), position (1-based order within the parent), due (a date
    shown in the warning colour while the action is open and past it), when (a due date
    as Overdue, This week, Later or No due date; sorts in that order).
    """

    field: str
    title: str  # English; shown through QCoreApplication.translate("Columns", ...)
    type: str = "text"
    ref_kind: str | None = None
    stretch: bool = False


def _c(
    field: str, title: str, type_: str = "text", ref: str | None = None, stretch: bool = False
) -> Column:
    return Column(field, title, type_, ref, stretch)


_COLUMNS: dict[str, tuple[Column, ...]] = {
    "meetings": (
        _c("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
        _c("title", QT_TRANSLATE_NOOP("Columns", "Title"), stretch=True),
        _c("place", QT_TRANSLATE_NOOP("Columns", "Place")),
        _c("status", QT_TRANSLATE_NOOP("Columns", "Status"), "choice"),
    ),
    "agenda_items": (
        _c("position", QT_TRANSLATE_NOOP("Columns", "#"), "position"),
        _c("number", QT_TRANSLATE_NOOP("Columns", "Item")),
        _c("title", QT_TRANSLATE_NOOP("Columns", "Title"), stretch=True),
    ),
    "interventions": (
        _c("position", QT_TRANSLATE_NOOP("Columns", "#"), "position"),
        _c("speaker", QT_TRANSLATE_NOOP("Columns", "Speaker")),
        _c("text", QT_TRANSLATE_NOOP("Columns", "Text"), stretch=True),
    ),
    "actions": (
        _c("number", QT_TRANSLATE_NOOP("Columns", "No."), "int"),
        _c("description", QT_TRANSLATE_NOOP("Columns", "Description"), stretch=True),
        _c("status", QT_TRANSLATE_NOOP("Columns", "Status"), "choice"),
        _c("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), "due"),
    ),
    "decisions": (
        _c("position", QT_TRANSLATE_NOOP("Columns", "#"), "position"),
        _c("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "choice"),
        _c("text", QT_TRANSLATE_NOOP("Columns", "Text"), stretch=True),
    ),
    "resolutions": (
        _c("symbol", QT_TRANSLATE_NOOP("Columns", "Symbol")),
        _c("title", QT_TRANSLATE_NOOP("Columns", "Title"), stretch=True),
        _c("year", QT_TRANSLATE_NOOP("Columns", "Year"), "int"),
    ),
    "documents": (
        _c("symbol", QT_TRANSLATE_NOOP("Columns", "Symbol")),
        _c("title", QT_TRANSLATE_NOOP("Columns", "Title"), stretch=True),
        _c("date", QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
    ),
    "events": (
        _c("start_date", QT_TRANSLATE_NOOP("Columns", "Starts"), "date"),
        _c("end_date", QT_TRANSLATE_NOOP("Columns", "Ends"), "date"),
        _c("title", QT_TRANSLATE_NOOP("Columns", "Title"), stretch=True),
        _c("place", QT_TRANSLATE_NOOP("Columns", "Place")),
    ),
    "organizations": (
        _c("acronym", QT_TRANSLATE_NOOP("Columns", "Acronym")),
        _c("name", QT_TRANSLATE_NOOP("Columns", "Name"), stretch=True),
        _c("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "choice"),
        _c("parent_id", QT_TRANSLATE_NOOP("Columns", "Part of"), "ref", "organizations"),
    ),
    "offices": (
        _c("role", QT_TRANSLATE_NOOP("Columns", "Office"), "choice"),
        _c("person_id", QT_TRANSLATE_NOOP("Columns", "Person"), "ref", "persons"),
        _c("body_id", QT_TRANSLATE_NOOP("Columns", "Body"), "ref", "organizations"),
        _c("start_date", QT_TRANSLATE_NOOP("Columns", "From"), "date"),
        _c("end_date", QT_TRANSLATE_NOOP("Columns", "Until"), "date"),
    ),
    "paragraphs": (
        _c("resolution_id", QT_TRANSLATE_NOOP("Columns", "Resolution"), "ref", "resolutions"),
        _c("number", QT_TRANSLATE_NOOP("Columns", "No."), "int"),
        _c("text", QT_TRANSLATE_NOOP("Columns", "Text"), stretch=True),
    ),
    "persons": (
        _c("name", QT_TRANSLATE_NOOP("Columns", "Name"), stretch=True),
        _c("honorific", QT_TRANSLATE_NOOP("Columns", "Honorific")),
        _c("organization_id", QT_TRANSLATE_NOOP("Columns", "Organization"), "ref", "organizations"),
    ),
}
_VIEW_COLUMNS: dict[str, tuple[Column, ...]] = {
    OPEN_ACTIONS: (
        _c("due_date", QT_TRANSLATE_NOOP("Columns", "When"), "when"),
        _c("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), "due"),
        _c("number", QT_TRANSLATE_NOOP("Columns", "No."), "int"),
        _c("description", QT_TRANSLATE_NOOP("Columns", "Description"), stretch=True),
        _c("status", QT_TRANSLATE_NOOP("Columns", "Status"), "choice"),
        _c("responsible_id", QT_TRANSLATE_NOOP("Columns", "Responsible"), "ref", "organizations"),
        _c("meeting_id", QT_TRANSLATE_NOOP("Columns", "Meeting"), "ref", "meetings"),
    ),
}


def columns_for(kind: str, view: str = "") -> tuple[Column, ...]:
    """The columns of a table of kind (a saved view may have its own)."""
    if view in _VIEW_COLUMNS:
        return _VIEW_COLUMNS[view]
    return _COLUMNS.get(kind, (_c("id", QT_TRANSLATE_NOOP("Columns", "Record"), stretch=True),))
