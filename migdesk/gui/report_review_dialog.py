"""Review of an imported report: the source beside the proposed records, then Import.

Each record in the tree shows the source lines it came from (selecting it highlights
them), how sure the parser is, and whether the database already holds it. The delegate
corrects an intervention's speaker, merges a record with the next or splits it after its
first sentence; Import (OK) writes the whole draft through the window's undo stack as
one change (`review_report`). The form is ui/report_review_dialog.ui.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from migdesk.domain.report_parse import DraftRecord
from migdesk.domain.vocab import SpeakerKind
from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_report_review_dialog import Ui_ReportReviewDialog
from migdesk.gui.report_texts import (
    KIND_TITLES,
    kind_group_title,
    reason_text,
    record_words,
    speaker_kind_text,
    warning_text,
)
from migdesk.services import report_import
from migdesk.services.errors import MigdeskError
from migdesk.services.report_import import ImportDraft
from migdesk.services.report_import.editing import (
    TEXT_FIELDS,
    merge_with_next,
    set_speaker,
    split_after_sentence,
)

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase

KEY_ROLE = Qt.ItemDataRole.UserRole


def record_label(record: DraftRecord) -> str:
    """One line naming a proposed record."""
    v = record.values
    if record.kind == "interventions":
        who = v["speaker"] or record_words("no speaker")
        return f"{who}: {v['text']}"
    if record.kind == "actions":
        return f"{v['number'] or '·'}. {v['description']}"
    if record.kind == "meetings":
        return f"{v['date'] or '?'} {v['title']} ({v['place'] or record_words('place')})"
    if record.kind == "events":
        return f"{v['title']} ({v['start_date'] or '?'})"
    if record.kind in ("resolutions", "documents"):
        return " ".join(t for t in (v["symbol"], v.get("title") or "") if t)
    if record.kind == "invitations":
        return record_words("invitation").replace("%1", str(v['response']))
    return str(v.get("name") or v.get("title") or v.get("text") or record.key)


class ReportReviewDialog(QDialog):
    """The draft of one report, to correct and accept; `draft` is what Import writes."""

    def __init__(self, draft: ImportDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.ui = Ui_ReportReviewDialog()
        self.ui.setupUi(self)
        self.setObjectName("reportReviewDialog")
        self.setWindowTitle(self.tr("Import Report %1").replace("%1", draft.path.name))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setObjectName("importButton")
        ok.setAccessibleName(self.tr("Import the draft"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for kind in SpeakerKind:
            self.ui.speakerKindCombo.addItem(speaker_kind_text(kind), kind.value)
        self.ui.speakerButton.clicked.connect(self.apply_speaker)
        self.ui.mergeButton.clicked.connect(self.merge_selected)
        self.ui.splitButton.clicked.connect(self.split_selected)
        self.ui.recordTree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.ui.splitter.setSizes([520, 640])
        self._fill_source()
        self._fill()

    # ------------------------------------------------------------ filling

    def _fill_source(self) -> None:
        view = self.ui.sourceView
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        view.setPlainText("\n".join(f"{line.number:>4}  {line.text}" for line in self.draft.lines))

    def _fill(self, select: str | None = None) -> None:
        tree = self.ui.recordTree
        tree.clear()
        chosen = None
        for kind in KIND_TITLES:
            records = self.draft.report.of(kind)
            if not records:
                continue
            group = QTreeWidgetItem(tree, [f"{kind_group_title(kind)} ({len(records)})"])
            group.setFirstColumnSpanned(False)
            for record in records:
                item = QTreeWidgetItem(group, self._columns(record))
                item.setData(0, KEY_ROLE, record.key)
                item.setToolTip(0, record_label(record))
                if record.key == select:
                    chosen = item
            group.setExpanded(kind in ("meetings", "interventions", "actions", "decisions"))
        tree.header().resizeSection(0, 360)
        tree.header().resizeSection(1, 60)
        tree.header().resizeSection(2, 90)
        self.ui.problemsList.clear()
        self.ui.problemsList.addItems([self.tr("Warning: %1").replace("%1", warning_text(w)) for w in self.draft.report.warnings])
        self.ui.problemsList.addItems([
            self.tr("Not placed (lines %1–%2, %3): %4").replace("%1", str(u.lines[0]))
            .replace("%2", str(u.lines[1])).replace("%3", reason_text(u.reason)).replace("%4", u.text)
            for u in self.draft.report.unplaced
        ])  # fmt: skip
        self._summarise()
        if chosen is not None:
            tree.setCurrentItem(chosen)
        self._show_selected()

    def _columns(self, record: DraftRecord) -> list[str]:
        first, last = record.lines
        lines = "—" if not first else (str(first) if first == last else f"{first}–{last}")
        held = self.tr("existing") if record.key in self.draft.existing else self.tr("new")
        return [record_label(record), lines, f"{round(record.confidence * 100)} %", held]

    def _summarise(self) -> None:
        report = self.draft.report
        new = sum(1 for r in report.records if r.key not in self.draft.existing)
        meeting = report.meeting.values
        self.ui.summaryLabel.setText(
            self.tr("%1: meeting of %2 in %3 — %4 records (%5 new, %6 already in the database): "
                    "%7 interventions, %8 actions, %9 decisions.")
            .replace("%1", self.draft.path.name).replace("%2", meeting["date"] or "?")
            .replace("%3", meeting["place"] or "?").replace("%4", str(len(report.records)))
            .replace("%5", str(new)).replace("%6", str(len(report.records) - new))
            .replace("%7", str(len(report.of("interventions"))))
            .replace("%8", str(len(report.of("actions"))))
            .replace("%9", str(len(report.of("decisions"))))
        )  # fmt: skip

    # ------------------------------------------------------------ selection

    def selected(self) -> DraftRecord | None:
        """The proposed record selected in the tree."""
        item = self.ui.recordTree.currentItem()
        key = item.data(0, KEY_ROLE) if item is not None else None
        return self.draft.report.get(key) if key else None

    def select(self, key: str) -> None:
        """Select the record with this draft key."""
        tree = self.ui.recordTree
        groups = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
        for group in filter(None, groups):
            for item in filter(None, (group.child(m) for m in range(group.childCount()))):
                if item.data(0, KEY_ROLE) == key:
                    tree.setCurrentItem(item)
                    return

    def _show_selected(self) -> None:
        record = self.selected()
        is_intervention = record is not None and record.kind == "interventions"
        editable = record is not None and record.kind in TEXT_FIELDS
        for widget in (self.ui.speakerEdit, self.ui.speakerKindCombo, self.ui.speakerButton):
            widget.setEnabled(is_intervention)
        self.ui.mergeButton.setEnabled(editable)
        self.ui.splitButton.setEnabled(editable)
        if record is not None and is_intervention:
            self.ui.speakerEdit.setText(record.values["speaker"])
            self.ui.speakerKindCombo.setCurrentIndex(
                self.ui.speakerKindCombo.findData(record.values["speaker_kind"])
            )
        self._highlight(record.lines if record is not None else (0, 0))

    def _highlight(self, lines: tuple[int, int]) -> None:
        """Mark the source lines a record came from and scroll to them."""
        view = self.ui.sourceView
        selections = []
        first, last = lines
        if first:
            document = view.document()
            start = document.findBlockByNumber(first - 1)
            end = document.findBlockByNumber(last - 1)
            if start.isValid() and end.isValid():
                cursor = QTextCursor(start)
                cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format.setBackground(QColor("#fff1b8"))  # type: ignore[attr-defined]
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
                selections.append(selection)
                view.setTextCursor(QTextCursor(start))
                view.centerCursor()
        view.setExtraSelections(selections)

    # ------------------------------------------------------------ corrections

    def apply_speaker(self) -> None:
        """Give the selected intervention the speaker typed and the kind chosen."""
        record = self.selected()
        if record is None:
            return
        kind = self.ui.speakerKindCombo.currentData()
        self._edit(lambda: set_speaker(self.draft, record.key, self.ui.speakerEdit.text(), kind), record.key)

    def merge_selected(self) -> None:
        """Join the selected record with the next one of its kind."""
        record = self.selected()
        if record is not None:
            self._edit(lambda: merge_with_next(self.draft, record.key), record.key)

    def split_selected(self) -> None:
        """Cut the selected record after its first sentence."""
        record = self.selected()
        if record is not None:
            self._edit(lambda: split_after_sentence(self.draft, record.key), record.key)

    def _edit(self, change: object, key: str) -> None:
        try:
            change()  # type: ignore[operator]
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Import Report"), error_text(exc))
            return
        self._fill(select=key)


def review_report(window: WindowBase, path: Path) -> ReportReviewDialog | None:
    """Read a report and open its review; Import writes it as one undoable change."""
    db = window.db
    if db is None:
        return None
    try:
        draft = report_import.read_report(db, path)
    except MigdeskError as exc:
        prompts.warn(window, window.tr("Import Report"), error_text(exc))
        return None
    dialog = ReportReviewDialog(draft, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: write_reviewed(window, dialog.draft))
    dialog.open()
    return dialog


def write_reviewed(window: WindowBase, draft: ImportDraft) -> None:
    """Write an accepted draft through the undo stack (one step) and show its meeting."""
    writes = window.writes
    if not writes.ready:
        return
    text = window.tr("Import report %1").replace("%1", draft.path.name)
    change = writes.explained(  # one step on the undo stack; a refusal is explained
        lambda: writes.run(lambda db: report_import.write_draft(db, draft), text=text)
    )
    if change is not None:
        window.show_record("meetings", report_import.meeting_id(draft))
