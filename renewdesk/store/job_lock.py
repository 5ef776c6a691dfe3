"""The daily jobs run in one client at a time (issue 13, team mode).

Every admin's window runs the day's work (the automatic quotes, the outbox's
retries, the daily backup) on a timer, and ``renewdesk auto-quotes`` can run it too.
:func:`job_lock` lets one client at a time in; a client that does not get it skips
the job quietly (a log line) and the next tick looks again.

- PostgreSQL: a session-level advisory lock, ``pg_try_advisory_lock(RDsk, job)``,
  held on a connection of its own for the job's length. The server lets it go
  when that session ends, so a client that crashes never keeps it.
- SQLite: a row in ``job_leases`` (holder, until) taken under ``BEGIN IMMEDIATE``
  and deleted at the end. A lease whose holder no longer runs on this computer,
  or older than :data:`LEASE`, is taken over, so a crash never stops the job.
"""

from __future__ import annotations

import logging
import secrets
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Engine, Table, delete, func, select

from renewdesk.mail.lease import holder, holder_gone, lease_now  # pure helpers, no I/O
from renewdesk.store.dialects import upsert
from renewdesk.store.models import JobLeaseRow

log = logging.getLogger(__name__)

AUTO_QUOTES = "auto_quotes"
OUTBOX_RETRIES = "outbox_retries"
DAILY_BACKUP = "daily_backup"
#: Each job's second key of the advisory lock; the first is the cache's application id.
#: A scoped job's key is the CRC-32 of "job:scope" (31 bits), beside these small ones.
JOB_KEYS = {AUTO_QUOTES: 1, OUTBOX_RETRIES: 2, DAILY_BACKUP: 3}
LOCK_CLASS = 0x5244736B  # "RDsk", PRAGMA application_id of every SQLite cache
#: A SQLite lease older than this is taken over whoever holds it (a job takes minutes).
LEASE = timedelta(hours=1)

_T = cast(Table, JobLeaseRow.__table__)


@contextmanager
def job_lock(engine: Engine, job: str, scope: str = "") -> Iterator[bool]:
    """``with job_lock(engine, AUTO_QUOTES) as mine:`` run the job only when ``mine``.

    Never waits: ``mine`` is False at once while another client runs the job.
    ``scope`` narrows it to one admin's share of the job (each admin's outbox sends
    that admin's messages): clients of different admins then never keep each other out.
    """
    name = f"{job}:{scope}" if scope else job
    if engine.dialect.name == "postgresql":
        key = JOB_KEYS[job] if not scope else zlib.crc32(name.encode()) & 0x7FFFFFFF
        with _advisory(engine, key) as mine:
            _say(name, mine)
            yield mine
        return
    me = f"{holder()}:{secrets.token_hex(4)}"  # two runs in one process differ too
    mine = _take_lease(engine, name, me)
    _say(name, mine)
    try:
        yield mine
    finally:
        if mine:
            with engine.execution_options(immediate=True).begin() as conn:
                conn.execute(delete(_T).where(_T.c.name == name, _T.c.holder == me))


def _say(job: str, mine: bool) -> None:
    if not mine:
        log.info("%s: another RenewDesk client is running it now; skipped here", job)


@contextmanager
def _advisory(engine: Engine, key: int) -> Iterator[bool]:
    with engine.connect() as raw:
        conn = raw.execution_options(isolation_level="AUTOCOMMIT")
        mine = bool(conn.execute(select(func.pg_try_advisory_lock(LOCK_CLASS, key))).scalar())
        try:
            yield mine
        finally:
            if mine:
                conn.execute(select(func.pg_advisory_unlock(LOCK_CLASS, key)))


def _take_lease(engine: Engine, job: str, me: str) -> bool:
    now = lease_now()
    with engine.execution_options(immediate=True).begin() as conn:
        row = conn.execute(select(_T.c.holder, _T.c.until).where(_T.c.name == job)).first()
        if row is not None and row.until > now and not _gone(row.holder, now):
            return False
        stmt = upsert(conn, _T).values(name=job, holder=me, until=now + LEASE)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["name"], set_={"holder": me, "until": now + LEASE}
            )
        )
        return True


def _gone(value: str, now: datetime) -> bool:
    """The lease's holder no longer runs on this computer (it crashed mid-job).

    The age is :func:`_take_lease`'s to judge (``until``), so the lease counts as new here.
    """
    return holder_gone(value.rpartition(":")[0], now, now)
