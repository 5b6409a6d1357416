"""The right-hand panel: a heading for the selected record and its kind's form below.

One form per kind is made when first needed (new_record_dialog.create_form) and kept in a
stack. The panel forwards the forms' `fieldCommitted` with the form as the change's
origin, and shows records again when a Change touches them (undo, redo, edits
elsewhere), except in the form the change came from, which already shows it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from migdesk.gui import prompts
from migdesk.gui.icons import icon
from migdesk.gui.labels import kind_name, kind_title
from migdesk.gui.new_record_dialog import create_form
from migdesk.gui.record_form import CreateHandler, RecordForm
from migdesk.gui.translations_dialog import translatable_fields
from migdesk.services.desk import Database
from migdesk.services.records import Change, Record

#: A longer heading is cut (with "…") so that it never pushes the form out of sight.
HEADING_CHARS = 160


class RecordPanel(QWidget):
    """Shows and edits one record with its kind's form."""

    fieldCommitted = Signal(str, str, object, object)  # kind, record id, {field: value}, form
    translationsRequested = Signal(str, str)  # kind, record id: Translations… was clicked
    attachRequested = Signal(str, str, str)  # kind, record id, path of the file
    attachmentRemoveRequested = Signal(str)  # attachment id
    newRecordRequested = Signal(str, object)  # kind, default values (a person's Add Office…)
    recordOpenRequested = Signal(str, str)  # kind, id (an office in a person's form)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordPanel")
        self.setAccessibleName(self.tr("Record"))
        self._db: Database | None = None
        self._create_handler: CreateHandler | None = None
        self._forms: dict[str, RecordForm] = {}
        self._record: Record | None = None
        self._read_only = False

        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("recordKindLabel")
        self.kind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        caption = self.kind_label.font()
        caption.setCapitalization(caption.Capitalization.AllUppercase)
        caption.setLetterSpacing(caption.SpacingType.PercentageSpacing, 108)
        caption.setPointSizeF(caption.pointSizeF() * 0.85)
        self.kind_label.setFont(caption)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("recordTitleLabel")
        self.title_label.setAccessibleName(self.tr("Record title"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # user text is data
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = self.title_label.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        heading.setBold(True)
        self.title_label.setFont(heading)

        header = QWidget(self)
        header.setObjectName("recordHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 4)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.kind_label)
        header_layout.addWidget(self.title_label)
        self.translations_button = QPushButton(self.tr("&Translations…"), header)
        self.translations_button.setObjectName("translationsButton")
        self.translations_button.setToolTip(
            self.tr("This record's texts in Spanish, French, Portuguese and English")
        )
        self.translations_button.clicked.connect(self._request_translations)
        header_layout.addWidget(self.translations_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.header = header

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("formStack")
        self.empty_page = self._make_empty_page()
        self.stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        self.show_record(None)

    def _make_empty_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("emptyRecordPage")
        badge = QLabel(page)
        badge.setPixmap(icon("documents").pixmap(40, 40))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setEnabled(False)
        text = QLabel(self.tr("Select a record to see and edit it here."), page)
        text.setObjectName("emptyRecordText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(badge)
        layout.addWidget(text)
        layout.addStretch(2)
        return page

    # ---------------------------------------------------------------- setup

    def set_database(
        self, db: Database | None, create_handler: CreateHandler | None, *, read_only: bool = False
    ) -> None:
        """Edit another database (read_only: show it only); the forms of the previous one are dropped."""
        self.show_record(None)
        for form in self._forms.values():
            self.stack.removeWidget(form)
            form.deleteLater()
        self._forms.clear()
        self._db = db
        self._create_handler = create_handler
        self._read_only = read_only

    def form(self, kind: str) -> RecordForm:
        """The form of a kind (made on first use)."""
        form = self._forms.get(kind)
        if form is None:
            assert self._db is not None, "no database is open"
            form = create_form(kind, self._db, self.stack)
            form.setAccessibleName(self.tr("%1 form").replace("%1", kind_title(kind)))
            if self._create_handler is not None:
                form.set_create_handler(self._create_handler)
            form.set_read_only(self._read_only)
            form.fieldCommitted.connect(self._forward_commit)
            if form.offices is not None:
                form.offices.newRequested.connect(self.newRecordRequested)
                form.offices.openRequested.connect(self.recordOpenRequested)
            if form.attachments is not None:
                form.attachments.attachRequested.connect(self.attachRequested)
                form.attachments.removeRequested.connect(self.attachmentRemoveRequested)
            self.stack.addWidget(form)
            self._forms[kind] = form
        return form

    def _request_translations(self) -> None:
        if self._record is not None:
            self.translationsRequested.emit(self._record.kind, self._record.id)

    def _forward_commit(self, kind: str, record_id: str, values: Any) -> None:
        origin = self.sender()
        self.fieldCommitted.emit(kind, record_id, values, origin)

    # ---------------------------------------------------------------- showing records

    @property
    def record(self) -> Record | None:
        """The record shown (None: the empty page)."""
        return self._record

    def current_form(self) -> RecordForm | None:
        """The form on show, if a record is shown."""
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, RecordForm) else None

    def may_leave(self, next_record: Record | None = None) -> bool:
        """Before the form moves on: an entry that cannot be saved is not dropped without asking.

        True when the form may show another record (nothing invalid, or the user chose
        Discard); False (Keep Editing) puts the focus back on the first faulty field.
        """
        form = self.current_form()
        shown = self._record
        if form is None or shown is None:
            return True
        if next_record is not None and next_record.id == shown.id:
            return True
        problems = form.unsaved_problems()
        if not problems:
            return True
        lines = [f"{form.field_widget(n).accessibleName()}: {why}" for n, why in problems.items()]
        choice = prompts.choose(
            self,
            self.tr("Entry Not Saved"),
            self.tr("The %1 “%2” has an entry that cannot be saved.")
            .replace("%1", kind_name(shown.kind))
            .replace("%2", shown.label),
            [self.tr("Keep Editing"), self.tr("Discard")],
            informative="\n".join(lines),
        )
        if choice == 1:
            form.set_record(None)  # not the same record: the entry being typed is not kept
            form.set_record(shown)  # the stored values again: nothing left to ask about
            return True
        form.field_widget(next(iter(problems))).setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def show_record(self, record: Record | None) -> None:
        """Show a record in its kind's form (None: the empty page)."""
        self._record = record
        if record is None or self._db is None:
            self._record = None
            self.kind_label.clear()
            self.title_label.clear()
            self.header.setVisible(False)
            self.stack.setCurrentWidget(self.empty_page)
            return
        form = self.form(record.kind)
        form.set_record(record)
        self._show_heading(record)
        self.stack.setCurrentWidget(form)

    def _show_heading(self, record: Record) -> None:
        self.header.setVisible(True)
        self.translations_button.setVisible(bool(translatable_fields(record.kind)))
        self.kind_label.setText(kind_title(record.kind))
        title = record.label.removeprefix("—: ")  # unattributed remarks
        shown = title if len(title) <= HEADING_CHARS else title[: HEADING_CHARS - 1].rstrip() + "…"
        self.title_label.setText(shown)
        self.title_label.setToolTip(title[:1000] if shown != title else "")

    def apply_change(self, change: Change, origin: object) -> None:
        """Show the record again if the Change touched it (not in the form that made it)."""
        record = self._record
        if record is None:
            return
        form = self.current_form()
        if change.ids("attachments") and form is not None and form.attachments is not None:
            form.attachments.refresh()
        if change.ids("offices") and form is not None and form.offices is not None:
            form.offices.refresh()
        for item in change.items:
            if item.kind != record.kind or item.id != record.id:
                continue
            if item.after is None or item.after.get("deleted_at") is not None:
                self.show_record(None)
                return
            fresh = Record(record.kind, record.id, item.after)
            self._record = fresh
            self._show_heading(fresh)
            form = self.current_form()
            if form is not None and form is not origin:
                form.set_record(fresh)
            return
