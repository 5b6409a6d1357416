"""A meeting with 10,000 interventions opens without loading every row."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from migdesk.gui.main_window import MainWindow
from migdesk.gui.navigator_model import NavigatorModel
from migdesk.gui.nodes import Node, NodeType
from migdesk.gui.settings import Settings
from migdesk.gui.table_model import BATCH
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.records import count
from migdesk.store import search
from migdesk.store.database import Database
from migdesk.store.models import Intervention, new_uuid, utc_now

ROWS = 10_000
MEETING = demo_id("meeting")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo plus 10,000 interventions in its meeting (inserted in one statement)."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    db = Database.open(path)
    load_demo(db)
    now = utc_now()
    rows = [
        {
            "id": new_uuid(),
            "meeting_id": MEETING,
            "agenda_item_id": None,
            "position": 14 + n,
            "speaker": f"Delegation {n}",
            "speaker_kind": "delegation",
            "speaker_ids": [],
            "text": f"Statement number {n} on labour migration and information systems.",
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
    assert count(db, "interventions") == ROWS + 14
    yield db
    db.close()


def test_ten_thousand_interventions_open_lazily(
    qtbot: QtBot, tmp_path: Path, big_db: Database
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_database(big_db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    started = time.perf_counter()
    index = window.navigator_model.load_path(
        [
            Node(NodeType.BODY, "meetings", demo_id("oas")),
            Node(NodeType.BODY, "meetings", demo_id("cp")),
            Node(NodeType.BODY, "meetings", demo_id("ceam")),
            Node(NodeType.YEAR, "meetings", demo_id("ceam"), "2009"),
            Node(NodeType.MEETING, "meetings", MEETING),
            Node(NodeType.PART, "interventions", MEETING),
        ]
    )
    window.navigator.setCurrentIndex(index)
    qtbot.wait(50)  # let the view paint and ask for what it shows
    elapsed = time.perf_counter() - started
    model = window.table_panel.model
    assert model is not None and model.total_count == ROWS + 14
    fetched = model.fetched_count
    assert fetched <= 2 * BATCH < ROWS / 10, fetched
    assert elapsed < 3.0, f"opening the table took {elapsed:.2f}s"
    print(f"\n10,014-row table opened in {elapsed * 1000:.0f} ms with {fetched} rows fetched")

    # Scrolling to the bottom fetches the next batch, not everything.
    window.table_panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.fetched_count > fetched)
    assert model.fetched_count < ROWS / 2
    before = model.fetched_count
    model.fetchMore(QModelIndex())
    assert model.fetched_count == before + BATCH
    assert (
        window.navigator_model.index_of(Node(NodeType.PART, "interventions", MEETING)).data(258)
        == ROWS + 14
    )

    # A new intervention goes to the end of the ids without loading the rows in between.
    loaded = model.fetched_count
    change = window.writes.explained(
        lambda: window.writes.create("interventions", {"meeting_id": MEETING, "text": "Last."})
    )
    assert change is not None
    assert model.total_count == ROWS + 15 and model.fetched_count == loaded
    window.undo_action.trigger()
    assert model.total_count == ROWS + 14
    window.db = None  # the module fixture closes it


def test_navigator_fetches_children_on_expand(big_db: Database, qtbot: QtBot) -> None:
    from migdesk.gui.nodes import NodeCatalog

    model = NavigatorModel(NodeCatalog(big_db))
    top = model.index(0, 0)
    assert top.data() == "OAS"
    assert model.hasChildren(top) and model.canFetchMore(top)
    assert model.rowCount(top) == 0
    model.fetchMore(top)
    assert not model.canFetchMore(top) and model.rowCount(top) == 1
