"""The renewal forecast (issue 14): months ahead by currency, plus an Overdue row per currency.

Pure: it takes plain rows and an as-of date. A subscription counts when its
status is active, expired or suspended and its offering standard (the store's
query selects those). It falls in the month of its renewal date; renewals before
the as-of month whose quote window is still open (renewal date + 45 days on or
after the as-of date) fall in **Overdue**. The amount is the price book's unit
price x seats, at list price: campaigns are promotions of their day and are not
forecast. A subscription without a price counts as unpriced (in the counts, not
in the amount). *Will not renew* ones are left out of the counts and the amount
and counted apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from renewdesk.planning.stages import Stage

OVERDUE = "overdue"
DEFAULT_MONTHS = 12
MIN_MONTHS, MAX_MONTHS = 3, 24
# Stages stacked in the chart, bottom first (will not renew has no amount).
AMOUNT_STAGES = (Stage.NOT_STARTED, Stage.IN_PROGRESS, Stage.QUOTED, Stage.ORDERED)


class Source(Protocol):
    subscription_id: str
    currency: str
    seats: int
    renewal_date: date
    stage: Stage
    unit_price: Decimal | None


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def horizon(as_of: date, months: int, days_after: int = 45) -> tuple[date, date]:
    """(first, last) renewal date the forecast reads: Overdue's start to the last month's end."""
    first = as_of - timedelta(days=days_after)
    last = add_months(as_of, months) - timedelta(days=1)
    return first, last


def month_keys(as_of: date, months: int) -> list[str]:
    """The months shown: the as-of month and the ``months - 1`` after it."""
    return [month_key(add_months(as_of, n)) for n in range(months)]


@dataclass
class Cell:
    """One (month, currency): counts, the amount and the subscriptions behind them."""

    month: str
    currency: str
    subscriptions: int = 0
    seats: int = 0
    amount: Decimal = Decimal("0")
    unpriced: int = 0
    will_not_renew: int = 0
    by_stage: dict[Stage, Decimal] = field(default_factory=dict)
    count_by_stage: dict[Stage, int] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)  # counted (not will-not-renew)
    will_not_renew_ids: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The ``renewdesk forecast --format json`` row."""
        return {
            "month": self.month,
            "currency": self.currency,
            "subscriptions": self.subscriptions,
            "seats": self.seats,
            "amount": str(self.amount),
            "unpriced": self.unpriced,
            "will_not_renew": self.will_not_renew,
        }

    @property
    def overdue(self) -> bool:
        return self.month == OVERDUE


@dataclass(frozen=True)
class Forecast:
    as_of: date
    months: tuple[str, ...]  # every month shown, "YYYY-MM"
    cells: tuple[Cell, ...]  # rows with a subscription: Overdue first, then by month, currency

    @property
    def currencies(self) -> list[str]:
        return sorted({c.currency for c in self.cells})

    def for_currency(self, currency: str) -> list[Cell]:
        return [c for c in self.cells if c.currency == currency]

    def cell(self, month: str, currency: str) -> Cell | None:
        return next((c for c in self.cells if c.month == month and c.currency == currency), None)

    def totals(self) -> dict[str, Decimal]:
        """currency -> the whole forecast's amount."""
        out: dict[str, Decimal] = {}
        for c in self.cells:
            out[c.currency] = out.get(c.currency, Decimal("0")) + c.amount
        return out


def compute_forecast(
    rows: Iterable[Source],
    as_of: date,
    months: int = DEFAULT_MONTHS,
    days_after: int = 45,
) -> Forecast:
    """The forecast over ``rows`` as of ``as_of`` for ``months`` months (3-24)."""
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(f"months must be {MIN_MONTHS}-{MAX_MONTHS}, not {months}")
    keys = month_keys(as_of, months)
    shown = set(keys)
    month_start = as_of.replace(day=1)
    window_from = as_of - timedelta(days=days_after)  # older renewals' windows are closed
    cells: dict[tuple[str, str], Cell] = {}
    zero = Decimal("0")
    for r in rows:
        renewal = r.renewal_date
        if renewal < month_start:
            if renewal < window_from:
                continue
            key = OVERDUE
        else:
            key = f"{renewal.year:04d}-{renewal.month:02d}"
            if key not in shown:
                continue
        cell = cells.get((key, r.currency))
        if cell is None:
            cell = cells[(key, r.currency)] = Cell(key, r.currency)
        stage = r.stage
        if stage is Stage.WILL_NOT_RENEW:
            cell.will_not_renew += 1
            cell.will_not_renew_ids.append(r.subscription_id)
            continue
        cell.subscriptions += 1
        cell.seats += r.seats
        cell.ids.append(r.subscription_id)
        cell.count_by_stage[stage] = cell.count_by_stage.get(stage, 0) + 1
        if r.unit_price is None:
            cell.unpriced += 1
            continue
        amount = r.unit_price * r.seats
        cell.amount += amount
        cell.by_stage[stage] = cell.by_stage.get(stage, zero) + amount
    order = {k: n for n, k in enumerate([OVERDUE, *keys])}
    ordered = sorted(cells.values(), key=lambda c: (order[c.month], c.currency))
    for c in ordered:
        c.ids.sort()
        c.will_not_renew_ids.sort()
    return Forecast(as_of, tuple(keys), tuple(ordered))
