"""Translations are searchable: a hit on one finds the translated record and names the language."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.cli import main
from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.search import search
from migdesk.services.translation_keys import translation_id
from migdesk.store.database import Database

MEETING = demo_id("meeting")
TITLE_ES = translation_id(MEETING, "title", "es")  # the demo's Spanish title


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    db = Database.open(path)
    load_demo(db)
    db.close()
    return path


def test_a_translated_title_finds_its_meeting_accents_ignored(demo_db: Path) -> None:
    db = Database.open(demo_db)
    try:
        [hit] = search(db, "vinculacion esfuerzos")  # typed without the accent
        assert (hit.kind, hit.id, hit.language) == ("meetings", MEETING, "es")
        assert hit.title.startswith("Vinculación de los esfuerzos")
        assert search(db, "vinculacion", kinds=["meetings"])[0].id == MEETING
        assert search(db, "vinculacion", kinds=["documents"]) == []
        english = search(db, "Linking OAS efforts")  # the original still finds it, no language
        assert [(h.id, h.language) for h in english if h.kind == "meetings"] == [(MEETING, None)]
    finally:
        db.close()


def test_a_long_text_translation_and_a_deleted_one(demo_db: Path) -> None:
    db = Database.open(demo_db)
    try:
        r.create_record(db, "translations", {"record_id": MEETING, "field": "introduction",
                                             "language": "fr", "text": "La Commission a examiné "
                                             "les processus consultatifs régionaux"})
        [hit] = search(db, "processus consultatifs regionaux")
        assert (hit.kind, hit.id, hit.language) == ("meetings", MEETING, "fr")
        assert "consultatifs" in hit.snippet
        r.delete_record(db, "translations", TITLE_ES)
        assert search(db, "vinculacion") == []
    finally:
        db.close()


def test_the_command_line_says_which_language_matched(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "search", "vinculación"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("meetings") and MEETING[:8] in line and line.endswith("[es]")
