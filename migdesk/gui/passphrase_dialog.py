"""Asking for a passphrase: to open an encrypted file, or a new one to protect a file with.

A new passphrase is offered as generated words (services.words) that the user may keep
or replace; the dialog says to send it by another channel than the file.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from migdesk.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from migdesk.services.words import generate_passphrase


class PassphraseDialog(QDialog):
    """One passphrase field (hidden unless "Show" is ticked); new=True also asks to repeat it."""

    def __init__(self, parent: QWidget | None, title: str, text: str, *, new: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)  # the layout: ui/passphrase_dialog.ui
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.ui.passphraseText.setText(text)
        self.edit, self.repeat = self.ui.passphraseEdit, self.ui.passphraseRepeat
        self.ui.passphraseShow.toggled.connect(self._show)
        if not new:
            self.ui.passphraseForm.setRowVisible(self.repeat, False)
        self.buttons = self.ui.passphraseButtons
        for which, name, label in (
                (QDialogButtonBox.StandardButton.Ok, "okButton", self.tr("Use this passphrase")),
                (QDialogButtonBox.StandardButton.Cancel, "cancelButton", self.tr("Cancel"))):
            self.buttons.button(which).setObjectName(name)
            self.buttons.button(which).setAccessibleName(label)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.new = new
        self._update()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update(self) -> None:
        ok = bool(self.edit.text()) and (not self.new or self.edit.text() == self.repeat.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def passphrase(self) -> str:
        """What the user typed."""
        return self.edit.text()


def ask_passphrase(parent: QWidget | None, title: str, text: str, *, new: bool = False) -> str | None:
    """A passphrase from the user, or None if they cancel."""
    dialog = PassphraseDialog(parent, title, text, new=new)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class NewPassphraseRow(QWidget):
    """A generated passphrase of words, editable, with a button for another one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(generate_passphrase(), self)
        self.edit.setObjectName("exportPassphrase")
        self.edit.setAccessibleName(self.tr("Passphrase to encrypt the file with"))
        again = QPushButton(self.tr("&New Words"), self)
        again.setObjectName("exportNewPassphrase")
        again.setAccessibleName(self.tr("Generate another passphrase"))
        again.clicked.connect(lambda: self.edit.setText(generate_passphrase()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(again)
