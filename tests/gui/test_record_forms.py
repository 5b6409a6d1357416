"""Record forms on a real demo database: showing, validating, committing, picking, creating."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from migdesk.domain import vocab
from migdesk.gui.form_fields import form_row, widget_name
from migdesk.gui.new_record_dialog import NewRecordDialog, create_form
from migdesk.gui.record_form import RecordForm
from migdesk.gui.widgets import DateEdit, MultiRecordPicker, RecordPicker, SymbolEdit
from migdesk.gui.widgets.choices import known_values
from migdesk.gui.widgets.messages import Tone
from migdesk.services import records
from migdesk.services.desk import Desk
from migdesk.services.kinds import KINDS
from migdesk.store.database import Database

REPO = Path(__file__).resolve().parents[2]
DESIGNED = [
    "meetings", "interventions", "actions", "organizations", "resolutions", "documents",
    "events", "agenda_items", "decisions", "persons", "paragraphs", "invitations",
]  # fmt: skip


# ---------------------------------------------------------------- helpers


def _first(db: Database, kind: str) -> records.Record:
    return records.list_records(db, kind)[0]


def _org(db: Database, acronym: str) -> records.Record:
    return next(
        r for r in records.list_records(db, "organizations") if r.values["acronym"] == acronym
    )


def _ensure_one(db: Database, kind: str) -> records.Record:
    """A record of kind: the demo's first, or one made for kinds the demo leaves empty."""
    found = records.list_records(db, kind)
    if found:
        return found[0]
    meeting = _first(db, "meetings")
    values: dict[str, dict[str, Any]] = {
        "persons": {"name": "María Pérez", "honorific": "Ambassador",
                    "organization_id": _org(db, "CEAM").id},
        "decisions": {"meeting_id": meeting.id, "kind": "agreed",
                      "text": "To continue the dialogue with the regional processes."},
        "paragraphs": {"resolution_id": _first(db, "resolutions").id, "number": 1,
                       "text": "To request the Permanent Council to continue its work."},
    }  # fmt: skip
    change = records.create_record(db, kind, values[kind])
    return records.get_record(db, kind, change.items[0].id)


def _form(
    qtbot: QtBot, db: Database, kind: str, record: records.Record | None = None
) -> RecordForm:
    form = create_form(kind, db)
    qtbot.addWidget(form)
    form.resize(700, 600)
    if record is not None:
        form.set_record(record)
    form.show()
    return form


