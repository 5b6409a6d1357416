"""The growth table judges growth from scale 1 to 10, and figures at scale 10 alone."""

from __future__ import annotations

from typing import Any

from benchmarks.growth import growth_table


def _results(ms: float, per_record: float, memory: float, size_ratio: float) -> dict[str, Any]:
    timed = {"ours": ms}
    return {
        "startup_window": timed,
        "expand_body": timed,
        "open_meeting": timed,
        "search_p95": timed,
        "import": {"per_record_us": per_record},
        "export": {"per_record_us": per_record},
        "peak_memory": {"ours": memory},
        "database_size": {"ratio": size_ratio},
    }


def test_growth_from_one_to_ten_is_judged_against_its_goal() -> None:
    table = growth_table(
        {
            10.0: _results(ms=40, per_record=12.5, memory=410, size_ratio=1.4),
            0.1: _results(ms=10, per_record=30, memory=100, size_ratio=2.0),
            1.0: _results(ms=20, per_record=10, memory=150, size_ratio=1.6),
        }
    )
    window = table["startup_window"]
    assert [window[s] for s in ("0.1", "1", "10")] == [10, 20, 40]
    assert window["ratio_10_to_1"] == 2.0 and window["goal"] == 1.5
    assert window["met"] is False
    imported = table["import_per_record"]
    assert imported["ratio_10_to_1"] == 1.25 and imported["met"] is False  # goal 1.2
    # Bounded at scale 10 itself, whatever the growth.
    assert table["peak_memory"]["met"] is False  # 410 > 400
    assert table["database_size"]["met"] is True  # 1.4 <= 1.5, though 2.0 at 0.1


def test_without_scale_ten_nothing_is_judged() -> None:
    table = growth_table({1.0: _results(20, 10, 150, 1.2), 0.1: _results(10, 10, 90, 1.2)})
    assert all(row["met"] is None and row["ratio_10_to_1"] is None for row in table.values())
    assert table["expand_body"]["0.1"] == 10
