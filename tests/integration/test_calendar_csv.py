"""iCalendar and CSV exports, read back with icalendar and the csv module."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar

from migdesk.services import records as r
from migdesk.services.calendar import write_ics
from migdesk.services.kinds import KINDS
from migdesk.services.spreadsheet import write_csv
from migdesk.store.database import Database


def read_ics(path: Path) -> dict[str, Any]:
    cal = Calendar.from_ical(path.read_bytes())
    assert cal["VERSION"] == "2.0" and "PRODID" in cal
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_calendar_holds_every_meeting_event_and_due_date(demo: Database, tmp_path: Path) -> None:
    timed = r.create_record(demo, "meetings", {"title": "Working session", "date": "2009-03-05",
                                               "start_time": "10:00", "end_time": "13:00"}).items[0].id
    path = tmp_path / "migdesk.ics"
    write_ics(demo, path)
    events = read_ics(path)
    for m in r.list_records(demo, "meetings"):
        ev = events[f"{m.id}@migdesk"]
        assert str(ev["SUMMARY"]) == m.values["title"]
        if m.id != timed:
            day = date.fromisoformat(m.values["date"])
            assert ev.decoded("DTSTART") == day and ev.decoded("DTEND") == day + timedelta(days=1)
    start, end = events[f"{timed}@migdesk"].decoded("DTSTART"), events[f"{timed}@migdesk"].decoded("DTEND")
    assert isinstance(start, datetime) and start.hour == 10 and (end - start) == timedelta(hours=3)
    assert events[f"{timed}@migdesk"]["DTSTART"].params["TZID"] == "America/New_York"
    assert "BEGIN:VTIMEZONE" in path.read_text(encoding="utf-8")
    for e in r.list_records(demo, "events"):
        ev = events[f"{e.id}@migdesk"]
        assert ev.decoded("DTSTART") == date.fromisoformat(e.values["start_date"])
        assert ev.decoded("DTEND") == date.fromisoformat(e.values["end_date"]) + timedelta(days=1)  # exclusive
    due = [a for a in r.list_records(demo, "actions") if a.values["due_date"]]
    assert due and all(events[f"{a.id}@migdesk"].decoded("DTSTART").isoformat() == a.values["due_date"]
                       for a in due)
    assert len(events) == len(r.list_records(demo, "meetings")) + len(r.list_records(demo, "events")) + len(due)


def test_sequence_rises_when_a_record_changes(demo: Database, tmp_path: Path) -> None:
    meeting = r.list_records(demo, "meetings")[0].id
    write_ics(demo, tmp_path / "before.ics")
    time.sleep(1.1)  # SEQUENCE counts whole seconds of updated_at
    r.update_record(demo, "meetings", meeting, {"place": "OAS headquarters"})
    write_ics(demo, tmp_path / "after.ics")
    before, after = read_ics(tmp_path / "before.ics"), read_ics(tmp_path / "after.ics")
    uid = f"{meeting}@migdesk"
    assert int(after[uid]["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert str(after[uid]["LOCATION"]) == "OAS headquarters"
    unchanged = next(u for u in before if u != uid)
    assert int(after[unchanged]["SEQUENCE"]) == int(before[unchanged]["SEQUENCE"])  # stable


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_of_every_kind_reads_back(demo: Database, tmp_path: Path) -> None:
    for kind in KINDS:
        path = tmp_path / f"{kind}.csv"
        write_csv(demo, kind, path)
        rows = read_csv(path)
        live = r.list_records(demo, kind)
        assert len(rows) == 1 + len(live)
        assert rows[0][0] == "id" and [row[0] for row in rows[1:]] == [x.id for x in live]
    actions = read_csv(tmp_path / "actions.csv")
    header = actions[0]
    first = dict(zip(header, actions[1], strict=True))
    assert first["meeting_label"].endswith("Linking OAS efforts with those of regional consultative processes on migration")
    assert first["responsible_label"] == "Organization of American States (OAS)"
    meetings = dict(zip(read_csv(tmp_path / "meetings.csv")[0], read_csv(tmp_path / "meetings.csv")[1], strict=True))
    assert meetings["mandate_labels"].startswith("AG/RES. 2356 (XXXVIII-O/08)")


def test_csv_guards_against_formulas(demo: Database, tmp_path: Path) -> None:
    dangerous = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1:A9)",
                 "\t=1", "\r=1", "plain – text, “quoted”", "Ñandú"]
    for name in dangerous:
        r.create_record(demo, "organizations", {"name": name, "notes": name})
    path = tmp_path / "organizations.csv"
    done = subprocess.run([sys.executable, "-m", "migdesk", "--db", demo.location, "csv", "organizations",
                           "-o", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = read_csv(path)
    names = {row[rows[0].index("name")] for row in rows[1:]}
    for name in dangerous:
        expected = name if name[0] not in "=+-@\t\r" else "'" + name
        assert expected in names
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row)
