"""A form's fields: the widget each field gets, its name, and the binding that shows a value
and reads it back as a service value.

The names (`widget_name`) are the objectNames of the Designer files (ui/<kind>_form.ui);
kinds without a designed form get `generic_widget`s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from migdesk.gui.i18n import translate
from migdesk.gui.labels import field_title
from migdesk.gui.widgets import (
    AliasesEdit,
    DateEdit,
    MultiRecordPicker,
    RecordPicker,
    SymbolEdit,
)
from migdesk.gui.widgets.choices import choice_label
from migdesk.services.errors import InvalidValue
from migdesk.services.exchange_schema import MAX_LONGTEXT, MAX_TEXT
from migdesk.services.kinds import KINDS, FieldSpec, KindSpec, convert

#: Fields kept out of forms: the order of interventions, actions ... is changed by moving them.
HIDDEN_FIELDS = frozenset({"position"})


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


class FieldBinding:
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

    def set_read_only(self, read_only: bool) -> None:
        """Show the value without letting the user change it; its text stays selectable."""
        widget: Any = self.widget
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.setReadOnly(read_only)
        elif isinstance(widget, QComboBox):  # a list of choices has no read-only state
            widget.setEnabled(not read_only)
        else:
            widget.set_read_only(read_only)


class _LineBinding(FieldBinding):
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


class _PlainTextBinding(FieldBinding):
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


class _DateBinding(FieldBinding):
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


class ChoiceBinding(FieldBinding):
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


class _RefBinding(FieldBinding):
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


class _RefsBinding(FieldBinding):
    widget: MultiRecordPicker

    def show(self, value: Any) -> None:
        self.widget.set_value(list(value or []))

    def raw(self) -> Any:
        return self.widget.value()

    def connect(self, edited: Callable[[], None], finished: Callable[[], None]) -> None:
        self.widget.textEdited.connect(edited)
        self.widget.valueChanged.connect(edited)
        self.widget.valueChanged.connect(finished)


class _AliasesBinding(FieldBinding):
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


def binding_for(spec: KindSpec, field: FieldSpec, widget: QWidget) -> FieldBinding:
    kinds: list[tuple[type[QWidget], type[FieldBinding]]] = [
        (SymbolEdit, _SymbolBinding),
        (DateEdit, _DateBinding),
        (MultiRecordPicker, _RefsBinding),
        (RecordPicker, _RefBinding),
        (AliasesEdit, _AliasesBinding),
        (QPlainTextEdit, _PlainTextBinding),
        (QComboBox, ChoiceBinding),
        (QLineEdit, _LineBinding),
    ]
    for widget_type, binding_type in kinds:
        if isinstance(widget, widget_type):
            return binding_type(spec, field, widget)
    raise TypeError(f"no binding for {type(widget).__name__} ({spec.name}.{field.name})")


def generic_widget(field: FieldSpec, parent: QWidget) -> QWidget:
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


def widget_stem(name: str) -> str:
    """titleEdit -> title, bodyPicker -> body (names of labels and messages)."""
    for suffix in ("Edit", "Combo", "Picker"):
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def layout_contains(layout: QLayout, widget: QWidget) -> bool:
    """True when widget is in layout or in one of its nested layouts."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        sub = item.layout()
        if sub is not None and layout_contains(sub, widget):
            return True
    return False


def build_generic_layout(spec: KindSpec, content: QWidget) -> None:
    """Lay out a form for a kind without a Designer file: a label and a widget per field."""
    layout = QFormLayout(content)
    layout.setObjectName("formLayout")
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setHorizontalSpacing(12)
    layout.setVerticalSpacing(8)
    for f in spec.fields:
        if f.name in HIDDEN_FIELDS:
            continue
        widget = generic_widget(f, content)
        label = QLabel(field_title(f) + ":", content)
        label.setObjectName(widget_stem(widget.objectName()) + "Label")
        label.setBuddy(widget)
        layout.addRow(label, widget)


def form_row(form_layout: QFormLayout, widget: QWidget) -> int:
    """The row of form_layout that holds widget (directly or in a row's sub-layout); -1 if none."""
    position: Any = form_layout.getWidgetPosition(widget)  # (row, role)
    row = int(position[0])
    if row >= 0:
        return row
    for r in range(form_layout.rowCount()):
        item = form_layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
        sub = item.layout() if item is not None else None
        if sub is not None and layout_contains(sub, widget):
            return r
    return -1
