"""The day's automatic quotes made once when three admins' clients run the job at once,
on both engines (issue 13): one runs it, the others skip quietly.
"""

from __future__ import annotations

from collections import Counter

from renewdesk.domain import QuoteOrigin
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
    # the others did not race the maker for the same subscriptions: they skipped the job
    assert [r["skipped"] for r in reports] == [[]] * CLIENTS
    assert len([r for r in reports if r["created"]]) == 1
    assert all(r["elsewhere"] for r in reports if not r["created"])
    quotes = QuoteRepository(shared_cache.engine).all()
    assert sorted(q.number for q in quotes) == sorted(made)
    assert {q.origin for q in quotes} == {QuoteOrigin.AUTOMATIC}
    per_sub = Counter(line.subscription_id for q in quotes for line in q.lines)
    assert per_sub == {f"S-{i:03d}": 1 for i in range(1, DUE + 1)}
