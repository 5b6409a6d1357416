"""Exchange files: the demo (with an attachment) travels to an empty database intact."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.exchange import export_file, import_file, list_peers
from migdesk.services.exchange_file import FORMAT_VERSION
from migdesk.services.exchange_schema import SCHEMA_PATH, build_schema
from migdesk.services.kinds import KINDS
from migdesk.store.database import Database
from migdesk.store.models import RECORD_MODELS, Blob, SyncBase, SyncPeer

PDF = b"%PDF-1.4\n% MigDesk test attachment\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def dump(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every record of every kind (tombstones too) as the CLI prints it."""
    return {kind: [rec.to_json() for rec in r.list_records(db, kind, include_deleted=True)] for kind in KINDS}


def blobs(db: Database) -> dict[str, bytes]:
    with db.session() as s:
        return {b.sha256: b.data for b in s.query(Blob)}


def enrich(db: Database) -> None:
    """The demo plus an attachment, a translation and a tombstone."""
    load_demo(db)
    sha = hashlib.sha256(PDF).hexdigest()
    with db.session() as s:
        s.add(Blob(sha256=sha, size=len(PDF), data=PDF))
    doc = r.list_records(db, "documents")[0].id
    r.create_record(db, "attachments", {"document_id": doc, "filename": "agenda.pdf",
                                         "sha256": sha, "size": str(len(PDF))})
    meeting = r.list_records(db, "meetings")[0].id
    r.create_record(db, "translations", {"record_id": meeting, "field": "title", "language": "fr",
                                          "text": "Lier les efforts de l’OEA"})
    r.delete_record(db, "interventions", r.list_records(db, "interventions")[-1].id)


def record_rows(path: Path) -> dict[str, list[str]]:
    """Every row of the record tables and the search index, raw."""
    models: list[Any] = list(RECORD_MODELS.values())
    tables = [*(m.__tablename__ for m in models), "meeting_mandates", "blobs", "search_index"]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {t: sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{t}"')) for t in tables}  # noqa: S608


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "source.sqlite")
    enrich(db)
    yield db
    db.close()


def test_schema_file_is_up_to_date() -> None:
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == build_schema()


def test_roundtrip_into_an_empty_database(source: Database, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "all.migdesk"
    summary = export_file(source, path)
    assert "records" in summary and "1 attachment" in summary
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format"] == "migdesk-exchange" and manifest["format_version"] == FORMAT_VERSION
        assert manifest["installation_id"] == source.installation_id
        assert set(manifest["sha256"]) == set(zf.namelist()) - {"manifest.json", "signature.json"}

    preview = import_file(db, path, dry_run=True)
    assert dump(db) == {k: [] for k in KINDS}  # a dry run writes nothing
    report = import_file(db, path)
    assert report.to_json() == preview.to_json()
    total = sum(len(v) for v in dump(source).values())
    assert report.added == total - 1  # the tombstone of a record never seen is kept silently
    assert report.conflicts == []
    assert dump(db) == dump(source)
    assert blobs(db) == blobs(source)
    assert record_rows(db.path) == record_rows(source.path)  # derived columns and search index too

    again = import_file(db, path).to_json()
    assert again.pop("signature")["status"] == "known"  # the first import made its signer a contact
    assert again == {"added": 0, "updated": 0, "deleted": 0, "unchanged": total, "conflicts": [],
                     "format_version": FORMAT_VERSION, "merged_by": "clocks", "encrypted": False}
    assert dump(db) == dump(source)

    with db.session() as s:
        assert s.query(SyncBase).count() == total
        peer = s.get(SyncPeer, source.installation_id)
        assert peer is not None and peer.last_received_at is not None
    assert [p.installation_id for p in list_peers(db)] == [source.installation_id]


def test_export_of_one_meeting_carries_what_it_uses(source: Database, db: Database, tmp_path: Path) -> None:
    meeting = r.list_records(source, "meetings")[0].id
    r.create_record(source, "organizations", {"name": "Unrelated body"})
    path = tmp_path / "meeting.migdesk"
    export_file(source, path, meeting_ids=[meeting[:8]])
    report = import_file(db, path)
    assert report.conflicts == []
    got = dump(db)
    assert got["meetings"] == dump(source)["meetings"]
    assert got["interventions"] == dump(source)["interventions"]  # tombstone included
    assert got["actions"] == dump(source)["actions"]
    assert got["attachments"] == dump(source)["attachments"] and blobs(db) == blobs(source)
    assert got["translations"] == dump(source)["translations"]
    names = {o["name"] for o in got["organizations"]}
    assert "Unrelated body" not in names
    assert "Permanent Council of the Organization of American States" in names  # CEAM's parent
    assert {e["id"] for e in got["events"]} == {a["event_id"] for a in got["actions"] if a["event_id"]}


def test_changes_since_the_last_file_to_a_colleague(source: Database, db: Database, tmp_path: Path) -> None:
    export_file(source, tmp_path / "first.migdesk")
    import_file(db, tmp_path / "first.migdesk")
    export_file(db, tmp_path / "back.migdesk")  # the colleague answers: now a known peer
    import_file(source, tmp_path / "back.migdesk")
    peer = db.installation_id
    first = export_file(source, tmp_path / "since1.migdesk", since_peer=peer[:8])
    assert "records" in first  # never sent before: everything
    meeting = r.list_records(source, "meetings")[0].id
    r.update_record(source, "meetings", meeting, {"place": "OAS headquarters"})
    export_file(source, tmp_path / "since2.migdesk", since_peer=peer)
    with zipfile.ZipFile(tmp_path / "since2.migdesk") as zf:
        counts = json.loads(zf.read("manifest.json"))["counts"]
    assert counts["meetings"] == 1 and sum(counts.values()) == 1
    report = import_file(db, tmp_path / "since2.migdesk")
    assert report.updated == 1 and report.conflicts == []
    assert r.get_record(db, "meetings", meeting).values["place"] == "OAS headquarters"


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "migdesk", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120)


def test_roundtrip_through_the_cli(tmp_path: Path) -> None:
    a, b, path = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "demo.migdesk"
    assert _cli(a, "init", "--demo").returncode == 0
    done = _cli(a, "export", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(path))
    dry = _cli(b, "import", str(path), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["added"] == 44
    first = json.loads(_cli(b, "import", str(path), "--json").stdout)
    assert first.pop("signature")["status"] == "new"
    assert first == {"added": 44, "updated": 0, "deleted": 0, "unchanged": 0, "conflicts": [],
                     "format_version": FORMAT_VERSION, "merged_by": "clocks", "encrypted": False}
    second = _cli(b, "import", str(path), "--json")
    assert json.loads(second.stdout)["unchanged"] == 44
    listed = [json.loads(_cli(db, "list", "meetings", "--json").stdout) for db in (a, b)]
    assert listed[0] == listed[1] and listed[0][0]["id"] == demo_id("meeting")
    human = _cli(b, "import", str(path))
    signed, summary = human.stdout.splitlines()
    assert signed.startswith("Signed by ") and "44 unchanged" in summary
