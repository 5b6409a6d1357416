"""Fixtures for integration tests: the real meeting report the demo comes from."""

from __future__ import annotations

import pytest

from tests.conftest import REPORT


@pytest.fixture
def report_bullets() -> list[str]:
    """The bullets of ../shared/data/ceam-2009-02-13-report.txt, as written."""
    if not REPORT.exists():
        pytest.skip("shared/data is not beside the checkout")
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    return [line.strip()[1:].strip() for line in lines if line.strip().startswith("·")]
