"""One record per symbol, and a resolution's session and year taken from its symbol."""

from __future__ import annotations

import pytest

from migdesk.services import records as r
from migdesk.services.demo import demo_id
from migdesk.services.symbols_check import DuplicateSymbol, session_and_year
from migdesk.store.database import Database


def test_a_second_resolution_with_a_known_symbol_is_refused_naming_the_first(
    demo: Database,
) -> None:
    before = r.count(demo, "resolutions")
    with pytest.raises(DuplicateSymbol) as caught:
        # Other spelling of the demo's AG/RES. 2356 (XXXVIII-O/08): same canonical symbol.
        r.create_record(demo, "resolutions", {"symbol": "ag/res 2356 (XXXVIII-0/08)"})
    assert caught.value.existing_id == demo_id("res-2356")
    assert "AG/RES. 2356 (XXXVIII-O/08)" in str(caught.value)
    assert r.count(demo, "resolutions") == before


def test_renaming_a_document_to_another_documents_symbol_is_refused(demo: Database) -> None:
    first = r.create_record(demo, "documents", {"symbol": "CE/AM-61/08 rev. 1"}).items[0].id
    second = r.create_record(demo, "documents", {"symbol": "CE/AM-60/08"}).items[0].id
    with pytest.raises(DuplicateSymbol) as caught:
        r.update_record(demo, "documents", second, {"symbol": "CE/AM-61/08 rev.1"})
    assert caught.value.existing_id == first
    r.update_record(demo, "documents", first, {"title": "Same symbol, its own record"})


def test_a_deleted_records_symbol_can_be_used_again(demo: Database) -> None:
    r.delete_record(demo, "resolutions", demo_id("res-2356"))
    r.create_record(demo, "resolutions", {"symbol": "AG/RES. 2356 (XXXVIII-O/08)"})


def test_a_resolution_created_from_a_symbol_gets_its_session_and_year(demo: Database) -> None:
    new = r.create_record(demo, "resolutions", {"symbol": "AG/RES. 2502 (XL-O/10)"}).items[0]
    assert (new.after or {})["session"] == "XL-O"
    assert (new.after or {})["year"] == 2010
    kept = r.create_record(
        demo, "resolutions", {"symbol": "AG/RES. 1 (XXXII-E/06)", "session": "own", "year": 1}
    ).items[0]
    assert ((kept.after or {})["session"], (kept.after or {})["year"]) == ("own", 1)


@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("AG/RES. 2465 (XXXIX-O/09)", {"session": "XXXIX-O", "year": 2009}),
        ("AG/RES. 1 (XXXII-E/06)", {"session": "XXXII-E", "year": 2006}),
        ("CP/RES. 932 (1634/08)", {"year": 2008}),
        ("not a symbol", {}),
    ],
)
def test_session_and_year_read_from_symbols(symbol: str, expected: dict[str, object]) -> None:
    assert session_and_year(symbol) == expected
