"""The `migdesk` command as scripts use it: JSON fields, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from migdesk.cli import main
from migdesk.services.demo import demo_id


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    """Run the command in-process; returns (exit code, stdout, stderr)."""
    try:
        code = main(["--db", str(db), *args])
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def table_dump(db: Path) -> str:
    """Every table's rows, to prove that a failed command wrote nothing."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        tables = [
            t
            for (t,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        rows = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}  # noqa: S608
        return json.dumps(rows, default=str)


@pytest.fixture
def demo_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite"
    code, out, _ = run(capsys, path, "init", "--demo")
    assert code == 0 and "demo loaded" in out
    return path


def test_demo_meeting_has_mandate_agenda_and_order_of_business(capsys, demo_path: Path) -> None:
    code, out, _ = run(capsys, demo_path, "list", "meetings", "--json")
    assert code == 0
    [meeting] = json.loads(out)
    assert meeting["date"] == "2009-02-13"
    assert meeting["place"] == "Washington, D.C."
    assert meeting["status"] == "held"
    for field in (
        "id",
        "updated_at",
        "title",
        "body_id",
        "agenda_document_id",
        "order_of_business_document_id",
    ):
        assert meeting[field]
    docs = {
        d["id"]: d["symbol"]
        for d in json.loads(run(capsys, demo_path, "list", "documents", "--json")[1])
    }
    assert docs[meeting["agenda_document_id"]] == "CE/AM-59/08 rev. 1"
    assert docs[meeting["order_of_business_document_id"]] == "CE/AM-75/09 rev. 2"
    resolutions = {
        r["id"]: r["symbol"]
        for r in json.loads(run(capsys, demo_path, "list", "resolutions", "--json")[1])
    }
    assert [resolutions[m] for m in meeting["mandate_ids"]] == ["AG/RES. 2356 (XXXVIII-O/08)"]


def test_interventions_are_every_bullet_in_order(
    capsys, demo_path: Path, report_bullets: list[str]
) -> None:
    code, out, _ = run(capsys, demo_path, "list", "interventions", "--json")
    items = json.loads(out)
    assert [i["text"] for i in items] == report_bullets
    assert [i["position"] for i in items] == list(range(len(report_bullets)))
    assert {"meeting_id", "speaker", "text", "position", "id", "updated_at"} <= set(items[0])
    assert items[0]["speaker"] == "Some countries"
    assert items[7]["speaker"] == "Some delegations"


def test_actions_are_the_four_follow_ups(capsys, demo_path: Path) -> None:
    actions = json.loads(run(capsys, demo_path, "list", "actions", "--json")[1])
    assert [a["number"] for a in actions] == [1, 2, 3, 4]
    assert actions[0]["status"] == "declined"
    assert (
        actions[0]["outcome"]
        == "Unfortunately, on that occasion the RCM representatives were unable to attend."
    )
    events = {e["id"]: e for e in json.loads(run(capsys, demo_path, "list", "events", "--json")[1])}
    assert events[actions[0]["event_id"]]["start_date"] == "2009-02-24"
    assert events[actions[0]["event_id"]]["end_date"] == "2009-02-25"
    assert events[actions[1]["event_id"]]["place"] == "San Salvador, El Salvador"
    assert actions[2]["event_id"] is None
    assert events[actions[3]["event_id"]]["start_date"] == "2009-04-07"
    for a in actions:
        assert {
            "meeting_id",
            "number",
            "description",
            "status",
            "outcome",
            "event_id",
            "due_date",
        } <= set(a)


def test_show_resolution_parsed(capsys, demo_path: Path) -> None:
    code, out, _ = run(capsys, demo_path, "show", "resolutions", demo_id("res-2356")[:8], "--json")
    assert code == 0
    res = json.loads(out)
    assert res["symbol"] == "AG/RES. 2356 (XXXVIII-O/08)"
    assert res["parsed"] == {
        "organ": "AG",
        "type": "RES",
        "number": 2356,
        "session_ordinal": 38,
        "session_kind": "regular",
        "year": 2008,
    }
    doc = json.loads(run(capsys, demo_path, "show", "document", demo_id("agenda"), "--json")[1])
    assert doc["parsed"]["prefix"] == "CE/AM" and doc["parsed"]["revision"] == 1


