"""Calendar arithmetic for quote lines, expiry and Buy (pure, no clock).

A term is a number of calendar months. Adding months keeps the day of the month
and clamps it to the month's last day (31 Jan + 1 month = 28 Feb), the way
subscription portals and people count.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from renewdesk.domain import Term


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, the day clamped to the month's end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def next_renewal_date(renewal_date: date, term: Term) -> date:
    """The renewal date after Buy: the old one moved on by the term (calendar months)."""
    return add_months(renewal_date, term.months)


def line_period(renewal_date: date, term: Term) -> tuple[date, date]:
    """(start, end) of a renewal line whose current term ends on ``renewal_date``.

    The line starts the day after the current term ends, also when that day is
    already past (an expired subscription renewed inside the 45-day grace keeps its
    continuity; FUTURE_START_DATE only forbids later starts). It ends on the date
    Buy will write as the new renewal date, so the period on the PDF and the
    subscription after Buy always agree. That equals start + term - 1 day except
    when the old renewal date was a clamped month end (28 Feb + 1 month = 28 Mar).
    """
    return renewal_date + timedelta(days=1), next_renewal_date(renewal_date, term)


def quote_expiry(
    issued: date, validity_days: int, earliest_renewal: date, days_after_renewal: int
) -> date:
    """SPEC 2: the earlier of issue date + validity and the earliest renewal date + grace."""
    return min(
        issued + timedelta(days=validity_days),
        earliest_renewal + timedelta(days=days_after_renewal),
    )
