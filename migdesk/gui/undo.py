"""Undo and redo of database changes: every user change is a ChangeCommand on one stack.

A command's first redo runs the service call (one transaction) and keeps the Change it
returns; later undos write the Change's befores and redos its afters, each in its own
transaction (`apply_change`). After every application the stack emits `changeApplied`
with the Change as written, so item models and forms update only what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from migdesk.services.records import Change, apply_change
from migdesk.store.database import Database

ServiceCall = Callable[[], Change]
Notify = Callable[[Change, object], None]


@dataclass
class _Outcome:
    """What the first redo produced (kept outside the command, which Qt may delete)."""

    change: Change | None = None
    error: BaseException | None = None


class ChangeCommand(QUndoCommand):
    """One undoable change to the database.

    `call` runs the service (create_record, update_record, ...) on the first redo. When it
    raises, or changes nothing, the command marks itself obsolete and the stack drops it.
    `notify(change, origin)` is called after each application; origin is what started the
    change (e.g. the form that committed a field) on the first redo and None afterwards.
    """

    def __init__(
        self,
        db: Database,
        call: ServiceCall | None,
        notify: Notify,
        *,
        text: str = "",
        origin: object = None,
        applied: Change | None = None,
    ) -> None:
        super().__init__(text)
        self._db = db
        self._call = call
        self._notify = notify
        self._origin = origin
        self.outcome = _Outcome(change=applied)
        self._already_applied = applied is not None

    @property
    def change(self) -> Change | None:
        """The Change this command applies (None until the first redo ran)."""
        return self.outcome.change

    def redo(self) -> None:
        """First time: run the service call; afterwards: write the Change's afters."""
        change = self.outcome.change
        if self._already_applied:  # recorded after the fact (e.g. an import): nothing to do
            self._already_applied = False
            assert change is not None
            self.setText(self.text() or change.description)
            self._notify(change, self._origin)
            return
        if change is None:
            assert self._call is not None
            try:
                change = self._call()
            except BaseException as exc:  # reported by UndoStack.run to its caller
                self.outcome.error = exc
                self.setObsolete(True)
                return
            self.outcome.change = change
            self._call = None
            if change.is_empty:
                self.setObsolete(True)
                return
            if not self.text():
                self.setText(change.description)
            self._notify(change, self._origin)
            return
        self._notify(apply_change(self._db, change), None)

    def undo(self) -> None:
        """Write the befores of the Change (one transaction)."""
        change = self.outcome.change
        assert change is not None
        self._notify(apply_change(self._db, change.inverse()), None)


class UndoStack(QUndoStack):
    """The session's undo stack over one database; emits every Change it applies."""

    changeApplied = Signal(object, object)  # Change, origin (or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None

    def set_database(self, db: Database | None) -> None:
        """Work on another database: the history of the previous one is dropped."""
        self.clear()
        self._db = db

    @property
    def database(self) -> Database | None:
        """The database the commands apply to."""
        return self._db

    def run(self, call: ServiceCall, *, text: str = "", origin: object = None) -> Change:
        """Run a service call as an undoable command; returns its Change.

        The service's exception (InvalidValue, StillReferenced, ...) is raised to the
        caller and nothing is pushed; an empty Change is returned but not pushed either.
        """
        if self._db is None:
            raise RuntimeError("no database is open")
        command = ChangeCommand(self._db, call, self._emit, text=text, origin=origin)
        outcome = command.outcome
        self.push(command)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.change is not None
        return outcome.change

    def record(self, change: Change, *, text: str = "", origin: object = None) -> None:
        """Put a Change that was already written (an import) on the stack, and announce it."""
        if self._db is None:
            raise RuntimeError("no database is open")
        if change.is_empty:
            return
        self.push(
            ChangeCommand(self._db, None, self._emit, text=text, origin=origin, applied=change)
        )

    def _emit(self, change: Change, origin: object) -> None:
        self.changeApplied.emit(change, origin)
