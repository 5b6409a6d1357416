"""The form of every kind of record, the New … dialog, and how fields become service values.

Each kind's layout is a Qt Designer file (ui/<kind>_form.ui, compiled into
migdesk.gui.forms); this module binds its widgets to the kind's fields by name
(`widget_name`), validates as the user types and reports finished edits through
`RecordForm.fieldCommitted`. Widgets read records through migdesk.services only; the
form never writes, except through the create handler (the main window's undo stack).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from migdesk.domain.vocab import OrganizationKind
from migdesk.gui import forms
from migdesk.gui.error_text import error_text
from migdesk.gui.i18n import translate
from migdesk.gui.labels import field_title, kind_name, new_record_title
from migdesk.gui.widgets import (
    AliasesEdit,
    DateEdit,
    FieldMessage,
    MultiRecordPicker,
    RecordPicker,
    SymbolEdit,
)
from migdesk.gui.widgets.attachments_box import AttachmentsBox
from migdesk.gui.widgets.choices import choice_label
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.widgets.messages import Tone
from migdesk.gui.widgets.offices_box import OWNER_FIELDS, OfficesBox
from migdesk.gui.widgets.wheel_guard import guard_wheel
from migdesk.services.desk import Database
from migdesk.services.errors import InvalidValue, MigdeskError
from migdesk.services.exchange_schema import MAX_LONGTEXT, MAX_TEXT
from migdesk.services.kinds import KINDS, FieldSpec, KindSpec, convert
from migdesk.services.records import Record
from migdesk.services.symbols_check import symbol_owner
from migdesk.services.validation import RANGES, range_problem

#: (kind, values) -> id of the new record.
CreateHandler = Callable[[str, dict[str, Any]], str]

#: Fields kept out of forms: the order of interventions, actions ... is changed by moving them.
HIDDEN_FIELDS = frozenset({"position"})

#: The kind a new organization made from a picker starts with, by the picker's field:
#: who speaks, answers an invitation or carries out an action is usually a delegation.
_NEW_ORGANIZATION_KIND: dict[str, str] = {
    "speaker_ids": OrganizationKind.DELEGATION,
    "organization_id": OrganizationKind.DELEGATION,
    "responsible_id": OrganizationKind.DELEGATION,
    "counterpart_id": OrganizationKind.DELEGATION,
    "body_id": OrganizationKind.COMMITTEE,
    "parent_id": OrganizationKind.IGO,
    "organizer_id": OrganizationKind.IGO,
    "invited_by_id": OrganizationKind.IGO,
}



def widget_name(field: FieldSpec) -> str:
    """The objectName of a field's widget in the .ui files.

    title -> titleEdit, body_id -> bodyPicker, mandate_ids -> mandatesPicker,
    status -> statusCombo, start_date -> startDateEdit.
    """
    base = field.name
    if base.endswith("_ids"):
        base = base[:-4] + "s"
    elif base.endswith("_id"):
        base = base[:-3]
    first, *rest = base.split("_")
    camel = first + "".join(p.capitalize() for p in rest)
    if field.type == "choice":
        return camel + "Combo"
    if field.type in ("ref", "refs") or (field.type == "json" and field.ref_kind):
        return camel + "Picker"
    return camel + "Edit"


def default_values_for(kind: str, text: str = "") -> dict[str, Any]:
    """A new record's starting values: the field defaults, text as its name, title or symbol."""
    spec = KINDS[kind]
    values = {f.name: f.default for f in spec.fields if f.name not in HIDDEN_FIELDS}
    names = {f.name for f in spec.fields}
    for key in ("name", "title", "symbol"):
        if key in names:
            if text:
                values[key] = text
            break
    return values



# ---------------------------------------------------------------- bindings


