"""Organizations named in running text: a gazetteer of known bodies and a finder.

The finder knows the bodies it is given (the database's organizations, passed in by the
import service, and a built-in list of the OAS and the regional consultative processes on
migration), plus what the text itself defines: "the delegation of El Salvador" and
"Some Long Name (ACRONYM)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from migdesk.domain.vocab import OrganizationKind as Kind


@dataclass(frozen=True)
class KnownBody:
    """A body the parser can recognise: key, names and acronyms, parent's key."""

    key: str
    name: str
    acronym: str | None = None
    kind: str = Kind.COMMITTEE.value
    parent: str | None = None
    aliases: tuple[str, ...] = ()  # other names and acronyms, any language
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling of the body (name, acronym, aliases)."""
        return tuple(n for n in (self.name, self.acronym, *self.aliases) if n)


def _b(key: str, name: str, acronym: str | None, kind: Kind, parent: str | None, *aliases: str) -> KnownBody:
    return KnownBody(f"builtin:{key}", name, acronym, kind.value, parent and f"builtin:{parent}", aliases)


BUILTIN_BODIES: tuple[KnownBody, ...] = (
    _b("oas", "Organization of American States", "OAS", Kind.IGO, None,
       "Organización de los Estados Americanos", "OEA", "Organisation des États Américains",
       "Organização dos Estados Americanos"),
    _b("ga", "General Assembly", "AG", Kind.ORGAN, "oas", "Asamblea General",
       "OAS General Assembly"),
    _b("cp", "Permanent Council of the Organization of American States", "CP", Kind.COUNCIL,
       "oas", "Permanent Council", "Consejo Permanente",
       "Consejo Permanente de la Organización de los Estados Americanos"),
    _b("ceam", "Special Committee on Migration Issues", "CEAM", Kind.COMMITTEE, "cp",
       "Comisión Especial de Asuntos Migratorios", "Special Committee on Migrant Issues"),
    _b("cajp", "Committee on Juridical and Political Affairs", "CAJP", Kind.COMMITTEE, "cp",
       "Comisión de Asuntos Jurídicos y Políticos"),
    _b("gs", "General Secretariat of the OAS", "GS/OAS", Kind.SECRETARIAT, "oas",
       "General Secretariat", "Secretaría General de la OEA", "Secretaría General", "SG/OEA",
       "Secrétariat général", "Secretaria-Geral"),
    _b("iachr", "Inter-American Commission on Human Rights", "IACHR", Kind.COMMISSION, "oas",
       "Comisión Interamericana de Derechos Humanos", "CIDH"),
    _b("rcm", "Regional Conference on Migration", "RCM", Kind.RCP, None,
       "Puebla Process", "Conferencia Regional sobre Migración", "CRM", "Proceso Puebla"),
    _b("rcm-ts", "Technical Secretariat of the Regional Conference on Migration", "RCM TS",
       Kind.SECRETARIAT, "rcm", "Technical Secretariat of the RCM", "Secretaría Técnica de la CRM",
       "ST-CRM"),
    _b("rcm-rcvm", "Regional Consultation Group on Migration", "RCGM", Kind.WORKING_GROUP, "rcm",
       "Grupo Regional de Consulta sobre Migración", "GRCM"),
    _b("csm", "South American Conference on Migration", "SACM", Kind.RCP, None,
       "Conferencia Sudamericana sobre Migraciones", "CSM"),
    _b("mercosur", "Southern Common Market", "MERCOSUR", Kind.SUBREGIONAL_BLOC, None,
       "Mercado Común del Sur", "Mercado Comum do Sul", "MERCOSUL"),
    _b("iom", "International Organization for Migration", "IOM", Kind.IGO, None,
       "Organización Internacional para las Migraciones", "OIM"),
    _b("unhcr", "Office of the United Nations High Commissioner for Refugees", "UNHCR", Kind.IGO,
       None, "ACNUR"),
    _b("sica", "Central American Integration System", "SICA", Kind.SUBREGIONAL_BLOC, None,
       "Sistema de la Integración Centroamericana"),
)  # fmt: skip

# Repetitions are bounded throughout: a hostile text of capitalized words must not make
# a search quadratic.
_DELEGATION = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Dd]elegations?|[Rr]epresentatives?)\s+of\s+(?P<en>{c})"
    r"|\b(?:[Ll]as?\s+|[Ee]l\s+|[Ll]os\s+)?(?:[Dd]elegaci(?:ón|ones)|[Rr]epresentantes?)\s+de\s+(?P<es>{c})"
    .replace("{c}", r"[A-Z][\w’'-]{0,30}(?:,?\s+(?:(?:and|y|de|del|la|e|et)\s+)?[A-Z][\w’'-]{0,30}){0,8}")
)
_DEFINED = re.compile(
    r"(?P<name>[A-Z][\w’'-]{0,30}(?:\s+(?:[A-Z][\w’'-]{0,30}|of|on|for|the|and|to|de|del|la|las|los|sobre|y|para|en)){1,15})"
    r"\s+\((?P<acr>[A-Z][A-Z/-]{1,12})\)"
)
_NOT_COUNTRY = {"the", "and", "y", "de", "del", "la", "e", "et"}


@dataclass(frozen=True)
class Mention:
    """One body named in a text: which, where, and as written."""

    key: str
    begin: int
    stop: int
    written: str


def norm_name(text: str) -> str:
    """A name for comparison: case-folded, quotes and article dropped, spaces collapsed."""
    text = re.sub(r"[“”\"«»‘’']", "", text).casefold()
    text = re.sub(r"^(the|la|el|los|las|le|les|a|o)\s+", "", text.strip())
    return " ".join(text.split())


@dataclass
class BodyIndex:
    """Finds known bodies in texts; learns delegations and defined acronyms as it goes."""

    bodies: dict[str, KnownBody] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None
    _by_name: dict[str, str] = field(default_factory=dict)
    _merged: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, bodies: list[KnownBody]) -> BodyIndex:
        """An index over these bodies (the first of two spelt alike wins)."""
        index = cls()
        for body in bodies:
            index.add(body)
        return index

    def add(self, body: KnownBody) -> None:
        """Know one more body (spellings already known keep their body)."""
        self.bodies.setdefault(body.key, body)
        for spelling in body.names:
            self._by_name.setdefault(self._spelling_key(spelling), body.key)
        self._pattern = None

    @staticmethod
    def _spelling_key(spelling: str) -> str:
        # Acronyms are matched case-sensitively, names case-insensitively.
        return spelling if _is_acronym(spelling) else norm_name(spelling)

    def lookup(self, name: str) -> str | None:
        """The key of the body spelt so, if known."""
        return self._by_name.get(name) or self._by_name.get(norm_name(name))

    def _regex(self) -> re.Pattern[str]:
        if self._pattern is None:
            parts = []
            for spelling in sorted(self._by_name, key=len, reverse=True):
                escaped = r"\s+".join(re.escape(w) for w in spelling.split())
                parts.append(escaped if _is_acronym(spelling) else f"(?i:{escaped})")
            body = "|".join(parts) or "(?!x)x"
            self._pattern = re.compile(rf"(?<![\w/-])(?:{body})(?![\w/-])")
        return self._pattern

    def add_or_merge(self, body: KnownBody) -> None:
        """Know body; when one of its spellings is already known, as more names of that one."""
        known = next((self.lookup(n) for n in body.names if self.lookup(n)), None)
        if known is None:
            self.add(body)
            return
        self._merged[body.key] = known
        for spelling in body.names:
            self._by_name.setdefault(self._spelling_key(spelling), known)
        self._pattern = None

    def canonical(self, key: str) -> str:
        """The key a merged body's key stands for."""
        return self._merged.get(key, key)

    def learn(self, text: str, home: str | None = None) -> None:
        """Add the delegations and acronym definitions that text introduces."""
        for m in _DEFINED.finditer(text):
            acr, name = m["acr"], _trim_name(m["name"])
            if self.lookup(acr) or self.lookup(name) or len(name.split()) < 2:
                continue
            self.add(KnownBody(f"text:{norm_name(name)}", name, acr, Kind.COMMITTEE.value))
        for m in _DELEGATION.finditer(text):
            for country in _countries(m["en"] or m["es"]):
                if self.lookup(f"Delegation of {country}") or self.lookup(country):
                    continue
                self.add(
                    KnownBody(
                        f"text:delegation of {country.casefold()}",
                        f"Delegation of {country}",
                        None,
                        Kind.DELEGATION.value,
                        home,
                        (f"Delegación de {country}",),
                        country,
                    )
                )

    def find(self, text: str) -> list[Mention]:
        """Every known body named in text, in order, longest spelling first."""
        out = []
        for m in self._regex().finditer(text):
            key = self.lookup(m.group(0)) or self.lookup(" ".join(m.group(0).split()))
            if key:
                out.append(Mention(key, m.start(), m.end(), m.group(0)))
        for m in _DELEGATION.finditer(text):
            whole = m.group(0)
            for country in _countries(m["en"] or m["es"]):
                key = self.lookup(f"Delegation of {country}")
                at = text.find(country, m.start())
                if key and not any(x.begin <= at < x.stop for x in out):
                    out.append(Mention(key, m.start(), at + len(country), whole))
        return sorted(out, key=lambda x: x.begin)

    def ancestors(self, key: str) -> list[str]:
        """The body's parents, nearest first."""
        out: list[str] = []
        current = self.bodies.get(key)
        while current and current.parent:
            parent = self.canonical(current.parent)
            if parent in out or parent == key:
                break
            out.append(parent)
            current = self.bodies.get(parent)
        return out


def _is_acronym(spelling: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9/ -]{1,15}", spelling)) and spelling.upper() == spelling


def _trim_name(name: str) -> str:
    words = name.split()
    while words and words[0].casefold() in {"the", "la", "el", "los", "las", "of", "and"}:
        words.pop(0)
    return " ".join(words)


def _countries(text: str) -> list[str]:
    parts = re.split(r",\s*|\s+(?:and|y|e|et)\s+", text.strip(" ,.;:"))
    return [p.strip() for p in parts if p.strip() and p.strip().casefold() not in _NOT_COUNTRY]
