"""Unit tests for the OAS document-symbol grammar (migdesk.domain.symbols)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migdesk.domain.symbols import (
    ParsedSymbol,
    int_to_roman,
    is_resolution_symbol,
    normalize_symbol,
    parse_symbol,
    roman_to_int,
)

# --- the spec examples -------------------------------------------------------------------

JSON_EXAMPLES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "AG/RES. 2356 (XXXVIII-O/08)",
        "resolution",
        {"organ": "AG", "type": "RES", "number": 2356, "session_ordinal": 38,
         "session_kind": "regular", "year": 2008},
    ),
    (
        "AG/RES. 1 (LI-E/16)",
        "resolution",
        {"organ": "AG", "type": "RES", "number": 1, "session_ordinal": 51,
         "session_kind": "special", "year": 2016},
    ),
    (
        "AG/DEC. 60 (XXXVIII-O/08)",
        "declaration",
        {"organ": "AG", "type": "DEC", "number": 60, "session_ordinal": 38,
         "session_kind": "regular", "year": 2008},
    ),
    (
        "CP/RES. 932 (1634/08)",
        "council_resolution",
        {"organ": "CP", "type": "RES", "number": 932, "council_meeting": 1634, "year": 2008},
    ),
    (
        "CE/AM-59/08 rev. 1",
        "serial_document",
        {"prefix": "CE/AM", "number": 59, "year": 2008, "revision": 1,
         "suffixes": [["rev", 1]]},
    ),
    (
        "CP/CAJP-2323/06 add. 6",
        "serial_document",
        {"prefix": "CP/CAJP", "number": 2323, "year": 2006, "addendum": 6,
         "suffixes": [["add", 6]]},
    ),
    (
        "CAJP/GT/TM-15/04 rev. 2",
        "serial_document",
        {"prefix": "CAJP/GT/TM", "number": 15, "year": 2004, "revision": 2,
         "suffixes": [["rev", 2]]},
    ),
    (
        "AG/doc.4820/08",
        "typed_document",
        {"prefix": "AG", "type": "doc", "number": 4820, "year": 2008, "suffixes": []},
    ),
    (
        "CP/doc.4331/08",
        "typed_document",
        {"prefix": "CP", "type": "doc", "number": 4331, "year": 2008, "suffixes": []},
    ),
    (
        "CP/INF. 5694/08",
        "typed_document",
        {"prefix": "CP", "type": "INF", "number": 5694, "year": 2008, "suffixes": []},
    ),
    (
        "CP/ACTA 1657/08",
        "typed_document",
        {"prefix": "CP", "type": "ACTA", "number": 1657, "year": 2008, "suffixes": []},
    ),
    (
        "CP/OD-1789/11",
        "typed_document",
        {"prefix": "CP", "type": "OD", "number": 1789, "year": 2011, "suffixes": []},
    ),
    (
        "CIDIP-VI/doc.24/02 rev. 3 corr. 2",
        "typed_document",
        {"prefix": "CIDIP-VI", "type": "doc", "number": 24, "year": 2002, "revision": 3,
         "corrigendum": 2, "suffixes": [["rev", 3], ["corr", 2]]},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "expected"), JSON_EXAMPLES)
def test_spec_examples(text: str, category: str, expected: dict[str, Any]) -> None:
    parsed = parse_symbol(text)
    assert parsed.written == text
    assert parsed.normalized == text
    assert parsed.category == category
    assert parsed.valid and parsed.problem is None
    assert parsed.noise == ()
    assert parsed.to_json() == expected
    assert list(parsed.to_json()) == list(expected)  # key order as in the CLI contract


@pytest.mark.parametrize("series", ["G", "P", "K", "L", "Q"])
def test_classification(series: str) -> None:
    parsed = parse_symbol(f"OEA/Ser.{series}")
    assert parsed.category == "classification"
    assert parsed.to_json() == {"classification": f"OEA/Ser.{series}", "series": series}


def test_classification_with_sub_series() -> None:
    parsed = parse_symbol("oea/ser. L/V/II.130")
    assert parsed.normalized == "OEA/Ser.L/V/II.130"
    assert parsed.to_json() == {"classification": "OEA/Ser.L/V/II.130", "series": "L"}


@pytest.mark.parametrize(
    ("text", "number", "ordinal", "year"),
    [
        ("AG/RES. 2326 (XXXVII-O/07)", 2326, 37, 2007),
        ("AG/RES. 2356 (XXXVIII-O/08)", 2356, 38, 2008),
        ("AG/RES. 2465 (XXXIX-O/09)", 2465, 39, 2009),
        ("AG/RES. 2608 (XL-O/10)", 2608, 40, 2010),
    ],
)
def test_ceam_mandate_chain(text: str, number: int, ordinal: int, year: int) -> None:
    parsed = parse_symbol(text)
    assert parsed.category == "resolution" and parsed.noise == ()
    assert parsed.normalized == text
    assert (parsed.parts["number"], parsed.parts["session_ordinal"]) == (number, ordinal)
    assert parsed.parts["year"] == year == 1970 + ordinal
    assert is_resolution_symbol(text)


# --- noise ---------------------------------------------------------------------------------

NOISY: list[tuple[str, str, str]] = [
    ("AG/RES. 806 (II-0/72)", "AG/RES. 806 (II-O/72)", "zero written for the letter O"),
    ("AG/RES. 2326 (XXXVII O/07)", "AG/RES. 2326 (XXXVII-O/07)", "hyphen missing"),
    ("CP/doc. 4487/08", "CP/doc.4487/08", "'doc. 4487' written as 'doc.4487'"),
    ("CE/AM-59/08 corr 1", "CE/AM-59/08 corr. 1", "period missing after 'corr'"),
    ("CIDIP-VI/doc.24/02 rev.3 corr. 2", "CIDIP-VI/doc.24/02 rev. 3 corr. 2", "spacing"),
    ("  CE/AM-59/08   rev. 1 ", "CE/AM-59/08 rev. 1", "repeated spaces removed"),
    ("CE/AM-59/08\u00a0rev.\u00a01", "CE/AM-59/08 rev. 1", "non-breaking space"),
    ("ag/res. 2356 (xxxviii-o/08)", "AG/RES. 2356 (XXXVIII-O/08)", "letter case"),
    ("AG/res. 2356 (XXXVIII-O/08)", "AG/RES. 2356 (XXXVIII-O/08)", "letter case"),
    ("cp/inf.5694/08", "CP/INF. 5694/08", "'inf.5694' written as 'INF. 5694'"),
    ("CE/AM\u201359/08 REV. 1", "CE/AM-59/08 rev. 1", "dash replaced"),
    ("AG/RES 2356 (XXXVIII-O/08)", "AG/RES. 2356 (XXXVIII-O/08)", "period missing after RES"),
    ("CP/RES. 932(1634/08)", "CP/RES. 932 (1634/08)", "spacing"),
    ("CE/AM-059/08", "CE/AM-59/08", "leading zeros"),
    ("OEA/SER.G", "OEA/Ser.G", "letter case"),
]


@pytest.mark.parametrize(("text", "canonical", "note"), NOISY)
def test_noise_is_normalised_and_reported(text: str, canonical: str, note: str) -> None:
    parsed = parse_symbol(text)
    assert parsed.valid, parsed.problem
    assert parsed.written == text
    assert parsed.normalized == canonical
    assert any(note in n for n in parsed.noise), parsed.noise


def test_noisy_and_clean_forms_have_the_same_parts() -> None:
    assert (
        parse_symbol("AG/RES. 2326 (XXXVII O/07)").to_json()
        == parse_symbol("AG/RES. 2326 (XXXVII-O/07)").to_json()
    )
    assert parse_symbol("AG/RES. 806 (II-0/72)").to_json()["year"] == 1972


def test_year_mismatch_is_a_note_not_a_rejection() -> None:
    parsed = parse_symbol("AG/RES. 2356 (XXXVIII-O/09)")
    assert parsed.valid and parsed.category == "resolution"
    assert parsed.parts["year"] == 2009
    assert "year 2009 does not match the 38th regular session (2008)" in parsed.noise
    # Special sessions follow no calendar rule.
    assert parse_symbol("AG/RES. 1 (LI-E/16)").noise == ()


@pytest.mark.parametrize(("yy", "year"), [("70", 1970), ("99", 1999), ("00", 2000), ("69", 2069)])
def test_two_digit_years(yy: str, year: int) -> None:
    assert parse_symbol(f"CE/AM-1/{yy}").parts["year"] == year


def test_suffixes_stack_and_keep_the_last_number() -> None:
    parsed = parse_symbol("CP/doc.4331/08 rev. 1 corr. 1 rev. 2")
    data = parsed.to_json()
    assert data["suffixes"] == [["rev", 1], ["corr", 1], ["rev", 2]]
    assert data["revision"] == 2 and data["corrigendum"] == 1 and "addendum" not in data
    assert parsed.describe().endswith(", revision 1, corrigendum 1, revision 2")


def test_resolution_with_suffix() -> None:
    data = parse_symbol("AG/RES. 1 (XXXVII-E/09) rev. 1").to_json()
    assert data["revision"] == 1 and data["suffixes"] == [["rev", 1]]


# --- unknown forms -------------------------------------------------------------------------

UNKNOWN: list[tuple[str, str]] = [
    ("Draft resolution of 3 March", "no organ prefix"),
    ("", "empty"),
    ("   ", "empty"),
    ("CE/AM-/08", "no number found after CE/AM"),
    ("CE/AM-59", "no year found after CE/AM-59"),
    ("AG/RES. (XXXVIII-O/08)", "no number found after AG/RES."),
    ("AG/RES. 2356", "in brackets"),
    ("AG/RES. 2356 (XXXXVIII-O/08)", "'XXXXVIII' is not a valid roman numeral"),
    ("AG/RES. 2356 (IIX-O/08)", "not a valid roman numeral"),
    ("CE/AM-59/2008", "not a known form"),
    ("CE/AM-59/\u0660\u0668", "not a known form"),  # Arabic-Indic digits are not symbol digits
]


@pytest.mark.parametrize(("text", "reason"), UNKNOWN)
def test_unknown_forms_are_kept_and_flagged(text: str, reason: str) -> None:
    parsed = parse_symbol(text)
    assert parsed.category == "unknown" and not parsed.valid
    assert parsed.written == text
    assert parsed.normalized == " ".join(text.split())
    assert parsed.problem is not None and reason in parsed.problem
    assert parsed.to_json() == {"unknown": True, "written": text}
    assert parsed.describe() == f"Not recognised: {parsed.problem}"
    assert not is_resolution_symbol(text)


def test_unknown_keeps_dashes_but_collapses_spaces() -> None:
    assert normalize_symbol("Draft  \u2013 text\u00a0x") == "Draft \u2013 text x"


# --- describe ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "AG/RES. 2356 (XXXVIII-O/08)",
            "General Assembly resolution 2356, 38th regular session, 2008",
        ),
        ("AG/RES. 1 (LI-E/16)", "General Assembly resolution 1, 51st special session, 2016"),
        (
            "AG/DEC. 60 (XXXVIII-O/08)",
            "General Assembly declaration 60, 38th regular session, 2008",
        ),
        ("AG/RES. 806 (II-O/72)", "General Assembly resolution 806, 2nd regular session, 1972"),
        ("AG/RES. 1 (XLIII-O/13)", "General Assembly resolution 1, 43rd regular session, 2013"),
        ("AG/RES. 1 (XI-O/81)", "General Assembly resolution 1, 11th regular session, 1981"),
        ("CP/RES. 932 (1634/08)", "Permanent Council resolution 932, meeting 1634, 2008"),
        ("CE/AM-59/08 rev. 1", "CEAM document 59 of 2008, revision 1"),
        ("CP/CAJP-2323/06 add. 6", "CAJP document 2323 of 2006, addendum 6"),
        ("CAJP/GT/TM-15/04 rev. 2", "CAJP/GT/TM document 15 of 2004, revision 2"),
        ("CP/doc.4331/08", "Permanent Council document 4331 of 2008"),
        ("AG/doc.4820/08", "General Assembly document 4820 of 2008"),
        ("CP/INF. 5694/08", "Permanent Council information document 5694 of 2008"),
        ("CP/ACTA 1657/08", "Permanent Council minutes 1657 of 2008"),
        ("CP/OD-1789/11", "Permanent Council order of business 1789 of 2011"),
        (
            "CIDIP-VI/doc.24/02 rev.3 corr. 2",
            "CIDIP-VI document 24 of 2002, revision 3, corrigendum 2",
        ),
        ("OEA/Ser.G", "Classification OEA/Ser.G: Permanent Council and its committees"),
        ("CE/AM-/08", "Not recognised: no number found after CE/AM"),
    ],
)
def test_describe(text: str, line: str) -> None:
    assert parse_symbol(text).describe() == line


# --- helpers and API -----------------------------------------------------------------------


def test_is_resolution_symbol() -> None:
    assert is_resolution_symbol("ag/res. 2356 (xxxviii-0/08)")
    assert is_resolution_symbol("CP/RES. 932 (1634/08)")
    assert not is_resolution_symbol("AG/DEC. 60 (XXXVIII-O/08)")
    assert not is_resolution_symbol("CE/AM-59/08")


@pytest.mark.parametrize(
    ("roman", "value"),
    [("I", 1), ("IV", 4), ("IX", 9), ("XXXVIII", 38), ("XL", 40), ("LI", 51), ("xliv", 44),
     ("MCMXCIX", 1999), ("MMMCMXCIX", 3999)],
)  # fmt: skip
def test_roman_numerals(roman: str, value: int) -> None:
    assert roman_to_int(roman) == value
    assert int_to_roman(value) == roman.upper()


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "IIX", "XXXXVIII", "ABC", "MMMM"])
def test_invalid_roman_numerals(bad: str) -> None:
    with pytest.raises(ValueError):
        roman_to_int(bad)


@pytest.mark.parametrize("bad", [0, -1, 4000])
def test_int_to_roman_range(bad: int) -> None:
    with pytest.raises(ValueError):
        int_to_roman(bad)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_round_trip(n: int) -> None:
    assert roman_to_int(int_to_roman(n)) == n


def test_parsed_symbol_is_frozen_and_hashable() -> None:
    parsed = parse_symbol("CE/AM-59/08 rev. 1")
    assert hash(parsed) == hash(parse_symbol("CE/AM-59/08 rev. 1"))
    with pytest.raises(AttributeError):
        parsed.normalized = "x"  # type: ignore[misc]
    data = parsed.to_json()
    data["suffixes"].append(["add", 1])
    assert parsed.to_json()["suffixes"] == [["rev", 1]]
    assert isinstance(ParsedSymbol("x", "x", "unknown", False, "why").noise, tuple)


# --- round trip and properties -------------------------------------------------------------

ALL_TEXTS = [t for t, _, _ in JSON_EXAMPLES] + [t for t, _, _ in NOISY] + [t for t, _ in UNKNOWN]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_symbol(text)
    assert normalize_symbol(once) == once
    parsed = parse_symbol(text)
    if parsed.valid:
        assert parse_symbol(once).to_json() == parsed.to_json()


@given(st.text())
def test_parse_never_raises_and_normalize_is_idempotent(text: str) -> None:
    parsed = parse_symbol(text)
    assert parsed.written == text
    assert parsed.valid == (parsed.category != "unknown")
    assert isinstance(parsed.describe(), str) and isinstance(parsed.to_json(), dict)
    assert normalize_symbol(parsed.normalized) == parsed.normalized


_SEGMENT = st.from_regex(r"[A-Z][A-Z0-9]{0,4}", fullmatch=True)
_TYPE_WORDS = {"DOC", "INF", "ACTA", "OD"}  # a serial prefix ending so reads as a typed one
_SUFFIX_LIST = st.lists(
    st.tuples(st.sampled_from(["rev", "corr", "add"]), st.integers(1, 30)), max_size=3
)


def _suffix_text(suffixes: list[tuple[str, int]]) -> str:
    return "".join(f" {k}. {n}" for k, n in suffixes)


def _suffix_json(suffixes: list[tuple[str, int]]) -> dict[str, Any]:
    keys = {"rev": "revision", "corr": "corrigendum", "add": "addendum"}
    out: dict[str, Any] = {keys[k]: n for k, n in suffixes}
    out["suffixes"] = [[k, n] for k, n in suffixes]
    return out


@st.composite
def valid_symbols(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A canonical symbol of any category and its expected ``to_json()``."""
    kind = draw(st.sampled_from(["session", "council", "serial", "typed", "classification"]))
    number, yy = draw(st.integers(1, 9999)), draw(st.integers(0, 99))
    year = yy + (1900 if yy >= 70 else 2000)
    if kind == "session":
        organ, doc_type = (
            draw(st.sampled_from(["AG", "CIDI"])),
            draw(st.sampled_from(["RES", "DEC"])),
        )
        ordinal, letter = draw(st.integers(1, 120)), draw(st.sampled_from("OE"))
        text = f"{organ}/{doc_type}. {number} ({int_to_roman(ordinal)}-{letter}/{yy:02d})"
        expected = {"organ": organ, "type": doc_type, "number": number, "session_ordinal": ordinal,
                    "session_kind": "regular" if letter == "O" else "special", "year": year}  # fmt: skip
        return text, expected
    if kind == "council":
        meeting = draw(st.integers(1, 3000))
        text = f"CP/RES. {number} ({meeting}/{yy:02d})"
        expected = {"organ": "CP", "type": "RES", "number": number, "council_meeting": meeting,
                    "year": year}  # fmt: skip
        return text, expected
    if kind == "classification":
        series = draw(st.sampled_from("GPKLQ"))
        return f"OEA/Ser.{series}", {"classification": f"OEA/Ser.{series}", "series": series}
    suffixes = draw(_SUFFIX_LIST)
    segments = draw(st.lists(_SEGMENT, min_size=1, max_size=3))
    prefix = "/".join(segments)
    if kind == "serial":
        if segments[-1] in _TYPE_WORDS:
            prefix += "/X"
        text = f"{prefix}-{number}/{yy:02d}{_suffix_text(suffixes)}"
        return text, {"prefix": prefix, "number": number, "year": year} | _suffix_json(suffixes)
    doc_type, spelled = draw(
        st.sampled_from([("doc", "doc."), ("INF", "INF. "), ("ACTA", "ACTA "), ("OD", "OD-")])
    )
    if draw(st.booleans()):
        prefix += "-" + draw(st.from_regex(r"[A-Z0-9]{1,4}", fullmatch=True))
    text = f"{prefix}/{spelled}{number}/{yy:02d}{_suffix_text(suffixes)}"
    expected = {"prefix": prefix, "type": doc_type, "number": number, "year": year}
    return text, expected | _suffix_json(suffixes)


@given(valid_symbols())
def test_generated_valid_symbols_parse_back_to_their_parts(
    symbol: tuple[str, dict[str, Any]],
) -> None:
    text, expected = symbol
    parsed = parse_symbol(text)
    assert parsed.valid, parsed.problem
    assert parsed.normalized == text
    assert parsed.to_json() == expected


@given(valid_symbols(), st.sampled_from(["lower", "upper", "spaces", "nbsp"]))
def test_noisy_generated_symbols_normalise_to_the_same_parts(
    symbol: tuple[str, dict[str, Any]], noise: str
) -> None:
    text, expected = symbol
    noisy = {
        "lower": text.lower(),
        "upper": text.upper(),
        "spaces": "  " + text.replace(" ", "   ").replace("/", " / ") + " ",
        "nbsp": text.replace(" ", "\u00a0"),
    }[noise]
    parsed = parse_symbol(noisy)
    assert parsed.valid, (noisy, parsed.problem)
    assert parsed.normalized == text
    assert parsed.to_json() == expected
    assert parsed.noise or noisy == text
    assert parse_symbol(parsed.normalized).to_json() == expected
