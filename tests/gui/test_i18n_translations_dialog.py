"""Record > Translations…: language versions of a record's texts, saved as one undoable step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from migdesk.gui import prompts
from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.gui.translations_dialog import TranslationsDialog, translatable_fields
from migdesk.gui.undo import UndoStack
from migdesk.gui.workers import DeskWrites
from migdesk.services.demo import demo_id
from migdesk.services.desk import Desk
from migdesk.services.records import list_records
from migdesk.store.database import Database

MEETING = demo_id("meeting")
SPANISH_TITLE = (
    "Vinculación de los esfuerzos de la OEA con los de los procesos consultivos regionales "
    "sobre migración"
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.db = None


def versions(db: Database) -> dict[tuple[str, str], str]:
    """(field, language) -> text of the meeting's live translation records."""
    return {
        (t.values["field"], t.values["language"]): t.values["text"]
        for t in list_records(db, "translations", where={"record_id": MEETING})
    }


def answer_with(monkeypatch: pytest.MonkeyPatch, edits: list[tuple[str, str, str]],
                shots: list[TranslationsDialog]) -> None:
    """The dialog, when opened, gets these edits typed and is accepted."""

    def exec_(self: TranslationsDialog) -> int:
        self.show()
        shots.append(self)
        for field, lang, text in edits:
            self.set_text(field, lang, text)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TranslationsDialog, "exec", exec_)


def test_translations_are_created_updated_and_deleted_undoably(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch, screenshot_dir: Path
) -> None:
    assert versions(demo_db) == {("title", "es"): SPANISH_TITLE}  # from the demo
    assert window.show_record("meetings", MEETING)
    button = window.record_panel.translations_button
    assert button.isVisible()
    shots: list[TranslationsDialog] = []
    answer_with(monkeypatch, [
        ("title", "fr", "Lier les efforts de l'OEA à ceux des processus consultatifs régionaux"),
        ("place", "pt", "Washington, D.C. (Estados Unidos)"),
        ("title", "es", ""),  # emptied: the Spanish version goes
    ], shots)
    button.click()
    dialog = shots[0]
    assert dialog.original.toPlainText().startswith("Linking OAS efforts")  # the title shown last
    assert [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())] == ["Spanish", "French", "Portuguese"]
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(screenshot_dir / "translations-dialog.png"))
    assert versions(demo_db) == {
        ("title", "fr"): "Lier les efforts de l'OEA à ceux des processus consultatifs régionaux",
        ("place", "pt"): "Washington, D.C. (Estados Unidos)",
    }
    window.undo_stack.undo()  # one step for the whole dialog
    assert versions(demo_db) == {("title", "es"): SPANISH_TITLE}
    window.undo_stack.redo()
    assert len(versions(demo_db)) == 2


def test_the_dialog_shows_stored_versions_and_saves_nothing_unchanged(
    qtbot: QtBot, demo_db: Database
) -> None:
    meeting = next(r for r in list_records(demo_db, "meetings") if r.id == MEETING)
    dialog = TranslationsDialog(demo_db, meeting)
    qtbot.addWidget(dialog)
    assert dialog.field == "title"
    assert dialog.editors["es"].toPlainText() == SPANISH_TITLE
    assert dialog.editors["fr"].toPlainText() == ""
    assert "en" not in dialog.editors  # the original's language
    stack = UndoStack()
    stack.set_desk(Desk(demo_db))
    writes = DeskWrites(stack, dialog)
    assert dialog.changes(writes) == []
    dialog.set_text("title", "pt", "Vinculação dos esforços da OEA")
    (save,) = dialog.changes(writes)
    save()
    assert stack.count() == 1  # written as one undoable step


def test_a_refused_translation_is_explained_and_undone_as_one(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda _p, _t, text, **_k: warnings.append(text))
    assert window.show_record("meetings", MEETING)
    answer_with(monkeypatch, [("title", "fr", "Titre"), ("introduction", "pt", "\x00")], [])
    window.record_panel.translations_button.click()
    assert warnings and "NUL" in warnings[0]  # the services' refusal, shown
    assert ("introduction", "pt") not in versions(demo_db)


def test_only_text_fields_that_differ_by_language_are_offered() -> None:
    assert translatable_fields("meetings") == ["title", "place", "introduction", "notes"]
    assert "symbol" not in translatable_fields("documents")
    assert translatable_fields("attachments") == []
