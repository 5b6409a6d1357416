"""import-report: real report files (.txt, .docx, printed PDF) read into the demo's records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.services.demo import demo_id
from migdesk.services.errors import MigdeskError
from migdesk.services.printing import write_summary
from migdesk.services.records import apply_change, count, update_record
from migdesk.services.report_import import read_report, write_draft
from migdesk.store.database import Database
from tests.conftest import REPORT
from tests.integration import report_files as rf
from tests.integration.test_cli import run, table_dump

KINDS = ("organizations", "resolutions", "documents", "agenda_items", "interventions", "actions",
         "events", "invitations")  # fmt: skip


@pytest.fixture
def report() -> Path:
    if not REPORT.exists():
        pytest.skip("shared/data is not beside the checkout")
    return REPORT


def test_ceam_report_reads_as_the_demo(capsys, tmp_path: Path, report: Path) -> None:
    code, out, err = run(capsys, tmp_path / "new.sqlite", "import-report", str(report), "--dry-run", "--json")
    assert code == 0, err
    draft = json.loads(out)
    assert set(draft) >= {"meeting", "organizations", "resolutions", "documents", "agenda_items",
                          "interventions", "actions", "decisions", "events", "unplaced", "warnings"}
    assert rf.draft_expectations(draft) == rf.demo_expectations()
    assert len(draft["interventions"]) == 14 and len(draft["actions"]) == 4
    assert draft["meeting"]["date"] == "2009-02-13" and draft["meeting"]["place"] == "Washington, D.C."
    assert [a["number"] for a in draft["actions"]] == [1, 2, 3, 4]
    assert draft["unplaced"] == []
    assert any("number was lost" in w for w in draft["warnings"])  # "\ufffd.\tMERCOSUR ..."
    assert not any("existing" in r for kind in KINDS for r in draft[kind])
    assert draft["interventions"][0]["source_lines"] == [5, 5]
    written = Database.open(tmp_path / "new.sqlite")
    assert all(count(written, kind) == 0 for kind in (*KINDS, "meetings"))
    written.close()


def test_on_the_demo_database_every_record_exists(capsys, tmp_path: Path, report: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert run(capsys, db, "init", "--demo")[0] == 0
    before = table_dump(db)
    code, out, err = run(capsys, db, "import-report", str(report), "--dry-run", "--json")
    assert code == 0, err
    draft = json.loads(out)
    assert draft["meeting"]["existing"] == demo_id("meeting")
    for kind in KINDS:
        assert draft[kind], kind
        assert all("existing" in r for r in draft[kind]), kind
    assert [i["existing"] for i in draft["interventions"]] == [demo_id(f"int-{n}") for n in range(1, 15)]
    assert [a["existing"] for a in draft["actions"]] == [demo_id(f"act-{n}") for n in range(1, 5)]
    assert {r["existing"] for r in draft["resolutions"]} == {demo_id("res-2356")}
    assert table_dump(db) == before


def test_writing_is_one_change_that_undoes(db: Database, report: Path) -> None:
    draft = read_report(db, report)
    change = write_draft(db, draft)
    assert count(db, "interventions") == 14 and count(db, "actions") == 4
    assert {i.kind for i in change.items} >= {"meetings", "interventions", "actions", "events"}
    meeting = next(i for i in change.items if i.kind == "meetings")
    assert meeting.after and meeting.after["mandate_ids"] and meeting.after["version"] == 1
    again = read_report(db, report)  # a second import finds everything
    assert again.new_records() == []
    apply_change(db, change.inverse())
    assert count(db, "interventions") == 0 and count(db, "meetings") == 0
    assert count(db, "organizations") == 0


def test_import_prints_the_new_meeting(capsys, tmp_path: Path, report: Path) -> None:
    path = tmp_path / "w.sqlite"
    code, out, err = run(capsys, path, "import-report", str(report))
    assert code == 0, err
    meeting_id = out.strip()
    code, out, _ = run(capsys, path, "show", "meetings", meeting_id, "--json")
    shown = json.loads(out)
    assert shown["date"] == "2009-02-13" and len(shown["mandate_ids"]) == 1
    code, out, _ = run(capsys, path, "list", "interventions", "--json")
    assert [i["speaker"] for i in json.loads(out)][:2] == ["Some countries", ""]


def test_docx_reads_as_the_demo(db: Database, tmp_path: Path) -> None:
    path = rf.write_demo_docx(tmp_path / "ceam.docx")
    draft = read_report(db, path).to_json()
    assert rf.draft_expectations(draft) == rf.demo_expectations()
    assert (draft["meeting"]["symbol"], draft["meeting"]["summary_date"]) == ("CE/AM-76/09", "2009-02-20")
    assert draft["documents"][0]["classification"] == "OEA/Ser.G"


def test_printed_summary_reads_back_as_the_demo(demo: Database, db: Database, tmp_path: Path) -> None:
    pdf = tmp_path / "summary.pdf"
    # An issued summary carries its date of issue in the header. (Known limit: without it
    # the parser takes the committee's name for the title; see docs/report-import.md.)
    update_record(demo, "meetings", demo_id("meeting"), {"summary_date": "2009-02-20"})
    write_summary(demo, demo_id("meeting"), pdf)
    draft = read_report(db, pdf).to_json()
    # Typesetting keeps no double spaces: texts compare with whitespace collapsed.
    assert rf.draft_expectations(draft, squeeze=True) == rf.squeezed(rf.demo_expectations())
    assert draft["source"]["header"]["classification"] == "OEA/Ser.G"
    assert draft["source"]["header"]["bodies"][-1] == "Special Committee on Migration Issues"
    assert draft["unplaced"] == []
    on_demo = read_report(demo, pdf).to_json()
    assert on_demo["meeting"]["existing"] == demo_id("meeting")
    assert all("existing" in a for a in on_demo["actions"])


def test_spanish_report(db: Database) -> None:
    draft = read_report(db, rf.FIXTURES / "ceam-2009-03-12-es.txt").to_json()
    meeting = draft["meeting"]
    assert (meeting["date"], meeting["place"], meeting["language"]) == ("2009-03-12", "Washington, D.C.", "es")
    assert meeting["symbol"] == "CE/AM-88/09"
    docs = {d["id"]: d for d in draft["documents"]}
    assert docs[meeting["agenda_document_id"]]["symbol"] == "CE/AM-80/09 rev. 1"
    assert docs[meeting["order_of_business_document_id"]]["symbol"] == "CE/AM-81/09"
    assert draft["resolutions"][0]["title"] == "Poblaciones migrantes y flujos de migración en las Américas"
    names = rf.organization_names(draft)
    assert names[meeting["body_id"]] == "Special Committee on Migration Issues"
    assert [(i["speaker"], i["speaker_kind"]) for i in draft["interventions"]] == [
        ("Algunas delegaciones", "group"), ("México", "delegation"), ("", "unattributed")]
    assert [a["title"] for a in draft["agenda_items"]] == ["Diálogo con la Conferencia Regional sobre Migración"]
    event = draft["events"][0]
    assert (event["title"], event["start_date"], event["end_date"], event["place"]) == (
        "Taller sobre Programas de Trabajadores Temporales", "2009-02-24", "2009-02-25",
        "San Salvador, El Salvador")
    first, second = draft["actions"]
    assert (first["status"], names[first["counterpart_id"]]) == ("invited", "Regional Conference on Migration")
    assert names[second["responsible_id"]] == "General Secretariat of the OAS"


def test_rcm_conclusions_with_lettered_sub_items(db: Database) -> None:
    draft = read_report(db, rf.FIXTURES / "rcm-2009-07-vice-ministerial.txt").to_json()
    meeting = draft["meeting"]
    assert (meeting["date"], meeting["place"]) == ("2009-07-14", "Guatemala City, Guatemala")
    assert rf.organization_names(draft)[meeting["body_id"]] == "Regional Conference on Migration"
    assert [(d["kind"], d["text"][:3]) for d in draft["decisions"]] == [
        ("agreed", "The"), ("requested", "The"), ("requested", "a) "), ("requested", "b) "),
        ("requested", "c) "), ("took note", "The")]
    assert draft["actions"] == []
    assert [i["speaker"] for i in draft["interventions"]] == ["Mexico", "Some countries"]


@pytest.mark.parametrize("name", ["ceam-2009-03-12-es.txt", "rcm-2009-07-vice-ministerial.txt"])
def test_every_sentence_lands_somewhere(db: Database, name: str) -> None:
    _assert_all_placed(read_report(db, rf.FIXTURES / name).to_json(), rf.FIXTURES / name)


def test_every_sentence_of_the_ceam_report_lands_somewhere(db: Database, report: Path) -> None:
    _assert_all_placed(read_report(db, report).to_json(), report)


def _assert_all_placed(draft: dict, path: Path) -> None:
    """Every source line's words are in a record, in unplaced, or were read as the header."""
    m = draft["meeting"]
    texts = [m["title"], m["introduction"] or ""]
    texts += [i["text"] for i in draft["interventions"]] + [d["text"] for d in draft["decisions"]]
    texts += [a["description"] + " " + (a["outcome"] or "") for a in draft["actions"]]
    texts += [a["title"] for a in draft["agenda_items"]] + [u["text"] for u in draft["unplaced"]]
    corpus = " ".join(" ".join(texts).split())
    header = set(draft["source"]["header"]["lines"])
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        words = [w for w in line.replace("\ufffd", " ").split() if w.isalpha() and len(w) > 3]
        if n in header or not words or line.strip() in ("Conclusions", "Discussion", "II.\tSeguimiento"):
            continue
        assert all(w in corpus for w in words), f"line {n} not placed: {line!r}"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("scan.pdf", None, "no text layer"),
        ("locked.pdf", None, "encrypted"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable .docx"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old Word"),
        ("binary.txt", b"\x00\x01\x02" * 100, "not a text file"),
        ("empty.txt", b"   \n\n", "no text found"),
    ],
)
def test_unreadable_files_exit_1_with_nothing_written(capsys, tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if name == "scan.pdf":
        rf.write_scanned_pdf(path)
    elif name == "locked.pdf":
        rf.write_encrypted_pdf(path)
    else:
        path.write_bytes(content or b"")
    db = tmp_path / "db.sqlite"
    assert run(capsys, db, "init", "--demo")[0] == 0
    before = table_dump(db)
    code, out, err = run(capsys, db, "import-report", str(path))
    assert code == 1 and out == ""
    assert err.startswith("migdesk: error: ") and message in err and err.count("\n") == 1, err
    assert table_dump(db) == before


def test_cp1252_and_bom_files(db: Database, tmp_path: Path) -> None:
    text = "Some delegations noted the report.\n\n· Delegations welcomed the “Taller” on 24 y 25 de febrero de 2009.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252", errors="replace"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(text.encode("utf-16"))
    a, b, c = (read_report(db, tmp_path / f"{n}.txt").to_json() for n in "abc")
    assert a["interventions"][0]["text"] == b["interventions"][0]["text"] == c["interventions"][0]["text"]
    assert "“Taller”" in a["interventions"][0]["text"]


def test_body_option_names_the_meeting_body(capsys, tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    run(capsys, db, "init", "--demo")
    path = tmp_path / "r.txt"
    path.write_text("The meeting took place.\n\n· Some countries spoke.\n", encoding="utf-8")
    code, out, err = run(capsys, db, "import-report", str(path), "--dry-run", "--json",
                         "--body", demo_id("rcm")[:8], "--language", "en")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["meeting"]["body_id"] == demo_id("rcm")
    code, _, err = run(capsys, db, "import-report", str(path), "--language", "xx")
    assert code == 2


def test_corrections_then_one_write(demo: Database, db: Database, report: Path) -> None:
    from migdesk.services.report_import.editing import (
        merge_with_next,
        set_speaker,
        split_after_sentence,
    )

    draft = read_report(demo, report)
    first = draft.report.of("interventions")[1]
    set_speaker(draft, first.key, "Mexico", "delegation")
    assert first.key not in draft.existing  # corrected: written as a new record
    new = split_after_sentence(draft, draft.report.of("interventions")[5].key)
    assert new.values["text"].startswith("Delegations underscored")
    merged = merge_with_next(draft, draft.report.of("interventions")[0].key)
    assert merged.values["text"].startswith("Some countries") and "Mexico" not in merged.values["text"]
    assert len(draft.report.of("interventions")) == 14
    assert [r.values["position"] for r in draft.report.of("interventions")] == list(range(14))
    fresh = read_report(db, report)
    split_after_sentence(fresh, fresh.report.of("interventions")[1].key)
    change = write_draft(db, fresh)
    assert count(db, "interventions") == 15 and len(change.items) == len(fresh.report.records)


def test_messy_pdf(db: Database, tmp_path: Path) -> None:
    draft = read_report(db, rf.write_messy_pdf(tmp_path / "messy.pdf")).to_json()
    header = draft["source"]["header"]
    assert header["bodies"] == ["Permanent Council of the Organization of American States",
                                "Special Committee on Migration Issues"]
    assert (header["classification"], header["issued"], header["original_language"]) == ("OEA/Ser.G", "2009-04-06", "en")
    meeting = draft["meeting"]
    assert meeting["symbol"] == "CE/AM-90/09"
    assert meeting["introduction"] == ("The Special Committee on Migration Issues met in Washington, D.C., on "
                                       "April 2, 2009, at the request of MERCOSUR, to hear the RCM.")
    assert (meeting["date"], meeting["place"]) == ("2009-04-02", "Washington, D.C.")
    assert [i["text"] for i in draft["interventions"]] == [
        "Some delegations underscored the value of the Puebla Process and asked the General Secretariat "
        "to keep the Committee informed of its meetings with the Regional Conference on Migration.",
        "It was noted that the next meeting would be held on May 7, 2009."]
    assert draft["unplaced"] == [{"text": "1/ The Southern Common Market.", "source_lines": [draft["unplaced"][0]["source_lines"][0]] * 2, "reason": "footnote"}]


_NOISE = ["\ufffd", "\n", "\n\n", "1. ", "b) ", "· ", "/", "“", "AG/RES. 9 (I-O/70)", "CE/AM-1/09",
          "April 31, 2009", "Conclusions\n", "The delegation of ", " invited ", " (ZZ) ", "\t"]  # fmt: skip


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 60), st.sampled_from(_NOISE)), max_size=20))
def test_mangled_reports_write_or_fail_cleanly(tmp_path_factory: pytest.TempPathFactory, edits: list) -> None:
    source = rf.FIXTURES / "rcm-2009-07-vice-ministerial.txt"
    text = (REPORT if REPORT.exists() else source).read_text(encoding="utf-8")
    for where, cut, noise in edits:
        at = int(where * len(text))
        text = text[:at] + noise + text[at + cut :]
    folder = tmp_path_factory.mktemp("mangled")
    (folder / "r.txt").write_text(text, encoding="utf-8")
    db = Database.open(folder / "db.sqlite")
    try:
        draft = read_report(db, folder / "r.txt")
        change = write_draft(db, draft)
        assert count(db, "meetings") == 1
        assert len(change.items) == len(draft.report.records)
        apply_change(db, change.inverse())
        assert count(db, "meetings") == 0
    except MigdeskError as exc:
        assert "\n" not in str(exc)
    finally:
        db.close()


