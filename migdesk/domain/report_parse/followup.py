"""Numbered and lettered items: follow-up actions (with the events they name) or decisions.

"The OAS invited the RCM to attend the RIAL Workshop on “...,” held on February 24 and
25, 2009. Unfortunately, ... unable to attend." is an action (invited, then declined)
whose event is the workshop on those days; "The Conference agreed to ..." a decision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from migdesk.domain.report_parse.bodies import BodyIndex, Mention
from migdesk.domain.report_parse.dates import DateMention, find_dates
from migdesk.domain.report_parse.speakers import sentences
from migdesk.domain.vocab import ActionStatus, DecisionKind, EventKind, InvitationResponse

_EVENT_WORDS = {
    "workshop": EventKind.WORKSHOP, "taller": EventKind.WORKSHOP, "atelier": EventKind.WORKSHOP,
    "oficina": EventKind.WORKSHOP, "forum": EventKind.FORUM, "foro": EventKind.FORUM,
    "fórum": EventKind.FORUM, "seminar": EventKind.SEMINAR, "seminario": EventKind.SEMINAR,
    "séminaire": EventKind.SEMINAR, "seminário": EventKind.SEMINAR,
    "conference": EventKind.CONFERENCE, "conferencia": EventKind.CONFERENCE,
    "conférence": EventKind.CONFERENCE, "meeting": EventKind.MEETING,
    "reunión": EventKind.MEETING, "réunion": EventKind.MEETING, "reunião": EventKind.MEETING,
    "symposium": EventKind.OTHER, "simposio": EventKind.OTHER, "course": EventKind.OTHER,
    "curso": EventKind.OTHER,
}  # fmt: skip
_EVENT_WORD = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in _EVENT_WORDS) + r")\b")
_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w’'-]*|on|of|for|with|respect|to|the|and|in|de|del|"
                         r"la|las|los|el|sobre|y|en|para|con|des|du|et|sur|da|do|dos|das|e)$")
_TITLE_WORDS = 20  # an event's title is read up to this many words past its keyword
_QUOTED = re.compile(r"[“\"«]([^”\"»]+)[”\"»]")
_OUTCOME = re.compile(
    r"^(?:outcome:|resultado:|unfortunately|however|lamentablemente|sin embargo|"
    r"malheureusement|infelizmente)",
    re.I,
)
_INVITED_ACTIVE = re.compile(
    r"^(?P<subject>.{1,300}?)\s+(?:invited|invitó|invitaron|a invité|ont invité|convidou|convidaram)\s+"
    r"(?P<object>.{1,300}?)\s+(?:to|a|à|al|para)\b",
)
_INVITED_PASSIVE = re.compile(
    r"^(?P<object>.{1,300}?)\s+(?:was|were|fue|fueron|a été|ont été|foi|foram)\s+"
    r"(?:invited|invitad[oa]s?|invitée?s?|convidad[oa]s?)\b",
)
_DONE = re.compile(r"\b(?:was held|took place|completed|se realizó|se celebró|tuvo lugar)\b", re.I)
_DECLINED = re.compile(
    r"\b(?:unable to attend|could not attend|declined|no pudieron asistir|no pudo asistir|"
    r"n'ont pas pu|não puderam)\b",
    re.I,
)
_DECISION_VERBS = (
    (re.compile(r"\b(?:took note|tomó nota|tomaron nota|prend note|pris note)\b", re.I),
     DecisionKind.TOOK_NOTE),
    (re.compile(r"\b(?:recommend\w*|recomend\w*|recommande\w*)\b", re.I), DecisionKind.RECOMMENDED),
    (re.compile(r"\b(?:request\w*|solicit\w*|instruct\w*|encomend\w*|pidió|demande\w*)\b", re.I),
     DecisionKind.REQUESTED),
    (re.compile(r"\b(?:agree\w*|decide\w*|resolve\w*|acord\w*|decidi\w*|convin\w*|approv\w*|"
                r"aprob\w*|adopt\w*|conclu\w*)\b", re.I), DecisionKind.AGREED),
)  # fmt: skip
_PLACE = re.compile(
    r"\b(?:in|en|à|em)\s+(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?)"
)


@dataclass
class EventReading:
    """An event named by an item."""

    title: str
    kind: str
    dates: DateMention | None
    place: str | None


@dataclass
class ActionReading:
    """What an item says: description, outcome, who does it, with whom, which event."""

    description: str
    outcome: str | None
    status: str
    responsible: str | None
    counterpart: str | None
    event: EventReading | None
    inviters: list[str] = field(default_factory=list)
    invitees: list[str] = field(default_factory=list)
    inviter_text: str | None = None
    response: str = InvitationResponse.NO_RESPONSE.value
    confidence: float = 0.9


def decision_kind(text: str) -> str | None:
    """The kind of decision text records, or None when it reads as no decision."""
    hits = [(m.start(), kind) for pattern, kind in _DECISION_VERBS for m in [pattern.search(text)] if m]
    return min(hits)[1].value if hits else None


def split_outcome(text: str) -> tuple[str, str | None]:
    """(description, outcome): sentences from the first outcome sentence on are the outcome."""
    parts = sentences(text)
    for n, sentence in enumerate(parts):
        if n and _OUTCOME.match(sentence):
            head = text[: text.index(sentence)].rstrip()
            tail = text[len(head) :].strip()
            return head, re.sub(r"^(?:outcome|resultado):\s*", "", tail, flags=re.I)
    return text, None


def read_action(text: str, index: BodyIndex, home: str | None) -> ActionReading:
    """Read one follow-up item."""
    description, outcome = split_outcome(text)
    mentions = index.find(description)
    event = _event(description, mentions)
    inviters: list[str] = []
    invitees: list[str] = []
    inviter_text = None
    passive = _INVITED_PASSIVE.match(description)
    active = None if passive else _INVITED_ACTIVE.match(description)
    if active:
        inviters = _keys_within(mentions, 0, active.end("subject"))
        invitees = _keys_within(mentions, active.start("object"), active.end("object"))
        inviter_text = active["subject"]
    elif passive:
        invitees = _keys_within(mentions, 0, passive.end("object"))
        inviters = [home] if home else []
    invited = bool(inviters or invitees) and (active or passive) is not None
    response = InvitationResponse.NO_RESPONSE.value
    if outcome and _DECLINED.search(outcome):
        response = InvitationResponse.UNABLE_TO_ATTEND.value
    status = _status(description, outcome, invited)
    responsible, counterpart = _parties(mentions, index, home, inviters, invitees, invited)
    confidence = 0.9 if (responsible and (event or not invited)) else 0.6
    return ActionReading(
        description, outcome, status, responsible, counterpart, event,
        inviters, invitees, inviter_text, response, confidence,
    )  # fmt: skip


def _status(description: str, outcome: str | None, invited: bool) -> str:
    if outcome and _DECLINED.search(outcome):
        return ActionStatus.DECLINED.value
    if invited:
        return ActionStatus.INVITED.value
    if _DONE.search(description):
        return ActionStatus.DONE.value
    return ActionStatus.PLANNED.value


def _keys_within(mentions: list[Mention], begin: int, stop: int) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if begin <= m.begin < stop and m.key not in out:
            out.append(m.key)
    return out


def _parties(
    mentions: list[Mention],
    index: BodyIndex,
    home: str | None,
    inviters: list[str],
    invitees: list[str],
    invited: bool,
) -> tuple[str | None, str | None]:
    """(responsible, counterpart): the home side acts; the other side is the counterpart."""
    named = [m.key for m in mentions]

    def home_side(key: str) -> bool:
        return key == home or (home is not None and home in index.ancestors(key))

    if invited:
        others = [k for k in (invitees if home in inviters else inviters) if not home_side(k)]
        bodies = [k for k in others if index.bodies[k].kind != "member state delegation"]
        return home, next(iter(bodies or others), None)
    ours = [k for k in named if home_side(k)]
    theirs = [k for k in named if not home_side(k)]
    responsible: str | None = ours[0] if ours else (named[0] if named else home)
    # The most specific of the home side's bodies named (the OAS -> its General Secretariat).
    for key in ours:
        if responsible in index.ancestors(key):
            responsible = key
    counterpart = next((k for k in theirs if k != responsible), None)
    return responsible, counterpart


def _event(text: str, mentions: list[Mention]) -> EventReading | None:
    """The event an item names: its title, kind, dates and place."""
    for m in _EVENT_WORD.finditer(text):
        if any(x.begin <= m.start() < x.stop for x in mentions):
            continue  # "Regional Conference on Migration" is a body, not an event
        title = _event_title(text, m.start(), m.end())
        after = text[m.start() :]
        dates = next(iter(find_dates(after)), None)
        place = None
        if dates:
            found = _PLACE.search(after, dates.stop)
            place = found["place"].rstrip(".") if found else None
        kind = _EVENT_WORDS[m.group(0).lower()].value
        return EventReading(title, kind, dates, place)
    return None


def _event_title(text: str, begin: int, stop: int) -> str:
    for q in _QUOTED.finditer(text):
        if q.start() < begin < q.end():  # the keyword is inside a quoted title
            return q.group(1).strip().rstrip(",.;:")
    words = text[max(0, begin - 200) : begin].split()
    lead: list[str] = []
    while words and re.fullmatch(r"[A-Z][A-Z0-9]+|[A-Z][a-z]+", words[-1]) and words[-1] not in ("The", "La", "El"):
        lead.insert(0, words.pop())
    rest = text[stop:]
    quoted = re.match(r"\s+(?:on|sobre|de|sur|on the)\s+[“\"«]([^”\"»]{1,300})[”\"»]", rest)
    if quoted:
        inner = quoted.group(1).strip().rstrip(",.;:")
        link = rest[: quoted.start(1) - 1].strip()
        return " ".join([*lead, text[begin:stop], link]) + f" “{inner}”"
    tail: list[str] = []
    for word in rest.split(maxsplit=_TITLE_WORDS)[:_TITLE_WORDS]:
        clean = word.rstrip(",.;:")
        if not _TITLE_WORD.match(clean):
            break
        tail.append(clean)
        if clean != word:
            break
    while tail and not tail[-1][:1].isupper():
        tail.pop()
    return " ".join([*lead, text[begin:stop], *tail])
