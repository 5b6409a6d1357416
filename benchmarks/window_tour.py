"""A tour of MigDesk's window on a large database, timed, with a screenshot per step.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m benchmarks.window_tour \
        [--scale 10] [--out docs/images]

Runs the real window on a real X server (Xvfb), on the benchmark database of a scale
(benchmarks.fixtures): opens it, expands the large body, scrolls its table of meetings
to the end, filters it, searches, and opens the large meeting's interventions and
scrolls to their end. Each step prints its time to the end of the work it starts and
the longest the event loop was blocked meanwhile (a heartbeat timer every 10 ms: what
the user feels as a frozen window), and saves ``tour-<step>.png``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.fixtures import DEFAULT_CACHE, ensure_database, large_sizes

HEARTBEAT_MS = 10
STEP_TIMEOUT_S = 120.0


class Heartbeat:
    """The longest gap between ticks of a 10 ms timer: how long the window froze."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.longest = 0
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring afresh."""
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def run_until(done: Callable[[], bool], timeout: float = STEP_TIMEOUT_S) -> None:
    """Process events until done() holds (or the timeout)."""
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.002)


def settle(seconds: float = 0.3) -> None:
    """Let pending work (background fetches, repaints) run for a moment."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.002)


def tour(db_path: Path, info: dict[str, Any], out: Path) -> list[dict[str, Any]]:
    """Run the steps; returns one row per step (name, seconds, longest freeze in ms).

    info: the database's description (benchmarks.fixtures.ensure_database).
    """
    from migdesk.gui.app import make_application
    from migdesk.gui.main_window import MainWindow
    from migdesk.gui.nodes import Node, NodeType
    from migdesk.gui.settings import Settings

    app = make_application([sys.argv[0]])
    window = MainWindow(Settings())
    window.resize(1500, 900)
    window.show()
    beat = Heartbeat()
    rows: list[dict[str, Any]] = []
    out.mkdir(parents=True, exist_ok=True)

    def step(name: str, action: Callable[[], object], done: Callable[[], bool]) -> None:
        settle(0.2)
        beat.start()
        start = time.monotonic()
        action()
        run_until(done)
        seconds = time.monotonic() - start
        QApplication.processEvents()
        rows.append({"step": name, "seconds": round(seconds, 3), "longest_freeze_ms": beat.longest})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        settle(0.3)
        window.grab().save(str(out / f"tour-{name}.png"))

    opened: list[object] = []
    step(
        "open",
        lambda: window.open_database(db_path).succeeded.connect(opened.append),
        lambda: bool(opened) and window.table_panel.model is not None,
    )
    nav, model, panel = window.navigator, window.navigator_model, window.table_panel

    def open_body() -> None:
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            node = model.node(index)
            if node is not None and node.type is NodeType.BODY and node.id == info["body_id"]:
                nav.setCurrentIndex(index)
                nav.expand(index)
                return
        raise RuntimeError("the large body is not in the navigator")

    def table_total() -> int:
        return panel.model.total_count if panel.model is not None else 0

    def table_fetched() -> int:
        return panel.model.fetched_count if panel.model is not None else 0

    meetings, interventions = large_sizes(info["scale"])
    step("expand-body", open_body, lambda: table_total() == meetings)
    bar = panel.view.verticalScrollBar()

    def scrolled_to_end() -> bool:
        bar.setValue(bar.maximum())  # the user holding End / dragging the scroll bar down
        return table_fetched() >= table_total() and bar.value() == bar.maximum()

    step("scroll-table", lambda: bar.setValue(bar.maximum()), scrolled_to_end)
    step(
        "filter",
        lambda: panel.filter.setText("remittances"),
        lambda: panel.model is not None and not panel.model.busy,  # the filtered rows shown
    )
    panel.filter.clear()
    search = window.search_panel
    before = search.status.text()

    def type_search() -> None:
        window.show_search()
        search.field.setText("trafficking persons")

    step(
        "search",
        type_search,
        lambda: not search.is_searching() and search.status.text() not in (before, ""),
    )
    window.show_browse()

    def open_meeting() -> None:
        window.show_record("meetings", info["meeting_id"])
        catalog = window.catalog
        assert catalog is not None
        location = catalog.locate("meetings", info["meeting_id"])
        assert location is not None
        found = model.load_path(location.path)
        if model.canFetchMore(found):
            model.fetchMore(found)
        nav.expand(found)
        nav.setCurrentIndex(model.index_of(Node(NodeType.PART, "interventions", info["meeting_id"])))

    step("open-meeting", open_meeting, lambda: table_total() == interventions)
    step("scroll-meeting", lambda: bar.setValue(bar.maximum()), scrolled_to_end)
    app.processEvents()
    return rows


def main() -> None:
    """Command line: the tour at a scale, screenshots into --out."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, default=Path("docs/images"))
    args = parser.parse_args()
    db_path, info = ensure_database(args.scale, 1, args.cache)
    rows = tour(db_path, info, args.out)
    print(json.dumps({"scale": args.scale, "records": info["records"], "steps": rows}, indent=1))
    sys.stdout.flush()
    import os

    os._exit(0)  # as gui_probe: skip a teardown PySide6 can abort in


if __name__ == "__main__":
    main()
