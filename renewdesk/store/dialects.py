"""What differs between the cache's engines in a statement: the upsert, raw reads.

SQLite and PostgreSQL both spell "insert, or on a key conflict update or skip"
as ``INSERT ... ON CONFLICT``, and SQLAlchemy gives each its own construct with
the same methods (``on_conflict_do_update(index_elements=..., set_=...)``,
``on_conflict_do_nothing()``, ``.excluded``). :func:`upsert` picks the one for
the connection it runs on, so a repository writes the statement once.

The hot paths read through the driver's cursor. :func:`raw_select` writes their
``SELECT`` so both drivers return the same values in the same order: ISO text
for dates and ``0``/``1`` for booleans (what sqlite3 returns; psycopg would give
``date`` and ``bool``), and text keys ordered by code point (SQLite's ``BINARY``
collation; PostgreSQL would sort by the database's locale).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection


def upsert(conn: Connection, table: Table | Any) -> Any:
    """``INSERT INTO table`` in the dialect of ``conn``, ready for an ``ON CONFLICT`` clause."""
    if conn.dialect.name == "postgresql":
        # Imported here: a SQLite cache (and the command line's start-up) never needs it.
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    return sqlite.insert(table)


#: How PostgreSQL reads a column so it equals what sqlite3 returns.
_AS_SQLITE = {
    "start_date": "to_char(start_date, 'YYYY-MM-DD')",
    "renewal_date": "to_char(renewal_date, 'YYYY-MM-DD')",
    "valid_from": "to_char(valid_from, 'YYYY-MM-DD')",
    "valid_to": "to_char(valid_to, 'YYYY-MM-DD')",
    "auto_renew": "auto_renew::int",
}


def raw_select(
    dialect: str, table_name: str, columns: Sequence[str], order_by: str | None = None
) -> str:
    """``SELECT columns FROM table [ORDER BY key]`` returning sqlite3's values on both engines."""
    if dialect != "postgresql":
        order = f" ORDER BY {order_by}" if order_by else ""
        return f"SELECT {', '.join(columns)} FROM {table_name}{order}"
    order = f' ORDER BY {order_by} COLLATE "C"' if order_by else ""
    names = ", ".join(_AS_SQLITE.get(c, c) for c in columns)
    return f"SELECT {names} FROM {table_name}{order}"
