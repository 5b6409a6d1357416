"""Text in any script prints as glyphs, not boxes: summaries rendered with pypdfium2 and
the ink of each line compared with a line whose characters no font has (all boxes)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from migdesk.reports.data import AgendaSection, InterventionLine, MeetingSummaryData
from migdesk.reports.fonts import font_runs, shape, unprintable
from migdesk.reports.summary import build_summary

SCALE = 4  # pixels per point
TEXT_LEFT = 104  # points: right of the bullet (margin 72 + indent 36, less a little)
LINES = {
    "AR": "\u0645\u0635\u0631 \u0648\u0627\u0644\u0623\u0631\u062f\u0646 \u0648\u0644\u0628\u0646\u0627\u0646",
    "ZH": "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd",
    "EL": "\u0395\u03bb\u03bb\u03ac\u03b4\u03b1 \u039a\u03cd\u03c0\u03c1\u03bf\u03c2",
    "HE": "\u05e9\u05dc\u05d5\u05dd \u05e2\u05dc\u05d9\u05db\u05dd",
    # Egyptian hieroglyphs: no shipped font has them, so they print as .notdef boxes.
    "XX": "\U00013000\U00013001\U00013002\U00013003\U00013004\U00013005\U00013006",
}


Rendered = tuple[Image.Image, pdfium.PdfTextPage]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """One summary whose bullets are "KEY: text" for each script, rendered as an image."""
    path: Path = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    lines = [InterventionLine("", f"{key}: {text}") for key, text in LINES.items()]
    build_summary(
        MeetingSummaryData(
            title="Scripts", meeting_date=date(2009, 10, 8),
            agenda_items=[AgendaSection(None, lines)],
        ),
        path,
    )
    page = pdfium.PdfDocument(str(path))[0]
    image = page.render(scale=SCALE, grayscale=True).to_pil().convert("L")
    return image, page.get_textpage()


def glyph_shapes(rendered: Rendered, key: str) -> list[str]:
    """The ink of the bullet's text on the line of "KEY:" (found wherever the line's
    direction put it, and blanked out), cut at blank columns, each piece hashed."""
    image, textpage = rendered
    # pdfium reads a line that is mostly right-to-left backwards: ":AR" then.
    found = (textpage.search(f"{key}:", match_case=True).get_next()
             or textpage.search(f":{key}", match_case=True).get_next())
    assert found is not None, key
    index, count = found
    boxes = [textpage.get_charbox(i) for i in range(index, index + count)]
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    height = image.height / SCALE
    band_box = (TEXT_LEFT * SCALE, int((height - top - 4) * SCALE),
                image.width - 72 * SCALE, int((height - bottom + 4) * SCALE))
    band = image.crop(band_box).point(lambda v: 255 if v > 128 else 0)
    marker = (min(b[0] for b in boxes) - 1) * SCALE - band_box[0], (
        max(b[2] for b in boxes) + 1) * SCALE - band_box[0]
    band.paste(255, (int(marker[0]), 0, int(marker[1]), band.height))
    width, rows = band.size
    pixels = band.load()
    inked = [any(pixels[x, y] == 0 for y in range(rows)) for x in range(width)]
    shapes, start = [], None
    for x, ink in enumerate([*inked, False]):
        if ink and start is None:
            start = x
        elif not ink and start is not None:
            piece = band.crop((start, 0, x, rows))
            shapes.append(hashlib.sha1(piece.tobytes() + bytes(piece.size)).hexdigest())
            start = None
    return shapes


def test_missing_glyphs_render_as_identical_boxes(rendered: Rendered) -> None:
    boxes = glyph_shapes(rendered, "XX")
    assert len(boxes) == 7 and len(set(boxes)) == 1  # the measure sees boxes as boxes


@pytest.mark.parametrize(("key", "distinct"), [("ZH", 7), ("EL", 8), ("AR", 3), ("HE", 6)])
def test_arabic_chinese_greek_and_hebrew_print_as_glyphs(
    rendered: Rendered, key: str, distinct: int
) -> None:
    shapes = glyph_shapes(rendered, key)
    box = glyph_shapes(rendered, "XX")[0]
    assert box not in shapes
    assert len(set(shapes)) >= distinct, (key, len(set(shapes)))


def test_right_to_left_runs_are_drawn_reversed_and_joined() -> None:
    # "Egypt said" with the Arabic name: reversed in place, letters in joined forms.
    assert shape("\u0645\u0635\u0631 said") == "\ufeae\ufebc\ufee3 said"
    assert shape("plain text") == "plain text"


def test_fallback_runs_and_unprintable() -> None:
    runs = font_runs("Nota: \u4e2d\u56fd, \u0395\u03bb\u03bb\u03ac\u03b4\u03b1.", "DejaVuSerif")
    assert runs == [("Nota: ", "DejaVuSerif"), ("\u4e2d\u56fd", "DroidSansFallbackFull"),
                    (", \u0395\u03bb\u03bb\u03ac\u03b4\u03b1.", "DejaVuSerif")]
    assert unprintable(["abc \u200d\ufe0f \u4e2d", "\U00013000 x \U00013000"]) == ["\U00013000"]


ARABIC = (
    "\u0623\u0643\u062f \u0648\u0641\u062f \u0645\u0635\u0631 \u0623\u0647\u0645\u064a\u0629 "
    "\u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0628\u064a\u0646 \u0645\u0646\u0638\u0645\u0629 "
    "\u0627\u0644\u062f\u0648\u0644 \u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a\u0629 "
    "\u0648\u0627\u0644\u0639\u0645\u0644\u064a\u0627\u062a \u0627\u0644\u0627\u0633\u062a\u0634\u0627\u0631\u064a\u0629 "
    "\u0627\u0644\u0625\u0642\u0644\u064a\u0645\u064a\u0629 \u0628\u0634\u0623\u0646 "
    "\u0627\u0644\u0647\u062c\u0631\u0629 \u0644\u0639\u0627\u0645 2010."
)


def test_a_paragraph_in_arabic_reads_from_the_top_right() -> None:
    from reportlab.lib.enums import TA_RIGHT

    from migdesk.reports.para import RightToLeftPara, plain
    from migdesk.reports.styles import make_styles

    para = plain(ARABIC, make_styles().bullet, "\u2022")
    assert isinstance(para, RightToLeftPara) and para.style.alignment == TA_RIGHT
    para.wrap(220, 1000)
    lines = ["".join(w.text for w in line.words) for line in para.blPara.lines]
    assert len(lines) >= 3
    first_word = shape("\u0623\u0643\u062f", rtl=True)
    assert lines[0].rstrip().endswith(first_word)  # the first word, at the right end
    assert "2010" in lines[-1] and lines[-1].lstrip().startswith(".")  # the end, bottom left
    # An Arabic name in an English sentence stays a left-to-right paragraph.
    assert not isinstance(plain("\u0645\u0635\u0631: Asked for the calendar.",
                                make_styles().bullet), RightToLeftPara)
