"""The GUI measures, run in a fresh process: ``python -m benchmarks.gui_probe MODE DB INFO T0``.

MODE ``app`` builds MigDesk's window the way ``migdesk.gui.app.run`` does (application,
start-up screen, exception hook, then importing ``MainWindow``, settings, the window,
``open_database``, which shows the window once the database is in it) but never enters a blocking
``exec``; MODE ``bare`` shows a plain ``QMainWindow``; MODE ``floor`` is the floor of
what the design allows (see ``run_floor``). Each prints one JSON object on stdout.

How times are taken (all with ``time.monotonic``, CLOCK_MONOTONIC, which is shared by
every process on Linux):

- *start-up*: from ``T0``, the parent's clock read just before it spawned this process,
  to the end of the first paint pass of the window (for ``app``: its first paint, as it
  shows once the database is set in it, i.e. the navigator filled). A paint is detected by
  an application-wide event filter seeing a ``QEvent.Paint`` for a widget of the window;
  it then posts ``QTimer.singleShot(0)``, which runs once the whole backing-store paint
  pass is over, and the clock is read there.
- *start-up window*: the same end for MigDesk's window (the first paint after the
  database was set in the window and the latest meeting shown) and for the ``floor``
  window (its first paint, with the rows of the same first screen in it).
- *start-up screen* (``app`` only): from ``T0`` to the end of the first paint pass of
  the start-up screen (``migdesk.gui.startup_screen``), detected the same way; MigDesk's
  heavy imports (``MainWindow``, SQLAlchemy) come after it.
- *lists*: from just before the user action (selecting and expanding a navigator row)
  to the end of the next paint pass, detected the same way. ``app`` uses the real
  navigator and table models; ``bare`` fills a ``QTreeWidget`` with the same rows read with plain ``sqlite3`` (every row at once).
- *memory*: the peak RSS at the end: ``VmHWM`` of /proc/self/status (``ru_maxrss``
  would not do: Linux carries the parent's peak over ``fork`` and ``exec``, so a probe
  spawned by a large benchmark process reported the parent's size).
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem, QWidget

TIMEOUT_MS = 60_000


class PaintWatch(QObject):
    """Waits for the end of the next paint pass of a top-level window.

    window is the window itself, or a class: then any window of that class counts (for a
    window that is made and shown by one call, such as the start-up screen).
    """

    def __init__(self, window: QWidget | type[QWidget]) -> None:
        super().__init__()
        self.window = window
        self.armed = False
        self.painted_at = 0.0
        self.loop = QEventLoop()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        """On the first paint of a widget of the window, schedule the end-of-pass mark."""
        if (
            self.armed
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and self._watched(obj.window())
        ):
            self.armed = False
            QTimer.singleShot(0, self._done)
        return False

    def _watched(self, window: QWidget) -> bool:
        if isinstance(self.window, type):
            return isinstance(window, self.window)
        return window is self.window

    def close(self) -> None:
        """Stop watching (remove the event filter)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _done(self) -> None:
        self.painted_at = time.monotonic()
        self.loop.quit()

    def arm(self) -> None:
        """Watch for the next paint (call before the action that causes it)."""
        self.painted_at = 0.0
        self.armed = True

    def wait(self) -> float:
        """Run the event loop until the paint pass is over; returns its end time."""
        if self.painted_at == 0.0:
            QTimer.singleShot(TIMEOUT_MS, self.loop.quit)
            self.loop.exec()
        if self.painted_at == 0.0:
            raise RuntimeError("no paint event within the timeout")
        return self.painted_at

    def time(self, action: Callable[[], object]) -> float:
        """Milliseconds from running action to the end of the next paint pass."""
        QApplication.processEvents()  # nothing pending from before
        self.arm()
        start = time.monotonic()
        action()
        return (self.wait() - start) * 1000


