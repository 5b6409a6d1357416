"""A translation's identity: derived from (record id, field, language), never random.

Two delegates who each translate the title of the same meeting into Spanish create the
same record (`translation_id`), so their exchange files merge it as one record and the
two texts meet as a conflict on `text`, the losing one kept in the record's history.

- `keyed_new` gives a new translation its derived id, or refuses a second live one;
- `check_key_kept` refuses an update that would move a translation to another
  record, field or language (its id would no longer match: delete it and add another);
- `rekey_file` is an import repair: a file written before revision 0008 (or by
  hand) may carry a translation under a random id. It is mapped to the derived id,
  with its clock and claimed ancestry; two translations of the file for the same
  (record, field, language) become one, the newest, and the other's text goes to the
  history of the kept record (`note_dropped`). Each repair is returned as a line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from migdesk.services.errors import InvalidValue
from migdesk.services.set_aside import Aside

Snapshot = dict[str, Any]

#: The namespace of translation ids (uuid5). Fixed forever: changing it would split
#: every translation from its copies in other databases. Migration 0008 holds a copy.
NAMESPACE = uuid.UUID("5b0e2d6a-3c1f-4f0e-9a57-6d2b9c1e7a40")

KEY_FIELDS = ("record_id", "field", "language")


def translation_id(record_id: str, field_name: str, language: str) -> str:
    """The id of the translation of record_id's field into language (the same everywhere)."""
    return str(uuid.uuid5(NAMESPACE, f"{record_id.lower()}/{field_name}/{language}"))


def derived_id(snap: Snapshot) -> str:
    """The id a translation snapshot should have."""
    return translation_id(snap["record_id"], snap["field"], snap["language"])


def keyed_new(session: Session, snap: Snapshot, read: Callable[..., list[Snapshot]]) -> Snapshot | None:
    """Give a new translation its derived id; returns the stored tombstone it revives.

    A live translation of the same record, field and language is refused (change its
    text instead); a deleted one comes back with the new text (so the id stays unique).
    read is records.read_snapshots (which imports this module).
    """
    snap["id"] = derived_id(snap)
    found = read(session, "translations", ids=[snap["id"]])
    stored = found[0] if found else None
    if stored is not None and stored["deleted_at"] is None:
        raise InvalidValue(
            "translations", "language",
            f"{snap['field']} of record {snap['record_id']} already has a translation into "
            f"{snap['language']} ({snap['id']}): change its text instead",
            code="translation_exists",
            params={"id": snap["id"], "language": snap["language"]},
        )
    if stored is not None:
        snap["created_at"] = stored["created_at"]
    return stored


def check_key_kept(before: Snapshot, after: Snapshot) -> None:
    """Refuse changing what a translation translates (its id is derived from it)."""
    for name in KEY_FIELDS:
        if after[name] != before[name]:
            raise InvalidValue(
                "translations", name,
                "is fixed once the translation exists (delete it and add another)",
                code="translation_key_fixed",
            )


@dataclass
class Rekeyed:
    """What `rekey_file` repaired: one line each, and texts set aside by derived id."""

    lines: list[str] = field(default_factory=list)
    dropped: dict[str, list[Aside]] = field(default_factory=dict)


def rekey_file(content: Any) -> Rekeyed:
    """Map the file's translations to their derived ids (ExchangeContent, in place)."""
    done = Rekeyed()
    snaps: list[Snapshot] = content.records.get("translations", [])
    if all(s["id"] == derived_id(s) for s in snaps):
        return done
    kept: dict[str, Snapshot] = {}
    for snap in sorted(snaps, key=_preference):
        old, new = snap["id"], derived_id(snap)
        if old != new:
            done.lines.append(f"translation {old} mapped to its derived id {new}")
        clock = content.clocks.pop(old, None)
        parent = content.parents.pop(old, None) if old in content.parents else ...
        if new in kept:  # a second translation of the same record, field and language
            if snap["deleted_at"] is None and snap["text"] != kept[new]["text"]:
                done.dropped.setdefault(new, []).append(Aside(
                    "text", snap["text"], None,
                    f"the file also carried translation {old} of the same field and language"))
            done.lines.append(f"translation {old} merged into {new} (same record, field and "
                              "language; the newest kept)")
            continue
        kept[new] = {**snap, "id": new}
        if clock is not None:
            content.clocks[new] = clock
        if parent is not ...:
            content.parents[new] = _rekeyed_parent(parent, new)
    content.records["translations"] = list(kept.values())
    return done


def _preference(snap: Snapshot) -> tuple[bool, str]:
    """Live before deleted, then newest first (sorted ascending)."""
    return (snap["deleted_at"] is not None, _negated(snap["updated_at"]))


def _negated(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def _rekeyed_parent(parent: Any, new: str) -> Any:
    return {**parent, "id": new} if isinstance(parent, dict) and "id" in parent else parent


def note_dropped(planned: Sequence[Any], rekeyed: Rekeyed) -> None:
    """Put the texts `rekey_file` merged away into the history of the kept record."""
    if not rekeyed.dropped:
        return
    for p in planned:
        asides = rekeyed.dropped.get(p.incoming["id"])
        if asides and p.kind == "translations":
            p.history = [*p.history, *asides]
