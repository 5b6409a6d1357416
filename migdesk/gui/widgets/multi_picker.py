"""A list of references (a meeting's mandates, the delegations that spoke) as removable chips.

New ones are added with a RecordPicker below the chips.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui.icons import icon
from migdesk.gui.labels import kind_name
from migdesk.gui.widgets.flow_layout import FlowLayout
from migdesk.gui.widgets.messages import plain_tooltip
from migdesk.gui.widgets.pickers import NewHandler, RecordPicker
from migdesk.gui.widgets.record_list import (
    Entry,
    entry_for,
)
from migdesk.services import records
from migdesk.services.desk import Database


class _Chip(QFrame):
    """One chosen record in a MultiRecordPicker: its short name and a remove button."""

    removeRequested = Signal(str)

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.record_id = entry.id
        self.label = QLabel(entry.short, self)
        self.label.setObjectName("chipLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(plain_tooltip(entry.label))
        self.removeButton = QToolButton(self)
        self.removeButton.setObjectName("removeButton")
        self.removeButton.setIcon(icon("close"))
        self.removeButton.setIconSize(QSize(10, 10))
        self.removeButton.setAutoRaise(True)
        self.removeButton.setToolTip(plain_tooltip(self.tr("Remove {0}").format(entry.short)))
        self.removeButton.setAccessibleName(self.tr("Remove {0}").format(entry.short))
        self.removeButton.clicked.connect(lambda: self.removeRequested.emit(self.record_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.removeButton)
        self.setStyleSheet(
            "QFrame#chip { border: 1px solid palette(mid); border-radius: 11px;"
            " background: palette(alternate-base); }"
        )


class MultiRecordPicker(QWidget):
    """A list of references shown as removable chips, with a type-ahead box to add more.

    `valueChanged(list of ids)` fires when the user adds or removes one, never on
    `set_value`.
    """

    valueChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._chips: list[_Chip] = []
        self._entries: dict[str, Entry] = {}
        self._db: Database | None = None
        self._read_only = False
        self.kind = ""
        self.chipArea = QWidget(self)
        self.chipArea.setObjectName("chipArea")
        self._flow = FlowLayout(self.chipArea, spacing=4)
        self.addPicker = RecordPicker(self)
        self.addPicker.setObjectName("addPicker")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chipArea)
        layout.addWidget(self.addPicker)
        self.chipArea.hide()
        self.setFocusProxy(self.addPicker)
        self.addPicker.recordChosen.connect(self._add)
        self.addPicker.line_edit().installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    @property
    def textEdited(self) -> Any:  # noqa: N802 (signal of the add box)
        """The add box's textEdited signal."""
        return self.addPicker.textEdited

    def configure(self, kind: str, db: Database) -> None:
        """Pick records of kind from db."""
        self.kind = kind
        self._db = db
        self.addPicker.configure(kind, db)
        self.addPicker.line_edit().setPlaceholderText(
            self.tr("Add {0}…").format(kind_name(kind))
        )

    def set_new_handler(self, handler: NewHandler | None) -> None:
        """What the add box's "New …" button calls."""
        self.addPicker.set_new_handler(handler)

    def set_read_only(self, read_only: bool) -> None:
        """Show the chosen records only: no add box, no chip's remove button."""
        self._read_only = read_only
        self.addPicker.set_read_only(read_only)
        self.addPicker.setVisible(not read_only)
        for chip in self._chips:
            chip.removeButton.setVisible(not read_only)

    def set_accessible_label(self, name: str) -> None:
        """Name the picker and its add box for screen readers."""
        self.setAccessibleName(name)
        self.addPicker.set_accessible_label(self.tr("Add to {0}").format(name))

    def value(self) -> list[str]:
        """The chosen ids, in order."""
        return list(self._ids)

    def text(self) -> str:
        """What is typed in the add box (not part of the value)."""
        return self.addPicker.text()

    def error(self) -> str | None:
        """Why the text typed in the add box names no record (it is not added), or None."""
        return self.addPicker.error()

    def set_value(self, ids: list[str]) -> None:
        """Show these records as chips without emitting valueChanged."""
        self._ids = list(ids)
        missing = [i for i in self._ids if i not in self._entries]
        if missing and self._db is not None:
            found = records.get_records(self._db, self.kind, missing)
            self._entries.update({i: entry_for(r) for i, r in found.items()})
        self._rebuild()

    def chips(self) -> list[_Chip]:
        """The chips shown, in order."""
        return list(self._chips)

    def _rebuild(self) -> None:
        while (item := self._flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._chips = []
        for record_id in self._ids:
            entry = self._entries.get(record_id)
            if entry is None:  # a dangling reference: show the start of its id
                entry = Entry(record_id, record_id, record_id[:8], "", frozenset())
            chip = _Chip(entry, self.chipArea)
            chip.removeRequested.connect(self._remove)
            chip.removeButton.setVisible(not self._read_only)
            self._flow.addWidget(chip)
            self._chips.append(chip)
        self.chipArea.setVisible(bool(self._ids))
        self._order_tab_chain()
        self._flow.invalidate()
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Backspace in the empty add box removes the last chip."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backspace
            and not self.addPicker.text()
            and self._ids
        ):
            self._remove(self._ids[-1])
            return True
        return super().eventFilter(watched, event)

    def _order_tab_chain(self) -> None:
        """New widgets join the end of the window's tab chain: put the chips before the add box.

        setTabOrder needs a focusable anchor without a focus proxy, so the chips go after
        the last such widget before this picker (or after the add box when there is none).
        """
        buttons = [c.removeButton for c in self._chips]
        if not buttons:
            return
        anchor: QWidget | None = self.previousInFocusChain()
        for _ in range(1000):  # the chain is a ring; stop at the window
            if anchor is None or anchor is self.window():
                anchor = None
                break
            inside = anchor is self or self.isAncestorOf(anchor)
            takes_tab = bool(anchor.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if not inside and takes_tab and anchor.focusProxy() is None:
                break
            anchor = anchor.previousInFocusChain()
        previous = anchor or self.addPicker.newButton
        for button in buttons:
            QWidget.setTabOrder(previous, button)
            previous = button

    def _add(self, record_id: object) -> None:
        if not isinstance(record_id, str):
            return
        if record_id not in self._ids:
            row = self.addPicker.model.row_of(record_id)
            if row >= 0:
                self._entries[record_id] = self.addPicker.model.entries[row]
            self.set_value([*self._ids, record_id])
            self.valueChanged.emit(self.value())
        self.addPicker.set_value(None)

    def _remove(self, record_id: str) -> None:
        if record_id in self._ids:
            self.set_value([i for i in self._ids if i != record_id])
            self.valueChanged.emit(self.value())
            self.addPicker.setFocus()
