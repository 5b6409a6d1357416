"""A body's overview: meetings per year and open actions in due buckets."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.services import records as r
from migdesk.services.demo import demo_id
from migdesk.services.overview import DueBucket, body_overview, due_bucket
from migdesk.store.database import Database

MONDAY = date(2009, 4, 20)


@pytest.mark.parametrize(
    ("due", "bucket"),
    [
        ("2009-04-19", DueBucket.OVERDUE),
        ("2009-04-20", DueBucket.THIS_WEEK),
        ("2009-04-26", DueBucket.THIS_WEEK),  # Sunday ends the week
        ("2009-04-27", DueBucket.LATER),
        (None, DueBucket.NO_DATE),
    ],
)
def test_due_buckets_follow_the_calendar_week(due: str | None, bucket: DueBucket) -> None:
    assert due_bucket(due, MONDAY) is bucket


def test_overview_counts_meetings_per_year_and_sorts_open_actions(demo: Database) -> None:
    ceam = demo_id("ceam")
    later = r.create_record(
        demo, "meetings", {"title": "Regular meeting", "body_id": ceam, "date": "2011-03-01"}
    ).items[0].id
    r.create_record(
        demo, "actions", {"meeting_id": later, "description": "Report", "due_date": "2009-06-01"}
    )
    r.create_record(
        demo,
        "actions",
        {"meeting_id": later, "description": "Closed", "due_date": "2009-04-01", "status": "done"},
    )
    overview = body_overview(demo, ceam, MONDAY)
    assert overview.meetings_per_year == {2009: 1, 2011: 1}
    buckets = [a.bucket for a in overview.open_actions]
    assert buckets == sorted(buckets)
    assert "Closed" not in [a.description for a in overview.open_actions]
    assert overview.bucket_counts()[DueBucket.LATER] == 1
    assert overview.actions_by_month()["2009-06"] == {DueBucket.LATER: 1}
    # The parent body's overview includes what its parts did.
    council = body_overview(demo, demo_id("cp"), MONDAY)
    assert council.meetings_per_year == {2009: 1, 2011: 1}
