"""Help > About and User Guide, and View > Body Overview: the window's windows for reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from migdesk.gui.nodes import NO_BODY, NodeType
from migdesk.gui.user_guide import UserGuideDialog, user_guide_path

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase


class HelpCommands(QObject):
    """Opens the about box, the user guide (one window, kept) and a body's overview."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self._guide: UserGuideDialog | None = None

    def show_about(self) -> None:
        """Help > About MigDesk."""
        from migdesk.gui.about_dialog import AboutDialog  # loaded when first asked for

        dialog = AboutDialog(self.window)
        dialog.exec()

    def show_user_guide(self) -> None:
        """Help > MigDesk User Guide (F1): the guide in a window beside this one."""
        path = user_guide_path()
        if path is None:
            return
        if self._guide is None:
            self._guide = UserGuideDialog(path, self.window)
        self._guide.show()
        self._guide.raise_()

    def overview_body_id(self) -> str | None:
        """The body whose overview View > Body Overview shows: the selected one, or the meeting's."""
        window = self.window
        node = window.current_node()
        if node is None or window.db is None or window.catalog is None:
            return None
        if node.type in (NodeType.MEETING, NodeType.PART):  # the meeting's body (year node)
            node = window.catalog.meeting_parent(node.id or "")
        if node.type in (NodeType.BODY, NodeType.YEAR) and node.id and node.id != NO_BODY:
            return str(node.id)
        return None

    def show_overview(self) -> QDialog | None:
        """View > Body Overview: charts and open actions of the selected body."""
        window = self.window
        body_id = self.overview_body_id()
        if body_id is None or window.db is None:
            return None
        from migdesk.gui.overview_page import OverviewDialog

        dialog = OverviewDialog(window.db, body_id, window.today, window)
        dialog.actionActivated.connect(lambda action_id: window.show_record("actions", action_id))
        dialog.show()
        return dialog
