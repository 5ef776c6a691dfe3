"""The demo cache shows every per-subscription rule code on any day it is opened."""

from __future__ import annotations

from datetime import date

import pytest

from renewdesk.demo import build_demo_cache, resolve_dates
from renewdesk.domain import OfferingType, PaymentMethod, SubscriptionStatus, Term
from renewdesk.rules import Code
from renewdesk.services.check_service import CheckService
from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import CustomerRepository, PartnerRepository


def test_today_tokens_become_dates():
    assert resolve_dates("a,today+3,today-1,today", date(2026, 2, 27)) == (
        "a,2026-03-02,2026-02-26,2026-02-27"
    )


@pytest.mark.parametrize("day", [date(2026, 11, 26), date(2027, 2, 28), date(2028, 12, 31)])
def test_every_subscription_code_shows_up(tmp_path, day):
    path = build_demo_cache(tmp_path / "demo.sqlite", day)
    engine = open_cache(path)
    results = CheckService(engine).check(day)
    codes = {f.code for r in results for f in r.findings}
    assert {
        Code.WINDOW_NOT_OPEN,
        Code.WINDOW_CLOSED,
        Code.OFFERING_NOT_COVERED,
        Code.STATUS_NOT_RENEWABLE,
        Code.OPEN_QUOTE_EXISTS,
        Code.AUTO_RENEW_ON,
    } <= codes
    subs = [r.subscription for r in results]
    assert {s.offering_type for s in subs} == set(OfferingType)
    assert {s.payment_method for s in subs} == set(PaymentMethod)
    assert {s.term for s in subs} == set(Term)
    assert {s.status for s in subs} == set(SubscriptionStatus)
    assert {"SEK", "EUR", "USD"} <= {s.currency for s in subs}
    assert len({s.partner_csn for s in subs if s.partner_csn}) == 2
    assert any(s.is_direct for s in subs)
    assert sum(r.eligible for r in results) >= 10
    customers = {c.csn: c for c in CustomerRepository(engine).all()}
    assert customers["5100001001"].address.country == "SE"
    assert customers["5100002001"].address.city == "Łódź"
    assert all(p.email for p in PartnerRepository(engine).all())
    engine.dispose()


def test_a_demo_built_today_is_kept_and_an_old_one_rebuilt(tmp_path):
    path = tmp_path / "demo.sqlite"
    build_demo_cache(path, date(2026, 11, 26))
    stamp = path.stat().st_mtime_ns
    build_demo_cache(path, date(2026, 11, 26))
    assert path.stat().st_mtime_ns == stamp
    build_demo_cache(path, date(2026, 11, 27))
    engine = open_cache(path)
    sub = next(
        r
        for r in CheckService(engine).check(date(2026, 11, 27))
        if r.subscription.subscription_id == "SUB-10001"
    )
    assert sub.subscription.renewal_date == date(2026, 12, 18)
    engine.dispose()