def test_import_report_needs_no_qt(tmp_path: Path) -> None:
    from tests.integration.test_without_qt import migdesk_without_qt

    source = rf.FIXTURES / "rcm-2009-07-vice-ministerial.txt"
    done = migdesk_without_qt("--db", str(tmp_path / "q.sqlite"), "import-report", str(source), "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["decisions"]) == 6


def test_text_with_page_breaks_running_heads_and_footnotes(db: Database) -> None:
    draft = read_report(db, rf.FIXTURES / "ceam-2009-04-30-pages.txt").to_json()
    meeting = draft["meeting"]
    assert meeting["title"] == "SUMMARY OF THE MEETING OF APRIL 30, 2009"  # a title in capitals
    assert meeting["introduction"] == (  # the inline footnote mark "1/" is gone
        "The Special Committee on Migration Issues met in Washington, D.C., on April 30, 2009.")
    assert draft["source"]["header"]["issued"] == "2009-05-04"
    assert [(i["speaker"], i["text"]) for i in draft["interventions"]] == [
        ("Canada", "The delegation of Canada said that the statistics were useful."),
        ("Delegations", "Delegations welcomed the report.")]  # running heads and page numbers gone
    assert [(u["text"], u["reason"]) for u in draft["unplaced"]] == [
        ("1/ A footnote about the meeting.", "footnote")]
