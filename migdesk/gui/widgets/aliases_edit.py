"""Editor of an organization's other names: name, acronym and language per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.domain.vocab import Language
from migdesk.gui.icons import icon
from migdesk.gui.widgets.choices import choice_label
from migdesk.gui.window_actions import make_action

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ACRONYM, LANGUAGE = range(3)
_Index = QModelIndex | QPersistentModelIndex


#: How a name's cell starts editing (none in a read-only form).
_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class _LanguageDelegate(QStyledItemDelegate):
    """Edits the language column with a combo box of the OAS official languages."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        """A combo box of languages."""
        combo = QComboBox(parent)
        combo.setObjectName("languageEditor")
        for lang in Language:
            combo.addItem(choice_label(lang.value), lang.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        """Select the row's language."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(CODE_ROLE)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        """Store the chosen code and show its label."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CODE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class AliasesEdit(QWidget):
    """Other names of an organization ("Puebla Process", "CRM" in Spanish), one per row.

    The value is a list of {"name", "acronym", "language"} dicts as the services store
    it; rows without a name are left out. `valueChanged` fires on user edits only.
    """

    valueChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Acronym"), self.tr("Language")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACRONYM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LANGUAGE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(_EDIT_TRIGGERS)
        self.table.setItemDelegateForColumn(LANGUAGE, _LanguageDelegate(self.table))
        self.table.setTabKeyNavigation(False)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + 3 * row_height + 4
        )
        self.table.setMaximumHeight(
            self.table.horizontalHeader().sizeHint().height() + 5 * row_height + 4
        )

        self.addButton = QToolButton(self)
        self.addButton.setObjectName("addButton")
        self.addButton.setIcon(icon("add"))
        self.addButton.setToolTip(self.tr("Add another name"))
        self.addButton.setAccessibleName(self.tr("Add another name"))
        self.addButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Insert in the table adds one
        self.removeButton = QToolButton(self)
        self.removeButton.setObjectName("removeButton")
        self.removeButton.setIcon(icon("remove"))
        self.removeButton.setToolTip(self.tr("Remove the selected name"))
        self.removeButton.setAccessibleName(self.tr("Remove the selected name"))
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

        self._loading = False
        self.table.itemChanged.connect(self._changed)
        self.addButton.clicked.connect(self.add_row)
        insert = make_action(
            self.table, "addNameAction", self.tr("Add another name"), shortcuts=[QKeySequence(Qt.Key.Key_Insert)]
        )
        insert.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        insert.triggered.connect(self.add_row)
        self.table.addAction(insert)
        self._insert = insert
        self.removeButton.clicked.connect(self.remove_selected)

    def set_read_only(self, read_only: bool) -> None:
        """Show the names only: no cell editing, no add or remove."""
        none = QAbstractItemView.EditTrigger.NoEditTriggers
        self.table.setEditTriggers(none if read_only else _EDIT_TRIGGERS)
        self.addButton.setVisible(not read_only)
        self.removeButton.setVisible(not read_only)
        self._insert.setEnabled(not read_only)

    def set_accessible_label(self, name: str) -> None:
        """Name the table for screen readers."""
        self.setAccessibleName(name)
        self.table.setAccessibleName(name)

    def value(self) -> list[dict[str, Any]]:
        """The names as stored: [{"name", "acronym", "language"}], blank rows left out."""
        out: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            name = self._text(row, NAME)
            if not name:
                continue
            lang_item = self.table.item(row, LANGUAGE)
            out.append(
                {
                    "name": name,
                    "acronym": self._text(row, ACRONYM) or None,
                    "language": lang_item.data(CODE_ROLE) if lang_item else None,
                }
            )
        return out

    def set_value(self, aliases: list[dict[str, Any]] | None) -> None:
        """Show these names without emitting valueChanged."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for alias in aliases or []:
                self._append(alias)
        finally:
            self._loading = False

    def error(self) -> str | None:
        """Always None: every row is either complete or left out."""
        return None

    def add_row(self) -> None:
        """Append a blank row and start typing its name."""
        self._loading = True
        try:
            row = self._append({"name": "", "acronym": None, "language": Language.ES.value})
        finally:
            self._loading = False
        self.table.setCurrentCell(row, NAME)
        item = self.table.item(row, NAME)
        if item is not None:
            self.table.editItem(item)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.valueChanged.emit(self.value())

    def _append(self, alias: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(str(alias.get("name") or "")))
        self.table.setItem(row, ACRONYM, QTableWidgetItem(str(alias.get("acronym") or "")))
        code = alias.get("language") or ""
        lang = QTableWidgetItem(choice_label(code) if code else "")
        lang.setData(CODE_ROLE, code or None)
        self.table.setItem(row, LANGUAGE, lang)
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self.valueChanged.emit(self.value())
