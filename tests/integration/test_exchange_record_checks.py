"""The fast record checks (per record and by column) agree with jsonschema: whatever they
accept, jsonschema accepts.

They may be stricter (a refused record goes to jsonschema, which decides and words the
message), but they must accept the records MigDesk itself exports, or imports get no faster.
"""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from migdesk.services.exchange_schema import load_schema
from migdesk.services.exchange_validation import (
    _record_check,
    _validator,
    records_check,
    validate_records,
)
from migdesk.services.kinds import KINDS
from migdesk.services.record_checks import compile_or_none

Records = dict[str, list[dict[str, Any]]]


@pytest.fixture(scope="module")
def exported(demo_file: Path) -> Records:
    out: Records = {}
    with zipfile.ZipFile(demo_file) as zf:
        for name in zf.namelist():
            if name.startswith("records/"):
                out[name.removeprefix("records/").removesuffix(".json")] = json.loads(zf.read(name))
    return out


def _agree(kind: str, record: Any, others: list[Any] | None = None) -> None:
    """Per record and by column (among valid others): accepted means jsonschema accepts."""
    check, list_check = _record_check(kind), records_check(kind)
    assert check is not None and list_check is not None
    if check(record):
        assert _validator(kind).is_valid([record]), (kind, record)
    for records in ([record], [*(others or []), record, *(others or [])]):
        if list_check(records):
            assert _validator(kind).is_valid([record]), ("by column", kind, record)


def test_every_kind_compiles() -> None:
    for kind in KINDS:
        assert _record_check(kind) is not None, kind


def test_exported_records_pass_the_fast_check(exported: Records) -> None:
    assert exported
    for kind, records in exported.items():
        check = _record_check(kind)
        assert check is not None
        list_check = records_check(kind)
        assert list_check is not None and list_check(records), kind
        for record in records:
            assert check(record), (kind, record)
            assert _validator(kind).is_valid([record])


_BAD_VALUES = [
    None, True, False, 0, 1, 1.0, -1, 2**31, -(2**31) - 1, 2**70, 0.5, "", "x", "x" * 20_001,
    "2009-02-13", "2009-02-13\n", "2009-02-13T10:00:00Z", "2009-02-13T10:00:00.123456Z",
    "10:30", "24:00", "00000000-0000-0000-0000-000000000000",
    "00000000-0000-0000-0000-00000000000G", "٠٠٠٠-٠٠-٠٠", "a" * 64, "A" * 64,
    [], [None], ["x"], ["00000000-0000-0000-0000-000000000000"] * 2, {}, {"name": "x"},
    [{"name": "x", "acronym": None}], [{"name": 1}], [{str(n): "x" for n in range(17)}],
]


def test_table_of_field_values(exported: Records) -> None:
    for kind, records in exported.items():
        record = records[0]
        for field in record:
            for value in _BAD_VALUES:
                changed = {**record, field: value}
                _agree(kind, changed, records[:3])
        _agree(kind, {k: v for k, v in record.items() if k != "id"})  # a field missing
        _agree(kind, {**record, "extra": 1})  # an unknown field
        _agree(kind, [record])
        _agree(kind, None)


def _json_values() -> st.SearchStrategy[Any]:
    scalars = (st.none() | st.booleans() | st.integers(-2**40, 2**40) | st.floats(allow_nan=False)
               | st.text(max_size=30) | st.sampled_from([v for v in _BAD_VALUES if isinstance(v, str)]))
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.text(max_size=8), inner, max_size=3), max_leaves=6)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_records_agree(data: st.DataObject, exported: Records) -> None:
    kind = data.draw(st.sampled_from(sorted(exported)))
    record = copy.deepcopy(data.draw(st.sampled_from(exported[kind])))
    for _ in range(data.draw(st.integers(1, 3))):
        field = data.draw(st.sampled_from(sorted(record)) | st.text(max_size=8))
        if data.draw(st.booleans()) and field in record:
            if data.draw(st.booleans()):
                del record[field]
            else:  # a value of the right type in another's form
                record[field] = data.draw(st.sampled_from(_BAD_VALUES))
        else:
            record[field] = data.draw(_json_values())
    _agree(kind, record, exported[kind][:2])


def test_messages_are_jsonschema_messages(exported: Records) -> None:
    kind = "persons" if "persons" in exported else sorted(exported)[0]
    records = copy.deepcopy(exported[kind]) * 2
    records[1] = {**records[1], "created_at": "yesterday"}
    with pytest.raises(Exception, match=r"\[1\]\.created_at is not in the expected form"):
        validate_records(Path("f.migdesk"), f"records/{kind}.json", kind, records)


def test_unknown_keywords_fall_back() -> None:
    assert compile_or_none({"type": "string", "format": "date"}) is None
    assert compile_or_none({"anyOf": [{"type": "string"}]}) is None
    assert compile_or_none(load_schema()["$defs"]["manifest"]) is None  # const: jsonschema
