"""The renewal forecast (issue 14): months ahead by currency, plus an Overdue row per currency.

Pure: it takes plain rows and an as-of date. A subscription counts when its
status is active, expired or suspended and its offering standard (the store's
query selects those). It falls in the month of its renewal date; renewals before
the as-of month whose quote window is still open (renewal date + 45 days on or
after the as-of date) fall in **Overdue**. The amount is the price book's unit
price x seats, at list price: campaigns are promotions of their day and are not
forecast. A subscription without a price counts as unpriced (in the counts, not
in the amount). *Will not renew* ones are left out of the counts and the amount
and counted apart. A (month, currency) is a row when at least one subscription
renews in it, *will not renew* ones included: a month whose renewals all will not
renew is a row with ``subscriptions`` 0, so its ``will_not_renew`` count is shown.
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
            "amount": str(tidy(self.amount)),
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


@dataclass(frozen=True, slots=True)
class Group:
    """Subscriptions of one renewal month, currency and stage (the store's GROUP BY)."""

    month: str  # "YYYY-MM" of the renewal date
    currency: str
    stage: Stage
    subscriptions: int
    seats: int
    amount: Decimal  # list price x seats of the priced ones
    unpriced: int
    ids: tuple[str, ...]


def tidy(amount: Decimal) -> Decimal:
    """Two decimals where that loses nothing (``1656.0000`` -> ``1656.00``)."""
    cents = amount.quantize(Decimal("0.01"))
    return cents if cents == amount else amount.normalize()


def group_rows(rows: Iterable[Source], as_of: date, days_after: int = 45) -> list[Group]:
    """Per-subscription rows grouped as ``store.plan_repo`` groups them in SQL.

    Renewals more than ``days_after`` days before ``as_of`` are dropped: their
    quote window has closed.
    """
    window_from = as_of - timedelta(days=days_after)
    groups: dict[tuple[str, str, Stage], list[Source]] = {}
    for r in rows:
        if r.renewal_date < window_from:
            continue
        groups.setdefault((month_key(r.renewal_date), r.currency, r.stage), []).append(r)
    return [
        Group(
            m,
            c,
            st,
            len(rs),
            sum(r.seats for r in rs),
            sum((r.unit_price * r.seats for r in rs if r.unit_price is not None), Decimal(0)),
            sum(1 for r in rs if r.unit_price is None),
            tuple(r.subscription_id for r in rs),
        )
        for (m, c, st), rs in groups.items()
    ]


def compute_forecast(
    groups: Iterable[Group],
    as_of: date,
    months: int = DEFAULT_MONTHS,
) -> Forecast:
    """The forecast as of ``as_of`` for ``months`` months (3-24) over grouped rows.

    The groups hold only renewals whose window is still open (``group_rows`` and
    the store's query both drop older ones); months before the as-of month are Overdue.
    """
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(f"months must be {MIN_MONTHS}-{MAX_MONTHS}, not {months}")
    keys = month_keys(as_of, months)
    shown = set(keys)
    current = keys[0]
    cells: dict[tuple[str, str], Cell] = {}
    zero = Decimal("0")
    for g in groups:
        if g.month < current:
            key = OVERDUE
        elif g.month in shown:
            key = g.month
        else:
            continue
        cell = cells.get((key, g.currency))
        if cell is None:
            cell = cells[(key, g.currency)] = Cell(key, g.currency)
        stage = g.stage
        if stage is Stage.WILL_NOT_RENEW:
            cell.will_not_renew += g.subscriptions
            cell.will_not_renew_ids.extend(g.ids)
            continue
        cell.subscriptions += g.subscriptions
        cell.seats += g.seats
        cell.ids.extend(g.ids)
        cell.count_by_stage[stage] = cell.count_by_stage.get(stage, 0) + g.subscriptions
        cell.unpriced += g.unpriced
        if g.amount:
            cell.amount += g.amount
            cell.by_stage[stage] = cell.by_stage.get(stage, zero) + g.amount
    order = {k: n for n, k in enumerate([OVERDUE, *keys])}
    ordered = sorted(cells.values(), key=lambda c: (order[c.month], c.currency))
    for c in ordered:
        c.ids.sort()
        c.will_not_renew_ids.sort()
    return Forecast(as_of, tuple(keys), tuple(ordered))
