"""File > Connect to Server… and File > Sync With…: the window's side of services.sync.

`install_sync_actions(window)` is called once by the main window. Sync With… asks for
the other database (a file, or a server connected to before), runs the sync in the
background with progress and cancel (workers.BackgroundTask), then announces what this
database received as one undoable step (`window.writes.record`). Conflicts are shown in
the conflict view imports use: this database kept its values, the others are in each
record's history; Use These Values writes the user's choices as one more undoable step.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from migdesk.gui import prompts
from migdesk.gui.conflict_table import ConflictRows, Dispute, set_up
from migdesk.gui.error_dialog import show_error
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_sync_conflicts_dialog import Ui_SyncConflictsDialog
from migdesk.gui.forms.ui_sync_dialog import Ui_SyncDialog
from migdesk.gui.settings import Settings
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.window_actions import make_separator
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services.desk import Desk
from migdesk.services.errors import MigdeskError
from migdesk.services.locations import describe_location, is_server_location

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase
    from migdesk.services.exchange import Conflict  # the sync machinery loads on first use
    from migdesk.services.sync import SyncReport


def install_sync_actions(window: WindowBase) -> SyncActions:
    """Add Connect to Server… and Sync With… to the window's File menu."""
    return SyncActions(window)


class SyncDialog(QDialog):
    """Choose the database to sync with: a file, or a server connected to before."""

    def __init__(self, settings: Settings, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncDialog()
        self.ui.setupUi(self)
        self.setObjectName("syncDialog")
        self.folder = folder
        self.ui.explanation.setText(self.tr(
            "What the other database changed comes here, and what you changed here goes "
            "there. Where both changed the same field, this database keeps its value and the "
            "other is kept in the record's history. Both databases are backed up first."))
        self.sync_button = self.ui.buttonBox.addButton(self.tr("&Sync"),
                                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.sync_button.setObjectName("syncButton")
        self.ui.buttonBox.accepted.connect(self.accept)
        accept_on_ctrl_enter(self, self.accept)
        servers = settings.recent_servers()
        self.ui.serverCombo.addItems(servers)
        self.ui.serverChoice.setEnabled(bool(servers))
        self.ui.serverCombo.setEnabled(False)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.serverChoice.toggled.connect(self._update)
        self.ui.fileEdit.textChanged.connect(self._update)
        self._update()

    def browse(self) -> None:
        """Choose the other database file."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sync With"), self.folder,
            self.tr("MigDesk databases (*.sqlite *.db);;All files (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def _update(self) -> None:
        server = self.ui.serverChoice.isChecked()
        self.ui.serverCombo.setEnabled(server)
        self.ui.fileEdit.setEnabled(not server)
        self.ui.browseButton.setEnabled(not server)
        self.sync_button.setEnabled(bool(self.location()))

    def location(self) -> str:
        """The other database: a server URI or a file path ("" when none is chosen)."""
        if self.ui.serverChoice.isChecked():
            return self.ui.serverCombo.currentText()
        return self.ui.fileEdit.text().strip()

    def accept(self) -> None:
        """Close with Accepted once a database is chosen."""
        if self.location():
            super().accept()


class SyncConflictsDialog(QDialog):
    """After a sync: the fields both sides changed, in the import's conflict view."""

    def __init__(self, report: SyncReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncConflictsDialog()
        self.ui.setupUi(self)
        self.setObjectName("syncConflictsDialog")
        self.ui.explanation.setText(self.tr(
            "These fields were changed both here and in %1 since the last sync. This database "
            "kept its values (Mine), and the sync sent them there; the others (Theirs) are kept "
            "in each record's history. Choose Take Theirs or Edit to use another value.")
            .replace("%1", report.location))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Use These Values"))
        set_up(self.ui.conflicts)
        self.conflicts = report.conflicts
        self.rows = ConflictRows(self.ui.conflicts, [
            Dispute(c.kind, c.id, c.label, name, c.local[name], c.incoming[name])
            for c in report.conflicts for name in c.fields])
        self.choices: dict[tuple[str, str], Any] = {}

    def accept(self) -> None:
        """Close with Accepted once every edited value converts."""
        try:
            self.choices = self.rows.values()
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Not Saved"), self.tr("A value you typed cannot be used."),
                         informative=error_text(exc))
            return
        super().accept()


def chosen_edits(conflicts: list[Conflict], choices: dict[tuple[str, str], Any]) -> list[tuple[Conflict, dict[str, Any]]]:
    """Per record, the fields whose chosen value is not the one kept (deletions aside)."""
    out = []
    for c in conflicts:
        values = {name: choices[(c.id, name)] for name in c.fields
                  if name != "deleted_at" and (c.id, name) in choices and choices[(c.id, name)] != c.local[name]}
        if values:
            out.append((c, values))
    return out


class SyncActions(QObject):
    """The two actions and what they do; a child of the window (findChild(SyncActions))."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.setObjectName("syncActions")
        self.window = window
        self.task: BackgroundTask | None = None  # the last sync or connection
        self.last_report: SyncReport | None = None
        self.connect_server = window.actions_.connect_server
        self.connect_server.triggered.connect(lambda _checked=False: self.open_server())
        self.sync_with = window.actions_.sync_with
        self.sync_with.triggered.connect(lambda _checked=False: self.choose_and_sync())
        window.add_file_actions([make_separator(self, "syncActionsSeparator"),
                                 self.connect_server, self.sync_with])
        window.databaseChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self, *_args: object) -> None:
        """Sync needs an open database (and no sync already running)."""
        running = self.task is not None and not self.task.is_done
        self.sync_with.setEnabled(self.window.db is not None and not running)

    def open_server(self) -> None:
        """File > Connect to Server…"""
        from migdesk.gui.server_dialog import connect_to_server  # loaded when first asked for

        self.task = connect_to_server(self.window)

    def choose_and_sync(self) -> BackgroundTask | None:
        """File > Sync With…: choose the other database, then sync."""
        db = self.window.db
        if db is None:
            return None
        folder = str(db.path.parent) if db.path is not None else ""  # a server has no folder
        dialog = SyncDialog(self.window.settings, folder, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.sync(dialog.location())

    def sync(self, location: str) -> BackgroundTask | None:
        """Sync the window's database with location in the background; the result is shown."""
        db = self.window.db
        if db is None:
            return None
        shown = describe_location(location)

        def work(progress: Progress) -> SyncReport:
            # Announced by the window's thread, where the views live.
            report: SyncReport = Desk(db).sync_with(location, progress=progress, announce=False)
            return report

        label = self.tr("Syncing with %1…").replace("%1", shown)
        self.task = BackgroundTask(work, parent=self.window, label=label)
        self.task.succeeded.connect(partial(self._synced, location))
        self.task.failed.connect(partial(self._failed, shown))
        self.task.cancelled.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Sync cancelled: neither database was changed"), 8000))
        self.task.finished.connect(self.update_actions)
        self.task.start()
        self.update_actions()
        return self.task

    def _synced(self, location: str, report: SyncReport) -> None:
        self.last_report = report
        if is_server_location(location):
            self.window.settings.add_recent_server(report.location)
        change = report.change
        text = self.tr("Sync with %1").replace("%1", report.location)
        if change is not None and not change.is_empty:  # too large to undo: announced only
            self.window.writes.record(change, text=text, undoable=not report.undo_refused)
        line = (self.tr("Synced with %1: received %2, sent %3, conflicts %4")
                .replace("%1", report.location).replace("%2", str(report.received_count))
                .replace("%3", str(report.sent_count)).replace("%4", str(len(report.conflicts))))
        if report.send_error:
            prompts.warn(self.window, self.tr("Sync With"), self.tr(
                "This database received the changes of %1, but %1 could not take this "
                "database's changes; the next sync sends them.").replace("%1", report.location),
                informative=report.send_error)
        elif report.sent is None:
            line += " " + self.tr("(cancelled before sending: the next sync sends it)")
        self.window.statusBar().showMessage(line, 15000)
        if report.conflicts:
            self.show_conflicts(report)

    def show_conflicts(self, report: SyncReport) -> SyncConflictsDialog:
        """The conflicts of a sync, to keep or change; chosen values are one undoable step."""
        dialog = SyncConflictsDialog(report, self.window)
        dialog.accepted.connect(lambda: self._use_choices(report, dialog.choices))
        dialog.open()
        return dialog

    def _use_choices(self, report: SyncReport, choices: dict[tuple[str, str], Any]) -> None:
        writes = self.window.writes
        edits = chosen_edits(report.conflicts, choices)
        if not writes.ready or not edits:
            return
        with writes.one_step(self.tr("Values chosen after the sync with %1").replace("%1", report.location)):
            for conflict, values in edits:
                kept = {name: conflict.local[name] for name in values}
                writes.explained(partial(writes.update, conflict.kind, conflict.id, values, expected=kept))

    def _failed(self, shown: str, exc: BaseException) -> None:
        if not isinstance(exc, MigdeskError | OSError):  # a bug: the error dialog
            show_error(type(exc), exc, exc.__traceback__)
            return
        prompts.warn(self.window, self.tr("Sync With"),
                     self.tr("The sync with %1 did not happen; neither database was changed.")
                     .replace("%1", shown), informative=error_text(exc))
