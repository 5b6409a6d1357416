"""The conflict view shared by the import preview and the stale-write dialog.

One row per field in dispute: the record, the field, my value, theirs, and a choice of
keep mine / take theirs / edit (with the edited value beside it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from migdesk.gui.i18n import QT_TRANSLATE_NOOP
from migdesk.gui.labels import field_title, kind_title
from migdesk.gui.widgets.wheel_guard import guard_widget
from migdesk.services.kinds import KINDS, convert

KEEP, TAKE, EDIT = 0, 1, 2
COLUMNS = (QT_TRANSLATE_NOOP("ConflictTable", "Record"), QT_TRANSLATE_NOOP("ConflictTable", "Field"),
           QT_TRANSLATE_NOOP("ConflictTable", "Mine"), QT_TRANSLATE_NOOP("ConflictTable", "Theirs"),
           QT_TRANSLATE_NOOP("ConflictTable", "Use"), QT_TRANSLATE_NOOP("ConflictTable", "Value"))


def show_value(field: str, value: Any) -> str:
    """A field value as one line of plain text."""
    if field == "deleted_at":
        return (QCoreApplication.translate("ConflictTable", "deleted (%1)").replace("%1", value[:10]) if value
                else QCoreApplication.translate("ConflictTable", "present"))
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list | dict):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return ", ".join(value)
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())


@dataclass(frozen=True)
class Dispute:
    """One field in dispute: the record it belongs to, and both values."""

    kind: str
    id: str
    label: str
    field: str
    mine: Any
    theirs: Any


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictTable", text)


def set_up(table: QTableWidget) -> None:
    """Columns, headers and resizing of a conflict table."""
    table.setColumnCount(len(COLUMNS))
    table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for col in (2, 3, 5):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)


class ConflictRows:
    """The disputes shown in a conflict table, and the user's choice for each."""

    def __init__(self, table: QTableWidget, disputes: list[Dispute]) -> None:
        self.table = table
        self.disputes = disputes
        self._widgets: list[tuple[QComboBox, QLineEdit]] = []
        table.setRowCount(len(disputes))
        for row, d in enumerate(disputes):
            cells = [f"{kind_title(d.kind)}: {d.label}", field_title(d.field, d.kind),
                     show_value(d.field, d.mine), show_value(d.field, d.theirs)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
            choice = QComboBox(table)
            guard_widget(choice)  # a wheel over it changes nothing until it is clicked
            choice.setObjectName(f"conflictChoice{row}")
            choice.setAccessibleName(QCoreApplication.translate("ConflictTable", "Value to use for %1").replace("%1", field_title(d.field, d.kind)))
            choice.addItems([QCoreApplication.translate("ConflictTable", "Keep mine"),
                            QCoreApplication.translate("ConflictTable", "Take theirs")])
            edit = QLineEdit(table)
            edit.setObjectName(f"conflictValue{row}")
            edit.setAccessibleName(QCoreApplication.translate("ConflictTable", "Your own value for %1").replace("%1", field_title(d.field, d.kind)))
            if d.field != "deleted_at":  # a deletion is kept or taken, not typed
                choice.addItem(QCoreApplication.translate("ConflictTable", "Edit"))
                edit.setText("" if d.mine is None else show_value(d.field, d.mine))
                edit.setCursorPosition(0)  # the start of a long value, not its end
            edit.setEnabled(False)
            choice.currentIndexChanged.connect(lambda index, e=edit: e.setEnabled(index == EDIT))
            table.setCellWidget(row, 4, choice)
            table.setCellWidget(row, 5, edit)
            self._widgets.append((choice, edit))
        for col in (0, 1, 4):
            table.resizeColumnToContents(col)
        table.setColumnWidth(0, min(table.columnWidth(0), 220))

    def choose_all(self, index: int) -> None:
        """Keep mine (KEEP) or take theirs (TAKE) for every row."""
        for choice, _edit in self._widgets:
            choice.setCurrentIndex(index)

    def choice(self, row: int) -> QComboBox:
        """The choice box of a row (tests, keyboard focus)."""
        return self._widgets[row][0]

    def values(self) -> dict[tuple[str, str], Any]:
        """(record id, field) -> the value chosen; InvalidValue for an edited value."""
        out: dict[tuple[str, str], Any] = {}
        for d, (choice, edit) in zip(self.disputes, self._widgets, strict=True):
            index = choice.currentIndex()
            if index == KEEP:
                out[(d.id, d.field)] = d.mine
            elif index == TAKE:
                out[(d.id, d.field)] = d.theirs
            else:
                spec = KINDS[d.kind]
                out[(d.id, d.field)] = convert(spec, spec.field(d.field), edit.text())
        return out
