"""SQLAlchemy 2 typed models: the tables MigDesk keeps.

Every user record carries a UUID (its identity in exchange files), created_at,
updated_at and a deleted_at tombstone; rows are never removed, so deletions travel and
undo can bring them back. Timestamps are ISO 8601 UTC strings, which sort as text.
Why each field exists is written down in docs/data-model.md.

No `from __future__ import annotations` here: the `Mapped[...]` annotations are then
objects when each class is made, and SQLAlchemy does not have to evaluate some 400
annotation strings at import (a quarter of this module's import time, paid at every
start-up). Dates are written `dt.date`, since some models have a column named `date`.
"""

import datetime as dt
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A fresh random record identity."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with microseconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Base(DeclarativeBase):
    """Declarative base with a stable constraint naming convention (for migrations)."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class RecordMixin:
    """Identity, timestamps and the tombstone shared by every exchanged record."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[str] = mapped_column(String(32), default=utc_now)
    updated_at: Mapped[str] = mapped_column(String(32), default=utc_now)
    # Not indexed: nearly every row has NULL, and such an index lures SQLite away from the
    # primary key when records are fetched by id (see docs/performance.md).
    deleted_at: Mapped[str | None] = mapped_column(String(32), default=None)
    # Goes up by one on every change: a write names the version it was based on, and one
    # based on an older version is refused as a conflict (services/records/editing.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


def ref(table: str, **kw: Any) -> Any:
    """A nullable reference to another record's UUID."""
    return mapped_column(String(36), ForeignKey(f"{table}.id"), nullable=True, index=True, **kw)


class Organization(RecordMixin, Base):
    __tablename__ = "organizations"
    name: Mapped[str] = mapped_column(Text)
    acronym: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[str | None] = ref("organizations")
    country: Mapped[str | None] = mapped_column(Text)  # for member state delegations
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{name, acronym, language}]
    language: Mapped[str] = mapped_column(String(2), default="en")
    notes: Mapped[str | None] = mapped_column(Text)


class Person(RecordMixin, Base):
    __tablename__ = "persons"
    name: Mapped[str] = mapped_column(Text)
    honorific: Mapped[str | None] = mapped_column(Text)
    job_title: Mapped[str | None] = mapped_column(Text)  # e.g. "Permanent Representative"
    organization_id: Mapped[str | None] = ref("organizations")
    notes: Mapped[str | None] = mapped_column(Text)


class Office(RecordMixin, Base):
    __tablename__ = "offices"
    person_id: Mapped[str] = mapped_column(String(36), ForeignKey("persons.id"), index=True)
    body_id: Mapped[str] = mapped_column(String(36), ForeignKey("organizations.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


class Document(RecordMixin, Base):
    __tablename__ = "documents"
    symbol: Mapped[str] = mapped_column(Text)
    symbol_normalized: Mapped[str] = mapped_column(Text, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(2), default="en")
    distribution: Mapped[str] = mapped_column(String(10), default="public")
    classification: Mapped[str | None] = mapped_column(String(20))
    body_id: Mapped[str | None] = ref("organizations")
    notes: Mapped[str | None] = mapped_column(Text)


class Resolution(RecordMixin, Base):
    __tablename__ = "resolutions"
    symbol: Mapped[str] = mapped_column(Text)
    symbol_normalized: Mapped[str] = mapped_column(Text, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    session: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    body_id: Mapped[str | None] = ref("organizations")
    language: Mapped[str] = mapped_column(String(2), default="en")
    notes: Mapped[str | None] = mapped_column(Text)


class OperativeParagraph(RecordMixin, Base):
    __tablename__ = "operative_paragraphs"
    resolution_id: Mapped[str] = mapped_column(String(36), ForeignKey("resolutions.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


meeting_mandates = Table(
    "meeting_mandates",
    Base.metadata,
    Column("meeting_id", String(36), ForeignKey("meetings.id"), primary_key=True),
    Column("resolution_id", String(36), ForeignKey("resolutions.id"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class Meeting(RecordMixin, Base):
    __tablename__ = "meetings"
    # The navigator's meetings per body and year (migration 0010).
    __table_args__ = (Index("ix_meetings_body_date", "body_id", "date", "deleted_at"),)
    title: Mapped[str] = mapped_column(Text)
    body_id: Mapped[str | None] = ref("organizations")
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    place: Mapped[str | None] = mapped_column(Text)
    chair_id: Mapped[str | None] = ref("persons")
    agenda_document_id: Mapped[str | None] = ref("documents")
    order_of_business_document_id: Mapped[str | None] = ref("documents")
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    symbol: Mapped[str | None] = mapped_column(Text)  # the summary's own document symbol
    summary_date: Mapped[dt.date | None] = mapped_column(Date)  # the summary's date of issue
    introduction: Mapped[str | None] = mapped_column(Text)  # mandate and meeting paragraphs
    language: Mapped[str] = mapped_column(String(2), default="en")
    notes: Mapped[str | None] = mapped_column(Text)


class AgendaItem(RecordMixin, Base):
    __tablename__ = "agenda_items"
    # Lists of a meeting's records come in this order (records.list_ids, table models);
    # the index also serves every lookup by meeting_id alone.
    __table_args__ = (Index("ix_agenda_items_meeting_order", "meeting_id", "position"),)
    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meetings.id"))
    number: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Intervention(RecordMixin, Base):
    __tablename__ = "interventions"
    # Lists of a meeting's records come in this order (records.list_ids, table models);
    # the index also serves every lookup by meeting_id alone.
    __table_args__ = (Index("ix_interventions_meeting_order", "meeting_id", "position"),)
    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meetings.id"))
    agenda_item_id: Mapped[str | None] = ref("agenda_items")
    position: Mapped[int] = mapped_column(Integer, default=0)
    speaker: Mapped[str] = mapped_column(Text, default="")  # as the record gives it
    speaker_kind: Mapped[str] = mapped_column(String(20), default="unattributed")
    speaker_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)  # organization ids
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(2), default="en")


class Decision(RecordMixin, Base):
    __tablename__ = "decisions"
    # Lists of a meeting's records come in this order (records.list_ids, table models);
    # the index also serves every lookup by meeting_id alone.
    __table_args__ = (Index("ix_decisions_meeting_order", "meeting_id", "position"),)
    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meetings.id"))
    agenda_item_id: Mapped[str | None] = ref("agenda_items")
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="agreed")
    text: Mapped[str] = mapped_column(Text)


class Event(RecordMixin, Base):
    __tablename__ = "events"
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    organizer_id: Mapped[str | None] = ref("organizations")
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)


class Invitation(RecordMixin, Base):
    __tablename__ = "invitations"
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), index=True)
    organization_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("organizations.id"), index=True
    )
    invited_by_id: Mapped[str | None] = ref("organizations")
    response: Mapped[str] = mapped_column(String(20), default="no response")
    note: Mapped[str | None] = mapped_column(Text)


class Action(RecordMixin, Base):
    __tablename__ = "actions"
    # Lists of a meeting's records come in this order (records.list_ids, table models);
    # the index also serves every lookup by meeting_id alone.
    __table_args__ = (
        Index("ix_actions_meeting_order", "meeting_id", "position"),
        Index("ix_actions_status", "status", "deleted_at"),  # open actions (migration 0010)
    )
    meeting_id: Mapped[str] = mapped_column(String(36), ForeignKey("meetings.id"))
    number: Mapped[int | None] = mapped_column(Integer)  # as printed in the report
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[str | None] = ref("organizations")
    counterpart_id: Mapped[str | None] = ref("organizations")
    event_id: Mapped[str | None] = ref("events")
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    outcome: Mapped[str | None] = mapped_column(Text)


class Attachment(RecordMixin, Base):
    __tablename__ = "attachments"
    document_id: Mapped[str | None] = ref("documents")
    resolution_id: Mapped[str | None] = ref("resolutions")
    filename: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(100), default="application/pdf")
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blobs.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(2))  # which language version


