"""Running slow work off the GUI thread (BackgroundTask), and the one door for writes (DeskWrites).

    task = run_in_background(window, "Opening the database…", lambda progress: Database.open(p))
    task.succeeded.connect(on_opened)
    task.failed.connect(on_error)

The work function receives a `Progress`: it may report how far it got and should call
`progress.check()` between steps (it raises Cancelled once the user cancelled). Work
that returns succeeded, even when the cancel came too late to stop it. The work never
touches a widget; its result or exception comes back to the GUI thread by signal.

Writes are not work for a thread: they run in the GUI thread, each as one step on the
undo stack, through `DeskWrites` (window.writes), the only caller of the stack and of
the desk's writes besides gui/undo.py.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text, progress_text
from migdesk.gui.i18n import translate
from migdesk.gui.undo import UndoStack
from migdesk.services.desk import Database, Desk
from migdesk.services.errors import MigdeskError
from migdesk.services.records import Change

SHOW_AFTER_MS = 400  # quick work finishes before any dialog flickers up


class Cancelled(Exception):  # noqa: N818 (a control-flow signal, not an error)
    """Raised by work that noticed it was cancelled."""


class Progress:
    """What work running in a worker thread may tell the GUI: how far it got; asks: stop?"""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress (total 0: unknown); cheap to call often."""
        self._emit(done, total, text)

    def cancelled(self) -> bool:
        """True once the user asked to cancel."""
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to cancel."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        """Ask the work to stop (called from the GUI thread)."""
        self._cancel.set()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals
        self.progress = Progress(signals.progressed.emit)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as exc:  # everything goes back to the GUI thread
            if self.progress.cancelled():
                self._signals.cancelled.emit()
            else:
                self._signals.failed.emit(exc)
        else:
            # Work that returns has finished, even if a cancel came after its last check
            # (an import committing): its result is real and must reach the window.
            self._signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One piece of work in the thread pool; its signals arrive in the GUI thread.

    succeeded(result), failed(exception) or cancelled() is emitted exactly once, then
    finished().
    """

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    progressed = Signal(int, int, str)

    _running: set[BackgroundTask] = set()  # keeps tasks alive until they finish

    def __init__(
        self,
        work: Callable[[Progress], Any],
        *,
        parent: QWidget | None = None,
        label: str = "",
        cancellable: bool = True,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self._signals = _Signals()
        self._job = _Job(work, self._signals)
        self._pool = pool or QThreadPool.globalInstance()
        self._dialog: QProgressDialog | None = None
        self._done = False
        if parent is not None:
            self._dialog = self._make_dialog(parent, label, cancellable)
        self._signals.progressed.connect(self._on_progress)
        # Bound methods of this GUI-thread object: Qt queues them into the GUI thread.
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    def _make_dialog(self, parent: QWidget, label: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        dialog.setObjectName("progressDialog")
        dialog.setAccessibleName(label or self.tr("Progress"))
        dialog.setWindowTitle(self.tr("Please Wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.canceled.connect(self.cancel)
        return dialog

    @property
    def progress(self) -> Progress:
        """The Progress the work sees (its cancelled() flag is set by cancel())."""
        return self._job.progress

    @property
    def is_done(self) -> bool:
        """True once a result, an error or the cancellation came back."""
        return self._done

    def start(self) -> BackgroundTask:
        """Queue the work; returns self for chaining."""
        BackgroundTask._running.add(self)
        if self._dialog is not None:
            self._dialog.setValue(0)
        self._pool.start(self._job)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; cancelled() follows when it has."""
        self._job.progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)
        dialog = self._dialog
        if dialog is None or self._done:
            return
        if text and not self._job.progress.cancelled():
            dialog.setLabelText(progress_text(text))
        dialog.setMaximum(max(total, 0))
        # A modal progress dialog processes events in setValue: the task may finish there.
        dialog.setValue(min(done, total) if total else 0)

    def _on_succeeded(self, result: object) -> None:
        self._finish(self.succeeded, result)

    def _on_failed(self, error: object) -> None:
        self._finish(self.failed, error)

    def _on_cancelled(self) -> None:
        self._finish(self.cancelled, None)

    def _finish(self, signal: Any, payload: Any) -> None:
        if self._done:
            return
        self._done = True
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if signal is self.cancelled:
            signal.emit()
        else:
            signal.emit(payload)
        self.finished.emit()
        # Let the signal handlers run before the task can be collected.
        QTimer.singleShot(0, self._release)

    def _release(self) -> None:
        BackgroundTask._running.discard(self)


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    *,
    cancellable: bool = True,
) -> BackgroundTask:
    """Start work in the thread pool with a progress dialog over parent; connect, then wait."""
    return BackgroundTask(work, parent=parent, label=label, cancellable=cancellable).start()


# ==================================================================== the door to the database


class DeskWrites:
    """The window's one door for writes: each is an undoable step on the undo stack.

    Everything the window writes goes through here (gui/undo.py runs the step):
    tests/integration/test_one_of_each.py fails on a desk write or an undo-stack call
    anywhere else. The writing calls raise what the services refuse (InvalidValue,
    StaleWrite, ...), nothing written; `explained` turns a refusal into a warning.
    """

    def __init__(self, stack: UndoStack, parent: QWidget) -> None:
        self.stack = stack
        self._parent = parent

    @property
    def ready(self) -> bool:
        """True while a database is open to write to."""
        return self.stack.desk is not None

    def _desk(self) -> Desk:
        desk = self.stack.desk
        if desk is None:
            raise RuntimeError("no database is open")
        return desk

    def create(self, kind: str, values: dict[str, Any], *, text: str = "") -> Change:
        """Add a record."""
        return self.stack.run(lambda: self._desk().create(kind, values), text=text)

    def update(
        self,
        kind: str,
        record_id: str,
        values: dict[str, Any],
        *,
        expected: dict[str, Any] | None = None,
        origin: object = None,
        text: str = "",
    ) -> Change:
        """Change fields of a record; expected: the values the edit was based on."""
        return self.stack.run(
            lambda: self._desk().update(kind, record_id, values, expected=expected, origin=origin),
            text=text,
        )

    def delete(self, kind: str, record_id: str, *, text: str = "") -> Change:
        """Delete a record (and what goes with it)."""
        return self.stack.run(lambda: self._desk().delete(kind, record_id), text=text)

    def move(self, kind: str, record_id: str, index: int, *, text: str = "") -> Change:
        """Move a record to index among its siblings."""
        return self.stack.run(lambda: self._desk().move(kind, record_id, index), text=text)

    def run(self, work: Callable[[Database], Change], *, text: str = "") -> Change:
        """A services write of several records (an attachment, a report) as one step."""
        return self.stack.run(lambda: self._desk().run(work), text=text)

    def load_demo(self, *, text: str = "") -> Change:
        """Add the CEAM demo meeting."""
        return self.stack.run(self._desk().load_demo, text=text)

    def record(self, change: Change, *, text: str = "", undoable: bool = True) -> None:
        """A Change already written (an import): every view hears it; undoable unless told."""
        self._desk().announce(change)
        if undoable:
            self.stack.record(change, text=text)

    @contextmanager
    def one_step(self, text: str) -> Iterator[None]:
        """The writes made inside are undone and redone together."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    def explained(self, write: Callable[[], Change]) -> Change | None:
        """Run write (a call of this door); a refusal is explained in a warning, None returned."""
        try:
            return write()
        except MigdeskError as exc:
            prompts.warn(self._parent, translate("EditCommands", "Not Saved"), error_text(exc))
            return None
