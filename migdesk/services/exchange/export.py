"""Export: write an exchange file of everything, of chosen meetings with all they use, or of
what changed since the last file sent to a colleague.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk import __version__
from migdesk.services.clocks import load_clocks
from migdesk.services.collector import collector_paused
from migdesk.services.errors import MigdeskError
from migdesk.services.exchange.fields import field_names, referred_to
from migdesk.services.exchange.lookups import CHUNK, base_of, load_bases
from migdesk.services.exchange.peers import find_peer, installation_id
from migdesk.services.exchange.progress import Progress, Silent
from migdesk.services.exchange_file import FORMAT, FORMAT_VERSION, ExchangeContent, Lock
from migdesk.services.exchange_file_write import write_exchange_file
from migdesk.services.identity import load_or_create_identity
from migdesk.services.kinds import KINDS
from migdesk.services.records import Snapshot, read_snapshots, resolve_id
from migdesk.store.database import Database, head_revision
from migdesk.store.models import Blob, SyncBase, SyncPeer, utc_now


def _closure(s: Session, meeting_ids: list[str]) -> dict[str, list[Snapshot]]:
    """Chosen meetings with everything they own and refer to, transitively, and translations."""
    found: dict[str, dict[str, Snapshot]] = defaultdict(dict)
    todo: dict[str, set[str]] = {"meetings": set(meeting_ids)}
    while todo:
        batch, todo = todo, {}
        for kind, ids in batch.items():
            new = [i for i in ids if i not in found[kind]]
            if not new:
                continue
            for snap in read_snapshots(s, kind, ids=new):
                found[kind][snap["id"]] = snap
                for ref_kind, ref_id in referred_to(kind, snap):
                    if ref_id not in found[ref_kind]:
                        todo.setdefault(ref_kind, set()).add(ref_id)
            if kind == "organizations":
                continue  # an organization does not own its people: they come by reference
            for child_kind, fk in KINDS[kind].children:
                model: Any = KINDS[child_kind].model
                for snap in read_snapshots(s, child_kind, where=[getattr(model, fk).in_(new)]):
                    if snap["id"] not in found[child_kind]:
                        todo.setdefault(child_kind, set()).add(snap["id"])
    all_ids = [i for snaps in found.values() for i in snaps]
    model = KINDS["translations"].model
    for start in range(0, len(all_ids), CHUNK):
        chunk = all_ids[start : start + CHUNK]
        for snap in read_snapshots(s, "translations", where=[model.record_id.in_(chunk)]):  # type: ignore[attr-defined]
            found["translations"][snap["id"]] = snap
    return {k: list(found[k].values()) for k in KINDS if found.get(k)}


def _since(s: Session, peer: SyncPeer) -> dict[str, list[Snapshot]]:
    """Records changed here, or received from anyone, since the last file sent to peer."""
    since = peer.last_sent_at
    out: dict[str, list[Snapshot]] = {}
    for kind, spec in KINDS.items():
        model: Any = spec.model
        if since is None:
            out[kind] = read_snapshots(s, kind)
            continue
        received = select(SyncBase.record_id).where(SyncBase.kind == kind, SyncBase.exchanged_at > since)
        out[kind] = read_snapshots(s, kind, where=[(model.updated_at > since) | model.id.in_(received)])
    return out


def _parent_diff(kind: str, snap: Snapshot, base: Snapshot) -> dict[str, Any]:
    """The fields whose value in base differs from snap (base's deleted_at if that differs)."""
    diff = {f: base.get(f) for f in field_names(kind) if base.get(f) != snap.get(f)}
    if (base.get("deleted_at") is None) != (snap.get("deleted_at") is None):
        diff["deleted_at"] = base.get("deleted_at")
    return diff



def _exchange_parts(
    s: Session, records: Mapping[str, list[Snapshot]]
) -> tuple[dict[str, dict[str, Any] | None], dict[str, dict[str, Any]], list[str]]:
    """What travels with records: their parents (where the base differs), clocks, blob hashes."""
    ids = [snap["id"] for snaps in records.values() for snap in snaps]
    bases = load_bases(s, ids)
    parents: dict[str, dict[str, Any] | None] = {
        snap["id"]: _parent_diff(kind, snap, base_of(bases, snap["id"], snap) or snap)
        for kind, snaps in records.items() for snap in snaps if snap["id"] in bases
    }
    clocks = {rid: clock.to_json() for rid, clock in load_clocks(s, ids).items()}
    return parents, clocks, sorted({a["sha256"] for a in records.get("attachments", [])})


def _manifest(started: str, installation: str, scope: dict[str, Any]) -> dict[str, Any]:
    return {"schema_revision": head_revision(), "app_version": __version__,
            "exported_at": started, "installation_id": installation, "scope": scope}


def read_changes(s: Session, for_installation: str) -> ExchangeContent:
    """What an export for another installation would carry, in memory (a sync's half).

    The records changed here, or received from anyone, since the last exchange sent to
    for_installation (everything, the first time), with their parents, clocks and
    attachment contents; the manifest as a file's would read once written.
    """
    started = utc_now()
    peer = s.get(SyncPeer, for_installation)
    scope: dict[str, Any] = {"mode": "everything"}
    if peer is None:
        records = {kind: read_snapshots(s, kind) for kind in KINDS}
    else:
        records = _since(s, peer)
        scope = {"mode": "since-peer", "peer": peer.installation_id, "since": peer.last_sent_at}
    records = {kind: records.get(kind, []) for kind in KINDS}
    parents, clocks, shas = _exchange_parts(s, records)
    blobs = {sha: blob.data for sha in shas if (blob := s.get(Blob, sha)) is not None}
    manifest = {**_manifest(started, installation_id(s), scope), "sha256": {},
                "format": FORMAT, "format_version": FORMAT_VERSION,
                "counts": {kind: len(snaps) for kind, snaps in records.items()}}
    return ExchangeContent(manifest, records, parents, clocks, blobs)


def mark_sent(s: Session, to_installation: str, started: str) -> None:
    """Remember that everything up to started reached to_installation (its next share starts there)."""
    peer = s.get(SyncPeer, to_installation)
    if peer is None:
        peer = SyncPeer(installation_id=to_installation)
        s.add(peer)
    peer.last_sent_at = started


@collector_paused()
def export_file(
    db: Database,
    path: Path | str,
    *,
    meeting_ids: Sequence[str] = (),
    since_peer: str | None = None,
    progress: Progress | None = None,
    lock: Lock | None = None,
) -> str:
    """Write an exchange file; returns a one-line summary.

    Everything, or the chosen meetings (ids or 8+ character prefixes) with all they
    use, or what changed since the last file sent to the installation since_peer.
    The file is signed by this installation's identity (made at the first export) and,
    with a lock, encrypted. It is written to a temporary name and renamed: never half a file.
    """
    path = Path(path)
    progress = progress or Silent()
    if meeting_ids and since_peer:
        raise MigdeskError("export: choose meetings or changes since a colleague's last file, not both")
    if not path.parent.is_dir():
        raise MigdeskError(f"{path}: the folder {path.parent} does not exist")
    with db.session() as s:
        started = utc_now()
        installation = installation_id(s)
        peer: SyncPeer | None = None
        scope: dict[str, Any]
        progress.report(0, 0, "Collecting records")
        if meeting_ids:
            full = [resolve_id(s, "meetings", m, field="--meeting") for m in meeting_ids]
            records = _closure(s, full)
            scope = {"mode": "meetings", "meeting_ids": full}
        elif since_peer:
            peer = find_peer(s, since_peer)
            records = _since(s, peer)
            scope = {"mode": "since-peer", "peer": peer.installation_id, "since": peer.last_sent_at}
        else:
            records = {kind: read_snapshots(s, kind, core=True) for kind in KINDS}
            scope = {"mode": "everything"}
        progress.check()
        ids = [snap["id"] for snaps in records.values() for snap in snaps]
        parents, clocks, shas = _exchange_parts(s, records)
        blobs = ((sha, s.get(Blob, sha)) for sha in shas)
        manifest = _manifest(started, installation, scope)
        progress.report(1, 2, "Writing the file")
        try:
            size = write_exchange_file(path, manifest, records, parents,
                                       ((sha, b.data) for sha, b in blobs if b is not None), clocks,
                                       signer=load_or_create_identity(), lock=lock)
        except OSError as exc:
            raise MigdeskError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        if peer is not None:
            peer.last_sent_at = started
        progress.report(2, 2, "Done")
    n = len(ids)
    return (f"{path}: {n} record{'s' if n != 1 else ''}, {len(shas)} attachment"
            f"{'s' if len(shas) != 1 else ''}, {size} bytes")

