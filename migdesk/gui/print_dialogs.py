"""Printing from the window: a meeting's summary, the briefing packet, and a PDF preview.

The PDFs are written by services.printing in a worker (workers.BackgroundTask, with a
progress dialog and cancel); these dialogs only gather choices and show results. The
preview renders pages with pypdfium2 in the GUI thread, one page at a time, and prints
by rendering each page at the printer's resolution (capped, see PRINT_DPI_CAP) and
painting it onto a QPrinter: no QtPdf needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QDir, QRect, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.gui.widgets.date_edit import DateEdit
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.widgets.wheel_guard import guard_widget
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services import printing as rd
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError
from migdesk.services.printing import PrintNotes, write_packet, write_summary
from migdesk.services.records import get_record, list_records

PAPER_KEY = "printing/paper"
FOLDER_KEY = "printing/folder"
PRINT_DPI_CAP = 300  # a 1200 dpi Letter page would be half a gigabyte of pixels
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

#: Where the remembered choices live; tests replace it with an INI file of their own.
settings_store: Callable[[], QSettings] = QSettings



def paper_names() -> list[tuple[str, str]]:
    """(paper key, label) for every paper the reports know, Letter first."""
    return [("letter", translate("PrintDialogs", "Letter")), ("a4", translate("PrintDialogs", "A4"))]


def remembered_paper() -> str:
    """The paper chosen last time (letter the first time)."""
    value = str(settings_store().value(PAPER_KEY, "letter"))
    return value if value in rd.PAPERS else "letter"


def remember_paper(paper: str) -> None:
    """Make paper the default next time."""
    settings_store().setValue(PAPER_KEY, paper)


def _folder() -> Path:
    folder = Path(str(settings_store().value(FOLDER_KEY, "") or QDir.homePath()))
    return folder if folder.is_dir() else Path(QDir.homePath())


def _remember_folder(path: Path) -> None:
    settings_store().setValue(FOLDER_KEY, str(path.parent))


def file_name(*parts: str) -> str:
    """A file name from free text: no path separators or reserved characters, not too long."""
    text = " ".join(p for p in parts if p)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = " ".join(text.split()).strip(". ")
    return (text[:120].rstrip() or "migdesk") + ".pdf"


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


def _name(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


# ==================================================================== one meeting's summary


class SummaryFileDialog(QFileDialog):
    """Save As for a meeting summary, with the paper size as a visible choice below the name.

    Qt's own (not the platform's) file dialog, so that the Paper row can be added to its
    layout; "Files of type" lists PDF only.
    """

    def __init__(self, parent: QWidget | None, start: Path, paper: str) -> None:
        super().__init__(parent, translate("PrintDialogs", "Export Meeting Summary"), str(start),
                         translate("PrintDialogs", "PDF files (*.pdf)"))
        self.setObjectName("summaryFileDialog")
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setDefaultSuffix("pdf")
        self.paperCombo = QComboBox(self)
        guard_widget(self.paperCombo)
        _name(self.paperCombo, "summaryPaper", translate("PrintDialogs", "Paper size"))
        for key, label in paper_names():
            self.paperCombo.addItem(label, key)
        self.paperCombo.setCurrentIndex(max(self.paperCombo.findData(paper), 0))
        caption = QLabel(translate("PrintDialogs", "&Paper size:"), self)
        caption.setBuddy(self.paperCombo)
        grid = self.layout()
        if isinstance(grid, QGridLayout):  # Qt's dialog: name and type rows, then ours
            row = grid.rowCount()
            grid.addWidget(caption, row, 0)
            grid.addWidget(self.paperCombo, row, 1)

    def paper(self) -> str:
        """The paper chosen ("letter" or "a4")."""
        return str(self.paperCombo.currentData())


def export_summary(window: QWidget, db: Database, meeting_id: str) -> BackgroundTask | None:
    """File > Export Meeting Summary…: ask where and on which paper, write it in a worker.

    The paper size is a row of the save dialog (SummaryFileDialog), preset to the one
    used last time. Returns the running task (None when the user cancelled).
    """
    try:
        meeting = get_record(db, "meetings", meeting_id)
    except MigdeskError as exc:
        prompts.warn(window, translate("PrintDialogs", "Export Meeting Summary"), translate("PrintDialogs", "The summary was not written."),
                     informative=error_text(exc))
        return None
    v = meeting.values
    start = _folder() / file_name(v.get("date") or "", v.get("title") or "")
    dialog = SummaryFileDialog(window, start, remembered_paper())
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    paper = dialog.paper()
    remember_paper(paper)
    target = Path(dialog.selectedFiles()[0])
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    _remember_folder(target)

    notes = PrintNotes()

    def work(progress: Progress) -> Path:
        write_summary(db, meeting.id, target, paper=paper, notes=notes)
        return target

    def written(path: Path) -> None:
        _status(window, translate("PrintDialogs", "Summary written to %1").replace("%1", str(path)))
        if notes.unprintable:
            prompts.warn(window, translate("PrintDialogs", "Export Meeting Summary"),
                         translate("PrintDialogs", "Some characters cannot be printed and show as empty boxes."),
                         informative=rd.describe_unprintable(notes.unprintable))

    task = BackgroundTask(
        work, parent=window, label=translate("PrintDialogs", "Writing %1…").replace("%1", target.name), cancellable=False
    )
    task.succeeded.connect(written)
    task.failed.connect(lambda error: prompts.warn(
        window, translate("PrintDialogs", "Export Meeting Summary"),
        translate("PrintDialogs", "The summary was not written."), informative=error_text(error)))
    return task.start()


# ==================================================================== the briefing packet


SECTION_LABELS = {
    rd.SUMMARIES: QT_TRANSLATE_NOOP("PacketDialog", "Meeting &summaries"),
    rd.MANDATES: QT_TRANSLATE_NOOP("PacketDialog", "&Mandates and what was done about them"),
    rd.ACTIONS: QT_TRANSLATE_NOOP("PacketDialog", "Open follow-up &actions"),
    rd.EVENTS: QT_TRANSLATE_NOOP("PacketDialog", "Upcoming &events"),
    rd.DOCUMENTS: QT_TRANSLATE_NOOP("PacketDialog", "&Documents"),
    rd.ATTACHMENTS: QT_TRANSLATE_NOOP("PacketDialog", "Attached document &PDFs"),
}

MEETINGS, PERIOD = 0, 1
#: The packet's languages, each named in itself.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}


class PacketDialog(QDialog):
    """Choose meetings (or a period), sections, paper and file; Build writes the packet.

    The build runs in a worker with a progress dialog and Cancel; afterwards Open Preview
    shows the result. `pages` holds the page count of the last packet built.
    """

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        preselected_meeting_ids: tuple[str, ...] | list[str] = (),
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.task: BackgroundTask | None = None
        self.pages: int | None = None
        self.notes = PrintNotes()  # what the last packet could not print as asked
        self.built: Path | None = None
        self.error: str | None = None
        self.setObjectName("packetDialog")
        self.setAccessibleName(self.tr("Briefing packet"))
        self.setWindowTitle(self.tr("Briefing Packet"))
        self.resize(640, 620)
        self._build(set(preselected_meeting_ids))
        self._update()

    # ------------------------------------------------------------ layout

    def _build(self, preselected: set[str]) -> None:
        intro = QLabel(self.tr(
            "A packet gathers the summaries of the chosen meetings with their mandates, "
            "open follow-up actions, upcoming events and documents, as one PDF."), self)
        intro.setWordWrap(True)

        self.scope = QButtonGroup(self)
        self.by_meeting = QRadioButton(self.tr("Chosen &meetings"), self)
        _name(self.by_meeting, "packetByMeeting", self.tr("Packet of chosen meetings"))
        self.by_period = QRadioButton(self.tr("Meetings in a &period"), self)
        _name(self.by_period, "packetByPeriod", self.tr("Packet of the meetings in a period"))
        self.scope.addButton(self.by_meeting, MEETINGS)
        self.scope.addButton(self.by_period, PERIOD)
        self.by_meeting.setChecked(True)
        self.scope.idToggled.connect(lambda *_: self._update())

        self.filter = QLineEdit(self)
        _name(self.filter, "packetMeetingFilter", self.tr("Filter the meetings"))
        self.filter.setPlaceholderText(self.tr("Filter by date or title"))
        self.filter.setClearButtonEnabled(True)
        for button in self.filter.findChildren(QToolButton):  # Qt's clear button
            _name(button, "packetMeetingFilterClear", self.tr("Clear the filter"))
        self.filter.textChanged.connect(self._filter_meetings)
        self.meetings = QListWidget(self)
        _name(self.meetings, "packetMeetingList", self.tr("Meetings in the packet"))
        self.meetings.setUniformItemSizes(True)
        for rec in reversed(list_records(self.db, "meetings")):  # newest first
            v = rec.values
            item = QListWidgetItem(f"{v.get('date') or self.tr('undated')}  —  {v['title']}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if rec.id in preselected else Qt.CheckState.Unchecked
            )
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            item.setToolTip(v["title"])
            self.meetings.addItem(item)
        self.meetings.itemChanged.connect(lambda _: self._update())
        self.check_shown = QPushButton(self.tr("Check Shown"), self)
        _name(self.check_shown, "packetCheckShown", self.tr("Check every meeting shown"))
        self.check_shown.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        self.uncheck_all = QPushButton(self.tr("Uncheck All"), self)
        _name(self.uncheck_all, "packetUncheckAll", self.tr("Uncheck every meeting"))
        self.uncheck_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.check_shown)
        filter_row.addWidget(self.uncheck_all)

        self.date_from = DateEdit(self)
        self.date_from.setObjectName("packetDateFrom")
        self.date_from.set_accessible_label(self.tr("First day of the period"))
        self.date_to = DateEdit(self)
        self.date_to.setObjectName("packetDateTo")
        self.date_to.set_accessible_label(self.tr("Last day of the period"))
        self.date_from.calendarButton.setObjectName("packetDateFromCalendar")
        self.date_to.calendarButton.setObjectName("packetDateToCalendar")
        for edit in (self.date_from, self.date_to):
            edit.textEdited.connect(lambda _: self._update())
            edit.editingFinished.connect(self._update)
        period_row = QHBoxLayout()
        period_row.addSpacing(24)
        period_row.addWidget(QLabel(self.tr("From:"), self))
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel(self.tr("To:"), self))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)

        sections = QGroupBox(self.tr("Sections"), self)
        grid = QGridLayout(sections)
        self.sections: dict[str, QCheckBox] = {}
        for n, key in enumerate(rd.SECTION_ORDER):
            box = QCheckBox(self.tr(SECTION_LABELS[key]), sections)
            _name(box, f"packetSection_{key}", self.tr(SECTION_LABELS[key]).replace("&", ""))
            box.setChecked(True)
            box.toggled.connect(lambda _: self._update())
            grid.addWidget(box, n // 2, n % 2)
            self.sections[key] = box

        self.paper = QComboBox(self)
        guard_widget(self.paper)
        _name(self.paper, "packetPaper", self.tr("Paper size"))
        for key, label in paper_names():
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(self.paper.findData(remembered_paper()), 0))

        self.language = QComboBox(self)
        _name(self.language, "packetLanguage", self.tr("Language of the packet"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)

        self.path = QLineEdit(self)
        _name(self.path, "packetPath", self.tr("PDF file to write"))
        self.path.setText(str(_folder() / file_name(
            self.tr("Briefing packet"), date.today().isoformat())))
        self.path.textChanged.connect(lambda _: self._update())
        browse = QPushButton(self.tr("C&hoose…"), self)
        _name(browse, "packetBrowse", self.tr("Choose the PDF file to write"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        paper_label = QLabel(self.tr("&Paper:"), self)
        paper_label.setBuddy(self.paper)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(paper_label, self.paper)
        form.addRow(language_label, self.language)
        form.addRow(file_label, file_row)

        self.status = QLabel("", self)
        self.status.setObjectName("packetStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.build_button = self.buttons.addButton(
            self.tr("&Build"), QDialogButtonBox.ButtonRole.ActionRole)
        _name(self.build_button, "packetBuild", self.tr("Build the briefing packet"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start_build)
        accept_on_ctrl_enter(self, self.start_build)
        self.preview_button = self.buttons.addButton(
            self.tr("Open Pre&view"), QDialogButtonBox.ButtonRole.ActionRole)
        _name(self.preview_button, "packetPreview", self.tr("Open the packet in the preview"))
        self.preview_button.clicked.connect(self.open_preview)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        _name(close, "closeButton", self.tr("Close the briefing packet dialog"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.by_meeting)
        layout.addLayout(filter_row)
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.by_period)
        layout.addLayout(period_row)
        layout.addWidget(sections)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ choices

    def _filter_meetings(self, text: str) -> None:
        words = text.casefold().split()
        for n in range(self.meetings.count()):
            item = self.meetings.item(n)
            shown = all(w in item.text().casefold() for w in words)
            item.setHidden(not shown)

    def _check_shown(self, state: Qt.CheckState) -> None:
        for n in range(self.meetings.count()):
            item = self.meetings.item(n)
            if not item.isHidden():
                item.setCheckState(state)

    def _check_all(self, state: Qt.CheckState) -> None:
        for n in range(self.meetings.count()):
            self.meetings.item(n).setCheckState(state)

    def chosen_meetings(self) -> list[str]:
        """Ids of the checked meetings (hidden by the filter or not)."""
        items = [self.meetings.item(n) for n in range(self.meetings.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items
                if i.checkState() == Qt.CheckState.Checked]

    def chosen_sections(self) -> list[str]:
        """The checked sections, in print order."""
        return [key for key in rd.SECTION_ORDER if self.sections[key].isChecked()]

    def _period(self) -> tuple[date | None, date | None] | None:
        """The period typed (either end may be open); None when a date is not valid."""
        if self.date_from.error() or self.date_to.error():
            return None
        first, last = self.date_from.value(), self.date_to.value()
        return (date.fromisoformat(first) if first else None,
                date.fromisoformat(last) if last else None)

    def _update(self) -> None:
        by_meeting = self.scope.checkedId() == MEETINGS
        for widget in (self.filter, self.meetings, self.check_shown, self.uncheck_all):
            widget.setEnabled(by_meeting)
        self.date_from.setEnabled(not by_meeting)
        self.date_to.setEnabled(not by_meeting)
        period = self._period()
        ready = bool(self.path.text().strip()) and bool(self.chosen_sections())
        if by_meeting:
            ready = ready and bool(self.chosen_meetings())
        else:
            ready = ready and period is not None and (
                period[0] is None or period[1] is None or period[0] <= period[1])
        self.build_button.setEnabled(ready and self.task is None)
        self.preview_button.setEnabled(self.built is not None and self.built.exists()
                                       and self.task is None)

    def choose_file(self) -> None:
        """Ask where to write the packet (adds .pdf)."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Briefing Packet"), self.path.text(),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # ------------------------------------------------------------ building

    def target(self) -> Path:
        """The file the packet is written to (always .pdf)."""
        target = Path(self.path.text().strip()).expanduser()
        return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")

    def start_build(self) -> BackgroundTask | None:
        """Write the packet in a worker (progress and Cancel); the dialog stays open."""
        if self.task is not None or not self.build_button.isEnabled():
            return None
        db, target = self.db, self.target()
        paper = str(self.paper.currentData())
        lang = str(self.language.currentData())
        sections = self.chosen_sections()
        meetings: list[str] = []
        first: date | None = None
        last: date | None = None
        if self.scope.checkedId() == MEETINGS:
            meetings = self.chosen_meetings()
        else:
            first, last = self._period() or (None, None)
        remember_paper(paper)
        _remember_folder(target)
        preparing = self.tr("Gathering the records…")
        building = self.tr("Building %1…").replace("%1", target.name)

        def work(progress: Progress) -> tuple[int, PrintNotes]:
            progress.report(0, 0, preparing)
            notes = PrintNotes()
            pages = write_packet(
                db, meetings, first, last, target, paper=paper, sections=sections,
                progress=lambda done, total: progress.report(done, total, building),
                cancelled=progress.cancelled, lang=lang, notes=notes,
            )
            return pages, notes

        self.error = None
        self.built = None
        self.status.setText(building)
        self.task = BackgroundTask(work, parent=self, label=building)
        self.task.succeeded.connect(lambda result: self._done(target, *result))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self._update()
        return self.task.start()

    def _done(self, target: Path, pages: int, notes: PrintNotes) -> None:
        self.task = None
        self.pages = pages
        self.notes = notes
        self.built = target
        self.status.setText(self.tr("Built %1 (%2 pages).").replace("%1", str(target))
                            .replace("%2", str(pages)))
        self._update()
        self.preview_button.setDefault(True)
        self.preview_button.setFocus()

    def _cancelled(self) -> None:
        self.task = None
        self.status.setText(self.tr("Cancelled: no packet was written."))
        self._update()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.error = error_text(error)
        self.status.setText(self.tr("The packet was not written."))
        self._update()
        prompts.warn(self, self.tr("Briefing Packet"), self.tr("The packet was not written."),
                     informative=self.error)

    def open_preview(self) -> PdfPreviewDialog | None:
        """Show the packet just built in the preview (a window of its own)."""
        if self.built is None:
            return None
        preview = PdfPreviewDialog(self.built, self.parentWidget() or self, self.notes)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        return preview

    def reject(self) -> None:
        """Close, cancelling a build still running."""
        if self.task is not None:
            self.task.cancel()
        super().reject()


