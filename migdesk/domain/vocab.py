"""The controlled vocabularies of the domain: kinds, statuses and languages.

Values are the stable strings stored in the database, the CLI JSON and exchange files;
labels are English display text (the GUI passes them through tr()).
"""

from __future__ import annotations

from enum import StrEnum


class OrganizationKind(StrEnum):
    """What kind of body an organization is."""

    IGO = "intergovernmental organization"
    ORGAN = "organ"
    COUNCIL = "council"
    COMMITTEE = "committee"
    WORKING_GROUP = "working group"
    RCP = "regional consultative process"
    SUBREGIONAL_BLOC = "subregional bloc"
    SECRETARIAT = "secretariat"
    COMMISSION = "commission"
    DELEGATION = "member state delegation"
    NGO = "NGO"


class MeetingStatus(StrEnum):
    """Whether a meeting is still to come, took place or was called off."""

    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class ActionStatus(StrEnum):
    """Where a follow-up action stands."""

    PLANNED = "planned"
    INVITED = "invited"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DECLINED = "declined"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """True while something is still to be done."""
        return self in (ActionStatus.PLANNED, ActionStatus.INVITED, ActionStatus.IN_PROGRESS)


class EventKind(StrEnum):
    """The kind of an event that follow-up actions refer to."""

    WORKSHOP = "workshop"
    FORUM = "forum"
    SEMINAR = "seminar"
    CONFERENCE = "conference"
    MEETING = "meeting"
    OTHER = "other"


class InvitationResponse(StrEnum):
    """An invited organization's answer to an event invitation."""

    NO_RESPONSE = "no response"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    UNABLE_TO_ATTEND = "unable to attend"
    ATTENDED = "attended"


class SpeakerKind(StrEnum):
    """Who an intervention is attributed to, as the record gives it."""

    DELEGATION = "delegation"          # one delegation
    DELEGATIONS = "delegations"        # a list of named delegations
    GROUP = "group"                    # an unnamed group: "some delegations"
    ORGANIZATION = "organization"      # an organization or secretariat
    CHAIR = "chair"
    UNATTRIBUTED = "unattributed"      # "it was noted that ..."


class DecisionKind(StrEnum):
    """What a meeting did with a matter."""

    AGREED = "agreed"
    REQUESTED = "requested"
    TOOK_NOTE = "took note"
    RECOMMENDED = "recommended"
    ELECTED = "elected"
    APPROVED = "approved"


class Distribution(StrEnum):
    """Who may see a document."""

    PUBLIC = "public"
    LIMITED = "limited"


class Language(StrEnum):
    """The four official languages of the OAS."""

    EN = "en"
    ES = "es"
    FR = "fr"
    PT = "pt"

    @property
    def label(self) -> str:
        """The language's English name."""
        return {"en": "English", "es": "Spanish", "fr": "French", "pt": "Portuguese"}[self.value]


class OfficeRole(StrEnum):
    """Offices a person can hold in a body."""

    CHAIR = "chair"
    VICE_CHAIR = "vice chair"
    RAPPORTEUR = "rapporteur"
    MEMBER = "member"
