"""Report files made for the import tests: the demo as .docx and printed, scans, broken files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from migdesk.services.demo import DEMO_FILE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def demo_data() -> dict[str, Any]:
    """The demo's hand-built records (services/demo_ceam_2009.json)."""
    return json.loads(DEMO_FILE.read_text(encoding="utf-8"))


def write_demo_docx(path: Path) -> Path:
    """The demo meeting as a Word summary: title, introduction, bullets, a numbered list."""
    import docx

    data = demo_data()
    document = docx.Document()
    for line in ("PERMANENT COUNCIL OF THE", "ORGANIZATION OF AMERICAN STATES", "OEA/Ser.G",
                 "CE/AM-76/09", "20 February 2009", "Original: English",
                 "SPECIAL COMMITTEE ON MIGRATION ISSUES"):  # fmt: skip
        document.add_paragraph(line)
    document.add_heading(data["meeting"]["title"], 0)
    for paragraph in data["meeting"]["introduction"].split("\n\n"):
        document.add_paragraph(paragraph)
    for intervention in data["interventions"]:
        document.add_paragraph(intervention["text"], style="List Bullet")
    for action in data["actions"]:  # numbers come from the list's numbering, not the text
        text = " ".join(t for t in (action["description"], action["outcome"]) if t)
        document.add_paragraph(text, style="List Number")
    document.save(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A one-page PDF holding only a picture of text (no text layer)."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    picture = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(picture).text((20, 80), "Some countries pointed out ...", fill="black")
    canvas = Canvas(str(path))
    canvas.drawImage(ImageReader(picture), 50, 500, width=500, height=160)
    canvas.save()
    return path


def write_encrypted_pdf(path: Path) -> Path:
    """A PDF that needs a password."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret")
    with path.open("wb") as f:
        writer.write(f)
    return path


def organization_names(draft: dict[str, Any]) -> dict[str, str]:
    """Organization id -> name in a draft's JSON."""
    return {o["id"]: o["name"] for o in draft["organizations"]}


def demo_expectations() -> dict[str, Any]:
    """What a draft read from the CEAM report must hold, from the demo's own records."""
    data = demo_data()
    orgs = {o["key"]: o["name"] for o in data["organizations"]}
    events = {e["key"]: e for e in data["events"]}
    docs = {d["key"]: d["symbol"] for d in data["documents"]}
    res = {r["key"]: r["symbol"] for r in data["resolutions"]}
    meeting = data["meeting"]
    return {
        "meeting": (meeting["date"], meeting["place"], meeting["title"], meeting["introduction"]),
        "mandates": [res[k] for k in meeting["mandates"]],
        "agenda": docs[meeting["agenda"]],
        "order_of_business": docs[meeting["order_of_business"]],
        "interventions": [(i["speaker"], i["speaker_kind"], [orgs[k] for k in i["speakers"]], i["text"])
                          for i in data["interventions"]],
        "actions": [
            (a["number"], a["description"], a["outcome"], a["status"], a["due_date"],
             orgs.get(a["responsible"]), orgs.get(a["counterpart"]),
             events[a["event"]]["title"] if a["event"] else None)
            for a in data["actions"]
        ],
        "events": [(e["title"], e["kind"], e["start_date"], e["end_date"], e.get("place"),
                    orgs[e["organizer"]], e.get("description")) for e in data["events"]],
    }  # fmt: skip


def draft_expectations(draft: dict[str, Any], squeeze: bool = False) -> dict[str, Any]:
    """The same view of a draft's JSON (squeeze: whitespace collapsed, for printed PDFs)."""

    def t(text: Any) -> Any:
        return " ".join(text.split()) if squeeze and isinstance(text, str) else text

    orgs = organization_names(draft)
    by_id = {r["id"]: r for kind in ("resolutions", "documents", "events") for r in draft[kind]}
    meeting = draft["meeting"]
    return {
        "meeting": (meeting["date"], meeting["place"], t(meeting["title"]), t(meeting["introduction"])),
        "mandates": [by_id[i]["symbol"] for i in meeting["mandate_ids"]],
        "agenda": by_id[meeting["agenda_document_id"]]["symbol"],
        "order_of_business": by_id[meeting["order_of_business_document_id"]]["symbol"],
        "interventions": [(i["speaker"], i["speaker_kind"], [orgs[k] for k in i["speaker_ids"]], t(i["text"]))
                          for i in draft["interventions"]],
        "actions": [
            (a["number"], t(a["description"]), t(a["outcome"]), a["status"], a["due_date"],
             orgs.get(a["responsible_id"]), orgs.get(a["counterpart_id"]),
             by_id[a["event_id"]]["title"] if a["event_id"] else None)
            for a in draft["actions"]
        ],
        "events": [(e["title"], e["kind"], e["start_date"], e["end_date"], e["place"],
                    orgs[e["organizer_id"]], e["description"]) for e in draft["events"]],
    }  # fmt: skip


def squeezed(expected: dict[str, Any]) -> dict[str, Any]:
    """expected with every text's whitespace collapsed (a PDF keeps no double spaces)."""

    def t(value: Any) -> Any:
        if isinstance(value, str):
            return " ".join(value.split())
        if isinstance(value, tuple | list):
            return type(value)(t(v) for v in value)
        return value

    return {k: t(v) for k, v in expected.items()}


def write_messy_pdf(path: Path) -> Path:
    """Two pages the way converters leave them: a two-column header, a raised footnote mark,
    the footnote in small type, a running head on both pages, a paragraph across the break."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(612, 792))

    def line(x: float, y: float, text: str, size: float = 11) -> None:
        canvas.setFont("Helvetica", size)
        canvas.drawString(x, y, text)

    for page in (1, 2):
        line(72, 760, "CE/AM-90/09 - Summary of the meeting", 9)  # the running head
        if page == 1:
            for n, (left, right) in enumerate([("PERMANENT COUNCIL OF THE", "OEA/Ser.G"),
                                               ("ORGANIZATION OF AMERICAN STATES", "CE/AM-90/09"),
                                               ("", "6 April 2009"),
                                               ("SPECIAL COMMITTEE ON MIGRATION ISSUES", "Original: English")]):  # fmt: skip
                line(72, 720 - 14 * n, left)
                line(400, 720 - 14 * n, right)
            line(72, 640, "The Special Committee on Migration Issues met in Washington, D.C., on April 2,")
            line(72, 626, "2009, at the request of MERCOSUR")
            canvas.setFont("Helvetica", 7)
            canvas.drawString(72 + canvas.stringWidth("2009, at the request of MERCOSUR", "Helvetica", 11), 630, "1/")
            line(72 + canvas.stringWidth("2009, at the request of MERCOSUR1/", "Helvetica", 11), 626, ", to hear the RCM.")
            line(72, 590, "• Some delegations underscored the value of the Puebla Process and asked the")
            line(72, 576, "General Secretariat to keep the Committee informed of its")
            line(72, 80, "1/ The Southern Common Market.", 8)
        else:
            line(72, 720, "meetings with the Regional Conference on Migration.")
            line(72, 690, "• It was noted that the next meeting would be held on May 7, 2009.")
        line(290, 40, f"- {page} -", 9)
        canvas.showPage()
    canvas.save()
    return path
