"""The one place that knows what day it is (``RENEWDESK_TODAY`` overrides it).

Every timestamp RenewDesk writes (audit events, the quotes' own times, the
backups' names, the email's Date) comes from :func:`now`, so a run "as of" a day
is as of that day throughout: the date is the as-of date, the time of day is the
real one (a ``--today`` run moves the quote service's clock the same way, see
``QuoteService.at``). A date outside the limits' range (1900-2199 by default)
is refused where it enters (:func:`parse_day`), in one line.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from renewdesk.lazy_text import tr_later

TODAY_ENV = "RENEWDESK_TODAY"


class BadTodayError(ValueError):
    """RENEWDESK_TODAY or --today holds something that is not a usable date."""


def check_day(day: date, source: str) -> date:
    """``day`` when it lies within the limits' date range, else :class:`BadTodayError`."""
    from renewdesk.rules.limits import default_limits

    limits = default_limits()
    if not limits.min_date <= day <= limits.max_date:
        raise BadTodayError(
            tr_later(
                "Clock",
                "{source} {day} is outside the dates RenewDesk works with ({low} to {high})",
            ).format(
                source=source,
                day=day.isoformat(),
                low=limits.min_date.isoformat(),
                high=limits.max_date.isoformat(),
            )
        )
    return day


def parse_day(raw: str, source: str) -> date:
    """An ISO date within range, or :class:`BadTodayError` naming ``source``."""
    try:
        day = date.fromisoformat(raw.strip())
    except ValueError:
        raise BadTodayError(
            tr_later("Clock", "{source} {value} is not a date; write it as YYYY-MM-DD").format(
                source=source, value=repr(raw)
            )
        ) from None
    return check_day(day, source)


def today() -> date:
    """Today's date, or the ISO date in ``RENEWDESK_TODAY`` when it is set."""
    raw = os.environ.get(TODAY_ENV, "").strip()
    if not raw:
        return date.today()
    return parse_day(raw, TODAY_ENV)


def now() -> datetime:
    """Now, on :func:`today`'s date (the time of day is the computer's)."""
    return datetime.combine(today(), datetime.now().time())
