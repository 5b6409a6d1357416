"""The Paragraph used by every MigDesk report."""

from __future__ import annotations

from reportlab.platypus import Paragraph


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width.

    ReportLab wraps a paragraph again for each look at it (keep-with-next groups,
    frame fitting, splitting); line breaking depends on the width only, so the result
    is reused. Split parts are new Para objects with their own cache.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return width, height
