"""The benchmark suite runs end to end at a tiny scale and reports every measure in full.

Only the shape of the output is checked, never the timings (those belong to a full run
on a quiet machine: docs/performance.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEASURES = {
    "startup_screen",
    "startup_window",
    "expand_body",
    "open_meeting",
    "peak_memory",
    "search_median",
    "search_p95",
    "export",
    "import",
    "pdf_packet",
    "database_size",
}
GROWTH = {
    "startup_window",
    "expand_body",
    "open_meeting",
    "search_p95",
    "import_per_record",
    "export_per_record",
    "peak_memory",
    "database_size",
}
FIELDS = {"ours", "baseline", "unit", "ratio", "goal", "goal_on", "goal_is", "met"}


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database cache for the module: the second run reuses the first one's database."""
    return tmp_path_factory.mktemp("bench-cache")


def _run(cache: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    scale = [] if "--scales" in extra else ["--scale", "0.01"]
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.run", *scale, "--quick", "--cache", str(cache), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_has_every_measure_with_every_field(cache: Path) -> None:
    done = _run(cache, "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert set(results) == MEASURES
    for name, r in results.items():
        assert set(r) >= FIELDS, name
        assert r["ours"] > 0 and r["baseline"] > 0, name
        assert isinstance(r["met"], bool)
        assert r["goal_on"] in ("ratio", "ours") and r["goal_is"] in ("max", "min")
    # The generated database is cached and reused by the next run.
    assert list(cache.glob("*/bench.sqlite"))


def test_table_lists_every_measure(cache: Path) -> None:
    done = _run(cache)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].split()[:3] == ["measure", "ours", "baseline"]
    assert {line.split()[0] for line in lines[1:]} == MEASURES


def test_scales_give_a_growth_table_and_a_chart(cache: Path, tmp_path: Path) -> None:
    chart = tmp_path / "growth.png"
    done = _run(cache, "--scales", "0.02,0.01", "--json", "--chart", str(chart))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    # The reference scale's measures at the top level, as with --scale.
    assert set(report) == MEASURES | {"growth", "by_scale", "environment"}
    assert set(report["by_scale"]) == {"0.01", "0.02"}
    assert "pdf_packet" not in report["by_scale"]["0.01"]  # measured once, at the reference
    assert set(report["growth"]) == GROWTH
    for name, row in report["growth"].items():
        assert row["0.01"] > 0 and row["0.02"] > 0, name
        # Neither 1 nor 10 was measured: no growth to judge, and the table says so.
        assert row["ratio_10_to_1"] is None and row["met"] is None, name
        assert row["goal"] > 0 and row["goal_on"] in ("ratio_10_to_1", "at_10"), name
    assert report["growth"]["import_per_record"]["0.02"] == (
        report["by_scale"]["0.02"]["import"]["per_record_us"]
    )
    assert report["environment"]["cores"] >= 1
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_bad_scales_are_a_usage_error(cache: Path) -> None:
    done = _run(cache, "--scales", "1,x")
    assert done.returncode == 2
    assert "not a list of numbers" in done.stderr


def test_window_tour_times_each_step_and_takes_screenshots(cache: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.window_tour", "--scale", "0.01", "--cache", str(cache),
         "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
             "XDG_DATA_HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    steps = json.loads(done.stdout)["steps"]
    names = [s["step"] for s in steps]
    assert names == ["open", "expand-body", "scroll-table", "filter", "search", "open-meeting",
                     "scroll-meeting"]
    assert all(s["seconds"] < 60 for s in steps)  # none waited for its timeout (120 s)
    assert all((tmp_path / f"tour-{name}.png").read_bytes().startswith(b"\x89PNG") for name in names)
