"""Full-text search over records with SQLite FTS5 (accent-insensitive, prefix matching).

This module is the only place that knows the index is FTS5: a server database would
provide the same three functions (reindex, rebuild, query) on its own engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from migdesk.store import search_sources

# Raise when _SOURCES changes: databases rebuild their index on the next open.
INDEX_VERSION = "2"

# For each kind: the SQL giving (record_id, title, body) for live records.
_SOURCES: dict[str, str] = search_sources.sources(
    join_texts="group_concat({}, ' ')",
    alias_words="""SELECT group_concat(coalesce(json_extract(a.value, '$.name'), '') || ' ' ||
        coalesce(json_extract(a.value, '$.acronym'), ''), ' ')
        FROM json_each(organizations.aliases) AS a""",
)

_INSERT = "INSERT INTO search_index (kind, record_id, title, body)"

# The snippet comes from the best-matching column; no markers, so results are plain text.
# A record named exactly what was typed comes first (its rowid is among {named}, see
# _named_exactly); then FTS5's bm25 relevance. The ORDER BY reads no column: testing
# every match's title here tripled the time of a common word.
_QUERY = """SELECT kind, record_id, title, snippet(search_index, -1, '', '', '…', 16)
    FROM search_index WHERE search_index MATCH ? {kinds}
    ORDER BY CASE WHEN rowid IN ({named}) THEN 0 ELSE 1 END, bm25(search_index, 0, 0, 4, 1)
    LIMIT ?"""

# Records whose title holds the words typed, as a phrase (the first ones, by rowid:
# a rebuilt index has organizations first), or starts with them (after a given rowid).
_TITLED = """SELECT rowid, title FROM search_index WHERE search_index MATCH ? AND rowid > ?
    LIMIT ?"""
NAMED_CAP = 1000


@dataclass(frozen=True)
class Hit:
    """One search result."""

    kind: str
    id: str
    title: str
    snippet: str
    language: str | None = None  # the language of the translation that matched, if one did


def searchable_kinds() -> tuple[str, ...]:
    """The kinds the index holds."""
    return tuple(_SOURCES)


def reindex(conn: Connection, kind: str, ids: Iterable[str], *, new: bool = False) -> None:
    """Bring the index entries of these records up to date (removing deleted ones).

    The ids go to a temporary table, so that any number of records costs one DELETE and
    one INSERT ... SELECT (record_id is not indexed by FTS5: each DELETE scans the index).
    new: the records were only just added, so they have no entries to delete (and when
    they are all the table holds, as on a first import, no id list is needed).
    """
    source = _SOURCES.get(kind)
    id_list = list(dict.fromkeys(ids))
    if source is None or not id_list:
        return
    if new and _row_count(conn, kind) == len(id_list):  # the table holds only these records
        conn.execute(text(f"{_INSERT} SELECT '{kind}', * FROM ({source})"))  # noqa: S608
        return
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS reindex_ids (id TEXT PRIMARY KEY)"))
    conn.execute(text("DELETE FROM temp.reindex_ids"))
    # Plain tuples to the driver: 100,000 ids after a whole-database import.
    conn.exec_driver_sql("INSERT INTO temp.reindex_ids (id) VALUES (?)", [(i,) for i in id_list])
    chosen = "(SELECT id FROM temp.reindex_ids)"
    if not new:
        conn.execute(text(f"DELETE FROM search_index WHERE record_id IN {chosen}"))  # noqa: S608
    # Only constants reach the SQL text (kind is a key of _SOURCES).
    conn.execute(text(f"{_INSERT} SELECT '{kind}', * FROM ({source} AND id IN {chosen})"))  # noqa: S608
    conn.execute(text("DELETE FROM temp.reindex_ids"))


def _row_count(conn: Connection, kind: str) -> int:
    # Every key of _SOURCES is also the name of its table.
    return int(conn.execute(text(f"SELECT count(*) FROM {kind}")).scalar_one())  # noqa: S608


def rebuild(conn: Connection) -> None:
    """Rebuild the whole index from the tables."""
    conn.execute(text("DELETE FROM search_index"))
    for kind, source in _SOURCES.items():
        conn.execute(text(f"{_INSERT} SELECT '{kind}', * FROM ({source})"))  # noqa: S608


def match_expression(user_text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix, all required."""
    words = re.findall(r"\w+", user_text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def query(
    conn: Connection, user_text: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[Hit]:
    """Records matching every word of user_text (accent-insensitive prefixes), best first."""
    expression = match_expression(user_text)
    if expression is None:
        return []
    chosen: list[str] = []
    kind_filter = ""
    if kinds is not None:
        chosen = [k for k in kinds if k in _SOURCES]
        if not chosen:
            return []
        kind_filter = f"AND kind IN ({_marks(len(chosen))})"
    named = _named_exactly(conn, re.findall(r"\w+", user_text), " ".join(user_text.split()).lower())
    # Plain positional parameters to the driver: the statement's text depends only on how
    # many kinds and names there are, and SQLAlchemy has nothing to compile.
    sql = _QUERY.format(kinds=kind_filter, named=_marks(len(named)) or "NULL")
    rows = conn.exec_driver_sql(sql, (expression, *chosen, *named, limit))
    return [Hit(kind=r[0], id=r[1], title=r[2], snippet=r[3]) for r in rows]


def _marks(count: int) -> str:
    """count driver placeholders, separated by commas."""
    return ", ".join("?" * count)


def _named_exactly(conn: Connection, words: list[str], exact: str) -> list[int]:
    """Rowids of the records named exactly ``exact``: the whole title, the name before
    an acronym in brackets, or that acronym ("OAS" finds "Organization of American
    States (OAS)" before "General Secretariat of the OAS (GS/OAS)"). Candidates are
    the titles holding the words as a phrase (the first NAMED_CAP) and, when there are
    more, the titles starting with them among the later ones."""
    phrase = '"' + " ".join(words) + '"'
    found: dict[int, str] = {}
    after = -(2**63)  # below every rowid
    for match in (f"title : {phrase}", f"title : ^{phrase}"):
        rows = conn.exec_driver_sql(_TITLED, (match, after, NAMED_CAP)).all()
        found.update((int(rowid), title) for rowid, title in rows)
        if len(rows) < NAMED_CAP:
            break  # every title holding the phrase was seen
        after = int(rows[-1][0])  # the phrase's first titles were all seen: go on from there
    bracketed, named = f"({exact})", f"{exact} ("
    return [
        rowid
        for rowid, title in found.items()
        if (low := title.lower()) == exact or low.endswith(bracketed) or low.startswith(named)
    ]
