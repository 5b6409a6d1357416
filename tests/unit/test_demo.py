"""The demo holds everything of the real meeting report, verbatim."""

from __future__ import annotations

import re

import pytest

from migdesk.services import records
from migdesk.services.demo import demo_id, load_demo
from migdesk.store.database import Database
from tests.conftest import REPORT


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def report() -> str:
    if not REPORT.exists():
        pytest.skip("shared/data is not beside the checkout")
    return REPORT.read_text(encoding="utf-8")


def test_every_paragraph_of_the_report_is_held(demo: Database, report: str) -> None:
    held = [i.values["text"] for i in records.list_records(demo, "interventions")]
    actions = records.list_records(demo, "actions")
    held += [_words(f"{a.values['description']} {a.values['outcome'] or ''}") for a in actions]
    meeting = records.get_record(demo, "meetings", demo_id("meeting"))
    held += meeting.values["introduction"].split("\n\n")
    held_words = _words(" ".join(held))
    for paragraph in filter(None, (p.strip() for p in report.splitlines())):
        body = re.sub(r"^(·|\d\.|\ufffd\.)\s*", "", paragraph)
        if body.startswith("/, the Special Committee"):
            body = body[1:]  # the "/" is what is left of a lost footnote marker
        assert _words(body) in held_words, body[:60]


def test_structure_of_the_demo(demo: Database) -> None:
    orgs = {
        o.values["acronym"] or o.values["name"]: o
        for o in records.list_records(demo, "organizations")
    }
    assert orgs["CEAM"].values["parent_id"] == orgs["CP"].id
    assert orgs["CP"].values["parent_id"] == orgs["OAS"].id
    assert orgs["IACHR"].values["parent_id"] == orgs["OAS"].id
    assert any(a["name"] == "Puebla Process" for a in orgs["RCM"].values["aliases"])
    assert orgs["Delegation of El Salvador"].values["kind"] == "member state delegation"
    chain = [r.values["symbol"] for r in records.list_records(demo, "resolutions")]
    assert chain == [
        "AG/RES. 2326 (XXXVII-O/07)",
        "AG/RES. 2356 (XXXVIII-O/08)",
        "AG/RES. 2465 (XXXIX-O/09)",
        "AG/RES. 2608 (XL-O/10)",
    ]
    invitations = records.list_records(demo, "invitations")
    assert {i.values["response"] for i in invitations} == {"unable to attend", "no response"}


def test_loading_twice_adds_nothing(demo: Database) -> None:
    assert load_demo(demo).is_empty
