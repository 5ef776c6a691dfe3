"""Appending audit events with SQLAlchemy Core only (no ORM models imported).

:mod:`renewdesk.store.repositories` re-exports :func:`write_audit_many`; the
import path (:mod:`renewdesk.store.import_writes`) takes it from here, so
``renewdesk import`` does not load the ORM and every model class to write a few
audit rows. The table names the columns of ``models.AuditRow``; the types are
the same, so both engines store the very values the ORM table would.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, String, Text, column, table

from renewdesk import clock
from renewdesk.store.identity import actor

_AUDIT_EVENTS = table(
    "audit_events",
    column("time", DateTime),
    column("os_user", Text),
    column("db_user", Text),
    column("host", Text),
    column("quote_number", String(20)),
    column("subscription_id", String(64)),
    column("action", String(40)),
    column("details", Text),
)


def write_audit_many(conn: Any, events: list[dict[str, str]], when: datetime | None = None) -> None:
    """Append audit events inside the caller's transaction.

    Each event is a dict with ``action`` and optionally ``quote_number``,
    ``subscription_id`` and ``details``.
    """
    if not events:
        return
    stamp = when or clock.now()
    who = actor(conn)
    conn.execute(
        _AUDIT_EVENTS.insert(),
        [
            {
                "time": stamp,
                "os_user": who.os_user,
                "db_user": who.db_user,
                "host": who.host,
                "quote_number": e.get("quote_number", ""),
                "subscription_id": e.get("subscription_id", ""),
                "action": e["action"],
                "details": e.get("details", ""),
            }
            for e in events
        ],
    )
