"""Record > Record History…: the values a record did not keep, and "Use this Value".

Every value an import set aside (a conflict's other side, a value a later change
superseded, an edit that met a deletion) is listed with where it came from and why.
"Use this Value" writes it back through the window's normal edit path, so it is one
undoable change like any edit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from migdesk.gui.forms.ui_history_dialog import Ui_HistoryDialog
from migdesk.gui.i18n import QT_TRANSLATE_NOOP
from migdesk.gui.labels import field_title
from migdesk.gui.reworded import Rewording, reword
from migdesk.services.history import HistoryItem
from migdesk.services.kinds import KINDS

# Writes one field's value back to the record; returns whether it was saved.
ApplyValue = Callable[[str, Any], bool]
_COLUMNS = 6
# Why an import set a value aside, as services/exchange/plan.py and import_repairs.py store it.
_REASONS: tuple[Rewording, ...] = (
    (re.compile("local value of a conflict not kept"),
     QT_TRANSLATE_NOOP("HistoryDialog", "local value of a conflict not kept")),
    (re.compile("incoming value of a conflict not kept"),
     QT_TRANSLATE_NOOP("HistoryDialog", "incoming value of a conflict not kept")),
    (re.compile("superseded by a later change that knew it"),
     QT_TRANSLATE_NOOP("HistoryDialog", "superseded by a later change that knew it")),
    (re.compile("edit to a record deleted here"),
     QT_TRANSLATE_NOOP("HistoryDialog", "edit to a record deleted here")),
    (re.compile(r"deletion from (?P<a>.+) not applied: (?P<b>.+) still need\(s\) it"),
     QT_TRANSLATE_NOOP("HistoryDialog", "deletion from %1 not applied: %2 still need(s) it")),
    (re.compile(r"value from (?P<a>.+) refers to a deleted record"),
     QT_TRANSLATE_NOOP("HistoryDialog", "value from %1 refers to a deleted record")),
    (re.compile(r"arrived from (?P<a>.+) needing deleted record (?P<b>\S+)"),
     QT_TRANSLATE_NOOP("HistoryDialog", "arrived from %1 needing deleted record %2")),
    (re.compile(r"local edit replaced by import from (?P<a>.+)"),
     QT_TRANSLATE_NOOP("HistoryDialog", "local edit replaced by import from %1")),
    (re.compile(r"import of (?P<a>.+) from (?P<b>.+)"),
     QT_TRANSLATE_NOOP("HistoryDialog", "import of %1 from %2")),
)


def shown_value(value: Any) -> str:
    """A value as the table shows it (text as is, anything else as JSON)."""
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def shown_time(stamp: str) -> str:
    """An ISO 8601 UTC time as local short date and time."""
    when = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    when.setTimeZone(QDateTime.currentDateTimeUtc().timeZone())
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat) if when.isValid() else stamp


class HistoryDialog(QDialog):
    """The history of one record; apply writes a chosen value (None: read only).

    here: this database's installation id (its values show as "this database").
    """

    def __init__(self, kind: str, label: str, items: list[HistoryItem], apply: ApplyValue | None,
                 parent: QWidget | None = None, *, here: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.setObjectName("historyDialog")
        self.kind, self.items, self.apply = kind, items, apply
        self.ui.introLabel.setText(
            self.tr("Values %1 did not keep: from conflicts, changes made after them, and edits "
                    "that met a deletion. Nothing here is lost.").replace("%1", f"“{label}”")
            if items else self.tr("“%1” has kept every value it was given.").replace("%1", label))
        table = self.ui.historyTable
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (self._field_title(item.field), shown_value(item.value),
                     self._source(item.source_installation, here), item.source_file or "",
                     shown_time(item.recorded_at), reword(item.reason, "HistoryDialog", _REASONS))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        for column in range(_COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(260)
        table.itemSelectionChanged.connect(self._update_button)
        self.ui.useValueButton.clicked.connect(self.use_selected)
        if items:
            table.selectRow(0)
        self._update_button()

    def _source(self, installation: str | None, here: str | None) -> str:
        if installation is None or installation == here:
            return self.tr("this database")
        return self.tr("installation %1").replace("%1", installation[:8])

    def _field_title(self, name: str) -> str:
        spec = KINDS[self.kind]
        if name == "deleted_at":
            return self.tr("Deleted")
        return field_title(name, self.kind) if any(f.name == name for f in spec.fields) else name

    def selected(self) -> HistoryItem | None:
        """The entry of the selected row."""
        rows = self.ui.historyTable.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _usable(self, item: HistoryItem | None) -> bool:
        return (item is not None and self.apply is not None
                and any(f.name == item.field for f in KINDS[self.kind].fields))

    def _update_button(self) -> None:
        self.ui.useValueButton.setEnabled(self._usable(self.selected()))

    def use_selected(self) -> None:
        """Write the selected value back to the record (an undoable edit), then close."""
        item = self.selected()
        if item is None or self.apply is None or not self._usable(item):
            return
        if self.apply(item.field, item.value):
            self.accept()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """Enter on a row uses its value."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.useValueButton.isEnabled():
            self.use_selected()
            return
        super().keyPressEvent(event)
