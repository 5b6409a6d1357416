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
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from migdesk.gui.columns import Column
from migdesk.gui.table_cells import display_text, fold, is_overdue, sort_key, warning_colour
from migdesk.services.desk import Database
from migdesk.services.kinds import KINDS, label
from migdesk.services.records import Change, Record, get_records

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as default parent

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column correctly
MIME_TYPE = "application/x-migdesk-record-ids"
BATCH = 100  # rows fetched at a time as the view scrolls
BACKGROUND_BATCH = 1000  # rows fetched per event-loop turn when all are needed (filter, sort)

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
    """Rows of one kind of record, by id, fetched in batches and kept current by Changes.

    `ids_source()` gives the ids to list in order; it is called again when a Change
    touches one of `depends_on` (the table's kind by default).
    """

    moveRequested = Signal(str, int)  # record id, new index among its siblings (drag and drop)

    def __init__(
        self,
        db: Database,
        kind: str,
        columns: Sequence[Column],
        ids_source: Callable[[], list[str]],
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
        self._source = ids_source
        self._depends = {kind, *depends_on}
        self._movable = movable and KINDS[kind].ordered
        self._today = today
        self._ids: list[str] = []
        self._fetched = 0
        self._records: dict[str, Record] = {}
        self._folded: dict[str, str] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._ref_kinds = {c.ref_kind for c in self.columns if c.ref_kind}
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_step)
        self.reload()

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        """Ask the source for the ids again and start over (a model reset)."""
        self.beginResetModel()
        self._ids = list(self._source())
        self._fetched = 0
        self._records.clear()
        self._folded.clear()
        self._load(self._ids[:BATCH])
        self._fetched = min(BATCH, len(self._ids))
        self.endResetModel()

    @property
    def total_count(self) -> int:
        """How many records the table lists (fetched or not)."""
        return len(self._ids)

    @property
    def fetched_count(self) -> int:
        """How many rows are loaded (what rowCount reports)."""
        return self._fetched

    def canFetchMore(self, parent: Index = _TOP) -> bool:  # noqa: N802
        """True while some ids have no row yet."""
        return not parent.isValid() and self._fetched < len(self._ids)

    def fetchMore(self, parent: Index = _TOP) -> None:  # noqa: N802
        """Load the next batch of records and add their rows."""
        if not parent.isValid():
            self._fetch(BATCH)

    def _fetch(self, rows: int) -> None:
        if self._fetched >= len(self._ids):
            return
        start = self._fetched
        end = min(start + rows, len(self._ids))
        self._load(self._ids[start:end])
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._fetched = end
        self.endInsertRows()

    def fetch_all_soon(self) -> None:
        """Fetch the remaining rows a batch per event-loop turn (for filtering or sorting)."""
        if self.canFetchMore():
            self._fetch_timer.start()

    def _fetch_step(self) -> None:
        if self.canFetchMore():
            self._fetch(BACKGROUND_BATCH)
        else:
            self._fetch_timer.stop()

    def ensure_row(self, record_id: str) -> int:
        """The row of a record, fetching batches up to it; -1 if the table does not list it."""
        try:
            position = self._ids.index(record_id)
        except ValueError:
            return -1
        while self._fetched <= position:
            self.fetchMore()
        return position

    def _load(self, ids: Iterable[str]) -> None:
        """Fetch the records (and labels of records they refer to) not cached yet."""
        missing = [i for i in ids if i not in self._records]
        if missing:
            self._records.update(get_records(self.db, self.kind, missing))
        self._load_labels(self._records[i] for i in missing if i in self._records)

    def _load_labels(self, records: Iterable[Record]) -> None:
        wanted: dict[str, set[str]] = defaultdict(set)
        for record in records:
            for column in self.columns:
                ref = record.values.get(column.field)
                if column.ref_kind and ref and (column.ref_kind, ref) not in self._labels:
                    wanted[column.ref_kind].add(ref)
        for ref_kind, ref_ids in wanted.items():
            for ref_id, ref in get_records(self.db, ref_kind, sorted(ref_ids)).items():
                self._labels[(ref_kind, ref_id)] = ref.label

    # ---------------------------------------------------------------- Qt model interface

    def rowCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """Rows fetched so far."""
        return 0 if parent.isValid() else self._fetched

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
        if not 0 <= row < self._fetched:
            return None
        record_id = self._ids[row]
        if record_id not in self._records:
            self._load([record_id])
        return self._records.get(record_id)

    def row_of(self, record_id: str) -> int:
        """The row of a fetched record, or -1."""
        try:
            row = self._ids.index(record_id)
        except ValueError:
            return -1
        return row if row < self._fetched else -1

    def ids(self) -> list[str]:
        """Every id the table lists, in order (fetched or not)."""
        return list(self._ids)

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        """The index of a cell (one Python call, where Qt's would call rowCount and
        columnCount; proxies and views ask for indexes for every cell they show)."""
        if parent.isValid() or not (0 <= row < self._fetched and 0 <= column < len(self.columns)):
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
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def row_text(self, row: int) -> str:
        """Every column's text of a row, folded, for the filter box."""
        record = self.record_at(row)
        if record is None:
            return ""
        text = self._folded.get(record.id)
        if text is None:
            text = fold(" ".join(display_text(record, c, self._labels, self._today(), self._rank) for c in self.columns))
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
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(ids).encode("utf-8"))
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask (moveRequested) to move the dragged record before the drop row.

        Returns False: the rows move when the undoable Change comes back, not here.
        """
        if not self._movable or not data.hasFormat(MIME_TYPE):
            return False
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        if len(ids) != 1 or ids[0] not in self._ids:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._ids))
        old = self._ids.index(ids[0])
        new = target if target <= old else target - 1
        if new != old:
            self.moveRequested.emit(ids[0], new)
        return False

    # ---------------------------------------------------------------- updates

    def apply_change(self, change: Change) -> None:
        """Update rows in place: new records inserted, deleted removed, moved reordered."""
        kinds = {i.kind for i in change.items}
        if kinds & self._ref_kinds:
            self._update_labels(change)
        if not kinds & self._depends:
            return
        changed: list[str] = []
        for item in change.items:
            if item.kind != self.kind:
                continue
            self._folded.pop(item.id, None)
            if item.after is not None and item.after.get("deleted_at") is None:
                self._records[item.id] = Record(self.kind, item.id, item.after)
                changed.append(item.id)
            else:
                self._records.pop(item.id, None)
        self._load_labels(self._records[i] for i in changed)
        self._reconcile(list(self._source()))
        for record_id in changed:
            row = self.row_of(record_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _update_labels(self, change: Change) -> None:
        for item in change.items:
            if item.kind in self._ref_kinds and (item.kind, item.id) in self._labels:
                if item.after is not None:
                    self._labels[(item.kind, item.id)] = label(item.kind, item.after)
        self._folded.clear()
        if self._fetched:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._fetched - 1, len(self.columns) - 1)
            )

    def _reconcile(self, fresh: list[str]) -> None:
        keep = set(fresh)
        self._remove_rows([r for r, i in enumerate(self._ids) if i not in keep])
        present = set(self._ids)
        for position, record_id in enumerate(fresh):
            if record_id in present:
                continue
            at = min(position, len(self._ids))
            visible = at < self._fetched or (at == self._fetched == len(self._ids))
            if visible:
                self._load([record_id])
                self.beginInsertRows(QModelIndex(), at, at)
                self._ids.insert(at, record_id)
                self._fetched += 1
                self.endInsertRows()
            else:
                self._ids.insert(at, record_id)
            present.add(record_id)
        if self._ids != fresh:
            self._reorder(fresh)

    def _remove_rows(self, rows: list[int]) -> None:
        """Remove rows (ascending list), signalling contiguous runs of fetched rows at once."""
        for start, end in reversed(_runs(rows)):
            if start < self._fetched:
                last = min(end, self._fetched - 1)
                self.beginRemoveRows(QModelIndex(), start, last)
                del self._ids[start : end + 1]
                self._fetched -= last - start + 1
                self.endRemoveRows()
            else:
                del self._ids[start : end + 1]

    def _reorder(self, fresh: list[str]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = fresh
        self._load(self._ids[: self._fetched])
        new_rows = {record_id: row for row, record_id in enumerate(self._ids)}
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for index in old_indexes:
            row = new_rows.get(old_ids[index.row()], -1) if index.row() < len(old_ids) else -1
            if 0 <= row < self._fetched:
                new_indexes.append(self.index(row, index.column()))
            else:
                new_indexes.append(QModelIndex())
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
