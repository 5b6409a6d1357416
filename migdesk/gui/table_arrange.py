"""Sorting and filtering every row of a record table, in a worker thread.

The table model shows a window of rows at a time; a filter or a sort by a column needs
all of them. `read_rows` reads every record the table lists once (ids, records, the
labels of the records they refer to, each row's folded text), `arrange` picks and orders
the ids from that. Both are plain functions of their arguments, touching no widget and
no model, so the model runs them in a BackgroundTask and keeps the result (`TableRows`)
until a Change makes it stale. The rows found are those the filter box always found:
every word in the text the cells show, case and accents aside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from migdesk.gui.columns import Column
from migdesk.gui.table_cells import Labels, display_text, fold, sort_key
from migdesk.services.collector import collector_paused
from migdesk.services.desk import Database
from migdesk.services.listing import IdListing
from migdesk.services.records import Record, get_records

CHUNK = 1000  # records read per query (and between two checks for a newer request)


@dataclass(frozen=True)
class TableRows:
    """Every row of a table as the filter and the sort see it: never changed once made.

    The records themselves are not kept (the model reads the rows it shows): holding
    a copy of every record would make Python's collector walk them all, a pause the
    window felt while the rows were read.
    """

    ids: list[str]  # in natural order
    ranks: dict[str, int]  # id -> natural position
    labels: Labels  # of the records the columns refer to
    texts: dict[str, str]  # id -> every cell's text, folded (what the filter looks in)
    keys: dict[int, dict[str, Any]]  # column -> id -> sort key, for the columns asked for


def read_records(db: Database, kind: str, ids: Sequence[str]) -> dict[str, Record]:
    """The live records among ids, read CHUNK at a time."""
    out: dict[str, Record] = {}
    for start in range(0, len(ids), CHUNK):
        out.update(get_records(db, kind, ids[start : start + CHUNK]))
    return out


def read_labels(
    db: Database, columns: Sequence[Column], records: Iterable[Record], known: Labels
) -> Labels:
    """Labels of the records the columns refer to that known does not hold yet."""
    wanted: dict[str, set[str]] = {}
    for record in records:
        for column in columns:
            ref = record.values.get(column.field)
            if column.ref_kind and ref and (column.ref_kind, ref) not in known:
                wanted.setdefault(column.ref_kind, set()).add(ref)
    found: Labels = {}
    for ref_kind, ref_ids in wanted.items():
        for ref_id, ref in read_records(db, ref_kind, sorted(ref_ids)).items():
            found[(ref_kind, ref_id)] = ref.label
    return found


def row_text(
    record: Record,
    columns: Sequence[Column],
    labels: Labels,
    today: date,
    rank: Callable[[str], int],
) -> str:
    """Every column's text of a row, folded: what the filter box looks in."""
    return fold(" ".join(display_text(record, c, labels, today, rank) for c in columns))


def read_rows(
    db: Database,
    kind: str,
    columns: Sequence[Column],
    listing: IdListing,
    today: date,
    known: Labels,
    sort_columns: Sequence[int] = (),
    check: Callable[[], None] = lambda: None,
) -> TableRows:
    """Every row the listing holds, with the sort keys of sort_columns; check() is called
    between reads (it may raise to stop).

    Reading 20,000 records makes many short-lived objects; some are alive when a
    collection runs, which moves them to the oldest generation, and enough of those
    start a full collection: a walk of every object of the process, about 150 ms at
    scale 10 during which the window (waiting for the interpreter lock) froze. The
    records die by reference counting once read, so the collector is paused meanwhile.
    """
    with collector_paused():
        ids = listing.all_ids(db)
        ranks = {record_id: n for n, record_id in enumerate(ids)}
        labels = dict(known)
        texts: dict[str, str] = {}
        keys: dict[int, dict[str, Any]] = {n: {} for n in sort_columns}

        def rank(record_id: str) -> int:
            return ranks.get(record_id, -1)

        for start in range(0, len(ids), CHUNK):
            check()
            records = get_records(db, kind, ids[start : start + CHUNK])
            labels.update(read_labels(db, columns, records.values(), labels))
            for record_id, record in records.items():
                texts[record_id] = row_text(record, columns, labels, today, rank)
                for n, column_keys in keys.items():
                    column_keys[record_id] = sort_key(record, columns[n], labels, today)
        return TableRows([i for i in ids if i in texts], ranks, labels, texts, keys)


def arrange(rows: TableRows, words: Sequence[str], column: int, descending: bool) -> list[str]:
    """The ids holding every (folded) word, sorted by column (-1: natural order; its
    keys must have been read).

    The sort is stable, as the view's own was: equal keys keep their natural order.
    """
    shown = [i for i in rows.ids if all(w in rows.texts[i] for w in words)]
    if column >= 0:
        shown.sort(key=rows.keys[column].__getitem__, reverse=descending)
    return shown
