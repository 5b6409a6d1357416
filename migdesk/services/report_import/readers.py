"""Reading a report file into lines: .txt, .docx (python-docx) and .pdf (pdfplumber).

Every failure is a ReportFileError with one line saying what is wrong with which file:
an old .doc, an encrypted or broken file, a PDF without a text layer (a scan).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from migdesk.domain.report_parse import SourceLine
from migdesk.services.errors import MigdeskError

MAX_BYTES = 50 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0"  # Word 97-2003 files and encrypted Office files
SUFFIXES = (".txt", ".docx", ".pdf")


class ReportFileError(MigdeskError):
    """A report file that cannot be read (one line: what and which file)."""


def read_lines(path: Path) -> list[SourceLine]:
    """The lines of a report file, by its kind (suffix, then content)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ReportFileError(f"{path}: too large for a meeting report ({len(data) // 2**20} MB)")
    suffix = path.suffix.lower()
    if data.startswith(_OLE):
        raise ReportFileError(
            f"{path}: an old Word (.doc) or encrypted Office file; save it as .docx without a password"
        )
    if suffix == ".doc":
        raise ReportFileError(f"{path}: old Word (.doc) files are not read; save it as .docx")
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        lines = _pdf_lines(path)
    elif suffix == ".docx" or data.startswith(b"PK"):
        lines = _docx_lines(path)
    else:
        lines = text_lines(_decode(path, data))
    if not any(line.text.strip() for line in lines):
        raise ReportFileError(f"{path}: no text found in the file")
    return lines


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Notepad's "Unicode"
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise ReportFileError(f"{path}: not a text file (binary content); use .txt, .docx or .pdf")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_lines(text: str) -> list[SourceLine]:
    """The lines of a plain text, numbered from 1; running heads between pages marked.

    A text converted with its page breaks (form feeds) often repeats a page's first or
    last line on every page: such a line (digits aside) seen on two pages is a "page" line.
    """
    raw = re.split(r"\r\n|\r|\n", text)  # not splitlines(): it would cut at form feeds too
    if raw and raw[-1] == "":
        raw.pop()
    kinds: list[str | None] = [None] * len(raw)
    pages: list[list[int]] = [[]]
    for n, line in enumerate(raw):
        if "\f" in line:
            pages.append([])
        if line.replace("\f", "").strip():
            pages[-1].append(n)
    if len([p for p in pages if p]) >= 2:
        seen: dict[str, list[int]] = {}
        for page in (p for p in pages if p):
            for n in {page[0], page[-1]}:
                seen.setdefault(re.sub(r"\d+", "#", raw[n].replace("\f", "").strip()), []).append(n)
        for places in seen.values():
            if len(places) >= 2:
                for n in places:
                    kinds[n] = "page"
    return [SourceLine(n + 1, line, kinds[n]) for n, line in enumerate(raw)]


# ---------------------------------------------------------------- .docx


def _docx_lines(path: Path) -> list[SourceLine]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        numbering = _Numbering(document)
        out = []
        for n, paragraph in enumerate(document.paragraphs, start=1):
            text = paragraph.text.replace("\n", " ").replace("\t", " ")
            kind, label = numbering.marker(paragraph)
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if kind is None and style.startswith(("Heading", "Title", "Título")):
                kind = "heading"
            out.append(SourceLine(n, text, kind or "para", label))
        return out
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, OSError) as exc:
        raise ReportFileError(f"{path}: not a readable .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # zipfile and lxml errors of a broken package
        raise ReportFileError(f"{path}: not a readable .docx file ({type(exc).__name__})") from None


_FORMATS = {"decimal": "number", "lowerLetter": "letter", "upperLetter": "letter",
            "lowerRoman": "number", "upperRoman": "heading", "bullet": "bullet"}  # fmt: skip


class _Numbering:
    """A docx list's kind and label per paragraph, from its numbering properties."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, int], tuple[str, int]] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        w = "{" + ns["w"] + "}"
        abstract = {a.get(f"{w}abstractNumId"): a for a in root.findall("w:abstractNum", ns)}
        for num in root.findall("w:num", ns):
            ref = num.find("w:abstractNumId", ns)
            spec = abstract.get(ref.get(f"{w}val") if ref is not None else None)
            if spec is None:
                continue
            for lvl in spec.findall("w:lvl", ns):
                fmt = lvl.find("w:numFmt", ns)
                start = lvl.find("w:start", ns)
                self._formats[(num.get(f"{w}numId") or "", int(lvl.get(f"{w}ilvl") or 0))] = (
                    fmt.get(f"{w}val") if fmt is not None else "decimal",
                    int(start.get(f"{w}val") or 1) if start is not None else 1,
                )

    def marker(self, paragraph: Any) -> tuple[str | None, str | None]:
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return None, None
        num_id, level = num_pr
        fmt, start = self._formats.get((num_id, level), ("decimal", 1))
        if fmt == "bullet":
            return "bullet", None
        count = self._counters.get((num_id, level), start - 1) + 1
        self._counters[(num_id, level)] = count
        for key in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[key]  # a deeper list starts again under each item
        if fmt in ("lowerLetter", "upperLetter"):
            label = chr(ord("a") + (count - 1) % 26)
        elif fmt in ("lowerRoman", "upperRoman"):
            from migdesk.domain.symbols import int_to_roman

            label = int_to_roman(count)
        else:
            label = str(count)
        return _FORMATS.get(fmt, "number"), label


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) from the paragraph's properties or, failing those, its style's."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None and num_pr.numId.val:
            level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(level)
    return None


def _pdf_lines(path: Path) -> list[SourceLine]:
    from migdesk.services.report_import.pdf_lines import pdf_lines

    try:
        with _quiet("pypdf", "pdfminer"):
            lines = pdf_lines(path)
    except Exception as exc:  # pypdf's, pdfminer's and zlib's errors of a broken file
        raise ReportFileError(f"{path}: not a readable PDF ({type(exc).__name__})") from None
    if lines is None:
        raise ReportFileError(f"{path}: the PDF is encrypted; save an unprotected copy")
    if not lines:
        raise ReportFileError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return lines


@contextmanager
def _quiet(*loggers: str) -> Iterator[None]:
    """The libraries' own warnings about a broken file stay off standard error."""
    saved = [(logging.getLogger(name), logging.getLogger(name).level) for name in loggers]
    for logger, _ in saved:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in saved:
            logger.setLevel(level)
