"""A meeting entered only through the form's fields prints a complete summary, and a
briefing packet lists what belongs to its meetings: real databases, real PDFs read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from migdesk.reports.packet import build_packet
from migdesk.reports.text import long_date
from migdesk.services import print_packet_data, printing
from migdesk.services.records import create_record, update_record
from migdesk.store.database import Database

OUTCOME = (
    "The Secretariat will circulate the revised work plan for 2010 to all delegations, "
    "together with a calendar of the workshops planned with the regional consultative "
    "processes on migration."
)
PARAGRAPH = (
    "To instruct the Permanent Council to continue, through its Special Committee on "
    "Migration Issues, the dialogue with the regional consultative processes."
)


def add(db: Database, record_kind: str, **values: Any) -> str:
    """Create a record as the form does; returns its id."""
    return create_record(db, record_kind, values).items[0].id


def words(pdf: Path, pages: slice = slice(None)) -> str:
    """The PDF's text, whitespace collapsed (line breaks do not matter)."""
    reader = PdfReader(pdf)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[pages])


@pytest.fixture
def october(db: Database) -> dict[str, str]:
    """The CEAM meeting of October 8, 2009, entered field by field, with no introduction."""
    ids: dict[str, str] = {}
    ids["oas"] = add(db, "organizations", name="Organization of American States",
                     acronym="OAS", kind="intergovernmental organization")
    ids["ceam"] = add(db, "organizations", name="Special Committee on Migration Issues",
                      acronym="CEAM", kind="committee", parent_id=ids["oas"])
    ids["mexico"] = add(db, "organizations", name="Mexico", kind="member state delegation")
    ids["egypt"] = add(db, "organizations", name="\u0645\u0635\u0631", kind="member state delegation")
    ids["chair"] = add(db, "persons", name="Mar\u00eda del Luj\u00e1n Flores",
                       honorific="Ambassador",
                       job_title="Permanent Representative of Uruguay")
    ids["res"] = add(db, "resolutions", symbol="AG/RES. 2465 (XXXIX-O/09)",
                     title="Migrant Populations and Migration Flows in the Americas")
    add(db, "paragraphs", resolution_id=ids["res"], number=3, text=PARAGRAPH)
    ids["meeting"] = add(db, "meetings", title="Work plan of the Committee for 2010",
                         body_id=ids["ceam"], date="2009-10-08", place="Washington, D.C.",
                         chair_id=ids["chair"], mandate_ids=[ids["res"]])
    add(db, "interventions", meeting_id=ids["meeting"], speaker_kind="delegation",
        speaker_ids=[ids["mexico"]],
        text="Supported the proposal to hold a workshop on temporary worker programs.")
    add(db, "interventions", meeting_id=ids["meeting"], speaker_kind="delegation",
        speaker_ids=[ids["egypt"]], text="Asked for the calendar of workshops.")
    add(db, "actions", meeting_id=ids["meeting"], number=1, description=OUTCOME,
        status="planned", due_date="2010-04-06")
    return ids


