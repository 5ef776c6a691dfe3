"""The ``outbox`` table's statements: store a message, move it between states, claim it.

:class:`renewdesk.mail.outbox.Outbox` decides what happens to a message (when it is
due, who may take a lease back, what the audit trail says); this module holds the
SQL it needs. Functions that take ``conn`` run inside the caller's transaction.
Every state change is one conditional UPDATE (``WHERE id = ? AND status IN (...)``,
optionally ``AND lease_holder = ?``), so two processes never both move one message;
on PostgreSQL a claim also skips a row another sender has locked (``SKIP LOCKED``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, select, update
from sqlalchemy.engine import Connection

from renewdesk.domain import OutboxMessage, OutboxStatus
from renewdesk.store.identity import actor
from renewdesk.store.models import OutboxRow

_T = cast(Table, OutboxRow.__table__)
_COLUMNS = [c for c in _T.c if c.name != "raw"]


@dataclass(frozen=True, slots=True)
class Claimed:
    """A message one sender has just taken: what it needs to send it."""

    quote_number: str
    raw: bytes
    recipients: tuple[str, ...]
    attempts: int  # this attempt's number


@dataclass(frozen=True, slots=True)
class Lease:
    """Who holds a ``sending`` message, and since when (``None`` before leases existed)."""

    outbox_id: int
    holder: str
    since: datetime | None


def _recipients(value: str) -> tuple[str, ...]:
    return tuple(r for r in value.split(",") if r)


def _message(row: Any) -> OutboxMessage:
    return OutboxMessage(
        id=row.id,
        quote_number=row.quote_number,
        message_id=row.message_id,
        status=OutboxStatus(row.status),
        attempts=row.attempts,
        last_error=row.last_error or "",
        created=row.created,
        updated=row.updated,
        next_attempt=row.next_attempt,
        recipients=_recipients(row.recipients),
        queued_by=row.queued_by or "",
    )


def _due(now: datetime, owner: str | None = None) -> tuple[Any, ...]:
    """Queued and due at ``now``; with ``owner`` only the messages that admin queued."""
    mine = () if owner is None else (_T.c.queued_by == owner,)
    return (
        _T.c.status == OutboxStatus.QUEUED.value,
        (_T.c.next_attempt.is_(None)) | (_T.c.next_attempt <= now),
        *mine,
    )


def sender_of(conn_or_engine: Connection | Engine) -> str | None:
    """Whose messages this client sends: on a shared database only its admin's own.

    ``None`` (every message) on SQLite: a private cache has one admin, who queued all
    of it, under whatever name the OS account had then.
    """
    if conn_or_engine.dialect.name == "sqlite":
        return None
    return actor(conn_or_engine).name


def insert_message(conn: Connection, values: dict[str, Any]) -> int:
    """Add one outbox row (column -> value), queued by the admin of ``conn``; returns its id."""
    row = {"queued_by": actor(conn).name, **values}
    key = conn.execute(_T.insert().values(**row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def move_message(
    conn: Connection,
    outbox_id: int,
    from_statuses: Iterable[OutboxStatus],
    values: dict[str, Any],
    *,
    leased_by: str | None = None,
) -> str | None:
    """Set ``values`` on one message if it is in one of ``from_statuses``.

    With ``leased_by`` only while that sender still holds its lease. Returns the
    message's quote number, or ``None`` when nothing was moved.
    """
    condition = [_T.c.id == outbox_id, _T.c.status.in_([s.value for s in from_statuses])]
    if leased_by is not None:
        condition.append(_T.c.lease_holder == leased_by)
    result = conn.execute(
        update(_T).where(*condition).values(**values).returning(_T.c.quote_number)
    )
    return cast(str | None, result.scalar_one_or_none())


def sending_leases(conn: Connection) -> list[Lease]:
    """The leases of every ``sending`` message, oldest message first."""
    stmt = (
        select(_T.c.id, _T.c.lease_holder, _T.c.lease_since)
        .where(_T.c.status == OutboxStatus.SENDING.value)
        .order_by(_T.c.id)
    )
    return [Lease(int(i), holder or "", since) for i, holder, since in conn.execute(stmt)]


def claim_message(
    conn: Connection, outbox_id: int, now: datetime, holder: str, since: datetime
) -> Claimed | None:
    """Take one queued, due message for ``holder``: ``sending``, attempts + 1, the lease.

    One conditional UPDATE, so of several senders exactly one gets it; ``None``
    when it is no longer queued and due (another sender or Retry raced us), or
    another admin queued it (it goes out through their account, not ours). On
    PostgreSQL the row is first locked with ``FOR UPDATE SKIP LOCKED``: a message
    another sender is claiming at this moment is passed over at once instead of
    waited for (SQLite's ``BEGIN IMMEDIATE`` already lets one writer in at a time).
    """
    due = _due(now, sender_of(conn))
    if conn.dialect.name == "postgresql":
        free = select(_T.c.id).where(_T.c.id == outbox_id, *due)
        if conn.execute(free.with_for_update(skip_locked=True)).first() is None:
            return None
    row = conn.execute(
        update(_T)
        .where(_T.c.id == outbox_id, *due)
        .values(
            status=OutboxStatus.SENDING.value,
            attempts=_T.c.attempts + 1,
            lease_holder=holder,
            lease_since=since,
            updated=now,
        )
        .returning(_T.c.raw, _T.c.recipients, _T.c.attempts, _T.c.quote_number)
    ).first()
    if row is None:
        return None
    return Claimed(row.quote_number, bytes(row.raw), _recipients(row.recipients), row.attempts)


class OutboxRepository:
    """The read-only queries over the outbox; each call is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def messages(self, statuses: Iterable[OutboxStatus] | None = None) -> list[OutboxMessage]:
        """Messages (without their bytes), oldest first; all of them or those in ``statuses``."""
        stmt = select(*_COLUMNS).order_by(_T.c.id)
        if statuses is not None:
            stmt = stmt.where(_T.c.status.in_([OutboxStatus(s).value for s in statuses]))
        with self._engine.begin() as conn:
            return [_message(r) for r in conn.execute(stmt)]

    def get(self, outbox_id: int) -> OutboxMessage | None:
        with self._engine.begin() as conn:
            row = conn.execute(select(*_COLUMNS).where(_T.c.id == outbox_id)).first()
            return _message(row) if row else None

    def raw_bytes(self, outbox_id: int) -> bytes:
        """The stored RFC 5322 bytes of one message."""
        with self._engine.begin() as conn:
            raw = conn.execute(select(_T.c.raw).where(_T.c.id == outbox_id)).scalar_one()
            return bytes(raw)

    def due(self, now: datetime) -> list[OutboxMessage]:
        """This admin's queued messages whose next attempt is due at ``now``, oldest first.

        Each admin's outbox sends what they queued, through their own account: another
        admin's message waits for that admin.
        """
        stmt = select(*_COLUMNS).where(*_due(now, sender_of(self._engine))).order_by(_T.c.id)
        with self._engine.begin() as conn:
            return [_message(r) for r in conn.execute(stmt)]
