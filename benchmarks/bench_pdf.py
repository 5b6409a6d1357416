"""Briefing-packet speed against plain ReportLab typesetting the same text.

``run()`` builds a packet of generated meetings with ``build_packet`` and, in the same
run, typesets the very same strings with a bare ``SimpleDocTemplate`` of Paragraphs in
the same embedded TrueType font and paragraph style (base-14 fonts would flatter the
baseline). Both are measured in pages per second of CPU time; the goal is a ratio of at
least 0.9. ``ratio_same_encoding`` compares with the baseline writing binary streams
like our builders do (ReportLab's default ASCII85 encoding is slow in pure Python).

    .venv/bin/python benchmarks/bench_pdf.py [meetings]
"""

from __future__ import annotations

import gc
import io
import json
import sys
import time
from datetime import date, timedelta
from typing import Any

from reportlab.platypus import Paragraph, SimpleDocTemplate

from migdesk.reports.data import (
    ActionLine,
    AgendaSection,
    DocumentRow,
    EventRow,
    InterventionLine,
    MandateRow,
    MeetingSummaryData,
    OpenActionRow,
    PacketData,
)
from migdesk.reports.packet import build_packet
from migdesk.reports.styles import make_styles, register_fonts
from migdesk.reports.templates import binary_streams
from migdesk.reports.text import esc

GOAL = 0.9
_SENTENCES = [
    "Delegations emphasized the importance of avoiding duplication of efforts and of OAS "
    "participation in specific projects of the regional consultative processes on migration.",
    "It was suggested that specific points of contact be made between the regional "
    "consultative processes and the OAS, in order to exchange positions on regular, safe, "
    "and orderly migration.",
    "Some delegations underscored the need for OAS backing of the regional consultative "
    "processes at both the political and the technical level.",
    "The Inter-American Program for the Promotion and Protection of the Human Rights of "
    "Migrants was cited as a major instrument for guiding discussion of the topic.",
]


