"""The main window driven as a user would: navigator, forms, undo, search, delete, reorder.

Real SQLite files in tmp_path, the real widgets (offscreen); message boxes and the New …
dialog's event loop are replaced by functions that answer or fill the real dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from migdesk.gui import prompts
from migdesk.gui.main_window import MainWindow
from migdesk.gui.new_record_dialog import NewRecordDialog
from migdesk.gui.nodes import NodeType
from migdesk.gui.settings import Settings
from migdesk.services.demo import demo_id
from migdesk.services.kinds import KINDS
from migdesk.services.records import count, create_record, get_record, list_ids, list_records
from migdesk.store.database import Database

MEETING = demo_id("meeting")


def database_state(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every live record of every kind, as the CLI prints it, but when and how often it changed."""
    return {
        kind: [{k: v for k, v in r.to_json().items() if k not in ("version", "updated_at")} for r in list_records(db, kind)]
        for kind in KINDS
    }


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in an INI file of the test's own."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, demo_db: Database) -> Iterator[MainWindow]:
    """The main window on the demo database, shown at 1280x800."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.db = None  # the fixture closes the database


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Confirmations are accepted; each question asked is recorded."""
    asked: list[dict[str, Any]] = []

    def confirm(parent: QWidget | None, title: str, text: str, **kw: Any) -> bool:
        asked.append({"title": title, "text": text, **kw})
        return True

    def warn(parent: QWidget | None, title: str, text: str, **kw: Any) -> None:
        asked.append({"title": title, "text": text, "warning": True, **kw})

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "warn", warn)
    return asked


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text into a field as a user would (replacing what was there)."""
    target = widget.focusProxy() or widget
    if isinstance(target, QPlainTextEdit):
        target.clear()
    elif isinstance(target, QLineEdit):
        target.clear()
    target.setFocus()
    qtbot.keyClicks(target, text)


def fill_new_dialogs(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, entries: list[dict[str, str]]
) -> list[NewRecordDialog]:
    """Each New … dialog opened gets the next entry typed into its fields, then OK."""
    opened: list[NewRecordDialog] = []

    def exec_(dialog: NewRecordDialog) -> int:
        opened.append(dialog)
        values = entries.pop(0)
        for field, text in values.items():
            type_into(qtbot, dialog.form.field_widget(field), text)
        assert dialog.okButton.isEnabled(), dialog.form.validation_errors()
        qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewRecordDialog, "exec", exec_)
    return opened


def child_named(window: MainWindow, parent: Any, predicate: Callable[[str], bool]) -> Any:
    """The navigator row under parent whose label satisfies predicate (fetching it first)."""
    model = window.navigator_model
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if predicate(index.data()):
            return index
    labels = [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    raise AssertionError(f"no such row among {labels}")


def select(window: MainWindow, index: Any) -> None:
    window.navigator.setCurrentIndex(index)
    window.navigator.scrollTo(index)


def meeting_index(window: MainWindow) -> Any:
    """OAS > Permanent Council > CEAM > 2009 > the meeting, found by label as a user would."""
    from PySide6.QtCore import QModelIndex

    from migdesk.gui.navigator_model import DETAIL_ROLE

    oas = child_named(window, QModelIndex(), lambda t: t == "OAS")
    council = child_named(window, oas, lambda t: t == "CP")
    assert "Permanent Council" in council.data(DETAIL_ROLE)
    ceam = child_named(window, council, lambda t: t == "CEAM")
    year = child_named(window, ceam, lambda t: t == "2009")
    return child_named(window, year, lambda t: "Linking OAS efforts" in t)


def part_index(window: MainWindow, meeting: Any, label: str) -> Any:
    return child_named(window, meeting, lambda t: t == label)


# ---------------------------------------------------------------- navigating


def test_demo_meeting_found_in_tree_and_shown_in_form(window: MainWindow) -> None:
    meeting = meeting_index(window)
    select(window, meeting)
    assert window.table_panel.current_record().id == MEETING
    form = window.record_panel.current_form()
    assert form is not None and form.kind == "meetings"
    assert form.field_widget("title").text().startswith("Linking OAS efforts")
    assert window.record_panel.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "CEAM" in window.table_panel.crumbs.text()


def test_meeting_parts_list_interventions_with_columns(window: MainWindow) -> None:
    interventions = part_index(window, meeting_index(window), "Interventions")
    select(window, interventions)
    model = window.table_panel.model
    assert model is not None and model.kind == "interventions"
    assert model.rowCount() == 14
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Speaker", "Text"]
    assert model.index(0, 0).data() == "1"
    assert model.index(0, 1).data() == "Some countries"


def test_saved_views_open_actions_overdue_first(window: MainWindow) -> None:
    from PySide6.QtCore import QModelIndex

    view = child_named(window, QModelIndex(), lambda t: t == "Open actions")
    select(window, view)
    model = window.table_panel.model
    assert model is not None
    statuses = [model.record_at(r).values["status"] for r in range(model.rowCount())]
    assert sorted(statuses) == ["invited", "invited", "planned"]
    dues = [model.record_at(r).values["due_date"] for r in range(model.rowCount())]
    assert dues == ["2009-04-07", "2009-04-23", None]  # overdue first, then undated
    upcoming = child_named(window, QModelIndex(), lambda t: t == "Upcoming events")
    select(window, upcoming)
    assert window.table_panel.model is not None and window.table_panel.model.rowCount() == 0


# ---------------------------------------------------------------- creating, editing, undo


def test_create_meeting_with_interventions_and_actions_then_undo_all_and_redo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[Any]
) -> None:
    db = window.db
    assert db is not None
    before = database_state(db)
    ceam = meeting_index(window).parent().parent()
    select(window, ceam)
    assert window.actions_.new_record.text() == "&New Meeting…"

    fill_new_dialogs(
        monkeypatch,
        qtbot,
        [
            {
                "title": "Follow-up with the Puebla Process",
                "date": "2010-03-05",
                "place": "Washington, D.C.",
            },
            {"speaker": "The Chair", "text": "The Chair opened the meeting."},
            {"speaker": "The delegation of Mexico", "text": "Mexico proposed a joint workshop."},
            {"speaker": "Several countries", "text": "Several countries supported the proposal."},
            {"number": "1", "description": "Invite the RCM to the joint workshop."},
            {"number": "2", "description": "Report back to the Permanent Council."},
        ],
    )
    window.actions_.new_record.trigger()
    meetings = [
        m for m in list_records(db, "meetings") if m.values["title"].startswith("Follow-up")
    ]
    assert len(meetings) == 1
    new_meeting = meetings[0].id
    # The window shows it at once: CEAM > 2010 > the meeting, selected, its form open.
    node = window.current_node()
    assert node is not None and node.type is NodeType.MEETING and node.id == new_meeting
    assert window.record_panel.record is not None and window.record_panel.record.id == new_meeting

    meeting = window.navigator.currentIndex()
    select(window, part_index(window, meeting, "Interventions"))
    for _ in range(3):
        window.actions_.new_record.trigger()
    select(window, part_index(window, meeting, "Actions"))
    for _ in range(2):
        window.actions_.new_record.trigger()
    assert count(db, "interventions", where={"meeting_id": new_meeting}) == 3
    assert count(db, "actions", where={"meeting_id": new_meeting}) == 2
    texts = [
        get_record(db, "interventions", i).values["speaker"]
        for i in list_ids(db, "interventions", where={"meeting_id": new_meeting})
    ]
    assert texts == ["The Chair", "The delegation of Mexico", "Several countries"]
    # The tree counts followed without a rebuild.
    assert part_index(window, meeting, "Interventions").data(258) == 3

    # An edit through the form: change the second action's description.
    assert window.table_panel.select_record(window.table_panel.model.ids()[1])  # type: ignore[union-attr]
    form = window.record_panel.current_form()
    assert form is not None and form.kind == "actions"
    type_into(qtbot, form.field_widget("description"), "Report back to the Committee.")
    window.table_panel.view.setFocus()  # leaving the field commits it
    qtbot.waitUntil(
        lambda: (
            "Committee"
            in get_record(db, "actions", window.table_panel.model.ids()[1]).values["description"]
        )
    )  # type: ignore[union-attr]
    assert window.undo_stack.undoText() == "Edit action '2. Report back to the Committee.'"

    # Undo everything: the database is the demo again.
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    assert database_state(db) == before
    assert not answers  # nothing was refused on the way
    # Redo everything.
    while window.undo_stack.canRedo():
        window.redo_action.trigger()
    assert count(db, "interventions", where={"meeting_id": new_meeting}) == 3
    assert count(db, "actions", where={"meeting_id": new_meeting}) == 2
    assert (
        "Committee"
        in list_records(db, "actions", where={"meeting_id": new_meeting})[1].values["description"]
    )


def test_typing_a_symbol_shows_its_reading_and_saves_it(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QModelIndex

    db = window.db
    assert db is not None
    select(window, child_named(window, QModelIndex(), lambda t: t == "Documents"))
    window.table_panel.view.selectRow(0)
    form = window.record_panel.current_form()
    assert form is not None and form.kind == "documents"
    symbol = form.field_widget("symbol")
    type_into(qtbot, symbol, "cp/res. 932 (1634/08)")
    hint = symbol.hint()  # type: ignore[attr-defined]
    assert "Permanent Council" in hint and "932" in hint
    qtbot.keyClick(symbol.focusProxy(), Qt.Key.Key_Return)
    record = window.table_panel.current_record()
    assert record is not None
    assert get_record(db, "documents", record.id).values["symbol"] == "cp/res. 932 (1634/08)"
    window.undo_action.trigger()
    assert get_record(db, "documents", record.id).values["symbol"] != "cp/res. 932 (1634/08)"
    assert (
        form.field_widget("symbol").text()
        == get_record(db, "documents", record.id).values["symbol"]
    )  # type: ignore[attr-defined]


def test_refused_edit_is_explained_and_form_shows_stored_value(
    window: MainWindow, qtbot: QtBot, answers: list[dict[str, Any]]
) -> None:
    db = window.db
    assert db is not None
    select(window, meeting_index(window))
    window.record_panel.fieldCommitted.emit("meetings", MEETING, {"title": "   "}, None)
    assert answers and answers[-1].get("warning")
    assert "required" in answers[-1]["text"]
    assert get_record(db, "meetings", MEETING).values["title"].startswith("Linking")


# ---------------------------------------------------------------- search


def test_search_puebla_and_open_the_hit(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_.find.trigger()
    panel = window.search_panel
    assert window.side.currentWidget() is window.search_panel
    qtbot.keyClicks(panel.field, "Puebla")
    qtbot.waitUntil(lambda: panel.model.hit_count() > 0)
    groups = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert any(g.startswith("Organizations") for g in groups)
    best = panel.model.hit(panel.results.currentIndex())
    assert best is not None
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    shown = window.record_panel.record
    assert shown is not None and (shown.kind, shown.id) == (best.kind, best.id)
    assert window.table_panel.current_record() == shown


def test_search_hit_in_a_meeting_opens_its_part(window: MainWindow, qtbot: QtBot) -> None:
    intervention = list_records(window.db, "interventions")[5]  # type: ignore[arg-type]
    assert window.show_record("interventions", intervention.id)
    node = window.current_node()
    assert node is not None and node.type is NodeType.PART and node.kind == "interventions"
    assert window.table_panel.current_record().id == intervention.id  # type: ignore[union-attr]


# ---------------------------------------------------------------- deleting


def test_delete_meeting_asks_with_what_goes_and_undo_brings_all_back(
    window: MainWindow, qtbot: QtBot, answers: list[dict[str, Any]]
) -> None:
    db = window.db
    assert db is not None
    before = database_state(db)
    select(window, meeting_index(window))
    window.navigator.setFocus()
    assert window.actions_.delete.isEnabled()
    window.actions_.delete.trigger()
    question = answers[-1]
    assert "Linking OAS efforts" in question["text"]
    assert "14 interventions" in question["informative"]
    assert "4 actions" in question["informative"]
    assert count(db, "meetings") == 0 and count(db, "interventions") == 0
    from PySide6.QtCore import QModelIndex

    model = window.navigator_model
    top = [model.index(r, 0, QModelIndex()).data() for r in range(model.rowCount(QModelIndex()))]
    assert "OAS" not in top  # no body has meetings any more: the hierarchy left the tree
    assert top[0] == "Open actions"
    window.undo_action.trigger()
    assert database_state(db) == before
    meeting = meeting_index(window)  # back in the tree
    assert part_index(window, meeting, "Interventions").data(258) == 14


def test_delete_rows_of_the_table_and_undo(
    window: MainWindow, qtbot: QtBot, answers: list[dict[str, Any]]
) -> None:
    db = window.db
    assert db is not None
    select(window, part_index(window, meeting_index(window), "Interventions"))
    view = window.table_panel.view
    view.setFocus()
    view.selectRow(2)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert count(db, "interventions") == 13
    assert window.table_panel.model.rowCount() == 13  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert count(db, "interventions") == 14
    assert window.table_panel.model.rowCount() == 14  # type: ignore[union-attr]


def test_delete_refused_when_still_referenced(
    window: MainWindow, answers: list[dict[str, Any]]
) -> None:
    from PySide6.QtCore import QModelIndex

    db = window.db
    assert db is not None
    select(window, child_named(window, QModelIndex(), lambda t: t == "All organizations"))
    window.table_panel.select_record(demo_id("ceam"))
    window.table_panel.view.setFocus()
    window.actions_.delete.trigger()
    assert answers[-1].get("warning") and "cannot delete" in answers[-1]["text"]
    assert count(db, "organizations") == 11


# ---------------------------------------------------------------- reordering


def test_reorder_interventions_with_move_up_down_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    db = window.db
    assert db is not None
    original = list_ids(db, "interventions", where={"meeting_id": MEETING})
    select(window, part_index(window, meeting_index(window), "Interventions"))
    view = window.table_panel.view
    view.setFocus()
    view.selectRow(3)
    moved = original[3]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    order = list_ids(db, "interventions", where={"meeting_id": MEETING})
    assert order.index(moved) == 2
    assert window.table_panel.current_record().id == moved  # type: ignore[union-attr]
    assert window.table_panel.model.index(2, 0).data(257) == moved  # type: ignore[union-attr]
    window.actions_.move_down.trigger()
    window.actions_.move_down.trigger()
    assert list_ids(db, "interventions", where={"meeting_id": MEETING}).index(moved) == 4
    for _ in range(3):
        window.undo_action.trigger()
    assert list_ids(db, "interventions", where={"meeting_id": MEETING}) == original
    model = window.table_panel.model
    assert model is not None
    assert [model.index(r, 0).data(257) for r in range(model.rowCount())] == original


def test_drag_and_drop_moves_an_action(window: MainWindow) -> None:
    db = window.db
    assert db is not None
    select(window, part_index(window, meeting_index(window), "Actions"))
    model = window.table_panel.model
    assert model is not None and model.movable
    original = model.ids()
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert list_ids(db, "actions", where={"meeting_id": MEETING}) == [
        *original[1:3],
        original[0],
        original[3],
    ]
    assert model.ids() == list_ids(db, "actions", where={"meeting_id": MEETING})
    window.undo_action.trigger()
    assert model.ids() == original


# ---------------------------------------------------------------- errors, first start, files


@pytest.mark.qt_no_exception_capture
def test_unexpected_exception_shows_copyable_error_and_window_keeps_working(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from migdesk.gui import about_dialog, error_dialog

    previous = error_dialog.install_exception_hook()
    try:

        def broken(*_args: Any) -> None:
            raise RuntimeError("a bug in the about box")

        monkeypatch.setattr(about_dialog, "AboutDialog", broken)  # loaded when asked for
        window.actions_.about.trigger()  # the slot raises; the hook takes over
        qtbot.waitUntil(lambda: error_dialog._open_dialog is not None)
        dialog = error_dialog._open_dialog
        assert dialog is not None and dialog.isVisible()
        assert "RuntimeError: a bug in the about box" in dialog.summary_label.text()
        assert "Traceback" in dialog.details.toPlainText()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert "a bug in the about box" in QApplication.clipboard().text()
        dialog.close()
    finally:
        sys.excepthook = previous
    # Still working: navigate and search.
    select(window, meeting_index(window))
    assert window.record_panel.record is not None
    window.search_panel.field.setText("CEAM")
    window.search_panel.run_search()
    qtbot.waitUntil(lambda: window.search_panel.model.hit_count() > 0)


def test_first_start_with_empty_database_offers_the_demo(
    qtbot: QtBot, settings: Settings, tmp_path: Path, answers: list[dict[str, Any]]
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    path = tmp_path / "first.sqlite"
    with qtbot.waitSignal(win.databaseChanged, timeout=20000):
        win.open_database(path, offer_demo=True)
    assert answers and answers[0]["title"] == "Welcome to MigDesk"
    assert win.db is not None and count(win.db, "meetings") == 1
    assert win.record_panel.record is not None and win.record_panel.record.id == MEETING
    assert settings.demo_offered_for(win.db.path)
    # Any other empty database is offered it too (a --db file, File > New Database) ...
    win.set_database(None)
    with qtbot.waitSignal(win.databaseChanged, timeout=20000):
        win.open_database(tmp_path / "second.sqlite", offer_demo=True)
    assert len(answers) == 2 and answers[1]["title"] == "Welcome to MigDesk"
    # ... once per file: undone, the same file is not asked about again.
    win.undo_stack.undo()
    assert count(win.db, "meetings") == 0
    win.set_database(None)
    with qtbot.waitSignal(win.databaseChanged, timeout=20000):
        win.open_database(tmp_path / "second.sqlite", offer_demo=True)
    assert len(answers) == 2
    # File > Load Demo Meeting loads it on demand.
    win.set_database(None)
    with qtbot.waitSignal(win.databaseChanged, timeout=20000):
        win.open_database(tmp_path / "third.sqlite", offer_demo=False)
    assert count(win.db, "meetings") == 0 and len(answers) == 2
    assert win.actions_.load_demo.isEnabled()
    win.actions_.load_demo.trigger()
    assert count(win.db, "meetings") == 1
    assert win.record_panel.record is not None and win.record_panel.record.id == MEETING
    assert not win.load_demo_meeting()  # a second time: nothing to add, and it says so
    assert "already" in win.statusBar().currentMessage()
    win.close()


def test_a_file_that_is_not_a_database_is_refused_clearly(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts,
        "choose",
        lambda parent, title, text, options, **kw: asked.append((text, kw["informative"])) or -1,
    )
    task = win.open_database(bad)
    qtbot.waitUntil(lambda: task.is_done, timeout=20000)
    assert asked and "notes.sqlite" in asked[0][0] and "not a SQLite database" in asked[0][1]
    assert win.db is None


def test_restore_from_backup_replaces_and_reopens(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[Any],
) -> None:
    from migdesk.gui import restore_dialog
    from migdesk.services.demo import load_demo
    from migdesk.store.sqlite import backup

    path = tmp_path / "r.sqlite"
    db = Database.open(path)
    load_demo(db)
    saved = backup(path, "test")
    create_record(db, "events", {"title": "Made after the backup"})
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(db)
    monkeypatch.setattr(restore_dialog, "choose_backup", lambda backups, parent: saved)
    with qtbot.waitSignal(
        win.databaseChanged, timeout=20000, check_params_cb=lambda d: d is not None
    ):
        win.files.restore_backup()
    assert win.db is not None
    assert [e.values["title"] for e in list_records(win.db, "events")].count(
        "Made after the backup"
    ) == 0
    assert answers[0]["title"] == "Restore from Backup"
    win.close()


def test_layout_and_recent_databases_are_remembered(
    qtbot: QtBot, settings: Settings, demo_db: Database
) -> None:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(760, 600)  # fits the offscreen screen, so the geometry is restored as is
    win.show()
    win.splitter.setSizes([190, 320, 330])
    sizes = win.splitter.sizes()
    win.save_layout()
    assert settings.recent_databases() == [demo_db.path]
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == win.size()
    assert again.splitter.sizes() == sizes
    win.db = None


def test_actions_have_names_shortcuts_and_widgets_accessible_names(window: MainWindow) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator()]
    named = [a for a in actions if a.objectName()]
    assert {a.objectName() for a in named} >= {
        "newRecordAction",
        "deleteAction",
        "undoAction",
        "redoAction",
        "findAction",
        "moveUpAction",
        "moveDownAction",
        "newDatabaseAction",
        "openDatabaseAction",
        "restoreBackupAction",
        "quitAction",
        "aboutAction",
        "undoHistoryAction",
    }
    keys = {a.objectName(): [k.toString() for k in a.shortcuts()] for a in named}
    assert keys["newRecordAction"] == ["Ctrl+N"]
    assert keys["undoAction"] == ["Ctrl+Z"]
    assert keys["redoAction"] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert keys["findAction"] == ["Ctrl+F"]
    assert keys["deleteAction"] == [QKeySequence(QKeySequence.StandardKey.Delete).toString()]
    assert keys["moveUpAction"] == ["Alt+Up"] and keys["moveDownAction"] == ["Alt+Down"]
    assert keys["newDatabaseAction"] == ["Ctrl+Shift+N"] and keys["openDatabaseAction"] == [
        "Ctrl+O"
    ]
    assert keys["quitAction"] == ["Ctrl+Q"]
    for widget in (
        window.navigator,
        window.table_panel.view,
        window.table_panel.filter,
        window.search_panel.field,
        window.search_panel.results,
        window.undo_view,
        window.record_panel,
        window.splitter,
    ):
        assert widget.objectName() and widget.accessibleName(), widget


def test_file_actions_can_be_added_by_the_lead(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    printing = QAction("&Print Summary…", window)
    printing.setObjectName("printAction")
    window.add_file_actions([printing], tool_bar=True)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("printAction") < names.index("restoreBackupAction")
    assert printing in window.tool_bar.actions()


def test_about_dialog_lists_the_licences(qtbot: QtBot) -> None:
    from migdesk.gui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["MigDesk", "Qt and PySide6", "DejaVu fonts", "Icons"]
    texts = [dialog.tabs.widget(i).toPlainText() for i in range(dialog.tabs.count())]  # type: ignore[attr-defined]
    assert "GNU General Public License" in texts[0]
    assert "LGPL" in texts[1]
    assert "Bitstream" in texts[2]
    assert "CC0" in texts[3]


def test_new_dialog_cancelled_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.db
    assert db is not None
    monkeypatch.setattr(NewRecordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    select(window, part_index(window, meeting_index(window), "Interventions"))
    assert window.editing.new_record_here() is None
    assert count(db, "interventions") == 14
    assert not window.undo_stack.canUndo()


def test_editing_a_meeting_date_moves_it_in_the_tree_and_keeps_it_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    db = window.db
    assert db is not None
    select(window, meeting_index(window))
    form = window.record_panel.current_form()
    assert form is not None
    date_field = form.field_widget("date")
    type_into(qtbot, date_field, "2010-01-15")
    qtbot.keyClick(date_field.focusProxy(), Qt.Key.Key_Return)
    assert get_record(db, "meetings", MEETING).values["date"] == "2010-01-15"
    node = window.current_node()
    assert node is not None and node.type is NodeType.MEETING and node.id == MEETING
    assert window.navigator.currentIndex().parent().data() == "2010"
    assert window.record_panel.record is not None and window.record_panel.record.id == MEETING
    window.undo_action.trigger()
    assert window.navigator.currentIndex().parent().data() == "2009"
    assert form.field_widget("date").text() == "2009-02-13"  # type: ignore[attr-defined]


def test_filter_box_and_column_sort(window: MainWindow, qtbot: QtBot) -> None:
    select(window, part_index(window, meeting_index(window), "Interventions"))
    panel = window.table_panel
    window.actions_.filter.trigger()
    qtbot.keyClicks(panel.filter, "delegations")
    shown = panel.proxy.rowCount()
    assert 0 < shown < 14
    assert panel.count.text() == f"{shown} of 14"
    panel.filter.clear()
    assert panel.proxy.rowCount() == 14 and panel.count.text() == "14 records"
    header = panel.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 1))
    speakers = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert speakers == sorted(speakers, key=str.casefold)
    panel.view.selectRow(5)
    assert not panel.in_natural_order() and not window.actions_.move_up.isEnabled()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 0))
    assert panel.in_natural_order() and window.actions_.move_up.isEnabled()


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
        header.height() // 2,
    )


def test_new_and_open_database_through_file_dialogs(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **kw: offered.append(title) and False)

    demo_path = window.db.path  # type: ignore[union-attr]
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(
        window.databaseChanged, timeout=20000, check_params_cb=lambda d: d is not None
    ):
        window.actions_.new_database.trigger()
    assert window.db is not None and window.db.path == (tmp_path / "fresh.sqlite").resolve()
    assert window.windowTitle() == "fresh.sqlite — MigDesk"
    assert window.navigator_model.rowCount() == 9  # views and lists only: no bodies yet
    assert offered == ["Welcome to MigDesk"]  # the new, empty database was offered the demo
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(demo_path), ""))
    with qtbot.waitSignal(
        window.databaseChanged, timeout=20000, check_params_cb=lambda d: d is not None
    ):
        window.actions_.open_database.trigger()
    assert window.db.path == demo_path
    window.files.fill_recent_menu(window.recent_menu)
    recent = [
        a.toolTip()
        for a in window.recent_menu.actions()
        if a.objectName().startswith("recentDatabase")
    ]
    assert recent == [str(demo_path), str((tmp_path / "fresh.sqlite").resolve())]


def test_an_import_in_the_window_is_one_undoable_step_and_keeps_the_history(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QModelIndex, QTimer
    from PySide6.QtWidgets import QApplication

    from migdesk.gui.import_dialog import ImportDialog
    from migdesk.services.exchange import export_file, import_file

    db = window.db
    desk = window.undo_stack.desk
    assert db is not None and desk is not None
    colleague = Database.open(tmp_path / "colleague.sqlite")  # has the demo, adds a workshop
    export_file(db, tmp_path / "mine.migdesk")
    import_file(colleague, tmp_path / "mine.migdesk")
    create_record(colleague, "events", {"title": "Imported workshop"})
    export_file(colleague, tmp_path / "from-colleague.migdesk")
    colleague.close()

    select(window, child_named(window, QModelIndex(), lambda t: t == "Events"))
    window.writes.create("events", {"title": "Local seminar"})
    model = window.table_panel.model
    assert model is not None and model.rowCount() == 4
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("table"))
    window.navigator_model.modelReset.connect(lambda: resets.append("tree"))

    def click_import() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog) and dialog.import_button.isEnabled():
            dialog.import_button.click()
        else:
            QTimer.singleShot(50, click_import)

    QTimer.singleShot(0, click_import)
    window.open_exchange_file(tmp_path / "from-colleague.migdesk")
    assert window.undo_stack.count() == 2  # the seminar, then the import
    assert window.undo_stack.undoText() == "Import from-colleague.migdesk"
    assert model.rowCount() == 5 and resets == []  # shown in place, no rebuild
    events = child_named(window, QModelIndex(), lambda t: t == "Events")
    assert events.data(258) == 5
    assert list(db.path.parent.glob("*-backups/*before-import*"))  # backed up first

    window.undo_action.trigger()  # the import goes...
    assert model.rowCount() == 4 and count(db, "events") == 4
    window.undo_action.trigger()  # ...and the step before it is still there
    assert count(db, "events") == 3
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert count(db, "events") == 5
