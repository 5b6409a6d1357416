"""The checks of an import against this database: ids keep their kind, references and
attachments resolve, no organization becomes its own ancestor, typed resolutions fit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.services.errors import MigdeskError
from migdesk.services.exchange.fields import referred_ids, referred_to
from migdesk.services.exchange.lookups import local_kinds
from migdesk.services.exchange.plan import Planned, Resolutions
from migdesk.services.exchange_file import ExchangeContent, ExchangeFileError
from migdesk.services.exchange_validation import validate
from migdesk.services.kinds import KINDS
from migdesk.services.records import Snapshot
from migdesk.store.models import Blob


def check_against_db(s: Session, path: Path, content: ExchangeContent) -> set[str]:
    """Ids keep their kind; references and attachment blobs resolve in the file or here.

    Returns the ids of the file's records that this database already has.
    """
    in_file = {snap["id"]: kind for kind, snaps in content.records.items() for snap in snaps}
    local = local_kinds(s, list(in_file))
    # Only the ids this database has can change kind; the first in the file's order is named.
    changed_kind = any(in_file[record_id] != kind for record_id, kind in local.items())
    for record_id, kind in in_file.items() if changed_kind else ():
        if local.get(record_id, kind) != kind:
            raise ExchangeFileError(f"{path}: the id {record_id} is a {KINDS[kind].singular} in the "
                                    f"file but a {KINDS[local[record_id]].singular} here")
    wanted: dict[str, tuple[str, str, str]] = {}  # missing id -> (kind or "", referrer kind, field)
    for kind, snaps in content.records.items():
        for ref_kind, ids in referred_ids(kind, snaps):
            for ref_id in ids:
                if in_file.get(ref_id) != ref_kind:
                    wanted.setdefault(ref_id, (ref_kind, kind, "reference"))
        if kind == "translations":
            for snap in snaps:
                if snap["record_id"] not in in_file:
                    wanted.setdefault(snap["record_id"], ("", kind, "record_id"))
    found = local_kinds(s, list(wanted))
    for ref_id, (ref_kind, kind, what) in wanted.items():
        if ref_id not in found or (ref_kind and found[ref_id] != ref_kind):
            target = KINDS[ref_kind].singular if ref_kind else "record"
            raise ExchangeFileError(f"{path}: a {KINDS[kind].singular} refers to {target} {ref_id}, "
                                    f"which is neither in the file nor in this database ({what})")
    needed = {a["sha256"] for a in content.records["attachments"]} - set(content.blobs)
    for sha in sorted(needed):
        if s.get(Blob, sha) is None:
            raise ExchangeFileError(f"{path}: attachment content {sha[:12]}… is neither in the "
                                    "file nor in this database")
    for a in content.records["attachments"]:
        blob = content.blobs.get(a["sha256"])
        if blob is not None and len(blob) != a["size"]:
            raise ExchangeFileError(f"{path}: attachment {a['id']} declares {a['size']} bytes, "
                                    f"its content has {len(blob)}")
    return set(local)


def check_no_cycles(s: Session, path: Path, results: dict[str, Snapshot]) -> None:
    """No organization may end up its own ancestor after the merge."""
    model: Any = KINDS["organizations"].model
    parent = {i: p for i, p in s.execute(select(model.id, model.parent_id))}
    parent.update({i: snap.get("parent_id") for i, snap in results.items()})
    for start in parent:
        seen = {start}
        current = parent.get(start)
        while current is not None:
            if current in seen:
                raise ExchangeFileError(f"{path}: importing it would make organization {start} "
                                        "its own ancestor (parent_id cycle)")
            seen.add(current)
            current = parent.get(current)



def check_resolved(path: Path, planned: list[Planned], resolutions: Resolutions,
                    in_file: set[str], s: Session) -> None:
    """Values the user typed for conflicts must fit the field like any imported value."""
    touched = {rid for rid, _ in resolutions}
    for p in planned:
        if p.incoming["id"] in touched and p.write:
            validate(path, f"the value chosen for {p.kind} {p.incoming['id']}", p.kind, [p.result])
            refs = [r for r in referred_to(p.kind, p.result) if r[1] not in in_file]
            found = local_kinds(s, [r[1] for r in refs])
            for ref_kind, ref_id in refs:
                if found.get(ref_id) != ref_kind:
                    raise MigdeskError(f"the value chosen for {p.kind} {p.incoming['id']}: "
                                       f"no {KINDS[ref_kind].singular} {ref_id}")

