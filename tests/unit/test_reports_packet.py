"""The briefing packet: contents, bookmarks, tables, attachments, progress and cancel."""

from __future__ import annotations

import io
import re
import types
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from migdesk.reports import ReportCancelled, ReportError
from migdesk.reports.data import (
    ActionLine,
    AgendaSection,
    AttachmentRef,
    DocumentRow,
    EventRow,
    InterventionLine,
    MandateRow,
    MeetingSummaryData,
    OpenActionRow,
    PacketData,
)
from migdesk.reports.packet import build_packet

TEXT = (
    "Delegations emphasized the importance of avoiding duplication of efforts as well as "
    "the importance of OAS participation in specific projects of the regional processes."
)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def meeting(i: int) -> MeetingSummaryData:
    day = date(2009, 2, 13) + timedelta(days=7 * i)
    return MeetingSummaryData(
        title=f"Meeting {i + 1} of the Special Committee on Migration Issues",
        meeting_date=day,
        place="Washington, D.C.",
        body_hierarchy=["PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES"],
        symbol=f"CE/AM-{100 + i}/09",
        date_of_issue=day,
        agenda_items=[
            AgendaSection(
                None, [InterventionLine("Delegations", f"{TEXT} ({i}.{j})") for j in range(4)]
            )
        ],
        actions=[
            ActionLine("1", f"The OAS invited the RCM ({i}).", "invited", "", day, "Workshop")
        ],
    )


