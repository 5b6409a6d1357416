"""Rules a symbol brings with it: one record per symbol, and what the symbol already says.

Symbols identify resolutions and documents: a second record with the same symbol (in
its canonical spelling) is refused, naming the one that exists, so that the window can
offer it instead. A resolution whose symbol parses gets its session and year from the
symbol when they are empty. `records` calls `apply_symbol_rules` on every create and
update, so the window, the command line and every other caller get the same rules.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.domain.symbols import int_to_roman, normalize_symbol, parse_symbol
from migdesk.services.errors import InvalidValue
from migdesk.services.kinds import KindSpec, kind_spec, label
from migdesk.store.database import Database


class DuplicateSymbol(InvalidValue):
    """The symbol is already another live record's; `existing_id` is that record's id."""

    def __init__(self, kind: str, existing_id: str, existing_label: str) -> None:
        super().__init__(kind, "symbol", f"already recorded as “{existing_label}” ({existing_id[:8]})")
        self.existing_id = existing_id
        self.existing_label = existing_label


def existing_with_symbol(
    session: Session, spec: KindSpec, symbol: str, *, other_than: str | None = None
) -> tuple[str, str] | None:
    """(id, label) of a live record of spec's kind with this symbol, or None."""
    model: Any = spec.model
    wanted = normalize_symbol(symbol)
    if not wanted:
        return None
    query = select(model).where(model.symbol_normalized == wanted, model.deleted_at.is_(None))
    if other_than is not None:
        query = query.where(model.id != other_than)
    row = session.scalars(query.limit(1)).first()
    if row is None:
        return None
    values = {f.name: getattr(row, f.name, None) for f in spec.fields}
    return row.id, label(spec.name, values)


def symbol_owner(
    db: Database, kind: str, symbol: str, *, other_than: str | None = None
) -> tuple[str, str] | None:
    """(id, label) of the live record of kind that holds symbol, or None (forms check as the user types)."""
    spec = kind_spec(kind)
    if not spec.has_symbol:
        return None
    with db.session() as session:
        return existing_with_symbol(session, spec, symbol, other_than=other_than)


def session_and_year(symbol: str) -> dict[str, Any]:
    """What a resolution's symbol says of its session and year ({} when it says nothing)."""
    parsed = parse_symbol(symbol)
    if not parsed.valid:
        return {}
    parts = parsed.parts
    out: dict[str, Any] = {}
    if "year" in parts:
        out["year"] = parts["year"]
    if "session_ordinal" in parts:
        letter = "O" if parts.get("session_kind") == "regular" else "E"
        out["session"] = f"{int_to_roman(parts['session_ordinal'])}-{letter}"
    return out


def apply_symbol_rules(session: Session, spec: KindSpec, snap: dict[str, Any]) -> None:
    """Refuse a symbol another record holds (DuplicateSymbol); fill a resolution's session and year."""
    if not spec.has_symbol or not snap.get("symbol"):
        return
    found = existing_with_symbol(session, spec, snap["symbol"], other_than=snap["id"])
    if found is not None:
        raise DuplicateSymbol(spec.name, *found)
    if spec.name == "resolutions":
        for name, value in session_and_year(snap["symbol"]).items():
            if snap.get(name) in (None, ""):
                snap[name] = value
