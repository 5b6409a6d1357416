"""The middle panel: the selected node's title, a filter box, and its records in a table."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui.accessibility import name_line_edit_buttons
from migdesk.gui.error_text import error_text
from migdesk.gui.i18n import count_text
from migdesk.gui.icons import icon
from migdesk.gui.table_filter import RecordFilterProxy
from migdesk.gui.table_model import RecordTableModel
from migdesk.services.records import Record


class ElidedLabel(QLabel):
    """A one-line plain-text label that shortens its text with … instead of growing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the text elided to the label's width."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(self.alignment()), text)


SAMPLE_ROWS = 25  # rows whose text sizes the columns
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RecordDelegate(QStyledItemDelegate):
    """Draws the table's cells, taking each cell's text straight from the RecordTableModel.

    Qt's delegate asks the model for seven roles per cell (font, alignment, colours,
    check state, icon, text, background), each a call from C++ into Python through the
    proxy; that was most of the time a table took to paint. Here one Python call fills
    the style option as Qt's would: the text, and right alignment for numbers. Cells
    coloured by the model (overdue due dates) still go through Qt's own path.
    """

    def __init__(self, proxy: RecordFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Fill option for the cell at index (see the class description)."""
        source = self._proxy.sourceModel()
        if not isinstance(source, RecordTableModel) or index.model() is not self._proxy:
            super().initStyleOption(option, index)
            return
        source_index = self._proxy.mapToSource(index)
        column = source.columns[source_index.column()] if source_index.isValid() else None
        if column is None or column.type in ("due", "when"):
            super().initStyleOption(option, index)
            return
        option.index = index  # type: ignore[assignment]
        option.styleObject = None  # type: ignore[assignment]  # no style animations
        text = source.cell_text(source_index.row(), source_index.column())
        if text is None:
            return
        if column.type in ("int", "position"):
            option.displayAlignment = _RIGHT  # type: ignore[attr-defined]
        option.features |= _HAS_DISPLAY  # type: ignore[attr-defined]
        option.text = text.replace("\n", "\u2028")  # type: ignore[attr-defined]  # as Qt's


class RecordTableView(QTableView):
    """A table of records: whole-row selection, no grid, rows dragged to reorder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordTable")
        self.setAccessibleName(self.tr("Records"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicatorClearable(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def allow_reorder(self, allowed: bool) -> None:
        """Let rows be dragged to a new place (ordered records within their parent)."""
        self.setDragEnabled(allowed)
        self.setAcceptDrops(allowed)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if allowed
            else QAbstractItemView.DragDropMode.NoDragDrop
        )


class TablePanel(QWidget):
    """Title, filter box and table of the records a navigator node lists."""

    currentRecordChanged = Signal(object)  # Record | None
    orderChanged = Signal()  # sorted by another column, or filtered

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tablePanel")
        self.setAccessibleName(self.tr("Records of the selected item"))
        self._model: RecordTableModel | None = None

        self.crumbs = ElidedLabel(self)
        self.crumbs.setObjectName("tableBreadcrumbs")
        self.crumbs.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title = ElidedLabel(self)  # plain text: node labels carry user text
        self.title.setObjectName("tableTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel(self)
        self.count.setObjectName("tableCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("tableFilter")
        self.filter.setAccessibleName(self.tr("Filter the table"))
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        filter_icon = self.filter.addAction(
            icon("filter"), QLineEdit.ActionPosition.LeadingPosition
        )
        filter_icon.setText(self.tr("Filter"))
        name_line_edit_buttons(self.filter, filter_icon)
        self.filter.setMinimumWidth(150)
        self.filter.setMaximumWidth(240)

        self.proxy = RecordFilterProxy(self)
        self.view = RecordTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(RecordDelegate(self.proxy, self.view))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.filter.textChanged.connect(self._on_filter)
        self.view.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.orderChanged.emit()
        )
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelAboutToBeReset.connect(self._before_reset)
        self.proxy.modelReset.connect(self._after_reset)
        self._restoring: tuple[str | None, list[str]] | None = None  # during a reset
        self._switching = False  # True while set_model replaces the model
        self._pending: str | None = None  # a record to select once the rows are arranged

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.crumbs)
        heading.addWidget(self.title)
        top = QHBoxLayout()
        top.setContentsMargins(16, 12, 12, 8)
        top.setSpacing(10)
        top.addLayout(heading, 1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.filter, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    # ---------------------------------------------------------------- the model

    @property
    def model(self) -> RecordTableModel | None:
        """The records' model (None: nothing to list)."""
        return self._model

    def set_model(self, model: RecordTableModel | None, title: str = "", crumbs: str = "") -> None:
        """List other records (the previous model is discarded)."""
        old = self._model
        if old is not None:
            old.cancel_arranging()
            old.busyChanged.disconnect(self._on_busy)
            old.arrangingFailed.disconnect(self._on_arranging_failed)
        self._model = model
        if model is not None:
            model.busyChanged.connect(self._on_busy)
            model.arrangingFailed.connect(self._on_arranging_failed)
        self._switching = True  # other records: nothing to select again
        self._pending = None
        self.proxy.setSourceModel(model)  # type: ignore[arg-type]
        self._switching = False
        # Stored order first (interventions as spoken); a header click sorts.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.title.setText(title)
        self.crumbs.setText(crumbs)
        self.crumbs.setVisible(bool(crumbs))
        self.view.allow_reorder(model is not None and model.movable)
        if model is not None:
            self._size_columns(model)
        if old is not None:
            old.deleteLater()
        self._update_count()
        self._on_current_changed(self.view.currentIndex(), QModelIndex())

    def _size_columns(self, model: RecordTableModel) -> None:
        """Fit the columns to the text of the first rows (a sample: not every fetched row).

        Measured with font metrics: what resizeColumnToContents gets from the delegate
        (text width plus the style's margins), without a round trip through the proxy and
        the delegate for every sampled cell.
        """
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)  # also for a double-click on a divider
        metrics = self.view.fontMetrics()
        exact = QFontMetricsF(self.view.font())  # as the delegate's text layout measures
        style = self.view.style()
        margin = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        )
        cap = metrics.horizontalAdvance("M" * 16)
        rows = [
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in range(min(SAMPLE_ROWS, self.proxy.rowCount()))
        ]
        for n, column in enumerate(model.columns):
            if column.stretch:
                header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
            texts = {model.cell_text(row, n) or "" for row in rows}
            if column.type == "position":  # 1 to the row count: the last is the widest
                texts.add(str(model.total_count))
            content = max(
                (ceil(exact.horizontalAdvance(text)) for text in texts if text), default=0
            )
            title = header.model().headerData(n, Qt.Orientation.Horizontal)
            width = max(
                content + margin if content else 0,
                header.sectionSizeHint(n),
                metrics.horizontalAdvance(title) + 28,
            )
            # A symbol is read whole (AG/RES. 2356 (XXXVIII-O/08)); other texts are capped.
            limit = 2 * cap if column.field == "symbol" else cap
            header.resizeSection(n, min(width, limit))

    def _update_count(self) -> None:
        model = self._model
        if model is None:
            self.count.clear()
            return
        total = model.total_count
        shown = model.shown_count
        if model.busy:  # the rows shown stay until the new ones arrive
            self.count.setText(self.tr("Filtering…") if model.words else self.tr("Sorting…"))
        elif model.words:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )
        else:
            self.count.setText(count_text(total, self.tr("1 record"), self.tr("%1 records")))

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()
        self.orderChanged.emit()

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.view.viewport().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.view.viewport().unsetCursor()
        self._update_count()

    def _on_arranging_failed(self, error: object) -> None:
        self.count.setText(error_text(error) if isinstance(error, Exception) else str(error))

    def _before_reset(self) -> None:
        """Remember the current and selected records: the model shows other rows."""
        if self._switching:
            return
        current = self.current_record()
        self._restoring = (current.id if current else None, [r.id for r in self.selected_records()])

    def _after_reset(self) -> None:
        """Select the remembered records again where the new rows show them."""
        restoring, self._restoring = self._restoring, None
        self._update_count()
        model = self._model
        if restoring is None or model is None:
            return
        current_id, selected_ids = restoring
        selection = QItemSelection()
        for record_id in selected_ids:
            row = model.row_of(record_id)
            if row >= 0:
                index = self.proxy.index(row, 0)
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.view.selectionModel()
        self._restoring = restoring  # no currentRecordChanged for the same record
        row = model.ensure_row(current_id) if current_id is not None else -1
        if row >= 0:
            index = self.proxy.index(row, 0)
            selection_model.setCurrentIndex(index, flags.NoUpdate)
            self.view.scrollTo(index)
        else:
            self.view.scrollToTop()  # the first of the new rows, not where the old ones were
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        self._restoring = None
        if row < 0 and current_id is not None:  # the filter hides it now
            self.currentRecordChanged.emit(None)
        pending, self._pending = self._pending, None
        if pending is not None and not model.busy:
            self.select_record(pending)

    # ---------------------------------------------------------------- records

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring is None:
            self.currentRecordChanged.emit(self.record_at(current))

    def record_at(self, index: QModelIndex) -> Record | None:
        """The record of a (proxy) index."""
        if self._model is None or not index.isValid():
            return None
        return self._model.record_at(self.proxy.mapToSource(index).row())

    def current_record(self) -> Record | None:
        """The record of the current row."""
        return self.record_at(self.view.currentIndex())

    def selected_records(self) -> list[Record]:
        """The records of the selected rows, in table order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [r for r in (self.record_at(i) for i in rows) if r is not None]

    def select_record(self, record_id: str) -> bool:
        """Make a record's row current (fetching rows up to it); False if not listed."""
        if self._model is None:
            return False
        model = self._model
        row = model.ensure_row(record_id)
        if row < 0 and model.busy and model.lists(record_id):
            self._pending = record_id  # a new record: its row comes with the arranged rows
            return True
        if row < 0 and model.words and model.lists(record_id):  # hidden by the filter
            model.arrange((), model.sort_column, model.sort_order, now=True)
            with QSignalBlocker(self.filter):
                self.filter.clear()
            self._update_count()
            self.orderChanged.emit()
            row = model.ensure_row(record_id)
        if row < 0:
            return False
        index = self.proxy.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def in_natural_order(self) -> bool:
        """True when rows show in their stored order: unfiltered, unsorted or sorted by #."""
        if self.proxy.filter_text or self._model is None:
            return False
        column = self.proxy.sortColumn()
        if column < 0:
            return True
        by_position = self._model.columns[column].type == "position"
        return by_position and self.proxy.sortOrder() == Qt.SortOrder.AscendingOrder