def packet(meetings: int, **changes: object) -> PacketData:
    data = PacketData(
        title="CEAM briefing packet",
        body="Special Committee on Migration Issues",
        distribution="Limited",
        date_prepared=date(2009, 6, 1),
        period="February \u2013 December 2009",
        meetings=[meeting(i) for i in range(meetings)],
        mandates=[
            MandateRow(
                f"AG/RES. {2356 + i} (XXXVIII-O/08)",
                TEXT,
                ["Report to CEAM", "Hold a meeting"],
                "2009",
            )
            for i in range(3)
        ],
        open_actions=[
            OpenActionRow(
                "CE/AM-100/09", "1", "Invite the RCM", "invited", date(2009, 7, 1), False
            ),
            OpenActionRow("CE/AM-101/09", "2", "Share the legal database", "planned", None, False),
            OpenActionRow(
                "CE/AM-102/09", "3", "Invite MERCOSUR", "invited", date(2009, 4, 7), True
            ),
        ],
        events=[
            EventRow(
                "Workshop on Temporary Worker Programs",
                date(2009, 4, 23),
                date(2009, 4, 24),
                "San Salvador, El Salvador",
                "RCM",
            )
        ],
        documents=[DocumentRow("CE/AM-59/08 rev. 1", "Agenda", date(2009, 2, 10), "English")],
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def build(data: PacketData, **kwargs: object) -> tuple[int, bytes]:
    buf = io.BytesIO()
    pages = build_packet(data, buf, **kwargs)  # type: ignore[arg-type]
    return pages, buf.getvalue()


def outline_pages(reader: PdfReader) -> dict[str, int]:
    """Every outline entry (nested ones too) -> 1-based page number."""
    found: dict[str, int] = {}

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None, item.title
                found[item.title] = page + 1

    walk(reader.outline)
    return found


def contents_numbers(pages: list[str]) -> dict[str, int]:
    """Title -> page number as printed on contents pages (a title may wrap over lines;
    its number is the next line made of digits only). Footers are dropped."""
    printed: dict[str, int] = {}
    for page in pages:
        lines = [ln.strip() for ln in page.splitlines()][:-2]  # footer: label, "Page N of M"
        title: list[str] = []
        for line in lines:
            if line.isdigit() and title:
                printed[norm(" ".join(title))] = int(line)
                title = []
            elif line and line != "CONTENTS":
                title.append(line)
    return printed


@pytest.fixture(scope="module")
def big() -> tuple[PacketData, int, PdfReader, list[str]]:
    data = packet(300)
    pages, pdf = build(data)
    reader = PdfReader(io.BytesIO(pdf))
    return data, pages, reader, [p.extract_text() for p in reader.pages]


def test_300_meetings_outline_points_to_each_meeting(big) -> None:
    data, pages, reader, texts = big
    assert pages == len(reader.pages) >= 300
    targets = outline_pages(reader)
    for m in data.meetings:
        page = targets[m.title]
        assert norm(m.title) in norm(texts[page - 1]), m.title
        assert m.symbol in texts[page - 1]
    for section in (
        "Contents",
        "Meeting summaries",
        "Mandates",
        "Open follow-up actions",
        "Upcoming events",
        "Documents",
    ):
        assert section in targets
    assert "Mandates" in texts[targets["Mandates"] - 1]


def test_300_meetings_contents_numbers_match(big) -> None:
    data, _, reader, texts = big
    targets = outline_pages(reader)
    printed = contents_numbers(texts[1 : targets["Meeting summaries"] - 1])
    for m in data.meetings:
        assert printed[norm(m.title)] == targets[m.title], m.title
    assert printed["Open follow-up actions"] == targets["Open follow-up actions"]
    assert texts[0].startswith("BRIEFING PACKET") and "CONTENTS" in texts[1]


def test_page_numbers_through_the_whole_packet(big) -> None:
    _, pages, _, texts = big
    assert "Page" not in texts[0]  # the cover carries no footer
    for n, text in enumerate(texts[1:], start=2):
        assert norm(text).endswith(f"Page {n} of {pages}"), n


def test_every_font_embedded(big) -> None:
    _, _, reader, _ = big
    for page in (reader.pages[0], reader.pages[1], reader.pages[-1]):
        for ref in page["/Resources"]["/Font"].values():
            descriptor = ref.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_open_actions_overdue_first_and_marked() -> None:
    _, pdf = build(packet(1))
    text = norm(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    table = text[text.index("Open follow-up actions Meeting") :]
    assert (
        table.index("Invite MERCOSUR")
        < table.index("Invite the RCM")
        < table.index("legal database")
    )
    assert "OVERDUE Invited" in table
    assert "April 23\u201324, 2009" in text and "San Salvador, El Salvador" in text


def test_long_table_repeats_its_header_and_long_rows_split() -> None:
    rows = [MandateRow(f"AG/RES. {i} (XXXVIII-O/08)", TEXT, ["Report"], "2009") for i in range(120)]
    rows.append(MandateRow("AG/RES. 9999 (XL-O/10)", " ".join(["word"] * 2500) + " END", [], ""))
    _, pdf = build(packet(0, mandates=rows, sections={"mandates"}))
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    table_pages = [t for t in texts if "AG/RES." in t or "word word" in t]
    assert len(table_pages) >= 4
    for t in table_pages:
        assert "Resolution\nOperative paragraph\nActions\nDates" in t
    joined = norm(" ".join(texts))
    assert all(f"AG/RES. {i} (XXXVIII-O/08)" in joined for i in range(120))
    assert joined.count("word") == 2500 and "END" in joined


def test_user_text_is_never_markup() -> None:
    nasty = 'R&D <b>bold</b> <font size="40">x</font> &amp; ' + "u" * 300
    data = packet(1, documents=[DocumentRow(nasty, nasty, None, "<i>")], title="A & B <br/>")
    _, pdf = build(data)
    text = "".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "".join(nasty.split()) in text and "A&B<br/>" in text


def test_sections_can_be_left_out() -> None:
    _, pdf = build(packet(2, sections={"summaries", "events"}))
    reader = PdfReader(io.BytesIO(pdf))
    targets = outline_pages(reader)
    assert "Upcoming events" in targets and "Mandates" not in targets
    assert "Documents" not in norm(reader.pages[1].extract_text())
    with pytest.raises(ValueError, match="unknown packet sections"):
        packet(1, sections={"summaries", "gossip"})


def test_a4_paper() -> None:
    _, pdf = build(packet(1), paper="a4")
    box = PdfReader(io.BytesIO(pdf)).pages[3].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.28, 841.89), abs=0.1)


