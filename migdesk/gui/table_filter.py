"""The proxy between the record table and its view: the filter box's words and the header's
sort handed to the model, which sorts and filters every row (not only those fetched)."""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, Qt

from migdesk.gui.table_cells import fold
from migdesk.gui.table_model import RecordTableModel


class RecordFilterProxy(QIdentityProxyModel):
    """Rows as the model arranges them: holding every word of the filter, sorted by a column.

    The model does the work (RecordTableModel.arrange, in a worker for a large table);
    this proxy keeps the view's questions (sort column and order, filter text) in one place.
    """

    def _model(self) -> RecordTableModel | None:
        source = self.sourceModel()
        return source if isinstance(source, RecordTableModel) else None

    @property
    def filter_text(self) -> str:
        """The words rows must contain (folded)."""
        model = self._model()
        return " ".join(model.words) if model is not None else ""

    def set_filter_text(self, text: str) -> None:
        """Keep the rows that contain every word of text (case and accents ignored)."""
        model = self._model()
        if model is not None:
            model.arrange(fold(text).split(), model.sort_column, model.sort_order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by a column (-1: the natural order)."""
        model = self._model()
        if model is not None:
            model.sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 (as QSortFilterProxyModel's)
        """The column the rows are sorted by; -1: natural order."""
        model = self._model()
        return model.sort_column if model is not None else -1

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        """Ascending or descending."""
        model = self._model()
        return model.sort_order if model is not None else Qt.SortOrder.AscendingOrder
