"""What an import writes besides the records (merge bases, search entries), and its write phase.

A first import stores no copy of each record's merge base: the record itself is its base
until it changes here, and then the base is copied before the change. New records are
indexed without the (index-scanning) delete of old entries, so older records whose search
text they change must still be reindexed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.exchange import export_file, import_file
from migdesk.services.search import search
from migdesk.store.database import Database

MEETING = demo_id("meeting")


def _stored_base(path: Path, record_id: str) -> object:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT snapshot FROM sync_base WHERE record_id = ?", (record_id,)).fetchone()
    assert row is not None, "no merge base at all"
    return None if row[0] is None else json.loads(row[0])


def test_a_local_edit_is_kept_when_the_same_file_comes_again(tmp_path: Path) -> None:
    a = Database.open(tmp_path / "a.sqlite")
    b = Database.open(tmp_path / "b.sqlite")
    load_demo(a)
    # Edited before sending: not pristine, so the base is the only evidence of ancestry.
    r.update_record(a, "meetings", MEETING, {"title": "Edited before sending"})
    sent = r.get_record(a, "meetings", MEETING).values
    export_file(a, tmp_path / "a0.migdesk")
    report = import_file(b, tmp_path / "a0.migdesk")
    assert report.added > 0
    assert _stored_base(tmp_path / "b.sqlite", MEETING) is None  # implicit: no copy

    r.update_record(b, "meetings", MEETING, {"place": "Edited in B"})
    copied = _stored_base(tmp_path / "b.sqlite", MEETING)
    assert isinstance(copied, dict)
    assert copied["place"] == sent["place"] and copied["title"] == "Edited before sending"

    export_file(a, tmp_path / "a1.migdesk")  # A changed nothing since
    again = import_file(b, tmp_path / "a1.migdesk")
    assert again.conflicts == [] and again.updated == 0
    assert r.get_record(b, "meetings", MEETING).values["place"] == "Edited in B"

    r.update_record(a, "meetings", MEETING, {"title": "Second title from A"})
    export_file(a, tmp_path / "a2.migdesk")
    merged = import_file(b, tmp_path / "a2.migdesk")
    assert merged.conflicts == []
    values = r.get_record(b, "meetings", MEETING).values
    assert values["title"] == "Second title from A" and values["place"] == "Edited in B"
    a.close()
    b.close()


def test_an_unchanged_record_is_sent_on_as_unchanged_since_its_base(pair: tuple[Database, Database, Path]) -> None:
    _a, b, tmp_path = pair
    export_file(b, tmp_path / "b0.migdesk")
    with zipfile.ZipFile(tmp_path / "b0.migdesk") as zf:
        parents = json.loads(zf.read("sync/parents.json"))
        sent = sum(len(json.loads(zf.read(n))) for n in zf.namelist() if n.startswith("records/"))
    assert parents[MEETING] == {}
    assert len(parents) == sent and all(p == {} for p in parents.values())


def test_a_new_paragraph_makes_its_older_resolution_findable(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp_path = pair
    resolution = r.list_records(a, "resolutions")[0].id
    r.create_record(a, "paragraphs", {"resolution_id": resolution, "number": 99,
                                      "text": "Urges the Zanzibarian working group"})
    export_file(a, tmp_path / "a1.migdesk")
    assert not search(b, "Zanzibarian")
    import_file(b, tmp_path / "a1.migdesk")
    assert {(h.kind, h.id) for h in search(b, "Zanzibarian")} >= {("resolutions", resolution)}


class _CancelAt:
    """Progress that records every report and cancels when a report's text starts with stop."""

    def __init__(self, stop: str = "") -> None:
        self.stop, self._cancel = stop, False
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.reports.append((done, total, text))
        self._cancel = self._cancel or bool(self.stop) and text.startswith(self.stop)

    def check(self) -> None:
        if self._cancel:
            raise KeyboardInterrupt("cancelled")  # any exception cancels


def _row_counts(path: Path) -> dict[str, int]:
    tables = ("meetings", "interventions", "sync_base", "search_index", "sync_peers")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}  # noqa: S608


def test_the_write_phase_reports_progress_and_a_cancel_in_it_writes_nothing(
    tmp_path: Path, demo_file: Path
) -> None:
    db = Database.open(tmp_path / "b.sqlite")
    before = _row_counts(tmp_path / "b.sqlite")
    for stop in ("Writing interventions", "Indexing interventions", "Recording what was exchanged"):
        progress = _CancelAt(stop)
        with pytest.raises(KeyboardInterrupt):
            import_file(db, demo_file, progress=progress)
        assert any(text.startswith(stop) for _d, _t, text in progress.reports)
        assert _row_counts(tmp_path / "b.sqlite") == before, stop

    progress = _CancelAt()
    report = import_file(db, demo_file, progress=progress)
    texts = [text for _d, _t, text in progress.reports]
    for phase in ("Checking", "Merging", "Writing", "Indexing", "Recording"):
        assert any(text.startswith(phase) for text in texts), phase
    assert texts[-1] == "Saving"
    # One bar for the whole import: one total, never going back.
    done = [d for d, _t, _text in progress.reports]
    assert {t for _d, t, _text in progress.reports} == {progress.reports[0][1]}
    assert done == sorted(done)
    assert 0 < done[-1] < progress.reports[0][1]  # saving: the commit is still to come
    counts = _row_counts(tmp_path / "b.sqlite")
    assert report.added > 0 and counts["meetings"] > 0 and counts["interventions"] > 0
    assert counts["search_index"] > 0 and counts["sync_base"] == report.added + report.unchanged
    db.close()
