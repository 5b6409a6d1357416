"""The OAS-style meeting summary, checked by reading the PDF back with pypdf."""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from migdesk.reports.data import (
    ActionLine,
    AgendaSection,
    InterventionLine,
    MeetingSummaryData,
)
from migdesk.reports.summary import build_summary
from tests.conftest import REPORT

HIERARCHY = [
    "PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES",
    "SPECIAL COMMITTEE ON MIGRATION ISSUES",
]
SYMBOL = "CE/AM-83/09"  # illustrative: the source text does not carry its own symbol
TITLE = (
    "SUMMARY OF THE MEETING OF FEBRUARY 13, 2009: LINKING OAS EFFORTS WITH THOSE OF "
    "REGIONAL CONSULTATIVE PROCESSES ON MIGRATION"
)
UNABLE = "Unfortunately, on that occasion the RCM representatives were unable to attend."
# Facts of each numbered action that the text states (status, event, due date).
ACTION_FACTS = [
    (
        "declined",
        "RIAL Workshop on Labor Migration and Labor Market Information Systems",
        date(2009, 2, 24),
    ),
    ("invited", "Workshop on Temporary Worker Programs", date(2009, 4, 23)),
    ("planned", "", None),
    (
        "invited",
        "Forum on Subregional Integration Initiatives with respect to Migration",
        date(2009, 4, 7),
    ),
]


