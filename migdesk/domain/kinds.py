"""The kinds of record and their fields, as pure data: one table that drives the CLI, forms,
exchange and CSV.

Each kind: its names, fields (type, required, reference kind, choices, default, label,
what deleting the referenced record does), owner and children; and a record's short
label. A record's *snapshot* is a plain dict of JSON values (dates as ISO strings)
holding every stored field plus id, created_at, updated_at, deleted_at and version.
Snapshots are what undo restores, what exchange files carry and what the GUI receives.
Which table stores each kind is the store's business (store.models.RECORD_MODELS);
checking values against these fields is the services' (services/kinds.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from migdesk.domain import vocab
from migdesk.domain.symbols import parse_symbol

META_FIELDS = ("id", "created_at", "updated_at", "deleted_at", "version")


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind as users, files and forms see it."""

    name: str
    type: str = "text"  # text, longtext, int, date, time, choice, ref, refs, json
    required: bool = False
    ref_kind: str | None = None  # for ref / refs
    choices: tuple[str, ...] = ()
    default: Any = None
    label: str = ""
    on_delete: str = "block"  # for ref: what deleting the referenced record does (block/nullify)

    @property
    def title(self) -> str:
        """The English label (forms pass it through tr())."""
        return self.label or self.name.removesuffix("_id").replace("_", " ").capitalize()


@dataclass(frozen=True)
class KindSpec:
    """A kind of record: its fields, owner and children."""

    name: str
    singular: str
    fields: tuple[FieldSpec, ...]
    parent_field: str | None = None  # owning record (deleted with it)
    ordered: bool = False  # has a position within its parent
    has_symbol: bool = False
    children: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (kind, field)

    def field_named(self, name: str) -> FieldSpec | None:
        """The field called name, or None."""
        return next((f for f in self.fields if f.name == name), None)


def _choice(name: str, enum: type[Any], default: Any, required: bool = False) -> FieldSpec:
    return FieldSpec(
        name, "choice", required, choices=tuple(e.value for e in enum), default=default.value
    )


def _ref(name: str, kind: str, required: bool = False, on_delete: str = "block") -> FieldSpec:
    return FieldSpec(name, "ref", required, ref_kind=kind, on_delete=on_delete)


LANG = _choice("language", vocab.Language, vocab.Language.EN)
NOTES = FieldSpec("notes", "longtext")

