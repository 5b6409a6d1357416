"""Property: 3 to 5 installations edit, delete and pass files in any order, then gossip.

Real database files and real exchange files. A model of what each installation knows
(the set of changes it has seen) checks the merge from outside:

- every conflict reported is between changes neither side had seen of the other;
- after gossiping until quiet all databases hold the same records;
- every value written is still there, or a later change replaced it and the value is
  in a record's history (or was replaced by a local edit, which undo keeps).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.services import records as r
from migdesk.services.exchange import export_file, import_file
from migdesk.services.history import record_history
from migdesk.store.database import Database

FIELDS = ("name", "acronym", "notes")
RECORDS = 2

Op = tuple[str, int, int, int]  # (edit | delete | send, installation, record or receiver, field)
ops = st.lists(st.tuples(st.sampled_from(["edit", "edit", "edit", "send", "send", "delete"]),
                         st.integers(0, 4), st.integers(0, 4), st.integers(0, len(FIELDS) - 1)),
               min_size=2, max_size=12)


@dataclass
class World:
    """The installations and a model of the changes each knows."""

    folder: Path
    dbs: list[Database]
    ids: list[str]
    known: list[set[int]] = field(default_factory=list)  # per installation: change numbers seen
    changes: dict[int, tuple[int, str]] = field(default_factory=dict)  # change -> (record, field)
    written: list[tuple[int, str, str]] = field(default_factory=list)  # (record, field, value)
    replaced_here: set[str] = field(default_factory=set)  # values a local edit replaced
    numbers: Iterator[int] = field(default_factory=count)
    files: Iterator[int] = field(default_factory=count)

    def change(self, who: int, record: int, name: str) -> None:
        n = next(self.numbers)
        self.changes[n] = (record, name)
        self.known[who].add(n)

    def touches(self, changes: set[int], record: int, name: str) -> bool:
        """Whether changes include one to this field (to any field, for the deleted state)."""
        return any(self.changes[n][0] == record and name in (self.changes[n][1], "deleted_at")
                   for n in changes)

    def send(self, src: int, dst: int) -> tuple[int, int, int]:
        """src's whole database to dst; checks conflicts; (added, updated, deleted)."""
        path = self.folder / f"f{next(self.files)}.migdesk"
        export_file(self.dbs[src], path)
        report = import_file(self.dbs[dst], path)
        news_src, news_dst = self.known[src] - self.known[dst], self.known[dst] - self.known[src]
        for c in report.conflicts:
            record = self.ids.index(c.id)
            for name in c.fields:
                assert self.touches(news_src, record, name) and self.touches(news_dst, record, name), \
                    f"false conflict on {name}"
        self.known[dst] |= self.known[src]
        for c in report.conflicts:  # the decision is a change of dst
            for name in c.fields:
                self.change(dst, self.ids.index(c.id), name)
        return report.added, report.updated, report.deleted


_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """An empty migrated database file, made once (copies get a new installation id)."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="migdesk-gossip-"))
        Database.open(folder / "empty.sqlite").close()
        _TEMPLATE["path"] = folder / "empty.sqlite"
    return _TEMPLATE["path"]


@contextmanager
def world(n: int) -> Iterator[World]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for i in range(n):
            paths.append(folder / f"i{i}.sqlite")
            shutil.copy(_template(), paths[-1])
            with sqlite3.connect(paths[-1]) as conn:
                conn.execute("UPDATE settings SET value = ? WHERE key = 'installation_id'", (str(uuid.uuid4()),))
            conn.close()
        dbs = [Database.open(p) for p in paths]
        try:
            ids = [r.create_record(dbs[0], "organizations", {"name": f"Org {k}"}).items[0].id
                   for k in range(RECORDS)]
            w = World(folder, dbs, ids, [set() for _ in dbs])
            for dst in range(1, n):
                w.send(0, dst)
            yield w
        finally:
            for db in dbs:
                db.close()


def _state(db: Database, ids: list[str]) -> list[tuple[object, ...]]:
    with db.session() as s:
        snaps = {x["id"]: x for x in r.read_snapshots(s, "organizations", ids=ids)}
    return [(snaps[i]["deleted_at"] is not None,
             None if snaps[i]["deleted_at"] else tuple(snaps[i][f] for f in FIELDS)) for i in ids]


@settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(3, 5), ops)
def test_installations_converge_without_false_conflicts_or_lost_values(n: int, steps: list[Op]) -> None:
    with world(n) as w:
        for number, (what, who, other, f) in enumerate(steps):
            who, other, name = who % n, other % n, FIELDS[f]
            record = other % RECORDS
            if what == "send" and who != other:
                w.send(who, other)
            elif what in ("edit", "delete"):
                current = r.list_records(w.dbs[who], "organizations")
                live = {x.id: x.values for x in current}
                rid = w.ids[record]
                if rid not in live:
                    continue
                if what == "delete":
                    r.delete_record(w.dbs[who], "organizations", rid)
                    w.change(who, record, "deleted_at")
                    continue
                value = f"v{number}"
                w.replaced_here.add(str(live[rid][name]))
                r.update_record(w.dbs[who], "organizations", rid, {name: value})
                w.change(who, record, name)
                w.written.append((record, name, value))
        for _round in range(3):  # gossip around the ring until a whole round changes nothing
            moved = [w.send(i, (i + 1) % n) for i in range(n)]
            if _round and not any(any(m) for m in moved):
                break
        states = [_state(db, w.ids) for db in w.dbs]
        assert all(s == states[0] for s in states), states
        final = states[0]
        for record, name, value in w.written:
            deleted, values = final[record]
            if deleted or values is None or values[FIELDS.index(name)] == value or value in w.replaced_here:
                continue
            kept = {str(h.value) for db in w.dbs
                    for h in record_history(db, "organizations", w.ids[record])[1] if h.field == name}
            assert value in kept, f"{value} of {name} lost"
