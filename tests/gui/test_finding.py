"""Finding and following up in the window: the body overview, open actions by when they
are due, search ranking, History lines, the user guide, and small display fixes.

Real widgets (offscreen) on a real SQLite file holding the demo; "today" is fixed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from migdesk.gui import prompts
from migdesk.gui.main_window import MainWindow
from migdesk.gui.navigator_model import DETAIL_ROLE
from migdesk.gui.new_record_dialog import NewRecordDialog
from migdesk.gui.settings import Settings
from migdesk.services.demo import demo_id
from migdesk.services.records import create_record, get_record
from migdesk.store.database import Database

MEETING = demo_id("meeting")
MONDAY = date(2009, 4, 20)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> Iterator[MainWindow]:
    """The main window on the demo, on Monday 20 April 2009."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings, today=lambda: MONDAY)
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.db = None


def row_named(window: MainWindow, parent: QModelIndex, text: str) -> QModelIndex:
    model = window.navigator_model
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == text:
            return index
    raise AssertionError(text)


def test_the_body_overview_draws_meetings_per_year_and_open_actions(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    window.navigator.setCurrentIndex(row_named(window, QModelIndex(), "Open actions"))
    assert not window.actions_.overview.isEnabled()  # a saved view: no body to show
    oas = row_named(window, QModelIndex(), "OAS")
    ceam = row_named(window, row_named(window, oas, "CP"), "CEAM")
    assert "Migration" in ceam.data(DETAIL_ROLE)
    window.navigator.setCurrentIndex(ceam)
    assert window.actions_.overview.isEnabled()
    dialog = window.help_commands.show_overview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.meetingsChart.totals() == [1]  # type: ignore[attr-defined]
    assert dialog.actionsChart.totals() == [2]  # type: ignore[attr-defined]  April 2009
    description = dialog.actionsChart.accessibleDescription()  # type: ignore[attr-defined]
    assert "2009-04: Overdue 1, This week 1" in description
    tree = dialog.actionsTree  # type: ignore[attr-defined]
    groups = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert groups == ["Overdue (1)", "This week (1)", "No due date (1)"]
    overdue = tree.topLevelItem(0).child(0)
    assert overdue.text(0) == "2009-04-07" and overdue.text(2).startswith("Organization of American")
    dialog.grab().save(str(screenshot_dir / "overview-page.png"))
    tree.itemActivated.emit(overdue, 1)
    shown = window.record_panel.record
    assert shown is not None and shown.kind == "actions"
    assert shown.values["due_date"] == "2009-04-07"
    dialog.close()


def test_open_actions_say_when_they_are_due_and_who_is_responsible(window: MainWindow) -> None:
    window.navigator.setCurrentIndex(row_named(window, QModelIndex(), "Open actions"))
    model = window.table_panel.model
    assert model is not None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["When", "Due date"] and "Responsible" in headers
    when = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert when == ["Overdue", "This week", "No due date"]
    responsible = headers.index("Responsible")
    assert model.index(2, responsible).data() == "General Secretariat of the OAS (GS/OAS)"


def test_search_puts_the_organization_named_oas_first_without_repeated_lines(
    window: MainWindow, qtbot: QtBot
) -> None:
    from migdesk.gui.search_panel import SNIPPET_ROLE

    window.actions_.find.trigger()
    panel = window.search_panel
    qtbot.keyClicks(panel.field, "OAS")
    qtbot.waitUntil(lambda: panel.model.hit_count() > 0)
    organizations = panel.model.index(0, 0)
    assert organizations.data().startswith("Organizations")
    first = panel.model.index(0, 0, organizations)
    assert first.data() == "Organization of American States (OAS)"
    assert first.data(SNIPPET_ROLE) == ""  # the title is the match: no second, same line


def test_decision_hits_read_as_labels(window: MainWindow, qtbot: QtBot) -> None:
    assert window.db is not None
    create_record(window.db, "decisions", {"meeting_id": MEETING, "text": "Xylophone.", "kind": "agreed"})
    window.actions_.find.trigger()
    panel = window.search_panel
    qtbot.keyClicks(panel.field, "Xylophone")
    qtbot.waitUntil(lambda: panel.model.hit_count() > 0)
    group = panel.model.index(0, 0)
    assert panel.model.index(0, 0, group).data() == "Agreed"


def test_history_lines_name_the_record(window: MainWindow, qtbot: QtBot) -> None:
    assert window.show_record("meetings", MEETING)
    form = window.record_panel.current_form()
    assert form is not None
    place = form.field_widget("place")
    place.setFocus()
    place.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(place, "Simon Bolivar Room, Washington, D.C.")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=1000)
    line = window.undo_view.model().index(1, 0).data()
    assert line == "Edit meeting '2009-02-13 Linking OAS efforts with those of regional consu…'"


