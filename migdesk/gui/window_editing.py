"""The Record menu's work: create, edit, delete and reorder records, all undoable.

Every change runs as a step on the window's undo stack (one transaction each), through
the window's one door for writes (workers.DeskWrites, `window.writes`). A
change the services refuse (InvalidValue, StillReferenced) is explained in one line and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from migdesk.gui import prompts
from migdesk.gui.error_text import error_text
from migdesk.gui.i18n import translate
from migdesk.gui.labels import kind_name, kind_title
from migdesk.gui.new_record_dialog import NewRecordDialog
from migdesk.gui.nodes import MEETING_PARTS, OPEN_ACTIONS, UPCOMING_EVENTS, NodeType
from migdesk.services.errors import MigdeskError, StaleWrite
from migdesk.services.history import record_history
from migdesk.services.records import Change, Record, get_record, preview_delete

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase


class EditCommands(QObject):
    """Creates, edits, deletes and moves the window's records through its undo stack."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window

    def commit_fields(self, kind: str, record_id: str, values: Any, form: object) -> None:
        """A form's finished edit: save it; if refused, the form shows the stored record.

        The edit is based on what the form showed when the user started it: when another
        writer changed the same field since, the user chooses between the two values.
        """
        db, writes = self.window.db, self.window.writes
        if db is None or not writes.ready:
            return
        expected = getattr(form, "edit_base", None)

        def save(values: Any, expected: Any) -> Change:
            return writes.update(kind, record_id, values, expected=expected, origin=form)

        try:
            change: Change | None = save(values, expected)
        except StaleWrite as stale:
            change = self._resolve_stale(stale, save)
        except MigdeskError as exc:
            prompts.warn(self.window, self.tr("Not Saved"), error_text(exc))
            change = None
        if change is None:
            panel = self.window.record_panel
            try:
                panel.show_record(get_record(db, kind, record_id))
            except MigdeskError:
                panel.show_record(None)

    def _resolve_stale(
        self, stale: StaleWrite, save: Callable[[Any, Any], Change]
    ) -> Change | None:
        """Show both values of the fields in dispute; save what the user chooses."""
        from migdesk.gui.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(stale, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.values()
        theirs = {name: pair[1] for name, pair in stale.fields.items()}
        keep = {name: value for name, value in chosen.items() if value != theirs[name]}
        if not keep:
            return None  # theirs taken everywhere: nothing to write
        return self.window.writes.explained(lambda: save(keep, {n: theirs[n] for n in keep}))

    def show_record_history(self) -> None:
        """Record > Record History…: the current record's values set aside, to use one again."""
        db, record = self.window.db, self.window.table_panel.current_record()
        writes = self.window.writes
        if db is None or not writes.ready or record is None:
            return
        _, items = record_history(db, record.kind, record.id)

        def use(field: str, value: Any) -> bool:
            text = self.tr("Use an earlier value of %1").replace("%1", field)
            change = writes.explained(
                lambda: writes.update(record.kind, record.id, {field: value}, text=text)
            )
            return change is not None

        from migdesk.gui.history_dialog import HistoryDialog  # loaded when first asked for

        HistoryDialog(record.kind, record.label, items, use, self.window, here=db.installation_id).exec()

    # ---------------------------------------------------------------- context

    def new_context(self) -> tuple[str, dict[str, Any]] | None:
        """What Ctrl+N makes where the user is: (kind, default values), or None."""
        window = self.window
        node = window.current_node()
        if node is None or window.db is None:
            return None
        if node.type in (NodeType.BODY, NodeType.YEAR):
            return "meetings", {"body_id": node.id or None}
        if node.type is NodeType.MEETING:
            meeting = window.catalog.meeting(node.id) if window.catalog and node.id else None
            return "meetings", {"body_id": meeting.values.get("body_id") if meeting else None}
        if node.type is NodeType.PART:
            return node.kind, {"meeting_id": node.id}
        if node.type is NodeType.KIND:
            return node.kind, {}
        if node.key == UPCOMING_EVENTS:
            return "events", {"start_date": window.today().isoformat()}
        if node.key == OPEN_ACTIONS:
            meeting_id = self.context_meeting_id()
            return ("actions", {"meeting_id": meeting_id}) if meeting_id else None
        return None

    def _meeting(self, meeting_id: str | None) -> Record | None:
        db = self.window.db
        if db is None or not meeting_id:
            return None
        try:
            return get_record(db, "meetings", meeting_id)
        except MigdeskError:
            return None

    def context_meeting_id(self) -> str | None:
        """The meeting the user works in: selected in the tree, or the current row's."""
        node = self.window.current_node()
        if node is not None and node.type in (NodeType.MEETING, NodeType.PART):
            return node.id
        record = self.window.table_panel.current_record()
        if record is not None:
            if record.kind == "meetings":
                return record.id
            if record.kind in MEETING_PARTS:
                return record.values.get("meeting_id")
        return None

    # ---------------------------------------------------------------- creating

    def new_record_here(self) -> str | None:
        """Record > New… (Ctrl+N): a record of the kind the current list holds."""
        context = self.new_context()
        return self.new_record(*context) if context is not None else None

    def add_to_meeting(self, kind: str) -> str | None:
        """Record > Add to Meeting > …: an agenda item, intervention, decision or action."""
        meeting_id = self.context_meeting_id()
        return self.new_record(kind, {"meeting_id": meeting_id}) if meeting_id else None

    def new_record(self, kind: str, defaults: dict[str, Any]) -> str | None:
        """Ask for a new record's values (NewRecordDialog), create it, show it; its id."""
        values = self.ask_new_values(kind, defaults)
        if values is None:
            return None
        writes = self.window.writes
        change = writes.explained(lambda: writes.create(kind, values))
        if change is None or not change.items:
            return None
        new_id = change.items[0].id
        self.window.show_record(kind, new_id)
        return new_id

    def ask_new_values(self, kind: str, defaults: dict[str, Any]) -> dict[str, Any] | None:
        """The New … dialog; the values entered, or None when cancelled."""
        assert self.window.db is not None
        dialog = NewRecordDialog(kind, self.window.db, defaults, self.window)
        dialog.form.set_create_handler(self.create_from_form)
        dialog.existingChosen.connect(self.window.show_record)  # "Use Existing": go to it
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def create_from_form(self, kind: str, values: dict[str, Any]) -> str:
        """The forms' create handler (a picker's New …): undoable like everything else."""
        return self.window.writes.create(kind, values).items[0].id

    # ---------------------------------------------------------------- deleting

    def delete_targets(self) -> list[Record]:
        """The meeting selected in the tree (when it has the focus), else the selected rows."""
        window = self.window
        meeting_id = self._focused_meeting_id()
        if meeting_id is not None:
            meeting = self._meeting(meeting_id)
            return [meeting] if meeting else []
        selected = window.table_panel.selected_records()
        if selected:
            return selected
        shown = window.record_panel.record
        return [shown] if shown is not None else []

    def can_delete(self) -> bool:
        """Whether delete_targets has any, without reading the focused meeting's record."""
        window = self.window
        meeting_id = self._focused_meeting_id()
        if meeting_id is not None:
            return window.catalog is not None and window.catalog.meeting(meeting_id) is not None
        return bool(window.table_panel.selected_records()) or window.record_panel.record is not None

    def _focused_meeting_id(self) -> str | None:
        """The meeting selected in the tree while the tree has the focus."""
        window = self.window
        node = window.current_node()
        if window.navigator.hasFocus() and node is not None and node.type is NodeType.MEETING:
            return node.id or ""
        return None

    def delete_selected(self) -> bool:
        """Record > Delete… (Del): ask, listing what goes with it, then delete (undoable)."""
        window = self.window
        db = window.db
        targets = self.delete_targets()
        if db is None or not targets:
            return False
        taken: list[Record] = []
        try:
            for record in targets:
                taken += preview_delete(db, record.kind, record.id)[1:]
        except MigdeskError as exc:
            prompts.warn(window, self.tr("Cannot Delete"), error_text(exc))
            return False
        if not prompts.confirm(
            window,
            self.tr("Delete"),
            self._question(targets),
            informative=self._consequences(taken),
            details="\n".join(f"{kind_title(r.kind)}: {r.label}" for r in targets + taken),
            accept=self.tr("Delete"),
            destructive=True,
        ):
            return False
        try:
            if len(targets) == 1:
                window.writes.delete(targets[0].kind, targets[0].id)
            else:
                self._delete_many(targets)
        except MigdeskError as exc:
            prompts.warn(window, self.tr("Cannot Delete"), error_text(exc))
            return False
        return True

    def _delete_many(self, targets: Sequence[Record]) -> None:
        writes = self.window.writes
        with writes.one_step(self.tr("Delete %1 records").replace("%1", str(len(targets)))):
            for record in targets:
                writes.delete(record.kind, record.id)

    def _question(self, targets: Sequence[Record]) -> str:
        if len(targets) == 1:
            record = targets[0]
            return (
                self.tr("Delete the %1 “%2”?")
                .replace("%1", kind_name(record.kind))
                .replace("%2", record.label)
            )
        return self.tr("Delete these %1 records?").replace("%1", str(len(targets)))

    def _consequences(self, taken: Sequence[Record]) -> str:
        undo_hint = self.tr("You can undo this with Ctrl+Z.")
        if not taken:
            return undo_hint
        counts: dict[str, int] = {}
        for record in taken:
            counts[record.kind] = counts.get(record.kind, 0) + 1
        parts = [f"{n} {_kind_name(k, n)}" for k, n in counts.items()]
        return self.tr("It takes with it: %1.").replace("%1", ", ".join(parts)) + " " + undo_hint

    # ---------------------------------------------------------------- reordering

    def move_current(self, delta: int) -> bool:
        """Record > Move Up / Move Down (Alt+Up / Alt+Down) for ordered records."""
        panel = self.window.table_panel
        model = panel.model
        record = panel.current_record()
        if model is None or record is None or not model.movable or not panel.in_natural_order():
            return False  # sorted or filtered: "up" would not mean what the user sees
        new_index = model.row_of(record.id) + delta  # in natural order: its position
        if not 0 <= new_index < model.total_count:
            return False
        return self.move_record(record.id, new_index)

    def move_record(self, record_id: str, new_index: int) -> bool:
        """Move a record of the table to new_index among its siblings (drag and drop too)."""
        panel = self.window.table_panel
        writes = self.window.writes
        if panel.model is None or not writes.ready:
            return False
        kind = panel.model.kind
        change = writes.explained(lambda: writes.move(kind, record_id, new_index))
        if change is not None:
            panel.select_record(record_id)
        return change is not None

    def attach_file(self, kind: str, record_id: str, path: str) -> bool:
        """A form's Attach File…: store the file and attach it (undoable)."""
        from migdesk.services.attachments import attach_file

        writes = self.window.writes
        if not writes.ready:
            return False
        text = translate("MainWindow", "Attach %1").replace("%1", Path(path).name)
        change = writes.explained(
            lambda: writes.run(lambda db: attach_file(db, kind, record_id, Path(path)), text=text)
        )
        return change is not None

    def remove_attachment(self, attachment_id: str) -> bool:
        """A form's Remove (a file): delete the attachment (undoable)."""
        writes = self.window.writes
        if not writes.ready:
            return False
        return writes.explained(lambda: writes.delete("attachments", attachment_id)) is not None

    def load_demo_meeting(self) -> bool:
        """File / Help > Load Demo Meeting: add the CEAM demo (undoable) and show its meeting."""
        from migdesk.services.demo import demo_id

        writes = self.window.writes
        if not writes.ready:
            return False
        text = translate("MainWindow", "Load the CEAM demo")
        change = writes.explained(lambda: writes.load_demo(text=text))
        if change is None:
            return False
        if change.is_empty:  # every demo record is there already (or deleted: undo that)
            self.window.statusBar().showMessage(
                translate("MainWindow", "The demo is already in this database"), 5000
            )
        self.window.show_record("meetings", demo_id("meeting"))
        return not change.is_empty


def _kind_name(kind: str, n: int) -> str:
    """ "intervention" / "interventions" (in the user's language when translated)."""
    return kind_name(kind, n)
