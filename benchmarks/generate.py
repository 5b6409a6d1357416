"""Generate a synthetic MigDesk database of realistic shape and text, deterministic from a seed.

    python -m benchmarks.generate OUT.sqlite [--scale 1.0] [--seed 1]

Scale 1.0 is about 100,000 records: 2,000 meetings, 60,000 interventions, 10,000 actions,
2,000 resolutions, 10,000 documents, 500 organizations, 2,000 events, plus agenda items,
invitations and 200 attachments. Rows go in with executemany through the app's own
models (same tables, same search index), so the result is a real MigDesk database.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from migdesk.store import search
from migdesk.store.database import Database
from migdesk.store.models import (
    Action,
    AgendaItem,
    Attachment,
    Blob,
    Document,
    Event,
    Intervention,
    Invitation,
    Meeting,
    Organization,
    Resolution,
    meeting_mandates,
)

BASE_COUNTS = {
    "organizations": 500,
    "resolutions": 2_000,
    "documents": 10_000,
    "events": 2_000,
    "meetings": 2_000,
    "interventions": 60_000,
    "actions": 10_000,
    "attachments": 200,
}

SUBJECTS = [
    "Some delegations",
    "Several countries",
    "The delegation of Mexico",
    "The Chair",
    "The delegation of El Salvador",
    "Delegations",
    "The General Secretariat",
    "The IACHR",
    "The delegation of Brazil",
    "La delegación de Colombia",
    "The delegation of Canada",
]
VERBS = [
    "emphasized",
    "underscored",
    "pointed out",
    "recalled",
    "proposed",
    "welcomed",
    "expressed concern about",
    "requested information on",
    "highlighted",
]
TOPICS = [
    "the human rights of migrants regardless of their migration status",
    "labor migration and labor market information systems",
    "the link between migration and development",
    "cooperation with regional consultative processes on migration",
    "the Inter-American Program for the Promotion and Protection of the Human Rights of Migrants",
    "temporary worker programs",
    "remittances and financial inclusion",
    "la protección de niños, niñas y adolescentes migrantes no acompañados",
    "the Puebla Process and the South American Conference on Migration",
    "return and reintegration of migrants",
    "trafficking in persons and smuggling of migrants",
    "la integración subregional en el MERCOSUR",
    "consular protection and assistance",
]
PLACES = [
    "Washington, D.C.",
    "San Salvador, El Salvador",
    "Ciudad de México",
    "Lima, Perú",
    "Montevideo, Uruguay",
    "Tegucigalpa, Honduras",
    "Brasília, Brasil",
    "Ottawa, Canada",
]
ORG_KINDS = [
    "committee",
    "working group",
    "member state delegation",
    "secretariat",
    "commission",
    "regional consultative process",
    "subregional bloc",
    "NGO",
]
STATUSES = ["planned", "invited", "in progress", "done", "declined", "cancelled"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _roman(n: int) -> str:
    tens, ones = divmod(n, 10)
    return "X" * tens + ("" if ones == 0 else ROMAN[ones - 1])


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(TOPICS)}."


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T12:00:00.000000Z"


def _meta(rng: random.Random, day: date) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "created_at": _stamp(day),
        "updated_at": _stamp(day),
        "deleted_at": None,
    }


def _pdf(n: int) -> bytes:
    """A tiny valid one-page PDF whose bytes differ per n."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    c = Canvas(buf, invariant=1)
    c.drawString(72, 720, f"Attached document {n}")
    c.showPage()
    c.save()
    return buf.getvalue()


