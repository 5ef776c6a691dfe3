"""The quote service keeps each subscription's claim with its one open quote (issue 13).

The lifecycle runs on both engines (``cache_engine``); the race in which both
admins pass the open-quote check before either saves needs a server engine (on
SQLite the write lock already queues the second admin before its check).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine

from renewdesk.domain import QuoteStatus
from renewdesk.quotes.errors import QuoteBlockedError
from renewdesk.rules import Code
from renewdesk.store import claim_repo
from renewdesk.store import quote_repo as repo
from tests.pg_server import migrate
from tests.quotes.conftest import Clock, make_service, seed_world, static_settings


def service_over(engine: Engine) -> Any:
    return make_service(engine, Clock(), settings=static_settings(), deliver_now=lambda now: None)


def held(engine: Engine, *ids: str) -> dict[str, str]:
    with engine.begin() as conn:
        return claim_repo.holders(conn, list(ids))


def test_a_copy_takes_the_claim_gives_it_back_when_discarded_and_buy_releases_it(
    cache_engine: Engine,
) -> None:
    seed_world(cache_engine).subs(2)
    service = service_over(cache_engine)
    original = service.send(service.request(["S-001", "S-002"]), "pdf").quote
    assert held(cache_engine, "S-001", "S-002") == dict.fromkeys(
        ("S-001", "S-002"), original.number
    )
    copy = service.copy(original.number)
    assert held(cache_engine, "S-001") == {"S-001": copy.number}
    with pytest.raises(QuoteBlockedError) as refused:  # a third quote: still one open chain
        service.create_draft(service.request(["S-001"]))
    assert Code.OPEN_QUOTE_EXISTS in refused.value.codes
    service.update_draft(copy.number, service.request(["S-002"]))  # the copy drops S-001
    assert held(cache_engine, "S-001", "S-002") == {
        "S-001": original.number,
        "S-002": copy.number,
    }
    service.discard(copy.number)
    assert held(cache_engine, "S-001", "S-002") == dict.fromkeys(
        ("S-001", "S-002"), original.number
    )
    second = service.copy(original.number)
    service.send(second.number, "pdf")
    assert service.get(original.number).status is QuoteStatus.SUPERSEDED
    assert held(cache_engine, "S-001", "S-002") == dict.fromkeys(("S-001", "S-002"), second.number)
    service.buy(second.number)
    assert held(cache_engine, "S-001", "S-002") == {}


def test_recording_a_partners_cancellation_frees_the_subscriptions(cache_engine: Engine) -> None:
    seed_world(cache_engine).subs(1)
    service = service_over(cache_engine)
    quote = service.send(service.request(["S-001"]), "pdf").quote
    service.record_cancellation(quote.number, "Buyer chose another reseller")
    assert held(cache_engine, "S-001") == {}


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url, hide_parameters=True)
    migrate(engine)
    yield engine
    engine.dispose()


def test_two_admins_past_the_check_at_once_one_is_refused_naming_the_others_quote(
    pg_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_world(pg_engine).subs(1)
    both_checked = threading.Barrier(2, timeout=10)
    real = repo.open_quote_holders

    def check_then_wait(*args: Any, **kwargs: Any) -> dict[str, str]:
        found = real(*args, **kwargs)
        both_checked.wait()  # neither has saved: each sees the subscription free
        return found

    monkeypatch.setattr(repo, "open_quote_holders", check_then_wait)
    outcomes: list[Any] = []

    def admin() -> None:
        service = service_over(pg_engine)
        try:
            outcomes.append(service.create_draft(service.request(["S-001"])).number)
        except QuoteBlockedError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=admin) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    made = [o for o in outcomes if isinstance(o, str)]
    refused = [o for o in outcomes if isinstance(o, QuoteBlockedError)]
    assert len(made) == 1 and len(refused) == 1, outcomes
    finding = refused[0].findings[0]
    assert finding.code is Code.OPEN_QUOTE_EXISTS
    assert finding.params == {"quote": made[0], "subscription": "S-001"}
    assert str(refused[0]) == "the quote is blocked by OPEN_QUOTE_EXISTS"
    assert [q.number for q in repo.QuoteRepository(pg_engine).all()] == made
