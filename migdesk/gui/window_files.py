"""The File menu's work: open, create and restore databases, the demo, exchange files.

Opening and restoring run in the background (workers.run_in_background); the window
shows the database when it is ready. A database that cannot be opened is explained in
one line, with the choice of another file.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from migdesk.gui import prompts
from migdesk.gui.error_dialog import show_error
from migdesk.gui.error_text import error_text
from migdesk.gui.save_path import ask_save_path
from migdesk.gui.workers import BackgroundTask, Progress, run_in_background
from migdesk.paths import is_server_location, shown_location
from migdesk.services.backups import list_backups, restore
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError
from migdesk.services.meeting_tree import latest_meeting_id
from migdesk.services.records import Change, count

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase


class FileCommands(QObject):
    """Opens, creates and restores the window's database files."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None  # the last background open or restore

    # ---------------------------------------------------------------- opening

    def open_database(self, path: Path | str, *, offer_demo: bool = False) -> BackgroundTask:
        """Open a database file (or a server's, by URI) in the background; shown when ready."""
        path = path if is_server_location(path) else Path(path).expanduser()
        name = shown_location(str(path)) if isinstance(path, str) else path.name
        label = self.tr("Opening %1…").replace("%1", name)
        task = run_in_background(
            self.window, label, lambda _p: Database.open(path), cancellable=False
        )
        task.succeeded.connect(lambda db: self._opened(db, offer_demo))
        task.failed.connect(lambda exc: self._open_failed(path, exc))
        self.task = task
        return task

    def _opened(self, db: Database, offer_demo: bool) -> None:
        # Start where delegates usually work: the most recent meeting, selected with its
        # form (the first row is not selected first: its table would be read for nothing).
        latest = latest_meeting_id(db)
        self.window.set_database(db, select_first=latest is None)
        message = self.tr("Opened %1").replace("%1", db.location)
        self.window.statusBar().showMessage(message, 5000)
        if latest is not None:
            self.window.show_record("meetings", latest)
        self.window.reveal()  # before any question: the window is its parent
        if offer_demo and latest is None:
            self.offer_demo()

    def _open_failed(self, path: Path | str, exc: BaseException) -> None:
        self.window.reveal()
        if not isinstance(exc, MigdeskError | OSError):  # a bug: the error dialog
            show_error(type(exc), exc, exc.__traceback__)
            return
        choice = prompts.choose(
            self.window,
            self.tr("Cannot Open the Database"),
            self.tr("MigDesk could not open %1.").replace(
                "%1", shown_location(path) if isinstance(path, str) else str(path)),
            [self.tr("Open Another…"), self.tr("New Database…")],
            informative=error_text(exc),
        )
        if choice == 0:
            self.choose_database()
        elif choice == 1:
            self.new_database()

    def _file_filter(self) -> str:
        return self.tr("MigDesk databases (*.sqlite *.db);;All files (*)")

    def _folder(self) -> str:
        db = self.window.db
        return str(db.path.parent) if db is not None and db.path is not None else ""

    def choose_database(self) -> None:
        """File > Open Database…"""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Database"), self._folder(), self._file_filter()
        )
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        """File > New Database…: an empty database in a new file."""
        start = str(Path(self._folder()) / "migdesk.sqlite")
        target = ask_save_path(self.window, self.tr("New Database"), start, self._file_filter(),
                               ".sqlite", ".db", confirm_overwrite=False)
        if target is None:
            return
        if target.exists() and target.stat().st_size > 0:
            prompts.warn(
                self.window,
                self.tr("New Database"),
                self.tr("%1 already exists.").replace("%1", str(target)),
                informative=self.tr("Choose another name, or use Open Database to open it."),
            )
            return
        self.open_database(target, offer_demo=True)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Rebuild File > Open Recent from the settings."""
        menu.clear()
        settings = self.window.settings
        paths = settings.recent_databases()
        for n, path in enumerate(paths):
            action = menu.addAction(f"&{n + 1}  {path.name.replace('&', '&&')}")
            action.setObjectName(f"recentDatabase{n}Action")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(partial(self.open_database, path))
        if not paths:
            menu.addAction(self.tr("No recent databases")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("clearRecentAction")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(settings.clear_recent_databases)

    # ---------------------------------------------------------------- backups

    def restore_backup(self) -> BackgroundTask | None:
        """File > Restore from Backup…: pick a copy, confirm, replace, reopen."""
        db = self.window.db
        if db is None:
            return None
        path = db.path
        backups = list_backups(path) if path is not None else []  # a server: pg_dump's job
        if path is None or not backups:
            prompts.warn(
                self.window,
                self.tr("Restore from Backup"),
                self.tr("There are no backups of this database yet."),
                informative=self.tr("MigDesk makes one before every upgrade and every restore."),
            )
            return None
        from migdesk.gui.restore_dialog import choose_backup  # loaded when first asked for

        chosen = choose_backup(backups, self.window)
        if chosen is None or not prompts.confirm(
            self.window,
            self.tr("Restore from Backup"),
            self.tr("Replace the database with the chosen backup?"),
            informative=self.tr(
                "Changes made since that backup will no longer be in the database. The database "
                "as it is now is backed up first, and this session's undo history is cleared."
            ),
            accept=self.tr("Restore"),
            destructive=True,
        ):
            return None
        self.window.set_database(None)  # every connection closed before the file is replaced
        label = self.tr("Restoring the backup…")

        def work(progress: Progress) -> Database:
            progress.report(0, 0, label)
            restore(chosen, path)
            return Database.open(path)

        task = run_in_background(self.window, label, work, cancellable=False)
        task.succeeded.connect(lambda reopened: self._opened(reopened, False))
        task.failed.connect(lambda exc: self._open_failed(path, exc))
        self.task = task
        return task

    # ---------------------------------------------------------------- first start, imports

    def offer_demo(self) -> bool:
        """On an empty database, ask once whether to load the CEAM demo; True if loaded."""
        window = self.window
        db = window.db
        if db is None or window.settings.demo_offered_for(db.location):
            return False
        if any(count(db, k) for k in ("organizations", "meetings", "documents", "resolutions")):
            return False
        window.settings.mark_demo_offered(db.location)
        window.settings.sync()
        if not prompts.confirm(
            window,
            self.tr("Welcome to MigDesk"),
            self.tr("This database is empty. Load the demo, the CEAM meeting of 13 February 2009?"),
            informative=self.tr(
                "The demo holds the meeting's report as records: the bodies, resolutions, "
                "documents, interventions, follow-up actions and events. You can undo the load."
            ),
            accept=self.tr("Load the Demo"),
        ):
            return False
        window.load_demo_meeting()
        return True

    def open_exchange_file(self, path: Path | str) -> None:
        """Preview and merge an exchange file in the import dialog, then show what changed."""
        window = self.window
        if window.db is None:
            return
        try:
            from migdesk.gui.import_dialog import ImportDialog
        except ImportError:
            prompts.warn(
                window, self.tr("Import"), self.tr("This MigDesk cannot import exchange files yet.")
            )
            return
        dialog: Any = ImportDialog(window.db, Path(path), window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
            return
        report = dialog.report
        change = report.change
        if not isinstance(change, Change) or change.is_empty:
            return
        text = self.tr("Import %1").replace("%1", Path(path).name)
        if report.undo_refused:
            # Too large to keep for undo: announced, not pushed. The history stays: undoing
            # older commands leaves alone every field the import changed since.
            window.writes.record(change, undoable=False)
            prompts.inform(window, text, self.tr(
                "This import cannot be undone record by record. The backup made just before "
                "it (File > Restore Backup) can bring the database back."))
        else:
            window.writes.record(change, text=text)
