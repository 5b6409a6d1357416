"""File > Connect to Server… and File > Sync With…, driven on two real SQLite files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from migdesk.gui import prompts
from migdesk.gui.conflict_table import TAKE
from migdesk.gui.main_window import MainWindow
from migdesk.gui.server_dialog import ServerDialog, open_location
from migdesk.gui.settings import Settings
from migdesk.gui.sync_action import SyncActions, SyncConflictsDialog, SyncDialog
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.history import record_history
from migdesk.services.records import count, get_record, update_record
from migdesk.store.database import Database

MEETING = demo_id("meeting")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def server(tmp_path: Path) -> Path:
    """The other database: the CEAM demo in its own file."""
    db = Database.open(tmp_path / "other.sqlite")
    load_demo(db)
    db.close()
    return tmp_path / "other.sqlite"


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on an empty laptop database."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(Database.open(tmp_path / "laptop.sqlite"))
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_database(None)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text, informative="": seen.append(text + informative))
    return seen


def when_modal(qtbot: QtBot, act: Callable[[Any], None], shots: list[QDialog]) -> None:
    """Act on the next modal dialog once it is up (the menu action's exec() waits for it)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, run)
            return
        shots.append(dialog)
        act(dialog)
    QTimer.singleShot(0, run)


def sync_through_menu(qtbot: QtBot, window: MainWindow, other: Path, shot: Path | None = None) -> SyncActions:
    """File > Sync With…, the file typed into the real dialog, Sync clicked; waits for the end."""
    actions = window.findChild(SyncActions)
    assert actions is not None
    seen: list[QDialog] = []

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, SyncDialog)
        dialog.ui.fileEdit.setText(str(other))
        if shot is not None:
            dialog.grab().save(str(shot))
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill, seen)
    window.findChild(type(actions.sync_with), "syncWithAction").trigger()
    assert seen, "the Sync With dialog did not open"
    assert actions.task is not None
    qtbot.waitUntil(lambda: actions.task is not None and actions.task.is_done, timeout=60_000)
    return actions


def test_the_file_menu_offers_connect_and_sync(window: MainWindow, screenshot_dir: Path) -> None:
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "connectServerAction" in names and "syncWithAction" in names
    assert names.index("syncWithAction") < names.index("restoreBackupAction")
    window.file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    QApplication.processEvents()
    window.file_menu.grab().save(str(screenshot_dir / "file-menu-sync.png"))
    window.file_menu.hide()
    assert isinstance(window.file_menu, QMenu)


def test_the_server_address_is_checked_as_it_is_typed(qtbot: QtBot, settings: Settings, screenshot_dir: Path) -> None:
    settings.add_recent_server("postgresql://maria@db.delegation.example/ceam?sslmode=verify-full")
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    edit, problem = dialog.ui.uriEdit, dialog.ui.uriProblem
    assert edit.text().startswith("postgresql://maria@db.delegation.example")  # the last one, ready
    assert dialog.open_button.isEnabled() and problem.text() == ""
    for typed, shown in [("", "Type the server's address"),
                         ("postgresql://maria:secret@db/ceam", "Leave the password out"),
                         ("postgresql://maria@db/ceam?password=x", "Leave the password out"),
                         ("http://db/ceam", "starts with postgresql://"),
                         ("postgresql://maria@db/", "Name the database")]:
        edit.clear()
        qtbot.keyClicks(edit, typed)
        assert shown in problem.text(), typed
        assert not dialog.open_button.isEnabled()
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
    edit.clear()
    qtbot.keyClicks(edit, "postgresql://maria@/ceam?host=/run/postgresql&port=5433")
    assert problem.text() == "" and dialog.open_button.isEnabled()
    assert "never stores your password" in dialog.ui.passwordNote.text()
    assert dialog.ui.recentList.count() == 1
    edit.clear()
    qtbot.keyClicks(edit, "postgresql://maria:secret@db/ceam")
    dialog.grab().save(str(screenshot_dir / "connect-to-server.png"))
    edit.clear()
    qtbot.keyClicks(edit, "postgresql://maria@db/ceam")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.uri() == "postgresql://maria@db/ceam"


def test_opening_a_location_switches_the_window(qtbot: QtBot, window: MainWindow, server: Path) -> None:
    task = open_location(window, str(server))
    qtbot.waitUntil(lambda: task.is_done, timeout=30_000)
    assert window.db is not None and Path(window.db.path) == server
    assert window.settings.recent_servers() == []  # a file is a recent database, not a server


def test_sync_with_fills_an_empty_laptop_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, server: Path, warnings: list[str], screenshot_dir: Path
) -> None:
    assert window.db is not None
    sync_through_menu(qtbot, window, server, screenshot_dir / "sync-with-dialog.png")
    assert warnings == []
    db = window.db
    assert count(db, "meetings") == 1
    assert window.show_record("meetings", MEETING)  # the views heard the change
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == f"Sync with {server}"
    assert "received" in window.statusBar().currentMessage()
    window.grab().save(str(screenshot_dir / "after-sync.png"))
    window.undo_stack.undo()
    assert count(db, "meetings") == 0
    window.undo_stack.redo()
    assert count(db, "meetings") == 1


def test_sync_with_shows_conflicts_and_the_choice_is_undoable(
    qtbot: QtBot, window: MainWindow, server: Path, warnings: list[str], screenshot_dir: Path
) -> None:
    sync_through_menu(qtbot, window, server)
    db = window.db
    assert db is not None
    update_record(db, "meetings", MEETING, {"place": "Laptop room"})
    other = Database.open(server)
    update_record(other, "meetings", MEETING, {"place": "Server room"})
    other.close()

    actions = sync_through_menu(qtbot, window, server)
    report = actions.last_report
    assert report is not None and [c.fields for c in report.conflicts] == [("place",)]
    dialog = window.findChild(SyncConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.rows.disputes[0].mine == "Laptop room" and dialog.rows.disputes[0].theirs == "Server room"
    dialog.grab().save(str(screenshot_dir / "sync-conflicts.png"))
    _, history = record_history(db, "meetings", MEETING)
    assert "Server room" in [h.value for h in history]  # nothing lost before any choice
    assert get_record(db, "meetings", MEETING).values["place"] == "Laptop room"

    dialog.rows.choice(0).setCurrentIndex(TAKE)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert get_record(db, "meetings", MEETING).values["place"] == "Server room"
    window.undo_stack.undo()  # the choice
    assert get_record(db, "meetings", MEETING).values["place"] == "Laptop room"
    assert warnings == []


def test_a_sync_that_fails_is_explained_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, warnings: list[str]
) -> None:
    sync_through_menu(qtbot, window, tmp_path / "nowhere.sqlite")
    assert warnings and "no such database file" in warnings[0]
    assert window.undo_stack.count() == 0


def test_a_cancelled_sync_changes_neither_database(
    qtbot: QtBot, window: MainWindow, server: Path, warnings: list[str]
) -> None:
    actions = window.findChild(SyncActions)
    assert actions is not None and window.db is not None
    task = actions.sync(str(server))
    assert task is not None
    task.cancel()  # long before the first step ends (opening and backing up both databases)
    with qtbot.waitSignal(task.cancelled, timeout=60_000):
        pass
    assert count(window.db, "meetings") == 0 and window.undo_stack.count() == 0
    assert "cancelled" in window.statusBar().currentMessage()
    assert actions.sync_with.isEnabled()  # ready for the next one
    assert warnings == []
