"""The daily jobs' lock on both engines (issue 13): one client at a time, never kept by a crash.

On PostgreSQL an advisory lock, on SQLite a lease row (``renewdesk.store.job_lock``).
"""

from __future__ import annotations

import json
import signal
import threading

from sqlalchemy import Engine

from renewdesk.store.job_lock import AUTO_QUOTES, DAILY_BACKUP, OUTBOX_RETRIES, job_lock
from tests.services.concurrency import Shared, shared_cache

__all__ = ["shared_cache"]  # the fixture, imported for pytest


def test_one_holder_at_a_time_and_each_job_its_own_lock(cache_engine: Engine) -> None:
    with job_lock(cache_engine, AUTO_QUOTES) as first:
        assert first
        with job_lock(cache_engine, AUTO_QUOTES) as second:
            assert not second  # asked again meanwhile (another window, another thread)
        others: list[bool] = []

        def other_thread() -> None:
            with job_lock(cache_engine, AUTO_QUOTES) as mine:
                others.append(mine)

        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join(10)
        assert others == [False]
        with (
            job_lock(cache_engine, OUTBOX_RETRIES) as outbox,
            job_lock(cache_engine, DAILY_BACKUP) as backup,
        ):
            assert outbox and backup
    with job_lock(cache_engine, AUTO_QUOTES) as again:
        assert again  # given back at the end


def test_a_scoped_job_keeps_out_only_the_same_scope(cache_engine: Engine) -> None:
    with job_lock(cache_engine, OUTBOX_RETRIES, scope="anna") as anna:
        assert anna
        with job_lock(cache_engine, OUTBOX_RETRIES, scope="anna") as anna_again:
            assert not anna_again
        with job_lock(cache_engine, OUTBOX_RETRIES, scope="bert") as bert:
            assert bert
        with job_lock(cache_engine, OUTBOX_RETRIES) as unscoped:
            assert unscoped


def test_a_client_killed_while_holding_the_lock_does_not_keep_it(shared_cache: Shared) -> None:
    holder = shared_cache.start("hold", AUTO_QUOTES)
    assert holder.stdout is not None
    assert json.loads(holder.stdout.readline()) == {"mine": True}
    with job_lock(shared_cache.engine, AUTO_QUOTES) as mine:
        assert not mine  # the other process runs the job
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    with job_lock(shared_cache.engine, AUTO_QUOTES) as mine:
        assert mine  # its session ended (PostgreSQL) / its process is gone (SQLite)
