"""The 3-way merge of one record: pure functions, no database.

Each field is decided from evidence of *ancestry*: a version known to come before one
side. Two ancestors may be known for a record:

- the sender's parent: the version the sender last received (sent along in the file);
  it precedes the incoming version;
- our base (SyncBase): the version we last received; it precedes our local version.

If the local value equals an ancestor's value, the other side knew it and moved on:
take the incoming value. If the incoming value equals an ancestor's value, the sender
has nothing new: keep the local value. With no evidence, or with evidence both ways,
the field is a conflict and is left for the user: nothing is overwritten silently.
The tombstone (deleted or not) is decided the same way, as the pseudo-field
"deleted_at".

With change clocks (clocks.py; exchange format 3) a field is decided from causality
instead, whoever passed the file: the incoming value wins when its change is new here
and the change of our value is known to the sender; our value stays when the reverse
holds; changes neither side knew of the other's are a conflict. Only a field without
dots on either side (unchanged since creation, or changed before clocks existed) falls
back to the evidence of ancestry above.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from migdesk.services.clocks import Clock, Dot, joined_seen, same_value_dots

Snapshot = dict[str, Any]
DELETED = "deleted_at"
TAKE, KEEP, CONFLICT, SAME = "take", "keep", "conflict", "same"


def pristine(snap: Snapshot | None) -> bool:
    """True for a record never edited since it was created (its creation is its base)."""
    return bool(snap) and snap.get("updated_at") == snap.get("created_at")  # type: ignore[union-attr]


def _values(fields: Sequence[str], snap: Snapshot) -> dict[str, Any]:
    out = {f: snap.get(f) for f in fields}
    out[DELETED] = snap.get(DELETED) is not None
    return out


def content_equal(fields: Sequence[str], a: Snapshot, b: Snapshot) -> bool:
    """Same field values and the same deleted state (timestamps aside)."""
    return _values(fields, a) == _values(fields, b)


def decide(local: Any, incoming: Any, ancestors: Sequence[dict[str, Any]], name: str) -> str:
    """take, keep, same or conflict for one field."""
    if local == incoming:
        return SAME
    take = any(name in a and a[name] == local for a in ancestors)
    keep = any(name in a and a[name] == incoming for a in ancestors)
    if take and not keep:
        return TAKE
    if keep and not take:
        return KEEP
    return CONFLICT


def decide_by_clocks(local: Any, incoming: Any, clocks: tuple[Clock, Clock], name: str) -> str | None:
    """take, keep, same or conflict for one field from its dots; None: no dots on either side."""
    if local == incoming:
        return SAME
    mine, theirs = clocks
    local_dots, incoming_dots = mine.dots.get(name, []), theirs.dots.get(name, [])
    if not local_dots and not incoming_dots:
        return None
    incoming_new = not mine.knows(incoming_dots)
    local_new = not theirs.knows(local_dots)
    if incoming_new and not local_new:
        return TAKE
    if local_new and not incoming_new:
        return KEEP
    return CONFLICT


@dataclass
class RecordMerge:
    """The outcome of merging one incoming record into its local version."""

    result: Snapshot  # the record as it would be with every conflict resolved keep-local
    decisions: dict[str, str] = field(default_factory=dict)  # field -> take/keep/conflict
    conflicts: list[str] = field(default_factory=list)  # conflicting fields, DELETED first

    @property
    def incoming_news(self) -> list[str]:
        """Fields where the incoming side had a change (taken or in conflict)."""
        return [f for f, d in self.decisions.items() if d in (TAKE, CONFLICT) and f != DELETED]


def merge_record(
    fields: Sequence[str],
    local: Snapshot,
    incoming: Snapshot,
    ancestors: Sequence[Snapshot],
    clocks: tuple[Clock, Clock] | None = None,
) -> RecordMerge:
    """Merge incoming into local field by field; conflicts stay at their local value.

    ancestors are full or partial snapshots known to precede one side or the other;
    clocks (local, incoming), when the file has them, decide every field with dots.
    A deletion that meets an edit on the other side becomes a DELETED conflict. Without
    clocks the fields of a record deleted on both sides are not merged; with them they
    are, so that a tombstone's values always match its dots.
    """
    lv, iv = _values(fields, local), _values(fields, incoming)
    av = [
        {**{f: a.get(f) for f in fields if f in a}, **({DELETED: a[DELETED] is not None} if DELETED in a else {})}
        for a in ancestors
    ]
    decisions: dict[str, str] = {}
    for name in (*fields, DELETED):
        by_clock = decide_by_clocks(lv[name], iv[name], clocks, name) if clocks else None
        decisions[name] = by_clock or decide(lv[name], iv[name], av, name)
    result = dict(local)
    for name in fields:
        if decisions[name] == TAKE:
            result[name] = incoming.get(name)
    conflicts = [f for f in fields if decisions[f] == CONFLICT]
    deleted = decisions[DELETED]
    local_news = any(decisions[f] in (KEEP, CONFLICT) for f in fields)
    incoming_news = any(decisions[f] in (TAKE, CONFLICT) for f in fields)
    if deleted == TAKE and not lv[DELETED] and local_news:
        deleted = CONFLICT  # deleted over there, edited here
    elif deleted == KEEP and lv[DELETED] and incoming_news:
        deleted = CONFLICT  # deleted here, edited over there
    decisions[DELETED] = deleted
    if deleted == TAKE:
        result[DELETED] = incoming.get(DELETED)
    elif deleted == CONFLICT:
        conflicts.insert(0, DELETED)
    if lv[DELETED] and iv[DELETED] and clocks is None:  # deleted on both sides: nothing to decide
        return RecordMerge(dict(local), {}, [])
    return RecordMerge(result, decisions, conflicts)


def merged_clock(decisions: dict[str, str], clocks: tuple[Clock, Clock], resolved: Sequence[str],
                 resolution: Dot | None) -> Clock:
    """The record's clock after a merge: each field keeps the dots of the value it holds.

    resolved: the conflicting fields a decision settled; they get the resolution dot (a
    change of ours that knows both sides), so the decision travels with the record.
    """
    mine, theirs = clocks
    if resolved and resolution is None:
        return mine  # an undecided conflict (a dry run): nothing is learnt from the other side
    dots: dict[str, list[Dot]] = {}
    for name in {*mine.dots, *theirs.dots, *resolved}:
        decision = decisions.get(name, SAME)
        if name in resolved and resolution is not None:
            dots[name] = [resolution]
        elif decision == TAKE:
            dots[name] = list(theirs.dots.get(name, []))
        elif decision == SAME:
            dots[name] = same_value_dots(mine, theirs, name)
        else:
            dots[name] = list(mine.dots.get(name, []))
    seen = joined_seen(mine.seen, theirs.seen)
    if resolution is not None:
        seen = joined_seen(seen, {resolution[0]: resolution[1]})
    return Clock({f: d for f, d in sorted(dots.items()) if d}, seen)
