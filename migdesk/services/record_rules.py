"""Rules between a record's fields and other records, checked when a record is saved.

`records.editing._checked` calls `check_record` after every value has been converted on its
own; the import invariants apply the same rules to whole files (import_invariants).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.services.errors import InvalidValue, NotFound
from migdesk.services.kinds import KINDS, KindSpec
from migdesk.store.models import Blob

#: Kinds whose agenda_item_id must name an agenda item of the record's own meeting.
AGENDA_ITEM_KINDS = ("interventions", "decisions")


@cache
def translatable_fields(kind: str) -> tuple[str, ...]:
    """The fields of a kind a translation may translate: its text and long text fields."""
    return tuple(f.name for f in KINDS[kind].fields if f.type in ("text", "longtext"))


def check_record(session: Session, spec: KindSpec, snap: dict[str, Any]) -> None:
    """InvalidValue (or NotFound) when snap breaks a rule that involves other records.

    A translation's record_id is resolved in place (a unique id prefix becomes the id).
    """
    for f in spec.fields:  # ids are resolved now: two prefixes may name the same record
        listed = snap.get(f.name) if f.type == "refs" or (f.type == "json" and f.ref_kind) else None
        if listed and len(set(listed)) != len(listed):
            raise InvalidValue(spec.name, f.name, "names the same record twice (listed twice)")
    if spec.name == "translations":
        kind, snap["record_id"] = _translated_record(session, snap["record_id"])
        if snap["field"] not in translatable_fields(kind):
            fields = ", ".join(translatable_fields(kind))
            raise InvalidValue(spec.name, "field", f"{snap['field']!r} is not a text field of "
                               f"{KINDS[kind].name} (text fields: {fields})")
    elif spec.name in AGENDA_ITEM_KINDS and snap.get("agenda_item_id"):
        model: Any = KINDS["agenda_items"].model
        meeting = session.scalar(select(model.meeting_id).where(model.id == snap["agenda_item_id"]))
        if meeting != snap.get("meeting_id"):
            raise InvalidValue(spec.name, "agenda_item_id",
                               "the agenda item belongs to another meeting")
    elif spec.name == "attachments":
        owners = [name for name in ("document_id", "resolution_id") if snap.get(name)]
        if len(owners) != 1:
            raise InvalidValue(spec.name, "document_id", "an attachment belongs to exactly one "
                               "document or resolution (give document_id or resolution_id)")
        blob = session.get(Blob, snap["sha256"])
        if blob is None:
            raise InvalidValue(spec.name, "sha256", "no attached file has this SHA-256 here")
        if blob.size != snap["size"]:
            raise InvalidValue(spec.name, "size", f"the attached file has {blob.size} bytes")


def _translated_record(session: Session, text: str) -> tuple[str, str]:
    """(kind, full id) of the live record a translation's record_id names (or its prefix)."""
    key = text.strip().lower()
    if len(key) < 8 or any(c not in "0123456789abcdef-" for c in key):
        raise NotFound(f"translations.record_id: {text!r} is not a record id (a UUID or its "
                       "first 8+ characters)", code="not_an_id", params={"kind": "", "id": text})
    found: list[tuple[str, str]] = []
    for kind, spec in KINDS.items():
        if kind == "translations":
            continue
        model: Any = spec.model
        ids = session.scalars(select(model.id).where(
            model.id.startswith(key, autoescape=True), model.deleted_at.is_(None)).limit(2))
        found += [(kind, i) for i in ids]
    if not found:
        raise NotFound(f"translations.record_id: no record with id {text!r}",
                       params={"kind": "", "id": text})
    if len(found) > 1:
        raise NotFound(f"translations.record_id: the id prefix {text!r} matches several "
                       "records; give more of it", code="ambiguous_id", params={"kind": "", "id": text})
    return found[0]
