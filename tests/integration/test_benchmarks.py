"""The benchmark suite runs end to end at a tiny scale and reports every measure in full.

Only the shape of the output is checked, never the timings (those belong to a full run
on a quiet machine: docs/performance.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEASURES = {
    "startup",
    "startup_screen",
    "expand_body",
    "open_meeting",
    "peak_memory",
    "search_median",
    "search_p95",
    "export",
    "import",
    "pdf_packet",
}
FIELDS = {"ours", "baseline", "unit", "ratio", "goal", "goal_on", "goal_is", "met"}


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database cache for the module: the second run reuses the first one's database."""
    return tmp_path_factory.mktemp("bench-cache")


def _run(cache: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.run",
            "--scale",
            "0.01",
            "--quick",
            "--cache",
            str(cache),
            *extra,
        ],
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
