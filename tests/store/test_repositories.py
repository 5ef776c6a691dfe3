"""Repositories return frozen dataclasses and audit every change, on both engines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from renewdesk.domain import Address, Customer, Subscription
from renewdesk.store.models import SubscriptionRow
from renewdesk.store.repositories import (
    AuditRepository,
    CustomerRepository,
    SettingsRepository,
    SubscriptionRepository,
    subscription_values,
)
from tests.rules.builders import sub


@pytest.fixture
def engine(cache_engine: Engine) -> Engine:
    """Each test on a SQLite file, then on PostgreSQL (skips without a server)."""
    return cache_engine


def _insert(engine, *subs: Subscription) -> None:
    customers = CustomerRepository(engine)
    for csn in {s.customer_csn for s in subs}:
        customers.save(Customer(csn=csn, company_name=f"Company {csn}"))
    with engine.begin() as conn:
        conn.execute(SubscriptionRow.__table__.insert(), [subscription_values(s) for s in subs])


def test_subscriptions_round_trip_as_frozen_dataclasses(engine):
    a = sub(subscription_id="A", renewal_date=date(2026, 9, 1), auto_renew=True)
    b = sub(subscription_id="B", team="Ops")
    _insert(engine, b, a)
    repo = SubscriptionRepository(engine)
    assert repo.all() == [a, b]
    assert repo.get_many(["B", "missing", "A"]) == [b, a]
    with pytest.raises(dataclasses.FrozenInstanceError):
        repo.get("A").seats = 3  # type: ignore[misc, union-attr]


def test_foreign_keys_are_enforced(engine):
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(SubscriptionRow.__table__.insert(), [subscription_values(sub())])
    assert SubscriptionRepository(engine).count() == 0


def test_turning_auto_renew_off_is_audited_per_subscription(engine):
    _insert(engine, sub(subscription_id="A", auto_renew=True), sub(subscription_id="B"))
    repo = SubscriptionRepository(engine)
    assert repo.set_auto_renew(["A", "B"], on=False, reason="quote Q-2026-000001") == 1
    assert repo.get("A").auto_renew is False  # type: ignore[union-attr]
    (event,) = AuditRepository(engine).for_subscription("A")
    assert (event.action, event.details) == ("auto_renew_off", "quote Q-2026-000001")
    assert event.os_user
    assert AuditRepository(engine).for_subscription("B") == []


def test_customer_details_are_kept_whole(engine):
    c = Customer(
        csn="5100000009",
        company_name="Åsa Öberg Design AB",
        address=Address("Storgatan 1", "", "111 22", "Stockholm", "", "SE"),
        buyer_email="asa@example.com",
    )
    CustomerRepository(engine).save(c)
    assert CustomerRepository(engine).get("5100000009") == c


def test_settings_round_trip(engine):
    settings = SettingsRepository(engine)
    settings.set_many({"smtp.host": "mail.example.com", "quote.validity_days": "30"})
    assert settings.get("smtp.host") == "mail.example.com"
    assert settings.get("missing", "fallback") == "fallback"


def test_all_subscriptions_share_repeated_values_across_fetch_chunks(engine, monkeypatch):
    import renewdesk.store.repositories as repositories

    monkeypatch.setattr(repositories, "_FETCH_CHUNK", 3)  # rows 1-3, 4-6, 7
    subs = [
        sub(
            subscription_id=f"S{i}",
            team="" if i % 3 else "Ops",
            renewal_date=date(2026, 12, 1 + i % 2),
        )
        for i in range(7)
    ]
    _insert(engine, *subs)
    found = SubscriptionRepository(engine).all()
    assert found == subs  # every field, team "" where the cache holds NULL
    assert len({id(s.product_name) for s in found}) == 1
    assert len({id(s.renewal_date) for s in found}) == 2
    assert len({id(s.customer_csn) for s in found}) == 1
