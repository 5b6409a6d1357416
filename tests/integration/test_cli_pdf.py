"""`migdesk pdf`: the demo meeting printed from the database carries the whole report."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from migdesk.cli import main
from migdesk.services.demo import demo_id


def _text(pdf: Path) -> str:
    reader = PdfReader(pdf)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "init", "--demo"]) == 0
    return path


def test_summary_of_the_demo_holds_every_bullet_and_action_in_order(
    demo_db: Path, tmp_path: Path, report_bullets: list[str]
) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(demo_db), "pdf", "summary", demo_id("meeting")[:8], "-o", str(out)]) == 0
    text = _text(out)
    position = 0
    for bullet in report_bullets:  # every intervention, in the report's order
        found = text.find(_norm(bullet)[:120], position)
        assert found >= 0, bullet[:60]
        position = found
    for needle in (
        "AG/RES. 2356 (XXXVIII-O/08)", "CE/AM-59/08 rev. 1", "CE/AM-75/09 rev. 2", "Washington, D.C.",
        "February 13, 2009", "OEA/Ser.G", "SPECIAL COMMITTEE ON MIGRATION ISSUES",
        "the RCM representatives were unable to attend", "San Salvador, El Salvador",
        "Forum on Subregional Integration Initiatives with respect to Migration",
    ):
        assert needle in text, needle
    numbers = [int(n) for n in re.findall(r"(?:^|\s)([1-4])\.\s+(?:The OAS|The delegation|MERCOSUR)", text)]
    assert numbers == [1, 2, 3, 4]


def test_summary_on_a4_and_packet_by_period(demo_db: Path, tmp_path: Path) -> None:
    a4 = tmp_path / "a4.pdf"
    assert main(["--db", str(demo_db), "pdf", "summary", demo_id("meeting"), "-o", str(a4), "--paper", "a4"]) == 0
    width, height = (float(v) for v in PdfReader(a4).pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)
    packet = tmp_path / "packet.pdf"
    assert main(["--db", str(demo_db), "pdf", "packet", "--from", "2009-01-01", "--to", "2009-12-31",
                 "-o", str(packet)]) == 0
    text = _text(packet)
    assert "Some countries pointed out the importance" in text
    assert "AG/RES. 2356 (XXXVIII-O/08)" in text


def test_pdf_errors_are_one_line(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "pdf", "summary", "00000000", "-o", str(tmp_path / "x.pdf")]) == 1
    assert main(["--db", str(demo_db), "pdf", "packet", "--from", "2030-01-01", "-o", str(tmp_path / "y.pdf")]) == 1
    assert main(["--db", str(demo_db), "pdf", "summary", demo_id("meeting"), "-o",
                 str(tmp_path / "missing-folder" / "z.pdf")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(line.startswith("migdesk: error:") for line in err)
    assert not list(tmp_path.glob("*.pdf"))
