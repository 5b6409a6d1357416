"""The report parser's English words (kinds, speaker kinds, warnings, reasons) as the review shows them.

The parser (domain.report_parse) writes its warnings and the reasons text was left out
in English, for the command line; the review dialog words them here from what they carry
(line numbers, labels), so that they follow the interface language. A warning this table
does not know is shown as the parser wrote it.
"""

from __future__ import annotations

import re

from migdesk.domain.vocab import SpeakerKind
from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.gui.reworded import Rewording, reword

_CONTEXT = "ReportReviewDialog"

#: kind -> the title of its group in the tree of proposed records.
KIND_TITLES = {
    "meetings": QT_TRANSLATE_NOOP("ReportReviewDialog", "Meeting"),
    "organizations": QT_TRANSLATE_NOOP("ReportReviewDialog", "Organizations"),
    "resolutions": QT_TRANSLATE_NOOP("ReportReviewDialog", "Resolutions"),
    "documents": QT_TRANSLATE_NOOP("ReportReviewDialog", "Documents"),
    "agenda_items": QT_TRANSLATE_NOOP("ReportReviewDialog", "Agenda items"),
    "interventions": QT_TRANSLATE_NOOP("ReportReviewDialog", "Interventions"),
    "actions": QT_TRANSLATE_NOOP("ReportReviewDialog", "Follow-up actions"),
    "decisions": QT_TRANSLATE_NOOP("ReportReviewDialog", "Decisions"),
    "events": QT_TRANSLATE_NOOP("ReportReviewDialog", "Events"),
    "invitations": QT_TRANSLATE_NOOP("ReportReviewDialog", "Invitations"),
}

_SPEAKER_KINDS = {
    SpeakerKind.DELEGATION: QT_TRANSLATE_NOOP("ReportReviewDialog", "delegation"),
    SpeakerKind.DELEGATIONS: QT_TRANSLATE_NOOP("ReportReviewDialog", "delegations"),
    SpeakerKind.GROUP: QT_TRANSLATE_NOOP("ReportReviewDialog", "group"),
    SpeakerKind.ORGANIZATION: QT_TRANSLATE_NOOP("ReportReviewDialog", "organization"),
    SpeakerKind.CHAIR: QT_TRANSLATE_NOOP("ReportReviewDialog", "chair"),
    SpeakerKind.UNATTRIBUTED: QT_TRANSLATE_NOOP("ReportReviewDialog", "unattributed"),
}

_REASONS = {
    "footnote": QT_TRANSLATE_NOOP("ReportReviewDialog", "footnote"),
    "a paragraph among follow-up items": QT_TRANSLATE_NOOP("ReportReviewDialog", "a paragraph among follow-up items"),
}

# The parser's warnings (domain/report_parse/report.py): its English pattern -> our words.
_WARNINGS: tuple[Rewording, ...] = (
    (re.compile(r"replacement characters \(\ufffd\) on lines (?P<a>.+)"),
     QT_TRANSLATE_NOOP("ReportReviewDialog", "replacement characters (\ufffd) on lines %1")),
    (re.compile(r"line (?P<a>\d+): the item's number was lost in conversion; read as (?P<b>.+)"),
     QT_TRANSLATE_NOOP("ReportReviewDialog", "line %1: the item's number was lost in conversion; read as %2")),
    (re.compile(r"no date of the meeting found in the introduction"),
     QT_TRANSLATE_NOOP("ReportReviewDialog", "no date of the meeting found in the introduction")),
    (re.compile(r"no body found for the meeting \(use --body\)"),
     QT_TRANSLATE_NOOP("ReportReviewDialog", "no body found for the meeting (use --body)")),
)


def kind_group_title(kind: str) -> str:
    """The tree's group title for records of kind."""
    return translate(_CONTEXT, KIND_TITLES.get(kind, kind))


def speaker_kind_text(kind: SpeakerKind) -> str:
    """A speaker kind ("delegation", "chair") in the interface language."""
    return translate(_CONTEXT, _SPEAKER_KINDS.get(kind, kind.value))


def reason_text(reason: str) -> str:
    """Why text was left out of every record, in the interface language."""
    return translate(_CONTEXT, _REASONS[reason]) if reason in _REASONS else reason


def warning_text(warning: str) -> str:
    """One parser warning in the interface language (as written when not a known one)."""
    return reword(warning, _CONTEXT, _WARNINGS)


def record_words(key: str) -> str:
    """The fillers of a record's line ("(no speaker)", "place?", "Invitation (%1)")."""
    return translate(_CONTEXT, _FILLERS[key])


_FILLERS = {
    "no speaker": QT_TRANSLATE_NOOP("ReportReviewDialog", "(no speaker)"),
    "place": QT_TRANSLATE_NOOP("ReportReviewDialog", "place?"),
    "invitation": QT_TRANSLATE_NOOP("ReportReviewDialog", "Invitation (%1)"),
}
