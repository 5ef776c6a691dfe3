"""Quotes made by several admins at once, on both engines (issue 13, item 3).

Each admin is its own process (``concurrency_child.py``) over one shared cache: a
SQLite file or a PostgreSQL database. Every child imports, connects and builds
its requests first, then all start at one signal.
"""

from __future__ import annotations

from collections import Counter

from renewdesk.domain import QuoteStatus
from renewdesk.rules import Code
from renewdesk.store.quote_repo import QuoteRepository
from tests.quotes.conftest import seed_world
from tests.services.concurrency import Shared, shared_cache

__all__ = ["shared_cache"]  # the fixture, imported for pytest


def open_quotes_per_subscription(shared: Shared) -> Counter[str]:
    quotes = QuoteRepository(shared.engine).all()
    return Counter(
        line.subscription_id
        for q in quotes
        if q.status in (QuoteStatus.DRAFT, QuoteStatus.QUOTED)
        for line in q.lines
    )


def test_eight_quotes_made_by_two_admins_at_once_take_distinct_numbers(
    shared_cache: Shared,
) -> None:
    seed_world(shared_cache.engine).subs(8)
    shared_cache.start("drafts", *[f"S-{i:03d}" for i in range(1, 5)])
    shared_cache.start("drafts", *[f"S-{i:03d}" for i in range(5, 9)])
    shared_cache.go()
    first, second = shared_cache.results()
    numbers = [r["number"] for r in first + second]
    assert sorted(numbers) == [f"Q-2026-{n:06d}" for n in range(1, 9)]  # none twice, no gap
    stored = QuoteRepository(shared_cache.engine).all()
    assert sorted(q.number for q in stored) == sorted(numbers)
    assert open_quotes_per_subscription(shared_cache) == {f"S-{i:03d}": 1 for i in range(1, 9)}


def test_two_admins_quoting_the_same_subscriptions_at_once_get_one_open_quote_each(
    shared_cache: Shared,
) -> None:
    ids = [f"S-{i:03d}" for i in range(1, 7)]
    seed_world(shared_cache.engine).subs(len(ids))
    for _admin in range(3):
        shared_cache.start("drafts", *ids)
    shared_cache.go()
    outcomes = [r for child in shared_cache.results() for r in child]
    made = {r["sub"]: r["number"] for r in outcomes if "number" in r}
    assert sorted(made) == ids  # every subscription got its one quote
    for refused in (r for r in outcomes if "blocked" in r):
        # the refusal a second admin gets today, naming the quote that won
        assert [Code.OPEN_QUOTE_EXISTS.value, made[refused["sub"]]] in refused["blocked"]
    assert len(outcomes) - len(made) == 2 * len(ids)
    assert open_quotes_per_subscription(shared_cache) == {sid: 1 for sid in ids}
    stored = sorted(q.number for q in QuoteRepository(shared_cache.engine).all())
    assert stored == sorted(made.values())
