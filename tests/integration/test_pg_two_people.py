"""Several people on one server database: each a connection of its own.

Versions refuse the lost update across connections, undo writes only what nobody changed
since, the next position in a meeting is given under a row lock, other windows hear of
a change by NOTIFY, the change log names the role and the server's time, and a
read-only role reads everything and is told why it cannot write.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from migdesk.services import records as r
from migdesk.services.desk import EXTERNAL, Desk
from migdesk.services.errors import StaleWrite
from migdesk.store import change_log
from migdesk.store.database import Database
from migdesk.store.errors import DatabaseError
from tests.pg_cluster import PgCluster

GRANT_WRITE = ("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}; "
               "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
GRANT_READ = "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"


def _role(cluster: PgCluster, name: str) -> str:
    role = f"{name}_{os.getpid()}"
    cluster.execute(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    return role


def _as(uri: str, role: str) -> str:
    return uri.replace("postgresql://postgres@", f"postgresql://{role}@", 1)


@pytest.fixture
def two(pg_uri: str) -> Iterator[tuple[Database, Database]]:
    """Two people (two connections) on the same fresh server database."""
    a, b = Database.open(pg_uri), Database.open(pg_uri)
    yield a, b
    a.close()
    b.close()


def _meeting(db: Database) -> str:
    return r.create_record(db, "meetings", {"title": "Regular meeting", "date": "2009-02-13"}).items[0].id


def test_the_lost_update_is_refused_across_connections(two: tuple[Database, Database]) -> None:
    a, b = two
    org = r.create_record(a, "organizations", {"name": "OAS"}).items[0].id
    seen = r.get_record(b, "organizations", org).values["version"]
    r.update_record(a, "organizations", org, {"notes": "by A"}, based_on=seen)
    with pytest.raises(StaleWrite):
        r.update_record(b, "organizations", org, {"notes": "by B"}, based_on=seen)
    assert r.get_record(b, "organizations", org).values["notes"] == "by A"


def test_two_writers_racing_on_one_version_one_wins(two: tuple[Database, Database]) -> None:
    """Both check the same version at the same moment: the row lock lets only one through."""
    a, b = two
    org = r.create_record(a, "organizations", {"name": "OAS"}).items[0].id
    rounds = 15
    wins: list[str] = []
    for n in range(rounds):
        version = r.get_record(a, "organizations", org).values["version"]
        start = threading.Barrier(2)

        def write(db: Database, who: str, version: int = version, n: int = n,
                  start: threading.Barrier = start) -> None:
            start.wait()
            try:
                r.update_record(db, "organizations", org, {"notes": f"{who}{n}"}, based_on=version)
                wins.append(who)
            except StaleWrite:
                pass

        threads = [threading.Thread(target=write, args=(db, who)) for db, who in ((a, "A"), (b, "B"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(wins) == rounds  # exactly one of the two, every round
    assert r.get_record(a, "organizations", org).values["version"] == 1 + rounds


def test_undo_leaves_what_another_person_changed_since(two: tuple[Database, Database]) -> None:
    a, b = two
    org = r.create_record(a, "organizations", {"name": "OAS"}).items[0].id
    edit = r.update_record(a, "organizations", org, {"name": "OEA", "notes": "A's note"})
    r.update_record(b, "organizations", org, {"name": "Organización de los Estados Americanos"})
    undone = r.apply_change(a, edit.inverse())
    values = r.get_record(b, "organizations", org).values
    assert values["name"] == "Organización de los Estados Americanos"  # B's change stays
    assert values["notes"] is None  # A's own untouched field is undone
    assert [c.field for c in undone.conflicts] == ["name"]


def test_positions_in_a_meeting_are_given_one_at_a_time(two: tuple[Database, Database]) -> None:
    a, b = two
    meeting = _meeting(a)
    each = 25
    start = threading.Barrier(2)

    def add(db: Database, who: str) -> None:
        start.wait()
        for n in range(each):
            r.create_record(db, "interventions", {"meeting_id": meeting, "speaker": who, "text": f"{n}"})

    threads = [threading.Thread(target=add, args=(db, who)) for db, who in ((a, "A"), (b, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    positions = sorted(x.values["position"] for x in r.list_records(a, "interventions"))
    assert positions == list(range(2 * each))


def test_another_window_hears_of_a_change_without_reading_the_log(two: tuple[Database, Database]) -> None:
    a, b = two
    watcher = Desk(a)
    assert watcher.poll() is None
    org = r.create_record(b, "organizations", {"name": "OAS"}).items[0].id
    heard: list[object] = []
    watcher.subscribe(lambda change, origin: heard.append((change, origin)))
    deadline = time.monotonic() + 5
    change = None
    while change is None and time.monotonic() < deadline:
        change = watcher.poll()
        time.sleep(0.02)
    assert change is not None and [i.id for i in change.items] == [org]
    assert heard and heard[0][1] == EXTERNAL
    watcher.update("organizations", org, {"notes": "mine"})  # its own write is no news
    time.sleep(0.2)
    assert not a.others_wrote()


def test_the_log_names_the_role_and_the_server_clock(pg_cluster: PgCluster, pg_uri: str) -> None:
    alice = _role(pg_cluster, "alice")
    pg_cluster.execute(GRANT_WRITE.format(role=alice), pg_uri.split("/")[3].split("?")[0])
    db = Database.open(_as(pg_uri, alice))
    try:
        r.create_record(db, "organizations", {"name": "OAS"})
        with db.session(write=False) as s:
            entry = change_log.since(s, 0)[-1]
            server_now = s.execute(text("SELECT clock_timestamp()")).scalar_one()
    finally:
        db.close()
    assert entry.author == alice
    at = datetime.strptime(entry.at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    assert abs((server_now - at).total_seconds()) < 30


def test_a_read_only_role_reads_everything_and_cannot_write(pg_cluster: PgCluster, pg_uri: str) -> None:
    owner = Database.open(pg_uri)
    org = r.create_record(owner, "organizations", {"name": "Organización de los Estados Americanos"}).items[0].id
    assert owner.can_write()
    owner.close()
    reader = _role(pg_cluster, "reader")
    pg_cluster.execute(GRANT_READ.format(role=reader), pg_uri.split("/")[3].split("?")[0])
    db = Database.open(_as(pg_uri, reader))
    try:
        assert [x.id for x in r.list_records(db, "organizations")] == [org]
        from migdesk.services.search import search

        assert [h.id for h in search(db, "organizacion")] == [org]
        assert not Desk(db).can_write()
        with pytest.raises(DatabaseError, match="read-only for you") as refused:
            r.update_record(db, "organizations", org, {"notes": "x"})
        assert "\n" not in str(refused.value)
    finally:
        db.close()
