"""The records a print job reads, and their texts in the language printed in.

A print job in Spanish prints each text field from its Spanish ``translations`` record
where there is one, and the original otherwise; the originals that were printed for
want of a translation are collected (``untranslated``) so that the preview can list
them. Used by services.printing only.
"""

from __future__ import annotations

from migdesk.services import records
from migdesk.services.kinds import KINDS
from migdesk.services.records import Record
from migdesk.store.database import Database


class Lookup:
    """Records of several kinds fetched once per print job, by id, and their texts in
    ``lang``."""

    def __init__(self, db: Database, lang: str = "en") -> None:
        self.db = db
        self.lang = lang
        self._cache: dict[str, dict[str, Record]] = {}
        self._translated: dict[tuple[str, str], str] | None = None
        self._untranslated: dict[str, None] = {}

    def all(self, kind: str) -> dict[str, Record]:
        """Every live record of a kind, by id."""
        if kind not in self._cache:
            self._cache[kind] = {r.id: r for r in records.list_records(self.db, kind)}
        return self._cache[kind]

    def get(self, kind: str, record_id: str | None) -> Record | None:
        """One record, or None for no id or an id that is not there."""
        return self.all(kind).get(record_id) if record_id else None

    def children(self, kind: str, field: str, parent_id: str) -> list[Record]:
        """The records of ``kind`` whose ``field`` is ``parent_id``."""
        return [r for r in self.all(kind).values() if r.values[field] == parent_id]

    def text(self, record: Record, field: str, original_lang: str = "en") -> str:
        """A text field as printed in the job's language: the record's own text when it
        is in that language (its ``language`` field, else ``original_lang``), else its
        translation, else the original (noted as untranslated)."""
        original = record.values[field] or ""
        own = record.values.get("language") or original_lang
        if not original.strip() or own == self.lang:
            return original
        translated = self.translation(record, field)
        if translated is not None:
            return translated
        spec = KINDS[record.kind]
        title = next((f.title for f in spec.fields if f.name == field), field)
        what = f"{spec.singular.capitalize()} {title.lower()}"
        self._untranslated[f"{what}: \u201c{record.label}\u201d"] = None
        return original

    def translation(self, record: Record, field: str) -> str | None:
        """The translation of a field into the job's language, None without one."""
        if self._translated is None:
            self._translated = {
                (t.values["record_id"], t.values["field"]): t.values["text"]
                for t in self.all("translations").values()
                if t.values["language"] == self.lang and t.values["text"].strip()
            }
        return self._translated.get((record.id, field))

    @property
    def untranslated(self) -> list[str]:
        """The fields printed in their original language for want of a translation, as
        "Intervention text: \u201cSome countries: ...\u201d", each once, in printing order."""
        return list(self._untranslated)
