"""The report parser on its own: dates, list markers, speakers, and hostile text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.domain.report_parse import BUILTIN_BODIES, SourceLine, parse_report
from migdesk.domain.report_parse.blocks import build_blocks
from migdesk.domain.report_parse.bodies import BodyIndex
from migdesk.domain.report_parse.dates import find_dates
from migdesk.domain.report_parse.speakers import find_speaker
from migdesk.services.errors import MigdeskError
from migdesk.services.report_import.readers import read_lines, text_lines
from tests.conftest import REPORT


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("held on February 24 and 25, 2009.", date(2009, 2, 24), date(2009, 2, 25)),
        ("los días 24 y 25 de febrero de 2009", date(2009, 2, 24), date(2009, 2, 25)),
        ("scheduled for April 7, 2009", date(2009, 4, 7), date(2009, 4, 7)),
        ("le 13 février 2009", date(2009, 2, 13), date(2009, 2, 13)),
        ("em 3 de março de 2010", date(2010, 3, 3), date(2010, 3, 3)),
    ],
)
def test_dates_and_ranges(text: str, start: date, end: date) -> None:
    (found,) = find_dates(text)
    assert (found.start, found.end) == (start, end)


def test_impossible_dates_are_no_dates() -> None:
    assert find_dates("February 30, 2009 and April 25 and 24, 2009") == []


def _lines(*texts: str) -> list[SourceLine]:
    return [SourceLine(n, t) for n, t in enumerate(texts, start=1)]


def test_broken_lines_join_and_lost_markers_are_inferred() -> None:
    blocks, _ = build_blocks(_lines(
        " Pursuant to ... and MERCOSUR", "/, the Special Committee met.", "",
        "1. First item", "2. Second item", " \ufffd.\tThird item", "- 4 -", "Page 2 of 3",
    ))  # fmt: skip
    assert [(b.kind, b.label, b.text) for b in blocks] == [
        ("para", None, "Pursuant to ... and MERCOSUR, the Special Committee met."),
        ("number", "1", "First item"), ("number", "2", "Second item"), ("number", "3", "Third item"),
    ]  # fmt: skip
    assert blocks[-1].label_lost


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Some countries pointed out the importance of it.", "Some countries", "group"),
        ("The OAS was asked to act. Delegations underscored its role.", "Delegations", "group"),
        ("It was noted that the IACHR is an observer.", "", "unattributed"),
        ("The RCM has a three-pronged Plan of Action.", "", "unattributed"),
        ("The delegation of Mexico said that it agreed.", "Mexico", "delegation"),
        ("The delegations of Chile and Peru stated their support.", "Chile, Peru", "delegations"),
        ("The representative of the IACHR said that it would help.", "", "unattributed"),
        ("The IACHR reported on its work.", "IACHR", "organization"),
        ("Algunas delegaciones destacaron la cooperación.", "Algunas delegaciones", "group"),
        ("La delegación de Colombia señaló su apoyo.", "Colombia", "delegation"),
        ("The Chair recalled the mandate.", "Chair", "chair"),
    ],
)
def test_speakers(text: str, speaker: str, kind: str) -> None:
    index = BodyIndex.of(list(BUILTIN_BODIES))
    index.learn(text)
    found = find_speaker(text, index)
    assert (found.name, found.kind) == (speaker, kind)


def test_confidence_is_lower_without_a_reading() -> None:
    index = BodyIndex.of(list(BUILTIN_BODIES))
    assert find_speaker("Bridges were built.", index).confidence < 0.9


_NOISE = st.sampled_from(["\ufffd", "\n", "\n\n", "1. ", "a) ", "• ", "· ", "/", "IV. ", "“", "”",
                          "AG/RES. 1 (I-O/70)", "CE/AM-1/09 rev. 1", "February 31, 2009",
                          "\t", "\f", "The delegation of ", " (X)", "Page 1 of 2\n", "OEA/Ser.G\n",
                          "Status: Done · Due: x", "Outcome: ", "Conclusions\n", "invited ", ":"])  # fmt: skip


def _report_text() -> str:
    if REPORT.exists():
        return REPORT.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "rcm-2009-07-vice-ministerial.txt").read_text(encoding="utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), _NOISE), max_size=25))
def test_mangled_reports_never_break_the_parser(edits: list[tuple[float, int, str]]) -> None:
    text = _report_text()
    for where, cut, noise in edits:
        at = int(where * len(text))
        text = text[:at] + noise + text[at + cut :]
    report = parse_report(text_lines(text))
    assert len(report.of("meetings")) == 1
    last = len(text.splitlines())
    for record in report.records:
        assert 0 <= record.lines[0] <= record.lines[1] <= last
        assert 0 <= record.confidence <= 1


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400))
def test_any_text_parses(text: str) -> None:
    report = parse_report(text_lines(text))
    assert report.meeting.values["title"]
    assert all(i.values["text"].strip() for i in report.of("interventions"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".docx", ".pdf", ".doc", ""]),
       head=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf"]))  # fmt: skip
def test_any_file_reads_or_fails_with_one_clear_error(tmp_path: Path, data: bytes, suffix: str, head: bytes) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_bytes(head + data)
    try:
        lines = read_lines(path)
    except MigdeskError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    parse_report(lines)


@pytest.mark.parametrize("text", [
    "Abc " * 50000,  # capitalized words without an acronym: a name that never ends
    "The delegation of " + "Abc " * 50000,
    "1. " + "The Abc invited " * 15000,
    "1. " + "Workshop on " * 20000,
])  # fmt: skip
def test_large_hostile_text_parses_in_linear_time(text: str) -> None:
    import time

    started = time.perf_counter()
    parse_report(text_lines(text))
    assert time.perf_counter() - started < 10  # about 0.5 s; quadratic searches took minutes


@pytest.mark.parametrize(
    ("text", "language", "place", "day", "speaker"),
    [
        ("Le Comité s'est réuni à Genève, Suisse, le 5 mars 2009.\n\n"
         "• Certaines délégations ont souligné le rôle du dialogue.", "fr", "Genève, Suisse",
         "2009-03-05", "Certaines délégations"),
        ("A Comissão se reuniu em Brasília, Brasil, em 3 de março de 2010.\n\n"
         "• Algumas delegações destacaram a cooperação regional.", "pt", "Brasília, Brasil",
         "2010-03-03", "Algumas delegações"),
    ],
)  # fmt: skip
def test_french_and_portuguese_where_the_rules_serve(text: str, language: str, place: str, day: str, speaker: str) -> None:
    report = parse_report(text_lines(text))
    meeting = report.meeting.values
    assert (report.language, meeting["place"], meeting["date"]) == (language, place, day)
    assert report.of("interventions")[0].values["speaker"] == speaker