def _rss_mb() -> float:
    """This process's own peak resident memory in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run_app(db_path: Path, info: dict[str, Any], t0: float, repeat: int) -> dict[str, Any]:
    """Start MigDesk's window on db_path, then open the large body and meeting."""
    from PySide6.QtWidgets import QSplashScreen

    from migdesk.gui.app import load_fonts, make_application
    from migdesk.gui.settings import Settings
    from migdesk.gui.startup_screen import show_startup_screen

    # As migdesk.gui.app.run: the start-up screen before the heavy imports.
    app = make_application([sys.argv[0]], fonts=False)
    splash_watch = PaintWatch(QSplashScreen)
    splash_watch.arm()
    splash = show_startup_screen(app, db_path)
    splashed = splash_watch.wait()
    splash_watch.close()
    load_fonts()
    from migdesk.gui.error_dialog import install_exception_hook

    install_exception_hook()
    from migdesk.gui.main_window import MainWindow
    from migdesk.gui.nodes import Node, NodeType

    window = MainWindow(Settings())
    window.startup_screen = splash  # as run: shown once the database is in it
    watch = PaintWatch(window)
    watch.arm()  # its first paint is that of the filled window
    opened: list[float] = []
    task = window.open_database(db_path)
    task.succeeded.connect(lambda _db: opened.append(time.monotonic()))
    task.failed.connect(lambda exc: print(f"open failed: {exc}", file=sys.stderr))
    painted = watch.wait()
    if not opened:
        raise RuntimeError("the database was not opened")
    startup_rss = _rss_mb()

    model, view, db = window.navigator_model, window.navigator, window.db
    assert db is not None

    def reopen() -> None:
        """A cold navigator and table, as right after opening (untimed)."""
        window.set_database(db)
        QApplication.processEvents()

    def body_index() -> Any:
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            node = model.node(index)
            if node is not None and node.type is NodeType.BODY and node.id == info["body_id"]:
                return index
        raise RuntimeError("the large body is not in the navigator")

    expand: list[float] = []
    meeting: list[float] = []
    for _ in range(repeat):
        reopen()
        index = body_index()

        def open_body(i: Any = index) -> None:
            view.setCurrentIndex(i)
            view.expand(i)  # its sub-bodies and years

        expand.append(watch.time(open_body))
        rows = window.table_panel.model.total_count if window.table_panel.model else 0
        reopen()
        catalog = window.catalog
        assert catalog is not None
        location = catalog.locate("meetings", info["meeting_id"])
        assert location is not None
        found = model.load_path(location.path)
        view.expand(found.parent())
        part = Node(NodeType.PART, "interventions", info["meeting_id"])

        def open_meeting(found: Any = found, part: Node = part) -> None:
            if model.canFetchMore(found):  # what expanding does: the parts, with counts
                model.fetchMore(found)
            view.expand(found)
            view.setCurrentIndex(model.index_of(part))

        meeting.append(watch.time(open_meeting))
        interventions = window.table_panel.model.total_count if window.table_panel.model else 0
    app.processEvents()
    return {
        "startup_ms": (painted - t0) * 1000,
        "splash_ms": (splashed - t0) * 1000,
        "opened_ms": (opened[0] - t0) * 1000,
        "expand_body_ms": statistics.median(expand),
        "expand_body_runs": expand,
        "body_meetings": rows,
        "open_meeting_ms": statistics.median(meeting),
        "open_meeting_runs": meeting,
        "meeting_interventions": interventions,
        "startup_rss_mb": startup_rss,
        "rss_mb": _rss_mb(),
    }


def _fill(tree: QTreeWidget, rows: list[tuple[Any, ...]]) -> None:
    tree.clear()
    tree.setColumnCount(len(rows[0]) if rows else 1)
    tree.addTopLevelItems(
        [QTreeWidgetItem(["" if v is None else str(v) for v in row]) for row in rows]
    )


def run_bare(db_path: Path, info: dict[str, Any], t0: float, repeat: int) -> dict[str, Any]:
    """A bare QMainWindow; then a QTreeWidget of the same rows read with plain sqlite3."""
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 800)
    watch = PaintWatch(window)
    watch.arm()
    window.show()
    painted = watch.wait()
    startup_rss = _rss_mb()
    tree = QTreeWidget()
    window.setCentralWidget(tree)
    conn = sqlite3.connect(db_path)
    meetings_sql = (
        "SELECT date, title, place, status FROM meetings WHERE body_id = ? "
        "AND deleted_at IS NULL ORDER BY date, title"
    )
    interventions_sql = (
        "SELECT position, speaker, text FROM interventions WHERE meeting_id = ? "
        "AND deleted_at IS NULL ORDER BY position"
    )
    expand: list[float] = []
    meeting: list[float] = []
    counts: dict[str, int] = {}
    for _ in range(repeat):
        for sql, key, out in (
            (meetings_sql, "body_id", expand),
            (interventions_sql, "meeting_id", meeting),
        ):
            tree.clear()
            app.processEvents()

            def show_rows(sql: str = sql, key: str = key) -> None:
                rows = conn.execute(sql, (info[key],)).fetchall()
                counts[key] = len(rows)
                _fill(tree, rows)

            out.append(watch.time(show_rows))
    conn.close()
    return {
        "startup_ms": (painted - t0) * 1000,
        "expand_body_ms": statistics.median(expand),
        "expand_body_runs": expand,
        "body_meetings": counts.get("body_id", 0),
        "open_meeting_ms": statistics.median(meeting),
        "open_meeting_runs": meeting,
        "meeting_interventions": counts.get("meeting_id", 0),
        "startup_rss_mb": startup_rss,
        "rss_mb": _rss_mb(),
    }


def run_floor(db_path: Path, info: dict[str, Any], t0: float, repeat: int) -> dict[str, Any]:
    """The design's floor for start-up with data: a bare QMainWindow that imports
    ``sqlalchemy.orm`` (fixed by the design card), opens the database with a plain
    SQLAlchemy engine, reads the rows of MigDesk's first screen (the meetings of the
    most recent meeting's body and year, as the window starts there) with one Core
    select and shows them in a QTreeWidget."""
    import sqlalchemy.orm  # noqa: F401  (what every MigDesk window pays for)
    from sqlalchemy import column, create_engine, func, select, table

    _app = QApplication([sys.argv[0]])
    meetings = table(
        "meetings",
        *(column(n) for n in ("id", "body_id", "date", "title", "place", "status")),
        column("deleted_at"),
    )
    latest = (
        select(meetings.c.body_id, meetings.c.date)
        .where(meetings.c.deleted_at.is_(None))
        .order_by(meetings.c.date.desc())
        .limit(1)
        .cte()
    )
    first_screen = (
        select(meetings.c.date, meetings.c.title, meetings.c.place, meetings.c.status)
        .where(
            meetings.c.deleted_at.is_(None),
            meetings.c.body_id == latest.c.body_id,
            func.substr(meetings.c.date, 1, 4) == func.substr(latest.c.date, 1, 4),
        )
        .order_by(meetings.c.date, meetings.c.title)
        .limit(100)
    )
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        rows = [tuple(row) for row in conn.execute(first_screen)]
    window = QMainWindow()
    window.resize(1280, 800)
    tree = QTreeWidget()
    window.setCentralWidget(tree)
    if rows:
        _fill(tree, rows)
    watch = PaintWatch(window)
    watch.arm()
    window.show()
    painted = watch.wait()
    engine.dispose()
    return {"startup_ms": (painted - t0) * 1000, "rows": len(rows), "rss_mb": _rss_mb()}


def main() -> None:
    """Command line (used by benchmarks.run): MODE DB INFO_JSON T0 [REPEAT]."""
    mode, db_path, info_json, t0 = sys.argv[1], Path(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    repeat = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    info = json.loads(info_json)
    runner = {"app": run_app, "bare": run_bare, "floor": run_floor}[mode]
    print(json.dumps(runner(db_path, info, t0, repeat)), flush=True)
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 can abort there ("none_dealloc") after a
    # successful run, which would turn a good measurement into a failed process.
    os._exit(0)


if __name__ == "__main__":
    main()
