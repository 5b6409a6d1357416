"""Record > Translations…: a record's text fields in the other official languages.

Each version is a `translations` record (record_id, field, language, text). The dialog
shows one text field at a time: its original, read-only, and one tab per other language.
Saving writes what changed as one undoable step on the window's undo stack: a new text
makes a translation record, a changed one updates it, an emptied one deletes it. The
services check each translation (the record exists, the field is a text field of its
kind, one per record, field and language); a refusal is shown and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QWidget

from migdesk.domain.vocab import Language
from migdesk.gui.forms.ui_translations_dialog import Ui_TranslationsDialog
from migdesk.gui.labels import field_title, kind_title
from migdesk.gui.widgets.choices import choice_label
from migdesk.gui.workers import DeskWrites
from migdesk.services.desk import Database
from migdesk.services.kinds import KINDS
from migdesk.services.records import Change, Record, list_records

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase

#: Text fields that are the same in every language (symbols, file facts, numbers).
_NOT_TRANSLATED = {"symbol", "filename", "media_type", "sha256", "number", "classification"}

Edit = tuple[str, str]  # (field, language)


def translatable_fields(kind: str) -> list[str]:
    """The fields of kind that can have versions in other languages, in form order."""
    return [
        f.name
        for f in KINDS[kind].fields
        if f.type in ("text", "longtext") and f.name not in _NOT_TRANSLATED
    ]


def stored_translations(db: Database, record_id: str) -> dict[Edit, Record]:
    """The live translation records of a record, by (field, language)."""
    found = list_records(db, "translations", where={"record_id": record_id})
    return {(t.values["field"], t.values["language"]): t for t in found}


class TranslationsDialog(QDialog):
    """Edit the language versions of one record's text fields."""

    def __init__(
        self, db: Database, record: Record, parent: QWidget | None = None, *, read_only: bool = False
    ) -> None:
        """read_only: the translations are shown, not edited (a database that refuses writes)."""
        super().__init__(parent)
        self.ui = Ui_TranslationsDialog()
        self.ui.setupUi(self)  # the frame: ui/translations_dialog.ui; one tab per language here
        self.setObjectName("translationsDialog")
        self.db = db
        self.record = record
        self.stored = stored_translations(db, record.id)
        self.texts: dict[Edit, str] = {k: str(t.values["text"]) for k, t in self.stored.items()}
        original = str(record.values.get("language") or Language.EN.value)
        self.languages = [lang.value for lang in Language if lang.value != original]
        self.setWindowTitle(
            self.windowTitle().replace("%1", record.label or kind_title(record.kind))
        )
        self.field_box = self.ui.translationFieldBox
        for name in translatable_fields(record.kind):
            self.field_box.addItem(field_title(name, record.kind), name)
        self.original = self.ui.translationOriginal
        self.original_label = self.ui.originalLabel
        self.tabs = self.ui.translationTabs
        self.editors: dict[str, QPlainTextEdit] = {}
        for lang in self.languages:
            editor = QPlainTextEdit(self.tabs)
            editor.setObjectName(f"translation_{lang}")
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            editor.setAccessibleName(self.tr("Text in %1").replace("%1", choice_label(lang)))
            editor.setReadOnly(read_only)
            if not read_only:
                editor.setPlaceholderText(self.tr("No translation yet: type it here."))
            editor.textChanged.connect(lambda lang=lang: self._edited(lang))
            self.tabs.addTab(editor, choice_label(lang))
            self.editors[lang] = editor
        if read_only:  # nothing to save: Close only
            self.ui.translationButtons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ui.translationButtons.accepted.connect(self.accept)
        self.ui.translationButtons.rejected.connect(self.reject)
        self._showing = False
        self.field_box.currentIndexChanged.connect(lambda _: self._show_field())
        self._show_field()

    @property
    def field(self) -> str:
        """The field shown."""
        return str(self.field_box.currentData() or "")

    def _show_field(self) -> None:
        self._showing = True
        value = self.record.values.get(self.field)
        self.original.setPlainText("" if value is None else str(value))
        original = str(self.record.values.get("language") or Language.EN.value)
        self.original_label.setText(self.tr("Original (%1):").replace("%1", choice_label(original)))
        for lang, editor in self.editors.items():
            editor.setPlainText(self.texts.get((self.field, lang), ""))
        self._showing = False

    def _edited(self, lang: str) -> None:
        if not self._showing:
            self.texts[(self.field, lang)] = self.editors[lang].toPlainText()

    def set_text(self, field: str, lang: str, text: str) -> None:
        """Type text as the field's version in lang (what a user does in the tab)."""
        self.field_box.setCurrentIndex(self.field_box.findData(field))
        self.tabs.setCurrentWidget(self.editors[lang])
        self.editors[lang].setPlainText(text)

    def changes(self, writes: DeskWrites) -> list[Callable[[], Change]]:
        """The writes that save what was edited (none when nothing changed)."""
        record_id = self.record.id
        calls: list[Callable[[], Change]] = []
        for (field, lang), text in sorted(self.texts.items()):
            stored = self.stored.get((field, lang))
            text = text.strip()
            if stored is None and text:
                values = {"record_id": record_id, "field": field, "language": lang, "text": text}
                calls.append(partial(writes.create, "translations", values))
            elif stored is not None and not text:
                calls.append(partial(writes.delete, "translations", stored.id))
            elif stored is not None and text != stored.values["text"]:
                calls.append(partial(writes.update, "translations", stored.id, {"text": text}))
        return calls


def edit_translations(window: WindowBase, kind: str, record_id: str) -> bool:
    """Open the dialog on a record; save its changes as one undoable step. True if saved."""
    db, writes = window.db, window.writes
    record = window.record_panel.record
    if db is None or not writes.ready or record is None or record.id != record_id or not translatable_fields(kind):
        return False
    dialog = TranslationsDialog(db, record, window, read_only=not window.writable)
    if dialog.exec() != QDialog.DialogCode.Accepted or not window.writable:
        return False
    calls = dialog.changes(writes)
    if not calls:
        return False
    with writes.one_step(dialog.tr("Translate %1").replace("%1", kind_title(kind))):
        # The first refusal stops the rest: it is shown, and the step keeps what was saved
        # before it (each call is a transaction of its own, undone together).
        return all(writes.explained(call) is not None for call in calls)
