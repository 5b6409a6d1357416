"""The list a reference picker offers: one entry per record, its model, completer and delegate.

An entry holds a record's label, short name and other names (what type-ahead matches);
the delegate shows the other names muted beside the label in the popup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from migdesk.gui.widgets.messages import plain_tooltip
from migdesk.services import records

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # label plus other names: what type-ahead matches
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # other names, shown muted in the popup


ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Entry:
    """One record as a picker lists it."""

    id: str
    label: str
    short: str  # for chips: acronym or symbol
    detail: str  # other names (aliases), may be ''
    keys: frozenset[str]  # casefolded names that select it exactly

    @property
    def search(self) -> str:
        """Everything type-ahead may match."""
        return f"{self.label} {self.detail}"


def entry_for(record: records.Record) -> Entry:
    """The picker entry of a record: its label, short name, aliases and exact keys."""
    v = record.values
    names = [record.label]
    for key in ("name", "acronym", "symbol", "title", "number"):
        if v.get(key):
            names.append(str(v[key]))
    aliases: list[str] = []
    for alias in v.get("aliases") or []:
        if isinstance(alias, dict):
            for key in ("name", "acronym"):
                if alias.get(key) and alias[key] not in names + aliases:
                    aliases.append(str(alias[key]))
    short = str(v.get("acronym") or v.get("symbol") or "")
    if not short:
        short = record.label if len(record.label) <= 40 else record.label[:39] + "…"
    keys = frozenset(n.casefold().strip() for n in names + aliases)
    return Entry(record.id, record.label, short, ", ".join(aliases), keys)


class RecordListModel(QAbstractListModel):
    """The live records of one kind as picker entries (display: label; roles for id/search)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """Number of entries (a flat list)."""
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Label, id, search text, aliases or tooltip of an entry."""
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return e.label
        if role == ID_ROLE:
            return e.id
        if role == SEARCH_ROLE:
            return e.search
        if role == DETAIL_ROLE:
            return e.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{e.label}\n{e.detail}" if e.detail else e.label)
        return None

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace every entry (a model reset)."""
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def row_of(self, record_id: str | None) -> int:
        """The row of a record id, or -1."""
        for row, e in enumerate(self.entries):
            if e.id == record_id:
                return row
        return -1


class LabelCompleter(QCompleter):
    """Matches anywhere in the label or other names, but fills in the label itself."""

    def pathFromIndex(self, index: ModelIndex) -> str:  # noqa: N802 (Qt API)
        """The label of the completion, not the search text it matched."""
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry's label, then its other names in the muted placeholder colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        """Paint background and label as usual, then the aliases after the label."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        detail = str(index.data(DETAIL_ROLE) or "")
        label = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            return super().paint(painter, option, index)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(4, 0, -4, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = opt.fontMetrics  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(palette.color(text_role))
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect, align, shown)
        used = metrics.horizontalAdvance(shown)
        if detail and used + 24 < rect.width():
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            rest = rect.adjusted(used + 12, 0, 0, 0)
            painter.drawText(
                rest, align, metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rest.width())
            )
        painter.restore()
        return None
