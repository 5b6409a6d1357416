"""What the search index holds of each kind, whatever the engine.

For each kind, the entry of one of its live records: its table, its title and its body,
as SQL expressions over that table's row. Two pieces differ between engines and are
passed in by the engine's module: how texts are joined into one (SQLite's group_concat,
PostgreSQL's string_agg) and how the words of an organization's aliases are read from
its JSON list. Translations are indexed as search_translations says.
"""

from __future__ import annotations

from typing import NamedTuple

from migdesk.store import search_translations


class Source(NamedTuple):
    """How one kind's records become index entries: expressions over a row of table."""

    table: str
    title: str
    body: str


def select(source: Source) -> str:
    """SQL giving (record_id, title, body) of every live record of source's table."""
    # Only the engines' constants reach the SQL text: never user input.
    return (f"SELECT id, {source.title}, {source.body} FROM {source.table} "  # noqa: S608
            "WHERE deleted_at IS NULL")


def parts(*, join_texts: str, alias_words: str) -> dict[str, Source]:
    """The index's table, title and body per kind.

    join_texts: an SQL aggregate with one ``{}`` for the text, joining with spaces.
    alias_words: an SQL expression with the words of ``organizations.aliases``.
    """
    paragraphs = join_texts.format("p.text")
    return {
        "organizations": Source(
            "organizations", "name || coalesce(' (' || acronym || ')', '')",
            f"coalesce(country, '') || ' ' || coalesce(({alias_words}), '') || ' ' || "
            "coalesce(notes, '')"),
        "persons": Source("persons", "name", "coalesce(honorific, '') || ' ' || coalesce(notes, '')"),
        "documents": Source("documents", "symbol || ' ' || title",
                            "symbol_normalized || ' ' || coalesce(notes, '')"),
        "resolutions": Source(
            "resolutions", "symbol || ' ' || title",
            f"""symbol_normalized || ' ' || coalesce(session, '') || ' ' || coalesce((SELECT
                {paragraphs} FROM operative_paragraphs AS p WHERE p.resolution_id = resolutions.id
                AND p.deleted_at IS NULL), '') || ' ' || coalesce(notes, '')"""),  # noqa: S608
        "meetings": Source("meetings", "title",
                           "coalesce(place, '') || ' ' || coalesce(symbol, '') || ' ' || "
                           "coalesce(introduction, '') || ' ' || coalesce(notes, '')"),
        "agenda_items": Source("agenda_items", "title", "coalesce(number, '')"),
        "interventions": Source(
            "interventions", "CASE WHEN speaker = '' THEN substr(text, 1, 80) "
            "ELSE speaker || ': ' || substr(text, 1, 60) END", "text"),
        "decisions": Source("decisions", "kind", "text"),
        "actions": Source("actions", "description", "coalesce(outcome, '') || ' ' || status"),
        "events": Source("events", "title",
                         "coalesce(place, '') || ' ' || kind || ' ' || coalesce(description, '')"),
        search_translations.TRANSLATION_KIND: Source(
            "translations", search_translations.TITLE, search_translations.BODY),
    }


def sources(*, join_texts: str, alias_words: str) -> dict[str, str]:
    """The index's SQL per kind: (record_id, title, body) of the live records (see parts)."""
    return {kind: select(source)
            for kind, source in parts(join_texts=join_texts, alias_words=alias_words).items()}
