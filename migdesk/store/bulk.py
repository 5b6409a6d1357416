"""Bulk inserts for imports: many rows in one executemany, without per-row processing.

SQLAlchemy's Core executemany builds a parameter dict per row and runs every value
through its type's bind processor; on the 100,000 rows of a whole-database import that
cost more than SQLite's own work. On PostgreSQL plain inserts go through COPY. Here each column's conversion is chosen once from
the table's column types and the rows go to the driver as plain tuples, stored exactly
as SQLAlchemy would store them (dates as ISO text, JSON as json.dumps text).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Date, Table


def _as_is(value: Any) -> Any:
    return value


def _date_text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _json_text(value: Any) -> str:
    """json.dumps(value): SQLAlchemy's default serializer."""
    if type(value) is list and not value:  # most such columns: nobody named, no alias
        return "[]"
    return json.dumps(value)


def _json_or_null(value: Any) -> Any:
    return None if value is None else _json_text(value)


def _converter(column_type: Any) -> Callable[[Any], Any]:
    if isinstance(column_type, JSON):
        # None is SQL NULL only with none_as_null.
        return _json_or_null if column_type.none_as_null else _json_text
    if isinstance(column_type, Date):
        return _date_text  # SQLite's Date storage: YYYY-MM-DD
    return _as_is


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    upsert_on: str | None = None,
    update: Sequence[str] = (),
) -> None:
    """Insert rows (dicts with the same keys) into table in one executemany.

    With upsert_on (a unique column), a row whose key exists already updates the
    columns named in update instead.
    """
    if not rows:
        return
    names = tuple(rows[0])
    values = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    insert_values(connection, table, names, map(values, rows), upsert_on=upsert_on, update=update)


def insert_values(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    values: Iterable[Sequence[Any]],
    *,
    upsert_on: str | None = None,
    update: Sequence[str] = (),
) -> None:
    """Insert rows given as value sequences in the order of names (see insert_rows)."""
    convert = [_converter(table.c[name].type) for name in names]
    # The names are the table's own columns: table.c[name] above refuses any other.
    server = connection.dialect.name == "postgresql"
    mark = "%s" if server else "?"  # the driver's own placeholder (psycopg: format style)
    columns, marks = ", ".join(map(_quoted, names)), ", ".join([mark] * len(names))
    sql = f"INSERT INTO {_quoted(table.name)} ({columns}) VALUES ({marks})"  # noqa: S608
    if upsert_on is not None:
        sets = ", ".join(f"{_quoted(n)} = excluded.{_quoted(n)}" for n in update)
        sql += f" ON CONFLICT ({_quoted(upsert_on)}) DO " + (f"UPDATE SET {sets}" if sets else "NOTHING")
    special = [(n, fn) for n, fn in enumerate(convert) if fn is not _as_is]
    if not special:
        params: list[Any] = list(map(tuple, values))  # the driver call wants tuples
    else:
        params = []
        for row in values:
            converted = list(row)
            for n, fn in special:
                converted[n] = fn(converted[n])
            params.append(tuple(converted))
    if params and server and upsert_on is None:
        from migdesk.store import postgres

        postgres.copy_rows(connection, table.name, names, params)  # COPY: no statement per row
    elif params:
        connection.exec_driver_sql(sql, params)