def test_progress_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    build(packet(5), progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) >= 7


def test_cancel_between_meetings(tmp_path: Path) -> None:
    seen: list[int] = []
    out = tmp_path / "packet.pdf"
    with pytest.raises(ReportCancelled):
        build_packet(
            packet(50),
            out,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) > 3,
        )
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert max(seen) < 10


def _pdf_file(path: Path, pages: int, size: tuple[float, float] = (612, 792)) -> Path:
    canv = Canvas(str(path), pagesize=size)
    for n in range(pages):
        canv.drawString(72, 700, f"Attached page {n + 1}")
        canv.showPage()
    canv.save()
    return path


def test_attachments_are_appended_bookmarked_and_numbered(tmp_path: Path) -> None:
    one = _pdf_file(tmp_path / "one.pdf", 2)
    two = _pdf_file(tmp_path / "two.pdf", 3, size=(595.28, 841.89))
    data = packet(2, attachments=[AttachmentRef("CE/AM-59/08 rev. 1", one), AttachmentRef("", two)])
    pages, pdf = build(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages)
    targets = outline_pages(reader)
    first = targets["CE/AM-59/08 rev. 1"]
    assert targets["Attached documents"] == first
    assert targets["two.pdf"] == first + 2 == pages - 2
    last = reader.pages[-1].extract_text()
    assert "Attached page 3" in last and f"Page {pages} of {pages}" in last
    printed = contents_numbers([reader.pages[1].extract_text()])
    assert printed["CE/AM-59/08 rev. 1"] == first and printed["two.pdf"] == first + 2
    assert f"Page 3 of {pages}" in reader.pages[2].extract_text()


@pytest.mark.parametrize("kind", ["not a pdf", "truncated", "encrypted", "missing", "empty"])
def test_hostile_attachment_gives_report_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "bad.pdf"
    if kind == "not a pdf":
        path.write_bytes(b"PK\x03\x04 this is a zip file, not a PDF")
    elif kind == "truncated":
        good = _pdf_file(tmp_path / "good.pdf", 3).read_bytes()
        path.write_bytes(good[: len(good) // 2])
    elif kind == "encrypted":
        writer = PdfWriter(clone_from=_pdf_file(tmp_path / "good.pdf", 1))
        writer.encrypt("secret", algorithm="RC4-128")
        writer.write(path)
    elif kind == "empty":
        path.write_bytes(b"")
    out = tmp_path / "packet.pdf"
    with pytest.raises(ReportError) as err:
        build_packet(packet(1, attachments=[AttachmentRef("CE/AM-1/09", path)]), out)
    assert "CE/AM-1/09" in err.value.message
    assert not out.exists()


def test_packet_of_attachments_only_and_empty_packet(tmp_path: Path) -> None:
    one = _pdf_file(tmp_path / "one.pdf", 2)
    pages, pdf = build(
        packet(0, sections={"attachments"}, attachments=[AttachmentRef("Annex", one)])
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert pages == len(reader.pages) == 4  # cover, contents, 2 attached pages
    assert outline_pages(reader)["Annex"] == 3
    pages, pdf = build(packet(0, sections=set()))
    assert pages == 1 and "BRIEFING PACKET" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_build_leaves_reportlab_settings_alone() -> None:
    from reportlab import rl_config

    before = rl_config.useA85
    build(packet(1))
    assert rl_config.useA85 == before


def test_reportlab_runs_with_its_c_speedups() -> None:
    """rl_accel (reportlab[accel]) is installed: without it every PDF takes about twice as long."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "escapePDF"):
        assert isinstance(getattr(rl_accel, name), types.BuiltinFunctionType), name
