"""An optional date field: a line edit taking YYYY-MM-DD plus a calendar popup; may be empty.

QDateEdit cannot be empty, and most dates in the record are optional (an agenda
document without a date, an action without a due date), so this composite is used.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from migdesk.gui.icons import icon

_ISO_SHAPE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> str | None:
    """The ISO date of text (YYYY-MM-DD, blank -> None); ValueError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    return date.fromisoformat(text).isoformat()


class DateEdit(QWidget):
    """An optional date: type YYYY-MM-DD or pick it from the calendar (Alt+Down); blank is no date.

    `editingFinished` fires on Return, on leaving the field and on a calendar pick;
    `textEdited` on every keystroke (for validation as the user types).
    """

    editingFinished = Signal()
    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit = QLineEdit(self)
        self.lineEdit.setObjectName("lineEdit")
        self.lineEdit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.lineEdit.setMaxLength(10)
        metrics = self.lineEdit.fontMetrics()
        self.lineEdit.setMinimumWidth(metrics.horizontalAdvance("0000-00-00") + 24)
        self.calendarButton = QToolButton(self)
        self.calendarButton.setObjectName("calendarButton")
        self.calendarButton.setIcon(icon("calendar"))
        self.calendarButton.setToolTip(self.tr("Choose a date (Alt+Down)"))
        self.calendarButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendarButton.setAutoRaise(True)

        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendarButton.clicked.connect(self.show_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.lineEdit, 1)
        layout.addWidget(self.calendarButton)
        self.setFocusProxy(self.lineEdit)
        self.lineEdit.installEventFilter(self)
        self.lineEdit.editingFinished.connect(self._finished)
        self.lineEdit.textEdited.connect(self.textEdited)
        self._committed_text = ""

    # ------------------------------------------------------------------ value

    def text(self) -> str:
        """What is typed in the field."""
        return self.lineEdit.text()

    def set_value(self, iso: str | None) -> None:
        """Show an ISO date, or nothing; emits no signal."""
        self.lineEdit.setText(iso or "")
        self._committed_text = self.lineEdit.text()

    def value(self) -> str | None:
        """The ISO date typed (None when blank); ValueError when the text is not a date."""
        return parse_date(self.lineEdit.text())

    def error(self) -> str | None:
        """Why the text is not a date, or None."""
        try:
            self.value()
        except ValueError:
            text = self.lineEdit.text().strip()
            return self._impossible_day(text) or self.tr(
                "“{0}” is not a date: use YYYY-MM-DD, e.g. 2009-02-13"
            ).format(text)
        return None

    def _impossible_day(self, text: str) -> str | None:
        """For text written right but naming no day ("2009-02-30"), the reason in words."""
        match = _ISO_SHAPE.fullmatch(text)
        if match is None:
            return None
        year, month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return self.tr("There is no month {0}: months go from 01 to 12").format(month)
        if day < 1 or year < 1:
            return None
        month_name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return self.tr("{0} {1} has no day {2}").format(month_name, year, day)

    def set_accessible_label(self, name: str) -> None:
        """Name the composite and its parts for screen readers."""
        self.setAccessibleName(name)
        self.lineEdit.setAccessibleName(name)
        self.calendarButton.setAccessibleName(self.tr("Choose {0} from a calendar").format(name))

    # --------------------------------------------------------------- internals

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Alt+Down (or F4) opens the calendar, as in QDateEdit."""
        if watched is self.lineEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        """Show the date only: no typing, no calendar."""
        self.lineEdit.setReadOnly(read_only)
        self.calendarButton.setVisible(not read_only)

    def show_calendar(self) -> None:
        """Open the calendar under the field, on the date typed (or today); not when read only."""
        if self.lineEdit.isReadOnly():
            return
        self._menu.popup(self.lineEdit.mapToGlobal(self.lineEdit.rect().bottomLeft()))

    def _prepare_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        qdate = QDate.fromString(current, Qt.DateFormat.ISODate) if current else QDate.currentDate()
        self.calendar.setSelectedDate(qdate)
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        self._menu.close()
        self.lineEdit.setText(qdate.toString(Qt.DateFormat.ISODate))
        self.textEdited.emit(self.lineEdit.text())
        self.lineEdit.setFocus()
        self._finished()

    def _finished(self) -> None:
        # QLineEdit emits editingFinished twice when Return is followed by leaving the field.
        if self.lineEdit.text() == self._committed_text and not self.lineEdit.isModified():
            return
        self.lineEdit.setModified(False)
        self._committed_text = self.lineEdit.text()
        self.editingFinished.emit()
