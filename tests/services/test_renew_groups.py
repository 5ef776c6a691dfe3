"""Bulk actions > Renew's groups: by CSN, currency, payment method and partner ([S8])."""

from __future__ import annotations

from datetime import date, timedelta

from renewdesk.domain import PaymentMethod
from renewdesk.rules import default_limits
from renewdesk.services.check_service import evaluate
from renewdesk.services.renew_groups import plan_groups
from tests.quotes.conftest import subscription

TODAY = date(2026, 11, 20)


def _results(*subs):  # type: ignore[no-untyped-def]
    return evaluate(list(subs), TODAY, {}, default_limits())


def test_nothing_picked_groups_everything_and_chooses_none():
    results = _results(
        subscription("A"),
        subscription("B", currency="EUR"),
        subscription("C", payment_method=PaymentMethod.INVOICE),
        subscription("D", partner_csn="P-1", payment_method=PaymentMethod.PARTNER),
        subscription("E"),
        subscription("F", renewal_date=TODAY + timedelta(days=200)),  # not eligible yet
    )
    plan = plan_groups(results)
    assert len(plan.groups) == 4
    assert (plan.chosen, plan.ticked, plan.total) == (None, (), 6)
    first = next(g for g in plan.groups if {"A", "E"} <= {r.subscription_id for r in g.results})
    assert [r.subscription_id for r in first.results] == ["A", "E", "F"]  # F greyed in its group
    assert first.eligible == 2


def test_a_selection_chooses_the_group_holding_most_of_it():
    results = _results(
        subscription("A"), subscription("B", currency="EUR"), subscription("C", currency="EUR")
    )
    plan = plan_groups(results, picked=["A", "B", "C"])
    assert plan.groups[plan.chosen].key.currency == "EUR"
    assert plan.ticked == ("B", "C")


def test_a_group_past_100_ticks_100_and_says_which_stay_out():
    results = _results(*(subscription(f"S-{n:03d}") for n in range(1, 106)))
    plan = plan_groups(results, picked=[r.subscription_id for r in results], limit=100)
    assert len(plan.ticked) == 100
    assert plan.left_out(100) == ["S-101", "S-102", "S-103", "S-104", "S-105"]


def test_a_picked_subscription_that_cannot_be_renewed_still_opens_its_group():
    results = _results(subscription("F", renewal_date=TODAY + timedelta(days=200)))
    plan = plan_groups(results, picked=["F"])
    assert plan.chosen == 0 and plan.ticked == ()
