"""What the search index holds of each kind, whatever the engine.

For each kind, SQL giving (record_id, title, body) of its live records. Two pieces differ
between engines and are passed in by the engine's module: how texts are joined into one
(SQLite's group_concat, PostgreSQL's string_agg) and how the words of an organization's
aliases are read from its JSON list. Translations are indexed as search_translations says.
"""

from __future__ import annotations

from migdesk.store import search_translations


def sources(*, join_texts: str, alias_words: str) -> dict[str, str]:
    """The index's SQL per kind.

    join_texts: an SQL aggregate with one ``{}`` for the text, joining with spaces.
    alias_words: an SQL expression with the words of ``organizations.aliases``.
    """
    paragraphs = join_texts.format("p.text")
    # Only the engines' constants reach the SQL text (S608 below): never user input.
    return {
        "organizations": f"""SELECT id, name || coalesce(' (' || acronym || ')', ''),
            coalesce(country, '') || ' ' || coalesce(({alias_words}), '') || ' ' ||
            coalesce(notes, '') FROM organizations WHERE deleted_at IS NULL""",  # noqa: S608
        "persons": """SELECT id, name, coalesce(honorific, '') || ' ' || coalesce(notes, '')
            FROM persons WHERE deleted_at IS NULL""",
        "documents": """SELECT id, symbol || ' ' || title, symbol_normalized || ' ' ||
            coalesce(notes, '') FROM documents WHERE deleted_at IS NULL""",
        "resolutions": f"""SELECT id, symbol || ' ' || title, symbol_normalized || ' ' ||
            coalesce(session, '') || ' ' || coalesce((SELECT {paragraphs}
                FROM operative_paragraphs AS p WHERE p.resolution_id = resolutions.id
                AND p.deleted_at IS NULL), '') || ' ' || coalesce(notes, '')
            FROM resolutions WHERE deleted_at IS NULL""",  # noqa: S608
        "meetings": """SELECT id, title, coalesce(place, '') || ' ' || coalesce(symbol, '') ||
            ' ' || coalesce(introduction, '') || ' ' || coalesce(notes, '')
            FROM meetings WHERE deleted_at IS NULL""",
        "agenda_items": """SELECT id, title, coalesce(number, '') FROM agenda_items
            WHERE deleted_at IS NULL""",
        "interventions": """SELECT id, CASE WHEN speaker = '' THEN substr(text, 1, 80)
            ELSE speaker || ': ' || substr(text, 1, 60) END, text
            FROM interventions WHERE deleted_at IS NULL""",
        "decisions": """SELECT id, kind, text FROM decisions WHERE deleted_at IS NULL""",
        "actions": """SELECT id, description, coalesce(outcome, '') || ' ' || status
            FROM actions WHERE deleted_at IS NULL""",
        "events": """SELECT id, title, coalesce(place, '') || ' ' || kind || ' ' ||
            coalesce(description, '') FROM events WHERE deleted_at IS NULL""",
        search_translations.TRANSLATION_KIND: search_translations.SOURCE,
    }
