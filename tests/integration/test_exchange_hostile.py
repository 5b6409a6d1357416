"""Damaged and hostile exchange files: one clean error line, nothing written, ever."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.services.demo import load_demo
from migdesk.services.errors import MigdeskError
from migdesk.services.exchange import import_file
from migdesk.services.exchange_file import FORMAT_VERSION
from migdesk.store.database import Database
from migdesk.store.sqlite import integrity_ok

Members = dict[str, bytes]


def members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def pack(items: Members, *, fix: bool = True, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of items; with fix, the manifest's checksums and counts are made to match."""
    items = dict(items)
    if fix and "manifest.json" in items:
        with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
            manifest = json.loads(items["manifest.json"])
            manifest["sha256"] = {n: hashlib.sha256(d).hexdigest() for n, d in items.items() if n != "manifest.json"}
            for name, data in items.items():
                if name.startswith("records/"):
                    with contextlib.suppress(ValueError, TypeError):
                        manifest["counts"][name[8:-5]] = len(json.loads(data))
            items["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    return out.getvalue()


def edit_json(name: str, change: Callable[[Any], Any]) -> Callable[[Members], Members]:
    def apply(items: Members) -> Members:
        items[name] = json.dumps(change(json.loads(items[name])), ensure_ascii=False).encode()
        return items
    return apply


def _set(records: list[dict], field: str, value: Any) -> list[dict]:
    records[0][field] = value
    return records


@pytest.fixture(scope="module")
def valid(demo_file: Path) -> Members:
    return members(demo_file)


def _newer(items: Members) -> Members:
    manifest = json.loads(items["manifest.json"])
    manifest["format_version"] = FORMAT_VERSION + 1
    items["manifest.json"] = json.dumps(manifest).encode()
    return items


def _bomb(items: Members) -> Members:
    items["records/decisions.json"] = b"[" + b" " * (120 * 2**20) + b"]"
    return items


def _duplicate(items: Members) -> Members:
    orgs = json.loads(items["records/organizations.json"])
    items["records/organizations.json"] = json.dumps([*orgs, dict(orgs[0], name="Twin")]).encode()
    return items


HUGE = base64.b64encode(os.urandom(7_600_000)).decode()  # 10 MB of text that does not compress

CASES: dict[str, Callable[[Members], bytes]] = {
    "not a zip": lambda m: b"This is not an exchange file.\n" * 10,
    "truncated": lambda m: pack(m)[: len(pack(m)) // 2],
    "empty file": lambda m: b"",
    "newer format": lambda m: pack(_newer(m), fix=False),
    "checksum mismatch": lambda m: pack(m, fix=False)[:0] or pack(
        {**m, "records/meetings.json": m["records/meetings.json"].replace(b"Washington", b"Washingtom")}, fix=False),
    "invalid JSON": lambda m: pack({**m, "records/meetings.json": b'[{"title": "unfinished'}),
    "invalid UTF-8": lambda m: pack({**m, "records/meetings.json": m["records/meetings.json"].replace(
        b"Washington", b"Wash\xffington")}),
    "dangling reference": lambda m: pack(edit_json("records/meetings.json",
                                                   lambda v: _set(v, "body_id", str(uuid.uuid4())))(m)),
    "duplicate UUID": lambda m: pack(_duplicate(m)),
    "path with ../": lambda m: pack({**m, "../../evil.txt": b"owned"}),
    "absolute path": lambda m: pack({**m, "/tmp/evil.txt": b"owned"}),
    "unexpected member": lambda m: pack({**m, "records/secrets.py": b"import os"}),
    "zip bomb": lambda m: pack(_bomb(m)),
    "10 MB string": lambda m: pack(edit_json("records/meetings.json", lambda v: _set(v, "title", HUGE))(m)),
    "10 MB string in a list": lambda m: pack(edit_json("records/meetings.json",
                                                       lambda v: _set(v, "mandate_ids", [HUGE]))(m)),
    "10 MB key": lambda m: pack(edit_json("records/meetings.json", lambda v: _set(v, HUGE, 1))(m)),
    "10 MB key in an alias": lambda m: pack(edit_json("records/organizations.json",
                                                      lambda v: _set(v, "aliases", [{HUGE: "x"}]))(m)),
    "deeply nested": lambda m: pack(edit_json("records/meetings.json",
                                              lambda v: _set(v, "title", json.loads("[" * 40 + "]" * 40)))(m)),
    "schema violation": lambda m: pack(edit_json("records/meetings.json",
                                                 lambda v: _set(v, "status", "postponed"))(m)),
    "missing member": lambda m: pack({k: v for k, v in m.items() if k != "records/events.json"}, fix=False),
    "no manifest": lambda m: pack({k: v for k, v in m.items() if k != "manifest.json"}),
    "NaN": lambda m: pack({**m, "records/agenda_items.json": m["records/agenda_items.json"].replace(
        b'"position":0', b'"position":NaN')}),
    "impossible date": lambda m: pack(edit_json("records/meetings.json",
                                                lambda v: _set(v, "date", "2009-02-30"))(m)),
}


def _tables(path: Path) -> str:
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"'))  # noqa: S608
            digest.update(repr((name, rows)).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the demo in it, the file every hostile import aims at."""
    path = tmp_path_factory.mktemp("target") / "target.sqlite"
    db = Database.open(path)
    load_demo(db)
    db.close()
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_file_is_refused_cleanly(case: str, valid: Members, target: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.migdesk"
    bad.write_bytes(CASES[case](dict(valid)))
    before = _tables(target)
    done = subprocess.run([sys.executable, "-m", "migdesk", "--db", str(target), "import", str(bad), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, (case, done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("migdesk: error: "), done.stderr
    assert len(lines[0]) < 400 and str(bad) in lines[0]
    assert done.stdout == ""
    assert _tables(target) == before
    assert integrity_ok(target)
    assert not (tmp_path / "evil.txt").exists()


def test_messages_say_what_is_wrong(valid: Members, tmp_path: Path) -> None:
    db = Database.open(tmp_path / "x.sqlite")
    expected = {"not a zip": "not a readable zip", "newer format": "newer MigDesk",
                "checksum mismatch": "checksum mismatch", "invalid UTF-8": "UTF-8",
                "dangling reference": "neither in the file nor in this database",
                "duplicate UUID": "appears twice", "path with ../": "unsafe member path",
                "zip bomb": "zip bomb", "10 MB string": "characters",
                "10 MB string in a list": "characters", "10 MB key": "characters",
                "10 MB key in an alias": "characters", "deeply nested": "nested deeper", "impossible date": "not a real date"}
    for case, words in expected.items():
        bad = tmp_path / f"{case.replace('/', '_')}.migdesk"
        bad.write_bytes(CASES[case](dict(valid)))
        with pytest.raises(MigdeskError, match=words):
            import_file(db, bad)
    db.close()


# ---------------------------------------------------------------- fuzzing


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=30)
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=8), inner, max_size=3), max_leaves=6)


@st.composite
def mutated(draw: st.DrawFn, valid: Members) -> bytes:
    items = dict(valid)
    how = draw(st.sampled_from(["flip", "drop", "edit", "edit-unfixed"]))
    if how == "drop":
        victim = draw(st.sampled_from(sorted(items)))
        del items[victim]
        return pack(items, fix=draw(st.booleans()))
    if how == "flip":
        data = bytearray(pack(items))
        for _ in range(draw(st.integers(1, 4))):
            pos = draw(st.integers(0, len(data) - 1))
            data[pos] ^= draw(st.integers(1, 255))
        return bytes(data)
    name = draw(st.sampled_from(sorted(n for n in items if n.endswith(".json"))))
    value = json.loads(items[name])
    if isinstance(value, list) and value:
        record = value[draw(st.integers(0, len(value) - 1))]
        key = draw(st.sampled_from(sorted(record)))
        record[key] = draw(_json_values() | st.sampled_from([str(uuid.uuid4()), "2009-02-13", ""]))
    elif isinstance(value, dict) and value:
        key = draw(st.sampled_from(sorted(value)))
        value[key] = draw(_json_values())
    items[name] = json.dumps(value).encode()
    return pack(items, fix=how == "edit")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_files_succeed_or_fail_cleanly(data: st.DataObject, valid: Members, target: Path,
                                               tmp_path: Path) -> None:
    path = tmp_path / "fuzz.migdesk"
    path.write_bytes(data.draw(mutated(valid)))
    db_path = tmp_path / "fuzz.sqlite"
    db_path.unlink(missing_ok=True)
    if data.draw(st.booleans()):  # into the demo (a merge) or into an empty database
        shutil.copyfile(target, db_path)
    db = Database.open(db_path)
    try:
        import_file(db, path, dry_run=data.draw(st.booleans()))
    except MigdeskError as exc:
        assert "\n" not in str(exc)
    finally:
        db.close()
    assert integrity_ok(db_path)
