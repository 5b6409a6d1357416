"""A table bigger than one window of rows: the first paint reads one window, sorting and
filtering cover every row (in a worker, the newest request winning), go to record lands
on the right row, and Changes keep a sorted or filtered table current."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event, insert, text

from migdesk.gui.columns import columns_for
from migdesk.gui.nodes import Node, NodeCatalog, NodeType
from migdesk.gui.table_model import BATCH, RecordTableModel
from migdesk.gui.table_panel import TablePanel
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.records import create_record, delete_record, list_ids
from migdesk.store import search
from migdesk.store.database import Database
from migdesk.store.models import Intervention, new_uuid, utc_now

ROWS = 3_000  # thirty windows of rows
MEETING = demo_id("meeting")
RARE = "zanzibarite"  # in every 7th added intervention's text, nowhere in the demo


def _speaker(n: int) -> str:
    return f"Delegation {n:04d}"


@pytest.fixture
def big_db(tmp_path: Path) -> Iterator[Database]:
    """The demo plus ROWS interventions in its meeting, inserted in one statement."""
    db = Database.open(tmp_path / "big.sqlite")
    load_demo(db)
    now = utc_now()
    rows = [
        {
            "id": new_uuid(),
            "meeting_id": MEETING,
            "agenda_item_id": None,
            "position": 14 + n,
            "speaker": _speaker(n),
            "speaker_kind": "delegation",
            "speaker_ids": [],
            "text": f"Statement {n} on {RARE if n % 7 == 0 else 'labour'} migration"
            + (" by Muñoz" if n % 11 == 0 else ""),
            "language": "en",
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        for n in range(ROWS)
    ]
    with db.session() as s:
        s.execute(insert(Intervention), rows)
        search.rebuild(s.connection())
    yield db
    db.close()


def _model(db: Database) -> RecordTableModel:
    catalog = NodeCatalog(db)
    node = Node(NodeType.PART, "interventions", MEETING)
    return RecordTableModel(
        db, "interventions", columns_for("interventions"), partial(catalog.table_listing, node)
    )


def _panel(qtbot: QtBot, model: RecordTableModel) -> TablePanel:
    panel = TablePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.set_model(model, "Interventions")
    return panel


def _shown_ids(model: RecordTableModel) -> list[str]:
    """Every row's record id, fetching the rows not fetched yet."""
    while model.canFetchMore():
        model.fetchMore()
    ids = []
    for row in range(model.rowCount()):
        record = model.record_at(row)
        assert record is not None
        ids.append(record.id)
    return ids


def _wait_arranged(qtbot: QtBot, model: RecordTableModel) -> None:
    qtbot.waitUntil(lambda: not model.busy, timeout=20_000)


def _speakers(db: Database, ids: list[str]) -> list[str]:
    with db.session(write=False) as s:
        rows = s.connection().execute(text("SELECT id, speaker FROM interventions")).all()
    speaker = dict(rows)
    return [speaker[i] for i in ids]


def test_the_first_paint_reads_one_window_of_rows(big_db: Database, qtbot: QtBot) -> None:
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(big_db.engine, "before_cursor_execute", seen)
    try:
        model = _model(big_db)
        panel = _panel(qtbot, model)
        panel.show()
        qtbot.waitExposed(panel)
    finally:
        event.remove(big_db.engine, "before_cursor_execute", seen)
    assert model.total_count == ROWS + 14 and model.fetched_count == BATCH
    # Every row those statements return, counted by running them again.
    with big_db.engine.connect() as conn:
        fetched = sum(len(conn.exec_driver_sql(sql, params).all()) for sql, params in statements)
    assert fetched < 4 * BATCH < ROWS, fetched


def test_filtering_a_big_table_finds_every_matching_row_off_the_gui_thread(
    big_db: Database, qtbot: QtBot
) -> None:
    model = _model(big_db)
    panel = _panel(qtbot, model)
    before = _shown_ids(model)[:5]
    panel.view.scrollToBottom()
    panel.filter.setText(RARE.upper())
    assert model.busy and "…" in panel.count.text()  # a busy cue; the old rows stay
    assert [model.record_at(r).id for r in range(5)] == before  # type: ignore[union-attr]
    _wait_arranged(qtbot, model)
    assert panel.view.verticalScrollBar().value() == 0  # the first rows found, shown
    expected = [n for n in range(ROWS) if n % 7 == 0]
    shown = _shown_ids(model)
    assert _speakers(big_db, shown) == [_speaker(n) for n in expected]
    assert panel.count.text() == f"{len(expected)} of {ROWS + 14}"

    panel.filter.setText("munoz statement")  # accents and case aside, every word
    _wait_arranged(qtbot, model)
    assert _speakers(big_db, _shown_ids(model)) == [_speaker(n) for n in range(0, ROWS, 11)]

    panel.filter.clear()  # back to the natural order at once
    assert not model.busy and model.shown_count == ROWS + 14
    assert model.fetched_count == BATCH


