"""Language fixtures: install a window language for one test, build a quote for a customer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from renewdesk import i18n
from renewdesk.domain import (
    Address,
    Customer,
    PaymentMethod,
    Quote,
    QuoteKind,
    QuoteLine,
    QuoteOrigin,
    QuoteStatus,
    Term,
)

SWEDISH_CUSTOMER = Customer(
    "5100001001",
    "Nordljus Arkitekter AB",
    Address("Storgatan 1", "", "111 22", "Stockholm", "", "SE"),
    "SE556000000101",
    "Åsa Öberg",
    "asa@nordljus.example",
    "+46 8 123 456",
)
BRITISH_CUSTOMER = Customer(
    "5100002002",
    "Harbour Engineering Ltd",
    Address("1 Dock Road", "Unit 4", "E14 5AB", "London", "", "GB"),
    "GB123456789",
    "Sam Patel",
    "sam@harbour.example",
    "+44 20 7946 0000",
)


@pytest.fixture
def window_language(qapp: Any) -> Iterator[Callable[[str], str]]:
    """Install a window language (as ``--lang`` does) for this test only."""
    yield lambda lang: i18n.install_language(lang)
    i18n.uninstall_language()


def sek_quote(customer: Customer, language: str) -> Quote:
    """A QUOTED quote of one line whose total is exactly 12,345.00 SEK."""
    unit = Decimal("12345.00")
    line = QuoteLine(
        subscription_id="SUB-1001",
        product_name="Design Suite Premium",
        offering_code="DSP",
        term=Term.ANNUAL,
        seats=1,
        start_date=date(2026, 3, 24),
        end_date=date(2027, 3, 23),
        unit_price=unit,
        campaign_code="",
        discount=Decimal("0"),
        line_total=unit,
        changes_subscription=False,
    )
    return Quote(
        number="Q-2026-000042",
        kind=QuoteKind.RENEWAL,
        origin=QuoteOrigin.MANUAL,
        status=QuoteStatus.QUOTED,
        customer=customer,
        partner_csn="",
        currency="SEK",
        payment_method=PaymentMethod.INVOICE,
        created=datetime(2026, 3, 2, 10, 30),
        sent=datetime(2026, 3, 2, 10, 31),
        expires=date(2026, 4, 1),
        lines=(line,),
        recipients=(customer.buyer_email,),
        subtotal=unit,
        discount=Decimal("0"),
        total=unit,
        language=language,
    )
