"""The navigator's meetings by body and year, read in SQL a body or a year at a time."""

from __future__ import annotations

from migdesk.services import records as r
from migdesk.services.demo import demo_id
from migdesk.services.meeting_tree import (
    latest_meeting_id,
    meeting_outline,
    meeting_outlines,
    meeting_years,
    meetings_listing,
)
from migdesk.store.database import Database


def _meeting(db: Database, title: str, **values: str) -> str:
    return r.create_record(db, "meetings", {"title": title, **values}).items[0].id


def test_years_outlines_and_ids_follow_bodies_dates_and_titles(demo: Database) -> None:
    ceam = demo_id("ceam")
    before = dict(((body, year), n) for body, year, n in meeting_years(demo))
    late = _meeting(demo, "b later session", body_id=ceam, date="2031-05-02")
    early = _meeting(demo, "A session", body_id=ceam, date="2031-05-02")  # same day: by title
    undated = _meeting(demo, "Undated session", body_id=ceam)
    orphan = _meeting(demo, "Session without a body", date="2031-01-01")
    removed = _meeting(demo, "Removed session", body_id=ceam, date="2031-06-01")
    r.delete_record(demo, "meetings", removed)

    years = dict(((body, year), n) for body, year, n in meeting_years(demo))
    assert years[(ceam, "2031")] == 2 and years[(ceam, "")] == 1
    assert years[(None, "2031")] == 1
    assert {k: v for k, v in years.items() if k in before} == before

    outlines = meeting_outlines(demo, [ceam], "2031")
    assert [m.id for m in outlines] == [early, late]
    assert outlines[0].values == {
        "id": early, "title": "A session", "body_id": ceam, "date": "2031-05-02"
    }
    assert [m.id for m in meeting_outlines(demo, [ceam], "")] == [undated]
    assert [m.id for m in meeting_outlines(demo, None, "2031")] == [orphan]

    listing = meetings_listing([ceam])
    ids = listing.all_ids(demo)
    assert ids[-3:] == [early, late, undated]  # undated last
    assert removed not in ids and orphan not in ids
    assert meetings_listing(None).all_ids(demo) == [orphan]
    assert meetings_listing([ceam], "2031").all_ids(demo) == [early, late]
    # Counted, read a window at a time and a record's place found, all in SQL.
    assert listing.count(demo) == len(ids)
    assert listing.window(demo, len(ids) - 3, 2) == [early, late]
    assert listing.window(demo, len(ids) - 1) == [undated]
    places = [listing.position(demo, i) for i in (ids[0], late, undated)]
    assert places == [0, len(ids) - 2, len(ids) - 1]
    assert listing.position(demo, orphan) == -1 and listing.position(demo, removed) == -1
    assert listing.emptied().count(demo) == 0 and listing.emptied().all_ids(demo) == []
    assert meeting_outline(demo, removed) is None
    assert meeting_outline(demo, orphan) is not None
    assert latest_meeting_id(demo) == late  # natural order: date, then title


def test_latest_meeting_is_the_newest_dated_else_an_undated_one(db: Database) -> None:
    assert latest_meeting_id(db) is None  # no meeting at all
    _meeting(db, "A undated")
    second = _meeting(db, "B undated")
    assert latest_meeting_id(db) == second  # undated only: the last by title
    removed = _meeting(db, "Removed, the newest", date="2040-01-01")
    r.delete_record(db, "meetings", removed)
    dated = _meeting(db, "Dated", date="2001-01-01")
    assert latest_meeting_id(db) == dated  # any live dated meeting comes before the undated
