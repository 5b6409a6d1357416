"""The navigator's counts of open actions and upcoming events, read without the ids."""

from __future__ import annotations

from datetime import date

from migdesk.services import records as r
from migdesk.services.views import (
    count_open_actions,
    count_upcoming_events,
    open_actions_listing,
    upcoming_events_listing,
)
from migdesk.store.database import Database


def open_action_ids(db: Database, day: date) -> list[str]:
    return open_actions_listing(day).all_ids(db)


def upcoming_event_ids(db: Database, day: date) -> list[str]:
    return upcoming_events_listing(day).all_ids(db)


def test_counts_match_the_listed_ids_on_every_day(demo: Database) -> None:
    action = open_action_ids(demo, date(2009, 4, 20))[0]
    r.update_record(demo, "actions", action, {"status": "done"})  # no longer open
    for day in (date(2000, 1, 1), date(2009, 4, 20), date(2030, 1, 1)):
        assert count_open_actions(demo, day) == len(open_action_ids(demo, day))
        assert count_upcoming_events(demo, day) == len(upcoming_event_ids(demo, day))
    assert count_upcoming_events(demo, date(2000, 1, 1)) > 0
    assert count_upcoming_events(demo, date(2030, 1, 1)) == 0
    assert action not in open_action_ids(demo, date(2009, 4, 20))
