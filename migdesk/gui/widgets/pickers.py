"""Reference pickers: choose a record by typing part of its name, or create it on the spot.

`RecordPicker` is one reference (a meeting's body, an action's event); `MultiRecordPicker`
a list of them (a meeting's mandates, the delegations that spoke). Both read records
through migdesk.services.records only, and load the list lazily: when the user first
focuses or opens the picker, not when a form shows a record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui.labels import kind_name
from migdesk.gui.widgets.flow_layout import FlowLayout
from migdesk.gui.widgets.icons import icon
from migdesk.gui.widgets.messages import plain_tooltip
from migdesk.services import records
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # label plus other names: what type-ahead matches
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # other names, shown muted in the popup

#: (kind, text typed so far) -> id of the new record, or None when the user cancelled.
NewHandler = Callable[[str, str], "str | None"]

_Index = QModelIndex | QPersistentModelIndex


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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        """Number of entries (a flat list)."""
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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


class _LabelCompleter(QCompleter):
    """Matches anywhere in the label or other names, but fills in the label itself."""

    def pathFromIndex(self, index: _Index) -> str:  # noqa: N802 (Qt API)
        """The label of the completion, not the search text it matched."""
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class _EntryDelegate(QStyledItemDelegate):
    """Draws an entry's label, then its other names in the muted placeholder colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
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


class _LazyCombo(QComboBox):
    """An editable combo box that asks its picker to load the list before it is first used."""

    def __init__(self, picker: RecordPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        """Load the list, then show it."""
        self._picker.ensure_loaded()
        super().showPopup()

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
        self.combo.setItemDelegate(_EntryDelegate(self.combo))
        self.combo.setCurrentIndex(-1)
        completer = _LabelCompleter(self.model, self.combo)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        popup = completer.popup()
        assert popup is not None
        popup.setItemDelegate(_EntryDelegate(popup))
        popup.setObjectName("completerPopup")
        self.popup = popup
        self.combo.setCompleter(completer)
        self.completer = completer

        self.newButton = QToolButton(self)
        self.newButton.setObjectName("newButton")
        self.newButton.setIcon(icon("list-add"))
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
        self.line_edit().setPlaceholderText(self.tr("Search {0}…").format(kind_name(kind, 2)))

    def set_filter(self, where: dict[str, Any] | None) -> None:
        """List only records matching where (field equality); reloads when next used."""
        if where != self._where:
            self._where = where
            self._loaded = False

    def set_new_handler(self, handler: NewHandler | None) -> None:
        """What the "New …" button calls: (kind, typed text) -> new id or None (cancelled)."""
        self._new_handler = handler

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
        if 0 <= row < len(self.model.entries):
            self._choose(self.model.entries[row].id)

    def _editing_finished(self) -> None:
        if self.popup.isVisible():
            return  # the user is still choosing in the list
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
        if not self.kind or self._db is None:
            return
        typed = self.text().strip() if self.text() != self._value_label else ""
        if self._new_handler is None:
            return  # only a form that writes through the window's undo stack creates records
        new_id = self._new_handler(self.kind, typed)
        if new_id is None:
            return
        self.reload()
        self._choose(new_id)


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
        self.removeButton.setIcon(icon("window-close"))
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