def parse_report(text: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """Split the stored report into introduction paragraphs, bullets and numbered actions,
    each exactly as written (line breaks inside a paragraph are kept)."""
    intro: list[str] = []
    bullets: list[str] = []
    actions: list[tuple[str, str]] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        action = re.match(r"^(\S{1,3})\.\s+(.*)$", line)
        if line.startswith("\u00b7"):
            bullets.append(line.lstrip("\u00b7").strip())
        elif action and bullets:
            actions.append((action.group(1), action.group(2)))
        elif not line:
            if current:
                intro.append("\n".join(current))
                current = []
        elif bullets:
            raise AssertionError(f"unexpected line {line!r}")
        else:
            current.append(line)
    if current:
        intro.append("\n".join(current))
    return intro, bullets, actions


def demo_meeting() -> MeetingSummaryData:
    """The demo meeting of February 13, 2009, built from the real report text."""
    intro, bullets, numbered = parse_report(REPORT.read_text(encoding="utf-8"))
    actions = []
    for (number, text), (status, event, due) in zip(numbered, ACTION_FACTS, strict=True):
        description, outcome = text, ""
        if text.endswith(UNABLE):
            description, outcome = text[: -len(UNABLE)].rstrip(), UNABLE
        actions.append(ActionLine(number, description, status, outcome, due, event))
    speakers = [
        re.split(r" (?:pointed|was|emphasized|said|also|established)", b)[0] for b in bullets
    ]
    return MeetingSummaryData(
        title=TITLE,
        meeting_date=date(2009, 2, 13),
        place="Washington, D.C.",
        body_hierarchy=HIERARCHY,
        classification="OEA/Ser.G",
        symbol=SYMBOL,
        date_of_issue=date(2009, 3, 9),
        original_language="English",
        introduction=intro,
        agenda_symbol="CE/AM-59/08 rev. 1",
        order_of_business_symbol="CE/AM-75/09 rev. 2",
        mandates=[
            (
                "AG/RES. 2356 (XXXVIII-O/08)",
                "Migrant Populations and Migration Flows in the Americas",
            )
        ],
        agenda_items=[
            AgendaSection(
                None, [InterventionLine(s, b) for s, b in zip(speakers, bullets, strict=True)]
            )
        ],
        decisions=[],
        actions=actions,
    )


def norm(text: str) -> str:
    """Whitespace-insensitive form for comparing PDF text with the source."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(data))
    return reader, [page.extract_text() for page in reader.pages]


def without_footers(pages: list[str]) -> str:
    """The text of all pages, footers ("symbol / Page N of M") removed."""
    return " ".join(re.sub(r"\n[^\n]*\nPage \d+ of \d+\s*$", "", page) for page in pages)


def rightmost_glyph(data: bytes) -> float:
    """The largest x reached by any glyph on any page (points)."""
    doc = pdfium.PdfDocument(data)
    right = 0.0
    for page in doc:
        text = page.get_textpage()
        for i in range(text.count_chars()):
            right = max(right, text.get_charbox(i)[2])
    return right


def build(meeting: MeetingSummaryData, paper: str = "letter") -> bytes:
    buf = io.BytesIO()
    build_summary(meeting, buf, paper=paper)
    return buf.getvalue()


@pytest.fixture(scope="module")
def demo() -> MeetingSummaryData:
    if not REPORT.exists():
        pytest.skip("shared/data is not beside the checkout")
    return demo_meeting()


@pytest.fixture(scope="module")
def demo_pdf(demo: MeetingSummaryData) -> bytes:
    return build(demo)


def test_fixture_has_everything_in_the_report(demo: MeetingSummaryData) -> None:
    assert len(demo.agenda_items[0].interventions) == 14
    assert [a.number for a in demo.actions] == ["1", "2", "3", "\ufffd"]
    assert len(demo.introduction) == 2


def test_every_intervention_and_action_in_order(demo: MeetingSummaryData, demo_pdf: bytes) -> None:
    _, pages = pdf_text(demo_pdf)
    text = norm(without_footers(pages))
    expected = [norm(p) for p in demo.introduction]
    expected += [norm(i.text) for i in demo.agenda_items[0].interventions]
    for action in demo.actions:
        expected.append(norm(f"{action.number}. {action.description}"))
        if action.outcome:
            expected.append(norm(action.outcome))
    pos = 0
    for piece in expected:
        found = text.find(piece, pos)
        assert found >= 0, f"missing or out of order: {piece[:80]!r}"
        pos = found + len(piece)
    assert "\ufffd. MERCOSUR was invited" in text
    assert text.count("\u2022") == 14


def test_header_symbols_dates_and_places_exactly(demo_pdf: bytes) -> None:
    _, pages = pdf_text(demo_pdf)
    first = norm(pages[0])
    for fact in [
        "PERMANENT COUNCIL OF THE ORGANIZATION OF AMERICAN STATES",
        "SPECIAL COMMITTEE ON MIGRATION ISSUES",
        "OEA/Ser.G",
        SYMBOL,
        "March 9, 2009",
        "Original: English",
        TITLE,
        "AG/RES. 2356 (XXXVIII-O/08)",
        "Washington, D.C., on February 13, 2009",
        "CE/AM-59/08 rev. 1",
        "CE/AM-75/09 rev. 2",
    ]:
        assert fact in first
    assert first.index("OEA/Ser.G") < first.index(TITLE) < first.index("Pursuant to")


def test_statuses_and_no_empty_headings(demo_pdf: bytes) -> None:
    text = norm(" ".join(pdf_text(demo_pdf)[1]))
    assert "Status: Declined" in text and "Status: Planned" in text
    assert "Due: February 24, 2009" in text
    assert "Follow-up actions" in text
    assert "Decisions" not in text  # the demo meeting recorded none


def test_footer_on_every_page(demo_pdf: bytes) -> None:
    _, pages = pdf_text(demo_pdf)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        tail = norm(page)[-60:]
        assert SYMBOL in tail and f"Page {n} of {len(pages)}" in tail


def test_every_font_is_embedded(demo_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(demo_pdf))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object()["/Font"].get_object()  # type: ignore[index]
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans"} <= seen


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595.28, 841.89))])
def test_paper_size(demo: MeetingSummaryData, paper: str, size: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(build(demo, paper)))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.1)


def test_bad_paper_is_refused(demo: MeetingSummaryData) -> None:
    with pytest.raises(ValueError, match="paper"):
        build(demo, "legal")


def test_markup_prints_literally_and_long_words_wrap() -> None:
    url = "https://example.org/migration/" + "x" * 300
    nasty = 'Delegates typed <b>bold</b> & <font size="40">big</font> &amp; <br/> ]]>'
    meeting = MeetingSummaryData(
        title="<i>Title</i> & co",
        meeting_date=date(2009, 2, 13),
        place="Washington, D.C.",
        symbol="CE/AM-1/09 <x>",
        agenda_items=[
            AgendaSection("Item <b>1</b>", [InterventionLine("A & B", nasty)]),
            AgendaSection(None, [InterventionLine("", url)]),
        ],
        decisions=["Agreed <para>not markup</para>"],
        actions=[ActionLine("1 & 2", "Do <this>", "in progress", "", None, "<event>")],
    )
    data = build(meeting)
    reader, pages = pdf_text(data)
    text = norm(" ".join(pages))
    for literal in [
        nasty,
        "<i>Title</i> & co",
        "Item <b>1</b>",
        "Agreed <para>not markup</para>",
        "1 & 2. Do <this>",
        "Event: <event>",
        "CE/AM-1/09 <x>",
    ]:
        assert norm(literal) in text
    assert "Decisions" in text
    # the URL is broken over several lines, none past the right margin (1 inch)
    assert url in "".join(text.split())
    width = float(reader.pages[0].mediabox.width)
    assert rightmost_glyph(data) <= width - 72 + 1


def test_generated_introduction_when_none_stored() -> None:
    meeting = MeetingSummaryData(
        title="Meeting",
        meeting_date=date(2010, 3, 5),
        place="Washington, D.C.",
        agenda_symbol="CE/AM-100/10",
        mandates=[
            ("AG/RES. 2465 (XXXIX-O/09)", "Migrant Populations and Migration Flows in the Americas")
        ],
    )
    text = norm(" ".join(pdf_text(build(meeting))[1]))
    assert "AG/RES. 2465 (XXXIX-O/09), \u201cMigrant Populations" in text
    assert "held in Washington, D.C., on March 5, 2010" in text
    assert "CE/AM-100/10" in text


def test_writes_to_a_path(tmp_path: Path, demo: MeetingSummaryData) -> None:
    out = tmp_path / "summary.pdf"
    build_summary(demo, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_reports_layer_imports_no_qt_or_database() -> None:
    import migdesk.reports.packet  # noqa: F401
    import migdesk.reports.summary  # noqa: F401

    forbidden = ("sqlalchemy", "PySide6", "migdesk.store", "migdesk.services", "migdesk.gui")
    for path in Path(migdesk.reports.summary.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for name in forbidden:
            assert f"import {name}" not in source and f"from {name}" not in source, path.name
    assert "migdesk.reports" in sys.modules


def test_justified_text_never_opens_wide_gaps() -> None:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT

    from migdesk.reports.para import MAX_JUSTIFIED_GAP, plain
    from migdesk.reports.styles import make_styles

    styles = make_styles()
    assert styles.bullet.alignment == TA_LEFT and styles.action.alignment == TA_LEFT
    even = plain("The meeting was held in Washington on the date agreed by the members of "
                 "the Committee, who adopted the agenda without changes and thanked the "
                 "Secretariat for its work.", styles.intro)
    even.wrap(468, 1000)
    assert even.style.alignment == TA_JUSTIFY  # ordinary prose stays justified
    # A word too long for what is left of the first line (not for a line): pushed down,
    # it would leave four wide gaps in the first line if justified.
    gappy = plain("It was noted that the InterAmericanProgramforthePromotionandProtectionofRights "
                  "guides the discussion of the topic within the OAS.", styles.intro)
    gappy.wrap(468, 1000)
    assert gappy.style.alignment == TA_LEFT
    first = gappy.blPara.lines[0]
    assert first[0] / (len(first[1]) - 1) > MAX_JUSTIFIED_GAP * styles.intro.fontSize
