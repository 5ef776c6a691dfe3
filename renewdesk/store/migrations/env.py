"""Alembic environment: RenewDesk always hands in an open connection (see store/engine.py)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import ForeignKeyConstraint
from sqlalchemy.engine import Connection

from renewdesk.store.models import Base

# On PostgreSQL these two keys of ``subscriptions`` are enforced once per statement by
# triggers (revision 0007_statement_foreign_keys), not by foreign-key constraints; the
# models keep them as ``ForeignKey``s because SQLite enforces them per row. So on
# PostgreSQL the comparison leaves exactly these two out: neither "the database lacks
# them" nor, once downgraded, "the database has them" is a difference.
STATEMENT_KEYS = frozenset({("customer_csn", "customers"), ("partner_csn", "partners")})


def _statement_key(obj: Any, type_: str | None) -> bool:
    if type_ != "foreign_key_constraint" or not isinstance(obj, ForeignKeyConstraint):
        return False
    if obj.table.name != "subscriptions" or len(obj.column_keys) != 1:
        return False
    return (obj.column_keys[0], obj.referred_table.name) in STATEMENT_KEYS


def _run(conn: Connection) -> None:
    server = conn.dialect.name == "postgresql"

    def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any):
        return not (server and _statement_key(obj, type_))

    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` run by hand (e.g. `alembic check`) against a URL
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        _run(conn)
else:
    _run(connection)
