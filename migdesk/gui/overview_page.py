"""View > Body Overview: a body's meetings per year and its open actions, drawn and listed.

Two charts (widgets/bar_chart.py) and the open actions grouped as a delegate plans:
overdue, this week, later, no due date. Activating an action shows it in the window.
Data comes from services/overview.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from migdesk.gui.forms.ui_overview_dialog import Ui_OverviewDialog
from migdesk.gui.widgets.choices import bucket_name
from migdesk.services.desk import Database
from migdesk.services.overview import BodyOverview, DueBucket, body_overview
from migdesk.services.records import get_record, get_records

#: Bar colours per bucket (readable on light and dark windows).
_BUCKET_COLOURS = {
    DueBucket.OVERDUE: "#c0392b",
    DueBucket.THIS_WEEK: "#e6a23c",
    DueBucket.LATER: "#3b7dd8",
    DueBucket.NO_DATE: "#8a8a8a",
}
_MEETING_COLOUR = "#3b7dd8"


class OverviewDialog(QDialog):
    """The overview page of one body (and the bodies under it)."""

    actionActivated = Signal(str)  # id of the action the user opened

    def __init__(
        self,
        db: Database,
        body_id: str,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OverviewDialog()
        self.ui.setupUi(self)  # the frame: ui/overview_dialog.ui; charts and tree filled here
        ui = self.ui
        self.setObjectName("overviewDialog")
        self._db = db
        body = get_record(db, "organizations", body_id)
        self.setWindowTitle(self.windowTitle().replace("%1", body.label))
        self.overview = body_overview(db, body_id, today())
        ui.overviewHeading.setText(body.label)
        font = ui.overviewHeading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        ui.overviewHeading.setFont(font)
        for caption in (ui.meetingsCaption, ui.actionsCaption):
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meetingsChart = ui.meetingsPerYearChart
        self.actionsChart = ui.openActionsChart
        self.summary = ui.openActionsSummary
        self.actionsTree = ui.openActionsTree
        self.actionsTree.itemActivated.connect(self._activated)
        ui.overviewButtons.rejected.connect(self.reject)
        self._fill(self.overview)

    def _fill(self, overview: BodyOverview) -> None:
        years = overview.meetings_per_year
        if years:
            span = range(min(years), max(years) + 1)  # years without meetings show as gaps
            self.meetingsChart.set_data(
                [str(y) for y in span],
                [(self.tr("Meetings"), QColor(_MEETING_COLOUR), [years.get(y, 0) for y in span])],
            )
        months = overview.actions_by_month()
        self.actionsChart.set_data(
            list(months),
            [
                (bucket_name(b), QColor(_BUCKET_COLOURS[b]), [m.get(b, 0) for m in months.values()])
                for b in (DueBucket.OVERDUE, DueBucket.THIS_WEEK, DueBucket.LATER)
            ],
        )
        counts = overview.bucket_counts()
        self.summary.setText(
            " · ".join(f"{bucket_name(b)}: {n}" for b, n in counts.items())
        )
        responsible_ids = [a.responsible_id for a in overview.open_actions if a.responsible_id]
        names = {
            rid: r.label for rid, r in get_records(self._db, "organizations", responsible_ids).items()
        }
        groups: dict[DueBucket, QTreeWidgetItem] = {}
        for action in overview.open_actions:
            group = groups.get(action.bucket)
            if group is None:
                group = QTreeWidgetItem(self.actionsTree, [bucket_name(action.bucket)])
                group.setForeground(0, QColor(_BUCKET_COLOURS[action.bucket]))
                group.setFirstColumnSpanned(True)
                groups[action.bucket] = group
            item = QTreeWidgetItem(
                group,
                [
                    action.due_date or "",
                    " ".join(action.description.split()),
                    names.get(action.responsible_id or "", ""),
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(1, action.description[:500])
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.actionsTree.expandAll()
        self.actionsTree.resizeColumnToContents(0)
        self.actionsTree.setColumnWidth(1, 460)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        action_id = item.data(0, Qt.ItemDataRole.UserRole)
        if action_id:
            self.actionActivated.emit(str(action_id))