# ==================================================================== the preview


def render_page(page: Any, scale: float) -> QImage:
    """One pypdfium2 page as a QImage (white background) at scale pixels per point."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                         fill_color=(255, 255, 255, 255))
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # own the pixels before the bitmap goes
    finally:
        bitmap.close()


class PdfPreviewDialog(QDialog):
    """A PDF shown one page at a time (rendered on demand), with zoom and Print….

    Keys: PgUp/PgDn page, Ctrl++/Ctrl+- zoom, Ctrl+0 fit width, Ctrl+P print, Esc close.
    `error` says why a file could not be shown. ``notes``: what the print job could not
    do as asked (characters no font has, fields left untranslated), said above the page.
    """

    def __init__(self, path: Path | str, parent: QWidget | None = None,
                 notes: PrintNotes | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.notes = notes or PrintNotes()
        self.page = 0
        self.zoom = 1.0
        self.error: str | None = None
        self._fitted = False  # the first show fits the page to the width
        self._doc: Any = None
        self._cache: dict[tuple[int, float], QPixmap] = {}
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.setObjectName("pdfPreviewDialog")
        self.setAccessibleName(self.tr("PDF preview"))
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", self.path.name))
        self.resize(760, 900)
        self._build()
        try:
            self._doc = pdfium.PdfDocument(str(self.path))
        except (pdfium.PdfiumError, OSError) as exc:
            self.error = str(exc) or type(exc).__name__
        self.show_page(0)

    @property
    def page_count(self) -> int:
        """How many pages the file has (0 when it could not be opened)."""
        return len(self._doc) if self._doc is not None else 0

    def _build(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("previewToolBar")
        bar.setAccessibleName(self.tr("Preview tool bar"))

        def action(name: str, text: str, keys: list[QKeySequence], slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(keys)
            shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            act.setToolTip(f"{text.replace('&', '')} ({shortcut})" if shortcut else text)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        k = QKeySequence
        self.print_action = action("previewPrintAction", self.tr("&Print…"),
                                   [k(k.StandardKey.Print)], self.print_document)
        self.previous_action = action("previewPreviousAction", self.tr("Previous Page"),
                                      [k(Qt.Key.Key_PageUp)], lambda: self.show_page(self.page - 1))
        self.next_action = action("previewNextAction", self.tr("Next Page"),
                                  [k(Qt.Key.Key_PageDown)], lambda: self.show_page(self.page + 1))
        self.zoom_out_action = action("previewZoomOutAction", self.tr("Zoom Out"),
                                      [k(k.StandardKey.ZoomOut)], lambda: self.step_zoom(-1))
        self.zoom_in_action = action("previewZoomInAction", self.tr("Zoom In"),
                                     [k(k.StandardKey.ZoomIn), k("Ctrl+=")], lambda: self.step_zoom(1))
        self.fit_action = action("previewFitWidthAction", self.tr("Fit Width"),
                                 [k("Ctrl+0")], self.fit_width)
        bar.addAction(self.previous_action)
        self.page_label = QLabel("", bar)
        self.page_label.setObjectName("previewPageLabel")
        self.page_label.setMinimumWidth(70)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        self.zoom_label = QLabel("", bar)
        self.zoom_label.setObjectName("previewZoomLabel")
        self.zoom_label.setMinimumWidth(50)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_action)
        for act in bar.actions():
            button = bar.widgetForAction(act)
            if button is not None and act.objectName():
                _name(button, act.objectName().removesuffix("Action") + "Button",
                      act.text().replace("&", "").removesuffix("…"))

        self.canvas = QLabel(self)
        self.canvas.setObjectName("previewPage")
        self.canvas.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas.setMargin(12)  # the dark background shows around the paper
        self.scroll_area = QScrollArea(self)
        _name(self.scroll_area, "previewScroll", self.tr("Page"))
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        _name(self.print_button, "previewPrint", self.tr("Print the PDF"))
        self.print_button.clicked.connect(self.print_document)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        _name(close, "closeButton", self.tr("Close the preview"))
        buttons.rejected.connect(self.reject)

        self.warning = QLabel(self)
        self.warning.setObjectName("previewUnprintable")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.warning.setContentsMargins(8, 4, 8, 4)
        self.warning.setText(self.tr(
            "These characters cannot be printed (no font has them) and show as empty "
            "boxes: %1").replace("%1", rd.describe_unprintable(self.notes.unprintable)))
        self.warning.setVisible(bool(self.notes.unprintable))
        self.untranslated = QLabel(self)
        self.untranslated.setObjectName("previewUntranslated")
        self.untranslated.setWordWrap(True)
        self.untranslated.setTextFormat(Qt.TextFormat.PlainText)
        self.untranslated.setContentsMargins(8, 0, 8, 4)
        self.untranslated.setText(
            self.tr("Printed in the original language, with no translation: %1").replace(
                "%1", ", ".join(self.notes.untranslated_fields())))
        self.untranslated.setToolTip("\n".join(self.notes.untranslated))  # each record
        self.untranslated.setVisible(bool(self.notes.untranslated))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.untranslated)
        layout.addWidget(self.scroll_area, 1)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 0)
        row.addWidget(buttons)
        layout.addLayout(row)

    # ------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """The first time: the page as wide as the view."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_width()

    def show_page(self, index: int) -> None:
        """Show page index (0-based, clamped), rendered now if not seen at this zoom."""
        total = self.page_count
        if total == 0:
            self.canvas.setText(self.tr("This PDF cannot be shown: %1").replace(
                "%1", self.error or self.tr("it has no pages")))
            self.page_label.setText("0 / 0")
            for act in (self.print_action, self.previous_action, self.next_action,
                        self.zoom_in_action, self.zoom_out_action, self.fit_action):
                act.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.page = max(0, min(index, total - 1))
        self.canvas.setPixmap(self._pixmap(self.page))
        self.canvas.adjustSize()
        self.page_label.setText(f"{self.page + 1} / {total}")
        self.page_label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                          .replace("%2", str(total)))
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.previous_action.setEnabled(self.page > 0)
        self.next_action.setEnabled(self.page < total - 1)
        self.zoom_out_action.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_action.setEnabled(self.zoom < ZOOMS[-1])
        self.scroll_area.verticalScrollBar().setValue(0)

    def _pixmap(self, index: int) -> QPixmap:
        key = (index, self.zoom)
        if key not in self._cache:
            if len(self._cache) > 8:  # only a few pages kept: a packet may have hundreds
                self._cache.pop(next(iter(self._cache)))
            ratio = self.devicePixelRatioF()
            dpi = self.logicalDpiX() or 96
            image = render_page(self._doc[index], self.zoom * dpi / 72 * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._cache[key] = pixmap
        return self._cache[key]

    def set_zoom(self, zoom: float) -> None:
        """Show the page at zoom (1.0: actual size on screen)."""
        self.zoom = max(0.25, min(zoom, 4.0))
        self.show_page(self.page)

    def step_zoom(self, direction: int) -> None:
        """The next zoom level up (1) or down (-1)."""
        if direction > 0:
            self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def fit_width(self) -> None:
        """Zoom so that the page fills the width of the view."""
        if self.page_count == 0:
            return
        width_pt = self._doc[self.page].get_size()[0]
        bar = self.scroll_area.verticalScrollBar()
        # The view's width once the vertical scroll bar is there (a fitted page is taller).
        available = (self.scroll_area.viewport().width() - 2 * self.canvas.margin()
                     - (0 if bar.isVisible() else bar.sizeHint().width()))
        dpi = self.logicalDpiX() or 96
        self.set_zoom(available / (width_pt * dpi / 72))

    # ------------------------------------------------------------ printing

    def print_document(self) -> bool:
        """Ask for a printer (QPrintDialog), then paint every chosen page onto it."""
        total = self.page_count
        if total == 0:
            return False
        printer = self.printer
        width, height = self._doc[self.page].get_size()
        printer.setPageSize(QPageSize(QSize(round(width), round(height))))  # nearest paper
        printer.setFromTo(1, total)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, total)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            pages = [self.page]
        elif printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, min(printer.toPage(), total)))
        else:
            pages = list(range(total))
        return self.print_pages(printer, pages)

    def print_pages(self, printer: QPrinter, pages: list[int]) -> bool:
        """Render pages at the printer's resolution (capped) and paint them, each filling the paper.

        Runs in the GUI thread (pypdfium2 documents are not shared between threads); a
        progress dialog with Cancel is shown for long jobs.
        """
        printer.setFullPage(True)  # the PDF page already has its margins
        printer.setDocName(self.path.stem)
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setObjectName("printProgress")
        progress.setAccessibleName(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            prompts.warn(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            for n, index in enumerate(pages):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if n:
                    printer.newPage()
                image = render_page(self._doc[index], dpi / 72)
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(self._fit(image, target), image)
                progress.setValue(n + 1)
        finally:
            painter.end()
            progress.close()
        return True

    @staticmethod
    def _fit(image: QImage, area: QRect) -> QRect:
        """The largest rectangle of image's shape centred in area."""
        if image.width() == 0 or image.height() == 0:
            return area
        scale = min(area.width() / image.width(), area.height() / image.height())
        w, h = round(image.width() * scale), round(image.height() * scale)
        return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)

    # ------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        """Close the document with the dialog."""
        self._close_document()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Close the document with the window."""
        self._close_document()
        super().closeEvent(event)

    def _close_document(self) -> None:
        self._cache.clear()
        if self._doc is not None:
            self._doc.close()
            self._doc = None
