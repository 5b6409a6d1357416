"""Two writers on one database: versions, stale writes refused, undo that spares the other.

Every test here uses two separate connections (two processes or two Database objects),
never one: the lost update only shows between writers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.services.demo import demo_id, load_demo
from migdesk.services.desk import EXTERNAL, Desk
from migdesk.services.errors import StaleWrite
from migdesk.services.records import Change, get_record
from tests.conftest import database_on


def migdesk(db: Path | str, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "migdesk", "--db", str(db), *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


def show(db: Path | str, kind: str, record_id: str) -> dict:
    out = migdesk(db, "show", kind, record_id, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture
def demo_path(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """Where the demo is: a file, or a server database's URI (engine "postgres")."""
    with database_on(engine, tmp_path, "demo.sqlite", request) as db:
        load_demo(db)
        yield db.path or db.location


def test_versions_move_and_stale_writes_are_refused(demo_path: Path | str) -> None:
    meeting = demo_id("meeting")
    start = show(demo_path, "meetings", meeting)["version"]
    alice = migdesk(demo_path, "set", "meetings", meeting, "--if-version", str(start),
                    "--set", "place=Alice's place")
    assert alice.returncode == 0, alice.stderr
    assert show(demo_path, "meetings", meeting)["version"] == start + 1

    bob = migdesk(demo_path, "set", "meetings", meeting, "--if-version", str(start),
                  "--set", "place=Bob's place")  # Bob read the record before Alice wrote
    assert bob.returncode == 1
    assert bob.stderr.startswith("migdesk: error: ") and bob.stderr.count("\n") == 1
    assert f"changed since version {start}" in bob.stderr
    after = show(demo_path, "meetings", meeting)
    assert after["place"] == "Alice's place" and after["version"] == start + 1  # nothing written

    listed = json.loads(migdesk(demo_path, "list", "meetings", "--json").stdout)
    assert listed[0]["version"] == start + 1


def test_command_line_refuses_what_the_form_refuses(demo_path: Path | str) -> None:
    meeting = demo_id("meeting")
    before = show(demo_path, "meetings", meeting)
    out = migdesk(demo_path, "set", "meetings", meeting, "--set", "start_time=15:00",
                  "--set", "end_time=10:00")
    assert out.returncode == 1
    assert "end_time" in out.stderr and "before it starts" in out.stderr
    assert show(demo_path, "meetings", meeting) == before


def test_a_field_edit_is_refused_only_when_that_field_moved_on(demo_path: Path | str) -> None:
    alice, bob = Desk.open(demo_path), Desk.open(demo_path)
    meeting = demo_id("meeting")
    shown = get_record(bob.db, "meetings", meeting).values  # Bob's form shows the record
    alice.update("meetings", meeting, {"title": "Alice's title"})
    # Bob edits another field: nothing of Alice's is at stake
    bob.update("meetings", meeting, {"place": "Bob's place"}, expected={"place": shown["place"]})
    with pytest.raises(StaleWrite) as refused:
        bob.update("meetings", meeting, {"title": "Bob's title"}, expected={"title": shown["title"]})
    assert refused.value.fields == {"title": ("Bob's title", "Alice's title")}
    now = get_record(alice.db, "meetings", meeting).values
    assert (now["title"], now["place"]) == ("Alice's title", "Bob's place")
    alice.close()
    bob.close()


def test_undo_reverts_only_what_still_holds_the_undone_value(demo_path: Path | str) -> None:
    alice, bob = Desk.open(demo_path), Desk.open(demo_path)
    meeting = demo_id("meeting")
    edit = alice.update("meetings", meeting, {"title": "Alice's title", "place": "Alice's place"})
    bob.update("meetings", meeting, {"title": "Bob's title"})
    undone = alice.apply(edit.inverse())
    now = get_record(alice.db, "meetings", meeting).values
    assert now["title"] == "Bob's title"  # Bob's edit stays
    assert now["place"] == edit.items[0].before["place"]  # Alice's own place is reverted
    assert [(c.field, c.wanted, c.found) for c in undone.conflicts] == [
        ("title", edit.items[0].before["title"], "Bob's title")
    ]
    alice.close()
    bob.close()


def test_a_desk_hears_the_other_writers_changes(demo_path: Path | str) -> None:
    alice, bob = Desk.open(demo_path), Desk.open(demo_path)
    heard: list[tuple[Change, object]] = []
    alice.subscribe(lambda change, origin: heard.append((change, origin)))
    meeting = demo_id("meeting")
    alice.update("meetings", meeting, {"place": "Alice's place"})
    assert alice.poll() is None  # her own write is not news
    assert [origin for _c, origin in heard] == [None]
    bob.update("meetings", meeting, {"title": "Bob's title"})
    assert migdesk(demo_path, "delete", "actions", demo_id("act-1")).returncode == 0
    polled = alice.poll()
    assert polled is not None and heard[-1] == (polled, EXTERNAL)
    by_kind = {(i.kind, i.id): i for i in polled.items}
    assert by_kind[("meetings", meeting)].after["title"] == "Bob's title"
    action = by_kind[("actions", demo_id("act-1"))]
    assert action.after["deleted_at"] is not None and action.before["deleted_at"] is None
    assert alice.poll() is None
    alice.close()
    bob.close()
