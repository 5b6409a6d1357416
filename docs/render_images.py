"""Refresh the PDF pictures in docs/images from the demo (run from the checkout).

    .venv/bin/python docs/render_images.py

Window and form pictures come from the GUI tests: MIGDESK_SCREENSHOTS=1 .venv/bin/pytest tests/gui
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pypdfium2

from migdesk.reports.data import AgendaSection, InterventionLine, MeetingSummaryData
from migdesk.reports.summary import build_summary
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.printing import write_packet, write_summary
from migdesk.services.records import create_record, update_record
from migdesk.store.database import Database

IMAGES = Path(__file__).resolve().parent / "images"


def render(pdf: Path, pages: dict[int, str], scale: float = 1.4, crop: float = 1.0) -> None:
    """Save the given 0-based pages of pdf as PNG files in docs/images; ``crop`` keeps
    that share of the page from the top."""
    doc = pypdfium2.PdfDocument(str(pdf))
    for index, name in pages.items():
        if index < len(doc):
            image = doc[index].render(scale=scale).to_pil()
            image.crop((0, 0, image.width, int(image.height * crop))).save(IMAGES / name)
    doc.close()


def main() -> None:
    """Build the demo summary and packet and render their telling pages."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "demo.sqlite")
        load_demo(db)
        # The demo leaves the date of issue empty (the header then shows none).
        update_record(db, "meetings", demo_id("meeting"), {"summary_date": "2009-03-09"})
        summary, packet = Path(tmp) / "summary.pdf", Path(tmp) / "packet.pdf"
        write_summary(db, demo_id("meeting"), summary)
        write_packet(db, [demo_id("meeting")], None, None, packet)
        create_record(db, "translations", {
            "record_id": demo_id("meeting"), "field": "title", "language": "es",
            "text": "Vinculación de los esfuerzos de la OEA con los procesos consultivos "
                    "regionales sobre migración"})
        spanish = Path(tmp) / "resumen.pdf"
        write_summary(db, demo_id("meeting"), spanish, lang="es")
        db.close()
        render(spanish, {0: "summary-page1-es.png"}, crop=0.5)
        render(summary, {0: "summary-page1.png", 1: "summary-page2.png"})
        render(packet, {0: "packet-cover.png", 1: "packet-contents.png", 5: "packet-page.png"})
        scripts = Path(tmp) / "scripts.pdf"
        build_summary(_scripts_summary(), scripts)
        render(scripts, {0: "summary-scripts.png"}, crop=0.5)


def _scripts_summary() -> MeetingSummaryData:
    """A summary with names and remarks in Arabic, Chinese, Greek, Hebrew and Russian, a
    paragraph in Arabic (read from the right), and a character no font has (shown as a
    box, and named by the preview)."""
    said = [
        ("\u0645\u0635\u0631", "welcomed the plan of the \u0627\u0644\u0644\u062c\u0646\u0629 "
         "\u0627\u0644\u062e\u0627\u0635\u0629 (Special Committee)."),
        ("\u4e2d\u56fd (observer)", "recalled the \u5168\u7403\u79fb\u6c11\u5951\u7ea6 (Global Compact for Migration)."),
        ("\u0395\u03bb\u03bb\u03ac\u03b4\u03b1 (observer)", "described the \u03a0\u03c1\u03cc\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1 "
         "\u03bc\u03b5\u03c4\u03b1\u03bd\u03ac\u03c3\u03c4\u03b5\u03c5\u03c3\u03b7\u03c2 of 2009."),
        ("\u05d9\u05e9\u05e8\u05d0\u05dc (observer)", "spoke of \u05e2\u05dc\u05d9\u05d9\u05d4 programs."),
        ("\u0420\u043e\u0441\u0441\u0438\u044f (observer)", "noted the \u041c\u0438\u0433\u0440\u0430\u0446\u0438\u044f report."),
        ("", "\u0623\u0643\u062f \u0648\u0641\u062f \u0645\u0635\u0631 \u0623\u0647\u0645\u064a\u0629 "
         "\u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0628\u064a\u0646 \u0645\u0646\u0638\u0645\u0629 "
         "\u0627\u0644\u062f\u0648\u0644 \u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a\u0629 "
         "\u0648\u0627\u0644\u0639\u0645\u0644\u064a\u0627\u062a "
         "\u0627\u0644\u0627\u0633\u062a\u0634\u0627\u0631\u064a\u0629 "
         "\u0627\u0644\u0625\u0642\u0644\u064a\u0645\u064a\u0629 \u0628\u0634\u0623\u0646 "
         "\u0627\u0644\u0647\u062c\u0631\u0629\u060c \u0648\u062f\u0639\u0627 \u0625\u0644\u0649 "
         "\u062a\u0628\u0627\u062f\u0644 \u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a "
         "\u0639\u0646 \u0623\u0641\u0636\u0644 \u0627\u0644\u0645\u0645\u0627\u0631\u0633\u0627\u062a "
         "\u0641\u064a \u0645\u062c\u0627\u0644 \u062d\u0645\u0627\u064a\u0629 \u062d\u0642\u0648\u0642 "
         "\u0627\u0644\u0645\u0647\u0627\u062c\u0631\u064a\u0646 \u0644\u0639\u0627\u0645 2010."),
        ("Belize", "closed with a hieroglyph no font has: \U00013000."),
    ]
    return MeetingSummaryData(
        title="Names and remarks in other scripts",
        meeting_date=date(2009, 10, 8),
        place="Washington, D.C.",
        chair="Ambassador Mar\u00eda del Luj\u00e1n Flores, Permanent Representative of Uruguay",
        date_of_issue=date(2009, 10, 20),
        agenda_items=[AgendaSection(None, [InterventionLine(who, text) for who, text in said])],
    )


if __name__ == "__main__":
    main()
