"""Search hits on translations turned into hits on the records they translate.

The index holds each live translation as an entry of its own (store/search_translations);
a user looking for "reunión" wants the meeting, told that its Spanish text matched. A
translation of a resolution's paragraph finds the resolution, as the paragraph's own
text does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from migdesk.services.kinds import KINDS, label
from migdesk.services.records import read_snapshots
from migdesk.store.search import Hit
from migdesk.store.search_translations import TITLE_FIELDS, TRANSLATION_KIND

#: Kinds found through the record that holds them (as the index does for their text).
_FOUND_AS = {"paragraphs": ("resolutions", "resolution_id")}


def records_found(session: Session, hits: Sequence[Hit], kinds: Iterable[str] | None) -> list[Hit]:
    """hits with each translation hit replaced by its record's (language set), each
    record once (its best hit), only of kinds when given."""
    translated = [h.id for h in hits if h.kind == TRANSLATION_KIND]
    translations = {  # none, usually: then nothing is read
        snap["id"]: snap for snap in read_snapshots(session, TRANSLATION_KIND, ids=translated)
    } if translated else {}
    targets = _records(session, {t["record_id"] for t in translations.values()})
    wanted = None if kinds is None else set(kinds)
    seen: set[tuple[str, str]] = set()
    out: list[Hit] = []
    for hit in hits:
        if hit.kind == TRANSLATION_KIND:
            found = _record_hit(hit, translations.get(hit.id), targets)
            if found is None:
                continue
            hit = found
        if (hit.kind, hit.id) in seen or (wanted is not None and hit.kind not in wanted):
            continue
        seen.add((hit.kind, hit.id))
        out.append(hit)
    return out


def _record_hit(hit: Hit, translation: dict[str, Any] | None,
                targets: dict[str, tuple[str, dict[str, Any]]]) -> Hit | None:
    if translation is None or translation["record_id"] not in targets:
        return None
    kind, snap = targets[translation["record_id"]]
    title = translation["text"] if translation["field"] in TITLE_FIELDS else label(kind, snap)
    return replace(hit, kind=kind, id=snap["id"], title=" ".join(title.split()),
                   language=translation["language"])


def _records(session: Session, ids: set[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """The live records with these ids, as (kind, snapshot) of the record a hit shows."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for kind in KINDS:
        if kind == TRANSLATION_KIND or not ids - out.keys():
            continue
        for snap in read_snapshots(session, kind, ids=sorted(ids - out.keys())):
            if snap["deleted_at"] is None:
                out[snap["id"]] = (kind, snap)
    for record_id, (kind, snap) in list(out.items()):
        if kind in _FOUND_AS:
            owner_kind, field = _FOUND_AS[kind]
            owners = read_snapshots(session, owner_kind, ids=[snap[field]])
            if owners:
                out[record_id] = (owner_kind, owners[0])
    return out
