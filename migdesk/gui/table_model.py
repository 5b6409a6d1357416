"""The middle table's model: lazy over record ids, updated in place by each Change.

Cells are worded by table_cells; table_filter sorts and filters the rows for the view.

`RecordTableModel` holds the ids of the records a navigator node lists (cheap to get
for thousands) and fetches the records themselves in batches as the view scrolls
(canFetchMore / fetchMore with `get_records`). A Change updates it in place: rows are
inserted, removed, reordered or repainted, never rebuilt.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)

from migdesk.gui.columns import Column
from migdesk.gui.table_arrange import (
    TableRows,
    arrange,
    read_labels,
    read_records,
    read_rows,
    row_text,
)
from migdesk.gui.table_cells import display_text, is_overdue, sort_key, warning_colour
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services.desk import Database
from migdesk.services.kinds import KINDS, label
from migdesk.services.listing import IdListing
from migdesk.services.records import Change, Record

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as default parent

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column correctly
MIME_TYPE = "application/x-migdesk-record-ids"
BATCH = 100  # rows fetched at a time as the view scrolls
AHEAD = 20 * BATCH  # at most this many ids read ahead at once (one query of ids per step)

# Roles as plain ints, compared in data() (called hundreds of times per paint).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE, _TOOLTIP, _FOREGROUND, _ALIGNMENT, ID_ROLE, SORT_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DRAG_ROW_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsDragEnabled


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of record, read a window at a time and kept current by Changes.

    `listing()` gives the IdListing of the records to list in natural order; it is
    called again when a Change touches one of `depends_on` (the table's kind by default).
    In natural order the model holds the first rows only: a count and a window of ids
    are read for the first paint, the next windows as the view scrolls. Sorted by a
    column or filtered by words (`arrange`), every row is read and arranged in a worker
    thread (table_arrange); the rows shown stay until the new ones arrive, and only the
    newest request's rows are shown.
    """

    moveRequested = Signal(str, int)  # record id, new index among its siblings (drag and drop)
    busyChanged = Signal(bool)  # True while rows are being sorted or filtered in a worker
    arrangingFailed = Signal(object)  # the exception sorting or filtering raised

    def __init__(
        self,
        db: Database,
        kind: str,
        columns: Sequence[Column],
        listing: Callable[[], IdListing],
        *,
        depends_on: Iterable[str] = (),
        movable: bool = False,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind
        self.columns = tuple(columns)
        self._source = listing
        self._listing: IdListing  # read by reload()
        self._depends = {kind, *depends_on}
        self._movable = movable and KINDS[kind].ordered
        self._today = today
        self._rows: list[str] = []  # ids of the rows the view has, in the order shown
        self._ahead: list[str] = []  # in natural order: the ids read after the rows'
        self._count = 0  # how many records the table lists
        self._arranged: list[str] | None = None  # every id shown, when sorted or filtered
        self._ranks: dict[str, int] = {}  # natural positions, when arranged
        self._words: tuple[str, ...] = ()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._all: TableRows | None = None  # every row, read for arranging, until a Change
        self._task: BackgroundTask | None = None
        self._pool = QThreadPool(self)  # one runner: a newer request waits for the older
        self._pool.setMaxThreadCount(1)
        self._generation = 0  # of the latest arrangement asked for
        self._records: dict[str, Record] = {}
        self._folded: dict[str, str] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._ref_kinds = {c.ref_kind for c in self.columns if c.ref_kind}
        self.reload()

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Read the records again: the first window, or the sorted and filtered rows anew."""
        self._listing = self._source()
        self._records.clear()
        self._folded.clear()
        self._all = None
        if self._arranged is None:
            self._show_natural()
        else:
            self._count = self._listing.count(self.db)
            self._load(self._rows)
            self._rearrange()

    @property
    def total_count(self) -> int:
        """How many records the table lists (fetched or not, shown by the filter or not)."""
        return self._count

    @property
    def shown_count(self) -> int:
        """How many rows the view can show: the records the filter keeps (fetched or not)."""
        return self._count if self._arranged is None else len(self._arranged)

    @property
    def fetched_count(self) -> int:
        """How many rows are loaded (what rowCount reports)."""
        return len(self._rows)

    def canFetchMore(self, parent: Index = _TOP) -> bool:  # noqa: N802
        """True while some rows are not loaded yet."""
        return not parent.isValid() and len(self._rows) < self.shown_count

    def fetchMore(self, parent: Index = _TOP) -> None:  # noqa: N802
        """Load the next batch of records and add their rows."""
        if not parent.isValid():
            self._fetch(BATCH)

    def _fetch(self, rows: int) -> None:
        start = len(self._rows)
        if self._arranged is not None:
            ids = self._arranged[start : start + rows]
        else:
            ids = self._next_ids(rows)
        if not ids:
            return
        self._load(ids)
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._rows.extend(ids)
        self.endInsertRows()

    def _next_ids(self, rows: int) -> list[str]:
        """The next ids in natural order after the fetched rows, read ahead in windows as
        large as the rows fetched so far, up to AHEAD (few queries for a table scrolled to
        its end, none of them long)."""
        if len(self._ahead) < rows:
            present = {*self._rows, *self._ahead}  # a record another writer moved meanwhile
            start = len(self._rows) + len(self._ahead)
            window = self._listing.window(self.db, start, max(rows, min(len(self._rows), AHEAD)))
            self._ahead += [i for i in window if i not in present]
        ids, self._ahead = self._ahead[:rows], self._ahead[rows:]
        return ids

    def ensure_row(self, record_id: str) -> int:
        """The row of a record, fetching rows up to it; -1 if the table does not show it."""
        row = self.row_of(record_id)
        if row >= 0:
            return row
        if self._arranged is not None:
            position = self._arranged.index(record_id) if record_id in self._arranged else -1
        else:
            position = self._listing.position(self.db, record_id)
        if position >= len(self._rows):
            self._fetch(position + 1 - len(self._rows))
        return self.row_of(record_id)

    def lists(self, record_id: str) -> bool:
        """True if the table lists the record, whether the filter shows it or not."""
        if self._all is not None:
            return record_id in self._all.ranks
        return self._listing.position(self.db, record_id) >= 0

    def _load(self, ids: Iterable[str]) -> None:
        """Fetch the records (and labels of records they refer to) not cached yet."""
        missing = [i for i in ids if i not in self._records]
        if missing:
            self._records.update(read_records(self.db, self.kind, missing))
        self._load_labels(self._records[i] for i in missing if i in self._records)

    def _load_labels(self, records: Iterable[Record]) -> None:
        self._labels.update(read_labels(self.db, self.columns, records, self._labels))

    # ---------------------------------------------------------------- sorting and filtering

    @property
    def words(self) -> tuple[str, ...]:
        """The (folded) words every shown row holds; () when unfiltered."""
        return self._words

    @property
    def sort_column(self) -> int:
        """The column the rows are sorted by; -1: natural order."""
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        """Ascending or descending (by sort_column)."""
        return self._sort_order

    @property
    def busy(self) -> bool:
        """True while the rows asked for are being sorted or filtered in a worker."""
        return self._task is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every row by a column (-1: natural order); see arrange."""
        self.arrange(self._words, column, order)

    def arrange(
        self,
        words: Sequence[str],
        column: int,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        *,
        now: bool = False,
    ) -> None:
        """Show the rows holding every word (folded), sorted by column (-1: natural order).

        Small tables, and `now`, are arranged at once; others in a worker thread, the
        rows shown staying until the new ones arrive (busyChanged tells). A later call
        wins over an earlier one still running.
        """
        column = column if 0 <= column < len(self.columns) else -1
        state = (tuple(words), column, order if column >= 0 else Qt.SortOrder.AscendingOrder)
        if state == (self._words, self._sort_column, self._sort_order) and not now:
            return
        self._words, self._sort_column, self._sort_order = state
        self._rearrange(now=now)

    def _rearrange(self, *, now: bool = False) -> None:
        self.cancel_arranging()  # its rows would be stale: dropped if they still come
        if not self._words and self._sort_column < 0:
            self._show_natural()
            self.busyChanged.emit(False)
            return
        # What the worker needs, taken now: it never reads the model.
        words, column = self._words, self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        known = self._all
        if known is not None and column >= 0 and column not in known.keys:
            known = None  # that column's sort keys were not read: read every row again
        sort_columns = [column] if column >= 0 else []
        labels = dict(self._labels)
        read = partial(
            read_rows, self.db, self.kind, self.columns, self._listing, self._today(), labels, sort_columns
        )
        if now or self._count <= BATCH:  # quick: no worker
            self._all = known or read()
            self._show_arranged(arrange(self._all, words, column, descending))
            self.busyChanged.emit(False)
            return
        generation = self._generation

        def work(progress: Progress) -> tuple[int, TableRows, list[str]]:  # no widget here
            rows = known or read(check=progress.check)
            return generation, rows, arrange(rows, words, column, descending)

        self._task = BackgroundTask(work, pool=self._pool)
        self._task.succeeded.connect(self._arranged_rows)
        self._task.failed.connect(self._arranging_failed)
        self._task.start()
        self.busyChanged.emit(True)

    def cancel_arranging(self) -> None:
        """Stop a sort or filter running in the worker (the model is about to go)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _arranged_rows(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation: int = result[0]
        rows: TableRows = result[1]
        shown: list[str] = result[2]
        if generation != self._generation:
            return  # a newer sort or filter was asked for meanwhile
        self._task = None
        self._all = rows
        self._show_arranged(shown)
        self.busyChanged.emit(False)

    def _arranging_failed(self, error: object) -> None:
        if self.sender() is not self._task:
            return  # a request overtaken by a newer one
        self._task = None
        self.busyChanged.emit(False)
        self.arrangingFailed.emit(error)

    def _show_arranged(self, shown: list[str]) -> None:
        rows = self._all
        assert rows is not None
        self.beginResetModel()
        self._labels.update(rows.labels)
        self._folded.update(rows.texts)
        self._ranks = rows.ranks
        self._arranged = shown
        self._rows = shown[:BATCH]
        self._load(self._rows)
        self.endResetModel()

    def _show_natural(self) -> None:
        self.beginResetModel()
        self._arranged = None
        self._ranks = {}
        self._count = self._listing.count(self.db)
        self._rows = self._listing.window(self.db, 0, BATCH)
        self._ahead = []
        self._load(self._rows)
        self.endResetModel()

    # ---------------------------------------------------------------- Qt model interface

    def rowCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """Rows fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """The kind's columns."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles (translated)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    def record_at(self, row: int) -> Record | None:
        """The record of a row."""
        if not 0 <= row < len(self._rows):
            return None
        record_id = self._rows[row]
        if record_id not in self._records:
            self._load([record_id])
        return self._records.get(record_id)

    def row_of(self, record_id: str) -> int:
        """The row of a fetched record, or -1."""
        try:
            return self._rows.index(record_id)
        except ValueError:
            return -1

    def ids(self) -> list[str]:
        """Every id the table lists, in natural order (fetched or not: read from the database)."""
        return self._listing.all_ids(self.db)

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        """The index of a cell (one Python call, where Qt's would call rowCount and
        columnCount; proxies and views ask for indexes for every cell they show)."""
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, tooltip, sort key and colours."""
        if not index.isValid() or role not in _ROLES:  # most roles a delegate asks: nothing
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        column = self.columns[index.column()]
        if role == _DISPLAY or role == _ACCESSIBLE:
            return display_text(record, column, self._labels, self._today(), self._rank)
        if role == _ALIGNMENT:
            return _RIGHT if column.type in ("int", "position") else None
        if role == _FOREGROUND:
            overdue = column.type in ("due", "when") and is_overdue(record, self._today())
            return warning_colour() if overdue else None
        if role == ID_ROLE:
            return record.id
        if role == _TOOLTIP:
            text = display_text(record, column, self._labels, self._today(), self._rank, full=True)
            return f"<p>{html.escape(text)}</p>" if text else None  # user text stays text
        return sort_key(record, column, self._labels, self._today())  # SORT_ROLE

    def cell_text(self, row: int, column: int) -> str | None:
        """The text data() shows for a cell (None: no such row)."""
        record = self.record_at(row)
        return None if record is None else display_text(record, self.columns[column], self._labels, self._today(), self._rank)

    def _rank(self, record_id: str) -> int:
        """Where a record stands in the table's natural order (0-based)."""
        if self._arranged is not None:
            return self._ranks.get(record_id, -1)
        try:
            return self._rows.index(record_id)
        except ValueError:
            return -1

    def row_text(self, row: int) -> str:
        """Every column's text of a row, folded, for the filter box."""
        record = self.record_at(row)
        if record is None:
            return ""
        text = self._folded.get(record.id)
        if text is None:
            text = row_text(record, self.columns, self._labels, self._today(), self._rank)
            self._folded[record.id] = text
        return text

    # ---------------------------------------------------------------- drag and drop reorder

    @property
    def movable(self) -> bool:
        """True when rows can be reordered (interventions, actions, ... of one meeting)."""
        return self._movable

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable; in ordered tables they can be dragged."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._movable else Qt.ItemFlag.NoItemFlags
        return _DRAG_ROW_FLAGS if self._movable else _ROW_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        """Rows move within the table."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        """The one private type rows are dragged as."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged rows' ids."""
        ids = list(dict.fromkeys(self._rows[i.row()] for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(ids).encode("utf-8"))
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask (moveRequested) to move the dragged record before the drop row.

        Returns False: the rows move when the undoable Change comes back, not here.
        """
        if not self._movable or self._arranged is not None or not data.hasFormat(MIME_TYPE):
            return False  # rows move in natural order only
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        if len(ids) != 1 or ids[0] not in self._rows:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else self._count)
        old = self._rows.index(ids[0])
        new = target if target <= old else target - 1
        if new != old:
            self.moveRequested.emit(ids[0], new)
        return False

    # ---------------------------------------------------------------- updates

    def apply_change(self, change: Change) -> None:
        """Update rows in place: new records inserted, deleted removed, moved reordered.

        Sorted or filtered, deleted rows go at once and the rows are arranged again
        (in a worker for a large table): new and changed records take their place then.
        """
        kinds = {i.kind for i in change.items}
        if kinds & self._ref_kinds:
            self._update_labels(change)
        if not kinds & self._depends:
            return
        changed: list[str] = []
        deleted: set[str] = set()
        for item in change.items:
            if item.kind != self.kind:
                continue
            self._folded.pop(item.id, None)
            if item.after is not None and item.after.get("deleted_at") is None:
                self._records[item.id] = Record(self.kind, item.id, item.after)
                changed.append(item.id)
            else:
                self._records.pop(item.id, None)
                deleted.add(item.id)
        self._load_labels(self._records[i] for i in changed)
        self._listing = self._source()
        self._count = self._listing.count(self.db)
        if self._arranged is None:
            self._ahead = []
            self._reconcile(self._fresh_rows(changed))
        else:
            self._all = None
            self._remove_rows([r for r, i in enumerate(self._rows) if i in deleted])
            self._arranged = [i for i in self._arranged if i not in deleted]
            self._rearrange()
        for record_id in changed:
            row = self.row_of(record_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _fresh_rows(self, changed: list[str]) -> list[str]:
        """The rows to show after a Change, in natural order: the rows shown before that
        are still listed, and the changed records among them, read again from the top;
        the rows after stay unfetched."""
        window = self._listing.window(self.db, 0, len(self._rows) + len(changed))
        known = {*self._rows, *changed}
        fresh: list[str] = []
        for record_id in window:
            if record_id not in known:
                break  # the first row that was not fetched: the rest stays unfetched
            fresh.append(record_id)
        return fresh

    def _update_labels(self, change: Change) -> None:
        for item in change.items:
            if item.kind in self._ref_kinds and (item.kind, item.id) in self._labels:
                if item.after is not None:
                    self._labels[(item.kind, item.id)] = label(item.kind, item.after)
        self._folded.clear()
        if self._arranged is not None and not {i.kind for i in change.items} & self._depends:
            self._all = None  # the texts and sort keys hold the labels
            self._rearrange()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def _reconcile(self, fresh: list[str]) -> None:
        """Make the rows fresh: removed, inserted and moved rows signalled as such."""
        keep = set(fresh)
        self._remove_rows([r for r, i in enumerate(self._rows) if i not in keep])
        present = set(self._rows)
        for position, record_id in enumerate(fresh):
            if record_id in present:
                continue
            at = min(position, len(self._rows))
            self._load([record_id])
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, record_id)
            self.endInsertRows()
            present.add(record_id)
        if self._rows != fresh:
            self._reorder(fresh)

    def _remove_rows(self, rows: list[int]) -> None:
        """Remove rows (ascending list), signalling contiguous runs at once."""
        for start, end in reversed(_runs(rows)):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start : end + 1]
            self.endRemoveRows()

    def _reorder(self, fresh: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = fresh
        self._load(self._rows)
        new_rows = {record_id: row for row, record_id in enumerate(self._rows)}
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for index in old_indexes:
            row = new_rows.get(old_rows[index.row()], -1) if index.row() < len(old_rows) else -1
            new_indexes.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7] -> [(1, 3), (7, 7)]"""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