def test_a_newer_filter_wins_over_an_older_one_still_running(
    big_db: Database, qtbot: QtBot
) -> None:
    model = _model(big_db)
    panel = _panel(qtbot, model)
    shown_after_each_reset: list[int] = []
    model.modelReset.connect(lambda: shown_after_each_reset.append(model.shown_count))
    panel.filter.setText(RARE)  # the older request: its rows must never show
    panel.filter.setText("munoz")
    _wait_arranged(qtbot, model)
    qtbot.wait(200)  # an older result arriving late would be shown by now
    munoz = len(range(0, ROWS, 11))
    assert shown_after_each_reset == [munoz]
    assert model.words == ("munoz",) and model.shown_count == munoz


def test_sorting_covers_every_row_and_go_to_record_lands_on_its_row(
    big_db: Database, qtbot: QtBot
) -> None:
    model = _model(big_db)
    panel = _panel(qtbot, model)
    speaker = [c.field for c in model.columns].index("speaker")
    panel.view.sortByColumn(speaker, Qt.SortOrder.DescendingOrder)
    _wait_arranged(qtbot, model)
    assert not panel.in_natural_order()
    assert model.fetched_count == BATCH  # sorted, still fetched a window at a time
    natural = list_ids(big_db, "interventions", where={"meeting_id": MEETING})
    speakers = _speakers(big_db, natural)
    downwards = sorted(speakers, key=lambda s: (s or "").casefold(), reverse=True)
    assert [model.cell_text(r, speaker) for r in range(BATCH)] == downwards[:BATCH]
    target = natural[14 + 1234]  # Delegation 1234, far past the first window
    assert panel.select_record(target)
    row = panel.view.currentIndex().row()
    assert row == downwards.index(_speaker(1234)) > BATCH
    assert panel.current_record().id == target  # type: ignore[union-attr]
    assert _speakers(big_db, _shown_ids(model)) == downwards

    # The natural order again: go to a record far past the first window.
    panel.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert panel.in_natural_order()
    assert panel.current_record().id == target  # type: ignore[union-attr]  # still selected
    assert model.fetched_count == panel.view.currentIndex().row() + 1 == 14 + 1234 + 1
    far = natural[2500]
    assert panel.select_record(far)
    assert panel.view.currentIndex().row() == 2500
    assert panel.current_record().id == far  # type: ignore[union-attr]
    position = [c.field for c in model.columns].index("position")
    assert model.cell_text(2500, position) == "2501"


def test_go_to_a_record_the_filter_hides_clears_the_filter(
    big_db: Database, qtbot: QtBot
) -> None:
    model = _model(big_db)
    panel = _panel(qtbot, model)
    panel.filter.setText(RARE)
    _wait_arranged(qtbot, model)
    hidden = list_ids(big_db, "interventions", where={"meeting_id": MEETING})[14 + 1000]
    assert hidden not in _shown_ids(model)  # 1000 is not a multiple of 7
    assert panel.select_record(hidden)
    assert panel.filter.text() == "" and model.words == ()
    assert panel.current_record().id == hidden  # type: ignore[union-attr]
    assert panel.view.currentIndex().row() == 1014


def test_the_current_record_stays_selected_when_the_rows_are_arranged(
    big_db: Database, qtbot: QtBot
) -> None:
    model = _model(big_db)
    panel = _panel(qtbot, model)
    heard: list[Any] = []
    panel.currentRecordChanged.connect(heard.append)
    panel.view.selectRow(14 + 7 * 3)  # Delegation 0021: the filter keeps it
    current = panel.current_record()
    assert current is not None and heard == [current]
    panel.filter.setText(RARE)
    _wait_arranged(qtbot, model)
    assert panel.current_record() == current and heard == [current]  # no second signal
    assert panel.view.currentIndex().row() == 3
    panel.filter.setText("munoz")  # 21 is not a multiple of 11: the row goes
    _wait_arranged(qtbot, model)
    assert panel.current_record() is None and heard == [current, None]


def test_changes_reach_a_sorted_and_filtered_big_table(big_db: Database, qtbot: QtBot) -> None:
    model = _model(big_db)
    panel = _panel(qtbot, model)
    speaker = [c.field for c in model.columns].index("speaker")
    panel.filter.setText(RARE)
    panel.view.sortByColumn(speaker, Qt.SortOrder.AscendingOrder)
    _wait_arranged(qtbot, model)
    count = model.shown_count
    first = model.record_at(0)
    assert first is not None and first.values["speaker"] == _speaker(0)

    added = create_record(
        big_db,
        "interventions",
        {"meeting_id": MEETING, "speaker": "Delegation 0000a", "text": f"On {RARE}."},
    )
    model.apply_change(added)
    new_id = added.items[0].id
    assert model.busy and panel.select_record(new_id)  # selected when its row comes
    _wait_arranged(qtbot, model)
    assert model.shown_count == count + 1 and model.total_count == ROWS + 15
    assert panel.current_record().id == new_id  # type: ignore[union-attr]
    assert [model.cell_text(r, speaker) for r in range(2)] == [_speaker(0), "Delegation 0000a"]

    gone = model.record_at(0)
    assert gone is not None
    model.apply_change(delete_record(big_db, "interventions", gone.id))
    assert model.cell_text(0, speaker) == "Delegation 0000a"  # removed at once
    _wait_arranged(qtbot, model)
    assert model.shown_count == count and model.total_count == ROWS + 14
    assert gone.id not in _shown_ids(model)