def generate(path: Path, *, scale: float = 1.0, seed: int = 1) -> dict[str, int]:
    """Create a new database at path filled at the given scale; returns counts per kind."""
    if path.exists():
        raise FileExistsError(path)
    rng = random.Random(seed)
    n = {k: max(1, int(v * scale)) for k, v in BASE_COUNTS.items()}
    start = date(2007, 10, 24)
    rows: dict[Any, list[dict[str, Any]]] = {}

    orgs = [
        {
            **_meta(rng, start),
            "name": "Organization of American States",
            "acronym": "OAS",
            "kind": "intergovernmental organization",
            "parent_id": None,
            "country": None,
            "aliases": [],
            "language": "en",
            "notes": None,
        }
    ]
    for i in range(1, n["organizations"]):
        parent = orgs[rng.randrange(min(len(orgs), 20))]["id"]
        orgs.append(
            {
                **_meta(rng, start),
                "name": f"{rng.choice(['Special', 'Permanent', 'Technical', 'Regional'])} "
                f"{rng.choice(['Committee', 'Working Group', 'Secretariat', 'Commission'])} {i}",
                "acronym": f"O{i}",
                "kind": rng.choice(ORG_KINDS),
                "parent_id": parent,
                "country": None,
                "aliases": [{"name": f"Comisión {i}", "acronym": None, "language": "es"}],
                "language": "en",
                "notes": None,
            }
        )
    rows[Organization] = orgs
    bodies = [o["id"] for o in orgs[:50]]

    resolutions = []
    for i in range(n["resolutions"]):
        year = 1990 + i % 30
        resolutions.append(
            {
                **_meta(rng, start),
                "symbol": f"AG/RES. {1000 + i} ({_roman(year - 1970)}-O/{year % 100:02d})",
                "symbol_normalized": f"AG/RES. {1000 + i} ({_roman(year - 1970)}-O/{year % 100:02d})",
                "title": rng.choice(TOPICS).capitalize(),
                "session": f"{_roman(year - 1970)}-O",
                "year": year,
                "adopted_on": None,
                "body_id": bodies[0],
                "language": "en",
                "notes": None,
            }
        )
    rows[Resolution] = resolutions

    documents = []
    for i in range(n["documents"]):
        year = 2000 + i % 20
        symbol = f"CE/AM-{i + 1}/{year % 100:02d}" + (" rev. 1" if i % 7 == 0 else "")
        documents.append(
            {
                **_meta(rng, start),
                "symbol": symbol,
                "symbol_normalized": symbol,
                "title": rng.choice(["Agenda", "Order of business", "Report", "Draft work plan"]),
                "date": date(year, 1 + i % 12, 1 + i % 28),
                "language": rng.choice(["en", "es"]),
                "distribution": "public",
                "classification": "OEA/Ser.G",
                "body_id": rng.choice(bodies),
                "notes": None,
            }
        )
    rows[Document] = documents

    events = []
    for _ in range(n["events"]):
        day = start + timedelta(days=rng.randrange(6000))
        events.append(
            {
                **_meta(rng, day),
                "title": f"Workshop on {rng.choice(TOPICS)}",
                "kind": "workshop",
                "start_date": day,
                "end_date": day + timedelta(days=rng.randrange(3)),
                "place": rng.choice(PLACES),
                "organizer_id": rng.choice(bodies),
                "description": None,
            }
        )
    rows[Event] = events
    rows[Invitation] = [
        {
            **_meta(rng, start),
            "event_id": e["id"],
            "organization_id": rng.choice(orgs)["id"],
            "invited_by_id": None,
            "response": "no response",
            "note": None,
        }
        for e in events
    ]

    meetings, items, mandates = [], [], []
    for i in range(n["meetings"]):
        day = start + timedelta(days=int(i * 6000 / n["meetings"]))
        m = {
            **_meta(rng, day),
            "title": f"Meeting on {rng.choice(TOPICS)}",
            "body_id": bodies[i % min(10, len(bodies))],  # ten bodies (fewer at tiny scales)
            "date": day,
            "start_time": None,
            "end_time": None,
            "place": rng.choice(PLACES),
            "chair_id": None,
            "agenda_document_id": documents[(2 * i) % len(documents)]["id"],
            "order_of_business_document_id": documents[(2 * i + 1) % len(documents)]["id"],
            "status": "held",
            "symbol": None,
            "introduction": _sentence(rng),
            "language": "en",
            "notes": None,
        }
        meetings.append(m)
        items.append(
            {
                **_meta(rng, day),
                "meeting_id": m["id"],
                "number": "1",
                "title": rng.choice(TOPICS).capitalize(),
                "position": 0,
            }
        )
        mandates.append(
            {
                "meeting_id": m["id"],
                "resolution_id": resolutions[i % len(resolutions)]["id"],
                "position": 0,
            }
        )
    rows[Meeting] = meetings
    rows[AgendaItem] = items

    per_meeting = max(1, n["interventions"] // n["meetings"])
    rows[Intervention] = [
        {
            **_meta(rng, m["date"]),
            "meeting_id": m["id"],
            "agenda_item_id": items[i]["id"],
            "position": p,
            "speaker": rng.choice(SUBJECTS),
            "speaker_kind": "group",
            "speaker_ids": [],
            "text": " ".join(_sentence(rng) for _ in range(rng.randint(1, 4))),
            "language": "en",
        }
        for i, m in enumerate(meetings)
        for p in range(per_meeting)
    ]
    per_meeting = max(1, n["actions"] // n["meetings"])
    rows[Action] = [
        {
            **_meta(rng, m["date"]),
            "meeting_id": m["id"],
            "number": p + 1,
            "position": p,
            "description": f"The General Secretariat will follow up on {rng.choice(TOPICS)}.",
            "responsible_id": rng.choice(bodies),
            "counterpart_id": rng.choice(orgs)["id"],
            "event_id": rng.choice(events)["id"],
            "due_date": m["date"] + timedelta(days=90),
            "status": rng.choice(STATUSES),
            "outcome": None,
        }
        for m in meetings
        for p in range(per_meeting)
    ]
    blobs, attachments = [], []
    for i in range(n["attachments"]):
        data = _pdf(i)
        sha = hashlib.sha256(data).hexdigest()
        blobs.append({"sha256": sha, "size": len(data), "data": data})
        attachments.append(
            {
                **_meta(rng, start),
                "document_id": documents[i]["id"],
                "resolution_id": None,
                "filename": f"{i}.pdf",
                "media_type": "application/pdf",
                "sha256": sha,
                "size": len(data),
            }
        )
    rows[Blob] = blobs
    rows[Attachment] = attachments

    db = Database.open(path)
    try:
        with db.session() as s:
            for model, batch in rows.items():
                if batch:
                    s.execute(insert(model), batch)
            s.execute(insert(meeting_mandates), mandates)
            search.rebuild(s.connection())
    finally:
        db.close()
    counts = {model.__tablename__: len(batch) for model, batch in rows.items()}
    return counts


def main() -> None:
    """Command line: generate a database and print its counts as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    t0 = time.perf_counter()
    counts = generate(args.out, scale=args.scale, seed=args.seed)
    counts_total = sum(counts.values())
    print(
        json.dumps(
            {"counts": counts, "total": counts_total, "seconds": round(time.perf_counter() - t0, 1)}
        )
    )


if __name__ == "__main__":
    main()
