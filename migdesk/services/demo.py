"""The CEAM meeting of 2009-02-13, loaded as structured records (`migdesk init --demo`).

The content lives in demo_ceam_2009.json, copied verbatim from the meeting report. Record
ids are derived from stable keys (UUID 5), so two delegates who both load the demo hold
the same records and can exchange files about them without duplicates.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from migdesk.services.records import Change, ChangeItem, Snapshot, write_snapshots
from migdesk.services.translation_keys import derived_id
from migdesk.store.database import Database
from migdesk.store.models import utc_now

DEMO_FILE = Path(__file__).with_name("demo_ceam_2009.json")
_NAMESPACE = uuid.UUID("6f2b7f0e-5b0c-4c47-9d2e-3b7a1c0d2009")


def demo_id(key: str) -> str:
    """The stable UUID of a demo record."""
    return str(uuid.uuid5(_NAMESPACE, key))


def _opt(key: str | None) -> str | None:
    return demo_id(key) if key else None


def demo_records() -> list[tuple[str, Snapshot]]:
    """Every demo record as (kind, snapshot), parents before children."""
    data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    now = utc_now()
    out: list[tuple[str, Snapshot]] = []

    def add(record_kind: str, key: str, **values: Any) -> None:
        out.append(
            (
                record_kind,
                {
                    "id": demo_id(key),
                    "created_at": now,
                    "updated_at": now,
                    "deleted_at": None,
                    **values,
                },
            )
        )

    for o in data["organizations"]:
        add(
            "organizations",
            o["key"],
            name=o["name"],
            acronym=o.get("acronym"),
            kind=o["kind"],
            parent_id=_opt(o.get("parent")),
            country=o.get("country"),
            aliases=o.get("aliases", []),
            language="en",
            notes=o.get("notes"),
        )
    for r in data["resolutions"]:
        add(
            "resolutions",
            r["key"],
            symbol=r["symbol"],
            title=r["title"],
            session=r["session"],
            year=r["year"],
            adopted_on=None,
            body_id=_opt(r["body"]),
            language="en",
            notes=None,
        )
    for d in data["documents"]:
        add(
            "documents",
            d["key"],
            symbol=d["symbol"],
            title=d["title"],
            date=None,
            language="en",
            distribution="public",
            classification=d["classification"],
            body_id=_opt(d["body"]),
            notes=d.get("notes"),
        )
    for e in data["events"]:
        add(
            "events",
            e["key"],
            title=e["title"],
            kind=e["kind"],
            start_date=e["start_date"],
            end_date=e["end_date"],
            place=e.get("place"),
            organizer_id=_opt(e["organizer"]),
            description=e.get("description"),
        )
        for n, inv in enumerate(e["invitations"]):
            add(
                "invitations",
                f"{e['key']}-invitation-{n + 1}",
                event_id=demo_id(e["key"]),
                organization_id=demo_id(inv["organization"]),
                invited_by_id=_opt(inv["invited_by"]),
                response=inv["response"],
                note=inv["note"],
            )
    mt = data["meeting"]
    meeting_id = demo_id(mt["key"])
    add(
        "meetings",
        mt["key"],
        title=mt["title"],
        body_id=_opt(mt["body"]),
        date=mt["date"],
        start_time=None,
        end_time=None,
        place=mt["place"],
        chair_id=None,
        agenda_document_id=_opt(mt["agenda"]),
        order_of_business_document_id=_opt(mt["order_of_business"]),
        mandate_ids=[demo_id(k) for k in mt["mandates"]],
        status=mt["status"],
        symbol=None,
        introduction=mt["introduction"],
        language=mt["language"],
        notes=None,
    )
    for n, item in enumerate(data["agenda_items"]):
        add(
            "agenda_items",
            item["key"],
            meeting_id=meeting_id,
            number=item["number"],
            title=item["title"],
            position=n,
        )
    for n, i in enumerate(data["interventions"]):
        add(
            "interventions",
            i["key"],
            meeting_id=meeting_id,
            agenda_item_id=_opt(i["item"]),
            position=n,
            speaker=i["speaker"],
            speaker_kind=i["speaker_kind"],
            speaker_ids=[demo_id(k) for k in i["speakers"]],
            text=i["text"],
            language="en",
        )
    for n, a in enumerate(data["actions"]):
        add(
            "actions",
            a["key"],
            meeting_id=meeting_id,
            number=a["number"],
            position=n,
            description=a["description"],
            responsible_id=_opt(a["responsible"]),
            counterpart_id=_opt(a["counterpart"]),
            event_id=_opt(a["event"]),
            due_date=a["due_date"],
            status=a["status"],
            outcome=a["outcome"],
        )
    for t in data.get("translations", []):
        add(
            "translations",
            t["key"],
            record_id=demo_id(t["record"]),
            field=t["field"],
            language=t["language"],
            text=t["text"],
        )
        out[-1][1]["id"] = derived_id(out[-1][1])  # a translation's id says what it translates
    return out


def load_demo(db: Database) -> Change:
    """Add the demo records (those already present are left as they are)."""
    from migdesk.services.kinds import KINDS

    records = demo_records()
    with db.session() as s:
        new = [(k, snap) for k, snap in records if s.get(KINDS[k].model, snap["id"]) is None]
        write_snapshots(s, [(k, snap["id"], snap) for k, snap in new])
    return Change(
        "Load the CEAM demo", tuple(ChangeItem(k, snap["id"], None, snap) for k, snap in new)
    )
