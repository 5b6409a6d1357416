"""Full-text search over records with SQLite FTS5 (accent-insensitive, prefix matching).

This module is the only place that knows the index is FTS5: a server database would
provide the same functions (forget, reindex, rebuild, query) on its own engine.

The index keeps no copy of the text (FTS5 "external content"): what it shows of an entry
(kind, record_id, title, snippets) is read through the view search_index_text, which
computes it from the record's row, as search_sources says. An entry's rowid is its
kind's number in the high bits and the record's rowid in its own table in the low ones
(the table search_index_entries lists them), so the view finds the row by rowid.

The price: FTS5 removes an entry's words by reading them through the view, so an entry
must be removed (forget) BEFORE its record's text changes and added again (reindex)
after. Every write of a record goes through records.write_snapshots or the importer's
bulk insert, which do so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter

from sqlalchemy import Connection, text

from migdesk.store import search_sources

# Raise when the sources or the entries change: databases rebuild their index on the next open.
INDEX_VERSION = "3"

# The words of an organization's aliases. A recursive CTE rather than json_each: FTS5
# refuses to read its content through a statement that uses a virtual table.
_ALIAS_WORDS = """WITH RECURSIVE alias (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM alias
        WHERE n + 1 < json_array_length(organizations.aliases))
    SELECT group_concat(coalesce(json_extract(organizations.aliases, '$[' || n || '].name'), '')
        || ' ' || coalesce(json_extract(organizations.aliases, '$[' || n || '].acronym'), ''), ' ')
    FROM alias WHERE n < json_array_length(organizations.aliases)"""

# For each kind: its table, and the title and body of one of its rows.
_SOURCES = search_sources.parts(join_texts="group_concat({}, ' ')", alias_words=_ALIAS_WORDS)

# An entry's rowid: (kind number << _ROW_BITS) | the record's rowid in its table. The
# numbers follow _SOURCES (a change of it raises INDEX_VERSION), so that a rebuilt index
# lists the kinds in that order, each in the order its records were added.
_ROW_BITS = 40
_NUMBERS = {kind: n for n, kind in enumerate(_SOURCES, start=1)}
_ENTRY = "search_index_entries.entry"


def _entry(kind: str) -> str:
    """SQL: the entry rowid of the row of kind's table that the statement reads."""
    return f"(({_NUMBERS[kind]} << {_ROW_BITS}) | {_SOURCES[kind].table}.rowid)"


def _view() -> str:
    """The view FTS5 reads the entries' text through: a few lookups by rowid per entry."""

    def by_kind(value: Callable[[search_sources.Source], str]) -> str:
        # Only constants reach the SQL text (tables and expressions of search_sources).
        whens = " ".join(
            f"WHEN {_NUMBERS[kind]} THEN (SELECT {value(part)} FROM {part.table} "  # noqa: S608
            f"WHERE rowid = {_ENTRY} & {(1 << _ROW_BITS) - 1})"
            for kind, part in _SOURCES.items()
        )
        return f"CASE {_ENTRY} >> {_ROW_BITS} {whens} END"

    kinds = " ".join(f"WHEN {n} THEN '{kind}'" for kind, n in _NUMBERS.items())
    return (
        "CREATE VIEW search_index_text (entry, kind, record_id, title, body) AS "  # noqa: S608
        f"SELECT {_ENTRY}, CASE {_ENTRY} >> {_ROW_BITS} {kinds} END, {by_kind(lambda _: 'id')}, "
        f"{by_kind(attrgetter('title'))}, {by_kind(attrgetter('body'))} FROM search_index_entries"
    )


