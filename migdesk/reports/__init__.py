"""Reports layer: ReportLab builders that turn plain data (``migdesk.reports.data``)
into PDF documents: the OAS-style meeting summary and the briefing packet.

Depends on plain data only: never on SQLAlchemy, Qt, the store or the services.
"""


class ReportError(Exception):
    """A report cannot be produced; ``message`` is fit to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ReportCancelled(Exception):  # noqa: N818 - the name the GUI workers catch
    """The user cancelled a report while it was being built."""


__all__ = ["ReportCancelled", "ReportError"]
