"""The Buy rule on plain values: what an order does to each subscription on the quote."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from renewdesk.domain import QuoteLine, SubscriptionStatus, Term
from renewdesk.quotes.errors import UnknownSubscriptionsError
from renewdesk.quotes.ordering import renewals
from tests.quotes.conftest import subscription


def line(subscription_id: str, term: Term = Term.ANNUAL, seats: int = 3) -> QuoteLine:
    return QuoteLine(
        subscription_id=subscription_id,
        product_name="Design Suite",
        offering_code="DSGN",
        term=term,
        seats=seats,
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        unit_price=Decimal("100.00"),
        campaign_code="",
        discount=Decimal("0"),
        line_total=Decimal("300.00"),
        changes_subscription=False,
    )


def test_each_subscription_moves_on_by_its_lines_term_with_its_seats() -> None:
    subs = {
        "S-1": subscription("S-1", renewal_date=date(2026, 1, 31)),
        "S-2": subscription(
            "S-2", renewal_date=date(2026, 3, 15), status=SubscriptionStatus.EXPIRED
        ),
    }
    changes = renewals([line("S-2", Term.THREE_YEAR, seats=5), line("S-1", Term.MONTHLY)], subs)
    assert [before for before, _after in changes] == [subs["S-2"], subs["S-1"]]
    (_, s2), (_, s1) = changes
    assert (s2.renewal_date, s2.seats, s2.term, s2.status) == (
        date(2029, 3, 15),
        5,
        Term.THREE_YEAR,
        SubscriptionStatus.ACTIVE,
    )
    assert (s1.renewal_date, s1.term) == (date(2026, 2, 28), Term.MONTHLY)  # month end clamped
    assert s1.contract_number == subs["S-1"].contract_number


def test_a_subscription_gone_from_the_cache_refuses_the_whole_order() -> None:
    with pytest.raises(UnknownSubscriptionsError) as caught:
        renewals([line("S-1"), line("S-9"), line("S-8")], {"S-1": subscription("S-1")})
    assert caught.value.ids == ("S-8", "S-9")
