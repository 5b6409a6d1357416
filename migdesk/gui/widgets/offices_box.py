"""The offices held, in a person's or a body's form: "Chair — CEAM (2009-02-13 –)".

The box only reads; "Add Office…" and opening an office are asked for with signals (the
main window creates through its undo stack and shows the office in the Officers list).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui.widgets.choices import choice_label
from migdesk.services.desk import Database
from migdesk.services.records import get_records, list_records

#: The owner's field in an office, by the kind of the form the box is in.
OWNER_FIELDS = {"persons": "person_id", "organizations": "body_id"}
_OTHER = {"person_id": ("body_id", "organizations"), "body_id": ("person_id", "persons")}
_ID = Qt.ItemDataRole.UserRole


class OfficesBox(QWidget):
    """Lists the offices of a person (or of a body) with the other party and the dates."""

    newRequested = Signal(str, object)  # "offices", default values
    openRequested = Signal(str, str)  # "offices", office id

    def __init__(self, owner_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officesBox")
        self._field = OWNER_FIELDS[owner_kind]
        self._db: Database | None = None
        self._owner: str | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("officesList")
        self.list.setAccessibleName(self.tr("Offices held"))
        self.list.setMaximumHeight(96)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._open)
        self.addButton = QPushButton(self.tr("Add Office…"), self)
        self.addButton.setObjectName("addOfficeButton")
        self.addButton.setAccessibleName(self.tr("Add an office"))
        self.addButton.clicked.connect(self._add)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.addButton)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def set_read_only(self, read_only: bool) -> None:
        """Offices may be opened, not added."""
        self.addButton.setVisible(not read_only)

    def set_owner(self, db: Database, owner_id: str | None) -> None:
        """Show the offices of this person or body (None: nothing yet)."""
        self._db, self._owner = db, owner_id
        self.refresh()

    def refresh(self) -> None:
        """Read the offices again (after a change)."""
        self.list.clear()
        if self._db is None or self._owner is None:
            return
        offices = list_records(self._db, "offices", where={self._field: self._owner})
        other_field, other_kind = _OTHER[self._field]
        others = get_records(self._db, other_kind, [o.values[other_field] for o in offices])
        for office in offices:
            item = QListWidgetItem(_office_text(office.values, others.get(office.values[other_field])))
            item.setData(_ID, office.id)
            self.list.addItem(item)

    def _add(self) -> None:
        if self._owner is not None:
            self.newRequested.emit("offices", {self._field: self._owner})

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit("offices", str(item.data(_ID)))


def _office_text(values: dict[str, Any], other: Any) -> str:
    role = choice_label(str(values.get("role") or ""), "role")
    name = other.label if other is not None else "?"
    start, end = values.get("start_date"), values.get("end_date")
    dates = f" ({start or '…'} – {end or ''})".rstrip() if start or end else ""
    return f"{role} — {name}{dates}"
