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

from migdesk.gui.columns import Column
from migdesk.gui.table_cells import Labels, display_text, fold, sort_key
from migdesk.services.desk import Database
from migdesk.services.listing import IdListing
from migdesk.services.records import Record, get_records

CHUNK = 1000  # records read per query (and between two checks for a newer request)


@dataclass(frozen=True)
class TableRows:
    """Every row of a table, read at once: never changed once made."""

    ids: list[str]  # in natural order
    ranks: dict[str, int]  # id -> natural position
    records: dict[str, Record]
    labels: Labels
    texts: dict[str, str]  # id -> every cell's text, folded (what the filter looks in)


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
    record: Record, columns: Sequence[Column], labels: Labels, today: date, rank: Callable[[str], int]
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
    check: Callable[[], None] = lambda: None,
) -> TableRows:
    """Every row the listing holds; check() is called between reads (it may raise to stop)."""
    ids = listing.all_ids(db)
    ranks = {record_id: n for n, record_id in enumerate(ids)}
    records: dict[str, Record] = {}
    for start in range(0, len(ids), CHUNK):
        check()
        records.update(get_records(db, kind, ids[start : start + CHUNK]))
    check()
    labels = {**known, **read_labels(db, columns, records.values(), known)}

    def rank(record_id: str) -> int:
        return ranks.get(record_id, -1)

    texts = {i: row_text(r, columns, labels, today, rank) for i, r in records.items()}
    return TableRows([i for i in ids if i in records], ranks, records, labels, texts)


def arrange(
    rows: TableRows,
    words: Sequence[str],
    column: Column | None,
    descending: bool,
    today: date,
) -> list[str]:
    """The ids holding every (folded) word, sorted by column (None: natural order).

    The sort is stable, as the view's own was: equal keys keep their natural order.
    """
    shown = [i for i in rows.ids if all(w in rows.texts[i] for w in words)]
    if column is not None:
        records, labels = rows.records, rows.labels
        shown.sort(key=lambda i: sort_key(records[i], column, labels, today), reverse=descending)
    return shown
