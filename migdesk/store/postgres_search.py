"""Full-text search on PostgreSQL: a tsvector index that finds what SQLite's FTS5 finds.

The same rules as migdesk.store.sqlite_search, so that a query gives the same hits on
both engines (tests/integration/test_pg_search_parity.py): text is cut into words at
every character that is neither a letter nor a digit (FTS5's unicode61 tokenizer), the
`migdesk` text search configuration (migration 0009) lower-cases them and removes
accents (unaccent), every word typed must match as a prefix, the title weighs four
times the body. When no word matches, pg_trgm finds a fragment of a symbol inside a
title ("ES. 236" finds "AG/RES. 2369"), which FTS5 cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

from migdesk.store import search_sources
from migdesk.store.sqlite_search import Hit

# Raise when _SOURCES or _DOC change: databases rebuild their index on the next upgrade.
INDEX_VERSION = "pg-2"

_SOURCES: dict[str, str] = search_sources.sources(
    join_texts="string_agg({}, ' ')",
    alias_words="""SELECT string_agg(coalesce(a ->> 'name', '') || ' ' || coalesce(a ->> 'acronym', ''),
        ' ') FROM json_array_elements(CASE WHEN json_typeof(organizations.aliases) = 'array'
            THEN organizations.aliases ELSE '[]'::json END) AS a""",
)


def _words(column: str) -> str:
    """SQL: the column's words, separated by single spaces (FTS5's unicode61 word rule)."""
    return f"regexp_replace(coalesce({column}, ''), '[^[:alnum:]]+', ' ', 'g')"


_DOC = (f"setweight(to_tsvector('migdesk', {_words('s.title')}), 'A') || "
        f"setweight(to_tsvector('migdesk', {_words('s.body')}), 'B')")


def _insert(kind: str, source: str, where: str = "") -> str:
    # Only constants reach the SQL text (kind is a key of _SOURCES).
    return (f"INSERT INTO search_index (kind, record_id, title, body, doc) "  # noqa: S608
            f"SELECT '{kind}', s.id, s.title, s.body, {_DOC} "
            f"FROM ({source} {where}) AS s (id, title, body)")


# Ranks: a record named exactly what was typed first (as on SQLite), then ts_rank with
# the title (A) four times the body (B); the snippet comes from the body when it matches.
_QUERY = """SELECT kind, record_id, title, ts_headline('migdesk',
        CASE WHEN to_tsvector('migdesk', {body_words}) @@ q THEN body ELSE title END, q,
        'StartSel="", StopSel="", MaxWords=16, MinWords=6, ShortWord=0, HighlightAll=false')
    FROM search_index, to_tsquery('migdesk', :q) AS q
    WHERE doc @@ q {kinds}
    ORDER BY CASE WHEN lower(title) = :exact
        OR right(lower(title), length(:bracketed)) = :bracketed
        OR left(lower(title), length(:named)) = :named THEN 0 ELSE 1 END,
        ts_rank('{{0, 0, 0.25, 1}}', doc, q) DESC, record_id
    LIMIT :limit"""

# A fragment of a symbol inside titles, when no word matched (pg_trgm's index serves LIKE).
_FRAGMENT = """SELECT kind, record_id, title, title FROM search_index
    WHERE lower(title) LIKE :pattern ESCAPE '\\' {kinds}
    ORDER BY similarity(lower(title), :fragment) DESC, record_id LIMIT :limit"""


def searchable_kinds() -> tuple[str, ...]:
    """The kinds the index holds."""
    return tuple(_SOURCES)


def forget(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Remove the index entries of these records (reindex would replace them anyway)."""
    id_list = list(dict.fromkeys(ids))
    if kind in _SOURCES and id_list:
        conn.execute(text("DELETE FROM search_index WHERE kind = :kind AND record_id = ANY(:ids)"),
                     {"kind": kind, "ids": id_list})


def reindex(conn: Connection, kind: str, ids: Iterable[str], *, new: bool = False) -> None:
    """Bring the index entries of these records up to date (removing deleted ones).

    The ids travel as one array parameter: any number of records costs one DELETE and
    one INSERT ... SELECT. new: the records were only just added (nothing to delete).
    """
    source = _SOURCES.get(kind)
    id_list = list(dict.fromkeys(ids))
    if source is None or not id_list:
        return
    params = {"ids": id_list}
    if not new:
        conn.execute(text("DELETE FROM search_index WHERE kind = :kind AND record_id = ANY(:ids)"),
                     {**params, "kind": kind})
    conn.execute(text(_insert(kind, source, "AND id = ANY(:ids)")), params)


def rebuild(conn: Connection) -> None:
    """Rebuild the whole index from the tables."""
    conn.execute(text("DELETE FROM search_index"))
    for kind, source in _SOURCES.items():
        conn.execute(text(_insert(kind, source)))


def match_expression(user_text: str) -> str | None:
    """A safe tsquery for what a user typed: every word, as a prefix, all required."""
    words = re.findall(r"[^\W_]+", user_text)
    if not words:
        return None
    return " & ".join(f"{w}:*" for w in words)


def query(
    conn: Connection, user_text: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[Hit]:
    """Records matching every word of user_text (accent-insensitive prefixes), best first."""
    expression = match_expression(user_text)
    if expression is None:
        return []
    exact = " ".join(user_text.split()).lower()
    params: dict[str, object] = {"q": expression, "limit": limit, "exact": exact,
                                 "bracketed": f"({exact})", "named": f"{exact} ("}
    kind_filter = ""
    if kinds is not None:
        chosen = [k for k in kinds if k in _SOURCES]
        if not chosen:
            return []
        params["kinds"] = chosen
        kind_filter = "AND kind = ANY(:kinds)"
    sql = _QUERY.format(kinds=kind_filter, body_words=_words("body"))
    rows = list(conn.execute(text(sql), params))
    if not rows and len(exact) >= 3:
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", exact) + "%"
        params.update(pattern=pattern, fragment=exact)
        rows = list(conn.execute(text(_FRAGMENT.format(kinds=kind_filter)), params))
    return [Hit(kind=r[0], id=r[1], title=r[2], snippet=r[3] or "") for r in rows]
