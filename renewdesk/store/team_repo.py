"""Rights on a shared PostgreSQL database: give a role an admin's or a viewer's GRANTs.

An admin reads and writes every table of the cache's schema (and its sequences);
a viewer only reads. Default privileges make tables a later migration adds follow
the same rights. Role and schema names are quoted by SQLAlchemy's identifier
preparer (every name in double quotes, a quote inside doubled), never pasted in.

:func:`can_write` is how the window knows it is a viewer's: the server's own
``has_table_privilege(current_user, 'quotes', 'INSERT')``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

from renewdesk.lazy_text import tr_later
from renewdesk.store.faults import CacheError

_WRITE = "INSERT, UPDATE, DELETE"


class TeamError(CacheError):
    """A grant that cannot be made: the message is one line for the admin."""


@dataclass(frozen=True, slots=True)
class Rights:
    """What a role may do on the cache's tables after a grant."""

    role: str
    schema: str
    can_read: bool
    can_write: bool


def _is_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def can_write(engine: Engine) -> bool:
    """Whether the connected role may change the cache (always on SQLite)."""
    if not _is_server(engine):
        return True
    with engine.connect() as conn:
        allowed = conn.execute(
            text("SELECT has_table_privilege(current_user, 'quotes', 'INSERT')")
        ).scalar_one()
    return bool(allowed)


def _require_server(engine: Engine) -> None:
    if not _is_server(engine):
        raise TeamError(
            tr_later(
                "CacheErrors",
                "team grant is for a shared PostgreSQL database (--db postgresql+psycopg://...); "
                "a SQLite cache has one admin and no roles",
            )
        )


def _require_role(conn: Connection, role: str) -> None:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if found is None:
        raise TeamError(
            tr_later(
                "CacheErrors",
                "there is no database role {role} on this server; create it first "
                "(CREATE ROLE ... LOGIN), then grant it",
            ).format(role=role)
        )


def _rights(conn: Connection, role: str, schema: str) -> Rights:
    table = conn.dialect.identifier_preparer.quote_identifier(schema) + ".quotes"
    row = conn.execute(
        text("SELECT has_table_privilege(:r, :t, 'SELECT'), has_table_privilege(:r, :t, 'INSERT')"),
        {"r": role, "t": table},
    ).one()
    return Rights(role, schema, bool(row[0]), bool(row[1]))


def _statements(quote: str, schema: str, read_only: bool) -> list[str]:
    tables = f"ALL TABLES IN SCHEMA {schema}"
    sequences = f"ALL SEQUENCES IN SCHEMA {schema}"
    defaults = f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema}"
    if read_only:
        return [
            f"GRANT USAGE ON SCHEMA {schema} TO {quote}",
            f"REVOKE {_WRITE} ON {tables} FROM {quote}",
            f"REVOKE USAGE, UPDATE ON {sequences} FROM {quote}",
            f"GRANT SELECT ON {tables} TO {quote}",
            f"GRANT SELECT ON {sequences} TO {quote}",
            f"{defaults} REVOKE {_WRITE} ON TABLES FROM {quote}",
            f"{defaults} REVOKE USAGE, UPDATE ON SEQUENCES FROM {quote}",
            f"{defaults} GRANT SELECT ON TABLES TO {quote}",
            f"{defaults} GRANT SELECT ON SEQUENCES TO {quote}",
        ]
    return [
        f"GRANT USAGE ON SCHEMA {schema} TO {quote}",
        f"GRANT SELECT, {_WRITE} ON {tables} TO {quote}",
        f"GRANT USAGE, SELECT ON {sequences} TO {quote}",
        f"{defaults} GRANT SELECT, {_WRITE} ON TABLES TO {quote}",
        f"{defaults} GRANT USAGE, SELECT ON SEQUENCES TO {quote}",
    ]


def _revoke_statements(quote: str, schema: str) -> list[str]:
    defaults = f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema}"
    return [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {quote}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {quote}",
        f"{defaults} REVOKE ALL ON TABLES FROM {quote}",
        f"{defaults} REVOKE ALL ON SEQUENCES FROM {quote}",
        f"REVOKE USAGE ON SCHEMA {schema} FROM {quote}",
    ]


def _apply(engine: Engine, role: str, build: Callable[[str, str], list[str]]) -> Rights:
    _require_server(engine)
    with engine.begin() as conn:
        _require_role(conn, role)
        schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
        quote = conn.dialect.identifier_preparer.quote_identifier
        for statement in build(quote(role), quote(schema)):
            conn.exec_driver_sql(statement)
        return _rights(conn, role, schema)


def _require_not_superuser(engine: Engine, role: str) -> None:
    with engine.connect() as conn:
        is_super = conn.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).scalar_one_or_none()
    if is_super:
        raise TeamError(
            tr_later(
                "CacheErrors",
                "{role} is a superuser, which may always change everything: a viewer needs "
                "a role of its own (CREATE ROLE ... LOGIN)",
            ).format(role=role)
        )


def _not_owner(engine: Engine, role: str) -> TeamError:
    # GRANT by someone who does not own the tables is only a warning: nothing granted.
    return TeamError(
        tr_later(
            "CacheErrors",
            "{role} did not get the rights: only the owner of the shared database's tables "
            "can grant them; run team grant connected as that owner",
        ).format(role=role)
    )


def grant(engine: Engine, role: str, *, read_only: bool = False) -> Rights:
    """Give ``role`` a viewer's (``read_only``) or an admin's rights; what it now has."""
    if read_only and _is_server(engine):
        _require_not_superuser(engine, role)
    rights = _apply(engine, role, lambda q, s: _statements(q, s, read_only))
    if not rights.can_read or rights.can_write == read_only:
        raise _not_owner(engine, role)
    return rights


def revoke(engine: Engine, role: str) -> Rights:
    """Take every right on the cache's tables from ``role``; what it still has."""
    rights = _apply(engine, role, _revoke_statements)
    if rights.can_read or rights.can_write:
        raise _not_owner(engine, role)
    return rights
