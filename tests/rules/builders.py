"""Builders for rule tests: a valid, eligible subscription with any field overridden."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from renewdesk.domain import (
    OfferingType,
    PaymentMethod,
    Subscription,
    SubscriptionStatus,
    Term,
)
from renewdesk.rules import LineDraft, QuoteDraft

AS_OF = date(2026, 6, 1)


def sub(**changes: Any) -> Subscription:
    base = Subscription(
        subscription_id="S-1",
        contract_number="C-1",
        product_name="Design Suite",
        offering_code="DSGN",
        offering_type=OfferingType.STANDARD,
        customer_csn="5100000001",
        partner_csn="",
        currency="USD",
        payment_method=PaymentMethod.CREDIT_CARD,
        term=Term.ANNUAL,
        seats=10,
        start_date=date(2025, 7, 1),
        renewal_date=date(2026, 6, 30),
        status=SubscriptionStatus.ACTIVE,
        auto_renew=False,
    )
    return replace(base, **changes)


def line(s: Subscription | None = None, **changes: Any) -> LineDraft:
    s = s or sub()
    values: dict[str, Any] = {
        "subscription": s,
        "seats": s.seats,
        "term": s.term,
        "start_date": date.fromordinal(s.renewal_date.toordinal() + 1),
        "unit_price": Decimal("100.00"),
    }
    values.update(changes)
    return LineDraft(**values)


def draft(*lines: LineDraft, **changes: Any) -> QuoteDraft:
    first = lines[0].subscription if lines else sub()
    values: dict[str, Any] = {
        "lines": lines,
        "currency": first.currency,
        "payment_method": first.payment_method,
        "total": Decimal("1000.00"),
        "buyer_email": "buyer@example.com",
        "recipients": (),
    }
    values.update(changes)
    return QuoteDraft(**values)
