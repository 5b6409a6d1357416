"""The window on a server database: the URI shown without password, a read-only role told.

A delegate whose role may only read sees every record; the title says "(read only)" and
the actions that would change something are off. Another window's change on the server
reaches this one through LISTEN/NOTIFY and the poll.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.gui.translations_dialog import TranslationsDialog
from migdesk.gui.widgets import RecordPicker
from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.store.database import Database
from tests.integration.test_pg_two_people import GRANT_READ, _as, _role
from tests.pg_cluster import PgCluster

MEETING = demo_id("meeting")


def open_window(qtbot: QtBot, tmp_path: Path, location: str) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_database(Database.open(location))
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_read_only_role_sees_everything_and_cannot_edit(qtbot: QtBot, tmp_path: Path,
                                                           pg_cluster: PgCluster, pg_uri: str,
                                                           screenshot_dir: Path) -> None:
    owner = Database.open(pg_uri)
    load_demo(owner)
    owner.close()
    reader = _role(pg_cluster, "window_reader")
    pg_cluster.execute(GRANT_READ.format(role=reader), pg_uri.split("/")[3].split("?")[0])
    window = open_window(qtbot, tmp_path, _as(pg_uri, reader))
    assert window.show_record("meetings", MEETING)
    assert "(read only)" in window.windowTitle() and " on " in window.windowTitle()
    a = window.actions_
    assert not a.new_record.isEnabled() and not a.delete.isEnabled() and not a.load_demo.isEnabled()
    assert not a.new_intervention.isEnabled()
    assert a.find.isEnabled()  # reading goes on
    window.grab().save(str(screenshot_dir / "server-read-only.png"))
    type_into_the_read_only_form(qtbot, window, screenshot_dir)
    window.set_database(None)


def type_into_the_read_only_form(qtbot: QtBot, window: MainWindow, screenshot_dir: Path) -> None:
    """Typing into a read-only form changes nothing there and asks for no write."""
    form = window.record_panel.current_form()
    assert form is not None and form.is_read_only() and form.readOnlyNote.isVisible()
    committed: list[object] = []
    form.fieldCommitted.connect(committed.append)
    place = form.field_widget("place")
    assert isinstance(place, QLineEdit) and place.isReadOnly()
    before = place.text()
    place.setFocus()
    place.selectAll()
    qtbot.keyClicks(place, "Lima")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert place.text() == before and place.selectedText() == before  # still selectable
    body = form.field_widget("body_id")
    assert isinstance(body, RecordPicker) and not body.newButton.isVisible()
    shown = body.text()
    body.combo.setFocus()
    qtbot.keyClicks(body.line_edit(), "xyz")
    qtbot.keyClick(body.combo, Qt.Key.Key_Down)
    qtbot.keyClick(body.line_edit(), Qt.Key.Key_Tab)
    assert body.text() == shown and body.value() is not None
    assert not form.field_widget("mandate_ids").addPicker.isVisible()
    assert committed == [] and window.undo_stack.count() == 0  # no write was attempted
    window.record_panel.grab().save(str(screenshot_dir / "form-read-only.png"))
    record = window.record_panel.record
    assert window.db is not None and record is not None
    dialog = TranslationsDialog(window.db, record, window, read_only=not window.writable)
    qtbot.addWidget(dialog)
    assert all(editor.isReadOnly() for editor in dialog.editors.values())
    buttons = dialog.ui.translationButtons
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_the_owner_edits_and_sees_another_writers_change(qtbot: QtBot, tmp_path: Path, pg_uri: str) -> None:
    owner = Database.open(pg_uri)
    load_demo(owner)
    window = open_window(qtbot, tmp_path, pg_uri.replace("postgres@", "postgres:hidden@", 1))
    try:
        assert window.show_record("meetings", MEETING)
        assert "(read only)" not in window.windowTitle()
        assert "hidden" not in window.database_label.text()
        assert window.actions_.new_intervention.isEnabled()
        heard: list[object] = []
        window.changeApplied.connect(heard.append)
        r.update_record(owner, "meetings", MEETING, {"place": "Washington, D.C. (room B)"})
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    finally:
        window.set_database(None)
        owner.close()
