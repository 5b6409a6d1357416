"""Data entry in the window does not change or lose values behind the user's back.

Real widgets (offscreen) on a real SQLite file holding the demo; message boxes are
answered by replacing the prompts module's functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from migdesk.gui import prompts
from migdesk.gui.main_window import MainWindow
from migdesk.gui.record_form import RecordForm
from migdesk.gui.settings import Settings
from migdesk.services.demo import demo_id
from migdesk.services.records import get_record
from migdesk.store.database import Database

MEETING = demo_id("meeting")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> Iterator[MainWindow]:
    """The main window on the demo database, shown at 1280x800."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.db = None  # the fixture closes the database


def shown_form(window: MainWindow, kind: str, record_id: str) -> RecordForm:
    assert window.show_record(kind, record_id)
    form = window.record_panel.current_form()
    assert form is not None and form.record_id() == record_id
    return form


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel notch (down) with the pointer over the middle of widget."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_a_wheel_notch_over_an_unfocused_combo_box_changes_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    form = shown_form(window, "meetings", MEETING)
    db = window.db
    assert db is not None
    before = get_record(db, "meetings", MEETING).values
    status = form.field_widget("status")
    body = form.field_widget("body_id")
    assert isinstance(status, QComboBox)
    window.table_panel.view.setFocus()
    for target in (status, body.combo, body.line_edit()):  # type: ignore[attr-defined]
        assert not target.hasFocus()
        wheel(target)
        wheel(target, notches=2)
    qtbot.wait(10)
    assert status.currentData() == before["status"]
    assert get_record(db, "meetings", MEETING).values == before
    assert window.undo_stack.count() == 0


def test_every_combo_box_of_every_form_ignores_the_wheel_until_focused(
    window: MainWindow,
) -> None:
    form_kinds = ["meetings", "organizations", "actions", "decisions", "events", "invitations"]
    for kind in form_kinds:
        form = window.record_panel.form(kind)
        combos = form.findChildren(QComboBox)
        assert combos, kind
        for combo in combos:
            assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus, (kind, combo.objectName())
            index = combo.currentIndex()
            if combo.count() > 1:
                wheel(combo)
                assert combo.currentIndex() == index, (kind, combo.objectName())


def test_a_focused_combo_box_still_takes_the_wheel_and_ctrl_z_undoes_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    form = shown_form(window, "meetings", MEETING)
    db = window.db
    assert db is not None
    status = form.field_widget("status")
    assert isinstance(status, QComboBox)
    before = status.currentData()
    status.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(status.hasFocus)
    wheel(status, notches=-1 if status.currentIndex() < status.count() - 1 else 1)
    changed = status.currentData()
    assert changed != before
    qtbot.waitUntil(lambda: get_record(db, "meetings", MEETING).values["status"] == changed)
    assert status.hasFocus()
    qtbot.keyClick(status, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: get_record(db, "meetings", MEETING).values["status"] == before)
    assert status.currentData() == before


def answer_with(monkeypatch: pytest.MonkeyPatch, option: int) -> list[dict[str, Any]]:
    asked: list[dict[str, Any]] = []

    def choose(parent: QWidget | None, title: str, text: str, options: list[str], **kw: Any) -> int:
        asked.append({"title": title, "text": text, "options": options, **kw})
        return option

    monkeypatch.setattr(prompts, "choose", choose)
    return asked


def type_bad_date(qtbot: QtBot, form: RecordForm) -> QWidget:
    widget = form.field_widget("date")
    line = widget.focusProxy() or widget
    line.setFocus()
    line.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(line, "2009-02-30")
    return widget


def other_row(window: MainWindow) -> Any:
    """A row of the table other than the meeting's (the table lists the year's meetings)."""
    model = window.table_panel.proxy
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        record = window.table_panel.record_at(index)
        if record is not None and record.id != MEETING:
            return index
    raise AssertionError("the demo year has one meeting only")


