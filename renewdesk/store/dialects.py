"""What differs between the cache's engines in a statement: today the upsert.

SQLite and PostgreSQL both spell "insert, or on a key conflict update or skip"
as ``INSERT ... ON CONFLICT``, and SQLAlchemy gives each its own construct with
the same methods (``on_conflict_do_update(index_elements=..., set_=...)``,
``on_conflict_do_nothing()``, ``.excluded``). :func:`upsert` picks the one for
the connection it runs on, so a repository writes the statement once.
"""

from __future__ import annotations

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
