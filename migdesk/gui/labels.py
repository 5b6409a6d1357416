"""Kind and field names as the window shows them, in the interface language.

The services name kinds and fields in English (services/kinds.py); every place that shows
one to the user goes through this table, so that lupdate sees each name once and the
translators can give each its grammar (a whole "New meeting" rather than "New" + noun).
tests/gui/test_i18n_labels.py fails when a kind or field has no entry here.
"""

from __future__ import annotations

from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.services.kinds import KINDS, FieldSpec

#: kind -> (one, several, the title of the New … dialog)
KIND_NAMES: dict[str, tuple[str, str, str]] = {
    "organizations": (
        QT_TRANSLATE_NOOP("Kinds", "organization"),
        QT_TRANSLATE_NOOP("Kinds", "organizations"),
        QT_TRANSLATE_NOOP("Kinds", "New Organization"),
    ),
    "persons": (
        QT_TRANSLATE_NOOP("Kinds", "person"),
        QT_TRANSLATE_NOOP("Kinds", "persons"),
        QT_TRANSLATE_NOOP("Kinds", "New Person"),
    ),
    "offices": (
        QT_TRANSLATE_NOOP("Kinds", "office"),
        QT_TRANSLATE_NOOP("Kinds", "offices"),
        QT_TRANSLATE_NOOP("Kinds", "New Office"),
    ),
    "resolutions": (
        QT_TRANSLATE_NOOP("Kinds", "resolution"),
        QT_TRANSLATE_NOOP("Kinds", "resolutions"),
        QT_TRANSLATE_NOOP("Kinds", "New Resolution"),
    ),
    "paragraphs": (
        QT_TRANSLATE_NOOP("Kinds", "paragraph"),
        QT_TRANSLATE_NOOP("Kinds", "paragraphs"),
        QT_TRANSLATE_NOOP("Kinds", "New Paragraph"),
    ),
    "documents": (
        QT_TRANSLATE_NOOP("Kinds", "document"),
        QT_TRANSLATE_NOOP("Kinds", "documents"),
        QT_TRANSLATE_NOOP("Kinds", "New Document"),
    ),
    "meetings": (
        QT_TRANSLATE_NOOP("Kinds", "meeting"),
        QT_TRANSLATE_NOOP("Kinds", "meetings"),
        QT_TRANSLATE_NOOP("Kinds", "New Meeting"),
    ),
    "agenda_items": (
        QT_TRANSLATE_NOOP("Kinds", "agenda item"),
        QT_TRANSLATE_NOOP("Kinds", "agenda items"),
        QT_TRANSLATE_NOOP("Kinds", "New Agenda Item"),
    ),
    "interventions": (
        QT_TRANSLATE_NOOP("Kinds", "intervention"),
        QT_TRANSLATE_NOOP("Kinds", "interventions"),
        QT_TRANSLATE_NOOP("Kinds", "New Intervention"),
    ),
    "decisions": (
        QT_TRANSLATE_NOOP("Kinds", "decision"),
        QT_TRANSLATE_NOOP("Kinds", "decisions"),
        QT_TRANSLATE_NOOP("Kinds", "New Decision"),
    ),
    "actions": (
        QT_TRANSLATE_NOOP("Kinds", "action"),
        QT_TRANSLATE_NOOP("Kinds", "actions"),
        QT_TRANSLATE_NOOP("Kinds", "New Action"),
    ),
    "events": (
        QT_TRANSLATE_NOOP("Kinds", "event"),
        QT_TRANSLATE_NOOP("Kinds", "events"),
        QT_TRANSLATE_NOOP("Kinds", "New Event"),
    ),
    "invitations": (
        QT_TRANSLATE_NOOP("Kinds", "invitation"),
        QT_TRANSLATE_NOOP("Kinds", "invitations"),
        QT_TRANSLATE_NOOP("Kinds", "New Invitation"),
    ),
    "attachments": (
        QT_TRANSLATE_NOOP("Kinds", "attachment"),
        QT_TRANSLATE_NOOP("Kinds", "attachments"),
        QT_TRANSLATE_NOOP("Kinds", "New Attachment"),
    ),
    "translations": (
        QT_TRANSLATE_NOOP("Kinds", "translation"),
        QT_TRANSLATE_NOOP("Kinds", "translations"),
        QT_TRANSLATE_NOOP("Kinds", "New Translation"),
    ),
}