def _add_entries(conn: Connection, kind: str, where: str = "") -> None:
    """Index kind's live records (``AND ...`` narrows them): their words first (FTS5
    reads nothing for that), then their entries in search_index_entries."""
    part = _SOURCES[kind]
    # Only constants reach the SQL text (kind is a key of _SOURCES).
    rows = f"FROM {part.table} WHERE deleted_at IS NULL {where}"  # noqa: S608
    conn.execute(text(f"INSERT INTO search_index (rowid, kind, record_id, title, body) "  # noqa: S608
                      f"SELECT {_entry(kind)}, '{kind}', id, {part.title}, {part.body} {rows}"))
    conn.execute(text(f"INSERT INTO search_index_entries (entry) SELECT {_entry(kind)} {rows}"))  # noqa: S608


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
# The titles are read from the view alone: through FTS5, every row would compute its body too.
_TITLED = """SELECT entry, title FROM search_index_text WHERE entry IN
    (SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid > ? LIMIT ?)"""
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


def _choose(conn: Connection, ids: list[str]) -> str:
    """Put these ids in a temporary table; SQL narrowing a table's rows to them."""
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS reindex_ids (id TEXT PRIMARY KEY)"))
    conn.execute(text("DELETE FROM temp.reindex_ids"))
    # Plain tuples to the driver: 100,000 ids after a whole-database import.
    conn.exec_driver_sql("INSERT INTO temp.reindex_ids (id) VALUES (?)", [(i,) for i in ids])
    return "AND id IN (SELECT id FROM temp.reindex_ids)"


def forget(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Remove the index entries of these records: call it BEFORE their text changes.

    FTS5 finds the words to remove by reading the entry's text as it is at that moment.
    """
    id_list = list(dict.fromkeys(ids))
    if kind not in _SOURCES or not id_list:
        return
    chosen = _choose(conn, id_list)
    # Only constants reach the SQL text (kind is a key of _SOURCES).
    entries = [(entry,) for entry in conn.execute(text(
        f"SELECT entry FROM {_SOURCES[kind].table} JOIN search_index_entries "  # noqa: S608
        f"ON entry = {_entry(kind)} WHERE true {chosen}")).scalars()]
    if entries:
        conn.exec_driver_sql("DELETE FROM search_index WHERE rowid = ?", entries)
        conn.exec_driver_sql("DELETE FROM search_index_entries WHERE entry = ?", entries)
    conn.execute(text("DELETE FROM temp.reindex_ids"))


def reindex(conn: Connection, kind: str, ids: Iterable[str], *, new: bool = False) -> None:
    """Index these records as they are now (after forget, if they were indexed before).

    Every live record among them without an entry gets one; a deleted one gets none. The
    ids go to a temporary table, so that any number of records costs a few statements.
    new: the records were only just added (when they are all the table holds, as on a
    first import, no id list is needed).
    """
    id_list = list(dict.fromkeys(ids))
    if kind not in _SOURCES or not id_list:
        return
    if new and _row_count(conn, kind) == len(id_list):  # the table holds only these records
        _add_entries(conn, kind)
        return
    chosen = _choose(conn, id_list)
    if not new:  # an entry still there was not forgotten: its record's text did not change
        chosen += f" AND NOT EXISTS (SELECT 1 FROM search_index_entries WHERE entry = {_entry(kind)})"  # noqa: S608
    _add_entries(conn, kind, chosen)
    conn.execute(text("DELETE FROM temp.reindex_ids"))


def _row_count(conn: Connection, kind: str) -> int:
    # Only constants reach the SQL text (a table of _SOURCES).
    return int(conn.execute(text(f"SELECT count(*) FROM {_SOURCES[kind].table}")).scalar_one())  # noqa: S608


def rebuild(conn: Connection) -> None:
    """Rebuild the whole index from the tables, and the view it reads them through."""
    conn.execute(text("DROP VIEW IF EXISTS search_index_text"))
    conn.execute(text(_view()))
    conn.execute(text("INSERT INTO search_index (search_index) VALUES ('delete-all')"))
    conn.execute(text("DELETE FROM search_index_entries"))
    for kind in _SOURCES:
        _add_entries(conn, kind)


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
        after = max(int(r[0]) for r in rows)  # the phrase's first titles were all seen: go on
    bracketed, named = f"({exact})", f"{exact} ("
    return [
        rowid
        for rowid, title in found.items()
        if (low := title.lower()) == exact or low.endswith(bracketed) or low.startswith(named)
    ]
