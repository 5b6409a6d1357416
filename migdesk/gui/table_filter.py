"""The proxy between the record table and its view: sorts by sort keys, filters by words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from migdesk.gui.table_cells import fold
from migdesk.gui.table_model import SORT_ROLE, RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by the model's sort keys and keeps rows containing every word of the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def filter_text(self) -> str:
        """The words rows must contain (folded)."""
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        """Keep the rows that contain every word of text (case and accents ignored)."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        source = self.sourceModel()
        if words and isinstance(source, RecordTableModel):
            source.fetch_all_soon()  # rows not fetched yet may match too

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        """Rows whose text holds every filter word."""
        if not self._words:
            return True
        source = self.sourceModel()
        if not isinstance(source, RecordTableModel):
            return True
        text = source.row_text(source_row)
        return all(w in text for w in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort; every row is fetched first so that the order covers the whole table."""
        source = self.sourceModel()
        if column >= 0 and isinstance(source, RecordTableModel):
            source.fetch_all_soon()
        super().sort(column, order)
