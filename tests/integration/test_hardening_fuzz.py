"""Any `--set FIELD=VALUE`, for every kind and field: a clean result or one clean line.

Hypothesis draws a kind, one of its fields and a value (random text, or text shaped like
the field's type pushed past its limits) and runs `migdesk set` in-process on a shared
rich database. The command either succeeds, and then the stored record passes every
importer's checks (the exchange schema and the import invariants), or it is refused with
one `migdesk: error:` line. Never "please report", never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.domain.limits import MAX_INT
from migdesk.services import records as r
from migdesk.services.exchange_validation import validate_records
from migdesk.services.import_invariants import record_problem
from migdesk.services.kinds import KINDS, FieldSpec
from migdesk.store.database import Database
from tests.integration.hardening_helpers import rich_database, run

FIELDS = [(kind, f) for kind, spec in KINDS.items() for f in spec.fields]


def _shaped(f: FieldSpec) -> st.SearchStrategy[str]:
    """Text shaped like the field's type, often just past what it may hold."""
    numbers = st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from(
        [MAX_INT, MAX_INT + 1, -MAX_INT - 2, 0])
    dates = st.dates().map(str) | st.sampled_from(["1899-12-31", "2200-01-01", "2009-02-30",
                                                  "20090213", "2009-W07-5", "0000-01-01"])
    json_like = st.recursive(
        st.none() | st.booleans() | st.floats(allow_nan=True) | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                    max_size=3),
        max_leaves=8,
    ).map(lambda v: __import__("json").dumps(v)) | st.sampled_from(
        ["[" * 5000 + "]" * 5000, '[{"a": NaN}]', "[{}]", '[{"a": "\\u0000"}]', "[1e999]"])
    shaped = {"int": numbers.map(str), "date": dates, "time": st.sampled_from(
        ["00:00", "23:59", "24:00", "9:5", "12:60"]), "json": json_like,
        "choice": st.sampled_from([*f.choices, "", "other", f.choices[0].upper() if f.choices else "x"]),
        "refs": st.sampled_from(["", "00000000", "zzz,yyy", "00000000-0000-0000-0000-000000000000"])}
    return shaped.get(f.type, st.sampled_from(["", " ", "x" * 20_001, "a\x00b", "\t", "\u202e"]))


values = st.sampled_from(FIELDS).flatmap(
    lambda kf: st.tuples(st.just(kf[0]), st.just(kf[1]),
                         st.text(max_size=30) | _shaped(kf[1]) | st.just("")))


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    path = tmp_path_factory.mktemp("fuzz") / "rich.sqlite"
    return str(path), rich_database(path)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn=values)
def test_any_set_value_is_stored_cleanly_or_refused_in_one_line(
    drawn: tuple[str, FieldSpec, str], rich: tuple[str, dict[str, str]]
) -> None:
    kind, f, value = drawn
    db_path, ids = rich
    code, _out, err = run("--db", db_path, "set", kind, ids[kind], "--set", f"{f.name}={value}")
    assert "please report" not in err and "Traceback" not in err, err
    if code != 0:
        assert code == 1 and err.startswith("migdesk: error: ") and err.count("\n") == 1, err
        return
    db = Database.open(db_path)
    try:
        with db.session(write=False) as s:
            snap = r.read_snapshots(s, kind, ids=[ids[kind]])[0]
            validate_records(Path("fuzz"), f"records/{kind}.json", kind, [snap])
            assert record_problem(s, kind, snap, {}) is None
    finally:
        db.close()
