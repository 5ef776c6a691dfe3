"""The offline outbox: quote emails wait here as RFC 5322 bytes until a server takes them.

Life of a message::

    enqueue ──> queued ──claim──> sending ──accepted──> sent
                  ^                  │
                  │ temporary error  ├──> queued (next_attempt = now + backoff)
                  │ (retry_now)      └──> failed (permanent error: the server's reason)
                  └──────────────────────── failed

Delivery guarantee. The bytes (with their Message-ID) are stored before any attempt,
in the caller's transaction when there is one, so nothing queued is lost. A message
is claimed (``sending``, attempts + 1, a lease naming this process: see
:mod:`renewdesk.mail.lease`) by one conditional UPDATE in its own committed
transaction before the SMTP call, and marked ``sent`` only after the server accepted
it. One sender at a time: any number of processes (windows, ``outbox send``,
``quote create --send``) may run :meth:`Outbox.send_due` at once, and a message is
claimed by exactly one of them; :meth:`Outbox.recover_interrupted` takes back only
messages whose holder is gone (its process no longer runs, or the lease is older
than :data:`~renewdesk.mail.lease.LEASE_LIMIT`). Without a crash each message is
therefore handed over exactly once. If the process dies between the server's
"250 OK" and the ``sent`` commit, the row stays ``sending`` with a dead holder; the
next :meth:`Outbox.recover_interrupted` puts it back in the queue and it goes out
again with the same Message-ID, so delivery is at-least-once across a crash and a
server or mail program can drop the duplicate by that ID.

Every state change writes an audit event carrying the quote number. The SQL is
in :mod:`renewdesk.store.outbox_repo`; this module decides what happens.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Connection

from renewdesk.domain import OutboxMessage, OutboxStatus
from renewdesk.lazy_text import tr_later
from renewdesk.mail.lease import holder, holder_gone, lease_now
from renewdesk.mail.smtp import ServerUnreachableError, SmtpError
from renewdesk.store import outbox_repo
from renewdesk.store.engine import writer
from renewdesk.store.repositories import write_audit_many

BACKOFF_CAP = timedelta(hours=1)
INTERRUPTED = tr_later(
    "Audit", "Interrupted while sending (the app stopped); queued again with the same Message-ID"
)


def _outbox(outbox_id: int) -> str:
    """How the audit trail names an outbox message ("outbox #3")."""
    return str(tr_later("Audit", "outbox #{id}").format(id=outbox_id))


SendFn = Callable[[bytes, list[str]], object]
"""Delivers raw bytes to recipients or raises; may return {recipient: (code, reason)} refused."""


def backoff(attempts: int) -> timedelta:
    """Wait after the n-th failed attempt: 1, 2, 4, 8 ... minutes, at most an hour."""
    return min(timedelta(minutes=2 ** min(max(attempts - 1, 0), 10)), BACKOFF_CAP)


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one :meth:`Outbox.send_due` run did."""

    sent: int = 0
    retrying: int = 0  # temporary failure: back in the queue with a later next_attempt
    failed: int = 0  # permanent failure: waits for Retry now
    deferred: int = 0  # not tried: the server was unreachable for an earlier message
    errors: tuple[str, ...] = field(default=())
    unreachable: bool = False  # the server could not be reached at all

    @property
    def attempted(self) -> int:
        return self.sent + self.retrying + self.failed

    @property
    def online(self) -> bool | None:
        """Whether the server was reached; ``None`` when nothing was due."""
        if self.unreachable:
            return False
        return True if self.attempted else None


