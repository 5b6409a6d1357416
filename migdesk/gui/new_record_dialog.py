"""The New … dialog: a kind's form in a dialog, and a picker's "New …" that opens it.

`create_form` makes the forms whose pickers offer "New …" (the record panel's and the
dialog's own); the record is created through the form's create handler.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from migdesk.domain.vocab import OrganizationKind
from migdesk.gui.error_text import error_text
from migdesk.gui.form_fields import default_values_for
from migdesk.gui.forms.ui_new_record_dialog import Ui_NewRecordDialog
from migdesk.gui.i18n import translate
from migdesk.gui.labels import kind_name, new_record_title
from migdesk.gui.record_form import RecordForm
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError
from migdesk.services.kinds import KINDS

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


def create_form(kind: str, db: Database, parent: QWidget | None = None) -> RecordForm:
    """The form of a kind (its Designer layout, or a generated one for minor kinds).

    Its pickers' "New …" opens a NewRecordDialog (ask_new_record).
    """
    form = RecordForm(kind, db, parent)
    form.ask_new_record = ask_new_record
    return form


_MISSING = object()


def ask_new_record(form: RecordForm, kind: str, typed: str, field: str) -> str | None:
    """A picker's "New …" in form: ask for the record, then create it through the form's handler."""
    defaults = default_values_for(kind, typed)
    if kind == "organizations" and field in _NEW_ORGANIZATION_KIND:
        defaults["kind"] = _NEW_ORGANIZATION_KIND[field]
    parent_field = KINDS[kind].parent_field
    if parent_field:
        value = form.value_or(parent_field, _MISSING)
        if value is not _MISSING:
            defaults[parent_field] = value
    dialog = NewRecordDialog(kind, form.db, defaults, form)
    dialog.form.set_create_handler(form.create_handler)
    dialog.form.createRequested.connect(form.createRequested)
    result = dialog.exec()
    if result == NewRecordDialog.USE_EXISTING:
        return dialog.existing_id
    if result != QDialog.DialogCode.Accepted:
        return None
    values = dialog.values()
    form.createRequested.emit(kind, values)
    try:
        return form.create_handler(kind, values)
    except MigdeskError as exc:
        QMessageBox.warning(
            form,
            translate("RecordForm", "Could not add the {0}").format(kind_name(kind)),
            error_text(exc),
        )
        return None


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
        self.ui = Ui_NewRecordDialog()
        self.ui.setupUi(self)  # hint and buttons: ui/new_record_dialog.ui; the kind's form here
        self.setObjectName("newRecordDialog")
        self.setWindowTitle(new_record_title(spec.name))
        self.buttons = self.ui.buttonBox
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
        self.hint = self.ui.requiredHint
        self.hint.setFixedHeight(2 * self.hint.fontMetrics().lineSpacing())  # room for two lines
        # Made after the buttons, the form still comes first in the tab order (a ring).
        self.form = create_form(kind, db, self)
        self.form.set_values(defaults or {})
        self.form.reserve_message_space()
        self.ui.layout.insertWidget(0, self.form, 1)
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