def sample_packet(meetings: int) -> PacketData:
    """A packet of ``meetings`` generated meetings, each about two pages long."""
    summaries = []
    for i in range(meetings):
        day = date(2009, 2, 13) + timedelta(days=14 * i)
        bullets = [
            InterventionLine("Delegations", f"{_SENTENCES[(i + j) % 4]} {_SENTENCES[j % 4]}")
            for j in range(12)
        ]
        summaries.append(
            MeetingSummaryData(
                title=f"SUMMARY OF MEETING {i + 1} OF THE SPECIAL COMMITTEE ON MIGRATION ISSUES",
                meeting_date=day,
                place="Washington, D.C.",
                body_hierarchy=[
                    "PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES",
                    "SPECIAL COMMITTEE ON MIGRATION ISSUES",
                ],
                symbol=f"CE/AM-{100 + i}/09",
                date_of_issue=day + timedelta(days=10),
                introduction=[
                    "Pursuant to OAS General Assembly resolution AG/RES. 2356 (XXXVIII-O/08), "
                    "\u201cMigrant Populations and Migration Flows in the Americas,\u201d the "
                    f"Special Committee on Migration Issues met in Washington, D.C., on {day}."
                ],
                agenda_items=[AgendaSection(None, bullets)],
                actions=[
                    ActionLine(str(k + 1), _SENTENCES[k % 4], "invited", "", day, "Workshop")
                    for k in range(3)
                ],
            )
        )
    return PacketData(
        title="CEAM briefing packet",
        body="Special Committee on Migration Issues",
        distribution="Limited",
        date_prepared=date(2010, 1, 15),
        period="2009",
        meetings=summaries,
        mandates=[
            MandateRow(f"AG/RES. {2300 + i} (XXXIX-O/09)", _SENTENCES[i % 4], ["Report"], "2009")
            for i in range(meetings)
        ],
        open_actions=[
            OpenActionRow(
                f"CE/AM-{100 + i}/09",
                "1",
                _SENTENCES[i % 4],
                "invited",
                date(2009, 5, 1) + timedelta(days=i),
                i % 5 == 0,
            )
            for i in range(meetings)
        ],
        events=[
            EventRow(
                f"Workshop {i}", date(2010, 2, 1) + timedelta(days=i), None, "San Salvador", "RCM"
            )
            for i in range(meetings // 4)
        ],
        documents=[
            DocumentRow(
                f"CE/AM-{100 + i}/09", "Summary of the meeting", date(2009, 3, 1), "English"
            )
            for i in range(meetings)
        ],
    )


def packet_strings(data: PacketData) -> list[str]:
    """Every string the packet prints, in order (the baseline typesets these)."""
    out: list[str] = []
    for m in data.meetings:
        out += [*m.body_hierarchy, m.classification, m.symbol, m.title, *m.introduction]
        out += [i.text for item in m.agenda_items for i in item.interventions]
        out += [f"{a.number}. {a.description} {a.outcome} {a.status} {a.event}" for a in m.actions]
    out += [" ".join([r.resolution, r.paragraph, *r.actions, r.dates]) for r in data.mandates]
    out += [f"{r.meeting} {r.number} {r.description} {r.status}" for r in data.open_actions]
    out += [f"{r.title} {r.place} {r.organizer}" for r in data.events]
    out += [f"{r.symbol} {r.title} {r.language}" for r in data.documents]
    return out


def _baseline(strings: list[str]) -> tuple[int, float]:
    """Plain ReportLab: the same strings as Paragraphs in the packet's body style (same
    TrueType font, size, leading and justification), timed from parsing to PDF bytes."""
    style = make_styles().body
    start = time.process_time()
    doc = SimpleDocTemplate(io.BytesIO())
    doc.build([Paragraph(esc(s), style) for s in strings])
    return int(doc.page), time.process_time() - start


def _ours(data: PacketData) -> tuple[int, float]:
    start = time.process_time()
    pages = build_packet(data, io.BytesIO())
    return pages, time.process_time() - start


def run(meetings: int = 200, repeat: int = 9) -> dict[str, Any]:
    """Pages per second of ``build_packet`` and of plain ReportLab on the same text.

    Times are CPU seconds of this process, in ``repeat`` pairs of runs one right after
    the other. The CPU speed this shared machine gives a process drifts by a third from
    minute to minute, and both runs of a pair see about the same speed, so the result
    is the pair whose ratio is the median of the pairs' ratios. Which side runs first
    alternates from pair to pair, so that a drift within pairs favours neither.
    """
    register_fonts()
    data = sample_packet(meetings)
    strings = packet_strings(data)
    _ours(sample_packet(2))  # warm up imports and font caches for both
    runs: list[tuple[float, float, float]] = []  # pages/s: ours, baseline, binary baseline
    for n in range(repeat):
        gc.collect()
        if n % 2:
            our_pages, our_time = _ours(data)
            gc.collect()
            base_pages, base_time = _baseline(strings)
        else:
            base_pages, base_time = _baseline(strings)
            gc.collect()
            our_pages, our_time = _ours(data)
        gc.collect()
        with binary_streams():  # the stream encoding our builders use
            binary_pages, binary_time = _baseline(strings)
        runs.append((our_pages / our_time, base_pages / base_time, binary_pages / binary_time))
    runs.sort(key=lambda run: run[0] / run[1])
    ours, baseline, binary = runs[len(runs) // 2]
    return {
        "ours": round(ours, 1),
        "baseline": round(baseline, 1),
        "unit": "pages/s",
        "ratio": round(ours / baseline, 3),
        "goal": GOAL,
        "ours_pages": our_pages,
        "baseline_pages": base_pages,
        "pair_ratios": [round(o / b, 3) for o, b, _binary in runs],
        # the baseline again with binary (not ASCII85) streams, as our builders write
        "ratio_same_encoding": round(ours / binary, 3),
    }


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200), indent=2))
