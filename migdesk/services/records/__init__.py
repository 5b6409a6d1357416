"""Reading and changing records: every change is one transaction returning a Change.

A Change lists, per record, its snapshot before and after. Undo applies its inverse and
redo the change itself, each in a transaction of its own and field by field: a field is
written only while it still holds what the change expects, so another writer's value is
never overwritten (it is reported as a conflict instead). The desktop client's undo
stack and the exchange-file merge both go through `write_snapshots`, which moves each
record's version on and logs the write for the other windows on the database.

The package's modules, one job each: types.py (Record, Change), rows.py (snapshots <->
table rows), reading.py, editing.py (add, edit, move), deleting.py, replay.py (undo and
redo field by field). The public names are here.
"""

from __future__ import annotations

from migdesk.services.records.deleting import delete_record, preview_delete
from migdesk.services.records.editing import create_record, move_record, update_record
from migdesk.services.records.reading import (
    count,
    count_each,
    get_record,
    get_records,
    id_listing,
    list_ids,
    list_records,
    resolve_id,
)
from migdesk.services.records.replay import apply_change
from migdesk.services.records.rows import read_snapshots, write_snapshot, write_snapshots, writer_of
from migdesk.services.records.types import Change, ChangeItem, FieldConflict, Record, Snapshot

__all__ = [
    "Change",
    "ChangeItem",
    "FieldConflict",
    "Record",
    "Snapshot",
    "apply_change",
    "count",
    "count_each",
    "create_record",
    "delete_record",
    "get_record",
    "get_records",
    "id_listing",
    "list_ids",
    "list_records",
    "move_record",
    "preview_delete",
    "read_snapshots",
    "resolve_id",
    "update_record",
    "write_snapshot",
    "write_snapshots",
    "writer_of",
]
