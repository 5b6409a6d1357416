"""initial schema: every table of the first MigDesk release

Revision ID: 0001
Revises:
Create Date: 2026-11-28 02:53:28.053628
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "organizations",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organizations.id"],
            name=op.f("fk_organizations_parent_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organizations_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organizations_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "record_history",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_history")),
    )
    with op.batch_alter_table("record_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_history_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sync_base",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("exchanged_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("last_sent_at", sa.String(length=32), nullable=True),
        sa.Column("last_received_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("installation_id", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "translations",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translations")),
    )
    with op.batch_alter_table("translations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_translations_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_translations_record_id"), ["record_id"], unique=False)

    op.create_table(
        "documents",
        sa.Column("symbol", sa.Text(), nullable=False),
        sa.Column("symbol_normalized", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("distribution", sa.String(length=10), nullable=False),
        sa.Column("classification", sa.String(length=20), nullable=True),
        sa.Column("body_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["body_id"], ["organizations.id"], name=op.f("fk_documents_body_id_organizations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_documents_symbol_normalized"), ["symbol_normalized"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("organizer_id", sa.String(length=36), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["organizer_id"],
            ["organizations.id"],
            name=op.f("fk_events_organizer_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_organizer_id"), ["organizer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_start_date"), ["start_date"], unique=False)

    op.create_table(
        "persons",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("honorific", sa.Text(), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_persons_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_persons_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "resolutions",
        sa.Column("symbol", sa.Text(), nullable=False),
        sa.Column("symbol_normalized", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("session", sa.Text(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("body_id", sa.String(length=36), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["body_id"], ["organizations.id"], name=op.f("fk_resolutions_body_id_organizations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolutions")),
    )
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolutions_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resolutions_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_resolutions_symbol_normalized"), ["symbol_normalized"], unique=False
        )

    op.create_table(
        "attachments",
        sa.Column("document_id", sa.String(length=36), nullable=True),
        sa.Column("resolution_id", sa.String(length=36), nullable=True),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_attachments_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
            name=op.f("fk_attachments_resolution_id_resolutions"),
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_attachments_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachments_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachments_resolution_id"), ["resolution_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "invitations",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("invited_by_id", sa.String(length=36), nullable=True),
        sa.Column("response", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_invitations_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["invited_by_id"],
            ["organizations.id"],
            name=op.f("fk_invitations_invited_by_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_invitations_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitations")),
    )
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invitations_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_invitations_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_invitations_invited_by_id"), ["invited_by_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_invitations_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "meetings",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.String(length=5), nullable=True),
        sa.Column("end_time", sa.String(length=5), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("chair_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_document_id", sa.String(length=36), nullable=True),
        sa.Column("order_of_business_document_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("symbol", sa.Text(), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_document_id"],
            ["documents.id"],
            name=op.f("fk_meetings_agenda_document_id_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["organizations.id"], name=op.f("fk_meetings_body_id_organizations")
        ),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["persons.id"], name=op.f("fk_meetings_chair_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["order_of_business_document_id"],
            ["documents.id"],
            name=op.f("fk_meetings_order_of_business_document_id_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meetings_agenda_document_id"), ["agenda_document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meetings_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_chair_id"), ["chair_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meetings_order_of_business_document_id"),
            ["order_of_business_document_id"],
            unique=False,
        )

    op.create_table(
        "offices",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("body_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["body_id"], ["organizations.id"], name=op.f("fk_offices_body_id_organizations")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_offices_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_offices_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_offices_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_offices_person_id"), ["person_id"], unique=False)

    op.create_table(
        "operative_paragraphs",
        sa.Column("resolution_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
            name=op.f("fk_operative_paragraphs_resolution_id_resolutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operative_paragraphs")),
    )
    with op.batch_alter_table("operative_paragraphs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_operative_paragraphs_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_operative_paragraphs_resolution_id"), ["resolution_id"], unique=False
        )

    op.create_table(
        "actions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("counterpart_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["counterpart_id"],
            ["organizations.id"],
            name=op.f("fk_actions_counterpart_id_organizations"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_actions_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_actions_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["organizations.id"],
            name=op.f("fk_actions_responsible_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_actions_counterpart_id"), ["counterpart_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_actions_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actions_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "agenda_items",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_agenda_items_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agenda_items_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "meeting_mandates",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("resolution_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_mandates_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["resolution_id"],
            ["resolutions.id"],
            name=op.f("fk_meeting_mandates_resolution_id_resolutions"),
        ),
        sa.PrimaryKeyConstraint("meeting_id", "resolution_id", name=op.f("pk_meeting_mandates")),
    )
    op.create_table(
        "decisions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_decisions_agenda_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_decisions_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decisions_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_decisions_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "interventions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=False),
        sa.Column("speaker_kind", sa.String(length=20), nullable=False),
        sa.Column("speaker_ids", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_interventions_agenda_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_interventions_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interventions")),
    )
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interventions_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interventions_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interventions_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("interventions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interventions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_interventions_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_interventions_agenda_item_id"))

    op.drop_table("interventions")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_decisions_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_decisions_agenda_item_id"))

    op.drop_table("decisions")
    op.drop_table("meeting_mandates")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_agenda_items_deleted_at"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_actions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_actions_event_id"))
        batch_op.drop_index(batch_op.f("ix_actions_due_date"))
        batch_op.drop_index(batch_op.f("ix_actions_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_actions_counterpart_id"))

    op.drop_table("actions")
    with op.batch_alter_table("operative_paragraphs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_operative_paragraphs_resolution_id"))
        batch_op.drop_index(batch_op.f("ix_operative_paragraphs_deleted_at"))

    op.drop_table("operative_paragraphs")
    with op.batch_alter_table("offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_offices_person_id"))
        batch_op.drop_index(batch_op.f("ix_offices_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_offices_body_id"))

    op.drop_table("offices")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_order_of_business_document_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_meetings_date"))
        batch_op.drop_index(batch_op.f("ix_meetings_chair_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_body_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_agenda_document_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invitations_organization_id"))
        batch_op.drop_index(batch_op.f("ix_invitations_invited_by_id"))
        batch_op.drop_index(batch_op.f("ix_invitations_event_id"))
        batch_op.drop_index(batch_op.f("ix_invitations_deleted_at"))

    op.drop_table("invitations")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_resolution_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_document_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_deleted_at"))

    op.drop_table("attachments")
    with op.batch_alter_table("resolutions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolutions_symbol_normalized"))
        batch_op.drop_index(batch_op.f("ix_resolutions_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_resolutions_body_id"))

    op.drop_table("resolutions")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_organization_id"))
        batch_op.drop_index(batch_op.f("ix_persons_deleted_at"))

    op.drop_table("persons")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_start_date"))
        batch_op.drop_index(batch_op.f("ix_events_organizer_id"))
        batch_op.drop_index(batch_op.f("ix_events_deleted_at"))

    op.drop_table("events")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_symbol_normalized"))
        batch_op.drop_index(batch_op.f("ix_documents_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_documents_body_id"))

    op.drop_table("documents")
    with op.batch_alter_table("translations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_translations_record_id"))
        batch_op.drop_index(batch_op.f("ix_translations_deleted_at"))

    op.drop_table("translations")
    op.drop_table("sync_peers")
    op.drop_table("sync_base")
    op.drop_table("settings")
    with op.batch_alter_table("record_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_history_record_id"))

    op.drop_table("record_history")
    with op.batch_alter_table("organizations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organizations_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organizations_deleted_at"))

    op.drop_table("organizations")
    op.drop_table("blobs")