def _retype(qtbot: QtBot, line: QLineEdit, text: str, *, finish: bool = True) -> None:
    """Replace a line edit's text the way a user does, then press Return."""
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    if finish:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def _focus_out(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


# ---------------------------------------------------------------- showing


@pytest.mark.parametrize("kind", DESIGNED)
def test_every_kind_has_a_designed_form_that_shows_a_record(
    qtbot: QtBot, demo_db: Database, kind: str
) -> None:
    record = _ensure_one(demo_db, kind)
    form = _form(qtbot, demo_db, kind, record)
    assert form.ui is not None, f"ui/{kind}_form.ui is missing"
    assert form.kind == kind
    assert form.record_id() == record.id
    assert form.validation_errors() == {}
    values = form.values()
    for field in KINDS[kind].fields:
        assert values[field.name] == record.values[field.name], field.name
    # every field but the position has a widget named after it
    for field in KINDS[kind].fields:
        if field.name != "position":
            assert form.content.findChild(QWidget, widget_name(field)) is not None, field.name


def test_minor_kinds_get_a_generated_form(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "offices")
    assert form.ui is None
    assert isinstance(form.field_widget("start_date"), DateEdit)
    assert isinstance(form.field_widget("person_id"), RecordPicker)


def test_set_record_never_commits(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "meetings")
    with qtbot.assertNotEmitted(form.fieldCommitted):
        form.set_record(_first(demo_db, "meetings"))
        form.set_record(None)
        form.set_record(_first(demo_db, "meetings"))
        _focus_out(form.field_widget("introduction"))
        qtbot.keyClick(form.field_widget("title"), Qt.Key.Key_Return)


def test_meeting_form_shows_references_by_their_labels(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    body = form.field_widget("body_id")
    assert isinstance(body, RecordPicker)
    assert body.text() == "Special Committee on Migration Issues (CEAM)"
    mandates = form.field_widget("mandate_ids")
    assert isinstance(mandates, MultiRecordPicker)
    assert [c.label.text() for c in mandates.chips()] == ["AG/RES. 2356 (XXXVIII-O/08)"]
    status = form.field_widget("status")
    assert isinstance(status, QComboBox)
    assert (status.currentText(), status.currentData()) == ("Held", "held")


# ---------------------------------------------------------------- validation


def test_invalid_date_is_shown_beside_the_field_and_not_committed(
    qtbot: QtBot, demo_db: Database
) -> None:
    form = _form(qtbot, demo_db, "meetings", _first(demo_db, "meetings"))
    date_edit = form.field_widget("date")
    assert isinstance(date_edit, DateEdit)
    with qtbot.assertNotEmitted(form.fieldCommitted):
        _retype(qtbot, date_edit.lineEdit, "2009-13-45")
        _focus_out(date_edit.lineEdit)
    message = form.message("date")
    assert message.isVisible()
    assert "There is no month 13" in message.text()
    assert message.tone is Tone.ERROR
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert "date" in form.validation_errors()
    assert "There is no month 13" in date_edit.accessibleDescription()


def test_errors_show_while_typing(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "meetings", _first(demo_db, "meetings"))
    start = form.field_widget("start_time")
    assert isinstance(start, QLineEdit)
    qtbot.keyClicks(start, "25:")
    assert "not a time" in form.message("start_time").text()
    assert form.message("start_time").isVisible()
    _retype(qtbot, start, "10:00", finish=False)
    assert not form.message("start_time").isVisible()


def test_required_field_left_empty_is_an_error(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "meetings", _first(demo_db, "meetings"))
    title = form.field_widget("title")
    assert isinstance(title, QLineEdit)
    with qtbot.assertNotEmitted(form.fieldCommitted):
        _retype(qtbot, title, "")
    assert form.validation_errors()["title"] == "Required"
    assert form.message("title").text() == "Required"


def test_event_ending_before_it_starts_is_shown_live(qtbot: QtBot, demo_db: Database) -> None:
    event = _first(demo_db, "events")  # 2009-02-24 .. 2009-02-25
    form = _form(qtbot, demo_db, "events", event)
    end = form.field_widget("end_date")
    assert isinstance(end, DateEdit)
    with qtbot.assertNotEmitted(form.fieldCommitted):
        _retype(qtbot, end.lineEdit, "2009-02-20")
    assert "before it starts" in form.validation_errors()["end_date"]
    assert "before it starts" in form.message("end_date").text()


def test_int_fields_are_checked(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "actions", _first(demo_db, "actions"))
    number = form.field_widget("number")
    assert isinstance(number, QLineEdit)
    with qtbot.assertNotEmitted(form.fieldCommitted):
        _retype(qtbot, number, "one")
    assert "not a whole number" in form.message("number").text()


# ---------------------------------------------------------------- symbols


def test_resolution_symbol_is_described_as_typed(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "resolutions", _first(demo_db, "resolutions"))
    symbol = form.field_widget("symbol")
    assert isinstance(symbol, SymbolEdit)
    _retype(qtbot, symbol.lineEdit, "AG/RES. 2356 (XXXVIII-O/08)", finish=False)
    assert symbol.hint() == "General Assembly resolution 2356, 38th regular session, 2008"
    assert symbol.hintLabel.isVisible()
    assert symbol.hintLabel.tone is Tone.HINT


def test_garbage_symbol_says_why_but_is_allowed(qtbot: QtBot, demo_db: Database) -> None:
    resolution = _first(demo_db, "resolutions")
    form = _form(qtbot, demo_db, "resolutions", resolution)
    symbol = form.field_widget("symbol")
    assert isinstance(symbol, SymbolEdit)
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        _retype(qtbot, symbol.lineEdit, "garbage")
    assert "no organ prefix" in symbol.hint()
    assert symbol.hintLabel.tone is Tone.WARNING
    assert symbol.hintLabel.textFormat() == Qt.TextFormat.PlainText
    assert "symbol" not in form.validation_errors()
    assert blocker.args == ["resolutions", resolution.id, {"symbol": "garbage"}]


# ---------------------------------------------------------------- committing


def test_valid_edit_emits_field_committed(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    place = form.field_widget("place")
    assert isinstance(place, QLineEdit)
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        _retype(qtbot, place, "Washington")
    assert blocker.args == ["meetings", meeting.id, {"place": "Washington"}]
    # the same value again is not a new edit
    with qtbot.assertNotEmitted(form.fieldCommitted):
        qtbot.keyClick(place, Qt.Key.Key_Return)
        _focus_out(place)


def test_date_time_choice_and_long_text_commit(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    got: list[tuple[str, str, dict[str, Any]]] = []
    form.fieldCommitted.connect(lambda *args: got.append(args))
    date_edit = form.field_widget("date")
    assert isinstance(date_edit, DateEdit)
    _retype(qtbot, date_edit.lineEdit, "2009-02-14")
    start = form.field_widget("start_time")
    assert isinstance(start, QLineEdit)
    _retype(qtbot, start, "10:00")
    status = form.field_widget("status")
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("cancelled"))
    status.activated.emit(status.currentIndex())
    intro = form.field_widget("introduction")
    assert isinstance(intro, QPlainTextEdit)
    intro.setPlainText("A shorter introduction.")
    _focus_out(intro)
    assert [g[2] for g in got] == [
        {"date": "2009-02-14"},
        {"start_time": "10:00"},
        {"status": "cancelled"},
        {"introduction": "A shorter introduction."},
    ]
    assert all(g[:2] == ("meetings", meeting.id) for g in got)
    # what the form emits, the services accept
    for _, record_id, values in got:
        records.update_record(demo_db, "meetings", record_id, values)
    saved = records.get_record(demo_db, "meetings", meeting.id).values
    assert (saved["date"], saved["start_time"], saved["status"]) == (
        "2009-02-14",
        "10:00",
        "cancelled",
    )


def test_calendar_pick_commits_the_date(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    date_edit = form.field_widget("date")
    assert isinstance(date_edit, DateEdit)
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        date_edit.show_calendar()
        assert date_edit.calendar.selectedDate() == QDate(2009, 2, 13)
        date_edit.calendar.clicked.emit(QDate(2009, 2, 20))
    assert blocker.args == ["meetings", meeting.id, {"date": "2009-02-20"}]
    assert date_edit.text() == "2009-02-20"


def test_showing_the_saved_record_keeps_what_is_being_typed(
    qtbot: QtBot, demo_db: Database
) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    qtbot.waitExposed(form)
    form.activateWindow()
    place = form.field_widget("place")
    assert isinstance(place, QLineEdit)
    place.setFocus()
    qtbot.waitUntil(place.hasFocus)
    qtbot.keyClick(place, Qt.Key.Key_End)  # fields show the start of their text
    qtbot.keyClicks(place, ", USA")
    change = records.update_record(demo_db, "meetings", meeting.id, {"title": "Renamed"})
    form.set_record(records.get_record(demo_db, "meetings", meeting.id))
    title = form.field_widget("title")
    assert isinstance(title, QLineEdit)
    assert title.text() == "Renamed"
    assert place.text() == "Washington, D.C., USA"
    assert change.items


def test_mandates_are_added_and_removed_as_chips(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    mandates = form.field_widget("mandate_ids")
    assert isinstance(mandates, MultiRecordPicker)
    before = meeting.values["mandate_ids"]
    add_box = mandates.addPicker.line_edit()
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        qtbot.keyClicks(add_box, "2465")
        mandates.addPicker.popup.hide()
        qtbot.keyClick(add_box, Qt.Key.Key_Return)
    added = blocker.args[2]["mandate_ids"]
    assert added[:-1] == before and len(added) == 2
    assert [c.label.text() for c in mandates.chips()][-1] == "AG/RES. 2465 (XXXIX-O/09)"
    assert mandates.addPicker.text() == ""
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        mandates.chips()[0].removeButton.click()
    assert blocker.args[2] == {"mandate_ids": added[1:]}
    # Backspace in the empty add box removes the last chip
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        qtbot.keyClick(add_box, Qt.Key.Key_Backspace)
    assert blocker.args[2] == {"mandate_ids": []}
    assert mandates.chips() == []


# ---------------------------------------------------------------- pickers


def test_type_ahead_finds_puebla_by_its_other_name(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    picker = form.field_widget("body_id")
    assert isinstance(picker, RecordPicker)
    assert picker.model.rowCount() == 0  # lazily loaded: nothing read until used
    line = picker.line_edit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, "Puebla")
    popup = picker.popup
    assert picker.completer.completionCount() == 1
    assert picker.completer.currentCompletion() == "Regional Conference on Migration (RCM)"
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    rcm = _org(demo_db, "RCM")
    assert blocker.args == ["meetings", meeting.id, {"body_id": rcm.id}]
    assert picker.text() == "Regional Conference on Migration (RCM)"
    assert picker.value() == rcm.id


def test_typing_an_acronym_and_leaving_selects_it(qtbot: QtBot, demo_db: Database) -> None:
    action = _first(demo_db, "actions")
    form = _form(qtbot, demo_db, "actions", action)
    picker = form.field_widget("counterpart_id")
    assert isinstance(picker, RecordPicker)
    with qtbot.waitSignal(form.fieldCommitted) as blocker:
        _retype(qtbot, picker.line_edit(), "CEAM", finish=False)
        picker.popup.hide()
        qtbot.keyClick(picker.line_edit(), Qt.Key.Key_Return)
    assert blocker.args[2] == {"counterpart_id": _org(demo_db, "CEAM").id}
    assert picker.text() == "Special Committee on Migration Issues (CEAM)"


def test_picker_text_naming_nothing_is_an_error(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "meetings", _first(demo_db, "meetings"))
    picker = form.field_widget("body_id")
    assert isinstance(picker, RecordPicker)
    with qtbot.assertNotEmitted(form.fieldCommitted):
        _retype(qtbot, picker.line_edit(), "Nowhere Council", finish=False)
        picker.popup.hide()
        qtbot.keyClick(picker.line_edit(), Qt.Key.Key_Return)
    assert "No organization matches" in form.message("body_id").text()
    # several matches are named as such
    _retype(qtbot, picker.line_edit(), "Migration", finish=False)
    assert "match" in form.validation_errors()["body_id"]


def test_agenda_item_picker_lists_the_meetings_items_only(qtbot: QtBot, demo_db: Database) -> None:
    other = records.create_record(demo_db, "meetings", {"title": "Another meeting"}).items[0].id
    records.create_record(demo_db, "agenda_items", {"meeting_id": other, "title": "Other item"})
    form = _form(qtbot, demo_db, "interventions", _first(demo_db, "interventions"))
    picker = form.field_widget("agenda_item_id")
    assert isinstance(picker, RecordPicker)
    picker.ensure_loaded()
    assert [e.label for e in picker.model.entries] == [
        "Linking OAS efforts with those of regional consultative processes on migration"
    ]


def test_create_missing_organization_from_a_picker(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    picker = form.field_widget("body_id")
    assert isinstance(picker, RecordPicker)
    seen: dict[str, Any] = {}

    def fake_exec(dialog: NewRecordDialog) -> int:
        seen["name"] = dialog.form.field_widget("name").text()  # type: ignore[attr-defined]
        acronym = dialog.form.field_widget("acronym")
        assert isinstance(acronym, QLineEdit)
        qtbot.keyClicks(acronym, "CMC")
        seen["ok"] = dialog.okButton.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewRecordDialog, "exec", fake_exec)
    desk = Desk(demo_db)  # as the window does: the new record goes through the desk
    form.set_create_handler(lambda kind, values: desk.create(kind, values).items[0].id)
    _retype(qtbot, picker.line_edit(), "Caribbean Migration Consultations", finish=False)
    picker.popup.hide()
    with (
        qtbot.waitSignal(form.createRequested) as created,
        qtbot.waitSignal(form.fieldCommitted) as committed,
    ):
        picker.newButton.click()
    assert seen == {"name": "Caribbean Migration Consultations", "ok": True}
    assert created.args[0] == "organizations"
    assert created.args[1]["acronym"] == "CMC"
    new = _org(demo_db, "CMC")
    assert new.values["name"] == "Caribbean Migration Consultations"
    assert committed.args == ["meetings", meeting.id, {"body_id": new.id}]
    assert picker.value() == new.id
    assert picker.text() == "Caribbean Migration Consultations (CMC)"


def test_create_handler_is_used_instead_of_the_default(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _form(qtbot, demo_db, "actions", _first(demo_db, "actions"))
    calls: list[tuple[str, dict[str, Any]]] = []

    def handler(kind: str, values: dict[str, Any]) -> str:
        calls.append((kind, values))
        return records.create_record(demo_db, kind, values).items[0].id

    form.set_create_handler(handler)
    monkeypatch.setattr(NewRecordDialog, "exec", lambda d: QDialog.DialogCode.Accepted.value)
    picker = form.field_widget("event_id")
    assert isinstance(picker, RecordPicker)
    _retype(qtbot, picker.line_edit(), "Hemispheric Forum", finish=False)
    picker.popup.hide()
    picker.newButton.click()
    assert [(k, v["title"]) for k, v in calls] == [("events", "Hemispheric Forum")]
    assert picker.text().startswith("Hemispheric Forum")


def test_cancelled_new_dialog_changes_nothing(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _form(qtbot, demo_db, "meetings", _first(demo_db, "meetings"))
    monkeypatch.setattr(NewRecordDialog, "exec", lambda d: QDialog.DialogCode.Rejected.value)
    count = records.count(demo_db, "organizations")
    picker = form.field_widget("body_id")
    assert isinstance(picker, RecordPicker)
    with qtbot.assertNotEmitted(form.fieldCommitted), qtbot.assertNotEmitted(form.createRequested):
        picker.newButton.click()
    assert records.count(demo_db, "organizations") == count


# ---------------------------------------------------------------- new records


def test_new_record_dialog_ok_only_while_valid(qtbot: QtBot, demo_db: Database) -> None:
    dialog = NewRecordDialog("meetings", demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.okButton.isEnabled()
    assert not dialog.form.message("title").text()  # untouched: no red text yet (its line kept)
    assert "Title" in dialog.hint.text()
    title = dialog.form.field_widget("title")
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, "Third meeting with the regional processes")
    assert dialog.okButton.isEnabled()
    date_edit = dialog.form.field_widget("date")
    assert isinstance(date_edit, DateEdit)
    qtbot.keyClicks(date_edit.lineEdit, "2009-02-3x")
    assert not dialog.okButton.isEnabled()
    qtbot.keyClick(date_edit.lineEdit, Qt.Key.Key_Backspace)
    qtbot.keyClick(date_edit.lineEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(date_edit.lineEdit, "20")
    assert dialog.okButton.isEnabled()
    dialog.okButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()["date"] == "2009-02-20"


def test_new_dialog_for_a_child_needs_its_parent(qtbot: QtBot, demo_db: Database) -> None:
    dialog = NewRecordDialog("paragraphs", demo_db)
    qtbot.addWidget(dialog)
    assert set(dialog.form.validation_errors()) == {"resolution_id", "number", "text"}
    resolution = _first(demo_db, "resolutions")
    dialog.form.set_values({"resolution_id": resolution.id, "number": 3, "text": "To request."})
    assert dialog.form.validation_errors() == {}
    dialog.form.edited.emit()
    assert dialog.okButton.isEnabled()


def test_meeting_form_values_feed_create_record(qtbot: QtBot, demo_db: Database) -> None:
    form = _form(qtbot, demo_db, "meetings")
    assert form.record_id() is None
    title = form.field_widget("title")
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, "Follow-up meeting")
    date_edit = form.field_widget("date")
    assert isinstance(date_edit, DateEdit)
    qtbot.keyClicks(date_edit.lineEdit, "2009-03-20")
    body = form.field_widget("body_id")
    assert isinstance(body, RecordPicker)
    qtbot.keyClicks(body.line_edit(), "CEAM")
    assert form.validation_errors() == {}
    change = records.create_record(demo_db, "meetings", form.values())
    saved = records.get_record(demo_db, "meetings", change.items[0].id).values
    assert saved["title"] == "Follow-up meeting"
    assert saved["date"] == "2009-03-20"
    assert saved["body_id"] == _org(demo_db, "CEAM").id
    assert saved["status"] == "scheduled"


# ---------------------------------------------------------------- craft


def _interactive(form: RecordForm) -> list[QWidget]:
    types = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton, QTableWidget)
    return [
        w
        for w in form.content.findChildren(QWidget)
        if isinstance(w, types) and not w.objectName().startswith("qt_") and w.isVisibleTo(form)
    ]


@pytest.mark.parametrize("kind", DESIGNED)
def test_widgets_are_named_for_tests_and_screen_readers(
    qtbot: QtBot, demo_db: Database, kind: str
) -> None:
    form = _form(qtbot, demo_db, kind, _ensure_one(demo_db, kind))
    for widget in _interactive(form):
        if isinstance(widget.parentWidget(), QComboBox | QLineEdit):
            continue  # a combo box's line edit, a line edit's clear button: Qt's own parts
        assert widget.objectName(), f"{kind}: a {type(widget).__name__} has no objectName"
        assert widget.accessibleName(), f"{kind}: {widget.objectName()} has no accessible name"
    mnemonics = []
    for label in form.content.findChildren(QLabel):
        if label.buddy() is not None:
            text = label.text()
            assert "&" in text, f"{kind}: {label.objectName()} has no mnemonic"
            mnemonics.append(text[text.index("&") + 1].lower())
    assert len(mnemonics) == len(set(mnemonics)), f"{kind}: mnemonics clash: {mnemonics}"
    assert len(mnemonics) == len([f for f in KINDS[kind].fields if f.name != "position"])


def _tab_stops(form: RecordForm) -> list[QWidget]:
    """The widgets Tab visits, in order, from the form's first one round to the start."""
    stops: list[QWidget] = []
    current: QWidget | None = form.content.nextInFocusChain()
    while current is not None and current is not form.content and len(stops) < 500:
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus and current.isVisibleTo(form):
            stops.append(current)
        current = current.nextInFocusChain()
    return stops


@pytest.mark.parametrize("kind", ["meetings", "actions", "events", "interventions"])
def test_tab_order_follows_the_layout(qtbot: QtBot, demo_db: Database, kind: str) -> None:
    form = _form(qtbot, demo_db, kind, _first(demo_db, kind))
    fields = [f.name for f in KINDS[kind].fields if f.name != "position"]
    owners = {name: form.field_widget(name) for name in fields}
    visited: list[str] = []
    for stop in _tab_stops(form):
        name = next(n for n, w in owners.items() if w is stop or w.isAncestorOf(stop))
        if not visited or visited[-1] != name:
            visited.append(name)

    def place(name: str) -> tuple[int, int]:
        widget = owners[name]
        return form_row(form.formLayout, widget), widget.mapTo(form.content, widget.rect().topLeft()).x()

    assert visited == sorted(fields, key=place), " ".join(visited)


def test_user_text_is_never_markup(qtbot: QtBot, demo_db: Database) -> None:
    org = _org(demo_db, "CEAM")
    records.update_record(demo_db, "organizations", org.id, {"acronym": "<b>CEAM</b>"})
    form = _form(qtbot, demo_db, "interventions", _first(demo_db, "interventions"))
    speakers = form.field_widget("speaker_ids")
    assert isinstance(speakers, MultiRecordPicker)
    speakers.set_value([org.id])
    chip = speakers.chips()[0]
    assert chip.label.textFormat() == Qt.TextFormat.PlainText
    assert chip.label.text() == "<b>CEAM</b>"
    assert "<b>" not in chip.toolTip() and "&lt;b&gt;CEAM" in chip.toolTip()
    assert "<b>" not in chip.removeButton.toolTip()
    for label in form.findChildren(QLabel):
        if label.buddy() is None:  # labels from the .ui carry our own text; the rest user text
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_every_vocabulary_value_has_a_label() -> None:
    import enum

    for enum_type in vars(vocab).values():
        if (
            isinstance(enum_type, type)
            and issubclass(enum_type, enum.Enum)
            and enum_type.__module__ == vocab.__name__
        ):
            field = "speaker_kind" if enum_type is vocab.SpeakerKind else ""
            missing = {e.value for e in enum_type} - known_values(field)
            assert not missing, f"{enum_type.__name__}: {missing}"


# ---------------------------------------------------------------- screenshots


def _screenshot_dir(tmp_path: Path) -> Path:
    """docs/images when MIGDESK_SCREENSHOTS=1 (to refresh the docs), else a temp folder."""
    if os.environ.get("MIGDESK_SCREENSHOTS") == "1":
        return REPO / "docs" / "images"
    return tmp_path


@pytest.mark.parametrize("kind", ["meetings", "interventions"])
def test_render_form_screenshot(qtbot: QtBot, demo_db: Database, tmp_path: Path, kind: str) -> None:
    form = _form(qtbot, demo_db, kind, _first(demo_db, kind))
    form.resize(700, 600)
    qtbot.waitExposed(form)
    QApplication.processEvents()  # let the scroll area settle on its final geometry
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    out = _screenshot_dir(tmp_path) / f"form-{kind.removesuffix('s')}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    assert form.grab().save(str(out))
    # nothing is cut off: the whole form fits the window without scrolling
    assert not form.scrollArea.verticalScrollBar().isVisible()


def test_long_titles_show_their_start(qtbot: QtBot, demo_db: Database) -> None:
    meeting = _first(demo_db, "meetings")
    form = _form(qtbot, demo_db, "meetings", meeting)
    title = form.field_widget("title")
    assert isinstance(title, QLineEdit)
    assert title.text().startswith("Linking OAS efforts") and title.cursorPosition() == 0
