"""The reference picker: choose one record by typing part of its name, or create it on the spot.

`RecordPicker` is one reference (a meeting's body, an action's event); a list of them is
multi_picker.MultiRecordPicker. It reads records through migdesk.services.records only,
and loads the list lazily: when the user first focuses or opens the picker, not when a
form shows a record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from migdesk.gui.icons import icon
from migdesk.gui.labels import kind_name
from migdesk.gui.widgets.messages import plain_tooltip
from migdesk.gui.widgets.record_list import (
    SEARCH_ROLE,
    EntryDelegate,
    LabelCompleter,
    RecordListModel,
    entry_for,
)
from migdesk.services import records
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError

#: (kind, text typed so far) -> id of the new record, or None when the user cancelled.
NewHandler = Callable[[str, str], "str | None"]


#: Keys with which a combo box steps to another entry.
_STEP_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class _LazyCombo(QComboBox):
    """An editable combo box that asks its picker to load the list before it is first used."""

    def __init__(self, picker: RecordPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        """Load the list, then show it (never in a read-only picker)."""
        if self._picker.read_only:
            return
        self._picker.ensure_loaded()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """In a read-only picker the arrow keys do not step to another record."""
        if self._picker.read_only and event.key() in _STEP_KEYS:
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        """Load the list as the user arrives, so type-ahead is ready."""
        self._picker.ensure_loaded()
        super().focusInEvent(event)


class RecordPicker(QWidget):
    """A type-ahead reference picker with a "New …" button that creates the record on the spot.

    Type any part of a record's label or other names (the RCM is found by "Puebla");
    the list opens with the matches. Leaving the field with text that names exactly one
    record chooses it. `recordChosen(id or None)` fires when the user's choice changes,
    never on `set_value`.
    """

    recordChosen = Signal(object)
    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self._db: Database | None = None
        self._where: dict[str, Any] | None = None
        self._loaded = False
        self._value: str | None = None
        self._value_label = ""
        self._new_handler: NewHandler | None = None
        #: True: the record is shown, not changed (set_read_only)
        self.read_only = False
        self._placeholder = ""  # "Search …", not shown while read only

        self.model = RecordListModel(self)
        self.combo = _LazyCombo(self)
        self.combo.setObjectName("combo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMaxVisibleItems(15)
        self.combo.setModel(self.model)
        self.combo.setItemDelegate(EntryDelegate(self.combo))
        self.combo.setCurrentIndex(-1)
        completer = LabelCompleter(self.model, self.combo)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        popup = completer.popup()
        assert popup is not None
        popup.setItemDelegate(EntryDelegate(popup))
        popup.setObjectName("completerPopup")
        self.popup = popup
        self.combo.setCompleter(completer)
        self.completer = completer

        self.newButton = QToolButton(self)
        self.newButton.setObjectName("newButton")
        self.newButton.setIcon(icon("add"))
        self.newButton.setAutoRaise(True)
        self.newButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.newButton)
        self.setFocusProxy(self.combo)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        line = self.line_edit()
        line.textEdited.connect(self._text_edited)
        line.editingFinished.connect(self._editing_finished)
        line.installEventFilter(self)
        self.combo.activated.connect(self._activated)
        self.newButton.clicked.connect(self.create_new)

    # ------------------------------------------------------------ configuration

    def configure(self, kind: str, db: Database, *, where: dict[str, Any] | None = None) -> None:
        """Pick records of kind from db (optionally only those matching where)."""
        self.kind = kind
        self._db = db
        self._where = where
        self._loaded = False
        singular = kind_name(kind)
        self.newButton.setToolTip(self.tr("New {0}… (Insert)").format(singular))
        self.newButton.setAccessibleName(self.tr("New {0}").format(singular))
        self._placeholder = self.tr("Search {0}…").format(kind_name(kind, 2))
        self.line_edit().setPlaceholderText("" if self.read_only else self._placeholder)

    def set_filter(self, where: dict[str, Any] | None) -> None:
        """List only records matching where (field equality); reloads when next used."""
        if where != self._where:
            self._where = where
            self._loaded = False

    def set_new_handler(self, handler: NewHandler | None) -> None:
        """What the "New …" button calls: (kind, typed text) -> new id or None (cancelled)."""
        self._new_handler = handler

    def set_read_only(self, read_only: bool) -> None:
        """Show the chosen record only: no typing, no list, no "New …" (its text stays copyable)."""
        self.read_only = read_only
        self.line_edit().setReadOnly(read_only)
        self.newButton.setVisible(not read_only)
        self.line_edit().setPlaceholderText("" if read_only else self._placeholder)

    def set_accessible_label(self, name: str) -> None:
        """Name the picker and its parts for screen readers."""
        self.setAccessibleName(name)
        self.combo.setAccessibleName(name)
        self.line_edit().setAccessibleName(name)

    def line_edit(self) -> Any:
        """The combo box's line edit (where the user types)."""
        return self.combo.lineEdit()

    # ------------------------------------------------------------------- value

    def value(self) -> str | None:
        """The chosen record's id (None when blank); ValueError when the text names none."""
        record_id, problem = self.resolve()
        if problem:
            raise ValueError(problem)
        return record_id

    def text(self) -> str:
        """What the field shows."""
        return str(self.combo.currentText())

    def error(self) -> str | None:
        """Why the typed text does not choose a record, or None."""
        return self.resolve()[1]

    def set_value(self, record_id: str | None) -> None:
        """Show a record (or nothing) without emitting recordChosen."""
        self._value = record_id
        self._value_label = ""
        if record_id is not None:
            row = self.model.row_of(record_id) if self._loaded else -1
            if row >= 0:
                self._value_label = self.model.entries[row].label
            elif self._db is not None:
                try:
                    self._value_label = records.get_record(self._db, self.kind, record_id).label
                except MigdeskError:
                    self._value_label = record_id  # a dangling reference: show the id
        self._show_value()

    def resolve(self) -> tuple[str | None, str | None]:
        """(id, None) for what the text chooses, or (None, why not)."""
        text = self.text().strip()
        if not text:
            return None, None
        if self._value is not None and text == self._value_label:
            return self._value, None
        self.ensure_loaded()
        folded = text.casefold()
        exact = [e for e in self.model.entries if folded in e.keys]
        if len(exact) == 1:
            return exact[0].id, None
        matches = exact or [e for e in self.model.entries if folded in e.search.casefold()]
        if len(matches) == 1:
            return matches[0].id, None
        singular = kind_name(self.kind) if self.kind else ""
        if not matches:
            message = self.tr("No {0} matches “{1}”: choose one from the list or add it with +")
            return None, message.format(singular, text)
        message = self.tr("{0} records match “{1}”: choose one from the list")
        return None, message.format(len(matches), text)

    # ----------------------------------------------------------------- loading

    def ensure_loaded(self) -> None:
        """Load the records into the list if not done since the last change of filter."""
        if self._loaded or self._db is None or not self.kind:
            return
        self._loaded = True
        self.reload()

    def reload(self) -> None:
        """Read the records again (after one was added elsewhere), keeping what is typed."""
        if self._db is None or not self.kind:
            return
        line = self.line_edit()
        text, cursor = line.text(), line.cursorPosition()
        found = records.list_records(self._db, self.kind, where=self._where)
        entries = sorted((entry_for(r) for r in found), key=lambda e: e.label.casefold())
        self.combo.blockSignals(True)
        self.model.set_entries(entries)
        self.combo.setCurrentIndex(self.model.row_of(self._value))
        self.combo.blockSignals(False)
        self._loaded = True
        if line.text() != text:
            line.setText(text)
            line.setCursorPosition(cursor)

    # --------------------------------------------------------------- internals

    def _show_value(self) -> None:
        self.combo.blockSignals(True)
        row = self.model.row_of(self._value) if self._loaded else -1
        self.combo.setCurrentIndex(row)
        self.combo.setEditText(self._value_label)
        self.line_edit().setCursorPosition(0)  # show the start of long labels
        self.combo.blockSignals(False)
        self.line_edit().setToolTip(plain_tooltip(self._value_label))

    def _choose(self, record_id: str | None) -> None:
        """Make record_id the value; tell listeners if it changed."""
        changed = record_id != self._value
        self.set_value(record_id)
        if changed:
            self.recordChosen.emit(record_id)

    def _text_edited(self, text: str) -> None:
        self.ensure_loaded()
        self.textEdited.emit(text)

    def _activated(self, row: int) -> None:
        if not self.read_only and 0 <= row < len(self.model.entries):
            self._choose(self.model.entries[row].id)

    def _editing_finished(self) -> None:
        if self.popup.isVisible() or self.read_only:
            return  # the user is still choosing in the list, or may not choose
        record_id, problem = self.resolve()
        if problem is None:
            self._choose(record_id)
        else:
            self.textEdited.emit(self.text())  # let the form show why

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Escape in the field puts back the chosen record's label; Insert is the "+" button."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Insert and not event.modifiers():
                self.create_new()  # the button itself is out of the Tab order
                return True
            if event.key() == Qt.Key.Key_Escape and self.text() != self._value_label:
                if not self.popup.isVisible():
                    self._show_value()
                    self.textEdited.emit(self.text())
                    return True
        return super().eventFilter(watched, event)

    def create_new(self) -> None:
        """Ask for a new record of the picker's kind (prefilled with the typed text) and choose it."""
        if not self.kind or self._db is None or self.read_only:
            return
        typed = self.text().strip() if self.text() != self._value_label else ""
        if self._new_handler is None:
            return  # only a form that writes through the window's undo stack creates records
        new_id = self._new_handler(self.kind, typed)
        if new_id is None:
            return
        self.reload()
        self._choose(new_id)
