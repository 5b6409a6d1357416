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


_T = QT_TRANSLATE_NOOP
_COLUMNS: dict[str, tuple[Column, ...]] = {
    "meetings": (
        _c("date", _T("Columns", "Date"), "date"),
        _c("title", _T("Columns", "Title"), stretch=True),
        _c("place", _T("Columns", "Place")),
        _c("status", _T("Columns", "Status"), "choice"),
    ),
    "agenda_items": (
        _c("position", _T("Columns", "#"), "position"),
        _c("number", _T("Columns", "Item")),
        _c("title", _T("Columns", "Title"), stretch=True),
    ),
    "interventions": (
        _c("position", _T("Columns", "#"), "position"),
        _c("speaker", _T("Columns", "Speaker")),
        _c("text", _T("Columns", "Text"), stretch=True),
    ),
    "actions": (
        _c("number", _T("Columns", "No."), "int"),
        _c("description", _T("Columns", "Description"), stretch=True),
        _c("status", _T("Columns", "Status"), "choice"),
        _c("due_date", _T("Columns", "Due date"), "due"),
    ),
    "decisions": (
        _c("position", _T("Columns", "#"), "position"),
        _c("kind", _T("Columns", "Kind"), "choice"),
        _c("text", _T("Columns", "Text"), stretch=True),
    ),
    "resolutions": (
        _c("symbol", _T("Columns", "Symbol")),
        _c("title", _T("Columns", "Title"), stretch=True),
        _c("year", _T("Columns", "Year"), "int"),
    ),
    "documents": (
        _c("symbol", _T("Columns", "Symbol")),
        _c("title", _T("Columns", "Title"), stretch=True),
        _c("date", _T("Columns", "Date"), "date"),
    ),
    "events": (
        _c("start_date", _T("Columns", "Starts"), "date"),
        _c("end_date", _T("Columns", "Ends"), "date"),
        _c("title", _T("Columns", "Title"), stretch=True),
        _c("place", _T("Columns", "Place")),
    ),
    "organizations": (
        _c("acronym", _T("Columns", "Acronym")),
        _c("name", _T("Columns", "Name"), stretch=True),
        _c("kind", _T("Columns", "Kind"), "choice"),
        _c("parent_id", _T("Columns", "Part of"), "ref", "organizations"),
    ),
    "offices": (
        _c("role", _T("Columns", "Office"), "choice"),
        _c("person_id", _T("Columns", "Person"), "ref", "persons"),
        _c("body_id", _T("Columns", "Body"), "ref", "organizations"),
        _c("start_date", _T("Columns", "From"), "date"),
        _c("end_date", _T("Columns", "Until"), "date"),
    ),
    "paragraphs": (
        _c("resolution_id", _T("Columns", "Resolution"), "ref", "resolutions"),
        _c("number", _T("Columns", "No."), "int"),
        _c("text", _T("Columns", "Text"), stretch=True),
    ),
    "persons": (
        _c("name", _T("Columns", "Name"), stretch=True),
        _c("honorific", _T("Columns", "Honorific")),
        _c("organization_id", _T("Columns", "Organization"), "ref", "organizations"),
    ),
}
_VIEW_COLUMNS: dict[str, tuple[Column, ...]] = {
    OPEN_ACTIONS: (
        _c("due_date", _T("Columns", "When"), "when"),
        _c("due_date", _T("Columns", "Due date"), "due"),
        _c("number", _T("Columns", "No."), "int"),
        _c("description", _T("Columns", "Description"), stretch=True),
        _c("status", _T("Columns", "Status"), "choice"),
        _c("responsible_id", _T("Columns", "Responsible"), "ref", "organizations"),
        _c("meeting_id", _T("Columns", "Meeting"), "ref", "meetings"),
    ),
}


def columns_for(kind: str, view: str = "") -> tuple[Column, ...]:
    """The columns of a table of kind (a saved view may have its own)."""
    if view in _VIEW_COLUMNS:
        return _VIEW_COLUMNS[view]
    return _COLUMNS.get(kind, (_c("id", _T("Columns", "Record"), stretch=True),))
