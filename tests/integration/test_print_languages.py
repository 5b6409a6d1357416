"""`migdesk pdf ... --lang es|fr|pt`: labels, dates, statuses and page numbers in the
language chosen, translated fields where a translation record exists; PDFs read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from migdesk.cli import main
from migdesk.services import printing
from migdesk.services.demo import demo_id
from migdesk.services.translation_keys import translation_id
from migdesk.store.database import Database

MEETING = demo_id("meeting")
SPANISH_TITLE = "Vinculación de los esfuerzos de la OEA con los procesos consultivos regionales"


def words(pdf: Path) -> str:
    """The PDF's text, whitespace (no-break spaces too) collapsed."""
    reader = PdfReader(pdf)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "init", "--demo"]) == 0
    return path


@pytest.mark.parametrize(
    ("lang", "facts", "english"),
    [
        ("es", ["Original: inglés", "La reunión se celebró el 13 de febrero de 2009.",
                "Estado: Declinada", "Plazo: 24 de febrero de 2009", "Página 1 de 3",
                "Acciones de seguimiento"], "Follow-up actions"),
        ("fr", ["Original : anglais", "La réunion s’est tenue le 13 février 2009.",
                "État : Invitation envoyée", "Échéance : 7 avril 2009", "Page 1 sur 3",
                "Mesures de suivi"], "Page 1 of"),
        ("pt", ["Original: inglês", "A reunião realizou-se em 13 de fevereiro de 2009.",
                "Situação: Prevista", "Prazo: 23 de abril de 2009", "Página 1 de 3",
                "Ações de acompanhamento"], "Status:"),
    ],
)
def test_summary_in_each_language(
    demo_db: Path, tmp_path: Path, lang: str, facts: list[str], english: str
) -> None:
    out = tmp_path / f"summary-{lang}.pdf"
    assert main(["--db", str(demo_db), "pdf", "summary", MEETING[:8], "--lang", lang,
                 "-o", str(out)]) == 0
    text = words(out)
    for fact in facts:
        assert fact in text, fact
    assert english not in text
    assert "Some countries pointed out" in text  # no translation: the original


def test_a_translation_entered_with_the_cli_is_printed_and_no_longer_untranslated(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "es.pdf"
    demo_title = translation_id(MEETING, "title", "es")  # the demo's own Spanish title, replaced
    assert main(["--db", str(demo_db), "delete", "translations", demo_title]) == 0
    assert main(["--db", str(demo_db), "add", "translations", "--set", f"record_id={MEETING}",
                 "--set", "field=title", "--set", "language=es",
                 "--set", f"text={SPANISH_TITLE}"]) == 0
    assert main(["--db", str(demo_db), "pdf", "summary", MEETING[:8], "--lang", "es",
                 "-o", str(out)]) == 0
    text = words(out)
    assert SPANISH_TITLE in text and "Linking OAS efforts" not in text
    english = tmp_path / "en.pdf"
    assert main(["--db", str(demo_db), "pdf", "summary", MEETING[:8], "-o", str(english)]) == 0
    assert "Linking OAS efforts" in words(english) and SPANISH_TITLE not in words(english)

    db = Database.open(demo_db)
    try:
        notes = printing.PrintNotes()
        printing.write_summary(db, MEETING, tmp_path / "again.pdf", lang="es", notes=notes)
        english_notes = printing.PrintNotes()
        printing.write_summary(db, MEETING, tmp_path / "en2.pdf", notes=english_notes)
    finally:
        db.close()
    assert not any(n.startswith("Meeting title:") for n in notes.untranslated)
    assert any(n.startswith("Meeting introduction: ") for n in notes.untranslated)
    fields = notes.untranslated_fields()
    assert "Intervention text (14)" in fields and "Meeting introduction" in fields
    assert english_notes.untranslated == []  # the original language needs no translation


def test_packet_in_french(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "packet-fr.pdf"
    assert main(["--db", str(demo_db), "pdf", "packet", "--from", "2009-01-01",
                 "--to", "2009-12-31", "--lang", "fr", "-o", str(out)]) == 0
    text = words(out)
    for fact in ("DOSSIER D’INFORMATION", "TABLE DES MATIÈRES", "1 résumé de réunion",
                 "1er janvier – 31 décembre 2009", "Mesures de suivi en cours",
                 "Événements à venir", "23–24 avril 2009", "EN RETARD", "Cote Titre Date Langue",
                 "Page 2 sur"):
        assert fact in text, fact
    assert "Upcoming events" not in text and "Page 2 of" not in text


def test_an_unknown_language_is_bad_usage(demo_db: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(demo_db), "pdf", "summary", MEETING[:8], "--lang", "de",
              "-o", str(tmp_path / "x.pdf")])
    assert exit_info.value.code == 2 and "--lang" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def _one_page_pdf(said: str) -> bytes:
    """A real one-page PDF that says ``said``."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(72, 720, said)
    canvas.save()
    return buf.getvalue()


def test_the_packet_appends_the_attachment_in_its_language(tmp_path: Path) -> None:
    import hashlib

    from migdesk.services.demo import load_demo
    from migdesk.services.records import create_record
    from migdesk.store.models import Blob

    db = Database.open(tmp_path / "demo.sqlite")
    try:
        load_demo(db)
        agenda = demo_id("agenda")
        for lang, said in (("en", "Agenda in English"), ("es", "Orden del dia en espanol")):
            pdf = _one_page_pdf(said)
            sha = hashlib.sha256(pdf).hexdigest()
            with db.session() as s:
                s.add(Blob(sha256=sha, size=len(pdf), data=pdf))
            create_record(db, "attachments", {"document_id": agenda, "filename": f"{lang}.pdf",
                                              "sha256": sha, "size": len(pdf), "language": lang})
        printed = {}
        for lang in ("es", "fr"):
            out = tmp_path / f"{lang}.pdf"
            printing.write_packet(db, [MEETING], None, None, out, lang=lang)
            printed[lang] = words(out)
    finally:
        db.close()
    assert "Orden del dia en espanol" in printed["es"] and "Agenda in English" not in printed["es"]
    # No French version: the original (English) one.
    assert "Agenda in English" in printed["fr"] and "espanol" not in printed["fr"]
