"""Prices and campaign discounts for quote lines, in exact ``Decimal`` money.

Unit prices in the price book are per seat per term. A line's gross amount is
unit price x seats; the largest single campaign valid on the quote date for the
line's offering code, term and currency takes its percentage off; every amount is
rounded half-up to the currency's minor unit (2 places; 0 for JPY, KRW...).
Campaigns never stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel.numbers import get_currency_precision

from renewdesk.domain import Campaign, Term

HUNDRED = Decimal(100)
ZERO = Decimal(0)

PriceKey = tuple[str, Term, str]  # (offering code, term, currency)


@cache
def currency_places(currency: str) -> int:
    """Decimal places of the currency's minor unit (ISO 4217 via Babel; 2 when unknown)."""
    try:
        return int(get_currency_precision(currency.upper()))
    except Exception:  # Babel raises on odd codes; money still needs a precision
        return 2


@cache
def _exponent(places: int) -> Decimal:
    return Decimal(1).scaleb(-places)


def round_money(amount: Decimal, currency: str) -> Decimal:
    """``amount`` rounded half-up to the currency's minor unit."""
    return amount.quantize(_exponent(currency_places(currency)), rounding=ROUND_HALF_UP)


def best_campaign(
    campaigns: Iterable[Campaign], offering_code: str, term: Term, currency: str, on: date
) -> Campaign | None:
    """The campaign with the largest percentage off that covers the line on ``on``.

    Ties go to the campaign whose code sorts first, so the choice never depends on
    the order campaigns were imported in.
    """
    best: Campaign | None = None
    for campaign in campaigns:
        if campaign.percent_off <= ZERO or not campaign.applies(offering_code, term, currency, on):
            continue
        if (
            best is None
            or campaign.percent_off > best.percent_off
            or (campaign.percent_off == best.percent_off and campaign.code < best.code)
        ):
            best = campaign
    return best


@dataclass(frozen=True, slots=True)
class LinePrice:
    """The money on one line."""

    unit_price: Decimal
    gross: Decimal  # unit price x seats
    campaign_code: str  # "" when no campaign applies
    percent_off: Decimal
    discount: Decimal
    line_total: Decimal  # gross - discount


def price_line(
    unit_price: Decimal, seats: int, currency: str, campaign: Campaign | None
) -> LinePrice:
    """Gross, discount and total for ``seats`` at ``unit_price`` with an optional campaign."""
    unit = round_money(unit_price, currency)
    gross = round_money(unit * seats, currency)
    percent = campaign.percent_off if campaign else ZERO
    discount = round_money(gross * percent / HUNDRED, currency) if percent else ZERO
    discount = min(discount, gross)  # a campaign above 100 % must not make a negative line
    discount = round_money(discount, currency)
    return LinePrice(
        unit_price=unit,
        gross=gross,
        campaign_code=campaign.code if campaign else "",
        percent_off=percent,
        discount=discount,
        line_total=round_money(gross - discount, currency),
    )


@dataclass(frozen=True, slots=True)
class Totals:
    subtotal: Decimal
    discount: Decimal
    total: Decimal


def quote_totals(lines: Iterable[LinePrice], currency: str) -> Totals:
    """Subtotal (sum of gross), discount (sum of discounts) and total; tax comes at checkout."""
    zero = round_money(ZERO, currency)
    subtotal, discount = zero, zero
    for line in lines:
        subtotal += line.gross
        discount += line.discount
    return Totals(subtotal, discount, subtotal - discount)


def unit_price_for(
    prices: Mapping[PriceKey, Decimal], offering_code: str, term: Term, currency: str
) -> Decimal | None:
    """The price book's unit price for one line, or ``None`` (PRICE_MISSING)."""
    return prices.get((offering_code, term, currency))
