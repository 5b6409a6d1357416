"""The benchmark database: generated at a scale, plus one large body and one large meeting.

``benchmarks.generate`` spreads meetings evenly over ten bodies (200 each at scale 1).
The list measures need one body with many meetings and one meeting with many
interventions, both growing with the scale (2,000 and 1,000 at scale 1, 20,000 and
10,000 at scale 10), so ``add_large_body`` bulk-inserts them through the app's models
(and indexes them for search). ``ensure_database`` keeps the result in a cache folder,
keyed by scale, seed and ``FIXTURE_VERSION``, so repeated runs skip the generation.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.generate import SUBJECTS, TOPICS, generate
from migdesk.store import search
from migdesk.store.database import Database
from migdesk.store.models import AgendaItem, Intervention, Meeting, Organization

#: Raise when the generated content changes: cached databases are then made again.
FIXTURE_VERSION = 6  # 2: schema 0003 (tombstone indexes dropped); 3: 0004; 4: 0005;
# 5: the large body and meeting grow with the scale; 6: 0011 (external-content search index)
BIG_BODY_MEETINGS = 2_000  # at scale 1
BIG_MEETING_INTERVENTIONS = 1_000  # at scale 1


def large_sizes(scale: float) -> tuple[int, int]:
    """Meetings of the large body and interventions of the large meeting at a scale."""
    return max(20, round(BIG_BODY_MEETINGS * scale)), max(
        10, round(BIG_MEETING_INTERVENTIONS * scale)
    )


DEFAULT_CACHE = Path(tempfile.gettempdir()) / "migdesk-bench"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T12:00:00.000000Z"


def _meta(rng: random.Random, day: date) -> dict[str, Any]:
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "created_at": _stamp(day),
        "updated_at": _stamp(day),
        "deleted_at": None,
    }


def add_large_body(
    path: Path,
    *,
    meetings: int = BIG_BODY_MEETINGS,
    interventions: int = BIG_MEETING_INTERVENTIONS,
    seed: int = 1,
) -> dict[str, str]:
    """Add a top-level body with ``meetings`` meetings, the last of which has
    ``interventions`` interventions; returns their ids (``body_id``, ``meeting_id``)."""
    rng = random.Random(seed + 1000)
    start = date(2008, 1, 1)
    body = {
        **_meta(rng, start),
        "name": "Large Committee on Migration Statistics",
        "acronym": "LCMS",
        "kind": "committee",
        "parent_id": None,
        "country": None,
        "aliases": [],
        "language": "en",
        "notes": None,
    }
    rows_meetings, items = [], []
    for i in range(meetings):
        day = start + timedelta(days=i * 10_000 // meetings)  # 27 years, whatever the count
        m = {
            **_meta(rng, day),
            "title": f"Session {i + 1} on {rng.choice(TOPICS)}",
            "body_id": body["id"],
            "date": day,
            "start_time": None,
            "end_time": None,
            "place": "Washington, D.C.",
            "chair_id": None,
            "agenda_document_id": None,
            "order_of_business_document_id": None,
            "status": "held",
            "symbol": None,
            "introduction": None,
            "language": "en",
            "notes": None,
        }
        rows_meetings.append(m)
        items.append(
            {
                **_meta(rng, day),
                "meeting_id": m["id"],
                "number": "1",
                "title": rng.choice(TOPICS).capitalize(),
                "position": 0,
            }
        )
    big, big_item = rows_meetings[-1], items[-1]
    rows_interventions = [
        {
            **_meta(rng, big["date"]),
            "meeting_id": big["id"],
            "agenda_item_id": big_item["id"],
            "position": p,
            "speaker": rng.choice(SUBJECTS),
            "speaker_kind": "group",
            "speaker_ids": [],
            "text": f"{rng.choice(SUBJECTS)} recalled {rng.choice(TOPICS)}.",
            "language": "en",
        }
        for p in range(interventions)
    ]
    db = Database.open(path)
    try:
        with db.session() as s:
            s.execute(insert(Organization), [body])
            s.execute(insert(Meeting), rows_meetings)
            s.execute(insert(AgendaItem), items)
            s.execute(insert(Intervention), rows_interventions)
            conn = s.connection()
            search.reindex(conn, "organizations", [body["id"]])
            search.reindex(conn, "meetings", [m["id"] for m in rows_meetings])
            search.reindex(conn, "agenda_items", [i["id"] for i in items])
            search.reindex(conn, "interventions", [i["id"] for i in rows_interventions])
    finally:
        db.close()
    return {"body_id": body["id"], "meeting_id": big["id"]}


def ensure_database(
    scale: float, seed: int = 1, cache: Path = DEFAULT_CACHE, *, fresh: bool = False
) -> tuple[Path, dict[str, Any]]:
    """The cached benchmark database for (scale, seed), made first if needed.

    Returns its path and its description: counts, ``body_id``, ``meeting_id`` and the
    seconds the generation took (0 when the cache was used).
    """
    folder = cache / f"v{FIXTURE_VERSION}-scale{scale:g}-seed{seed}"
    path, info_path = folder / "bench.sqlite", folder / "info.json"
    if not fresh and path.exists() and info_path.exists():
        info: dict[str, Any] = json.loads(info_path.read_text())
        Database.open(path).close()  # migrated to the current schema now, not while timed
        return path, {**info, "generated_seconds": 0.0}
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    t0 = time.perf_counter()
    counts = generate(path, scale=scale, seed=seed)
    meetings, interventions = large_sizes(scale)
    ids = add_large_body(path, meetings=meetings, interventions=interventions, seed=seed)
    counts["meetings"] += meetings
    counts["agenda_items"] += meetings
    counts["interventions"] += interventions
    counts["organizations"] += 1
    info = {
        "scale": scale,
        "seed": seed,
        "counts": counts,
        "records": sum(counts.values()),
        "generation_seconds": round(time.perf_counter() - t0, 1),
        **ids,
    }
    info_path.write_text(json.dumps(info, indent=1))
    return path, {**info, "generated_seconds": round(time.perf_counter() - t0, 1)}
