"""Write an exchange file for a colleague: everything, chosen meetings, or what changed.

The file is written by services.exchange in a worker with a progress dialog; the
dialog only gathers the choices. Every file is signed; it may also be encrypted, with a
generated passphrase of words (to send by another channel) or for contacts' age keys. `summary` holds the service's one-line result after
Accepted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from migdesk.gui.save_path import ask_save_path, with_suffix
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.widgets.wheel_guard import guard_widget
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services.contacts import list_contacts
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError
from migdesk.services.exchange import SUFFIX, Lock, export_file, list_peers
from migdesk.services.records import list_records

EVERYTHING, MEETINGS, SINCE_PEER = 0, 1, 2
SIGNED, PASSPHRASE, RECIPIENTS = 0, 1, 2


class ExportDialog(QDialog):
    """Choose what to send and where; Export writes the file off the GUI thread."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.summary: str | None = None
        self._task: BackgroundTask | None = None
        self._build()
        self.setObjectName("exportDialog")
        self._update()

    def _build(self) -> None:
        """The layout comes from ui/export_dialog.ui; here: the lists, choices and signals."""
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.scope = QButtonGroup(self)
        self.everything, self.meetings_choice = ui.exportEverything, ui.exportMeetings
        self.since_choice = ui.exportSincePeer
        for n, button in enumerate((self.everything, self.meetings_choice, self.since_choice)):
            self.scope.addButton(button, n)
        self.scope.idToggled.connect(lambda *_: self._update())

        self.meetings = ui.exportMeetingList
        for rec in reversed(list_records(self.db, "meetings")):  # newest first
            item = QListWidgetItem(rec.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            self.meetings.addItem(item)
        self.meetings.itemChanged.connect(lambda _: self._update())

        self.peers = ui.exportPeer
        guard_widget(self.peers)
        for peer in list_peers(self.db):
            sent = peer.last_sent_at[:10] if peer.last_sent_at else self.tr("never")
            text = self.tr("%1 (last file sent: %2)").replace("%1", peer.name or peer.installation_id[:8]) \
                .replace("%2", sent)
            self.peers.addItem(text, peer.installation_id)
        if self.peers.count() == 0:
            self.since_choice.setEnabled(False)
            self.since_choice.setToolTip(self.tr("Import a file from a colleague first."))

        self.path = ui.exportPath
        default = Path(QDir.homePath()) / f"migdesk-{date.today().isoformat()}{SUFFIX}"
        self.path.setText(str(default))
        self.path.textChanged.connect(lambda _: self._update())
        ui.exportBrowse.clicked.connect(self.choose_file)
        self._set_up_protection()

        self.buttons = ui.buttonBox
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Write the exchange file"))
        self.export_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Close without exporting"))
        self.buttons.accepted.connect(self.start_export)
        accept_on_ctrl_enter(self, self.start_export)
        self.buttons.rejected.connect(self.reject)

    def _set_up_protection(self) -> None:
        ui = self.ui
        self.protection = QButtonGroup(self)
        self.signed_only, self.with_passphrase = ui.exportSignedOnly, ui.exportWithPassphrase
        self.for_contacts = ui.exportForContacts
        self.passphrase_row = ui.passphraseRow
        self.recipients = ui.exportRecipients
        for contact in list_contacts():
            if contact.age_recipient:
                item = QListWidgetItem(f"{contact.name} ({contact.installation_id[:8]})")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, contact.age_recipient)
                self.recipients.addItem(item)
        self.recipients.itemChanged.connect(lambda _: self._update())
        self.more_recipients = ui.exportMoreRecipients
        self.more_recipients.textChanged.connect(lambda _: self._update())
        self.passphrase_row.edit.textChanged.connect(lambda _: self._update())
        for n, button in enumerate((self.signed_only, self.with_passphrase, self.for_contacts)):
            self.protection.addButton(button, n)
        self.protection.idToggled.connect(lambda *_: self._update())

    def chosen_recipients(self) -> list[str]:
        """The age keys of the checked contacts and those typed in."""
        checked = [self.recipients.item(n).data(Qt.ItemDataRole.UserRole)
                   for n in range(self.recipients.count())
                   if self.recipients.item(n).checkState() == Qt.CheckState.Checked]
        return checked + self.more_recipients.text().split()

    def lock(self) -> Lock:
        """The encryption chosen (MigdeskError for a malformed age key)."""
        how = self.protection.checkedId()
        if how == PASSPHRASE:
            return Lock(passphrase=self.passphrase_row.edit.text())
        return Lock(recipients=tuple(self.chosen_recipients())) if how == RECIPIENTS else Lock()

    def chosen_meetings(self) -> list[str]:
        """Ids of the checked meetings."""
        return [self.meetings.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.meetings.count())
                if self.meetings.item(n).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        mode = self.scope.checkedId()
        self.meetings.setEnabled(mode == MEETINGS)
        self.peers.setEnabled(mode == SINCE_PEER)
        how = self.protection.checkedId()
        self.passphrase_row.setEnabled(how == PASSPHRASE)
        self.recipients.setEnabled(how == RECIPIENTS)
        self.more_recipients.setEnabled(how == RECIPIENTS)
        ready = bool(self.path.text().strip()) and (mode != MEETINGS or bool(self.chosen_meetings()))
        ready = ready and {SIGNED: True, PASSPHRASE: bool(self.passphrase_row.edit.text()),
                           RECIPIENTS: bool(self.chosen_recipients())}[how]
        self.export_button.setEnabled(ready and self._task is None)

    def choose_file(self) -> None:
        """Ask where to write the file (adds the .migdesk suffix)."""
        target = ask_save_path(self, self.tr("Export for a Colleague"), self.path.text(),
                               self.tr("MigDesk exchange files (*.migdesk)"), SUFFIX)
        if target is not None:
            self.path.setText(str(target))

    def start_export(self) -> None:
        """Write the file in a worker; accept when it is done."""
        target = with_suffix(self.path.text().strip(), SUFFIX)
        mode = self.scope.checkedId()
        meetings = self.chosen_meetings() if mode == MEETINGS else []
        peer = self.peers.currentData() if mode == SINCE_PEER else None
        db = self.db
        try:
            lock = self.lock()
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Export"), self.tr("The file was not written."), informative=error_text(exc))
            return

        def work(progress: Progress) -> str:
            return export_file(db, target, meeting_ids=meetings, since_peer=peer, progress=progress,
                               lock=lock)

        self._task = BackgroundTask(work, parent=self, label=self.tr("Writing %1…").replace("%1", target.name))
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self._update()
        self._task.start()

    def _done(self, summary: str) -> None:
        self.summary = summary
        self._task = None
        self.accept()

    def _cancelled(self) -> None:
        self._task = None
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._update()
        message = error_text(error)
        prompts.warn(self, self.tr("Export"), self.tr("The file was not written."), informative=message)