class Translation(RecordMixin, Base):
    __tablename__ = "translations"
    # One translation per record, field and language: its id is derived from the three
    # (services/translation_keys.py), so copies made in two databases merge as one.
    __table_args__ = (
        Index("uq_translations_record_field_language", "record_id", "field", "language", unique=True),
    )
    record_id: Mapped[str] = mapped_column(String(36), index=True)  # any record's UUID
    field: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2))
    text: Mapped[str] = mapped_column(Text)


class Blob(Base):
    """File content stored by its SHA-256 (immutable, shared by attachments)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Setting(Base):
    """Installation-wide values such as this installation's own id."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLogEntry(Base):
    """A record written by some connection: other windows read new rows to stay current.

    record_id NULL stands for many records of the kind at once (an import).
    """

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    writer: Mapped[str] = mapped_column(String(36))  # the writing session's own token
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    at: Mapped[str] = mapped_column(String(32), default=utc_now)  # a server's own clock
    # The database role that wrote (a server); NULL in a one-person SQLite file.
    author: Mapped[str | None] = mapped_column(String(63), nullable=True)


class SyncBase(Base):
    """A record's content as last exchanged with colleagues: the base of 3-way merges.

    snapshot NULL: the base is the record as stored here, unchanged since it was
    received (an import adds records that way; records.write_snapshots copies the base
    into snapshot before it changes such a record).
    """

    __tablename__ = "sync_base"
    # One B-tree keyed by record_id on SQLite, not a table plus an index of the same keys.
    __table_args__ = {"sqlite_with_rowid": False}
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    exchanged_at: Mapped[str] = mapped_column(String(32), default=utc_now)


class SyncPeer(Base):
    """A colleague's installation this one has exchanged files with."""

    __tablename__ = "sync_peers"
    installation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str | None] = mapped_column(Text)
    last_sent_at: Mapped[str | None] = mapped_column(String(32))
    last_received_at: Mapped[str | None] = mapped_column(String(32))


class SyncClock(Base):
    """What a record's fields know about their changes: the causal metadata of merging.

    dots: field (and "deleted_at") -> the changes that wrote its current value, each
    [installation id, counter]; usually one, none for a value unchanged since the record
    was created. seen: installation id -> the highest counter of that installation's
    changes to this record known here (a version vector). See services/clocks.py.
    """

    __tablename__ = "sync_clocks"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dots: Mapped[dict[str, Any]] = mapped_column(JSON)
    seen: Mapped[dict[str, Any]] = mapped_column(JSON)


class HistoryEntry(Base):
    """A value a record used to have and lost (conflicts, superseded values): nothing is lost."""

    __tablename__ = "record_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[Any] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(Text)  # e.g. "import from <installation id>"
    recorded_at: Mapped[str] = mapped_column(String(32), default=utc_now)
    note: Mapped[str | None] = mapped_column(Text)
    # Where the value came from: the installation and the file (None: this database).
    source_installation: Mapped[str | None] = mapped_column(String(36))
    source_file: Mapped[str | None] = mapped_column(Text)


RECORD_MODELS: dict[str, type[RecordMixin]] = {
    "organizations": Organization,
    "persons": Person,
    "offices": Office,
    "documents": Document,
    "resolutions": Resolution,
    "paragraphs": OperativeParagraph,
    "meetings": Meeting,
    "agenda_items": AgendaItem,
    "interventions": Intervention,
    "decisions": Decision,
    "events": Event,
    "invitations": Invitation,
    "actions": Action,
    "attachments": Attachment,
    "translations": Translation,
}
