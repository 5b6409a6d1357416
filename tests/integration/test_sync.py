"""`migdesk sync --with`: a laptop database and another one, brought together both ways.

Two real SQLite files; the commands run as separate processes, as a delegate would run
them, and the databases are read back directly.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from migdesk.services.demo import demo_id, load_demo
from migdesk.services.desk import Desk
from migdesk.services.history import record_history
from migdesk.services.kinds import KINDS
from migdesk.services.locations import describe_location, server_uri_problem
from migdesk.services.records import read_snapshots
from migdesk.services.sync import sync_databases
from migdesk.store.database import Database

MEETING = demo_id("meeting")


def migdesk(db: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the command in its own process."""
    return subprocess.run([sys.executable, "-m", "migdesk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120, check=False)


def records(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every record of every kind (tombstones included), as the services read them."""
    db = Database.open(path)
    try:
        with db.session(write=False) as s:
            return {kind: sorted(read_snapshots(s, kind), key=lambda r: r["id"]) for kind in KINDS}
    finally:
        db.close()


def contents(path: Path) -> dict[str, list[dict[str, Any]]]:
    """records() without what only says when and how often a record was written."""
    return {kind: [{k: v for k, v in r.items() if k not in ("updated_at", "version")} for r in rows]
            for kind, rows in records(path).items()}


def field(path: Path, kind: str, record_id: str, name: str) -> Any:
    return next(r[name] for r in records(path)[kind] if r["id"] == record_id)


def record_tables(path: Path) -> str:
    """The rows of every record table and the history, to prove a sync wrote nothing."""
    with sqlite3.connect(path) as conn:
        tables = [*KINDS, "record_history", "sync_clocks"]
        names = {t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return json.dumps({t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()  # noqa: S608
                           for t in tables if t in names}, default=str)


@pytest.fixture
def server(tmp_path: Path) -> Path:
    """The shared database: the CEAM demo."""
    path = tmp_path / "other.sqlite"
    assert migdesk(path, "init", "--demo").returncode == 0
    return path


@pytest.fixture
def laptop(tmp_path: Path, server: Path) -> Path:
    """A laptop database that synced once with the server (it started empty)."""
    path = tmp_path / "laptop.sqlite"
    assert migdesk(path, "init").returncode == 0
    done = migdesk(path, "sync", "--with", str(server))
    assert done.returncode == 0, done.stderr
    return path


def test_an_empty_laptop_receives_everything(tmp_path: Path, server: Path) -> None:
    laptop = tmp_path / "laptop.sqlite"
    assert migdesk(laptop, "init").returncode == 0
    done = migdesk(laptop, "sync", "--with", str(server))
    assert done.returncode == 0, done.stderr
    total = sum(len(rows) for rows in records(server).values())
    assert done.stdout.strip() == f"{server}: received {total}, sent 0, conflicts 0"
    assert records(laptop) == records(server)  # versions and times included: the same records


def test_edits_on_both_sides_meet_and_a_conflict_loses_nothing(laptop: Path, server: Path) -> None:
    event = records(server)["events"][0]["id"]
    assert migdesk(laptop, "set", "meetings", MEETING, "--set", "place=Laptop room").returncode == 0
    added = migdesk(laptop, "add", "organizations", "--set", "name=Grupo de trabajo del portátil",
                    "--set", "kind=working group")
    assert added.returncode == 0, added.stderr
    org = added.stdout.strip()
    assert migdesk(server, "set", "meetings", MEETING, "--set", "place=Server room").returncode == 0
    assert migdesk(server, "set", "events", event, "--set", "title=Renamed on the server").returncode == 0

    done = migdesk(laptop, "sync", "--with", str(server), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["received"], report["sent"]) == (1, 2)
    [conflict] = report["conflicts"]
    assert conflict["id"] == MEETING and conflict["fields"] == ["place"]
    assert (conflict["local"], conflict["incoming"]) == ({"place": "Laptop room"}, {"place": "Server room"})

    # Each side has the other's news; the conflict keeps the laptop's value on both sides.
    assert field(laptop, "events", event, "title") == "Renamed on the server"
    assert field(server, "organizations", org, "name") == "Grupo de trabajo del portátil"
    assert field(laptop, "meetings", MEETING, "place") == field(server, "meetings", MEETING, "place") \
        == "Laptop room"
    # Nothing lost: the server's value is in the laptop's history, and in the server's own.
    for path in (laptop, server):
        shown = migdesk(path, "history", "meetings", MEETING, "--json")
        assert "Server room" in [h["value"] for h in json.loads(shown.stdout) if h["field"] == "place"]
    db = Database.open(laptop)
    try:
        _, items = record_history(db, "meetings", MEETING)
        assert any(i.source_file == "other.sqlite" and "sync with" not in i.reason for i in items)
    finally:
        db.close()
    assert contents(laptop) == contents(server)


def test_a_repeated_sync_changes_nothing(laptop: Path, server: Path) -> None:
    assert migdesk(laptop, "set", "meetings", MEETING, "--set", "place=Laptop room").returncode == 0
    assert migdesk(server, "set", "meetings", MEETING, "--set", "place=Server room").returncode == 0
    assert migdesk(laptop, "sync", "--with", str(server)).returncode == 0
    before = record_tables(laptop), record_tables(server)
    again = migdesk(laptop, "sync", "--with", str(server))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"{server}: received 0, sent 0, conflicts 0"
    assert (record_tables(laptop), record_tables(server)) == before


def test_syncing_from_the_other_side_works_the_same(laptop: Path, server: Path) -> None:
    assert migdesk(laptop, "set", "meetings", MEETING, "--set", "place=Laptop room").returncode == 0
    done = migdesk(server, "sync", "--with", str(laptop))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{laptop}: received 1, sent 0, conflicts 0"
    assert field(server, "meetings", MEETING, "place") == "Laptop room"


def test_both_databases_are_backed_up_first(laptop: Path, server: Path) -> None:
    for path in (laptop, server):
        copies = list(path.parent.glob(f"{path.name}-backups/*before-sync*"))
        assert copies, path


@pytest.mark.parametrize("case", ["missing", "same", "copy", "folder", "garbage"])
def test_a_sync_that_cannot_be_done_is_one_line_and_writes_nothing(
    tmp_path: Path, laptop: Path, case: str
) -> None:
    other = {"missing": tmp_path / "nowhere.sqlite", "same": laptop, "copy": tmp_path / "copy.sqlite",
             "folder": tmp_path, "garbage": tmp_path / "garbage.sqlite"}[case]
    if case == "copy":
        other.write_bytes(laptop.read_bytes())  # the same installation id: dots would collide
    if case == "garbage":
        other.write_bytes(b"not a database at all\n" * 100)
    before = record_tables(laptop)
    done = migdesk(laptop, "sync", "--with", str(other))
    assert done.returncode == 1
    assert done.stderr.startswith("migdesk: error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert record_tables(laptop) == before


def test_sync_without_with_is_a_usage_error(laptop: Path) -> None:
    assert migdesk(laptop, "sync").returncode == 2


@pytest.mark.parametrize(("update", "message"), [
    ("status = 'adjourned sine die'", "is not one of the allowed values"),
    ("date = '2009-02-30'", "a record cannot be read"),
])
def test_a_hostile_value_in_the_other_database_is_refused(
    laptop: Path, server: Path, update: str, message: str
) -> None:
    assert migdesk(server, "set", "meetings", MEETING, "--set", "place=Server room").returncode == 0
    with sqlite3.connect(server) as conn:  # a value no MigDesk writes
        conn.execute(f"UPDATE meetings SET {update} WHERE id = ?", (MEETING,))  # noqa: S608
    before = record_tables(laptop)
    done = migdesk(laptop, "sync", "--with", str(server))
    assert done.returncode == 1
    assert message in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert record_tables(laptop) == before


def test_a_side_that_refuses_the_laptops_changes_leaves_the_received_ones(laptop: Path, server: Path) -> None:
    """The other side refuses writes (as a read-only server role would): the laptop keeps what it got."""
    assert migdesk(server, "set", "meetings", MEETING, "--set", "title=Server title").returncode == 0
    assert migdesk(laptop, "set", "meetings", MEETING, "--set", "place=Laptop room").returncode == 0
    with sqlite3.connect(server) as conn:
        conn.execute("CREATE TRIGGER refuse BEFORE UPDATE ON meetings "
                     "BEGIN SELECT RAISE(ABORT, 'this role may not write'); END")
    done = migdesk(laptop, "sync", "--with", str(server))
    assert done.returncode == 1
    assert done.stdout.startswith(f"{server}: received 1, sent 0, conflicts 0; not sent (")
    assert done.stderr.startswith("migdesk: error: ") and "not sent" in done.stderr
    assert done.stderr.count("\n") == 1
    assert field(laptop, "meetings", MEETING, "title") == "Server title"
    assert field(server, "meetings", MEETING, "place") != "Laptop room"
    with sqlite3.connect(server) as conn:
        conn.execute("DROP TRIGGER refuse")
    again = migdesk(laptop, "sync", "--with", str(server))
    assert again.stdout.strip() == f"{server}: received 0, sent 1, conflicts 0", again.stderr
    assert field(server, "meetings", MEETING, "place") == "Laptop room"


# ---------------------------------------------------------------- the service itself


class _CancelAt:
    """A progress that cancels once the bar passes a point (of 1000)."""

    def __init__(self, at: int) -> None:
        self.at, self.seen = at, 0

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.seen = max(self.seen, done)

    def check(self) -> None:
        if self.seen >= self.at:
            raise KeyboardInterrupt("cancelled")


@pytest.fixture
def edited(laptop: Path, server: Path) -> Iterator[tuple[Desk, Path]]:
    """The laptop open on a desk, after an edit on each side."""
    assert migdesk(laptop, "set", "meetings", MEETING, "--set", "place=Laptop room").returncode == 0
    assert migdesk(server, "set", "meetings", MEETING, "--set", "title=Server title").returncode == 0
    desk = Desk.open(laptop)
    yield desk, server
    desk.close()


def test_a_sync_cancelled_before_the_laptop_wrote_changes_neither_side(edited: tuple[Desk, Path]) -> None:
    desk, server = edited
    before = record_tables(Path(desk.db.path)), record_tables(server)
    with pytest.raises(KeyboardInterrupt):
        sync_databases(desk.db, str(server), progress=_CancelAt(300))
    assert (record_tables(Path(desk.db.path)), record_tables(server)) == before


def test_a_sync_cancelled_after_the_laptop_wrote_keeps_it_and_the_next_one_finishes(
    edited: tuple[Desk, Path],
) -> None:
    desk, server = edited
    server_before = record_tables(server)
    report = sync_databases(desk.db, str(server), progress=_CancelAt(700))
    assert report.sent is None and report.received_count == 1
    assert "stopped before sending" in report.summary()
    assert field(Path(desk.db.path), "meetings", MEETING, "title") == "Server title"
    assert record_tables(server) == server_before  # the server's half rolled back whole
    finished = desk.sync_with(str(server))
    assert (finished.received_count, finished.sent_count) == (0, 1)
    assert field(server, "meetings", MEETING, "place") == "Laptop room"


def test_the_laptop_side_of_a_sync_is_one_undoable_step(edited: tuple[Desk, Path]) -> None:
    desk, server = edited
    heard = []
    desk.subscribe(lambda change, origin: heard.append(change))
    report = desk.sync_with(str(server))
    assert heard == [report.change] and report.change is not None
    assert report.change.description == f"Sync with {server}"
    assert field(Path(desk.db.path), "meetings", MEETING, "title") == "Server title"
    desk.apply(report.change.inverse())
    assert field(Path(desk.db.path), "meetings", MEETING, "title") != "Server title"
    assert field(Path(desk.db.path), "meetings", MEETING, "place") == "Laptop room"


def test_a_server_location_is_shown_without_its_password() -> None:
    uri = "postgresql://maria:s3cret@db.example.org:5432/ceam?sslmode=verify-full"
    assert describe_location(uri) == "postgresql://maria@db.example.org:5432/ceam?sslmode=verify-full"
    socket = "postgresql://maria@/ceam?host=/tmp/pg&port=5433"
    assert describe_location(socket) == socket


@pytest.mark.parametrize(("uri", "problem"), [
    ("postgresql://maria@db.example.org/ceam", None),
    ("postgresql://maria@/ceam?host=/tmp/pg&port=5433", None),
    ("postgres://db.example.org:5432/ceam?sslmode=verify-full&sslrootcert=/etc/ca.pem", None),
    ("postgresql:///?service=ceam", None),
    ("", "type the server's address"),
    ("mysql://maria@db/ceam", "starts with postgresql://"),
    ("postgresql://maria:s3cret@db/ceam", "leave the password out"),
    ("postgresql://maria@db/ceam?password=s3cret", "leave the password out"),
    ("postgresql://maria@db:99999/ceam", "the port must be"),
    ("postgresql://maria@db/", "name the database"),
    ("postgresql://maria@db/ceam?sslmod=require", "unknown connection parameter 'sslmod'"),
    ("postgresql://maria@db/ce am", "no spaces"),
])
def test_a_server_address_is_checked_as_typed(uri: str, problem: str | None) -> None:
    found = server_uri_problem(uri)
    assert (found is None) if problem is None else (found is not None and problem in found), found


def test_load_demo_on_both_sides_is_not_a_conflict(tmp_path: Path) -> None:
    """The same demo loaded independently on both sides: the same ids, the same values."""
    a, b = Database.open(tmp_path / "a.sqlite"), Database.open(tmp_path / "b.sqlite")
    try:
        load_demo(a)
        load_demo(b)
        report = sync_databases(a, str(tmp_path / "b.sqlite"))
        assert not report.conflicts and report.sent is not None
    finally:
        a.close()
        b.close()


def test_a_laptop_syncs_with_a_server_both_ways(tmp_path: Path, pg_uri: str) -> None:
    """The same, with the shared database on a throwaway PostgreSQL server."""
    assert migdesk(pg_uri, "init", "--demo").returncode == 0
    laptop = tmp_path / "laptop.sqlite"
    assert migdesk(laptop, "init").returncode == 0
    first = migdesk(laptop, "sync", "--with", pg_uri, "--json")
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["received"] > 40 and json.loads(first.stdout)["sent"] == 0
    assert migdesk(laptop, "set", "meetings", MEETING, "--set", "place=Laptop room").returncode == 0
    server_edit = migdesk(pg_uri, "set", "meetings", MEETING, "--set", "place=Server room")
    assert server_edit.returncode == 0, server_edit.stderr
    done = migdesk(laptop, "sync", "--with", pg_uri, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [c["fields"] for c in report["conflicts"]] == [["place"]] and report["sent"] == 1
    shown = migdesk(pg_uri, "show", "meetings", MEETING, "--json")
    assert json.loads(shown.stdout)["place"] == "Laptop room"
    history = migdesk(laptop, "history", "meetings", MEETING, "--json")
    assert "Server room" in [h["value"] for h in json.loads(history.stdout)]
    again = migdesk(laptop, "sync", "--with", pg_uri)
    assert again.returncode == 0 and again.stdout.strip().endswith("received 0, sent 0, conflicts 0")
