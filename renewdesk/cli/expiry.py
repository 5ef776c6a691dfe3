"""``renewdesk quote create``'s expiry warning: a quote that expires within 7 days.

The rule is :func:`renewdesk.quotes.expiry.expiry_warning`; this module only words
it for the command line, as one line that begins with ``warning:`` (``varning:``
in Swedish) and names the date and the subscription.
"""

from __future__ import annotations

from renewdesk.cli.registry import Cli
from renewdesk.domain import Quote


def expiry_warning_line(quote: Quote) -> str:
    """The ``warning:`` line for ``quote``, or "" when it leaves the buyer time enough."""
    from renewdesk.quotes.expiry import WARN_WITHIN_DAYS, expiry_warning
    from renewdesk.rules import default_limits

    grace = default_limits().days_after_renewal
    warning = expiry_warning(quote, grace)
    if warning is None:
        return ""
    text = (
        Cli.tr(
            "warning: {number} expires on {date}, the day it is made: {subscription} "
            "renewed on {renewal}, and a quote may follow a renewal by at most {grace} days"
        )
        if warning.days_left <= 0
        else Cli.tr(
            "warning: {number} expires on {date}, within {within} days of being made: "
            "{subscription} renewed on {renewal}, and a quote may follow a renewal by at "
            "most {grace} days"
        )
    )
    return text.format(
        number=quote.number or "",
        date=warning.expires.isoformat(),
        subscription=warning.subscription_id,
        renewal=warning.renewal_date.isoformat(),
        grace=grace,
        within=WARN_WITHIN_DAYS,
    )
