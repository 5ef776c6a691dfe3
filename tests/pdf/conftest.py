"""A quote factory for the PDF tests: real ``Quote`` dataclasses, no database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from renewdesk.domain import (
    Address,
    Customer,
    Partner,
    PaymentMethod,
    Quote,
    QuoteKind,
    QuoteLine,
    QuoteOrigin,
    QuoteStatus,
    Term,
)

PRODUCTS = ("Design Suite Premium", "CAD Workstation", "Render Cloud — Team", "Docs Collaboration")

QuoteFactory = Callable[..., Quote]


def build_quote(n_lines: int = 1, **overrides: Any) -> Quote:
    """A QUOTED renewal quote with ``n_lines`` lines whose totals add up."""
    start = date(2026, 3, 1)
    lines = []
    for i in range(n_lines):
        unit = Decimal("1250.00") + Decimal(i * 10)
        seats = 5 + i % 20
        discount = (unit * seats * Decimal("0.10")).quantize(Decimal("0.01")) if i % 3 == 0 else 0
        lines.append(
            QuoteLine(
                subscription_id=f"SUB-{100200300 + i}",
                product_name=PRODUCTS[i % len(PRODUCTS)],
                offering_code=f"OFF-{i % len(PRODUCTS)}",
                term=Term.THREE_YEAR if i % 5 == 4 else Term.ANNUAL,
                seats=seats,
                start_date=start,
                end_date=start + timedelta(days=364),
                unit_price=unit,
                campaign_code="SPRING10" if discount else "",
                discount=Decimal(discount),
                line_total=unit * seats - Decimal(discount),
                changes_subscription=False,
            )
        )
    subtotal = sum((ln.unit_price * ln.seats for ln in lines), Decimal(0))
    discount = sum((ln.discount for ln in lines), Decimal(0))
    customer = Customer(
        csn="5100012345",
        company_name="Łódź Engineering Sp. z o.o.",
        address=Address("ul. Piotrkowska 12", "Floor 3", "90-001", "Łódź", "", "PL"),
        vat_number="PL1234567890",
        buyer_name="Åsa Öberg",
        buyer_email="asa.oberg@example.com",
        buyer_phone="+48 42 123 45 67",
    )
    values: dict[str, Any] = {
        "number": "Q-2026-000001",
        "kind": QuoteKind.RENEWAL,
        "origin": QuoteOrigin.MANUAL,
        "status": QuoteStatus.QUOTED,
        "customer": customer,
        "partner_csn": "",
        "currency": "SEK",
        "payment_method": PaymentMethod.INVOICE,
        "created": datetime(2026, 2, 2, 10, 30),
        "sent": datetime(2026, 2, 2, 10, 31),
        "expires": date(2026, 3, 4),
        "lines": tuple(lines),
        "recipients": ("asa.oberg@example.com",),
        "subtotal": subtotal,
        "discount": discount,
        "total": subtotal - discount,
        "language": "en",
    }
    values.update(overrides)
    return Quote(**values)


@pytest.fixture
def make_quote() -> QuoteFactory:
    return build_quote


@pytest.fixture
def partner() -> Partner:
    return Partner("7700099", "Nordic <Reseller> & Partners AB", "sales@nordic-reseller.example")
