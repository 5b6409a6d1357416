"""Exchange among three or more delegates, through the command line (issue 21).

Files pass B -> C -> A -> B in any order; change clocks tell who already knew what, so
no edit is lost and no conflict is shown for edits that were not concurrent.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.exchange import export_file, import_file
from migdesk.services.history import record_history
from migdesk.store.database import Database

MEETING = demo_id("meeting")


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m migdesk --db db ...`; fails the test on a non-zero exit."""
    done = subprocess.run([sys.executable, "-m", "migdesk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def send(sender: Path, receiver: Path, file: Path) -> dict:
    """sender exports everything, receiver imports it; the import's JSON report."""
    cli(sender, "export", str(file))
    return json.loads(cli(receiver, "import", str(file), "--json").stdout)


def meeting(db: Path) -> dict:
    return json.loads(cli(db, "show", "meetings", MEETING, "--json").stdout)


def test_three_delegates_pass_files_around(tmp_path: Path) -> None:
    a, b, c = (tmp_path / f"{n}.sqlite" for n in "abc")
    cli(a, "init", "--demo")
    cli(a, "export", str(tmp_path / "demo.migdesk"))
    for db in (b, c):
        cli(db, "import", str(tmp_path / "demo.migdesk"))
    original = meeting(a)

    cli(b, "set", "meetings", MEETING, "--set", "title=B1")                       # 1. B -> C
    step1 = send(b, c, tmp_path / "b-to-c.migdesk")
    assert (step1["updated"], step1["conflicts"]) == (1, [])
    step2 = send(c, a, tmp_path / "c-to-a.migdesk")                                 # 2. C -> A
    assert (step2["updated"], step2["conflicts"]) == (1, [])
    step3 = send(a, b, tmp_path / "a-to-b.migdesk")                                 # 3. A -> B
    assert step3["conflicts"] == []
    cli(a, "set", "meetings", MEETING, "--set", "place=Room A")                   # 4. A -> C
    cli(c, "set", "meetings", MEETING, "--set", "notes=Notes by C")
    step4 = send(a, c, tmp_path / "a-to-c.migdesk")
    assert (step4["updated"], step4["conflicts"]) == (1, [])
    step5 = send(c, b, tmp_path / "c-to-b.migdesk")                                 # 5. C -> B
    assert (step5["updated"], step5["conflicts"]) == (1, [])
    assert meeting(c)["title"] == "B1" and meeting(b)["place"] == "Room A"
    send(b, a, tmp_path / "b-to-a.migdesk")  # A catches up with C's notes

    for db in (a, b, c):
        m = meeting(db)
        assert (m["title"], m["place"], m["notes"]) == ("B1", "Room A", "Notes by C"), db.name
    assert original["title"] != "B1"


def test_a_true_concurrent_edit_is_one_conflict_and_history_shows_the_loser(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    cli(a, "init", "--demo")
    send(a, b, tmp_path / "demo.migdesk")
    cli(a, "set", "meetings", MEETING, "--set", "title=From A")
    cli(b, "set", "meetings", MEETING, "--set", "title=From B")
    cli(a, "export", str(tmp_path / "a1.migdesk"))
    at_b = send(b, a, tmp_path / "b1.migdesk")
    assert [(c["id"], c["fields"]) for c in at_b["conflicts"]] == [(MEETING, ["title"])]
    history = json.loads(cli(a, "history", "meetings", MEETING, "--json").stdout)
    assert [(h["field"], h["value"], h["source_file"]) for h in history] == [("title", "From B", "b1.migdesk")]
    assert history[0]["source_installation"] == Database.open(b).installation_id
    assert "conflict" in history[0]["reason"]

    # B would see the same conflict in A's old file; once A's decision reaches B, it stays decided.
    again = json.loads(cli(b, "import", str(tmp_path / "a1.migdesk"), "--dry-run", "--json").stdout)
    assert len(again["conflicts"]) == 1
    decided = send(a, b, tmp_path / "a2.migdesk")
    assert decided["conflicts"] == [] and meeting(b)["title"] == meeting(a)["title"]
    back = send(b, a, tmp_path / "b2.migdesk")
    assert back["conflicts"] == [] and back["updated"] == 0
    text = cli(a, "history", "meetings", MEETING[:8]).stdout
    assert "From B" in text and "b1.migdesk" in text


def test_four_delegates_each_editing_their_own_field(tmp_path: Path) -> None:
    rng = random.Random(21)
    owned = ("title", "place", "notes", "introduction")  # delegate n edits owned[n] only
    dbs = [Database.open(tmp_path / f"d{n}.sqlite") for n in range(4)]
    try:
        load_demo(dbs[0])
        export_file(dbs[0], tmp_path / "demo.migdesk")
        for db in dbs[1:]:
            import_file(db, tmp_path / "demo.migdesk")
        last: dict[str, object] = {}
        files = 0
        for turn in range(24):
            n = rng.randrange(4)
            value = f"{owned[n]} by {n}, turn {turn}"
            r.update_record(dbs[n], "meetings", MEETING, {owned[n]: value})
            last[owned[n]] = value
            sender, receiver = rng.sample(range(4), 2)
            files += 1
            export_file(dbs[sender], tmp_path / f"f{files}.migdesk")
            report = import_file(dbs[receiver], tmp_path / f"f{files}.migdesk")
            assert report.conflicts == [], (turn, sender, receiver)
        for sender in range(4):  # then everyone with everyone
            for receiver in range(4):
                if sender != receiver:
                    files += 1
                    export_file(dbs[sender], tmp_path / f"f{files}.migdesk")
                    assert import_file(dbs[receiver], tmp_path / f"f{files}.migdesk").conflicts == []
        for sender in range(4):  # a second round: everyone now has everything
            files += 1
            export_file(dbs[sender], tmp_path / f"f{files}.migdesk")
            for receiver in range(4):
                if receiver != sender:
                    assert import_file(dbs[receiver], tmp_path / f"f{files}.migdesk").conflicts == []
        values = [r.get_record(db, "meetings", MEETING).values for db in dbs]
        for v in values:
            assert {f: v[f] for f in owned} == {f: values[0][f] for f in owned}
            assert all(v[f] == last[f] for f in last)
        _, history = record_history(dbs[0], "meetings", MEETING)
        assert all("conflict" not in h.reason for h in history)
    finally:
        for db in dbs:
            db.close()


def as_format_2(source: Path, target: Path) -> None:
    """The same exchange file as MigDesk wrote it before change clocks (format 2)."""
    import zipfile

    with zipfile.ZipFile(source) as zf:
        members = {n: zf.read(n) for n in zf.namelist()
                   if n not in ("manifest.json", "sync/clocks.json", "signature.json")}
        manifest = json.loads(zf.read("manifest.json"))
    manifest["format_version"] = 2
    manifest.pop("signer", None)  # format 2 files were not signed
    manifest["sha256"] = {n: h for n, h in manifest["sha256"].items() if n in members}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)


def test_a_file_without_clocks_merges_with_bases_and_says_so(tmp_path: Path) -> None:
    a, b = Database.open(tmp_path / "a.sqlite"), Database.open(tmp_path / "b.sqlite")
    try:
        load_demo(a)
        export_file(a, tmp_path / "demo.migdesk")
        import_file(b, tmp_path / "demo.migdesk")
        r.update_record(a, "meetings", MEETING, {"title": "Edited at A"})
        r.update_record(b, "meetings", MEETING, {"place": "Edited at B"})
        export_file(a, tmp_path / "a1.migdesk")
        as_format_2(tmp_path / "a1.migdesk", tmp_path / "a1-old.migdesk")
        report = import_file(b, tmp_path / "a1-old.migdesk", accept_new_key=True)  # unsigned, as format 2 was
        assert (report.merged_by, report.format_version, report.conflicts) == ("bases", 2, [])
        assert "exchange format 2 has no change clocks" in report.summary()
        assert report.to_json()["merged_by"] == "bases"
        m = r.get_record(b, "meetings", MEETING).values
        assert (m["title"], m["place"]) == ("Edited at A", "Edited at B")
        export_file(b, tmp_path / "b1.migdesk")  # what B took is B's change now: A takes it back cleanly
        back = import_file(a, tmp_path / "b1.migdesk")
        assert back.merged_by == "clocks" and back.conflicts == []
        assert r.get_record(a, "meetings", MEETING).values["place"] == "Edited at B"
    finally:
        a.close()
        b.close()


def test_a_decided_conflict_is_relayed_in_changes_since_the_last_file(tmp_path: Path) -> None:
    a, b = Database.open(tmp_path / "a.sqlite"), Database.open(tmp_path / "b.sqlite")
    try:
        load_demo(a)
        export_file(a, tmp_path / "demo.migdesk")
        import_file(b, tmp_path / "demo.migdesk")
        export_file(b, tmp_path / "b0.migdesk")
        import_file(a, tmp_path / "b0.migdesk")  # A now knows B's installation
        r.update_record(a, "meetings", MEETING, {"title": "From A"})
        export_file(a, tmp_path / "lost.migdesk", since_peer=b.installation_id)  # never arrives
        r.update_record(b, "meetings", MEETING, {"title": "From B"})
        export_file(b, tmp_path / "b1.migdesk")
        assert len(import_file(a, tmp_path / "b1.migdesk").conflicts) == 1  # A keeps its title
        export_file(a, tmp_path / "a2.migdesk", since_peer=b.installation_id)
        report = import_file(b, tmp_path / "a2.migdesk")
        assert report.conflicts == [] and r.get_record(b, "meetings", MEETING).values["title"] == "From A"
    finally:
        a.close()
        b.close()
