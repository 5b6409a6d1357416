"""An import killed at any moment leaves the database as it was or fully imported, never between."""

from __future__ import annotations

import contextlib
import hashlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from migdesk.services.exchange import export_file
from migdesk.services.records import write_snapshots
from migdesk.store.database import Database
from migdesk.store.models import utc_now
from migdesk.store.sqlite import integrity_ok

SYNC_TABLES = {"sync_base", "sync_peers", "record_history", "change_log"}  # hold write times


def make_large(db: Database, meetings: int = 400, seed: int = 7) -> int:
    """Fill db with a synthetic committee archive of about 25 records per meeting; returns the count."""
    rnd = random.Random(seed)
    now = utc_now()
    ids = iter(uuid.UUID(int=rnd.getrandbits(128), version=4) for _ in range(10**7))
    items: list[tuple[str, str, dict[str, Any]]] = []

    def add(record_kind: str, /, **values: Any) -> str:
        rid = str(next(ids))
        items.append((record_kind, rid, {"id": rid, "created_at": now, "updated_at": now, "deleted_at": None, **values}))
        return rid

    words = "migration migrants regional consultative process cooperation delegation rights labor".split()

    def text(n: int) -> str:
        return " ".join(rnd.choice(words) for _ in range(n)).capitalize() + "."

    orgs = [add("organizations", name=f"Delegation {n}", acronym=None, kind="member state delegation",
                parent_id=None, country=f"Country {n}", aliases=[], language="en", notes=None) for n in range(30)]
    resolutions = [add("resolutions", symbol=f"AG/RES. {2000 + n} (XXXVIII-O/08)", title=text(6), session="XXXVIII-O",
                       year=2008, adopted_on=None, body_id=None, language="en", notes=None) for n in range(20)]
    for n in range(meetings):
        day = f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        meeting = add("meetings", title=f"Meeting {n}: {text(5)}", body_id=rnd.choice(orgs), date=day, start_time=None,
                      end_time=None, place="Washington, D.C.", chair_id=None, agenda_document_id=None,
                      order_of_business_document_id=None, mandate_ids=[rnd.choice(resolutions)], status="held",
                      symbol=None, introduction=text(60), language="en", notes=None)
        item = add("agenda_items", meeting_id=meeting, number="1", title=text(6), position=0)
        for k in range(16):
            add("interventions", meeting_id=meeting, agenda_item_id=item, position=k, speaker="Some delegations",
                speaker_kind="group", speaker_ids=[rnd.choice(orgs)], text=text(40), language="en")
        event = add("events", title=f"Workshop {n}", kind="workshop", start_date=day, end_date=day, place=None,
                    organizer_id=rnd.choice(orgs), description=text(10))
        add("invitations", event_id=event, organization_id=rnd.choice(orgs), invited_by_id=None,
            response="no response", note=None)
        for k in range(4):
            add("actions", meeting_id=meeting, number=k + 1, position=k, description=text(20), responsible_id=None,
                counterpart_id=rnd.choice(orgs), event_id=event if k == 0 else None, due_date=day, status="planned",
                outcome=None)
        add("decisions", meeting_id=meeting, agenda_item_id=item, position=0, kind="agreed", text=text(20))
    with db.session() as s:
        write_snapshots(s, items)
    return len(items)


def record_tables(path: Path) -> str:
    """A hash of every table but the exchange bookkeeping (which holds import times)."""
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            if name not in SYNC_TABLES:
                rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"'))  # noqa: S608
                digest.update(repr((name, rows)).encode())
    return digest.hexdigest()


def _copy(src: Path, dst: Path) -> Path:
    with contextlib.closing(sqlite3.connect(src)) as a, contextlib.closing(sqlite3.connect(dst)) as b:
        a.backup(b)
    return dst


def _import(db: Path, file: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "migdesk", "--db", str(db), "import", str(file)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_killed_import_is_all_or_nothing(tmp_path: Path) -> None:
    source = Database.open(tmp_path / "source.sqlite")
    count = make_large(source, meetings=120)
    export_file(source, tmp_path / "large.migdesk")
    source.close()
    empty = Database.open(tmp_path / "empty.sqlite")
    empty.close()
    before = record_tables(tmp_path / "empty.sqlite")

    full = _copy(tmp_path / "empty.sqlite", tmp_path / "full.sqlite")
    started = time.monotonic()
    assert _import(full, tmp_path / "large.migdesk").wait(timeout=300) == 0
    duration = time.monotonic() - started
    after = record_tables(full)
    assert after != before and count > 3000

    rnd = random.Random(20090213)
    outcomes = []
    for run in range(5):
        target = _copy(tmp_path / "empty.sqlite", tmp_path / f"run{run}.sqlite")
        proc = _import(target, tmp_path / "large.migdesk")
        time.sleep(rnd.uniform(0.3, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert integrity_ok(target)
        state = record_tables(target)
        assert state in (before, after), f"run {run}: a half-imported database"
        outcomes.append(state == after)
        db = Database.open(target)  # and MigDesk opens it as usual afterwards
        db.close()
    assert not all(outcomes), "no kill landed before the commit: the test proves nothing"
