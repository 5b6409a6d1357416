"""Two windows on one database file, each with its own connection: nothing silently lost.

Alice and Bob both edit the meeting's place. Alice saves first; Bob, who started typing
before her save, is shown both values when he saves. Alice's undo then leaves Bob's
value alone. Each window shows the other's saved edits within about a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from migdesk.gui.conflict_dialog import ConflictDialog
from migdesk.gui.conflict_table import KEEP
from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.services.demo import demo_id
from migdesk.services.records import get_record
from migdesk.store.database import Database

MEETING = demo_id("meeting")


def open_window(qtbot: QtBot, path: Path, name: str) -> MainWindow:
    settings = Settings(QSettings(str(path.with_name(f"{name}.ini")), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_database(Database.open(path))  # a connection of its own
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_record("meetings", MEETING)
    return window


@pytest.fixture
def windows(qtbot: QtBot, demo: Database) -> Iterator[tuple[MainWindow, MainWindow]]:
    alice = open_window(qtbot, demo.path, "alice")
    bob = open_window(qtbot, demo.path, "bob")
    yield alice, bob
    for window in (alice, bob):
        window.set_database(None)


def place_field(window: MainWindow) -> QLineEdit:
    form = window.record_panel.current_form()
    assert form is not None
    widget: Any = form.field_widget("place")
    return widget


def type_place(qtbot: QtBot, window: MainWindow, text: str) -> QLineEdit:
    """Type into the place field, which keeps its window's focus (the edit is not finished)."""
    field = place_field(window)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    return field


def test_both_edit_one_field_the_second_sees_both_values_and_undo_spares_it(
    qtbot: QtBot, windows: tuple[MainWindow, MainWindow]
) -> None:
    alice, bob = windows
    original = place_field(alice).text()
    db = alice.db
    assert db is not None

    bob_field = type_place(qtbot, bob, "Bob's place")  # Bob starts typing...
    alice_field = place_field(alice)  # ...while Alice, at her own window, types and saves
    alice_field.selectAll()
    qtbot.keyClicks(alice_field, "Alice's place")
    qtbot.keyClick(alice_field, Qt.Key.Key_Return)
    assert get_record(db, "meetings", MEETING).values["place"] == "Alice's place"

    # Bob's window hears of Alice's save within a second, and keeps what he is typing
    desk = bob.undo_stack.desk
    assert desk is not None
    qtbot.waitUntil(lambda: desk.poll() is None, timeout=1500)
    assert bob_field.text() == "Bob's place"

    shown: list[ConflictDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        shown.append(dialog)
        dialog.rows.choice(0).setCurrentIndex(KEEP)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(bob_field, Qt.Key.Key_Return)  # Bob saves: based on the original place
    assert shown, "Bob was not shown the conflict"
    table = shown[0].ui.conflicts
    assert (table.item(0, 1).text(), table.item(0, 2).text(), table.item(0, 3).text()) == (
        "Place", "Bob's place", "Alice's place")
    assert get_record(db, "meetings", MEETING).values["place"] == "Bob's place"

    # Alice's window shows Bob's edit within a second
    qtbot.waitUntil(lambda: place_field(alice).text() == "Bob's place", timeout=1000)

    alice.undo_action.trigger()  # Alice undoes her save: Bob's value stays
    assert get_record(db, "meetings", MEETING).values["place"] == "Bob's place"
    assert "Place" in alice.statusBar().currentMessage()
    bob.undo_action.trigger()  # Bob's own undo takes his value back to Alice's
    assert get_record(db, "meetings", MEETING).values["place"] == "Alice's place"
    assert original != "Alice's place"
