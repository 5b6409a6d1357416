"""The server benchmark runs end to end at a tiny scale: every measure, and search parity.

Only the shape and the parity are checked, never the timings (docs/performance.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pg_cluster import server_binaries

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(server_binaries() is None, reason="PostgreSQL is not installed")
def test_server_measures_and_search_parity_over_the_benchmark_data(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "benchmarks.server", "--scale", "0.01", "--repeat", "1",
                           "--cache", str(tmp_path), "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    measures = json.loads(done.stdout)["measures"]
    assert set(measures) == {"server_open", "server_import", "server_search_median",
                             "server_search_p95", "search_parity"}
    for name, m in measures.items():
        assert m["ours"] > 0 and m["baseline"] > 0, name
    assert measures["search_parity"]["met"], measures["search_parity"]
