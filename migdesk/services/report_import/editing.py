"""The delegate's corrections to a draft before it is written: speaker, merge, split.

Each works on the draft's records in place. A corrected record no longer claims to be
one already held (its `existing` match is dropped), so accepting writes it as read.
"""

from __future__ import annotations

from migdesk.domain.report_parse import DraftRecord
from migdesk.domain.report_parse.speakers import sentences
from migdesk.domain.vocab import SpeakerKind
from migdesk.services.errors import InvalidValue
from migdesk.services.report_import.draft import ImportDraft
from migdesk.store.models import new_uuid

#: The field holding each editable kind's text.
TEXT_FIELDS = {"interventions": "text", "actions": "description", "decisions": "text"}


def set_speaker(draft: ImportDraft, key: str, speaker: str, kind: str) -> None:
    """Give an intervention another speaker (its body links are dropped unless kept by name)."""
    record = _record(draft, key, "interventions")
    if kind not in {k.value for k in SpeakerKind}:
        raise InvalidValue("interventions", "speaker_kind", f"unknown kind {kind!r}")
    if kind == SpeakerKind.UNATTRIBUTED.value:
        speaker = ""
    if (speaker, kind) == (record.values["speaker"], record.values["speaker_kind"]):
        return
    record.values.update(speaker=speaker.strip(), speaker_kind=kind)
    record.links["speaker_ids"] = []
    record.confidence = 1.0
    draft.existing.pop(key, None)


def merge_with_next(draft: ImportDraft, key: str) -> DraftRecord:
    """Join a record with the next one of its kind (the next one goes); returns the merged."""
    record = _editable(draft, key)
    siblings = draft.report.of(record.kind)
    at = siblings.index(record)
    if at + 1 >= len(siblings):
        raise InvalidValue(record.kind, "position", "the last one has nothing after it to merge with")
    following = siblings[at + 1]
    field = TEXT_FIELDS[record.kind]
    record.values[field] = f"{record.values[field]} {following.values[field]}"
    if record.kind == "actions" and following.values.get("outcome"):
        outcome = " ".join(t for t in (record.values.get("outcome"), following.values["outcome"]) if t)
        record.values["outcome"] = outcome
    record.lines = (min(record.lines[0], following.lines[0]), max(record.lines[1], following.lines[1]))
    draft.report.records.remove(following)
    for mapping in (draft.existing, draft.ids):
        mapping.pop(following.key, None)
    draft.existing.pop(key, None)
    _renumber(draft, record.kind)
    return record


def split_after_sentence(draft: ImportDraft, key: str, count: int = 1) -> DraftRecord:
    """Cut a record after its first `count` sentences; returns the new second record."""
    record = _editable(draft, key)
    field = TEXT_FIELDS[record.kind]
    parts = sentences(record.values[field])
    if len(parts) <= count or count < 1:
        raise InvalidValue(record.kind, field, "has no further sentence to split at")
    text = record.values[field]
    cut = text.index(parts[count])
    head, tail = text[:cut].rstrip(), text[cut:].strip()
    record.values[field] = head
    values = dict(record.values, **{field: tail})
    if record.kind == "actions":
        values.update(number=None, outcome=None)
    if record.kind == "interventions":
        values.update(speaker="", speaker_kind=SpeakerKind.UNATTRIBUTED.value)
    links = dict(record.links)
    if record.kind == "interventions":
        links["speaker_ids"] = []
    new = DraftRecord(record.kind, f"{record.kind}:split:{new_uuid()}", values, record.lines, 1.0, links)
    draft.report.records.insert(draft.report.records.index(record) + 1, new)
    draft.ids[new.key] = new_uuid()
    draft.existing.pop(key, None)
    _renumber(draft, record.kind)
    return new


def _record(draft: ImportDraft, key: str, kind: str) -> DraftRecord:
    record = draft.report.get(key)
    if record is None or record.kind != kind:
        raise InvalidValue(kind, "id", f"no {kind} {key!r} in the draft")
    return record


def _editable(draft: ImportDraft, key: str) -> DraftRecord:
    record = draft.report.get(key)
    if record is None or record.kind not in TEXT_FIELDS:
        raise InvalidValue("draft", "record", "only interventions, actions and decisions can be merged or split")
    return record


def _renumber(draft: ImportDraft, kind: str) -> None:
    for n, record in enumerate(draft.report.of(kind)):
        record.values["position"] = n