KINDS: dict[str, KindSpec] = {
    k.name: k
    for k in (
        KindSpec(
            "organizations",
            "organization",
            (
                FieldSpec("name", required=True),
                FieldSpec("acronym"),
                _choice("kind", vocab.OrganizationKind, vocab.OrganizationKind.COMMITTEE),
                _ref("parent_id", "organizations"),
                FieldSpec("country"),
                FieldSpec("aliases", "json", default=[]),
                LANG,
                NOTES,
            ),
        ),
        KindSpec(
            "persons",
            "person",
            (
                FieldSpec("name", required=True),
                FieldSpec("honorific"),
                FieldSpec("job_title", label="Position or title"),
                _ref("organization_id", "organizations"),
                NOTES,
            ),
            children=(("offices", "person_id"),),
        ),
        KindSpec(
            "offices",
            "office",
            (
                _ref("person_id", "persons", required=True),
                _ref("body_id", "organizations", required=True),
                _choice("role", vocab.OfficeRole, vocab.OfficeRole.CHAIR),
                FieldSpec("start_date", "date"),
                FieldSpec("end_date", "date"),
            ),
            parent_field="person_id",
        ),
        KindSpec(
            "resolutions",
            "resolution",
            (
                FieldSpec("symbol", required=True),
                FieldSpec("title"),
                FieldSpec("session"),
                FieldSpec("year", "int"),
                FieldSpec("adopted_on", "date"),
                _ref("body_id", "organizations"),
                LANG,
                NOTES,
            ),
            has_symbol=True,
            children=(("paragraphs", "resolution_id"), ("attachments", "resolution_id")),
        ),
        KindSpec(
            "paragraphs",
            "paragraph",
            (
                _ref("resolution_id", "resolutions", required=True),
                FieldSpec("number", "int", required=True),
                FieldSpec("text", "longtext", required=True),
            ),
            parent_field="resolution_id",
        ),
        KindSpec(
            "documents",
            "document",
            (
                FieldSpec("symbol", required=True),
                FieldSpec("title"),
                FieldSpec("date", "date"),
                LANG,
                _choice("distribution", vocab.Distribution, vocab.Distribution.PUBLIC),
                FieldSpec("classification"),
                _ref("body_id", "organizations"),
                NOTES,
            ),
            has_symbol=True,
            children=(("attachments", "document_id"),),
        ),
        KindSpec(
            "meetings",
            "meeting",
            (
                FieldSpec("title", required=True),
                _ref("body_id", "organizations"),
                FieldSpec("date", "date"),
                FieldSpec("start_time", "time"),
                FieldSpec("end_time", "time"),
                FieldSpec("place"),
                _ref("chair_id", "persons", on_delete="nullify"),
                _ref("agenda_document_id", "documents"),
                _ref(
                    "order_of_business_document_id",
                    "documents",
                ),
                FieldSpec("mandate_ids", "refs", ref_kind="resolutions", default=[]),
                _choice("status", vocab.MeetingStatus, vocab.MeetingStatus.SCHEDULED),
                FieldSpec("symbol", label="Summary symbol"),
                FieldSpec("summary_date", "date", label="Date of issue"),
                FieldSpec("introduction", "longtext"),
                LANG,
                NOTES,
            ),
            children=(
                ("agenda_items", "meeting_id"),
                ("interventions", "meeting_id"),
                ("decisions", "meeting_id"),
                ("actions", "meeting_id"),
            ),
        ),
        KindSpec(
            "agenda_items",
            "agenda item",
            (
                _ref("meeting_id", "meetings", required=True),
                FieldSpec("number"),
                FieldSpec("title", required=True),
                FieldSpec("position", "int"),
            ),
            parent_field="meeting_id",
            ordered=True,
        ),
        KindSpec(
            "interventions",
            "intervention",
            (
                _ref("meeting_id", "meetings", required=True),
                _ref("agenda_item_id", "agenda_items", on_delete="nullify"),
                FieldSpec("position", "int"),
                FieldSpec("speaker", default=""),
                _choice("speaker_kind", vocab.SpeakerKind, vocab.SpeakerKind.UNATTRIBUTED),
                FieldSpec("speaker_ids", "json", ref_kind="organizations", default=[]),
                FieldSpec("text", "longtext", required=True),
                LANG,
            ),
            parent_field="meeting_id",
            ordered=True,
        ),
        KindSpec(
            "decisions",
            "decision",
            (
                _ref("meeting_id", "meetings", required=True),
                _ref("agenda_item_id", "agenda_items", on_delete="nullify"),
                FieldSpec("position", "int"),
                _choice("kind", vocab.DecisionKind, vocab.DecisionKind.AGREED),
                FieldSpec("text", "longtext", required=True),
            ),
            parent_field="meeting_id",
            ordered=True,
        ),
        KindSpec(
            "actions",
            "action",
            (
                _ref("meeting_id", "meetings", required=True),
                FieldSpec("number", "int"),
                FieldSpec("position", "int"),
                FieldSpec("description", "longtext", required=True),
                _ref("responsible_id", "organizations"),
                _ref("counterpart_id", "organizations"),
                _ref("event_id", "events", on_delete="nullify"),
                FieldSpec("due_date", "date"),
                _choice("status", vocab.ActionStatus, vocab.ActionStatus.PLANNED),
                FieldSpec("outcome", "longtext"),
            ),
            parent_field="meeting_id",
            ordered=True,
        ),
        KindSpec(
            "events",
            "event",
            (
                FieldSpec("title", required=True),
                _choice("kind", vocab.EventKind, vocab.EventKind.OTHER),
                FieldSpec("start_date", "date"),
                FieldSpec("end_date", "date"),
                FieldSpec("place"),
                _ref("organizer_id", "organizations"),
                FieldSpec("description", "longtext"),
            ),
            children=(("invitations", "event_id"),),
        ),
        KindSpec(
            "invitations",
            "invitation",
            (
                _ref("event_id", "events", required=True),
                _ref("organization_id", "organizations", required=True),
                _ref("invited_by_id", "organizations"),
                _choice("response", vocab.InvitationResponse, vocab.InvitationResponse.NO_RESPONSE),
                FieldSpec("note", "longtext"),
            ),
            parent_field="event_id",
        ),
        KindSpec(
            "attachments",
            "attachment",
            (
                _ref("document_id", "documents"),
                _ref("resolution_id", "resolutions"),
                FieldSpec("filename", required=True),
                FieldSpec("media_type", default="application/pdf"),
                FieldSpec("sha256", required=True),
                FieldSpec("size", "int", required=True),
                FieldSpec("language", "choice", choices=tuple(e.value for e in vocab.Language)),
            ),
        ),
        KindSpec(
            "translations",
            "translation",
            (
                FieldSpec("record_id", required=True),
                FieldSpec("field", required=True),
                _choice("language", vocab.Language, vocab.Language.ES, required=True),
                FieldSpec("text", "longtext", required=True),
            ),
        ),
    )
}