def test_after_a_delete_a_lone_row_is_numbered_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.db is not None
    meeting = create_record(
        window.db, "meetings", {"title": "Second", "body_id": demo_id("ceam"), "date": "2009-03-13"}
    ).items[0].id
    first = create_record(window.db, "agenda_items", {"meeting_id": meeting, "title": "First"})
    create_record(window.db, "agenda_items", {"meeting_id": meeting, "title": "Second"})
    window.refresh()
    assert window.show_record("agenda_items", first.items[0].id)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    window.table_panel.view.setFocus()
    window.actions_.delete.trigger()
    model = window.table_panel.model
    assert model is not None and model.rowCount() == 1
    assert model.index(0, 0).data() == "1"


def test_a_new_organization_made_for_a_speaker_starts_as_a_delegation(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = window.record_panel.form("interventions")
    seen: list[Any] = []

    def exec_(dialog: NewRecordDialog) -> int:
        seen.append(dialog.form.values())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NewRecordDialog, "exec", exec_)
    form.field_widget("speaker_ids").addPicker.newButton.click()  # type: ignore[attr-defined]
    assert seen and seen[0]["kind"] == "member state delegation"
    window.record_panel.form("meetings").field_widget("body_id").newButton.click()  # type: ignore[attr-defined]
    assert seen[1]["kind"] == "committee"


