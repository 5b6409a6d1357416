"""Record > Record History…: values set aside by imports, and "Use this Value" (undoable)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from migdesk.gui.history_dialog import HistoryDialog
from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.gui.undo import UndoStack
from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.desk import Desk
from migdesk.services.exchange import export_file, import_file
from migdesk.services.history import record_history
from migdesk.store.database import Database
from tests.gui.test_main_window import meeting_index, select

MEETING = demo_id("meeting")


@pytest.fixture
def conflicted(tmp_path: Path) -> Iterator[Database]:
    """A demo database whose meeting notes met a concurrent edit from a colleague (kept ours)."""
    a, b = Database.open(tmp_path / "a.sqlite"), Database.open(tmp_path / "b.sqlite")
    load_demo(a)
    export_file(a, tmp_path / "demo.migdesk")
    import_file(b, tmp_path / "demo.migdesk")
    r.update_record(a, "meetings", MEETING, {"notes": "Notes from A"})
    r.update_record(b, "meetings", MEETING, {"notes": "Notes from B", "place": "Room B"})
    export_file(b, tmp_path / "from-b.migdesk")
    assert len(import_file(a, tmp_path / "from-b.migdesk").conflicts) == 1
    b.close()
    yield a
    a.close()


def test_use_this_value_is_an_undoable_edit(qtbot: QtBot, conflicted: Database,
                                            screenshot_dir: Path) -> None:
    _, items = record_history(conflicted, "meetings", MEETING)
    stack = UndoStack()
    desk = Desk(conflicted)
    stack.set_desk(desk)

    def use(field: str, value: object) -> bool:
        stack.run(lambda: desk.update("meetings", MEETING, {field: value}))
        return True

    dialog = HistoryDialog("meetings", "CEAM meeting", items, use, here=conflicted.installation_id)
    qtbot.addWidget(dialog)
    dialog.resize(860, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.ui.historyTable
    shown = {table.item(row, 1).text(): table.item(row, 5).text() for row in range(table.rowCount())}
    old_place = next(i.value for i in items if i.field == "place")
    assert "conflict" in shown["Notes from B"] and "superseded" in shown[old_place]
    assert table.item(0, 3).text() == "from-b.migdesk"
    sources = {table.item(row, 1).text(): table.item(row, 2).text() for row in range(table.rowCount())}
    assert sources[old_place] == "this database" and sources["Notes from B"].startswith("installation ")
    dialog.grab().save(str(screenshot_dir / "history-dialog.png"))

    row = next(n for n in range(table.rowCount()) if table.item(n, 1).text() == "Notes from B")
    table.selectRow(row)
    qtbot.mouseClick(dialog.ui.useValueButton, Qt.MouseButton.LeftButton)
    assert r.get_record(conflicted, "meetings", MEETING).values["notes"] == "Notes from B"
    stack.undo()
    assert r.get_record(conflicted, "meetings", MEETING).values["notes"] == "Notes from A"


def test_the_window_opens_the_history_of_the_selected_record(qtbot: QtBot, conflicted: Database,
                                                             tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_database(conflicted)
    window.show()
    qtbot.waitExposed(window)
    select(window, meeting_index(window))
    action = window.actions_.record_history
    assert action.isEnabled()
    seen: list[int] = []

    def use_b_notes() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, HistoryDialog) and w.isVisible())
        table = dialog.ui.historyTable
        seen.append(table.rowCount())
        table.selectRow(next(n for n in range(table.rowCount()) if table.item(n, 1).text() == "Notes from B"))
        dialog.ui.useValueButton.click()

    QTimer.singleShot(0, use_b_notes)
    action.trigger()
    assert seen == [len(record_history(conflicted, "meetings", MEETING)[1])]
    assert r.get_record(conflicted, "meetings", MEETING).values["notes"] == "Notes from B"
    window.undo_stack.undo()
    assert r.get_record(conflicted, "meetings", MEETING).values["notes"] == "Notes from A"
    window.db = None  # the fixture closes the database


def test_the_import_dialog_says_when_a_file_has_no_change_clocks(qtbot: QtBot, conflicted: Database,
                                                                 tmp_path: Path) -> None:
    from migdesk.gui.import_dialog import ImportDialog
    from tests.integration.test_exchange_many import as_format_2

    export_file(conflicted, tmp_path / "new.migdesk")
    as_format_2(tmp_path / "new.migdesk", tmp_path / "old.migdesk")
    for name, said in (("new.migdesk", False), ("old.migdesk", True)):
        dialog = ImportDialog(conflicted, tmp_path / name)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.preview is not None or d.error is not None, timeout=30_000)
        assert ("exchange format 2" in dialog.status.text()) is said