def test_summary_from_fields_only_shows_date_place_chair_mandates_and_speakers(
    db: Database, october: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    printing.write_summary(db, october["meeting"], out)
    text = words(out)
    for fact in (
        "SPECIAL COMMITTEE ON MIGRATION ISSUES",
        "The meeting was held in Washington, D.C., on October 8, 2009.",
        "It was chaired by Ambassador Mar\u00eda del Luj\u00e1n Flores, "
        "Permanent Representative of Uruguay.",
        "AG/RES. 2465 (XXXIX-O/09), \u201cMigrant Populations and Migration Flows in the Americas\u201d",
        "Mexico: Supported the proposal to hold a workshop",
        "Asked for the calendar of workshops.",
        "Due: April 6, 2010",
    ):
        assert fact in text, fact
    assert "6 April 2010" not in text  # one date style on the page
    # The Arabic delegation's name leads its bullet, its letters joined (initial meem,
    # medial sad, final reh); pypdf reads right-to-left runs back in logical order.
    assert "\ufee3\ufebc\ufeae" in text


def test_the_header_date_is_the_date_of_issue_and_never_the_day_of_printing(
    db: Database, october: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    printing.write_summary(db, october["meeting"], out)
    first = words(out, slice(0, 1))
    header = first[: first.index("Work plan of the Committee")]
    assert header.endswith("OEA/Ser.G Original: English ")  # no date at all
    assert long_date(date.today()) not in first

    update_record(db, "meetings", october["meeting"], {"summary_date": "2009-10-20"})
    printing.write_summary(db, october["meeting"], out)
    first = words(out, slice(0, 1))
    header = first[: first.index("Work plan of the Committee")]
    assert "OEA/Ser.G October 20, 2009 Original: English" in header


def test_unprintable_characters_are_reported_with_the_pdf(
    db: Database, october: dict[str, str], tmp_path: Path
) -> None:
    clean = printing.PrintNotes()
    printing.write_summary(db, october["meeting"], tmp_path / "a.pdf", notes=clean)
    assert clean.unprintable == []  # Arabic, accents: every character has a font
    add(db, "interventions", meeting_id=october["meeting"], speaker="Belize",
        text="Welcomed the plan \U0001F99C with hieroglyphs \U00013000\U00013001.")
    missing = printing.PrintNotes()
    printing.write_summary(db, october["meeting"], tmp_path / "b.pdf", notes=missing)
    assert missing.unprintable == ["\U0001F99C", "\U00013000", "\U00013001"]
    assert missing.untranslated == []  # printed in its own language


# ==================================================================== the packet


@pytest.fixture
def packet_pdf(db: Database, october: dict[str, str], tmp_path: Path) -> Path:
    """A packet of two meetings (October 8 and 15, 2009, its period) printed on October
    20, 2009, with a document cited, documents of the body in and before the period and
    of another body, and past and coming events."""
    ceam, other = october["ceam"], add(db, "organizations", name="Permanent Council",
                                       kind="council")
    agenda = add(db, "documents", symbol="CE/AM-120/09", title="Draft agenda", body_id=ceam)
    add(db, "documents", symbol="CE/AM-121/09", title="Work plan 2010", body_id=ceam,
        date="2009-10-12")
    add(db, "documents", symbol="CP/doc. 4400/09", title="Other body", body_id=other,
        date="2009-10-01")
    add(db, "documents", symbol="CE/AM-90/09", title="Before the period", body_id=ceam,
        date="2009-10-01")
    second = add(db, "meetings", title="Consultations with the regional processes",
                 body_id=ceam, date="2009-10-15", agenda_document_id=agenda)
    add(db, "events", title="Workshop on migrant workers", start_date="2010-04-06",
        end_date="2010-04-07", place="Washington, D.C.")
    add(db, "events", title="Forum held long before", start_date="2009-04-07")
    meetings = print_packet_data.choose_meetings(db, [october["meeting"], second])
    data = print_packet_data.packet_data(db, meetings, today=date(2009, 10, 20))
    out = tmp_path / "packet.pdf"
    build_packet(data, out)
    return out


def _section(text: str, heading: str, following: str) -> str:
    start = text.index(heading, text.index("CONTENTS") + 300)
    end = text.find(following, start)
    return text[start : end if end > 0 else None]


def test_packet_documents_are_those_cited_and_of_the_body_in_the_period_with_dates(
    packet_pdf: Path,
) -> None:
    text = words(packet_pdf)
    documents = _section(text, "Documents Symbol Title Date", "\x00")
    assert "CE/AM-120/09 Draft agenda October 15, 2009" in documents  # cited: its meeting's date
    assert "CE/AM-121/09 Work plan 2010 October 12, 2009" in documents  # the body's, in the period
    assert "CP/doc. 4400/09" not in documents and "CE/AM-90/09" not in documents
    assert "AG/RES." not in documents  # resolutions are mandates, not documents


def test_packet_mandates_show_operative_paragraphs_and_whole_actions(packet_pdf: Path) -> None:
    text = words(packet_pdf)
    mandates = _section(text, "Mandates Resolution Operative paragraph", "Open follow-up")
    assert "Migrant Populations and Migration Flows in the Americas" in mandates
    # The operative paragraph by number, wrapped at word boundaries within its column.
    for word in ("3.", *PARAGRAPH.split()):
        assert word in mandates.split(), word
    for word in ("1.", *OUTCOME.split()):  # the action in full, never cut mid-word
        assert word in mandates.split(), word


def test_packet_events_from_its_date_and_titles_on_cover_and_footer(packet_pdf: Path) -> None:
    reader = PdfReader(packet_pdf)
    text = words(packet_pdf)
    events = _section(text, "Upcoming events Event", "Documents Symbol")
    assert "Workshop on migrant workers April 6\u20137, 2010" in events
    assert "Forum held long before" not in events
    cover = " ".join((reader.pages[0].extract_text() or "").split())
    titles = "Work plan of the Committee for 2010; Consultations with the regional processes"
    assert titles in cover and "2 meetings" not in text
    contents = " ".join((reader.pages[1].extract_text() or "").split())
    assert contents.startswith("CONTENTS") and "Work plan of the Committee for 2010;" in contents


def test_intervention_labels_never_show_a_dash_for_the_speaker(
    db: Database, october: dict[str, str]
) -> None:
    from migdesk.services.records import list_records

    labels = sorted(r.label for r in list_records(db, "interventions"))
    assert labels == ["Delegation: Asked for the calendar of workshops.",
                      "Delegation: Supported the proposal to hold a workshop on temporary "
                      "worker programs."]
    add(db, "interventions", meeting_id=october["meeting"], text="It was noted that ...")
    add(db, "interventions", meeting_id=october["meeting"], speaker="Some delegations",
        speaker_ids=[october["mexico"], october["egypt"]], text="Some delegations agreed.")
    labels = {r.label for r in list_records(db, "interventions")}
    assert "It was noted that ..." in labels and "Some delegations: Some delegations agreed." in labels
    assert not any(label.startswith("\u2014") for label in labels)
