"""Properties of the clock merge of one record (pure functions, no database)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from migdesk.services import merge
from migdesk.services.clocks import Clock

FIELDS = ("title", "place", "notes", "status")
A, B = "aaaaaaaa-0000-4000-8000-000000000001", "bbbbbbbb-0000-4000-8000-000000000002"
ORIGIN: dict[str, Any] = {"id": "r", "created_at": "t0", "updated_at": "t0", "deleted_at": None,
                          **{f: f"{f} 0" for f in FIELDS}}


def edited(who: str, edits: dict[str, str], start: tuple[dict[str, Any], Clock] = (ORIGIN, Clock())
           ) -> tuple[dict[str, Any], Clock]:
    """The record after who edits these fields, one change per field, from start."""
    snap, clock = dict(start[0]), start[1]
    for name, value in edits.items():
        snap[name] = value
        clock = clock.stamped([name], (who, clock.seen.get(who, 0) + 1))
    return snap, clock


def merged(local: tuple[dict[str, Any], Clock], incoming: tuple[dict[str, Any], Clock]
           ) -> tuple[merge.RecordMerge, Clock]:
    m = merge.merge_record(FIELDS, local[0], incoming[0], [], (local[1], incoming[1]))
    return m, merge.merged_clock(m.decisions, (local[1], incoming[1]), m.conflicts, None)


def values(snap: dict[str, Any]) -> dict[str, Any]:
    return {f: snap[f] for f in FIELDS}


# Who edits each field: A, B or nobody (so the two sets of fields are disjoint).
disjoint = st.lists(st.sampled_from("AB-"), min_size=len(FIELDS), max_size=len(FIELDS)).map(
    lambda owners: ({f for f, o in zip(FIELDS, owners, strict=True) if o == "A"},
                    {f for f, o in zip(FIELDS, owners, strict=True) if o == "B"}))


@given(disjoint, st.text(max_size=3))
def test_disjoint_edits_merge_the_same_in_either_order(fields: tuple[set[str], set[str]], tag: str) -> None:
    mine, theirs = fields
    a = edited(A, {f: f"A {f} {tag}" for f in sorted(mine)})
    b = edited(B, {f: f"B {f} {tag}" for f in sorted(theirs)})
    at_a, clock_a = merged(a, b)
    at_b, clock_b = merged(b, a)
    assert at_a.conflicts == at_b.conflicts == []
    assert values(at_a.result) == values(at_b.result)
    assert clock_a == clock_b
    assert all(at_a.result[f] == a[0][f] for f in mine) and all(at_a.result[f] == b[0][f] for f in theirs)


@given(disjoint, st.booleans())
def test_merging_again_changes_nothing(fields: tuple[set[str], set[str]], concurrent_title: bool) -> None:
    mine, theirs = fields
    a = edited(A, {f: f"A {f}" for f in sorted(mine | ({"title"} if concurrent_title else set()))})
    b = edited(B, {f: f"B {f}" for f in sorted(theirs | ({"title"} if concurrent_title else set()))})
    first, clock = merged(a, b)
    assert first.conflicts == (["title"] if concurrent_title else [])
    again, clock_again = merged((first.result, clock), b)
    assert again.conflicts == first.conflicts  # undecided (no resolution dot): still a conflict
    assert values(again.result) == values(first.result) and clock_again == clock


@given(st.sampled_from(FIELDS))
def test_a_decided_conflict_stays_decided_where_it_travels(name: str) -> None:
    a, b = edited(A, {name: "from A"}), edited(B, {name: "from B"})
    m = merge.merge_record(FIELDS, a[0], b[0], [], (a[1], b[1]))
    assert m.conflicts == [name]
    decided = merge.merged_clock(m.decisions, (a[1], b[1]), m.conflicts, (A, 99))
    at_b, _ = merged(b, (m.result, decided))  # B receives A's decision: taken, no conflict
    assert at_b.conflicts == [] and at_b.result[name] == "from A"


@given(st.sampled_from(FIELDS), st.text(max_size=5))
def test_the_same_value_is_never_a_conflict(name: str, value: str) -> None:
    a, b = edited(A, {name: value}), edited(B, {name: value})
    m, clock = merged(a, b)
    assert m.conflicts == [] and m.decisions[name] == merge.SAME
    assert sorted(clock.dots[name]) == [(A, 1), (B, 1)]
    later = edited(A, {name: value + " later"}, (m.result, clock))  # A saw the value: no conflict with B
    at_b, _ = merged(b, later)
    assert at_b.conflicts == [] and at_b.result[name] == value + " later"


def test_a_deletion_after_the_edit_wins_and_one_beside_it_is_a_conflict() -> None:
    edit = edited(B, {"title": "B1"})
    seen_then_deleted = edited(A, {"deleted_at": "t2"}, edit)
    m, _ = merged(edit, seen_then_deleted)
    assert m.conflicts == [] and m.result["deleted_at"] == "t2"
    blind_delete = edited(A, {"deleted_at": "t2"})
    m, _ = merged(edit, blind_delete)
    assert m.conflicts == [merge.DELETED] and m.result["deleted_at"] is None
