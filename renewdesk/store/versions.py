"""Two admins editing the same draft or customer: the second save is refused (issue 13).

Customers and quotes carry a ``version`` (and who changed them last, and when).
A save names the version it started from; the write is one
``UPDATE ... SET ..., version = version + 1 WHERE key = ? AND version = ?``, and
no row means somebody saved in between: :class:`StaleEditError` says who and when,
and the window offers to reload. Nothing is ever overwritten silently. A save
that names no version (the import, a command that starts from the cache's own
values) only moves the version on, so an edit begun before it is refused too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from renewdesk.domain import Customer
from renewdesk.lazy_text import tr_later
from renewdesk.store.dialects import upsert
from renewdesk.store.identity import actor
from renewdesk.store.models import CustomerRow, QuoteRow
from renewdesk.store.repositories import customer_values

_CUSTOMERS = cast(Table, CustomerRow.__table__)
_QUOTES = cast(Table, QuoteRow.__table__)


class StaleEditError(Exception):
    """Somebody else saved this draft or customer after it was opened here."""

    def __init__(self, what: str, by: str, at: datetime | None) -> None:
        when = at.strftime("%Y-%m-%d %H:%M") if at else "?"
        super().__init__(
            tr_later(
                "StaleEdit", "{what} was changed by {user} at {time}: reload it and save again"
            ).format(what=what, user=by or "?", time=when)
        )
        self.what, self.by, self.at = what, by, at


class GoneError(StaleEditError):
    """Somebody else removed it (a discarded draft) after it was opened here."""

    def __init__(self, what: str) -> None:
        Exception.__init__(
            self,
            tr_later("StaleEdit", "{what} was removed by another admin: reload").format(what=what),
        )
        self.what, self.by, self.at = what, "", None


def editor(conn: Connection) -> str:
    """Who saves: the database user on PostgreSQL, the OS user on SQLite."""
    return actor(conn).name


def customer_version(conn: Connection, csn: str) -> int | None:
    """The customer's version now (``None`` when the cache has no such customer)."""
    found = conn.execute(select(_CUSTOMERS.c.version).where(_CUSTOMERS.c.csn == csn)).scalar()
    return None if found is None else int(found)


def save_customer(
    conn: Connection, customer: Customer, expected: int | None, when: datetime
) -> int:
    """Write the customer's details if it is still at version ``expected``; its new version.

    A customer not in the cache yet is inserted (version 1). Raises
    :class:`StaleEditError` when another save came first.
    """
    values = {k: v for k, v in customer_values(customer).items() if k != "csn"}
    key = _CUSTOMERS.c.csn == customer.csn
    done = _bump(conn, _CUSTOMERS, key, values, expected, when)
    if done is not None:
        return done
    what = str(tr_later("StaleEdit", "Customer {csn}")).format(csn=customer.csn)
    if expected is None or customer_version(conn, customer.csn) is None:
        # Two admins adding the same new customer at once: the second insert waits for
        # the first on the key, then finds it there and is refused like a late edit.
        stamp = {"version": 1, "updated_by": editor(conn), "updated_at": when}
        stmt = upsert(conn, _CUSTOMERS).values(csn=customer.csn, **values, **stamp)
        stmt = stmt.on_conflict_do_nothing(index_elements=["csn"]).returning(_CUSTOMERS.c.csn)
        if conn.execute(stmt).first() is not None:
            return 1
    raise _stale(conn, _CUSTOMERS, key, what)


def save_quote(
    conn: Connection, number: str, values: Mapping[str, Any], expected: int | None, when: datetime
) -> int:
    """Write a stored quote's columns if it is still at version ``expected``; its new version."""
    key = _QUOTES.c.number == number
    done = _bump(conn, _QUOTES, key, values, expected, when)
    if done is None:
        what = str(tr_later("StaleEdit", "Quote {number}")).format(number=number)
        raise _stale(conn, _QUOTES, key, what)
    return done


def _bump(
    conn: Connection,
    table: Table,
    key: Any,
    values: Mapping[str, Any],
    expected: int | None,
    when: datetime,
) -> int | None:
    condition = [key] if expected is None else [key, table.c.version == expected]
    stmt = (
        update(table)
        .where(*condition)
        .values(**values, version=table.c.version + 1, updated_by=editor(conn), updated_at=when)
        .returning(table.c.version)
    )
    found = conn.execute(stmt).scalar()
    return None if found is None else int(found)


def _stale(conn: Connection, table: Table, key: Any, what: str) -> Exception:
    row = conn.execute(select(table.c.updated_by, table.c.updated_at).where(key)).first()
    if row is None:  # removed meanwhile (a draft another admin discarded)
        return GoneError(what)
    return StaleEditError(what, row.updated_by or "", row.updated_at)
