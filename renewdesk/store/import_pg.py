"""An import's bulk reads and writes on PostgreSQL: COPY into a staging table, then one merge.

:mod:`renewdesk.store.import_writes` calls these for a server cache, inside the
import's one transaction (SQLite keeps its ``executemany`` path). Rows stream
with psycopg's ``COPY ... FROM STDIN``: new subscriptions straight into their
table (the import's lock keeps every other writer out, so a key the read did
not find cannot appear before the write), changed rows and the small tables
into a temporary table dropped at commit, then moved in one ``INSERT ... SELECT
... ON CONFLICT``. So 100,000 rows cost one stream of data and a statement or
two instead of 100,000 statements.

Reads return the very tuples the SQLite path returns (ISO text for dates,
``0``/``1`` for booleans, decimal text for money), so the import's diff, its
report and the changes it records are the same on both engines.

The import takes ``SHARE ROW EXCLUSIVE`` locks on the tables it writes first:
as SQLite's ``BEGIN IMMEDIATE`` does, this queues a second import (or any other
writer of those tables) until the first commits, while readers carry on; so the
rows the diff is made from are still the rows when they are written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy.engine import Connection

from renewdesk.store.dialects import raw_select

#: Rows per progress report while COPY streams.
PROGRESS_CHUNK = 5000
#: The tables each kind of import writes (locked in this order, always the same one).
WRITES = {
    "subscriptions": ("customers", "partners", "subscriptions"),
    "prices": ("price_book",),
    "campaigns": ("campaigns",),
}


def driver(conn: Connection) -> Any:
    """The psycopg connection under ``conn`` (same transaction)."""
    return conn.connection.driver_connection


def lock_for_import(conn: Connection, kind: str) -> None:
    """Queue behind any other writer of the tables this import writes (see the module)."""
    tables = ", ".join(WRITES[kind])
    driver(conn).execute(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")


def read_keyed(
    conn: Connection, table_name: str, columns: Sequence[str], key_len: int = 1
) -> dict[Any, tuple[Any, ...]]:
    """Every row as key -> row tuple, values as the SQLite path reads them."""
    with driver(conn).cursor() as cur:
        cur.execute(raw_select("postgresql", table_name, columns))
        rows = cur.fetchall()
    if key_len == 1:
        return {row[0]: row for row in rows}
    return {row[:key_len]: row for row in rows}


def _copy(
    conn: Connection,
    target: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None,
) -> None:
    with (
        driver(conn).cursor() as cur,
        cur.copy(f"COPY {target} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for start in range(0, len(rows), PROGRESS_CHUNK):
            for row in rows[start : start + PROGRESS_CHUNK]:
                copy.write_row(row)
            if progress is not None:
                progress(min(start + PROGRESS_CHUNK, len(rows)))


def insert_new(
    conn: Connection,
    table_name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
) -> None:
    """COPY rows whose keys the table does not hold straight into it.

    Only under :func:`lock_for_import`: the lock keeps every other writer out
    between the read that found the keys missing and this write.
    """
    if rows:
        _copy(conn, table_name, columns, rows, progress)


def _stage(
    conn: Connection,
    table_name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
) -> str:
    """COPY ``rows`` into a temporary copy of ``table_name`` (dropped at commit); its name."""
    stage = f"import_stage_{table_name}"
    driver(conn).execute(
        f"CREATE TEMPORARY TABLE {stage} ON COMMIT DROP AS "
        f"SELECT {', '.join(columns)} FROM {table_name} WITH NO DATA"
    )
    _copy(conn, stage, columns, rows, progress)
    return stage


def merge(
    conn: Connection,
    table_name: str,
    columns: Sequence[str],
    key: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
    keep_filled: Iterable[str] = (),
) -> None:
    """Insert ``rows``, updating those whose ``key`` exists; in one statement.

    Columns in ``keep_filled`` are only written where the stored value is empty
    (what an admin typed is never overwritten by an export).
    """
    if not rows:
        return
    stage = _stage(conn, table_name, columns, rows, progress)
    filled = set(keep_filled)
    updates = ", ".join(
        (
            f"{c} = CASE WHEN {table_name}.{c} = '' THEN excluded.{c} ELSE {table_name}.{c} END"
            if c in filled
            else f"{c} = excluded.{c}"
        )
        for c in columns
        if c not in key
    )
    names = ", ".join(columns)
    driver(conn).execute(
        f"INSERT INTO {table_name} ({names}) SELECT {names} FROM {stage} "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )
