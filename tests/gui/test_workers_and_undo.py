"""Background work (results, errors, cancel) and the undo stack's commands."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from migdesk.gui.undo import UndoStack
from migdesk.gui.workers import Progress, run_in_background
from migdesk.services.desk import Desk
from migdesk.services.errors import InvalidValue
from migdesk.services.records import count, create_record, update_record
from migdesk.store.database import Database


def test_result_comes_back_by_signal_in_the_gui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[threading.Thread] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        for n in range(3):
            progress.report(n + 1, 3, f"step {n + 1}")
        return 42

    task = run_in_background(parent, "Working…", work)
    seen: list[Any] = []
    task.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert threads and threads[0] is not threading.main_thread()
    assert task.is_done
    qtbot.waitUntil(lambda: seen[-1:] == [(3, 3, "step 3")])


def test_an_error_comes_back_as_the_exception(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise ValueError("broken input")

    task = run_in_background(None, "", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)


def test_cancel_stops_work_that_checks(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        while True:
            progress.check()
            time.sleep(0.01)

    task = run_in_background(parent, "Long work…", work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.progress.cancelled()


def test_work_that_finishes_despite_a_late_cancel_succeeds(qtbot: QtBot) -> None:
    """A cancel after the work's last check (an import committing) must not hide its result."""
    checked, release = threading.Event(), threading.Event()

    def work(progress: Progress) -> str:
        progress.check()
        checked.set()
        assert release.wait(5)  # the user cancels here, after the last check
        return "committed"

    task = run_in_background(None, "", work)
    assert checked.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        release.set()
    assert blocker.args == ["committed"]


# ---------------------------------------------------------------- undo


@pytest.fixture
def stack(demo_db: Database, qtbot: QtBot) -> UndoStack:
    undo = UndoStack()
    undo.set_desk(Desk(demo_db))
    return undo


def test_command_runs_the_service_once_then_replays_the_change(
    stack: UndoStack, demo_db: Database
) -> None:
    applied: list[tuple[str, Any]] = []
    stack.changeApplied.connect(lambda change, origin: applied.append((change.description, origin)))
    calls = []

    def add() -> Any:
        calls.append(1)
        assert stack.desk is not None
        return stack.desk.create("events", {"title": "Seminar"}, origin="form")

    change = stack.run(add)
    assert len(calls) == 1 and count(demo_db, "events") == 4
    assert stack.undoText() == "Add event 'Seminar (undated)'"  # the History names the record
    stack.undo()
    assert count(demo_db, "events") == 3
    stack.redo()
    assert count(demo_db, "events") == 4 and len(calls) == 1
    added = "Add event 'Seminar (undated)'"
    assert applied == [(added, "form"), (f"Undo {added}", None), (added, None)]
    assert stack.command(0).change == change  # type: ignore[attr-defined]


def test_refused_and_empty_changes_are_not_pushed(stack: UndoStack, demo_db: Database) -> None:
    with pytest.raises(InvalidValue):
        stack.run(lambda: create_record(demo_db, "events", {}))
    assert stack.count() == 0
    change = stack.run(lambda: create_record(demo_db, "events", {"title": "A"}))
    event = change.items[0].id
    empty = stack.run(lambda: update_record(demo_db, "events", event, {"title": "A"}))
    assert empty.is_empty and stack.count() == 1


def test_recorded_change_is_undoable(stack: UndoStack, demo_db: Database) -> None:
    change = create_record(demo_db, "events", {"title": "Imported"})  # written elsewhere
    stack.record(change, text="Import a file")
    assert stack.undoText() == "Import a file" and count(demo_db, "events") == 4
    stack.undo()
    assert count(demo_db, "events") == 3
