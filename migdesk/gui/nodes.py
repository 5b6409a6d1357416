"""What the navigator shows: node descriptors, their children, and the records their tables list.

A `Node` is a plain value (type, kind, record id, key): the navigator model keeps one per
row and asks the `NodeCatalog` for children and table ids. The catalog only calls
services (never SQL), and caches the body hierarchy with each body's meeting count per
year, the outlines of the meetings asked about and the last year's meetings read, until
a Change touches bodies or meetings; a year's meetings and a body's table are
read when shown (services.meeting_tree), so opening a database never reads every
meeting.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.services.desk import Database
from migdesk.services.listing import IdListing
from migdesk.services.meeting_tree import (
    meeting_outline,
    meeting_outlines,
    meeting_years,
    meetings_listing,
)
from migdesk.services.records import Change, Record, count_each, get_record, id_listing
from migdesk.services.views import (
    count_open_actions,
    count_upcoming_events,
    list_fields,
    open_actions_listing,
    upcoming_events_listing,
)


class NodeType(StrEnum):
    """What a navigator row stands for."""

    ROOT = "root"  # the invisible root
    BODY = "body"  # an organization with meetings (or sub-bodies that have some); id = its id
    YEAR = "year"  # a body's meetings of one year; id = body id, key = year ("" undated)
    MEETING = "meeting"  # id = meeting id
    PART = "part"  # a meeting's agenda items / interventions / actions / decisions
    KIND = "kind"  # every record of a kind
    VIEW = "view"  # a saved view; key names it


OPEN_ACTIONS = "open_actions"
UPCOMING_EVENTS = "upcoming_events"
MEETING_PARTS = ("agenda_items", "interventions", "actions", "decisions")
NO_BODY = ""  # the id of the pseudo-body holding meetings without one


@dataclass(frozen=True)
class Node:
    """A navigator node: its type, the kind of record its table lists, a record id, a key."""

    type: NodeType
    kind: str = ""
    id: str | None = None
    key: str = ""


ROOT = Node(NodeType.ROOT)


@dataclass(frozen=True)
class NodeEntry:
    """A node as one row of the tree: the node plus what to show for it."""

    node: Node
    label: str
    icon: str
    tooltip: str = ""
    count: int | None = None  # shown at the right edge
    expandable: bool = False
    detail: str = ""  # quieter text after the label (a body's full name after its acronym)


@dataclass(frozen=True)
class Location:
    """Where a record is shown: the node path from the top, and the table row to select."""

    path: tuple[Node, ...]
    kind: str
    id: str


_PART_LABELS = {
    "agenda_items": QT_TRANSLATE_NOOP("Navigator", "Agenda items"),
    "interventions": QT_TRANSLATE_NOOP("Navigator", "Interventions"),
    "actions": QT_TRANSLATE_NOOP("Navigator", "Actions"),
    "decisions": QT_TRANSLATE_NOOP("Navigator", "Decisions"),
}
_KIND_NODES = (
    ("resolutions", QT_TRANSLATE_NOOP("Navigator", "Resolutions"), "resolutions"),
    ("documents", QT_TRANSLATE_NOOP("Navigator", "Documents"), "documents"),
    ("events", QT_TRANSLATE_NOOP("Navigator", "Events"), "events"),
    ("organizations", QT_TRANSLATE_NOOP("Navigator", "All organizations"), "organizations"),
    ("persons", QT_TRANSLATE_NOOP("Navigator", "People"), "persons"),
    ("offices", QT_TRANSLATE_NOOP("Navigator", "Officers"), "persons"),
    ("paragraphs", QT_TRANSLATE_NOOP("Navigator", "Operative paragraphs"), "resolutions"),
)


@dataclass
class _Bodies:
    """The body hierarchy restricted to bodies that have meetings, with how many
    meetings each has per year (NO_BODY: the meetings without a body)."""

    orgs: dict[str, Record]
    children: dict[str | None, list[str]] = field(default_factory=lambda: defaultdict(list))
    years: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )

    @classmethod
    def load(cls, db: Database) -> _Bodies:
        orgs = {o.id: o for o in list_fields(db, "organizations", ("name", "acronym", "parent_id"))}
        bodies = cls(orgs)
        for body, year, count in meeting_years(db):
            bodies.years[body if body in orgs else NO_BODY][year] += count
        active: set[str] = set()
        for body_id in bodies.years:
            current: str | None = body_id or None
            while current is not None and current not in active and current in orgs:
                active.add(current)
                current = orgs[current].values.get("parent_id")
        for body_id in sorted(active, key=lambda i: _body_title(orgs[i]).lower()):
            parent = orgs[body_id].values.get("parent_id")
            bodies.children[parent if parent in active else None].append(body_id)
        return bodies

    def chain(self, body_id: str) -> list[str]:
        """The body's ancestors and itself, top first."""
        out: list[str] = []
        current: str | None = body_id
        while current is not None and current in self.orgs and current not in out:
            out.append(current)
            current = self.orgs[current].values.get("parent_id")
        return out[::-1]

    def subtree(self, body_id: str) -> list[str]:
        """The body and its active descendants."""
        out = [body_id]
        for child in self.children.get(body_id, []):
            out += self.subtree(child)
        return out


