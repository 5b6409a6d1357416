"""Attached document PDFs: checked before typesetting, appended with pypdf afterwards.

Attachments come from outside (e-mail, USB sticks): anything that is not a readable,
unencrypted PDF becomes a ``ReportError`` naming the attachment, never a traceback.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from migdesk.reports import ReportError
from migdesk.reports.data import AttachmentRef
from migdesk.reports.fonts import draw_string
from migdesk.reports.i18n import text
from migdesk.reports.styles import MUTED, SANS, register_fonts
from migdesk.reports.templates import FOOTER_PAGE_ROOM
from migdesk.reports.text import clean, fit_line

STAMP_Y = 18.0  # baseline of the page number stamped on attached pages (points)


@dataclass(frozen=True)
class LoadedAttachment:
    """An attachment that was read completely and can be appended."""

    title: str
    reader: PdfReader
    pages: int


def _name(ref: AttachmentRef) -> str:
    return clean(ref.title).strip() or Path(ref.path).name


def load_attachment(ref: AttachmentRef) -> LoadedAttachment:
    """Read and check one attachment PDF (every page and content stream is parsed)."""
    name = _name(ref)
    try:
        data = Path(ref.path).read_bytes()
    except OSError as exc:
        raise ReportError(f"Attachment \u201c{name}\u201d cannot be read: {exc.strerror}.") from exc
    if b"%PDF-" not in data[:1024]:
        raise ReportError(f"Attachment \u201c{name}\u201d is not a PDF file.")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ReportError(
                f"Attachment \u201c{name}\u201d is encrypted and cannot "
                "be appended. Attach an unencrypted copy."
            )
        pages = len(reader.pages)
        for page in reader.pages:
            _ = page.mediabox
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
    except ReportError:
        raise
    except Exception as exc:  # pypdf raises many kinds on hostile input
        raise ReportError(
            f"Attachment \u201c{name}\u201d is damaged or truncated and cannot be appended "
            f"({type(exc).__name__})."
        ) from exc
    if pages == 0:
        raise ReportError(f"Attachment \u201c{name}\u201d has no pages.")
    return LoadedAttachment(name, reader, pages)


def append_attachments(
    typeset: bytes,
    attachments: Sequence[LoadedAttachment],
    *,
    outline_title: str,
    label: str,
    step: Callable[[], None],
    lang: str = "en",
) -> tuple[bytes, int]:
    """Append ``attachments`` to the typeset PDF, bookmark each under ``outline_title``
    and stamp "Page N of M" (in ``lang``) on their pages. ``step`` is called after each attachment
    (it may raise ReportCancelled). Returns the PDF and its page count."""
    writer = PdfWriter(clone_from=io.BytesIO(typeset))
    first = len(writer.pages)
    total = first + sum(a.pages for a in attachments)
    starts = []
    for att in attachments:
        start = len(writer.pages)
        try:
            writer.append(att.reader, import_outline=False)
            stamp = f"{label} \u2014 {att.title}" if label else att.title
            _stamp(writer, start, total, stamp, lang)
        except Exception as exc:
            raise ReportError(
                f"Attachment \u201c{att.title}\u201d could not be appended ({type(exc).__name__})."
            ) from exc
        starts.append(start)
        step()
    # bookmarks once the pages exist
    parent = writer.add_outline_item(title=outline_title, page_number=first)
    for att, start in zip(attachments, starts, strict=True):
        writer.add_outline_item(title=att.title[:250], page_number=start, parent=parent)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), total


def _stamp(writer: PdfWriter, start: int, total: int, label: str, lang: str) -> None:
    """Stamp the packet footer on the pages appended from ``start`` on."""
    pages = writer.pages[start:]
    for page in pages:
        if page.rotation:
            page.transfer_rotation_to_content()
    register_fonts()
    buf = io.BytesIO()
    canv = Canvas(buf, initialFontName=SANS)
    for offset, page in enumerate(pages):
        box = page.mediabox
        canv.setPageSize((float(box.width), float(box.height)))
        canv.translate(float(box.left), float(box.bottom))
        canv.setFillColor(MUTED)
        room = float(box.width) - 72 - FOOTER_PAGE_ROOM
        draw_string(canv, 36, STAMP_Y, fit_line(label, SANS, 7.5, room), SANS, 7.5)
        number = text(lang, "page", page=start + offset + 1, pages=total)
        draw_string(canv, float(box.width) - 36, STAMP_Y, number, SANS, 7.5, right=True)
        canv.showPage()
    canv.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue()))
    for page, stamp in zip(pages, overlay.pages, strict=True):
        page.merge_page(stamp)
