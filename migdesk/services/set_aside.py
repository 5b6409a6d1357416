"""A value an import sets aside: what goes to a record's history instead of being lost."""

from __future__ import annotations

from typing import Any, NamedTuple


class Aside(NamedTuple):
    """A value an import sets aside (it goes to the record's history)."""

    field: str
    value: Any
    author: str | None  # the installation that wrote the value (its change's dot)
    note: str
