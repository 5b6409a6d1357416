"""The import preview's list of changed records, as a model over the report's list.

A whole-database file changes 100,000 records: one QTreeWidgetItem each froze the
dialog for two seconds and held 300 MB. This model keeps the report's list and makes a
row's text (the record's label) only when the view asks for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from migdesk.gui.labels import kind_name
from migdesk.services.exchange import RecordChange

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RECORD_ID = Qt.ItemDataRole.UserRole


class ChangesModel(QAbstractTableModel):
    """Kind, record and change of each record an import adds, updates or deletes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: Sequence[RecordChange] = ()
        self._headers = [self.tr("Kind"), self.tr("Record"), self.tr("Change")]
        self._actions = {"added": self.tr("added"), "updated": self.tr("updated"),
                         "deleted": self.tr("deleted")}

    def set_changes(self, changes: Sequence[RecordChange]) -> None:
        """Show these changes (the list is kept, not copied)."""
        self.beginResetModel()
        self._changes = changes
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        """One row per change (none under a row: a flat list)."""
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt override)
        """Kind, record, change."""
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """The cell's text; UserRole gives the record's id."""
        if not index.isValid():
            return None
        change = self._changes[index.row()]
        if role == _DISPLAY:
            column = index.column()
            if column == 0:
                return kind_name(change.kind)
            if column == 1:
                return change.label
            return self._actions.get(change.action, change.action)
        if role == _RECORD_ID:
            return change.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        """The column titles."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 3:
            return self._headers[section]
        return None
