"""Who an intervention is attributed to: a delegation, a group, a body, or no one.

"Some countries pointed out ...": a group; "The delegation of Mexico said ...": a
delegation; "the General Secretariat established ...": an organization; "It was noted
that ...": unattributed. The first sentence with a speaker as its subject decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from migdesk.domain.report_parse.bodies import BodyIndex, Mention
from migdesk.domain.vocab import OrganizationKind, SpeakerKind

_GROUPS = (
    # English
    "some countries", "several countries", "many countries", "some member states",
    "some delegations", "several delegations", "many delegations", "a number of delegations",
    "other delegations", "one delegation", "another delegation", "most delegations",
    "delegations", "delegates", "member states", "participants",
    # Spanish
    "algunos países", "varios países", "algunas delegaciones", "varias delegaciones",
    "muchas delegaciones", "otras delegaciones", "una delegación", "otra delegación",
    "las delegaciones", "delegaciones", "los delegados", "delegados",
    "algunos estados miembros", "los estados miembros", "los participantes",
    # French and Portuguese
    "certaines délégations", "plusieurs délégations", "les délégations", "des délégations",
    "certains pays", "algumas delegações", "várias delegações", "as delegações", "alguns países",
)  # fmt: skip
_GROUP = re.compile(
    r"^(?:[^,]{0,80},\s+)?(?P<who>" + "|".join(re.escape(g) for g in sorted(_GROUPS, key=len, reverse=True))
    + r")\s+(?:also\s+|también\s+|aussi\s+|também\s+)?(?P<verb>[^\W\d]+)",
    re.I,
)
_CHAIR = re.compile(
    r"^(?:[^,]{0,80},\s+)?(?P<who>the chair(?:man|person|woman)?|the president|la presidencia|"
    r"el presidente|la presidenta|le président|la présidence|o presidente|a presidência)\s+"
    r"(?:also\s+|también\s+)?(?P<verb>[^\W\d]+)",
    re.I,
)
_PASSIVE = re.compile(
    r"^(?:[^,]{0,80},\s+)?(?:it was|attention was|another (?:suggestion|idea|proposal) was|"
    r"a proposal was|se (?:señaló|indicó|destacó|sugirió|propuso|mencionó|subrayó|observó)|"
    r"il a été|foi (?:observado|sugerido))\b",
    re.I,
)
_NOT_VERBS = {"was", "were", "is", "are", "has", "have", "can", "could", "should", "would",
              "will", "may", "might", "must", "fue", "fueron", "es", "son", "ha", "han", "puede"}
_SPEECH_VERBS = {
    "said", "stated", "noted", "reported", "presented", "explained", "informed", "indicated",
    "highlighted", "stressed", "proposed", "suggested", "recalled", "announced", "welcomed",
    "señaló", "indicó", "informó", "presentó", "expresó", "destacó", "estableció", "subrayó",
    "manifestó", "propuso", "sugirió", "recordó", "anunció", "explicó", "agradeció",
    "a indiqué", "déclaré", "afirmou", "informou",
}  # fmt: skip
_SENTENCE = re.compile(r"(?<=[.!?])[”\"]?\s+(?=[A-Z¿¡“\"ÁÉÍÓÚÑ])")


@dataclass(frozen=True)
class Speaker:
    """The speaker of an intervention as the record gives it."""

    name: str
    kind: str
    body_keys: tuple[str, ...] = ()
    confidence: float = 0.9


UNATTRIBUTED = Speaker("", SpeakerKind.UNATTRIBUTED.value, (), 0.9)


def sentences(text: str) -> list[str]:
    """text cut into sentences (good enough to find subjects)."""
    return [s for s in _SENTENCE.split(text) if s.strip()]


def find_speaker(text: str, index: BodyIndex) -> Speaker:
    """The speaker of an intervention's text."""
    for sentence in sentences(text):
        found = _speaker_of(sentence, index)
        if found:
            return found
    passive = any(_PASSIVE.match(s) for s in sentences(text))
    return UNATTRIBUTED if passive else Speaker("", SpeakerKind.UNATTRIBUTED.value, (), 0.6)


def _speaker_of(sentence: str, index: BodyIndex) -> Speaker | None:
    m = _GROUP.match(sentence)
    if m and m["verb"].casefold() not in _NOT_VERBS:
        return Speaker(m["who"], SpeakerKind.GROUP.value)
    m = _CHAIR.match(sentence)
    if m and m["verb"].casefold() not in _NOT_VERBS:
        return Speaker(m["who"].removeprefix("the ").removeprefix("The "), SpeakerKind.CHAIR.value)
    subject = _subject_bodies(sentence, index)
    if not subject:
        return None
    delegations = [x for x in subject if _is_delegation(index, x.key)]
    if delegations:
        names = [index.bodies[x.key].country or index.bodies[x.key].name for x in delegations]
        kind = SpeakerKind.DELEGATION if len(names) == 1 else SpeakerKind.DELEGATIONS
        return Speaker(", ".join(names), kind.value, tuple(x.key for x in delegations))
    written = re.sub(r"^(?:the|la|el|le|o|a)\s+", "", subject[0].written, flags=re.I)
    return Speaker(written, SpeakerKind.ORGANIZATION.value, tuple(x.key for x in subject))


def _is_delegation(index: BodyIndex, key: str) -> bool:
    return index.bodies[key].kind == OrganizationKind.DELEGATION.value


def _subject_bodies(sentence: str, index: BodyIndex) -> list[Mention]:
    """The bodies that are the subject of an active sentence ("X [and Y] said ...")."""
    clause = re.match(r"^(?:[^,]{0,80},\s+)?", sentence)
    start = clause.end() if clause else 0
    mentions = [m for m in index.find(sentence) if m.begin >= start]
    chosen: list[Mention] = []
    pos = start
    for m in mentions:
        gap = sentence[pos : m.begin]
        if not re.fullmatch(r"\s*(?:(?:the|la|el|las|los|and|y|,)\s*)*", gap, re.I):
            break
        chosen.append(m)
        pos = m.stop
    if not chosen:
        return []
    verb = re.match(r"\s+(?:also\s+|también\s+)?([^\W\d]+)", sentence[pos:])
    if not verb:
        return []
    word = verb.group(1).casefold()
    if word in _NOT_VERBS or not (word in _SPEECH_VERBS or word.endswith("ed")):
        return []
    return chosen
