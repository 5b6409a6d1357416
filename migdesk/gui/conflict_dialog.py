"""Saving over another writer's change: both values shown, the user chooses per field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from migdesk.gui import prompts
from migdesk.gui.conflict_table import ConflictRows, Dispute, set_up
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_conflict_dialog import Ui_ConflictDialog
from migdesk.services.errors import MigdeskError, StaleWrite


class ConflictDialog(QDialog):
    """The fields of a refused save: keep mine, take theirs, or edit; Save writes the choice."""

    def __init__(self, stale: StaleWrite, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.setObjectName("conflictDialog")
        self.stale = stale
        self.ui.explanation.setText(self.tr(
            "Someone else changed this record while you were editing it (another window, "
            "the command line or a colleague on the same database). Choose the value to "
            "keep for each field; the other stays in the undo history."))
        set_up(self.ui.conflicts)
        self.rows = ConflictRows(self.ui.conflicts, [
            Dispute(stale.kind, stale.record_id, stale.label, name, mine, theirs)
            for name, (mine, theirs) in stale.fields.items()
        ])
        self._values: dict[str, Any] = {}

    def accept(self) -> None:
        """Close with Accepted once every edited value converts."""
        try:
            self._values = {field: v for (_id, field), v in self.rows.values().items()}
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Not Saved"), self.tr("A value you typed cannot be used."),
                         informative=error_text(exc))
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """Field -> the value chosen (after Accepted)."""
        return self._values
