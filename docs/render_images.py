"""Refresh the PDF pictures in docs/images from the demo (run from the checkout).

    .venv/bin/python docs/render_images.py

Window and form pictures come from the GUI tests: MIGDESK_SCREENSHOTS=1 .venv/bin/pytest tests/gui
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pypdfium2

from migdesk.services.demo import demo_id, load_demo
from migdesk.services.printing import write_packet, write_summary
from migdesk.store.database import Database

IMAGES = Path(__file__).resolve().parent / "images"


def render(pdf: Path, pages: dict[int, str], scale: float = 1.4) -> None:
    """Save the given 0-based pages of pdf as PNG files in docs/images."""
    doc = pypdfium2.PdfDocument(str(pdf))
    for index, name in pages.items():
        if index < len(doc):
            doc[index].render(scale=scale).to_pil().save(IMAGES / name)
    doc.close()


def main() -> None:
    """Build the demo summary and packet and render their telling pages."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "demo.sqlite")
        load_demo(db)
        summary, packet = Path(tmp) / "summary.pdf", Path(tmp) / "packet.pdf"
        write_summary(db, demo_id("meeting"), summary)
        write_packet(db, [demo_id("meeting")], None, None, packet)
        db.close()
        render(summary, {0: "summary-page1.png", 1: "summary-page2.png"})
        render(packet, {0: "packet-cover.png", 1: "packet-contents.png", 5: "packet-page.png"})


if __name__ == "__main__":
    main()
