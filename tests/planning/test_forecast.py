"""The forecast's figures against hand-computed data: months, currencies, overdue, unpriced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from renewdesk.planning.forecast import compute_forecast, group_rows, horizon, month_keys
from renewdesk.planning.stages import Stage

AS_OF = date(2026, 11, 20)


@dataclass(frozen=True)
class Row:
    subscription_id: str
    currency: str
    seats: int
    renewal_date: date
    stage: Stage = Stage.NOT_STARTED
    unit_price: Decimal | None = Decimal("100.00")


ROWS = [
    # Overdue: before November, window (renewal + 45 days) still open on 2026-11-20.
    Row("OD-1", "USD", 2, date(2026, 10, 10)),  # closes 11-24: open
    Row("OD-GONE", "USD", 9, date(2026, 10, 5)),  # closes 11-19: closed, left out
    Row("OD-EUR", "EUR", 4, date(2026, 10, 31), unit_price=Decimal("90.00")),
    # This month, even a few days before the as-of date.
    Row("NOV-1", "USD", 3, date(2026, 11, 2)),
    Row("NOV-2", "USD", 5, date(2026, 11, 30), Stage.QUOTED, Decimal("12.50")),
    Row("NOV-NP", "USD", 7, date(2026, 11, 25), unit_price=None),
    Row("NOV-WNR", "USD", 50, date(2026, 11, 21), Stage.WILL_NOT_RENEW),
    # Later months, two currencies.
    Row("JAN-1", "EUR", 10, date(2027, 1, 15), Stage.IN_PROGRESS, Decimal("90.00")),
    Row("JAN-2", "EUR", 1, date(2027, 1, 31), Stage.ORDERED, Decimal("90.00")),
    Row("OCT-27", "USD", 1, date(2027, 10, 31)),  # the 12th month
    Row("NOV-27", "USD", 1, date(2027, 11, 1)),  # the 13th month: outside
    Row("ONLY-WNR", "SEK", 2, date(2027, 3, 3), Stage.WILL_NOT_RENEW),
]


def by_key(forecast):
    return {(c.month, c.currency): c.as_json() for c in forecast.cells}


def test_rows_match_the_hand_computed_figures():
    forecast = compute_forecast(group_rows(ROWS, AS_OF), AS_OF, 12)
    rows = by_key(forecast)
    assert rows == {
        ("overdue", "EUR"): {
            "month": "overdue",
            "currency": "EUR",
            "subscriptions": 1,
            "seats": 4,
            "amount": "360.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
        ("overdue", "USD"): {
            "month": "overdue",
            "currency": "USD",
            "subscriptions": 1,
            "seats": 2,
            "amount": "200.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
        ("2026-11", "USD"): {
            "month": "2026-11",
            "currency": "USD",
            "subscriptions": 3,  # NOV-1, NOV-2, NOV-NP; the will-not-renew one apart
            "seats": 15,
            "amount": "362.50",  # 3 x 100.00 + 5 x 12.50; NOV-NP has no price
            "unpriced": 1,
            "will_not_renew": 1,
        },
        ("2027-01", "EUR"): {
            "month": "2027-01",
            "currency": "EUR",
            "subscriptions": 2,
            "seats": 11,
            "amount": "990.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
        ("2027-03", "SEK"): {
            "month": "2027-03",
            "currency": "SEK",
            "subscriptions": 0,
            "seats": 0,
            "amount": "0.00",
            "unpriced": 0,
            "will_not_renew": 1,
        },
        ("2027-10", "USD"): {
            "month": "2027-10",
            "currency": "USD",
            "subscriptions": 1,
            "seats": 1,
            "amount": "100.00",
            "unpriced": 0,
            "will_not_renew": 0,
        },
    }
    # Overdue first, then month by month, currencies in order within a month.
    assert [(c.month, c.currency) for c in forecast.cells] == [
        ("overdue", "EUR"),
        ("overdue", "USD"),
        ("2026-11", "USD"),
        ("2027-01", "EUR"),
        ("2027-03", "SEK"),
        ("2027-10", "USD"),
    ]


def test_amounts_split_by_stage_and_the_cells_know_their_subscriptions():
    forecast = compute_forecast(group_rows(ROWS, AS_OF), AS_OF, 12)
    nov = forecast.cell("2026-11", "USD")
    assert nov is not None
    assert nov.by_stage == {Stage.NOT_STARTED: Decimal("300.00"), Stage.QUOTED: Decimal("62.50")}
    assert nov.ids == ["NOV-1", "NOV-2", "NOV-NP"]
    assert nov.will_not_renew_ids == ["NOV-WNR"]
    jan = forecast.cell("2027-01", "EUR")
    assert jan is not None and jan.by_stage == {
        Stage.IN_PROGRESS: Decimal("900.00"),
        Stage.ORDERED: Decimal("90.00"),
    }
    assert forecast.totals() == {
        "EUR": Decimal("1350.00"),
        "SEK": Decimal("0"),
        "USD": Decimal("662.50"),
    }


def test_the_number_of_months_moves_the_horizon():
    short = compute_forecast(group_rows(ROWS, AS_OF), AS_OF, 3)
    assert short.months == ("2026-11", "2026-12", "2027-01")
    assert ("2027-10", "USD") not in by_key(short)
    long = compute_forecast(group_rows(ROWS, AS_OF), AS_OF, 13)
    assert by_key(long)[("2027-11", "USD")]["subscriptions"] == 1
    assert month_keys(date(2026, 12, 31), 3) == ["2026-12", "2027-01", "2027-02"]
    assert horizon(AS_OF, 12) == (date(2026, 10, 6), date(2027, 10, 31))


@pytest.mark.parametrize("months", [2, 25])
def test_months_outside_3_to_24_are_refused(months):
    with pytest.raises(ValueError, match="3-24"):
        compute_forecast(group_rows(ROWS, AS_OF), AS_OF, months)
