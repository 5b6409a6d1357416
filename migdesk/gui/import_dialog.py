"""The import preview: what an exchange file would change, conflicts side by side, then merge.

The dialog runs a dry run of the import in a worker as soon as it is shown, lists the
records the file adds, updates and deletes, and shows every conflicting field with the
local and the incoming value next to each other. Per field the user keeps theirs, takes
the colleague's or types a value; Import then merges with exactly those choices (one
transaction, in a worker). No SQL here: everything goes through services.exchange.

It says who signed the file and whether their key is the one known; a changed key is a
red line and Import waits for the user to tick that they accept it. A file encrypted
with a passphrase asks for it first (again after a wrong one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.conflict_table import KEEP, TAKE, ConflictRows, Dispute, set_up
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from migdesk.gui.import_changes_model import ChangesModel
from migdesk.gui.passphrase_dialog import ask_passphrase
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services.age_format import uses_passphrase
from migdesk.services.contacts import Trust
from migdesk.services.desk import Database, Desk
from migdesk.services.errors import MigdeskError
from migdesk.services.exchange import Conflict, ImportReport, import_file
from migdesk.services.exchange_file import PassphraseError


class ImportDialog(QDialog):
    """Preview an exchange file and merge it; `report` holds the result after Accepted."""

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None,
                 passphrase: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path(path)
        self.passphrase = passphrase
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.error: str | None = None
        self._task: BackgroundTask | None = None
        self._started = False

        self._build()
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        """The layout comes from ui/import_dialog.ui; here: models, texts and signals."""
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.status = ui.importStatus
        self.status.setText(self.tr("Checking %1…").replace("%1", self.path.name))
        self.counts, self.signer = ui.importCounts, ui.importSigner
        self.accept_key = ui.acceptNewKey
        self.accept_key.hide()
        self.accept_key.toggled.connect(lambda _: self._update_import())

        self.changes = ui.importChanges
        self.changes_model = ChangesModel(self)
        self.changes.setModel(self.changes_model)
        self.changes.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.conflicts = ui.importConflicts
        set_up(self.conflicts)
        self.rows = ConflictRows(self.conflicts, [])
        self.keep_all, self.take_all = ui.keepAllMine, ui.takeAllTheirs
        self.keep_all.clicked.connect(lambda: self._choose_all(KEEP))
        self.take_all.clicked.connect(lambda: self._choose_all(TAKE))
        self.tabs = ui.importTabs

        self.buttons = ui.buttonBox
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import the file with these choices"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel the import"))
        self.buttons.accepted.connect(self.start_import)
        accept_on_ctrl_enter(self, self.start_import)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------ preview

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Start the dry run once the dialog is on screen (its progress dialog needs a parent)."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self.start_preview)

    def ask_passphrase(self, again: bool = False) -> bool:
        """Ask for the file's passphrase (after a wrong one: again); False if cancelled."""
        text = self.tr("%1 is encrypted with a passphrase. The sender gives it to you by "
                       "another way than the file (phone, message).").replace("%1", self.path.name)
        if again:
            text = self.tr("That passphrase does not open the file. Try again.") + "\n\n" + text
        passphrase = ask_passphrase(self, self.tr("Passphrase"), text)
        if passphrase is None:
            return False
        self.passphrase = passphrase
        return True

    def start_preview(self) -> None:
        """Run the dry run in a worker (after the passphrase, if the file needs one)."""
        if self.passphrase is None and uses_passphrase(self.path) and not self.ask_passphrase():
            self.reject()
            return
        db, path, passphrase = self.db, self.path, self.passphrase
        self._task = BackgroundTask(
            lambda progress: import_file(db, path, dry_run=True, progress=progress,
                                         passphrase=passphrase),
            parent=self, label=self.tr("Checking %1…").replace("%1", path.name))
        self._task.succeeded.connect(self._show_preview)
        self._task.failed.connect(self._preview_failed)
        self._task.cancelled.connect(self.reject)
        self._task.start()

    def _show_preview(self, report: ImportReport) -> None:
        self.preview = report
        source = report.source_installation[:8]
        self.status.setText(self.tr("%1: exported on %2 by installation %3.")
                            .replace("%1", self.path.name).replace("%2", report.exported_at[:10])
                            .replace("%3", source))
        if report.merged_by == "bases":  # a file of an older MigDesk: no change clocks
            self.status.setText(self.status.text() + " " + self.tr(
                "Made by an older MigDesk (exchange format %1): records are merged with the "
                "version last exchanged.").replace("%1", str(report.format_version)))
        self.counts.setText(self.tr("Added %1 · Updated %2 · Deleted %3 · Unchanged %4 · In conflict %5")
                            .replace("%1", str(report.added)).replace("%2", str(report.updated))
                            .replace("%3", str(report.deleted)).replace("%4", str(report.unchanged))
                            .replace("%5", str(len(report.conflicts))))
        self.changes_model.set_changes(report.changes)
        self._fill_conflicts(report.conflicts)
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(report.conflicts))))
        if report.conflicts:
            self.tabs.setCurrentIndex(1)
        self.keep_all.setEnabled(bool(report.conflicts))
        self.take_all.setEnabled(bool(report.conflicts))
        self._show_signer(report)
        self._update_import()

    def _show_signer(self, report: ImportReport) -> None:
        trust = report.trust
        line = self._trust_line(trust) if trust else ""
        if report.encrypted:
            line = self.tr("Encrypted. %1").replace("%1", line)
        self.signer.setText(line)
        warn = bool(trust and trust.needs_acceptance)
        self.signer.setStyleSheet("color: #b00020; font-weight: bold;" if warn else "")
        self.accept_key.setVisible(warn)

    def _trust_line(self, trust: Trust) -> str:
        """Who signed, and what is known of the key, worded here from the fields (translatable)."""
        short = trust.installation_id[:8]
        if trust.signer is None:
            if trust.status == "unsigned-known":
                return (self.tr("NOT SIGNED, although files from %1 (%2) have been signed before")
                        .replace("%1", trust.previous.name if trust.previous else "?").replace("%2", short))
            return self.tr("Not signed (made by an older MigDesk): who made it cannot be checked")
        texts = {
            "new": self.tr("Signed by %1 (%2), key %3: a new contact (compare the words with the sender by phone)"),
            "known": self.tr("Signed by %1 (%2), key %3: the key known for this installation"),
            "changed": self.tr("Signed by %1 (%2), key %3: A DIFFERENT KEY from the one known since %4 (%5)"),
        }
        line = texts.get(trust.status, self.tr("Signed by %1 (%2), key %3"))
        previous = trust.previous
        return (line.replace("%4", previous.first_seen[:10] if previous else "?")
                .replace("%5", previous.fingerprint if previous else "?")
                .replace("%1", trust.signer.name).replace("%2", short).replace("%3", trust.fingerprint or ""))

    def _update_import(self) -> None:
        trust = self.preview.trust if self.preview else None
        accepted = not (trust and trust.needs_acceptance) or self.accept_key.isChecked()
        self.import_button.setEnabled(self.preview is not None and accepted and self.error is None)

    def _fill_conflicts(self, conflicts: list[Conflict]) -> None:
        self.rows = ConflictRows(self.conflicts, [
            Dispute(c.kind, c.id, c.label, field, c.local[field], c.incoming[field])
            for c in conflicts for field in c.fields
        ])

    def _choose_all(self, index: int) -> None:
        self.rows.choose_all(index)

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, PassphraseError) and self.ask_passphrase(again=True):
            self.start_preview()
            return
        self.error = error_text(error)
        self.status.setText(self.tr("This file cannot be imported: %1").replace("%1", self.error))
        self.counts.setText("")
        self.import_button.setEnabled(False)

    # ------------------------------------------------------------ import

    def resolutions(self) -> dict[tuple[str, str], Any]:
        """The user's choice for every conflicting field: (record id, field) -> value."""
        return self.rows.values()

    def start_import(self) -> None:
        """Merge the file with the chosen values, in a worker; accept when done."""
        try:
            choices = self.resolutions()
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Import"), self.tr("A value you typed cannot be used."), informative=error_text(exc))
            return
        self.import_button.setEnabled(False)
        db, path, passphrase, accept = self.db, self.path, self.passphrase, self.accept_key.isChecked()

        def work(progress: Progress) -> ImportReport:
            # Backed up first; announced by the window (views live in its thread).
            return Desk(db).import_file(path, resolutions=choices, progress=progress,
                                        passphrase=passphrase, accept_new_key=accept, announce=False)

        self._task = BackgroundTask(work, parent=self, label=self.tr("Importing %1…").replace("%1", path.name))
        self._task.succeeded.connect(self._imported)
        self._task.failed.connect(self._import_failed)
        self._task.cancelled.connect(lambda: self.import_button.setEnabled(True))
        self._task.start()

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        message = error_text(error)
        prompts.warn(self, self.tr("Import"), self.tr("The file was not imported; nothing was changed."),
                     informative=message)
