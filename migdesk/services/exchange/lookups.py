"""Reads of the local database shared by export and import, in chunks: which kind each id
has here, and the records' merge bases.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.services.kinds import KINDS
from migdesk.services.records import Snapshot
from migdesk.store.models import SyncBase

CHUNK = 500  # ids per IN list



def load_bases(s: Session, ids: Sequence[str]) -> dict[str, Snapshot | None]:
    """The merge bases of these records; None: the record as stored here is its base."""
    out: dict[str, Snapshot | None] = {}
    if len(ids) > 5 * CHUNK:  # many ids (a first import): look up which have a base at all
        wanted = set(ids)
        ids = [i for i in s.scalars(select(SyncBase.record_id)) if i in wanted]
    for start in range(0, len(ids), CHUNK):
        rows = s.execute(select(SyncBase.record_id, SyncBase.snapshot)
                         .where(SyncBase.record_id.in_(ids[start : start + CHUNK])))
        out.update({record_id: snapshot for record_id, snapshot in rows})
    return out


def base_of(bases: Mapping[str, Snapshot | None], record_id: str, local: Snapshot | None) -> Snapshot | None:
    """A record's merge base: its stored copy, the local record itself (implicit), or none."""
    if record_id not in bases:
        return None
    return bases[record_id] if bases[record_id] is not None else local



def local_kinds(s: Session, ids: Sequence[str]) -> dict[str, str]:
    """id -> kind of the local rows (tombstones included) among ids."""
    out: dict[str, str] = {}
    wanted = set(ids)
    for kind, spec in KINDS.items():
        model: Any = spec.model
        if len(wanted) > 5 * CHUNK:  # many ids: one scan of the table beats many IN lists
            out.update({i: kind for i in s.scalars(select(model.id)) if i in wanted})
            continue
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            out.update({i: kind for i in s.scalars(select(model.id).where(model.id.in_(chunk)))})
    return out

