"""The house rules, checked on the source: layers point one way and no module imports itself
round a circle.

gui -> services -> store -> domain; reports depend on plain data (and the domain's
vocabularies). Every import counts: at the top, under TYPE_CHECKING, or inside a function.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "migdesk"
GENERATED = ("migdesk.gui.forms.ui_",)


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    found = {_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    return {m: p for m, p in found.items() if not m.startswith(GENERATED)}


def _imports(module: str, path: Path) -> Iterator[str]:
    """Every module name this file imports, resolved (relative imports included)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


MODULES = _modules()
IMPORTS = {m: set(_imports(m, p)) for m, p in MODULES.items()}


def _ours(names: set[str]) -> set[str]:
    return {n for n in names if n in MODULES}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _offenders(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{m} imports {n}"
        for m, names in IMPORTS.items()
        if _layer(m) == layer
        for n in names
        if n == forbidden or n.startswith(forbidden)
    )


def test_the_window_reaches_data_only_through_services() -> None:
    assert _offenders("gui", ("migdesk.store", "migdesk.reports", "sqlalchemy", "sqlite3")) == []


def test_services_do_not_know_the_window() -> None:
    assert _offenders("services", ("migdesk.gui", "PySide6")) == []


def test_the_store_knows_neither_services_nor_window() -> None:
    assert _offenders("store", ("migdesk.services", "migdesk.gui", "migdesk.reports", "PySide6")) == []


def test_the_domain_imports_nothing_of_ours_but_itself() -> None:
    offenders = sorted(
        f"{m} imports {n}"
        for m, names in IMPORTS.items()
        if _layer(m) == "domain"
        for n in _ours(names)
        if _layer(n) != "domain"
    )
    assert offenders == []


def test_reports_are_plain_data_to_paper() -> None:
    assert _offenders("reports", ("migdesk.services", "migdesk.store", "migdesk.gui", "PySide6",
                                  "sqlalchemy")) == []


def test_engines_and_migrations_stay_in_the_store() -> None:
    outside = sorted(
        f"{m} imports {n}"
        for m, names in IMPORTS.items()
        if _layer(m) != "store"
        for n in names
        if n.split(".")[0] in ("sqlite3", "alembic", "psycopg")
        or n.startswith(("sqlalchemy.dialects", "migdesk.store.sqlite", "migdesk.store.postgres"))
    )
    assert outside == []


# Each engine's driver stays in its engine's modules: the rest of the store is engine-neutral
# (it picks the engine's module by the connection's dialect).
ENGINE_MODULES = {
    "sqlite3": ("migdesk.store.sqlite", "migdesk.store.sqlite_search"),
    "psycopg": ("migdesk.store.postgres", "migdesk.store.postgres_search"),
}


@pytest.mark.parametrize("driver", sorted(ENGINE_MODULES))
def test_each_driver_is_imported_only_by_its_engine_modules(driver: str) -> None:
    importers = sorted(m for m, names in IMPORTS.items()
                       if any(n.split(".")[0] == driver for n in names))
    assert importers and set(importers) <= set(ENGINE_MODULES[driver])


def _cycles() -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    edges = {m: _ours(names) - {m} for m, names in IMPORTS.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return groups


def test_no_import_circles() -> None:
    assert _cycles() == []


def test_the_check_sees_a_circle_and_a_layer_breach() -> None:
    """The checks above can fail: a made-up circle and breach are found."""
    IMPORTS["migdesk.domain.vocab"].add("migdesk.services.kinds")
    try:
        assert any("migdesk.domain.vocab" in group for group in _cycles())
        with pytest.raises(AssertionError):
            test_the_domain_imports_nothing_of_ours_but_itself()
    finally:
        IMPORTS["migdesk.domain.vocab"].discard("migdesk.services.kinds")
