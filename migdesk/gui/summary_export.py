"""File > Export Meeting Summary…: a Save As with the paper size, the PDF written in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.i18n import translate
from migdesk.gui.print_settings import (
    file_name,
    name_widget,
    paper_names,
    remember_folder,
    remember_paper,
    remembered_folder,
    remembered_paper,
    show_status,
)
from migdesk.gui.widgets.wheel_guard import guard_widget
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services import printing as rd
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError
from migdesk.services.printing import PrintNotes, write_summary
from migdesk.services.records import get_record


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
        name_widget(self.paperCombo, "summaryPaper", translate("PrintDialogs", "Paper size"))
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
    start = remembered_folder() / file_name(v.get("date") or "", v.get("title") or "")
    dialog = SummaryFileDialog(window, start, remembered_paper())
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    paper = dialog.paper()
    remember_paper(paper)
    target = Path(dialog.selectedFiles()[0])
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    remember_folder(target)

    notes = PrintNotes()

    def work(progress: Progress) -> Path:
        write_summary(db, meeting.id, target, paper=paper, notes=notes)
        return target

    def written(path: Path) -> None:
        show_status(window, translate("PrintDialogs", "Summary written to %1").replace("%1", str(path)))
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
