"""The briefing packet dialog: meetings (or a period), sections, paper and file; Build writes it.

The PDF is written by services.printing in a worker (workers.BackgroundTask, with a
progress dialog and cancel); the dialog only gathers choices and shows the result.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_packet_dialog import Ui_PacketDialog
from migdesk.gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from migdesk.gui.pdf_preview import PdfPreviewDialog
from migdesk.gui.print_settings import (
    file_name,
    name_widget,
    paper_names,
    remember_folder,
    remember_paper,
    remembered_folder,
    remembered_paper,
)
from migdesk.gui.save_path import ask_save_path, with_suffix
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.widgets.wheel_guard import guard_widget
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services import printing as rd
from migdesk.services.desk import Database
from migdesk.services.printing import PrintNotes, write_packet
from migdesk.services.records import list_records

SECTION_LABELS = {
    rd.SUMMARIES: QT_TRANSLATE_NOOP("PacketDialog", "Meeting &summaries"),
    rd.MANDATES: QT_TRANSLATE_NOOP("PacketDialog", "&Mandates and what was done about them"),
    rd.ACTIONS: QT_TRANSLATE_NOOP("PacketDialog", "Open follow-up &actions"),
    rd.EVENTS: QT_TRANSLATE_NOOP("PacketDialog", "Upcoming &events"),
    rd.DOCUMENTS: QT_TRANSLATE_NOOP("PacketDialog", "&Documents"),
    rd.ATTACHMENTS: QT_TRANSLATE_NOOP("PacketDialog", "Attached document &PDFs"),
}

MEETINGS, PERIOD = 0, 1


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
        self._build(set(preselected_meeting_ids))
        self.setObjectName("packetDialog")
        self._update()

    # ------------------------------------------------------------ layout

    def _build(self, preselected: set[str]) -> None:
        """The layout comes from ui/packet_dialog.ui; here: the lists, names and signals."""
        self.ui = Ui_PacketDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.scope = QButtonGroup(self)
        self.by_meeting, self.by_period = ui.packetByMeeting, ui.packetByPeriod
        self.scope.addButton(self.by_meeting, MEETINGS)
        self.scope.addButton(self.by_period, PERIOD)
        self.scope.idToggled.connect(lambda *_: self._update())

        self.filter = ui.packetMeetingFilter
        for button in self.filter.findChildren(QToolButton):  # Qt's clear button
            name_widget(button, "packetMeetingFilterClear", self.tr("Clear the filter"))
        self.filter.textChanged.connect(self._filter_meetings)
        self.meetings = ui.packetMeetingList
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
        self.check_shown, self.uncheck_all = ui.packetCheckShown, ui.packetUncheckAll
        self.check_shown.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        self.uncheck_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))

        self.date_from, self.date_to = ui.packetDateFrom, ui.packetDateTo
        self.date_from.set_accessible_label(self.tr("First day of the period"))
        self.date_to.set_accessible_label(self.tr("Last day of the period"))
        self.date_from.calendarButton.setObjectName("packetDateFromCalendar")
        self.date_to.calendarButton.setObjectName("packetDateToCalendar")
        for edit in (self.date_from, self.date_to):
            edit.textEdited.connect(lambda _: self._update())
            edit.editingFinished.connect(self._update)

        self.sections: dict[str, QCheckBox] = {}
        for n, key in enumerate(rd.SECTION_ORDER):
            box = QCheckBox(self.tr(SECTION_LABELS[key]), ui.sectionsBox)
            name_widget(box, f"packetSection_{key}", self.tr(SECTION_LABELS[key]).replace("&", ""))
            box.setChecked(True)
            box.toggled.connect(lambda _: self._update())
            ui.sectionsGrid.addWidget(box, n // 2, n % 2)
            self.sections[key] = box

        self.paper = ui.packetPaper
        guard_widget(self.paper)
        for key, label in paper_names():
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(self.paper.findData(remembered_paper()), 0))
        self.language = ui.packetLanguage
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.path = ui.packetPath
        self.path.setText(str(remembered_folder() / file_name(
            self.tr("Briefing packet"), date.today().isoformat())))
        self.path.textChanged.connect(lambda _: self._update())
        ui.packetBrowse.clicked.connect(self.choose_file)
        self.status = ui.packetStatus

        self.buttons = ui.buttonBox
        self.build_button = self.buttons.addButton(
            self.tr("&Build"), QDialogButtonBox.ButtonRole.ActionRole)
        name_widget(self.build_button, "packetBuild", self.tr("Build the briefing packet"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start_build)
        accept_on_ctrl_enter(self, self.start_build)
        self.preview_button = self.buttons.addButton(
            self.tr("Open Pre&view"), QDialogButtonBox.ButtonRole.ActionRole)
        name_widget(self.preview_button, "packetPreview", self.tr("Open the packet in the preview"))
        self.preview_button.clicked.connect(self.open_preview)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        name_widget(close, "closeButton", self.tr("Close the briefing packet dialog"))
        self.buttons.rejected.connect(self.reject)

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
        target = ask_save_path(self, self.tr("Briefing Packet"), self.path.text(),
                               self.tr("PDF files (*.pdf)"), ".pdf")
        if target is not None:
            self.path.setText(str(target))

    # ------------------------------------------------------------ building

    def target(self) -> Path:
        """The file the packet is written to (always .pdf)."""
        return with_suffix(self.path.text().strip(), ".pdf")

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
        remember_folder(target)
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
