"""The Buy rule: what an order does to each subscription on the quote (pure, no database).

The new renewal date counts from the subscription's renewal date as it is now
(calendar months); seats and term take the line's values; status becomes active.
The quote service loads the subscriptions, applies :func:`renewals` and has the
store write the results, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from renewdesk.domain import QuoteLine, Subscription, SubscriptionStatus
from renewdesk.quotes.dates import next_renewal_date
from renewdesk.quotes.errors import UnknownSubscriptionsError


def renewals(
    lines: Sequence[QuoteLine], subscriptions: Mapping[str, Subscription]
) -> list[tuple[Subscription, Subscription]]:
    """(before, after) for each of a bought quote's ``lines``, in line order.

    ``subscriptions`` maps id -> subscription as the cache holds it now; a line whose
    subscription is gone (removed from the cache since the quote was made) raises
    :class:`UnknownSubscriptionsError`, so Buy changes nothing.
    """
    missing = sorted({ln.subscription_id for ln in lines} - set(subscriptions))
    if missing:
        raise UnknownSubscriptionsError(missing)
    changes = []
    for ln in lines:
        before = subscriptions[ln.subscription_id]
        after = replace(
            before,
            renewal_date=next_renewal_date(before.renewal_date, ln.term),
            seats=ln.seats,
            term=ln.term,
            status=SubscriptionStatus.ACTIVE,
        )
        changes.append((before, after))
    return changes
