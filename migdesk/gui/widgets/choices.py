"""Display labels of the stored vocabulary values (migdesk.domain.vocab), translatable.

Values stay the stable English strings stored in the database; combo boxes show these
labels through QCoreApplication.translate. QT_TRANSLATE_NOOP marks them for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from migdesk.services.overview import BUCKET_NAMES, DueBucket

_CONTEXT = "Vocabulary"

_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text, typed object
    # organization kinds
    "intergovernmental organization": QT_TRANSLATE_NOOP(
        "Vocabulary", "Intergovernmental organization"
    ),
    "organ": QT_TRANSLATE_NOOP("Vocabulary", "Organ"),
    "council": QT_TRANSLATE_NOOP("Vocabulary", "Council"),
    "committee": QT_TRANSLATE_NOOP("Vocabulary", "Committee"),
    "working group": QT_TRANSLATE_NOOP("Vocabulary", "Working group"),
    "regional consultative process": QT_TRANSLATE_NOOP(
        "Vocabulary", "Regional consultative process"
    ),
    "subregional bloc": QT_TRANSLATE_NOOP("Vocabulary", "Subregional bloc"),
    "secretariat": QT_TRANSLATE_NOOP("Vocabulary", "Secretariat"),
    "commission": QT_TRANSLATE_NOOP("Vocabulary", "Commission"),
    "member state delegation": QT_TRANSLATE_NOOP("Vocabulary", "Member state delegation"),
    "NGO": QT_TRANSLATE_NOOP("Vocabulary", "NGO"),
    # meeting status
    "scheduled": QT_TRANSLATE_NOOP("Vocabulary", "Scheduled"),
    "held": QT_TRANSLATE_NOOP("Vocabulary", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    # action status
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "invited": QT_TRANSLATE_NOOP("Vocabulary", "Invited"),
    "in progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    # event kinds
    "workshop": QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    "forum": QT_TRANSLATE_NOOP("Vocabulary", "Forum"),
    "seminar": QT_TRANSLATE_NOOP("Vocabulary", "Seminar"),
    "conference": QT_TRANSLATE_NOOP("Vocabulary", "Conference"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    # invitation responses
    "no response": QT_TRANSLATE_NOOP("Vocabulary", "No response"),
    "accepted": QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    "unable to attend": QT_TRANSLATE_NOOP("Vocabulary", "Unable to attend"),
    "attended": QT_TRANSLATE_NOOP("Vocabulary", "Attended"),
    # decision kinds
    "agreed": QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
    "requested": QT_TRANSLATE_NOOP("Vocabulary", "Requested"),
    "took note": QT_TRANSLATE_NOOP("Vocabulary", "Took note"),
    "recommended": QT_TRANSLATE_NOOP("Vocabulary", "Recommended"),
    "elected": QT_TRANSLATE_NOOP("Vocabulary", "Elected"),
    "approved": QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
    # distribution
    "public": QT_TRANSLATE_NOOP("Vocabulary", "Public"),
    "limited": QT_TRANSLATE_NOOP("Vocabulary", "Limited"),
    # languages
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "es": QT_TRANSLATE_NOOP("Vocabulary", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Vocabulary", "French"),
    "pt": QT_TRANSLATE_NOOP("Vocabulary", "Portuguese"),
    # office roles
    "vice chair": QT_TRANSLATE_NOOP("Vocabulary", "Vice chair"),
    "rapporteur": QT_TRANSLATE_NOOP("Vocabulary", "Rapporteur"),
    "chair": QT_TRANSLATE_NOOP("Vocabulary", "Chair"),
    "member": QT_TRANSLATE_NOOP("Vocabulary", "Member"),
}

# Values whose label depends on the field (the chair as a speaker vs. the office of chair).
_BY_FIELD: dict[str, dict[str, object]] = {
    "speaker_kind": {
        "delegation": QT_TRANSLATE_NOOP("Vocabulary", "One delegation"),
        "delegations": QT_TRANSLATE_NOOP("Vocabulary", "Several named delegations"),
        "group": QT_TRANSLATE_NOOP("Vocabulary", "An unnamed group"),
        "organization": QT_TRANSLATE_NOOP("Vocabulary", "An organization"),
        "chair": QT_TRANSLATE_NOOP("Vocabulary", "The chair"),
        "unattributed": QT_TRANSLATE_NOOP("Vocabulary", "Unattributed"),
    },
}


def choice_label(value: str, field: str = "") -> str:
    """The translated display label of a stored vocabulary value (capitalised as a fallback)."""
    source = _BY_FIELD.get(field, {}).get(value) or _LABELS.get(value)
    if source is None:
        return value[:1].upper() + value[1:]
    return QCoreApplication.translate(_CONTEXT, str(source))


def known_values(field: str = "") -> set[str]:
    """The values that have a label (a test checks every vocabulary value is covered)."""
    return set(_LABELS) | set(_BY_FIELD.get(field, {}))


# BUCKET_NAMES (services/overview.py) marked for lupdate: the services stay free of Qt.
_BUCKET_WORDS = (
    QT_TRANSLATE_NOOP("Overview", "Overdue"),
    QT_TRANSLATE_NOOP("Overview", "This week"),
    QT_TRANSLATE_NOOP("Overview", "Later"),
    QT_TRANSLATE_NOOP("Overview", "No due date"),
)


def bucket_name(bucket: DueBucket) -> str:
    """A due bucket's translated name ("Overdue", "This week", "Later", "No due date")."""
    return QCoreApplication.translate("Overview", BUCKET_NAMES[bucket])