class _Binding:
    """Connects one field to its widget: show a value, read it back, report edits."""

    def __init__(self, spec: KindSpec, field: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.field = field
        self.widget = widget

    def show(self, value: Any) -> None:
        """Display a stored JSON value (emits no user signal)."""
        raise NotImplementedError

    def raw(self) -> Any:
        """What the user entered, unconverted."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """A widget-level reason the entry is not a value (before the kind's own checks)."""
        return None

    def to_value(self) -> Any:
        """The field's JSON value; InvalidValue with a translated reason when there is none."""
        problem = self.problem()
        if problem:
            raise InvalidValue(self.spec.name, self.field.name, problem)
        raw = self.raw()
        try:
            return convert(self.spec, self.field, raw)
        except InvalidValue as exc:
            raise InvalidValue(self.spec.name, self.field.name, self._explain(raw, exc)) from None

    def _explain(self, raw: Any, exc: InvalidValue) -> str:
        text = str(raw).strip() if raw is not None else ""
        if exc.reason == "a value is required":
            return translate("RecordForm", "Required")
        if self.field.type == "int":
            return translate("RecordForm", "“{0}” is not a whole number").format(text)
        if self.field.type == "time":
            return translate("RecordForm", "“{0}” is not a time: use HH:MM, e.g. 14:30").format(text)
        return exc.reason

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        """Call edited on every change the user makes, finished when an edit is done."""
        raise NotImplementedError


class _LineBinding(_Binding):
    widget: QLineEdit

    def show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.widget.text() == text:
            return  # leave the cursor where the user has it
        self.widget.setText(text)
        line = self.widget if isinstance(self.widget, QLineEdit) else self.widget.lineEdit
        line.setCursorPosition(0)  # show the start of a long title, not its end

    def raw(self) -> Any:
        return self.widget.text()

    def problem(self) -> str | None:
        return _too_long(self.raw(), MAX_TEXT)

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.textEdited.connect(edited)
        self.widget.editingFinished.connect(finished)


def _too_long(text: str, limit: int) -> str | None:
    """The refusal of a text longer than the exchange format's limit for its field, or None."""
    if len(text) <= limit:
        return None
    return translate("RecordForm", "Too long: {0} characters, at most {1}").format(
        f"{len(text):,}", f"{limit:,}"
    )


class _SymbolBinding(_LineBinding):
    widget: SymbolEdit  # type: ignore[assignment]


class _PlainTextBinding(_Binding):
    widget: QPlainTextEdit

    def show(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def raw(self) -> Any:
        return self.widget.toPlainText()

    def problem(self) -> str | None:
        return _too_long(self.raw(), MAX_LONGTEXT)

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.textChanged.connect(edited)
        self._filter = _FocusOutFilter(finished, self.widget)
        self.widget.installEventFilter(self._filter)


class _DateBinding(_Binding):
    widget: DateEdit

    def show(self, value: Any) -> None:
        self.widget.set_value(value)

    def raw(self) -> Any:
        return self.widget.text()

    def problem(self) -> str | None:
        return self.widget.error()

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.textEdited.connect(edited)
        self.widget.editingFinished.connect(finished)


class _ChoiceBinding(_Binding):
    widget: QComboBox

    def fill(self) -> None:
        for value in self.field.choices:
            self.widget.addItem(choice_label(value, self.field.name), value)
        # Sized by its longest choice from the start, not at first show (a later relayout,
        # such as a message appearing under a field, would otherwise widen it).
        self.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def show(self, value: Any) -> None:
        row = self.widget.findData(value)
        if row < 0 and value is not None:  # a value from a newer vocabulary: keep it visible
            self.widget.addItem(str(value), value)
            row = self.widget.count() - 1
        self.widget.setCurrentIndex(row)

    def raw(self) -> Any:
        return self.widget.currentData()

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.activated.connect(edited)
        self.widget.activated.connect(finished)


class _RefBinding(_Binding):
    widget: RecordPicker

    def show(self, value: Any) -> None:
        self.widget.set_value(value)

    def raw(self) -> Any:
        try:
            return self.widget.value()
        except ValueError:
            return self.widget.text()

    def problem(self) -> str | None:
        return self.widget.error()

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.textEdited.connect(edited)
        self.widget.recordChosen.connect(edited)
        self.widget.recordChosen.connect(finished)


class _RefsBinding(_Binding):
    widget: MultiRecordPicker

    def show(self, value: Any) -> None:
        self.widget.set_value(list(value or []))

    def raw(self) -> Any:
        return self.widget.value()

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.textEdited.connect(edited)
        self.widget.valueChanged.connect(edited)
        self.widget.valueChanged.connect(finished)


class _AliasesBinding(_Binding):
    widget: AliasesEdit

    def show(self, value: Any) -> None:
        self.widget.set_value(list(value or []))

    def raw(self) -> Any:
        return self.widget.value()

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(edited)
        self.widget.valueChanged.connect(finished)


class _FocusOutFilter(QObject):
    """Calls back when the watched widget loses focus (multi-line texts commit then)."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Report focus out; never swallow the event."""
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


def _binding_for(spec: KindSpec, field: FieldSpec, widget: QWidget) -> _Binding:
    kinds: list[tuple[type[QWidget], type[_Binding]]] = [
        (SymbolEdit, _SymbolBinding),
        (DateEdit, _DateBinding),
        (MultiRecordPicker, _RefsBinding),
        (RecordPicker, _RefBinding),
        (AliasesEdit, _AliasesBinding),
        (QPlainTextEdit, _PlainTextBinding),
        (QComboBox, _ChoiceBinding),
        (QLineEdit, _LineBinding),
    ]
    for widget_type, binding_type in kinds:
        if isinstance(widget, widget_type):
            return binding_type(spec, field, widget)
    raise TypeError(f"no binding for {type(widget).__name__} ({spec.name}.{field.name})")


def _generic_widget(field: FieldSpec, parent: QWidget) -> QWidget:
    """A field's widget for kinds without a designed form (offices, attachments ...)."""
    widget: QWidget
    if field.type == "choice":
        widget = QComboBox(parent)
    elif field.type == "ref":
        widget = RecordPicker(parent)
    elif field.type == "refs" or (field.type == "json" and field.ref_kind):
        widget = MultiRecordPicker(parent)
    elif field.type == "json":
        widget = AliasesEdit(parent)
    elif field.type == "date":
        widget = DateEdit(parent)
    elif field.type == "longtext":
        widget = QPlainTextEdit(parent)
        widget.setTabChangesFocus(True)
    elif field.name == "symbol":
        widget = SymbolEdit(parent)
    else:
        widget = QLineEdit(parent)
    widget.setObjectName(widget_name(field))
    widget.setAccessibleName(field_title(field))
    return widget


# ---------------------------------------------------------------- the form


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
        self._db = db
        self._record: Record | None = None
        self._snapshot: dict[str, Any] = default_values_for(kind)
        self._loading = False
        self._touched: set[str] = set()
        #: the field values the last committed edit was based on (see _user_finished)
        self.edit_base: dict[str, Any] = {}
        self._create_handler: CreateHandler = self._default_create
        self.setObjectName(f"{self.spec.singular.title().replace(' ', '')}RecordForm")

        self.content = QWidget()
        self.content.setObjectName("formContent")
        ui_type = forms.ui_class(kind)
        self.ui: Any = None
        if ui_type is not None:
            self.ui = ui_type()
            self.ui.setupUi(self.content)
        else:
            self._build_generic()
        layout = self.content.findChild(QFormLayout, "formLayout")
        assert isinstance(layout, QFormLayout), f"{kind} form has no formLayout"
        self.formLayout = layout

        self.scrollArea = QScrollArea(self)
        self.scrollArea.setObjectName("scrollArea")
        self.scrollArea.setWidget(self.content)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scrollArea)

        self._bindings: dict[str, _Binding] = {}
        for f in self.spec.fields:
            widget = self.content.findChild(QWidget, widget_name(f))
            if widget is not None and f.name not in HIDDEN_FIELDS:
                self._bindings[f.name] = _binding_for(self.spec, f, widget)
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
            key=lambda n: self._form_row(self._bindings[n].widget),
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

    def _build_generic(self) -> None:
        layout = QFormLayout(self.content)
        layout.setObjectName("formLayout")
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(8)
        for f in self.spec.fields:
            if f.name in HIDDEN_FIELDS:
                continue
            widget = _generic_widget(f, self.content)
            label = QLabel(field_title(f) + ":", self.content)
            label.setObjectName(_stem(widget.objectName()) + "Label")
            label.setBuddy(widget)
            layout.addRow(label, widget)

    def _setup_fields(self) -> None:
        for name, binding in self._bindings.items():
            f = binding.field
            widget = binding.widget
            if not widget.accessibleName():
                widget.setAccessibleName(field_title(f))
            if hasattr(widget, "set_accessible_label"):
                widget.set_accessible_label(widget.accessibleName())
            if isinstance(binding, _ChoiceBinding):
                binding.fill()
            elif isinstance(widget, RecordPicker | MultiRecordPicker):
                widget.configure(f.ref_kind or "", self._db)
                widget.set_new_handler(partial(self._new_from_picker, field=name))
            binding.connect(
                lambda *_, name=name: self._user_edited(name),  # signal arguments ignored
                lambda *_, name=name: self._user_finished(name),
            )

    def _form_row(self, widget: QWidget) -> int:
        """The row of the form layout that holds widget (directly or in a row's sub-layout)."""
        position: Any = self.formLayout.getWidgetPosition(widget)  # (row, role)
        row = int(position[0])
        if row >= 0:
            return row
        for r in range(self.formLayout.rowCount()):
            item = self.formLayout.itemAt(r, QFormLayout.ItemRole.FieldRole)
            sub = item.layout() if item is not None else None
            if sub is not None and _contains(sub, widget):
                return r
        return -1

    def _add_message_rows(self) -> None:
        """Under each row with fields, a message label (hidden while there is nothing to say)."""
        rows: dict[int, list[str]] = {}
        for name, binding in self._bindings.items():
            rows.setdefault(self._form_row(binding.widget), []).append(name)
        for row in sorted((r for r in rows if r >= 0), reverse=True):  # bottom up: rows shift
            message = FieldMessage(self.content)
            message.setObjectName(
                _stem(widget_name(self._bindings[rows[row][0]].field)) + "Message"
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
        if self._loading:
            return
        self._touched.add(name)
        self._refresh_messages()
        self.edited.emit()

    def _user_finished(self, name: str) -> None:
        if self._loading:
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
        """A picker's "New …": ask for the record, then create it through the handler."""
        defaults = default_values_for(kind, typed)
        if kind == "organizations" and field in _NEW_ORGANIZATION_KIND:
            defaults["kind"] = _NEW_ORGANIZATION_KIND[field]
        parent_field = KINDS[kind].parent_field
        if parent_field and parent_field in self._bindings:
            try:
                defaults[parent_field] = self._bindings[parent_field].to_value()
            except InvalidValue:
                pass
        dialog = NewRecordDialog(kind, self._db, defaults, self)
        dialog.form.set_create_handler(self._create_handler)
        dialog.form.createRequested.connect(self.createRequested)
        result = dialog.exec()
        if result == NewRecordDialog.USE_EXISTING:
            return dialog.existing_id
        if result != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        self.createRequested.emit(kind, values)
        try:
            return self._create_handler(kind, values)
        except MigdeskError as exc:
            QMessageBox.warning(
                self,
                self.tr("Could not add the {0}").format(kind_name(kind)),
                error_text(exc),
            )
            return None


def _stem(name: str) -> str:
    """titleEdit -> title, bodyPicker -> body (names of labels and messages)."""
    for suffix in ("Edit", "Combo", "Picker"):
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def _contains(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        sub = item.layout()
        if sub is not None and _contains(sub, widget):
            return True
    return False


def create_form(kind: str, db: Database, parent: QWidget | None = None) -> RecordForm:
    """The form of a kind (its Designer layout, or a generated one for minor kinds)."""
    return RecordForm(kind, db, parent)


class NewRecordDialog(QDialog):
    """A kind's form in a dialog, to create a record; OK is enabled only while it is valid.

    The dialog does not write: the caller reads `values()` after `exec()` returned
    Accepted and creates the record (through the undo stack in the main window). When
    the symbol typed is already another record's, "Use Existing" closes the dialog with
    `USE_EXISTING` and `existing_id` names that record (and `existingChosen` is emitted).

    The cursor starts in the first field the caller did not fill; Ctrl+Enter is OK;
    the hint and the messages under the fields have their space kept, so nothing moves
    under the pointer as they come and go.
    """

    USE_EXISTING = 2
    existingChosen = Signal(str, str)  # kind, id

    def __init__(
        self,
        kind: str,
        db: Database,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        spec = KINDS[kind]
        self.kind = kind
        self.existing_id: str | None = None
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(new_record_title(spec.name))
        self.form = RecordForm(kind, db, self)
        self.form.set_values(defaults or {})
        self.form.reserve_message_space()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("okButton")
        self.okButton.setAccessibleName(self.tr("Add the {0}").format(kind_name(spec.name)))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.existingButton = self.buttons.addButton(
            self.tr("Use Existing"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.existingButton.setObjectName("useExistingButton")
        self.existingButton.setToolTip(self.tr("Go to the record that already has this symbol"))
        self.existingButton.hide()
        self.existingButton.clicked.connect(self._use_existing)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        accept_on_ctrl_enter(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("requiredHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hint.setFixedHeight(2 * self.hint.fontMetrics().lineSpacing())  # room for two lines
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.form, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(16, 0, 16, 0)
        bottom.addWidget(self.hint)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.form.edited.connect(self._update_ok)
        self._update_ok()
        self._fit_to_content()
        prefilled = {k for k, v in (defaults or {}).items() if v not in (None, "", [])}
        first = self.form.first_field_to_fill(prefilled)
        if first is not None:
            self.form.field_widget(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_to_content(self) -> None:
        """Large enough to show every field without the form's scroll bar (within the screen)."""
        self.form.formLayout.activate()  # the reserved message lines counted
        hint = self.form.content.sizeHint().expandedTo(self.form.content.minimumSizeHint())
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        tallest = int(screen.height() * 0.9) if screen is not None else 900
        slack = 2 * self.fontMetrics().lineSpacing()  # a message may take a second line
        extra = self.buttons.sizeHint().height() + self.hint.height() + 48 + slack
        self.resize(max(540, hint.width() + 32), min(hint.height() + extra, tallest))

    def values(self) -> dict[str, Any]:
        """The new record's values, ready for records.create_record."""
        return self.form.values()

    def accept(self) -> None:
        """Close with Accepted, only when every field is valid."""
        if not self.form.validation_errors():
            super().accept()

    def _use_existing(self) -> None:
        owner = self.form.symbol_owner(self.form.values().get("symbol"))
        if owner is None:
            return
        self.existing_id = owner[0]
        self.existingChosen.emit(self.kind, owner[0])
        self.done(self.USE_EXISTING)

    def _update_ok(self) -> None:
        errors = self.form.validation_errors()
        self.okButton.setEnabled(not errors)
        duplicate = "symbol" in errors and self.form.symbol_owner(self.form.values().get("symbol"))
        self.existingButton.setVisible(bool(duplicate))
        if errors:
            missing = [
                self.form.field_widget(name).accessibleName()
                for name, text in errors.items()
                if text == translate("RecordForm", "Required")
            ]
            self.hint.setText(
                self.tr("Still needed: {0}").format(", ".join(missing)) if missing else ""
            )
        else:
            self.hint.setText("")