#: A field's English title (FieldSpec.title) -> itself, marked for the translators.
FIELD_TITLES: dict[str, str] = {
    title: title
    for title in (
        QT_TRANSLATE_NOOP("Fields", "Acronym"),
        QT_TRANSLATE_NOOP("Fields", "Adopted on"),
        QT_TRANSLATE_NOOP("Fields", "Agenda document"),
        QT_TRANSLATE_NOOP("Fields", "Agenda item"),
        QT_TRANSLATE_NOOP("Fields", "Aliases"),
        QT_TRANSLATE_NOOP("Fields", "Body"),
        QT_TRANSLATE_NOOP("Fields", "Chair"),
        QT_TRANSLATE_NOOP("Fields", "Classification"),
        QT_TRANSLATE_NOOP("Fields", "Counterpart"),
        QT_TRANSLATE_NOOP("Fields", "Country"),
        QT_TRANSLATE_NOOP("Fields", "Date"),
        QT_TRANSLATE_NOOP("Fields", "Date of issue"),
        QT_TRANSLATE_NOOP("Fields", "Description"),
        QT_TRANSLATE_NOOP("Fields", "Distribution"),
        QT_TRANSLATE_NOOP("Fields", "Document"),
        QT_TRANSLATE_NOOP("Fields", "Due date"),
        QT_TRANSLATE_NOOP("Fields", "End date"),
        QT_TRANSLATE_NOOP("Fields", "End time"),
        QT_TRANSLATE_NOOP("Fields", "Event"),
        QT_TRANSLATE_NOOP("Fields", "Field"),
        QT_TRANSLATE_NOOP("Fields", "Filename"),
        QT_TRANSLATE_NOOP("Fields", "Honorific"),
        QT_TRANSLATE_NOOP("Fields", "Introduction"),
        QT_TRANSLATE_NOOP("Fields", "Invited by"),
        QT_TRANSLATE_NOOP("Fields", "Kind"),
        QT_TRANSLATE_NOOP("Fields", "Language"),
        QT_TRANSLATE_NOOP("Fields", "Mandate ids"),
        QT_TRANSLATE_NOOP("Fields", "Media type"),
        QT_TRANSLATE_NOOP("Fields", "Meeting"),
        QT_TRANSLATE_NOOP("Fields", "Name"),
        QT_TRANSLATE_NOOP("Fields", "Note"),
        QT_TRANSLATE_NOOP("Fields", "Notes"),
        QT_TRANSLATE_NOOP("Fields", "Number"),
        QT_TRANSLATE_NOOP("Fields", "Order of business document"),
        QT_TRANSLATE_NOOP("Fields", "Organization"),
        QT_TRANSLATE_NOOP("Fields", "Organizer"),
        QT_TRANSLATE_NOOP("Fields", "Outcome"),
        QT_TRANSLATE_NOOP("Fields", "Parent"),
        QT_TRANSLATE_NOOP("Fields", "Person"),
        QT_TRANSLATE_NOOP("Fields", "Place"),
        QT_TRANSLATE_NOOP("Fields", "Position"),
        QT_TRANSLATE_NOOP("Fields", "Position or title"),
        QT_TRANSLATE_NOOP("Fields", "Record"),
        QT_TRANSLATE_NOOP("Fields", "Resolution"),
        QT_TRANSLATE_NOOP("Fields", "Response"),
        QT_TRANSLATE_NOOP("Fields", "Responsible"),
        QT_TRANSLATE_NOOP("Fields", "Role"),
        QT_TRANSLATE_NOOP("Fields", "Session"),
        QT_TRANSLATE_NOOP("Fields", "Sha256"),
        QT_TRANSLATE_NOOP("Fields", "Size"),
        QT_TRANSLATE_NOOP("Fields", "Speaker"),
        QT_TRANSLATE_NOOP("Fields", "Speaker ids"),
        QT_TRANSLATE_NOOP("Fields", "Speaker kind"),
        QT_TRANSLATE_NOOP("Fields", "Start date"),
        QT_TRANSLATE_NOOP("Fields", "Start time"),
        QT_TRANSLATE_NOOP("Fields", "Status"),
        QT_TRANSLATE_NOOP("Fields", "Summary symbol"),
        QT_TRANSLATE_NOOP("Fields", "Symbol"),
        QT_TRANSLATE_NOOP("Fields", "Text"),
        QT_TRANSLATE_NOOP("Fields", "Title"),
        QT_TRANSLATE_NOOP("Fields", "Year"),
    )
}


def kind_name(kind: str, n: int = 1) -> str:
    """ "meeting" / "meetings" in the interface language (lower case, for sentences)."""
    one, several, _new = KIND_NAMES[kind]
    return translate("Kinds", one if n == 1 else several)


def kind_title(kind: str) -> str:
    """A kind's singular name, capitalised ("Meeting", "Agenda item"), translated."""
    name = kind_name(kind)
    return name[:1].upper() + name[1:]


def new_record_title(kind: str) -> str:
    """The title of the dialog that makes a record of kind ("New Meeting")."""
    return translate("Kinds", KIND_NAMES[kind][2])


def field_title(field: FieldSpec | str, kind: str | None = None) -> str:
    """A field's label in the interface language (a FieldSpec, or a field name of kind)."""
    if isinstance(field, str):
        spec = KINDS.get(kind or "")
        fields = {f.name: f for f in spec.fields} if spec else {}
        field = fields.get(field) or FieldSpec(field)
    return translate("Fields", FIELD_TITLES.get(field.title, field.title))