def _body_title(org: Record) -> str:
    return org.values.get("acronym") or org.values["name"]


def _year(meeting: Record) -> str:
    return (meeting.values.get("date") or "")[:4]


def _filter(body_id: str | None) -> list[str] | None:
    """The meeting_tree filter for one body's own meetings (None: without a body)."""
    return [body_id] if body_id else None


class NodeCatalog:
    """Answers the navigator's questions about one database, through services only."""

    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self._today = today
        self._bodies: _Bodies | None = None
        # Meetings' outlines by id (None: no such live meeting), asked for again and again
        # while one meeting is selected (its place, its body for New and the overview).
        self._outlines: dict[str, Record | None] = {}
        # The last year's meetings read: the navigator lists them, then the table.
        self._year: tuple[Node, list[Record]] | None = None

    # ---------------------------------------------------------------- caches

    @property
    def bodies(self) -> _Bodies:
        if self._bodies is None:
            self._bodies = _Bodies.load(self.db)
        return self._bodies

    def forget(self, change: Change) -> None:
        """Drop what a Change makes stale."""
        if any(i.kind in ("organizations", "meetings") for i in change.items):
            self._bodies = None
            self._outlines.clear()
            self._year = None

    def forget_all(self) -> None:
        """Drop every cache (after changes made outside the undo stack)."""
        self._bodies = None
        self._outlines.clear()
        self._year = None

    def meeting(self, meeting_id: str) -> Record | None:
        """A live meeting's outline (title, body_id, date), or None; kept until a Change
        touches meetings or organizations."""
        if meeting_id not in self._outlines:
            self._outlines[meeting_id] = meeting_outline(self.db, meeting_id)
        return self._outlines[meeting_id]

    # ---------------------------------------------------------------- tree

    def children(self, node: Node) -> list[NodeEntry]:
        """The rows under node, in display order."""
        if node.type is NodeType.ROOT:
            return self._top_level()
        if node.type is NodeType.BODY:
            return self._body_children(node.id or NO_BODY)
        if node.type is NodeType.YEAR:
            return [self._meeting_entry(m) for m in self._year_meetings(node)]
        if node.type is NodeType.MEETING:
            counts = count_each(self.db, MEETING_PARTS, where={"meeting_id": node.id})
            return [
                NodeEntry(
                    Node(NodeType.PART, kind, node.id),
                    translate("Navigator", _PART_LABELS[kind]),
                    kind.replace("_", "-"),
                    count=counts[kind],
                )
                for kind in MEETING_PARTS
            ]
        return []

    def _top_level(self) -> list[NodeEntry]:
        bodies = self.bodies
        out = [self._body_entry(b) for b in bodies.children.get(None, [])]
        if bodies.years.get(NO_BODY):
            out.append(
                NodeEntry(
                    Node(NodeType.BODY, "meetings", NO_BODY),
                    translate("Navigator", "Meetings without a body"),
                    "folder",
                    expandable=True,
                )
            )
        out.append(
            NodeEntry(
                Node(NodeType.VIEW, "actions", key=OPEN_ACTIONS),
                translate("Navigator", "Open actions"),
                "open-actions",
                translate("Navigator", "Planned, invited and in-progress actions; overdue first"),
                count=count_open_actions(self.db, self._today()),
            )
        )
        out.append(
            NodeEntry(
                Node(NodeType.VIEW, "events", key=UPCOMING_EVENTS),
                translate("Navigator", "Upcoming events"),
                "upcoming-events",
                translate("Navigator", "Events starting today or later"),
                count=count_upcoming_events(self.db, self._today()),
            )
        )
        counts = count_each(self.db, [kind for kind, _, _ in _KIND_NODES])
        for kind, text, icon_name in _KIND_NODES:
            out.append(
                NodeEntry(Node(NodeType.KIND, kind), translate("Navigator", text), icon_name, count=counts[kind])
            )
        return out

    def _body_entry(self, body_id: str) -> NodeEntry:
        org = self.bodies.orgs[body_id]
        acronym = org.values.get("acronym")
        return NodeEntry(
            Node(NodeType.BODY, "meetings", body_id),
            acronym or org.values["name"],
            "body",
            tooltip=org.label,
            expandable=True,
            detail=org.values["name"] if acronym else "",
        )

    def _body_children(self, body_id: str) -> list[NodeEntry]:
        bodies = self.bodies
        out = [self._body_entry(b) for b in bodies.children.get(body_id, [])]
        years = bodies.years.get(body_id, {})
        for year in sorted(years, key=lambda y: y or "0000", reverse=True):
            out.append(
                NodeEntry(
                    Node(NodeType.YEAR, "meetings", body_id, year),
                    year or translate("Navigator", "Undated"),
                    "year",
                    count=years[year],
                    expandable=True,
                )
            )
        return out

    def _year_meetings(self, node: Node) -> list[Record]:
        if self._year is None or self._year[0] != node:
            self._year = (node, meeting_outlines(self.db, _filter(node.id), node.key))
        return self._year[1]

    def _meeting_entry(self, m: Record) -> NodeEntry:
        date_text = m.values.get("date") or translate("Navigator", "undated")
        return NodeEntry(
            Node(NodeType.MEETING, "meetings", m.id),
            f"{date_text}  {m.values['title']}",
            "meeting",
            tooltip=m.values["title"],
            expandable=True,
        )

    # ---------------------------------------------------------------- tables

    def table_listing(self, node: Node) -> IdListing:
        """The records node's table lists (of kind node.kind), in natural order."""
        if node.type is NodeType.BODY:
            return meetings_listing(self.bodies.subtree(node.id) if node.id else None)
        if node.type is NodeType.YEAR:
            return meetings_listing(_filter(node.id), node.key)
        if node.type is NodeType.MEETING:
            return self.table_listing(self.meeting_parent(node.id or ""))
        if node.type is NodeType.PART:
            return id_listing(node.kind, where={"meeting_id": node.id})
        if node.type is NodeType.KIND:
            return id_listing(node.kind)
        if node.key == OPEN_ACTIONS:
            return open_actions_listing(self._today())
        if node.key == UPCOMING_EVENTS:
            return upcoming_events_listing(self._today())
        return id_listing(node.kind or "meetings").emptied()

    def table_kinds(self, node: Node) -> set[str]:
        """Kinds whose changes can change node's table (its own kind and what it filters on)."""
        if node.type in (NodeType.BODY, NodeType.YEAR, NodeType.MEETING):
            return {"meetings", "organizations"}
        return {node.kind}

    def meeting_parent(self, meeting_id: str) -> Node:
        """The year node a meeting is listed under."""
        m = self.meeting(meeting_id)
        if m is None:
            return Node(NodeType.YEAR, "meetings", NO_BODY, "")
        return self._year_of(m)

    def _year_of(self, m: Record) -> Node:
        body = m.values.get("body_id")
        body = body if body in self.bodies.orgs else NO_BODY
        return Node(NodeType.YEAR, "meetings", body, _year(m))

    # ---------------------------------------------------------------- locating records

    def locate(self, kind: str, record_id: str) -> Location | None:
        """Where to show a record: the node path and the table row; None if nowhere."""
        if kind == "meetings":
            return self._locate_meeting(record_id)
        if kind in MEETING_PARTS:
            meeting_id = get_record(self.db, kind, record_id).values["meeting_id"]
            at = self._locate_meeting(meeting_id)
            if at is None:
                return None
            return Location((*at.path, Node(NodeType.PART, kind, meeting_id)), kind, record_id)
        owners = {"invitations": ("events", "event_id")}  # shown among its event's
        if kind in owners:
            owner_kind, fk = owners[kind]
            owner = get_record(self.db, kind, record_id).values[fk]
            return self.locate(owner_kind, owner)
        if kind in {k for k, _, _ in _KIND_NODES}:
            return Location((Node(NodeType.KIND, kind),), kind, record_id)
        return None

    def _locate_meeting(self, meeting_id: str) -> Location | None:
        m = self.meeting(meeting_id)
        if m is None:
            return None
        year = self._year_of(m)
        chain: Iterable[str] = self.bodies.chain(year.id) if year.id else [NO_BODY]
        path = tuple(Node(NodeType.BODY, "meetings", b) for b in chain)
        return Location(
            (*path, year, Node(NodeType.MEETING, "meetings", meeting_id)), "meetings", meeting_id
        )
