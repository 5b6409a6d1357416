"""Speaker-led bullets (para.led): the speaker and bullet drawn ahead of a one-font text.

Read back from real PDFs: what a reader sees must not change (speaker in italics on the
first line, text after it, user text printed as typed, a paragraph split over two pages
with its speaker once), while the text stays on ReportLab's single-font path.
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from migdesk.reports.para import LedPara, led, plain
from migdesk.reports.styles import SERIF_ITALIC, make_styles

BULLET = "\u2022"
LONG = " ".join(["Delegations supported the regional consultative processes."] * 60)


def _pdf(flowables: list) -> tuple[PdfReader, bytes]:
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build(flowables)
    return PdfReader(io.BytesIO(buf.getvalue())), buf.getvalue()


def _italic_runs(pdf: PdfReader) -> list[str]:
    """Text drawn in the italic font, page by page."""
    runs: list[str] = []
    for page in pdf.pages:
        def visit(text: str, _cm: object, _tm: object, font: dict | None, _size: float) -> None:
            if font is not None and "Italic" in str(font.get("/BaseFont")) and text.strip():
                runs.append(text)
        page.extract_text(visitor_text=visit)
    return runs


def test_speaker_leads_the_first_line_in_italics_and_text_keeps_one_font() -> None:
    styles = make_styles()
    para = led([("Mexico: ", SERIF_ITALIC)], "Supported the <b>workshop</b> & more.",
               styles.bullet, BULLET, 450)
    assert isinstance(para, LedPara)
    assert len(para.frags) == 1  # ReportLab's single-font path
    pdf, _ = _pdf([para])
    text = pdf.pages[0].extract_text()
    assert f"{BULLET} Mexico: Supported the <b>workshop</b> & more." in text
    assert _italic_runs(pdf) == ["Mexico: "]


def test_a_split_paragraph_keeps_its_speaker_on_the_first_page_only() -> None:
    styles = make_styles()
    para = led([("Belize: ", SERIF_ITALIC)], LONG, styles.bullet, BULLET, 450)
    pdf, _ = _pdf([plain(LONG, styles.body), para])
    assert len(pdf.pages) >= 2
    assert _italic_runs(pdf) == ["Belize: "]
    whole = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert whole.count("Belize:") == 1
    assert whole.count("Delegations supported") == 120


def test_same_lines_as_the_mixed_font_paragraph() -> None:
    styles = make_styles()
    text = LONG[:700]
    fast = led([("Mexico: ", SERIF_ITALIC)], text, styles.bullet, BULLET, 450)
    mixed = plain([("Mexico: ", SERIF_ITALIC), (text, None)], styles.bullet, BULLET)
    assert fast.wrap(450, 1000) == mixed.wrap(450, 1000)


def test_wide_lead_right_to_left_text_and_empty_text_fall_back_to_mixed_fonts() -> None:
    styles = make_styles()
    wide = "Permanent Mission of Saint Vincent and the Grenadines to the OAS: "
    assert not isinstance(led([(wide, SERIF_ITALIC)], "Agreed.", styles.bullet, BULLET, 450),
                          LedPara)
    arabic = "\u0623\u064a\u062f\u062a \u0645\u0635\u0631 \u0627\u0644\u0627\u0642\u062a\u0631\u0627\u062d"
    assert not isinstance(led([("Egypt: ", SERIF_ITALIC)], arabic, styles.bullet, BULLET, 450),
                          LedPara)
    assert not isinstance(led([("Status: ", None)], "", styles.action_meta, None, 450), LedPara)


def test_a_speaker_needing_a_fallback_font_prints_whole() -> None:
    styles = make_styles()
    speaker = "\u4e2d\u56fd: "  # DejaVu has no CJK: the lead takes a fallback font
    pdf, _ = _pdf([led([(speaker, SERIF_ITALIC)], "Agreed with the proposal.",
                       styles.bullet, BULLET, 450)])
    text = pdf.pages[0].extract_text()
    assert "\u4e2d\u56fd" in text and "Agreed with the proposal." in text
