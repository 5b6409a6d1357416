"""What the exchange needs to know of a kind's fields: their names, the records a record
refers to, and how progress text names a kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from migdesk.services.kinds import KINDS
from migdesk.services.records import Snapshot


@cache
def field_names(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in KINDS[kind].fields)



@cache
def _ref_fields(kind: str) -> tuple[tuple[str, str, bool], ...]:
    """(field, kind referred to, whether it holds one id) of a kind's reference fields."""
    return tuple((f.name, f.ref_kind, f.type == "ref") for f in KINDS[kind].fields if f.ref_kind is not None)


def referred_to(kind: str, snap: Snapshot) -> Iterable[tuple[str, str]]:
    """(kind, id) of every record this one refers to."""
    for name, ref_kind, single in _ref_fields(kind):
        value = snap.get(name)
        if value is None:
            continue
        if single:
            yield ref_kind, value
        elif isinstance(value, list):
            yield from ((ref_kind, v) for v in value)


def referred_ids(kind: str, snaps: Iterable[Snapshot]) -> Iterator[tuple[str, set[str]]]:
    """(kind, ids) of the records a list of records refers to, a reference field at a
    time: what referred_to gives for each record, as one set per field."""
    snaps = list(snaps)
    for name, ref_kind, single in _ref_fields(kind):
        if single:
            ids = {snap[name] for snap in snaps if snap.get(name) is not None}
        else:
            ids = {v for snap in snaps if isinstance(many := snap.get(name), list) for v in many}
        yield ref_kind, ids



def words(kind: str) -> str:
    """A kind as progress text says it ("agenda items")."""
    return kind.replace("_", " ")

