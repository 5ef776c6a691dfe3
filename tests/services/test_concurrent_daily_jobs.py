"""The day's automatic quotes made once when three admins' clients run the job at once,
on both engines (issue 13): one runs it, the others skip quietly.
"""

from __future__ import annotations

import json
import signal
from collections import Counter

from renewdesk.domain import QuoteOrigin
from renewdesk.store.job_lock import AUTO_QUOTES
from renewdesk.store.quote_repo import QuoteRepository
from tests.quotes.conftest import TODAY, seed_world, smtp_settings_service
from tests.services.concurrency import Shared, shared_cache

__all__ = ["shared_cache"]  # the fixture, imported for pytest

DUE = 4
CLIENTS = 3


def test_three_clients_running_the_daily_job_at_once_make_each_quote_once(
    shared_cache: Shared,
) -> None:
    seed_world(shared_cache.engine).subs(DUE)  # renewing in 25 days, auto-renew off
    smtp_settings_service(shared_cache.engine, 2525)  # delivery is left to the outbox
    for _ in range(CLIENTS):
        shared_cache.start("auto", TODAY.isoformat())
    shared_cache.go()
    reports = shared_cache.results()
    made = [n for r in reports for n in r["created"]]
    assert len(made) == DUE
    # One client made them all. The others did not race it for the same subscriptions
    # (that would skip them as OPEN_QUOTE_EXISTS): they skipped the job while it ran, or,
    # scheduled later on a busy machine, found nothing left to make.
    assert len([r for r in reports if r["created"]]) == 1, reports
    assert [r["skipped"] for r in reports] == [[]] * CLIENTS, reports
    quotes = QuoteRepository(shared_cache.engine).all()
    assert sorted(q.number for q in quotes) == sorted(made)
    assert {q.origin for q in quotes} == {QuoteOrigin.AUTOMATIC}
    per_sub = Counter(line.subscription_id for q in quotes for line in q.lines)
    assert per_sub == {f"S-{i:03d}": 1 for i in range(1, DUE + 1)}


def test_a_client_that_finds_the_job_running_elsewhere_makes_none_until_it_is_free(
    shared_cache: Shared,
) -> None:
    seed_world(shared_cache.engine).subs(DUE)
    smtp_settings_service(shared_cache.engine, 2525)
    holder = shared_cache.start("hold", AUTO_QUOTES)  # another admin's client, mid-job
    assert holder.stdout is not None
    assert json.loads(holder.stdout.readline()) == {"mine": True}
    shared_cache.start("auto", TODAY.isoformat())
    shared_cache.go()
    (busy,) = shared_cache.results()
    assert busy == {"created": [], "skipped": [], "elsewhere": True}
    assert QuoteRepository(shared_cache.engine).all() == []
    holder.send_signal(signal.SIGKILL)  # then it dies without letting go
    holder.wait(10)
    shared_cache.start("auto", TODAY.isoformat())
    shared_cache.go()
    (after,) = shared_cache.results()
    assert len(after["created"]) == DUE and not after["elsewhere"]
