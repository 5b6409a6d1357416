"""Contacts and Keys: this installation's identity, and colleagues' keys (form: ui/contacts_dialog.ui).

Shows the name files are signed with, this installation's key as words and its age key
(which colleagues encrypt files for it with), moves the identity to another computer
(Export / Import My Identity, protected by a passphrase), and lists the contacts learnt
from imported files, any of which can be removed (its next file is then a new contact).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_contacts_dialog import Ui_ContactsDialog
from migdesk.gui.passphrase_dialog import ask_passphrase
from migdesk.gui.save_path import ask_save_path
from migdesk.services import contacts, identity
from migdesk.services.errors import MigdeskError


class ContactsDialog(QDialog):
    """The identity and contacts, read from and written to the keys folder at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.ui = Ui_ContactsDialog()
        self.ui.setupUi(self)
        self.setAccessibleName(self.windowTitle())
        header = self.ui.contactsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.editingFinished.connect(self.rename)
        self.ui.exportIdentityButton.clicked.connect(self.export_identity)
        self.ui.importIdentityButton.clicked.connect(self.import_identity)
        self.ui.removeContactButton.clicked.connect(self.remove_selected)
        self.ui.contactsTable.itemSelectionChanged.connect(self._update)
        self.refresh()

    def refresh(self) -> None:
        """Show the identity (made now if there is none) and the contacts as stored."""
        try:
            me = identity.load_or_create_identity()
            known = contacts.list_contacts()
        except MigdeskError as exc:
            prompts.warn(self, self.windowTitle(), self.tr("The keys cannot be read."), informative=error_text(exc))
            return
        self.ui.nameEdit.setText(me.name)
        self.ui.fingerprintValue.setText(me.fingerprint)
        self.ui.recipientEdit.setText(me.age_recipient)
        table = self.ui.contactsTable
        table.setRowCount(len(known))
        for row, contact in enumerate(known):
            for col, text in enumerate((contact.name, contact.installation_id[:8],
                                        contact.first_seen[:10], contact.fingerprint)):
                item = QTableWidgetItem(text)
                item.setToolTip(contact.installation_id if col == 1 else text)
                table.setItem(row, col, item)
        self.contacts = known
        self._update()

    def _update(self) -> None:
        self.ui.removeContactButton.setEnabled(bool(self.ui.contactsTable.selectedItems()))

    def rename(self) -> None:
        """Sign with the name typed (when it changed)."""
        name = self.ui.nameEdit.text()
        try:
            if " ".join(name.split()) != identity.load_or_create_identity().name:
                identity.rename_identity(name)
        except MigdeskError as exc:
            prompts.warn(self, self.windowTitle(), self.tr("The name was not changed."), informative=error_text(exc))
        self.refresh()

    def remove_selected(self) -> None:
        """Forget the selected contact, after asking."""
        rows = self.ui.contactsTable.selectionModel().selectedRows()
        if not rows:
            return
        contact = self.contacts[rows[0].row()]
        if not prompts.confirm(
                self, self.tr("Remove Contact"),
                self.tr("Forget the key of %1?").replace("%1", contact.name),
                informative=self.tr("Their next file will be shown as coming from a new contact."),
                accept=self.tr("Remove"), destructive=True):
            return
        contacts.remove_contact(contact.installation_id)
        self.refresh()

    def export_identity(self) -> None:
        """Write the identity to a file, encrypted with a passphrase the user chooses."""
        target = ask_save_path(self, self.tr("Export My Identity"), "migdesk-identity.age",
                               self.tr("Identity files (*.age)"), ".age")
        if target is None:
            return
        passphrase = ask_passphrase(self, self.tr("Export My Identity"), self.tr(
            "Choose a passphrase for the file: it holds your private keys. You type it again "
            "on the new computer."), new=True)
        if passphrase:
            self._run(lambda: identity.export_identity(target, passphrase),
                      self.tr("The identity was not exported."))

    def import_identity(self) -> None:
        """Make an exported identity this installation's own."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import My Identity"), "",
                                              self.tr("Identity files (*.age);;All files (*)"))
        if not name or not prompts.confirm(
                self, self.tr("Import My Identity"),
                self.tr("Sign and decrypt with the identity in %1 from now on?").replace("%1", Path(name).name),
                informative=self.tr("The current keys are kept aside (identity.previous.json)."),
                accept=self.tr("Import")):
            return
        passphrase = ask_passphrase(self, self.tr("Import My Identity"),
                                    self.tr("The passphrase the identity was exported with:"))
        if passphrase:
            self._run(lambda: identity.import_identity(Path(name), passphrase),
                      self.tr("The identity was not imported."))

    def _run(self, work: Callable[[], object], failure: str) -> None:
        try:
            work()
        except (MigdeskError, OSError) as exc:
            prompts.warn(self, self.windowTitle(), failure, informative=error_text(exc))
        self.refresh()
