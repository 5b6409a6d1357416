"""Every door applies the same limits: what the command line accepts, every importer takes.

Each bad value is refused by the command line with one line (exit 1, never "please
report"); the values it accepts at the very edge of the limits still export, import
into an empty database and print as calendar, spreadsheet and PDF.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from migdesk.domain.limits import FIRST_YEAR, LAST_YEAR, MAX_INT, MAX_TEXT
from tests.integration.hardening_helpers import assert_refused, rich_database, run


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    path = tmp_path_factory.mktemp("rich") / "rich.sqlite"
    return str(path), rich_database(path)


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


BAD_VALUES: dict[str, tuple[str, str, str, str]] = {  # case: kind, field, value, fragment
    "aliases of numbers": ("organizations", "aliases", "[1,2]", "alias 1 is not an object"),
    "an alias with a number": ("organizations", "aliases", '[{"name": 5}]', "must be text"),
    "an alias with 17 keys": ("organizations", "aliases",
                              json.dumps([{f"k{n}": "v" for n in range(17)}]), "17 keys"),
    "aliases nested 10,000 deep": ("organizations", "aliases", _deep(10_000), "aliases"),
    "an alias holding NaN": ("organizations", "aliases", '[{"name": NaN}]', "NaN"),
    "an alias holding Infinity": ("organizations", "aliases", '[{"name": Infinity}]', "Infinity"),
    "an alias holding a lone surrogate": ("organizations", "aliases", '[{"name": "\\ud800"}]',
                                          "lone surrogate"),
    "a title over 20,000 characters": ("meetings", "title", "x" * (MAX_TEXT + 1), "at most 20,000"),
    "a NUL character": ("meetings", "title", "a\x00b", "NUL"),
    "a lone surrogate": ("meetings", "place", "a\ud800b", "not valid"),
    "a year above 2^31-1": ("resolutions", "year", str(MAX_INT + 1), "out of range"),
    "a year of 2^63": ("resolutions", "year", "9223372036854775808", "out of range"),
    "a paragraph number above 2^31-1": ("paragraphs", "number", str(MAX_INT + 1), "out of range"),
    "an empty position": ("interventions", "position", "", "a value is required"),
    "an empty status": ("meetings", "status", "", "a value is required"),
    "a date the calendar cannot hold": ("meetings", "date", "9999-12-31", "1900-2199"),
    "a date before 1900": ("events", "start_date", "0001-01-01", "1900-2199"),
    "a translation of a missing record": ("translations", "record_id", "garbage", "record id"),
    "a translation of an unknown record": ("translations", "record_id",
                                           "00000000-0000-0000-0000-000000000000", "no record"),
    "a translation of a non-text field": ("translations", "field", "date", "not a text field"),
    "an attachment without its file": ("attachments", "sha256", "0" * 64, "no attached file"),
    "an attachment with two owners": ("attachments", "resolution_id", "RES", "exactly one"),
}


@pytest.mark.parametrize("case", list(BAD_VALUES))
def test_the_command_line_refuses_what_files_may_not_carry(
    case: str, rich: tuple[str, dict[str, str]]
) -> None:
    db, ids = rich
    kind, field, value, fragment = BAD_VALUES[case]
    value = ids["resolutions"] if value == "RES" else value
    assert_refused(run("--db", db, "set", kind, ids[kind], "--set", f"{field}={value}"), fragment)


def test_the_same_resolution_twice_in_mandates_is_refused(rich: tuple[str, dict[str, str]]) -> None:
    db, ids = rich
    twice = f"{ids['resolutions']},{ids['resolutions'][:8]}"
    assert_refused(run("--db", db, "set", "meetings", ids["meetings"], "--set",
                       f"mandate_ids={twice}"), "listed twice")


def test_an_intervention_under_another_meetings_item_is_refused(
    rich: tuple[str, dict[str, str]]
) -> None:
    db, ids = rich
    code, out, _ = run("--db", db, "add", "meetings", "--set", "title=Other")
    code, item, _ = run("--db", db, "add", "agenda_items", "--set", f"meeting_id={out.strip()}",
                        "--set", "title=Elsewhere")
    assert code == 0
    assert_refused(run("--db", db, "set", "interventions", ids["interventions"], "--set",
                       f"agenda_item_id={item.strip()}"), "another meeting")


def test_add_translations_with_a_garbage_record_id_is_refused(rich: tuple[str, dict[str, str]]) -> None:
    db, _ids = rich
    assert_refused(run("--db", db, "add", "translations", "--set", "record_id=garbage",
                       "--set", "field=title", "--set", "text=x"), "translations.record_id")


def test_values_at_the_limits_export_import_and_print(tmp_path: Path) -> None:
    db = str(tmp_path / "edge.sqlite")
    ids = rich_database(Path(db))
    edge = [
        ("meetings", "title", "T" * MAX_TEXT),
        ("meetings", "date", f"{LAST_YEAR}-12-31"),
        ("meetings", "summary_date", f"{FIRST_YEAR}-01-01"),
        ("events", "start_date", f"{FIRST_YEAR}-01-01"),
        ("events", "end_date", f"{LAST_YEAR}-12-31"),
        ("actions", "due_date", f"{LAST_YEAR}-12-31"),
        ("resolutions", "year", str(MAX_INT)),
        ("paragraphs", "number", str(-MAX_INT - 1)),
        ("organizations", "aliases", json.dumps([{f"k{n}": "v" * 50 for n in range(16)}])),
        ("interventions", "text", "=HYPERLINK(\"x\") \x1b[2J\u202e"),
    ]
    for kind, field, value in edge:
        code, _out, err = run("--db", db, "set", kind, ids[kind], "--set", f"{field}={value}")
        assert code == 0, (kind, field, err)
    assert run("--db", db, "export", str(tmp_path / "all.migdesk"))[0] == 0
    fresh = str(tmp_path / "fresh.sqlite")
    code, _out, err = run("--db", fresh, "import", str(tmp_path / "all.migdesk"))
    assert code == 0, err
    assert run("--db", fresh, "ics", "-o", str(tmp_path / "cal.ics"))[0] == 0
    assert f"DTSTART;VALUE=DATE:{LAST_YEAR}1231" in (tmp_path / "cal.ics").read_text()
    for kind in ("meetings", "interventions", "organizations"):
        assert run("--db", fresh, "csv", kind, "-o", str(tmp_path / f"{kind}.csv"))[0] == 0
    assert "'=HYPERLINK" in (tmp_path / "interventions.csv").read_text(encoding="utf-8-sig")
    code, _out, err = run("--db", fresh, "pdf", "summary", ids["meetings"], "-o",
                          str(tmp_path / "summary.pdf"))
    assert code == 0, err
    assert len(PdfReader(tmp_path / "summary.pdf").pages) >= 1
