"""Records services: every change one transaction, returned as a Change that reverts exactly."""

from __future__ import annotations

from datetime import date

import pytest

from migdesk.services import records as r
from migdesk.services.demo import demo_id
from migdesk.services.errors import InvalidValue, NotFound, StillReferenced
from migdesk.services.kinds import KINDS
from migdesk.store.database import Database


def dump(db: Database) -> dict[str, list[dict]]:
    """Every live record of every kind as the CLI prints it, but when and how often it changed."""
    return {
        kind: [{k: v for k, v in rec.to_json().items() if k not in ("version", "updated_at")} for rec in r.list_records(db, kind)]
        for kind in KINDS
    }


def test_create_update_undo_redo(db: Database) -> None:
    org = r.create_record(
        db, "organizations", {"name": "Special Committee on Migration Issues", "acronym": "CEAM"}
    )
    org_id = org.items[0].id
    meeting = r.create_record(
        db, "meetings", {"title": "Regular meeting", "body_id": org_id[:8], "date": "2009-02-13"}
    )
    mid = meeting.items[0].id
    assert r.get_record(db, "meetings", mid).values["body_id"] == org_id  # prefix resolved

    before = dump(db)
    edit = r.update_record(db, "meetings", mid, {"title": "Renamed", "place": "Washington, D.C."})
    assert r.get_record(db, "meetings", mid).values["title"] == "Renamed"
    r.apply_change(db, edit.inverse())
    assert dump(db) == before
    r.apply_change(db, edit)
    assert r.get_record(db, "meetings", mid).values["place"] == "Washington, D.C."

    undone = r.apply_change(db, meeting.inverse())  # the creation, edited since: kept
    assert [(c.field, c.found) for c in undone.conflicts] == [
        ("title", "Renamed"), ("place", "Washington, D.C."), ("deleted_at", None)
    ]
    assert [m.id for m in r.list_records(db, "meetings")] == [mid]
    r.apply_change(db, edit.inverse())  # undo in order: the edit, then the creation
    r.apply_change(db, meeting.inverse())
    assert r.list_records(db, "meetings") == []
    r.apply_change(db, meeting)  # and redo it
    assert [m.id for m in r.list_records(db, "meetings")] == [mid]


def test_unchanged_update_is_empty(demo: Database) -> None:
    mid = demo_id("meeting")
    title = r.get_record(demo, "meetings", mid).values["title"]
    assert r.update_record(demo, "meetings", mid, {"title": title}).is_empty


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("meetings", {"title": "x", "date": "2009-02-30"}, "date"),
        ("meetings", {"title": "x", "status": "postponed"}, "status"),
        ("meetings", {"title": "x", "start_time": "25:00"}, "start_time"),
        ("meetings", {"title": "  "}, "title"),
        ("meetings", {"title": "x", "colour": "red"}, "colour"),
        ("meetings", {"title": "x", "id": "abc"}, "id"),
        ("actions", {"description": "x"}, "meeting_id"),
        (
            "events",
            {"title": "x", "start_date": "2009-04-24", "end_date": "2009-04-23"},
            "end_date",
        ),
        ("resolutions", {"symbol": "AG/RES. 1 (I-O/71)", "year": "nineteen"}, "year"),
    ],
)
def test_bad_values_name_the_field_and_write_nothing(
    db: Database, kind: str, values: dict, field: str
) -> None:
    before = dump(db)
    with pytest.raises(InvalidValue) as err:
        r.create_record(db, kind, values)
    assert err.value.field == field
    assert dump(db) == before


def test_unknown_and_ambiguous_references(demo: Database) -> None:
    before = dump(demo)
    with pytest.raises(NotFound, match="no organization"):
        r.create_record(demo, "meetings", {"title": "x", "body_id": "00000000-dead"})
    with pytest.raises(NotFound, match="not a document id"):
        r.create_record(demo, "meetings", {"title": "x", "agenda_document_id": "abc"})
    assert dump(demo) == before


def test_delete_cascades_and_undo_restores_everything(demo: Database) -> None:
    before = dump(demo)
    mid = demo_id("meeting")
    goes = r.preview_delete(demo, "meetings", mid)
    assert goes[0].id == mid
    assert sum(1 for g in goes if g.kind == "interventions") == 14
    change = r.delete_record(demo, "meetings", mid)
    assert (
        "with 20 related records" in change.description
    )  # 1 agenda item, 14 interventions, 4 actions, the Spanish title
    assert r.list_records(demo, "interventions") == []
    r.apply_change(demo, change.inverse())
    assert dump(demo) == before


def test_delete_refuses_while_referenced(demo: Database) -> None:
    before = dump(demo)
    with pytest.raises(StillReferenced, match="still referred to by"):
        r.delete_record(demo, "organizations", demo_id("ceam"))
    assert dump(demo) == before


def test_delete_unlinks_optional_references_and_undo_relinks(demo: Database) -> None:
    before = dump(demo)
    change = r.delete_record(demo, "events", demo_id("rial"))
    action = r.get_record(demo, "actions", demo_id("act-1"))
    assert action.values["event_id"] is None
    r.apply_change(demo, change.inverse())
    assert dump(demo) == before


def test_deleting_a_mandate_removes_it_from_meetings(demo: Database) -> None:
    change = r.delete_record(demo, "resolutions", demo_id("res-2356"))
    assert r.get_record(demo, "meetings", demo_id("meeting")).values["mandate_ids"] == []
    r.apply_change(demo, change.inverse())
    assert r.get_record(demo, "meetings", demo_id("meeting")).values["mandate_ids"] == [
        demo_id("res-2356")
    ]


