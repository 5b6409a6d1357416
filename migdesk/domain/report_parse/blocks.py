"""From a report's lines to its blocks: paragraphs, bullets, numbered and lettered items.

Readers give lines (a .txt file's lines, a .docx file's paragraphs, a PDF's text lines),
optionally with what their layout already says (a docx list's numbering). Here lines
broken mid-paragraph are joined, page numbers dropped, list markers recognised (also when
conversion lost them: "\ufffd.\tMERCOSUR ..." after item 3 is item 4) and the remains of
lost footnote markers ("MERCOSUR" / "/, the Special ...") removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SourceLine:
    """One line of the source as a reader extracted it (number: 1-based, for tracing).

    kind is what the file's structure says, when it says something: "heading",
    "bullet", "number" or "letter" (with label "4" or "b"), "para" (a paragraph starts
    here), "footnote", "page" (a page number, header or footer).
    """

    number: int
    text: str
    kind: str | None = None
    label: str | None = None


@dataclass
class Block:
    """A paragraph or list item, its text joined from its lines."""

    kind: str  # para, bullet, number, letter, heading
    text: str
    first: int
    last: int
    label: str | None = None
    label_lost: bool = False


_BULLET = re.compile(r"^[•·▪◦●○■‣⁃\uf0b7\uf0a7*–—-]\s+")
_LOST_BULLET = re.compile(r"^\ufffd+\s+(?=\S)")
_NUMBER = re.compile(r"^\(?(?P<label>\d{1,2})[.)]\s+(?=\S)")
_LETTER = re.compile(r"^\(?(?P<label>[a-z])[.)]\s+(?=\S)")
_LOST_LABEL = re.compile(r"^\ufffd+[.)]\s*(?=\S)")
_ROMAN = re.compile(r"^(?P<label>[IVX]{1,5})[.)]\s+(?=\S)")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d+\s*[-–—]|\d+|(?:page|página|pág\.|p\.)\s*\d+(?:\s*(?:of|de|sur)\s*\d+)?)$", re.I
)
_FOOTNOTE = re.compile(r"^\d{1,2}/\s+\S")  # an OAS footnote: "1/ The Southern Common Market."
# A footnote mark set inline as "MERCOSUR1/," or "2009.1/" (not "CE/AM-59/08").
_INLINE_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:”])\d{1,2}/(?=[\s,.;:)]|$)")
_FOOTNOTE_REMAINS = re.compile(r"^\d{0,2}/(?=[\s,.;:)])")
_CLOSES_SENTENCE = (".", ":", ";", "?", "!", "”", '"', ")")


def is_page_number(text: str) -> bool:
    """True for a page's number line ("- 2 -", "Page 1 of 3", "Página 2")."""
    return bool(text) and _PAGE_NUMBER.match(text.strip()) is not None


def _marker(text: str) -> tuple[str, str | None, int, bool] | None:
    """(kind, label, length of the marker, label lost) when text starts a list item."""
    for kind, pattern in (("bullet", _BULLET), ("number", _NUMBER), ("letter", _LETTER)):
        m = pattern.match(text)
        if m:
            return kind, m.groupdict().get("label"), m.end(), False
    m = _LOST_LABEL.match(text)
    if m:
        return "lost", None, m.end(), True
    m = _LOST_BULLET.match(text)
    if m:
        return "bullet", None, m.end(), False
    m = _ROMAN.match(text)
    if m and len(text) < 120:
        return "heading", m["label"], m.end(), False
    return None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _join(before: str, after: str) -> str:
    """Join a line to the paragraph it continues."""
    after = _FOOTNOTE_REMAINS.sub("", after)
    if not before:
        return after
    if after[:1] in ",.;:)":
        return before + after
    if before.endswith("-") and before[-2:-1].isalpha() and after[:1].islower():
        return before + after
    return f"{before} {after}"


def build_blocks(lines: list[SourceLine]) -> tuple[list[Block], list[SourceLine]]:
    """The blocks of these lines, and the footnote lines left out (page numbers go)."""
    blocks: list[Block] = []
    dropped: list[SourceLine] = []
    current: Block | None = None
    for line in lines:
        text = _INLINE_MARK.sub("", line.text.replace("\f", "")).strip()
        if line.kind == "page" or is_page_number(text):
            continue
        if line.kind == "footnote" or (current is None and _FOOTNOTE.match(text)):
            dropped.append(line)  # the paragraph it interrupts may go on after it
            continue
        if not text:
            current = None
            continue
        start = _start(line, text, blocks)
        if start is None and current is not None and not _caps_boundary(current, text):
            current.text = _join(current.text, text)
            current.last = line.number
            continue
        current = start or Block("para", text, line.number, line.number)
        blocks.append(current)
        if current.kind == "heading":
            current = None
    return blocks, dropped


def _start(line: SourceLine, text: str, blocks: list[Block]) -> Block | None:
    """A new block if this line opens one (a list item, a heading), else None."""
    if line.kind in ("heading", "bullet", "number", "letter"):
        return Block(line.kind, text, line.number, line.number, line.label)
    found = _marker(text)
    if found is None:
        # A reader that knows paragraphs (docx) says where each one starts.
        return Block("para", text, line.number, line.number) if line.kind == "para" else None
    kind, label, length, lost = found
    body = text[length:].strip()
    if kind == "lost":
        kind, label = _infer_lost(blocks)
    return Block(kind, body, line.number, line.number, label, lost)


def _infer_lost(blocks: list[Block]) -> tuple[str, str | None]:
    """The kind and label of an item whose marker conversion turned into U+FFFD."""
    for block in reversed(blocks):
        if block.kind == "number" and block.label and block.label.isdigit():
            return "number", str(int(block.label) + 1)
        if block.kind == "letter" and block.label:
            return "letter", chr(ord(block.label) + 1)
        if block.kind == "bullet":
            return "bullet", None
        if block.kind == "heading":
            break
    return "number", "1"


def _caps_boundary(current: Block, text: str) -> bool:
    """A change between ALL CAPS and mixed case (a heading and its text) ends a block."""
    return current.kind == "para" and _is_caps(current.text) != _is_caps(text)


def ends_sentence(text: str) -> bool:
    """True when text ends like a sentence (headings and titles do not)."""
    return text.rstrip().endswith(_CLOSES_SENTENCE)
