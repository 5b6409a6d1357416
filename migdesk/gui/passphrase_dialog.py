"""Asking for a passphrase: to open an encrypted file, or a new one to protect a file with.

A new passphrase is offered as generated words (services.words) that the user may keep
or replace; the dialog says to send it by another channel than the file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.services.words import generate_passphrase


class PassphraseDialog(QDialog):
    """One passphrase field (hidden unless "Show" is ticked); new=True also asks to repeat it."""

    def __init__(self, parent: QWidget | None, title: str, text: str, *, new: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        explain = QLabel(text, self)
        explain.setObjectName("passphraseText")
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        show = QCheckBox(self.tr("&Show"), self)
        show.setObjectName("passphraseShow")
        show.setAccessibleName(self.tr("Show the passphrase"))
        show.toggled.connect(self._show)
        self._show(False)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.edit)
        if new:
            form.addRow(self.tr("&Again:"), self.repeat)
        else:
            self.repeat.hide()
        form.addRow("", show)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("passphraseButtons")
        for which, name, text in (
                (QDialogButtonBox.StandardButton.Ok, "okButton", self.tr("Use this passphrase")),
                (QDialogButtonBox.StandardButton.Cancel, "cancelButton", self.tr("Cancel"))):
            self.buttons.button(which).setObjectName(name)
            self.buttons.button(which).setAccessibleName(text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.new = new
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
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
