"""The File menu's printing, export and import actions, and dropping exchange files.

The dialogs and exporters are imported when first used: they pull in ReportLab, pypdfium2,
jsonschema and icalendar, which start-up does not need.

`install_file_actions(window)` is called once from the main window's constructor. It
adds the actions above Restore from Backup (MainWindow.add_file_actions), keeps them
enabled only when they can work, and lets a .migdesk file dropped on the window open
the import preview (an event filter, so the window itself needs no drop handlers).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

from migdesk import EXCHANGE_SUFFIX
from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.save_path import ask_save_path
from migdesk.gui.window_actions import make_separator
from migdesk.gui.workers import BackgroundTask, Progress

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase


def install_file_actions(window: WindowBase) -> FileActions:
    """Add Print/Export/Import to the window's File menu and accept dropped exchange files."""
    return FileActions(window)


def exchange_files(mime: QMimeData) -> list[Path]:
    """The local .migdesk files a drag carries."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == EXCHANGE_SUFFIX]


class FileActions(QObject):
    """The actions and their handlers; a child of the window (findChild(FileActions))."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.setObjectName("fileActions")
        self.window = window
        self.task: BackgroundTask | None = None  # the last background export
        self.export_summary = window.actions_.export_summary
        self.export_summary.triggered.connect(lambda _checked=False: self.export_meeting_summary())
        self.packet = window.actions_.packet
        self.packet.triggered.connect(lambda _checked=False: self.briefing_packet())
        self.preview = window.actions_.preview
        self.preview.triggered.connect(lambda _checked=False: self.preview_pdf())
        self.import_exchange = window.actions_.import_exchange
        self.import_exchange.triggered.connect(lambda _checked=False: self.import_exchange_file())
        self.import_report = window.actions_.import_report
        self.import_report.triggered.connect(lambda _checked=False: self.import_report_file())
        self.export_exchange = window.actions_.export_exchange
        self.export_exchange.triggered.connect(lambda _checked=False: self.export_for_colleague())
        self.contacts = window.actions_.contacts
        self.contacts.triggered.connect(lambda _checked=False: self.show_contacts())
        self.export_calendar = window.actions_.export_calendar
        self.export_calendar.triggered.connect(lambda _checked=False: self.export_calendar_file())
        self.export_csv = window.actions_.export_csv
        self.export_csv.triggered.connect(lambda _checked=False: self.export_table_csv())
        separator = make_separator(self, "fileActionsImportSeparator")
        window.add_file_actions([self.export_summary, self.packet, self.preview, separator,
                                 self.import_exchange, self.import_report, self.export_exchange,
                                 self.contacts,
                                 self.export_calendar, self.export_csv])

        window.databaseChanged.connect(self.update_actions)
        window.changeApplied.connect(self.update_actions)
        window.navigator.selectionModel().currentChanged.connect(self.update_actions)
        window.table_panel.currentRecordChanged.connect(self.update_actions)
        window.file_menu.aboutToShow.connect(self.update_actions)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.update_actions()

    # ------------------------------------------------------------ state

    def meeting_id(self) -> str | None:
        """The meeting selected in the tree or the table (or the one the selected part is of)."""
        if self.window.db is None:
            return None
        return self.window.editing.context_meeting_id()

    def table_kind(self) -> str | None:
        """The kind of record the table lists, if it shows one."""
        model = self.window.table_panel.model
        return model.kind if model is not None else None

    def update_actions(self, *_args: object) -> None:
        """Enable what can work now: a database open, a meeting selected, a table shown."""
        has_db = self.window.db is not None
        self.export_summary.setEnabled(self.meeting_id() is not None)
        for action in (self.packet, self.import_exchange, self.import_report,
                       self.export_exchange, self.export_calendar):
            action.setEnabled(has_db)
        self.export_csv.setEnabled(has_db and self.table_kind() is not None)

    # ------------------------------------------------------------ printing

    def export_meeting_summary(self) -> BackgroundTask | None:
        """File > Export Meeting Summary… (Ctrl+P)."""
        db, meeting = self.window.db, self.meeting_id()
        if db is None or meeting is None:
            return None
        from migdesk.gui.summary_export import export_summary

        self.task = export_summary(self.window, db, meeting)
        return self.task

    def briefing_packet(self) -> None:
        """File > Briefing Packet… (Ctrl+Shift+P), with the selected meeting checked."""
        db = self.window.db
        if db is None:
            return
        meeting = self.meeting_id()
        from migdesk.gui.packet_dialog import PacketDialog

        dialog = PacketDialog(db, self.window, [meeting] if meeting else [])
        dialog.exec()
        dialog.deleteLater()

    def preview_pdf(self) -> None:
        """File > Preview PDF…: pick a PDF and show it (a window of its own)."""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Preview PDF"), "",
                                              self.tr("PDF files (*.pdf);;All files (*)"))
        if path:
            from migdesk.gui.pdf_preview import PdfPreviewDialog

            preview = PdfPreviewDialog(path, self.window)
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            preview.show()

    # ------------------------------------------------------------ exchange files

    def import_exchange_file(self) -> None:
        """File > Import Exchange File… (Ctrl+I): the window's import preview and merge."""
        if self.window.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Exchange File"), "",
            self.tr("MigDesk exchange files (*.migdesk)"))
        if path:
            self.window.open_exchange_file(path)

    def import_report_file(self) -> None:
        """File > Import Report…: a meeting's report read into a draft to review and accept."""
        if self.window.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Report"), "",
            self.tr("Meeting reports (*.txt *.docx *.pdf)"))
        if path:
            from migdesk.gui.report_review_dialog import review_report

            review_report(self.window, Path(path))

    def export_for_colleague(self) -> None:
        """File > Export for a Colleague… (Ctrl+E)."""
        db = self.window.db
        if db is None:
            return
        from migdesk.gui.export_dialog import ExportDialog

        dialog = ExportDialog(db, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.summary:
            self.window.statusBar().showMessage(dialog.summary, 6000)
        dialog.deleteLater()

    def show_contacts(self) -> None:
        """File > Contacts and Keys…: this installation's identity and colleagues' keys."""
        from migdesk.gui.contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.window)
        dialog.exec()
        dialog.deleteLater()

    # ------------------------------------------------------------ calendar and CSV

    def export_calendar_file(self) -> BackgroundTask | None:
        """File > Export Calendar (.ics)…: meetings, events and due dates for a calendar."""
        db = self.window.db
        if db is None:
            return None
        path = self._save_path(self.tr("Export Calendar"), "migdesk-calendar.ics",
                               self.tr("Calendar files (*.ics)"), ".ics")
        if path is None:
            return None
        from migdesk.services.calendar import write_ics

        return self._run(self.tr("Export Calendar"), path, lambda: write_ics(db, path),
                         self.tr("%1 calendar entries written to %2"))

    def export_table_csv(self) -> BackgroundTask | None:
        """File > Export Table as CSV…: every record of the kind the table lists."""
        db, kind = self.window.db, self.table_kind()
        if db is None or kind is None:
            return None
        path = self._save_path(self.tr("Export Table as CSV"), f"{kind}.csv",
                               self.tr("CSV files (*.csv)"), ".csv")
        if path is None:
            return None
        from migdesk.services.spreadsheet import write_csv

        return self._run(self.tr("Export Table as CSV"), path, lambda: write_csv(db, kind, path),
                         self.tr("%1 rows written to %2"))

    def _save_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        db = self.window.db
        folder = db.path.parent if db is not None and db.path is not None else Path.home()
        return ask_save_path(self.window, title, folder / name, file_filter, suffix)

    def _run(self, title: str, path: Path, write: Callable[[], int], done: str) -> BackgroundTask:
        def work(_progress: Progress) -> int:
            return write()

        task = BackgroundTask(work, parent=self.window, cancellable=False,
                              label=self.tr("Writing %1…").replace("%1", path.name))
        task.succeeded.connect(lambda n: self.window.statusBar().showMessage(
            done.replace("%1", str(n)).replace("%2", str(path)), 6000))
        task.failed.connect(lambda error: prompts.warn(
            self.window, title, self.tr("The file was not written."),
            informative=error_text(error)))
        self.task = task
        return task.start()

    # ------------------------------------------------------------ drag and drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Accept .migdesk files dragged over the window; a drop opens the import preview."""
        if watched is self.window and self.window.db is not None:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                assert isinstance(event, QDropEvent)  # enter and move events are drop events
                if exchange_files(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                files = exchange_files(event.mimeData())
                if files:
                    event.acceptProposedAction()
                    # After the drop returns: the drag source must not wait on a modal dialog.
                    QTimer.singleShot(0, lambda: self.window.open_exchange_file(files[0]))
                    return True
        return super().eventFilter(watched, event)
