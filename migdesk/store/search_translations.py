"""What the search index holds of translations, whatever the engine (engine-neutral).

Every live translation is one entry of the index, beside the records' own entries:

- kind: ``TRANSLATION_KIND`` ("translations"); record_id: the translation's own id;
- title: its text when it translates one of ``TITLE_FIELDS`` (so that the Spanish
  title of a meeting ranks like a title), else empty;
- body: its text otherwise.

Accent-insensitive and matched by word prefixes like every other entry. The services
(services/search.py) turn a hit on a translation into a hit on the translated record,
saying which language matched; an engine's module only has to index these entries
(sqlite_search.py builds its SQL from the constants here).
"""

from __future__ import annotations

TRANSLATION_KIND = "translations"
#: Translated fields indexed as the entry's title (the others as its body).
TITLE_FIELDS = ("title", "name")


_TITLES = ", ".join(f"'{name}'" for name in TITLE_FIELDS)
#: Portable SQL (SQLite and PostgreSQL alike) over a row of translations: its entry's title
#: and body (search_sources reads them from live translations).
TITLE = f"CASE WHEN field IN ({_TITLES}) THEN text ELSE '' END"
BODY = f"CASE WHEN field IN ({_TITLES}) THEN '' ELSE text END"
