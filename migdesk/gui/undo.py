"""Undo and redo through the desk: every user change is a ChangeCommand on one stack.

A command's first redo runs a desk call (create, update, ...: one transaction, announced
by the desk to every view) and keeps the Change it returns; later undos apply the
Change's inverse and redos the Change itself, through `Desk.apply`, field by field: a
field another writer has changed since is left alone and reported by
`conflictsFound(change)`. The stack re-emits everything the desk announces, changes of
other writers included, as `changeApplied(change, origin)`, so views listen in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from migdesk.services.desk import Desk
from migdesk.services.records import Change

DeskCall = Callable[[], Change]


@dataclass
class _Outcome:
    """What the first redo produced (kept outside the command, which Qt may delete)."""

    change: Change | None = None
    error: BaseException | None = None


class ChangeCommand(QUndoCommand):
    """One undoable change to the database.

    `call` runs a desk method on the first redo. When it raises, or changes nothing, the
    command marks itself obsolete and the stack drops it. A command made with `applied`
    stands for a change already written and announced (an import).
    """

    def __init__(
        self,
        stack: UndoStack,
        desk: Desk,
        call: DeskCall | None,
        *,
        text: str = "",
        applied: Change | None = None,
    ) -> None:
        super().__init__(text)
        self._stack = stack
        self._desk = desk
        self._call = call
        self.outcome = _Outcome(change=applied)
        self._already_applied = applied is not None

    @property
    def change(self) -> Change | None:
        """The Change this command applies (None until the first redo ran)."""
        return self.outcome.change

    def redo(self) -> None:
        """First time: run the desk call; afterwards: apply the Change again."""
        change = self.outcome.change
        if self._already_applied:  # written and announced before it was pushed
            self._already_applied = False
            assert change is not None
            self.setText(self.text() or change.description)
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
            return
        self._stack.report(self._desk.apply(change))

    def undo(self) -> None:
        """Apply the inverse of the Change (one transaction, field by field)."""
        change = self.outcome.change
        assert change is not None
        self._stack.report(self._desk.apply(change.inverse()))


class UndoStack(QUndoStack):
    """The session's undo stack over one desk; the only caller of the desk's writes."""

    changeApplied = Signal(object, object)  # Change, origin (or None)
    conflictsFound = Signal(object)  # a Change whose undo or redo left fields alone

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._unsubscribe: Callable[[], None] | None = None

    def set_desk(self, desk: Desk | None) -> None:
        """Work on another desk: the history of the previous one is dropped."""
        self.clear()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._desk = desk
        if desk is not None:
            self._unsubscribe = desk.subscribe(self.changeApplied.emit)

    @property
    def desk(self) -> Desk | None:
        """The desk the commands write through."""
        return self._desk

    def _require(self) -> Desk:
        if self._desk is None:
            raise RuntimeError("no database is open")
        return self._desk

    def run(self, call: DeskCall, *, text: str = "") -> Change:
        """Run a desk call as an undoable command; returns its Change.

        The call's exception (InvalidValue, StaleWrite, ...) is raised to the caller and
        nothing is pushed; an empty Change is returned but not pushed either.
        """
        command = ChangeCommand(self, self._require(), call, text=text)
        outcome = command.outcome
        self.push(command)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.change is not None
        return outcome.change

    def record(self, change: Change, *, text: str = "") -> None:
        """Put a Change already written and announced (an import) on the stack."""
        desk = self._require()
        if not change.is_empty:
            self.push(ChangeCommand(self, desk, None, text=text, applied=change))

    def report(self, change: Change) -> None:
        """Tell listeners about the fields an undo or redo had to leave alone."""
        if change.conflicts:
            self.conflictsFound.emit(change)