class Outbox:
    """Repository and sender over the ``outbox`` table."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._queries = outbox_repo.OutboxRepository(engine)

    @property
    def engine(self) -> Engine:
        """The cache this outbox is in (the daily jobs' lock is taken on it)."""
        return self._engine

    # -- writing ------------------------------------------------------------------------

    def enqueue(
        self,
        conn: Connection | None,
        quote_number: str,
        msg: EmailMessage,
        recipients: Sequence[str],
        *,
        now: datetime | None = None,
    ) -> int:
        """Store ``msg`` as bytes, due at once; returns the outbox id.

        Pass ``conn`` to write inside the caller's transaction (the quote row and its
        email commit together); with ``None`` it is a transaction of its own.
        """
        message_id = str(msg.get("Message-ID", "")).strip()
        if not message_id:
            raise ValueError("a queued message needs a Message-ID (build_quote_message sets one)")
        recipients = [r.strip() for r in recipients if r.strip()]
        if not recipients:
            raise ValueError("a queued message needs at least one recipient")
        stamp = now or datetime.now()
        values = {
            "quote_number": quote_number,
            "message_id": message_id,
            "raw": msg.as_bytes(policy=policy.SMTP),
            "recipients": ",".join(recipients),
            "status": OutboxStatus.QUEUED.value,
            "attempts": 0,
            "last_error": "",
            "created": stamp,
            "updated": stamp,
            "next_attempt": stamp,
        }
        event = {
            "quote_number": quote_number,
            "action": "email_queued",
            "details": tr_later("Audit", "to {recipients}; {message_id}").format(
                recipients=", ".join(recipients), message_id=message_id
            ),
        }
        if conn is not None:
            return self._insert(conn, values, event, stamp)
        with writer(self._engine).begin() as own:
            return self._insert(own, values, event, stamp)

    @staticmethod
    def _insert(
        conn: Connection, values: dict[str, Any], event: dict[str, str], when: datetime
    ) -> int:
        new_id = outbox_repo.insert_message(conn, values)
        event["details"] = _outbox(new_id) + " " + event["details"]
        write_audit_many(conn, [event], when=when)
        return new_id

    def _transition(
        self,
        conn: Connection,
        outbox_id: int,
        from_statuses: Iterable[OutboxStatus],
        values: dict[str, Any],
        action: str,
        details: str,
        when: datetime,
        *,
        leased_by: str | None = None,
    ) -> bool:
        """Move one message if it is in one of ``from_statuses``; audited. False if not.

        With ``leased_by`` only while that sender still holds its lease.
        """
        quote_number = outbox_repo.move_message(
            conn, outbox_id, from_statuses, {"updated": when, **values}, leased_by=leased_by
        )
        if quote_number is None:
            return False
        event = {"quote_number": quote_number, "action": action, "details": details}
        write_audit_many(conn, [event], when=when)
        return True

    def retry_now(self, outbox_id: int, now: datetime | None = None) -> bool:
        """Make a queued or failed message due now. False when it is sending or sent."""
        stamp = now or datetime.now()
        with writer(self._engine).begin() as conn:
            return self._transition(
                conn,
                outbox_id,
                (OutboxStatus.QUEUED, OutboxStatus.FAILED),
                {"status": OutboxStatus.QUEUED.value, "next_attempt": stamp},
                "email_retry_now",
                _outbox(outbox_id),
                stamp,
            )

    def recover_interrupted(self, now: datetime | None = None) -> int:
        """Put back in the queue the ``sending`` messages whose sender is gone.

        Safe to call at any time from any process: a message another process is
        sending right now keeps its lease (see :func:`renewdesk.mail.lease.holder_gone`).
        Returns how many were requeued.
        """
        stamp = now or datetime.now()
        with writer(self._engine).begin() as conn:
            count = 0
            wall = lease_now()
            for lease in outbox_repo.sending_leases(conn):
                if not holder_gone(lease.holder, lease.since, wall):
                    continue
                count += self._transition(
                    conn,
                    lease.outbox_id,
                    (OutboxStatus.SENDING,),
                    {
                        "status": OutboxStatus.QUEUED.value,
                        "next_attempt": stamp,
                        "last_error": INTERRUPTED,
                        "lease_holder": "",
                        "lease_since": None,
                    },
                    "email_requeued",
                    _outbox(lease.outbox_id) + f": {INTERRUPTED}",
                    stamp,
                    leased_by=lease.holder,
                )
            return count

    # -- reading ------------------------------------------------------------------------

    def list(self, statuses: Iterable[OutboxStatus] | None = None) -> builtins.list[OutboxMessage]:
        """Messages (without their bytes), oldest first; all of them or those in ``statuses``."""
        return self._queries.messages(statuses)

    def get(self, outbox_id: int) -> OutboxMessage | None:
        return self._queries.get(outbox_id)

    def raw_bytes(self, outbox_id: int) -> bytes:
        """The stored RFC 5322 bytes (e.g. to open a failed message in the mail app)."""
        return self._queries.raw_bytes(outbox_id)

    def due(self, now: datetime) -> builtins.list[OutboxMessage]:
        """Queued messages whose next attempt is due at ``now``, oldest first."""
        return self._queries.due(now)

    # -- sending ------------------------------------------------------------------------

    def _claim(self, outbox_id: int, now: datetime) -> tuple[bytes, builtins.list[str], int] | None:
        """Take one due message for this process: ``sending``, attempts + 1, our lease.

        One conditional UPDATE, so of several senders exactly one gets it; returns its
        bytes, recipients and this attempt's number, or ``None`` when it is no longer
        queued and due (another sender or Retry raced us).
        """
        with writer(self._engine).begin() as conn:
            claimed = outbox_repo.claim_message(conn, outbox_id, now, holder(), lease_now())
            if claimed is None:
                return None
            event = {
                "quote_number": claimed.quote_number,
                "action": "email_sending",
                "details": _outbox(outbox_id)
                + ": "
                + tr_later("Audit", "attempt {n}").format(n=claimed.attempts),
            }
            write_audit_many(conn, [event], when=now)
            return claimed.raw, list(claimed.recipients), claimed.attempts

    def _finish(
        self,
        outbox_id: int,
        status: OutboxStatus,
        error: str,
        next_attempt: datetime | None,
        action: str,
        now: datetime,
    ) -> None:
        details = _outbox(outbox_id) + (f": {error}" if error else "")
        with writer(self._engine).begin() as conn:
            self._transition(
                conn,
                outbox_id,
                (OutboxStatus.SENDING,),
                {
                    "status": status.value,
                    "last_error": error,
                    "next_attempt": next_attempt,
                    "lease_holder": "",
                    "lease_since": None,
                },
                action,
                details,
                now,
                leased_by=holder(),
            )

    def send_due(self, send: SendFn, now: datetime) -> SendReport:
        """Try every message due at ``now`` once, oldest first.

        A message is attempted at most once per call: the due list is fixed at the
        start and a retry is always scheduled after ``now``. When a failure would
        repeat for every message (no server, no password, sign-in refused), the rest
        are left queued untouched and counted as ``deferred``.
        """
        sent = retrying = failed = 0
        errors: builtins.list[str] = []
        due_ids = [m.id for m in self.due(now)]
        for index, outbox_id in enumerate(due_ids):
            claimed = self._claim(outbox_id, now)
            if claimed is None:
                continue
            raw, recipients, attempt = claimed
            try:
                result = send(raw, recipients)
            except Exception as exc:
                reason = getattr(exc, "reason", "") or str(exc) or type(exc).__name__
                errors.append(f"outbox #{outbox_id}: {reason}")
                if self._record_failure(outbox_id, exc, reason, attempt, now):
                    retrying += 1
                else:
                    failed += 1
                unreachable = isinstance(exc, ServerUnreachableError | OSError)
                if unreachable or getattr(exc, "affects_all", False):
                    deferred = len(due_ids) - index - 1
                    return SendReport(sent, retrying, failed, deferred, tuple(errors), unreachable)
                continue
            self._finish(
                outbox_id, OutboxStatus.SENT, _refused_note(result), None, "email_sent", now
            )
            sent += 1
        return SendReport(sent, retrying, failed, 0, tuple(errors))

    def _record_failure(
        self, outbox_id: int, exc: Exception, reason: str, attempt: int, now: datetime
    ) -> bool:
        """Requeue after a temporary failure (True) or mark a permanent one failed (False)."""
        temporary = exc.temporary if isinstance(exc, SmtpError) else isinstance(exc, OSError)
        if temporary:
            retry_at = now + backoff(attempt)
            self._finish(
                outbox_id, OutboxStatus.QUEUED, reason, retry_at, "email_retry_scheduled", now
            )
        else:
            self._finish(outbox_id, OutboxStatus.FAILED, reason, None, "email_failed", now)
        return temporary


def _refused_note(result: object) -> str:
    """The server took the message but refused some recipients: say which (it is sent)."""
    if not isinstance(result, dict) or not result:
        return ""
    parts = [f"{rcpt} ({code} {reason})" for rcpt, (code, reason) in result.items()]
    return "Accepted, but refused for: " + "; ".join(parts)
