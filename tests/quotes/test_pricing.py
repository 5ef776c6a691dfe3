"""Prices and campaign discounts: exact Decimal money, half-up, the largest single campaign."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from renewdesk.domain import Campaign, Term
from renewdesk.quotes.pricing import (
    best_campaign,
    currency_places,
    price_line,
    quote_totals,
    round_money,
)

ON = date(2026, 11, 20)


def campaign(code: str, percent: str, **changes: object) -> Campaign:
    values: dict[str, object] = {
        "code": code,
        "name": code,
        "percent_off": Decimal(percent),
        "valid_from": date(2026, 11, 1),
        "valid_to": date(2026, 11, 30),
    }
    values.update(changes)
    return Campaign(**values)  # type: ignore[arg-type]


def test_three_seats_at_100_with_ten_percent_is_270():
    line = price_line(Decimal("100.00"), 3, "USD", campaign("TEN", "10"))
    assert (line.gross, line.discount, line.line_total) == (
        Decimal("300.00"),
        Decimal("30.00"),
        Decimal("270.00"),
    )
    assert line.campaign_code == "TEN"


def test_no_campaign_no_discount():
    line = price_line(Decimal("99.99"), 7, "USD", None)
    assert line.gross == Decimal("699.93")
    assert line.discount == Decimal("0")
    assert line.line_total == Decimal("699.93")
    assert line.campaign_code == ""


def test_discount_rounds_half_up_to_cents():
    # 1 x 0.05 at 50 % = 0.025 -> 0.03 (half-up), not 0.02 (banker's rounding)
    line = price_line(Decimal("0.05"), 1, "USD", campaign("HALF", "50"))
    assert line.discount == Decimal("0.03")
    assert line.line_total == Decimal("0.02")


def test_yen_has_no_decimals():
    assert currency_places("JPY") == 0
    line = price_line(Decimal("15000"), 3, "JPY", campaign("C", "12.5"))
    # 45000 x 12.5 % = 5625 exactly; 1 x 15001 x 12.5 % = 1875.125 -> 1875
    assert (line.gross, line.discount, line.line_total) == (
        Decimal("45000"),
        Decimal("5625"),
        Decimal("39375"),
    )
    odd = price_line(Decimal("15001"), 1, "JPY", campaign("C", "12.5"))
    assert odd.discount == Decimal("1875")
    assert str(odd.line_total) == "13126"


@pytest.mark.parametrize(("currency", "places"), [("USD", 2), ("EUR", 2), ("SEK", 2), ("KRW", 0)])
def test_currency_places(currency, places):
    assert currency_places(currency) == places


def test_round_money_is_exact_text():
    assert str(round_money(Decimal("2.675"), "USD")) == "2.68"
    assert str(round_money(Decimal("10"), "EUR")) == "10.00"


def test_largest_single_campaign_wins_and_campaigns_never_stack():
    chosen = best_campaign(
        [campaign("FIVE", "5"), campaign("FIFTEEN", "15"), campaign("TEN", "10")],
        "DSGN",
        Term.ANNUAL,
        "USD",
        ON,
    )
    assert chosen is not None and chosen.code == "FIFTEEN"
    line = price_line(Decimal("100.00"), 3, "USD", chosen)
    assert line.line_total == Decimal("255.00")  # 300 - 15 %, not 300 - 30 %


def test_equal_campaigns_pick_the_first_code_whatever_the_order():
    a, b = campaign("BETA", "10"), campaign("ALPHA", "10")
    assert best_campaign([a, b], "DSGN", Term.ANNUAL, "USD", ON).code == "ALPHA"  # type: ignore[union-attr]
    assert best_campaign([b, a], "DSGN", Term.ANNUAL, "USD", ON).code == "ALPHA"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "outside",
    [
        campaign("OLD", "50", valid_from=date(2026, 1, 1), valid_to=date(2026, 11, 19)),
        campaign("SOON", "50", valid_from=date(2026, 11, 21), valid_to=date(2026, 12, 31)),
        campaign("MONTHLY", "50", terms=(Term.MONTHLY,)),
        campaign("EUROS", "50", currencies=("EUR",)),
        campaign("OTHERPRODUCT", "50", offering_codes=("CAD3D",)),
    ],
    ids=["ended", "not-started", "other-term", "other-currency", "other-product"],
)
def test_campaigns_outside_their_dates_terms_currencies_products_are_ignored(outside):
    valid = campaign(
        "TEN", "10", offering_codes=("DSGN",), terms=(Term.ANNUAL,), currencies=("USD",)
    )
    chosen = best_campaign([outside, valid], "DSGN", Term.ANNUAL, "USD", ON)
    assert chosen is not None and chosen.code == "TEN"


def test_campaign_valid_on_its_first_and_last_day():
    c = campaign("EDGE", "20")
    assert best_campaign([c], "DSGN", Term.ANNUAL, "USD", date(2026, 11, 1)) is c
    assert best_campaign([c], "DSGN", Term.ANNUAL, "USD", date(2026, 11, 30)) is c


def test_totals_add_gross_and_discounts():
    lines = [
        price_line(Decimal("100.00"), 3, "USD", campaign("TEN", "10")),
        price_line(Decimal("10.00"), 2, "USD", None),
    ]
    totals = quote_totals(lines, "USD")
    assert totals.subtotal == Decimal("320.00")
    assert totals.discount == Decimal("30.00")
    assert totals.total == Decimal("290.00")