def test_help_opens_the_user_guide(window: MainWindow, qtbot: QtBot) -> None:
    assert window.actions_.user_guide.isEnabled()
    window.actions_.user_guide.trigger()
    dialog = window.findChild(QDialog, "userGuideDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()  # type: ignore[attr-defined]
    assert "MigDesk" in text and "Record" in text
    assert "#" not in text.splitlines()[0]  # Markdown rendered, not shown as source
    dialog.close()
    QApplication.processEvents()


def test_officers_and_operative_paragraphs_have_lists_and_forms(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migdesk.services.records import count

    db = window.db
    assert db is not None
    create_record(
        db, "paragraphs", {"resolution_id": demo_id("res-2356"), "number": 1, "text": "To request"}
    )
    window.refresh()
    window.navigator.setCurrentIndex(row_named(window, QModelIndex(), "Operative paragraphs"))
    model = window.table_panel.model
    assert model is not None and model.rowCount() == count(db, "paragraphs") == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Resolution", "No.", "Text"]
    assert model.index(0, 0).data().startswith("AG/RES.")

    window.navigator.setCurrentIndex(row_named(window, QModelIndex(), "Officers"))
    person = get_record(
        db,
        "persons",
        create_record(db, "persons", {"name": "Ambassador María del Luján Flores"}).items[0].id,
    )

    def exec_(dialog: NewRecordDialog) -> int:
        dialog.form.field_widget("person_id").set_value(person.id)  # type: ignore[attr-defined]
        dialog.form.field_widget("body_id").set_value(demo_id("ceam"))  # type: ignore[attr-defined]
        role = dialog.form.field_widget("role")
        role.setCurrentIndex(role.findData("vice chair"))  # type: ignore[attr-defined]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewRecordDialog, "exec", exec_)
    before = count(db, "offices")
    window.actions_.new_record.trigger()
    assert count(db, "offices") == before + 1
    office = window.record_panel.record
    assert office is not None and office.kind == "offices" and office.values["role"] == "vice chair"
    assert window.table_panel.model is not None
    row = window.table_panel.model.ids().index(office.id)
    assert window.table_panel.model.index(row, 0).data() == "Vice chair"


def test_decisions_offer_elected_and_approved(window: MainWindow) -> None:
    combo = window.record_panel.form("decisions").field_widget("kind")
    labels = [combo.itemText(n) for n in range(combo.count())]  # type: ignore[attr-defined]
    assert "Elected" in labels and "Approved" in labels


def test_a_resolutions_symbol_column_shows_whole_symbols(window: MainWindow) -> None:
    window.navigator.setCurrentIndex(row_named(window, QModelIndex(), "Resolutions"))
    view = window.table_panel.view
    needed = view.fontMetrics().horizontalAdvance("AG/RES. 2356 (XXXVIII-O/08)")
    assert view.horizontalHeader().sectionSize(0) >= needed


def test_a_persons_form_lists_offices_and_adds_one_and_the_body_lists_its_officers(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screenshot_dir: Path
) -> None:
    db = window.db
    assert db is not None
    person = create_record(db, "persons", {"name": "Ambassador Ana Vega"}).items[0].id
    window.refresh()
    assert window.show_record("persons", person)
    form = window.record_panel.current_form()
    assert form is not None and form.offices is not None
    assert form.offices.isVisibleTo(form) and form.offices.list.count() == 0
    prefilled: list[Any] = []

    def exec_(dialog: NewRecordDialog) -> int:
        prefilled.append(dialog.form.values()["person_id"])
        dialog.form.field_widget("body_id").set_value(demo_id("ceam"))  # type: ignore[attr-defined]
        role = dialog.form.field_widget("role")
        role.setCurrentIndex(role.findData("vice chair"))  # type: ignore[attr-defined]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewRecordDialog, "exec", exec_)
    form.offices.addButton.click()
    assert prefilled == [person]
    assert window.show_record("persons", person)
    form = window.record_panel.current_form()
    assert form is not None and form.offices is not None
    assert [form.offices.list.item(n).text() for n in range(form.offices.list.count())] == [
        "Vice chair — Special Committee on Migration Issues (CEAM)"
    ]
    qtbot.wait(50)
    window.record_panel.grab().save(str(screenshot_dir / "form-person-offices.png"))
    assert window.show_record("organizations", demo_id("ceam"))
    body_form = window.record_panel.current_form()
    assert body_form is not None and body_form.offices is not None
    officers = body_form.offices.list
    assert [officers.item(n).text() for n in range(officers.count())] == [
        "Vice chair — Ambassador Ana Vega"
    ]
    officers.itemActivated.emit(officers.item(0))
    shown = window.record_panel.record
    assert shown is not None and shown.kind == "offices"


def test_a_spanish_title_finds_its_meeting_and_says_so(
    window: MainWindow, qtbot: QtBot, screenshot_dir: Path
) -> None:
    window.actions_.find.trigger()
    panel = window.search_panel
    with qtbot.waitSignal(panel.recordActivated) as shown:
        qtbot.keyClicks(panel.field, "vinculacion procesos")  # no accent typed
        qtbot.waitUntil(lambda: panel.model.hit_count() > 0)
        group = panel.model.index(0, 0)
        assert group.data() == "Meetings (1)"
        hit = panel.model.index(0, 0, group)
        assert hit.data().startswith("Español: Vinculación de los esfuerzos de la OEA")
        panel.results.setCurrentIndex(hit)
        panel.results.activated.emit(hit)
    assert shown.args == ["meetings", MEETING]
    qtbot.wait(50)
    window.grab().save(str(screenshot_dir / "search-translation.png"))


class HeldSearches:
    """The panel's real searcher, holding back the searches for one text until released.

    A held search runs in its worker thread and blocks there, as a search of a million
    records does for about a second."""

    def __init__(self, panel: Any, held_text: str) -> None:
        self._real = panel.searcher
        self._held_text = held_text
        self.release = threading.Event()
        self.returned = threading.Event()
        self.threads: set[int] = set()
        panel.searcher = self

    def __call__(self, db: Database, text: str, limit: int) -> list[Any]:
        self.threads.add(threading.get_ident())
        if text == self._held_text:
            assert self.release.wait(10)
        try:
            return self._real(db, text, limit)
        finally:
            if text == self._held_text:
                self.returned.set()


def test_typing_quickly_shows_only_the_last_querys_results(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_.find.trigger()
    panel = window.search_panel
    held = HeldSearches(panel, "OAS")
    try:
        panel.field.setText("OAS")
        panel.run_search()  # held in its worker: finishes after the newer one
        assert panel.is_searching() and panel.status.text() == "Searching…"
        started = panel.generation
        panel.field.clear()
        qtbot.keyClicks(panel.field, "vinculacion procesos")  # typed quickly: one search
        qtbot.waitUntil(lambda: not panel.is_searching(), timeout=5000)
        assert panel.generation == started + 1
        assert panel.model.index(0, 0).data() == "Meetings (1)" and panel.status.text() == "1 result"
        held.release.set()
        assert held.returned.wait(5)
        qtbot.wait(100)  # the older search's results arrive now, and are dropped
        assert panel.model.rowCount() == 1 and panel.model.index(0, 0).data() == "Meetings (1)"
        assert panel.status.text() == "1 result"
        assert threading.get_ident() not in held.threads  # searches ran off the GUI thread
    finally:
        held.release.set()


def test_the_window_stays_responsive_while_a_search_runs(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_.find.trigger()
    panel = window.search_panel
    held = HeldSearches(panel, "CEAM")
    try:
        qtbot.keyClicks(panel.field, "CEAM")
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)  # Enter before the results: the best hit, once found
        qtbot.waitUntil(lambda: panel.status.text() == "Searching…", timeout=2000)
        ticks: list[int] = []
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # the GUI thread is free
        window.show_record("meetings", MEETING)  # and the window does other things
        assert panel.is_searching() and panel.model.hit_count() == 0
        timer.stop()
        with qtbot.waitSignal(panel.recordActivated, timeout=5000) as shown:
            held.release.set()
        assert shown.args[0] in ("organizations", "meetings", "documents")
        assert panel.model.hit_count() > 0 and not panel.is_searching()
    finally:
        held.release.set()
