"""Expiry warnings: a quote that would expire within 7 days of being made (Qt-free).

A quote expires on the earlier of (issue date + validity) and (the earliest line's
renewal date + 45 days, SPEC 2 and [S1]). When the renewal-date bound comes first
and leaves 7 days or fewer, the buyer has hardly time to approve it: the review
names the date and the line that causes it and offers to leave that line out, and
``renewdesk quote create`` prints the same as a ``warning:`` line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from renewdesk.domain import Quote

# RenewDesk's choice: a week is the shortest time a buyer can be expected to approve in.
WARN_WITHIN_DAYS = 7


@dataclass(frozen=True, slots=True)
class ExpiryWarning:
    """The quote expires on ``expires``, ``days_left`` days after ``made``, because
    ``subscription_id``'s renewal date (``renewal_date``) + the grace comes first."""

    expires: date
    made: date
    days_left: int
    subscription_id: str
    renewal_date: date


def expiry_warning(
    quote: Quote, days_after_renewal: int, within_days: int = WARN_WITHIN_DAYS
) -> ExpiryWarning | None:
    """The warning for ``quote``, or ``None`` when it leaves the buyer enough time."""
    if not quote.lines:
        return None
    made = (quote.sent or quote.created).date()
    # A line starts the day after its subscription's renewal date (quotes.dates).
    line = min(quote.lines, key=lambda ln: (ln.start_date, ln.subscription_id))
    renewal = line.start_date - timedelta(days=1)
    bound = renewal + timedelta(days=days_after_renewal)
    days_left = (quote.expires - made).days
    if quote.expires != bound or days_left > within_days:
        return None
    return ExpiryWarning(quote.expires, made, days_left, line.subscription_id, renewal)
