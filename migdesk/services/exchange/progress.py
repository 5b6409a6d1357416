"""How long exchange work reports its progress: one bar over phases, steps of the writing."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """What long exchange work reports to (the GUI's workers.Progress fits)."""

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """How far the work got (total 0: unknown)."""

    def check(self) -> None:
        """Raise (any exception) to cancel; the transaction is then rolled back."""


class Phase:
    """A phase's share [start, end] of one progress bar (of SCALE steps) over a whole task."""

    SCALE = 1000

    def __init__(self, progress: Progress, start: float, end: float) -> None:
        self.progress, self.start, self.end = progress, start, end

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Report done of total within the phase (total 0: its start)."""
        part = min(done / total, 1.0) if total > 0 else 0.0
        self.progress.report(round(self.SCALE * (self.start + (self.end - self.start) * part)),
                             self.SCALE, text)

    def check(self) -> None:
        """Raise to cancel (the whole task's check)."""
        self.progress.check()


class Silent:
    def report(self, done: int, total: int = 0, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass



class Steps:
    """The write phase's progress, in records written, indexed and recorded.

    Every step ends with a cancel check: a cancel anywhere before the commit rolls the
    whole import back.
    """

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.done, self.total = progress, 0, max(total, 1)

    def step(self, units: int, text: str) -> None:
        self.done += units
        self.progress.report(min(self.done, self.total), self.total, text)
        self.progress.check()

