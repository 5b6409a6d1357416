"""The form of every kind of record, laid out by its Designer file.

Each kind's layout is a Qt Designer file (ui/<kind>_form.ui, compiled into
migdesk.gui.forms); the form binds its widgets to the kind's fields by name
(form_fields), validates as the user types and reports finished edits through
`RecordForm.fieldCommitted`. Widgets read records through migdesk.services only; the
form never writes, except through the create handler (the main window's undo stack).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui import forms
from migdesk.gui.form_fields import (
    HIDDEN_FIELDS,
    ChoiceBinding,
    FieldBinding,
    binding_for,
    build_generic_layout,
    default_values_for,
    form_row,
    widget_name,
    widget_stem,
)
from migdesk.gui.labels import field_title
from migdesk.gui.widgets import (
    FieldMessage,
    MultiRecordPicker,
    RecordPicker,
    SymbolEdit,
)
from migdesk.gui.widgets.attachments_box import AttachmentsBox
from migdesk.gui.widgets.messages import Tone
from migdesk.gui.widgets.offices_box import OWNER_FIELDS, OfficesBox
from migdesk.gui.widgets.wheel_guard import guard_wheel
from migdesk.services.desk import Database
from migdesk.services.errors import InvalidValue, MigdeskError
from migdesk.services.kinds import KINDS
from migdesk.services.records import Record
from migdesk.services.symbols_check import symbol_owner
from migdesk.services.validation import RANGES, range_problem

#: (kind, values) -> id of the new record.
CreateHandler = Callable[[str, dict[str, Any]], str]
#: (form, kind, typed text, picker's field) -> id of the record made, None if none.
AskNewRecord = Callable[["RecordForm", str, str, str], "str | None"]


class RecordForm(QWidget):
    """The editor of one record of a kind, laid out by its Designer file.

    Show a record with `set_record`; when the user finishes editing a field (Return,
    leaving it, a choice in a list) with a valid value that differs from the record's,
    `fieldCommitted(kind, record_id, {field: value})` is emitted and the form takes the
    value as the record's, so the same edit is not reported twice. The main window
    saves it (through its undo stack) and shows the saved record again with
    `set_record`, which is also how it puts back a value the services refused.

    Problems are shown under the field as the user types; `validation_errors()` lists
    them. A picker's "New …" button opens a NewRecordDialog; when accepted,
    `createRequested(kind, values)` is emitted and the create handler makes the record
    (set by the window, which creates it through its undo stack; see `set_create_handler`).
    """

    fieldCommitted = Signal(str, str, object)
    createRequested = Signal(str, object)
    #: any change the user made (validity may have changed); NewRecordDialog listens.
    edited = Signal()

    def __init__(self, kind: str, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec = KINDS[kind]
        #: what a picker's "New …" does (new_record_dialog.create_form sets it); None: nothing.
        self.ask_new_record: AskNewRecord | None = None
        self._db = db
        self._record: Record | None = None
        self._snapshot: dict[str, Any] = default_values_for(kind)
        self._loading = False
        self._touched: set[str] = set()
        #: the field values the last committed edit was based on (see _user_finished)
        self.edit_base: dict[str, Any] = {}
        self._create_handler: CreateHandler = self._default_create
        self._read_only = False
        self.setObjectName(f"{self.spec.singular.title().replace(' ', '')}RecordForm")

        self.content = QWidget()
        self.content.setObjectName("formContent")
        ui_type = forms.ui_class(kind)
        self.ui: Any = None
        if ui_type is not None:
            self.ui = ui_type()
            self.ui.setupUi(self.content)
        else:
            build_generic_layout(self.spec, self.content)
        layout = self.content.findChild(QFormLayout, "formLayout")
        assert isinstance(layout, QFormLayout), f"{kind} form has no formLayout"
        self.formLayout = layout

        self.scrollArea = QScrollArea(self)
        self.scrollArea.setObjectName("scrollArea")
        self.scrollArea.setWidget(self.content)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Why the fields cannot be changed (shown only in a read-only form).
        self.readOnlyNote = QLabel(
            self.tr("Read only: this database cannot be changed from here."), self
        )
        self.readOnlyNote.setObjectName("readOnlyNote")
        self.readOnlyNote.setTextFormat(Qt.TextFormat.PlainText)
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setContentsMargins(16, 8, 16, 0)
        self.readOnlyNote.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.readOnlyNote.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.readOnlyNote)
        outer.addWidget(self.scrollArea)

        self._bindings: dict[str, FieldBinding] = {}
        for f in self.spec.fields:
            widget = self.content.findChild(QWidget, widget_name(f))
            if widget is not None and f.name not in HIDDEN_FIELDS:
                self._bindings[f.name] = binding_for(self.spec, f, widget)
        self._messages: dict[str, FieldMessage] = {}
        self._rows: list[tuple[FieldMessage, list[str]]] = []
        self._setup_fields()
        self._add_message_rows()
        self.attachments: AttachmentsBox | None = None
        if self.spec.has_symbol:  # documents and resolutions: their files (the PDF)
            self.attachments = AttachmentsBox(self.content)
            files = QLabel(self.tr("Files:"), self.content)
            files.setObjectName("attachmentsLabel")  # the list is named for screen readers
            self.formLayout.addRow(files, self.attachments)
        self.offices: OfficesBox | None = None
        if kind in OWNER_FIELDS:  # a person's offices, a body's officers
            self.offices = OfficesBox(kind, self.content)
            held = QLabel(self.tr("Offices:") if kind == "persons" else self.tr("Officers:"))
            held.setObjectName("officesLabel")  # the list is named for screen readers
            self.formLayout.addRow(held, self.offices)
        guard_wheel(self.content)  # the wheel scrolls the form, it never changes a value
        example = {"meetings": "CE/AM-83/09", "documents": "CE/AM-59/08 rev. 1"}.get(kind)
        if example and isinstance(symbol := self.content.findChild(SymbolEdit), SymbolEdit):
            # A summary or a document carries a document symbol, not a resolution's.
            symbol.lineEdit.setPlaceholderText(self.tr("e.g. {0}").format(example))
        self.set_record(None)

    # ------------------------------------------------------------- public API

    def set_record(self, record: Record | None) -> None:
        """Show a record (None: an empty form with the kind's defaults); never emits fieldCommitted.

        Showing the same record again (after a save) keeps what the user is typing in
        the field that has the focus.
        """
        same = record is not None and self._record is not None and record.id == self._record.id
        keep = self._field_being_edited() if same else None
        self._record = record
        values = dict(record.values) if record is not None else default_values_for(self.kind)
        self._show(values, keep=keep)
        if self.offices is not None and not same:
            self.offices.set_owner(self._db, self.record_id())
            self.formLayout.setRowVisible(self.offices, record is not None)
        if self.attachments is not None and not same:
            self.attachments.set_record(self._db, self.kind, self.record_id())
            self.formLayout.setRowVisible(self.attachments, record is not None)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show values for a record not yet created (the New dialog's defaults)."""
        self._record = None
        self._show({**default_values_for(self.kind), **values})
        if self.offices is not None:
            self.formLayout.setRowVisible(self.offices, False)
        if self.attachments is not None:
            self.attachments.set_record(self._db, self.kind, None)
            self.formLayout.setRowVisible(self.attachments, False)  # files come once it exists

    def set_read_only(self, read_only: bool) -> None:
        """Show records without letting the user change them (a database that refuses writes).

        Fields stay readable and their text selectable; pickers offer no "New …", files
        and offices can be opened but not added, and a line above the fields says why.
        """
        self._read_only = read_only
        for binding in self._bindings.values():
            binding.set_read_only(read_only)
        for box in (self.attachments, self.offices):
            if box is not None:
                box.set_read_only(read_only)
        self.readOnlyNote.setVisible(read_only)

    def is_read_only(self) -> bool:
        """True when the form shows records without letting them be changed."""
        return self._read_only

    def record(self) -> Record | None:
        """The record shown, or None."""
        return self._record

    def record_id(self) -> str | None:
        """The id of the record shown, or None."""
        return self._record.id if self._record is not None else None

    def values(self) -> dict[str, Any]:
        """Every field as a JSON value, ready for records.create_record / update_record.

        A field whose entry is not valid gives the entry as typed, so that the service
        names the problem if it is used anyway.
        """
        out: dict[str, Any] = {}
        for f in self.spec.fields:
            binding = self._bindings.get(f.name)
            if binding is None:
                if f.name in self._snapshot:
                    out[f.name] = self._snapshot[f.name]
                continue
            try:
                out[f.name] = binding.to_value()
            except InvalidValue:
                out[f.name] = binding.raw()
        return out

    def validation_errors(self) -> dict[str, str]:
        """Field -> why its entry cannot be saved (empty when everything is valid)."""
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, binding in self._bindings.items():
            try:
                values[name] = binding.to_value()
            except InvalidValue as exc:
                errors[name] = exc.reason
        ranged = range_problem(self.spec, values)  # the services' own rule
        if ranged is not None and ranged.field not in errors:
            errors[ranged.field] = self.tr("Ends before it starts ({0})").format(ranged.params["start"])
        if "symbol" in values and "symbol" not in errors:
            owner = self.symbol_owner(values["symbol"])
            if owner is not None:
                name = owner[1] if len(owner[1]) <= 60 else owner[1][:59] + "…"
                errors["symbol"] = self.tr("Already recorded as “{0}”").format(name)
        for name, binding in self._bindings.items():  # text left in a list's add box
            if isinstance(binding.widget, MultiRecordPicker) and name not in errors:
                problem = binding.widget.error()
                if problem:
                    errors[name] = problem
        return errors

    def unsaved_problems(self) -> dict[str, str]:
        """Fields the user changed to an entry that cannot be saved -> why (lost if the form moves on)."""
        if self._record is None:
            return {}
        return {n: e for n, e in self.validation_errors().items() if n in self._touched}

    def first_field_to_fill(self, prefilled: set[str]) -> str | None:
        """Where the cursor starts: the first empty required field not in prefilled, else the first field not in it."""
        ordered = sorted(
            (n for n in self._bindings if n not in prefilled),
            key=lambda n: form_row(self.formLayout, self._bindings[n].widget),
        )
        values = self.values()
        for name in ordered:
            if self._bindings[name].field.required and values.get(name) in (None, "", []):
                return name
        return ordered[0] if ordered else None

    def reserve_message_space(self) -> None:
        """Keep one line under every field for its message, so a message never moves the fields."""
        for message, _names in self._rows:
            message.reserve_line()

    def symbol_owner(self, symbol: str | None) -> tuple[str, str] | None:
        """(id, label) of another record of this kind that already has symbol, or None."""
        if not symbol or not self.spec.has_symbol:
            return None
        return symbol_owner(self._db, self.kind, symbol, other_than=self.record_id())

    def set_create_handler(self, handler: Callable[[str, dict[str, Any]], str]) -> None:
        """How records made from a picker's "New …" dialog are created: (kind, values) -> id."""
        self._create_handler = handler

    @property
    def create_handler(self) -> CreateHandler:
        """How records made from a picker's "New …" dialog are created (set_create_handler)."""
        return self._create_handler

    @property
    def db(self) -> Database:
        """The database the form's pickers look records up in."""
        return self._db

    def value_or(self, field: str, default: Any) -> Any:
        """A field's typed value, converted; default when there is no such field or it is invalid."""
        binding = self._bindings.get(field)
        if binding is None:
            return default
        try:
            return binding.to_value()
        except InvalidValue:
            return default

    def field_widget(self, field: str) -> QWidget:
        """The widget that edits a field (tests and the main window's focus handling)."""
        return self._bindings[field].widget

    def message(self, field: str) -> FieldMessage:
        """The message label shown under a field."""
        return self._messages[field]

    # ------------------------------------------------------------ internals

    def _default_create(self, kind: str, values: dict[str, Any]) -> str:
        # Every write goes through the window's undo stack: a form without a handler
        # has no undoable place to create records in.
        raise MigdeskError(self.tr("New records can be added from the main window only."))

    def _setup_fields(self) -> None:
        for name, binding in self._bindings.items():
            f = binding.field
            widget = binding.widget
            if not widget.accessibleName():
                widget.setAccessibleName(field_title(f))
            if hasattr(widget, "set_accessible_label"):
                widget.set_accessible_label(widget.accessibleName())
            if isinstance(binding, ChoiceBinding):
                binding.fill()
            elif isinstance(widget, RecordPicker | MultiRecordPicker):
                widget.configure(f.ref_kind or "", self._db)
                widget.set_new_handler(partial(self._new_from_picker, field=name))
            binding.connect(
                lambda *_, name=name: self._user_edited(name),  # signal arguments ignored
                lambda *_, name=name: self._user_finished(name),
            )

    def _add_message_rows(self) -> None:
        """Under each row with fields, a message label (hidden while there is nothing to say)."""
        rows: dict[int, list[str]] = {}
        for name, binding in self._bindings.items():
            rows.setdefault(form_row(self.formLayout, binding.widget), []).append(name)
        for row in sorted((r for r in rows if r >= 0), reverse=True):  # bottom up: rows shift
            message = FieldMessage(self.content)
            message.setObjectName(
                widget_stem(widget_name(self._bindings[rows[row][0]].field)) + "Message"
            )
            self.formLayout.insertRow(row + 1, None, message)  # type: ignore[call-overload]
            for name in rows[row]:
                self._messages[name] = message
            self._rows.append((message, rows[row]))

    def _show(self, snapshot: dict[str, Any], keep: str | None = None) -> None:
        if keep is not None and keep in self._snapshot:
            # The field being typed in keeps the value its edit started from, so that a
            # save over another writer's newer value is refused, not applied blindly.
            snapshot = {**snapshot, keep: self._snapshot[keep]}
        self._loading = True
        try:
            self._snapshot = snapshot
            for name, binding in self._bindings.items():
                if name != keep:
                    binding.show(snapshot.get(name))
            self._update_filters()
        finally:
            self._loading = False
        self._touched = {keep} if keep else set()
        self._refresh_messages()

    def _field_being_edited(self) -> str | None:
        """The field with the focus whose entry differs from the record's, if any."""
        # The window's own focus widget: its typing counts even while another window is active.
        focus = self.window().focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return None
        for name, binding in self._bindings.items():
            if binding.widget is focus or binding.widget.isAncestorOf(focus):
                try:
                    changed = binding.to_value() != self._snapshot.get(name)
                except InvalidValue:
                    changed = True
                return name if changed else None
        return None

    def _update_filters(self) -> None:
        """Pickers of child records list only those of the parent chosen in this form."""
        for binding in self._bindings.values():
            if not isinstance(binding.widget, RecordPicker) or not binding.field.ref_kind:
                continue
            parent_field = KINDS[binding.field.ref_kind].parent_field
            if parent_field and parent_field in self._bindings:
                try:
                    parent_id = self._bindings[parent_field].to_value()
                except InvalidValue:
                    parent_id = self._snapshot.get(parent_field)
                binding.widget.set_filter({parent_field: parent_id} if parent_id else None)

    def _user_edited(self, name: str) -> None:
        if self._loading or self._read_only:
            return
        self._touched.add(name)
        self._refresh_messages()
        self.edited.emit()

    def _user_finished(self, name: str) -> None:
        if self._loading or self._read_only:
            return
        self._touched.add(name)
        errors = self.validation_errors()
        self._refresh_messages(errors)
        self._update_filters()
        self.edited.emit()
        if self._record is None or name in errors:
            return
        pair = [p for p in RANGES if name in p]
        if pair and any(other in errors for other in pair[0]):
            return  # the services would refuse it too: start after end
        value = self._bindings[name].to_value()
        if value == self._snapshot.get(name):
            return
        # What the edit is based on: a save refused when another writer changed it since.
        self.edit_base = {name: self._snapshot.get(name)}
        self._snapshot[name] = value
        self.fieldCommitted.emit(self.kind, self._record.id, {name: value})

    def _refresh_messages(self, errors: dict[str, str] | None = None) -> None:
        if errors is None:
            errors = self.validation_errors()
        show_all = self._record is not None
        for message, names in self._rows:
            lines = []
            for name in names:
                widget = self._bindings[name].widget
                text = errors.get(name) if (show_all or name in self._touched) else None
                if text and len(names) > 1:
                    text = f"{widget.accessibleName()}: {text}"
                widget.setAccessibleDescription(text or "")
                proxy = widget.focusProxy()
                if proxy is not None:
                    proxy.setAccessibleDescription(text or "")
                if text:
                    lines.append(text)
            if lines:
                message.show_message("\n".join(lines), Tone.ERROR)
            else:
                message.clear_message()

    def _new_from_picker(self, kind: str, typed: str, *, field: str = "") -> str | None:
        """A picker's "New …": ask for the record (see `ask_new_record`); its id, or None."""
        if self.ask_new_record is None or self._read_only:
            return None
        return self.ask_new_record(self, kind, typed, field)