def test_leaving_a_record_with_an_invalid_entry_asks_keep_editing_or_discard(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migdesk.services.records import create_record

    db = window.db
    assert db is not None
    create_record(db, "meetings", {"title": "Second", "body_id": demo_id("ceam"), "date": "2009-03-13"})
    window.refresh()
    form = shown_form(window, "meetings", MEETING)
    stored = get_record(db, "meetings", MEETING).values["date"]
    date_widget = type_bad_date(qtbot, form)
    asked = answer_with(monkeypatch, 0)  # Keep Editing
    window.table_panel.view.setCurrentIndex(other_row(window))
    assert len(asked) == 1 and asked[0]["options"] == ["Keep Editing", "Discard"]
    assert "February 2009 has no day 30" in asked[0]["informative"]
    assert window.record_panel.record is not None and window.record_panel.record.id == MEETING
    assert window.table_panel.current_record().id == MEETING  # type: ignore[union-attr]
    assert date_widget.text() == "2009-02-30"  # type: ignore[attr-defined]
    assert get_record(db, "meetings", MEETING).values["date"] == stored

    asked = answer_with(monkeypatch, 1)  # Discard
    window.table_panel.view.setCurrentIndex(other_row(window))
    assert len(asked) == 1
    assert window.record_panel.record is not None and window.record_panel.record.id != MEETING
    assert get_record(db, "meetings", MEETING).values["date"] == stored


def test_closing_the_window_with_an_invalid_entry_asks_first(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = shown_form(window, "meetings", MEETING)
    type_bad_date(qtbot, form)
    asked = answer_with(monkeypatch, 0)
    assert not window.close()
    assert window.isVisible() and len(asked) == 1
    asked = answer_with(monkeypatch, 1)
    assert window.close()
    assert len(asked) == 1


# ------------------------------------------------------------------ New … dialogs


def new_dialog(window: MainWindow, kind: str, defaults: dict[str, Any]) -> Any:
    from migdesk.gui.new_record_dialog import NewRecordDialog

    assert window.db is not None
    dialog = NewRecordDialog(kind, window.db, defaults, window)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("kind", "first"),
    [
        ("interventions", "text"),
        ("decisions", "text"),
        ("actions", "description"),
        ("agenda_items", "title"),
    ],
)
def test_add_to_meeting_dialogs_start_in_the_first_field_to_fill(
    window: MainWindow, qtbot: QtBot, kind: str, first: str
) -> None:
    dialog = new_dialog(window, kind, {"meeting_id": MEETING})
    qtbot.waitExposed(dialog)
    widget = dialog.form.field_widget(first)
    focus = dialog.focusWidget()  # where the cursor is when the dialog becomes active
    assert focus is not None and (focus is widget or widget.isAncestorOf(focus)), focus
    meeting = dialog.form.field_widget("meeting_id")
    assert not meeting.isAncestorOf(focus)
    dialog.reject()


def test_tab_never_stops_on_a_new_button_and_ctrl_enter_accepts(
    window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QToolButton

    dialog = new_dialog(window, "interventions", {"meeting_id": MEETING})
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    visited = []
    for _ in range(30):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert not [w for w in visited if isinstance(w, QToolButton)], visited
    text = dialog.form.field_widget("text")
    text.setFocus()
    qtbot.keyClicks(text, "The delegation of Mexico presented the report.")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values()["text"].startswith("The delegation of Mexico")


def test_messages_keep_their_room_so_the_fields_do_not_move(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    dialog = new_dialog(window, "actions", {"meeting_id": MEETING})
    qtbot.waitExposed(dialog)
    due = dialog.form.field_widget("due_date")
    status = dialog.form.field_widget("status")
    before = (due.mapTo(dialog, QPoint()), status.mapTo(dialog, QPoint()))
    description = dialog.form.field_widget("description")
    qtbot.keyClicks(description, "x")
    description.clear()  # "Required" now shows under it, and the hint at the bottom
    qtbot.wait(10)
    assert dialog.hint.text()
    assert (due.mapTo(dialog, QPoint()), status.mapTo(dialog, QPoint())) == before
    # At its default size the Action dialog shows Due date and Status without scrolling.
    assert not dialog.form.scrollArea.verticalScrollBar().isVisible()
    for widget in (due, status):
        assert dialog.form.scrollArea.viewport().rect().contains(
            widget.mapTo(dialog.form.scrollArea.viewport(), widget.rect().bottomRight())
        )
    qtbot.wait(50)
    dialog.grab().save(str(screenshot_dir / "dialog-new-action.png"))
    dialog.reject()


def test_a_new_resolution_with_a_known_symbol_is_refused_and_offers_the_existing_one(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    dialog = new_dialog(window, "resolutions", {})
    qtbot.waitExposed(dialog)
    symbol = dialog.form.field_widget("symbol")
    line = symbol.focusProxy() or symbol
    line.setFocus()
    qtbot.keyClicks(line, "AG/RES. 2356 (XXXVIII-O/08)")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert not dialog.okButton.isEnabled()
    assert dialog.existingButton.isVisible()
    assert "Already recorded as “AG/RES. 2356 (XXXVIII-O/08)" in dialog.form.message("symbol").text()
    qtbot.wait(50)  # the message laid out
    dialog.grab().save(str(screenshot_dir / "dialog-duplicate-symbol.png"))
    chosen: list[tuple[str, str]] = []
    dialog.existingChosen.connect(lambda kind, rid: chosen.append((kind, rid)))
    qtbot.mouseClick(dialog.existingButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.USE_EXISTING
    assert chosen == [("resolutions", demo_id("res-2356"))]


def test_editing_a_document_to_another_documents_symbol_is_not_saved(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = window.db
    assert db is not None
    from migdesk.services.records import list_records

    docs = {r.values["symbol"]: r.id for r in list_records(db, "documents")}
    target = docs["CE/AM-75/09 rev. 2"]
    form = shown_form(window, "documents", target)
    symbol = form.field_widget("symbol")
    line = symbol.focusProxy() or symbol
    line.setFocus()
    line.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(line, "CE/AM-59/08 rev. 1")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "Already recorded as" in form.message("symbol").text()
    assert get_record(db, "documents", target).values["symbol"] == "CE/AM-75/09 rev. 2"
    asked = answer_with(monkeypatch, 1)
    window.close()  # the entry that cannot be saved is asked about, then discarded
    assert len(asked) == 1


def test_a_title_beyond_the_exchange_limit_is_refused_as_it_is_pasted(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migdesk.services.exchange_schema import MAX_TEXT

    db = window.db
    assert db is not None
    form = shown_form(window, "meetings", MEETING)
    stored = get_record(db, "meetings", MEETING).values["title"]
    title = form.field_widget("title")
    title.setFocus()
    title.selectAll()  # type: ignore[attr-defined]
    QApplication.clipboard().setText("Migration " * (MAX_TEXT // 10) + "!")
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(title.text()) == MAX_TEXT + 1  # type: ignore[attr-defined]
    assert "Too long: 20,001 characters, at most 20,000" in form.message("title").text()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert get_record(db, "meetings", MEETING).values["title"] == stored
    answer_with(monkeypatch, 1)  # Discard when the window closes


def test_a_long_title_is_cut_in_the_heading(window: MainWindow) -> None:
    from migdesk.gui.record_panel import HEADING_CHARS
    from migdesk.services.records import update_record

    db = window.db
    assert db is not None
    update_record(db, "meetings", MEETING, {"title": "Long " * 1000})
    window.refresh()
    shown_form(window, "meetings", MEETING)
    heading = window.record_panel.title_label.text()
    assert len(heading) == HEADING_CHARS and heading.endswith("…")


# ------------------------------------------------------------------ attached files


def test_attach_a_pdf_to_a_document_open_it_remove_it_and_undo(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot_dir: Path,
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from migdesk.services.attachments import attachments_of
    from migdesk.services.records import list_records

    db = window.db
    assert db is not None
    doc = next(r for r in list_records(db, "documents") if r.values["symbol"] == "CE/AM-59/08 rev. 1")
    form = shown_form(window, "documents", doc.id)
    box = form.attachments
    assert box is not None and box.isVisibleTo(form) and box.list.count() == 0
    pdf = tmp_path / "CE-AM-59-08 rev1 agenda.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% agenda of the meeting\n%%EOF\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    qtbot.mouseClick(box.attachButton, Qt.MouseButton.LeftButton)
    stored = attachments_of(db, "documents", doc.id)
    assert [a.values["filename"] for a in stored] == [pdf.name]
    assert stored[0].values["media_type"] == "application/pdf"
    assert box.list.count() == 1 and box.list.item(0).text().startswith(pdf.name)
    assert window.undo_stack.undoText() == f"Attach {pdf.name}"
    window.record_panel.grab().save(str(screenshot_dir / "form-document-files.png"))

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    box.list.setCurrentRow(0)
    written = box.open_selected()
    assert written is not None and written.read_bytes() == pdf.read_bytes()
    assert opened == [str(written)]

    qtbot.mouseClick(box.removeButton, Qt.MouseButton.LeftButton)
    assert attachments_of(db, "documents", doc.id) == [] and box.list.count() == 0
    window.undo_stack.undo()
    assert box.list.count() == 1
    window.undo_stack.undo()
    assert box.list.count() == 0 and attachments_of(db, "documents", doc.id) == []


def test_a_new_document_dialog_has_no_files_row_yet(window: MainWindow) -> None:
    dialog = new_dialog(window, "documents", {})
    assert dialog.form.attachments is not None and not dialog.form.attachments.isVisibleTo(dialog)
    dialog.reject()


def test_the_meeting_form_fits_its_pane_with_whole_time_fields(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    form = shown_form(window, "meetings", MEETING)
    qtbot.wait(50)
    assert not form.scrollArea.horizontalScrollBar().isVisible()
    for field in ("start_time", "end_time"):
        line = form.field_widget(field)
        needed = line.fontMetrics().horizontalAdvance("HH:MM")
        assert line.width() >= needed + 8, field  # the placeholder is not cut
    window.record_panel.grab().save(str(screenshot_dir / "form-meeting.png"))