def test_move_reorders_and_undo_restores(demo: Database) -> None:
    mid = demo_id("meeting")
    order = r.list_ids(demo, "interventions", where={"meeting_id": mid})
    change = r.move_record(demo, "interventions", order[13], 0)
    moved = r.list_ids(demo, "interventions", where={"meeting_id": mid})
    assert moved == [order[13], *order[:13]]
    r.apply_change(demo, change.inverse())
    assert r.list_ids(demo, "interventions", where={"meeting_id": mid}) == order


def test_new_ordered_records_go_last(demo: Database) -> None:
    mid = demo_id("meeting")
    change = r.create_record(
        demo, "interventions", {"meeting_id": mid, "speaker": "Mexico", "text": "New point."}
    )
    assert change.items[0].after is not None
    assert change.items[0].after["position"] == 14
    assert r.list_ids(demo, "interventions", where={"meeting_id": mid})[-1] == change.items[0].id


def test_organization_cannot_be_its_own_ancestor(demo: Database) -> None:
    with pytest.raises(InvalidValue, match="own ancestor"):
        r.update_record(demo, "organizations", demo_id("oas"), {"parent_id": demo_id("ceam")})


def test_every_kind_can_be_added_changed_and_deleted(demo: Database) -> None:
    mid, oas = demo_id("meeting"), demo_id("oas")
    sample = {
        "organizations": {
            "name": "South American Conference on Migration",
            "kind": "regional consultative process",
        },
        "persons": {"name": "Ambassador A", "organization_id": oas},
        "offices": {"person_id": None, "body_id": demo_id("ceam"), "role": "chair"},
        "resolutions": {"symbol": "AG/RES. 2502 (XL-O/10)", "title": "Migrant Populations"},
        "paragraphs": {"resolution_id": demo_id("res-2356"), "number": 1, "text": "To request ..."},
        "documents": {"symbol": "CP/doc.4331/08", "title": "Report"},
        "meetings": {"title": "Second meeting", "body_id": demo_id("ceam"), "date": "2009-03-13"},
        "agenda_items": {"meeting_id": mid, "title": "Other business"},
        "interventions": {"meeting_id": mid, "speaker": "Mexico", "text": "Statement."},
        "decisions": {"meeting_id": mid, "text": "The Committee agreed ...", "kind": "agreed"},
        "actions": {"meeting_id": mid, "number": 5, "description": "Circulate the report."},
        "events": {"title": "Seminar", "kind": "seminar", "start_date": "2009-05-01"},
        "invitations": {"event_id": demo_id("forum"), "organization_id": demo_id("csm")},
        "translations": {"record_id": mid, "field": "title", "language": "fr", "text": "Lier"},
    }
    changes = {"offices": ("role", "vice chair"), "invitations": ("response", "accepted"),
               "translations": ("text", "Cambiado")}  # a record_id must name a record
    for kind, values in sample.items():
        if kind == "offices":
            values["person_id"] = r.list_records(demo, "persons")[0].id
        created = r.create_record(demo, kind, values).items[0].id
        field, value = changes[kind] if kind in changes else (_first_text(kind), "Changed")
        r.update_record(demo, kind, created, {field: value})
        assert r.get_record(demo, kind, created).values[field] == value
    for kind in reversed(list(sample)):
        newest = max(r.list_records(demo, kind), key=lambda rec: rec.values["created_at"])
        r.delete_record(demo, kind, newest.id)
        with pytest.raises(NotFound):
            r.get_record(demo, kind, newest.id)


def _first_text(kind: str) -> str:
    return next(f.name for f in KINDS[kind].fields if f.type in ("text", "longtext") and f.required)


def test_count_each_counts_live_records_of_several_kinds_at_once(demo: Database) -> None:
    mid = demo_id("meeting")
    parts = ("agenda_items", "interventions", "actions", "decisions")
    expected = {kind: r.count(demo, kind, where={"meeting_id": mid}) for kind in parts}
    assert r.count_each(demo, parts, where={"meeting_id": mid}) == expected
    assert expected["interventions"] == 14 and expected["decisions"] == 0

    first = r.list_ids(demo, "interventions", where={"meeting_id": mid})[0]
    r.delete_record(demo, "interventions", first)  # tombstones are not counted
    after = r.count_each(demo, parts, where={"meeting_id": mid})
    assert after == {**expected, "interventions": 13}

    day = {"date": date(2009, 2, 13)}  # values are bound with the column's type
    dated = ["meetings", "documents"]
    assert r.count_each(demo, dated, where=day) == {k: r.count(demo, k, where=day) for k in dated}
    assert r.count_each(demo, ["meetings"], where=day) == {"meetings": 1}

    kinds = ["persons", "organizations", "events"]
    assert r.count_each(demo, kinds) == {kind: r.count(demo, kind) for kind in kinds}
    assert list(r.count_each(demo, kinds)) == kinds  # in the order asked for
    assert r.count_each(demo, []) == {}


def test_get_records_reads_what_get_record_reads(demo: Database) -> None:
    """get_records (a Core statement, for the tables) and get_record (the ORM) agree."""
    for kind in KINDS:
        ids = r.list_ids(demo, kind)
        if not ids:
            continue
        ids = list(reversed(ids))  # returned in the order asked for
        records = r.get_records(demo, kind, ids)
        assert list(records) == ids
        for record_id in ids:
            assert records[record_id] == r.get_record(demo, kind, record_id)
        assert r.list_ids(demo, kind) == [x.id for x in r.list_records(demo, kind)]