def test_add_set_delete_roundtrip(capsys, demo_path: Path) -> None:
    code, out, _ = run(
        capsys,
        demo_path,
        "add",
        "meeting",
        "--set",
        "title=Second meeting",
        "--set",
        f"body_id={demo_id('ceam')[:8]}",
        "--set",
        "date=2009-03-13",
        "--set",
        f"mandate_ids={demo_id('res-2356')},{demo_id('res-2465')[:10]}",
    )
    assert code == 0
    new_id = out.strip()
    assert (
        run(capsys, demo_path, "set", "meetings", new_id[:8], "--set", "place=Washington, D.C.")[0]
        == 0
    )
    shown = json.loads(run(capsys, demo_path, "show", "meetings", new_id, "--json")[1])
    assert shown["place"] == "Washington, D.C."
    assert shown["mandate_ids"] == [demo_id("res-2356"), demo_id("res-2465")]
    assert run(capsys, demo_path, "delete", "meetings", new_id)[0] == 0
    code, _, err = run(capsys, demo_path, "show", "meetings", new_id)
    assert code == 1 and err.startswith("migdesk: error:")


@pytest.mark.parametrize(
    "args",
    [
        ["add", "meetings", "--set", "title=X", "--set", "date=2009-02-30"],
        ["add", "meetings", "--set", "title=X", "--set", "body_id=deadbeefdead"],
        ["add", "meetings", "--set", "title=X", "--set", "status=maybe"],
        ["add", "meetings", "--set", "nonsense"],
        ["add", "actions", "--set", "description=X"],
        ["add", "planets", "--set", "name=Mars"],
        ["set", "meetings", "00000000", "--set", "title=X"],
        ["delete", "organizations", "PLACEHOLDER_CEAM"],
        ["show", "meetings", "b2"],
        ["list", "planets"],
    ],
)
def test_errors_are_one_line_exit_1_and_write_nothing(
    capsys, demo_path: Path, args: list[str]
) -> None:
    args = [a.replace("PLACEHOLDER_CEAM", demo_id("ceam")) for a in args]
    before = table_dump(demo_path)
    code, out, err = run(capsys, demo_path, *args)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("migdesk: error: ")
    assert "Traceback" not in err and out == ""
    assert table_dump(demo_path) == before


def test_usage_errors_exit_2(capsys, tmp_path: Path) -> None:
    assert run(capsys, tmp_path / "x.sqlite", "list")[0] == 2
    assert run(capsys, tmp_path / "x.sqlite", "frobnicate")[0] == 2


def test_search_json_best_first(capsys, demo_path: Path) -> None:
    hits = json.loads(run(capsys, demo_path, "search", "Puebla", "--json")[1])
    assert (
        hits
        and hits[0]["kind"] == "organizations"
        and "Regional Conference on Migration" in hits[0]["title"]
    )
    assert {"kind", "id", "title", "snippet", "language"} == set(hits[0])


def test_database_from_environment_and_real_process(tmp_path: Path) -> None:
    env = {"MIGDESK_DB": str(tmp_path / "env.sqlite"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "migdesk", "init", "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite").exists()
    version = subprocess.run(
        [sys.executable, "-m", "migdesk", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("migdesk ")


def test_not_a_database_is_a_clean_error(capsys, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    code, _, err = run(capsys, bogus, "list", "meetings")
    assert code == 1 and "not a SQLite database" in err
    assert bogus.read_bytes() == b"this is not sqlite at all" * 100


def test_an_exchange_file_alone_opens_the_window(tmp_path: Path) -> None:
    import argparse

    from migdesk.cli import COMMANDS, build_parser

    opened: list[tuple[str, str | None]] = []

    def window(db: Path, exchange: str | None) -> int:
        opened.append((str(db), exchange))
        return 0

    db = str(tmp_path / "w.sqlite")
    assert main(["--db", db, "from-colleague.migdesk"], open_window=window) == 0
    assert main(["--db", db], open_window=window) == 0
    assert opened == [(db, "from-colleague.migdesk"), (db, None)]
    # A subcommand whose argument happens to end in .migdesk is that subcommand's argument.
    assert main(["--db", db, "search", "notes.migdesk"], open_window=window) == 0
    assert len(opened) == 2
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == COMMANDS


def test_adding_a_resolution_whose_symbol_exists_names_it_and_writes_nothing(
    capsys, demo_path: Path
) -> None:
    before = table_dump(demo_path)
    code, out, err = run(
        capsys, demo_path, "add", "resolutions", "--set", "symbol=AG/RES. 2356 (XXXVIII-O/08)"
    )
    assert (code, out) == (1, "")
    assert err.startswith("migdesk: error: ") and err.count("\n") == 1
    assert "AG/RES. 2356 (XXXVIII-O/08)" in err and demo_id("res-2356")[:8] in err
    assert table_dump(demo_path) == before


def test_a_resolution_added_by_symbol_has_its_session_and_year(capsys, demo_path: Path) -> None:
    code, new_id, _ = run(
        capsys, demo_path, "add", "resolutions", "--set", "symbol=AG/RES. 2502 (XL-O/10)"
    )
    assert code == 0
    code, out, _ = run(capsys, demo_path, "show", "resolutions", new_id.strip(), "--json")
    shown = json.loads(out)
    assert (shown["session"], shown["year"]) == ("XL-O", 2010)