def parsed_symbol(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The `parsed` object of a resolution or document (derived, never stored)."""
    return parse_symbol(snapshot.get("symbol") or "").to_json()


def label(kind: str, snap: dict[str, Any]) -> str:
    """A short human name for a record (tree nodes, pickers, messages)."""
    if kind == "organizations":
        acronym = snap.get("acronym")
        return f"{snap['name']} ({acronym})" if acronym else snap["name"]
    if kind in ("resolutions", "documents"):
        title = snap.get("title") or ""
        return f"{snap['symbol']} {title}".strip() if not title else f"{snap['symbol']}: {title}"
    if kind == "meetings":
        return f"{snap.get('date') or 'undated'}  {snap['title']}"
    if kind == "interventions":
        speaker = _speaker(snap)
        return f"{speaker}: {_short(snap['text'])}" if speaker else _short(snap["text"])
    if kind == "actions":
        number = snap.get("number")
        return f"{number}. {_short(snap['description'])}" if number else _short(snap["description"])
    if kind == "decisions":
        return _short(snap["text"])
    if kind == "paragraphs":
        return f"{snap['number']}. {_short(snap['text'])}"
    if kind == "events":
        return f"{snap['title']} ({snap.get('start_date') or 'undated'})"
    if kind == "invitations":
        return f"{snap['response']}"
    for key in ("title", "name", "filename", "text"):
        if snap.get(key):
            return _short(str(snap[key]))
    return snap["id"]


def _speaker(snap: dict[str, Any]) -> str:
    """Who spoke, for a label: the speaker as typed, else what the linked organizations
    are ("Delegation", "2 delegations"; their names need a lookup a snapshot cannot do);
    "" for an unattributed remark."""
    speaker = (snap.get("speaker") or "").strip()
    linked = len(snap.get("speaker_ids") or [])
    if speaker or not linked:
        return speaker
    if linked > 1:
        return f"{linked} delegations"
    return "Organization" if snap.get("speaker_kind") == "organization" else "Delegation"


def _short(text: str, n: int = 80) -> str:
    # Whitespace is collapsed in a head of the text first: the collapsed head is always
    # a prefix of the collapsed whole, so only a short head needs the whole text.
    head = " ".join(text[: 4 * n].split())
    if len(head) <= n and len(text) > 4 * n:
        head = " ".join(text.split())
    return head if len(head) <= n else head[: n - 1] + "…"
