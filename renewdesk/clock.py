"""The one place that knows what day it is (``RENEWDESK_TODAY`` overrides it)."""

from __future__ import annotations

import os
from datetime import date

TODAY_ENV = "RENEWDESK_TODAY"


class BadTodayError(ValueError):
    """RENEWDESK_TODAY holds something that is not an ISO date."""


def today() -> date:
    """Today's date, or the ISO date in ``RENEWDESK_TODAY`` when it is set."""
    raw = os.environ.get(TODAY_ENV, "").strip()
    if not raw:
        return date.today()
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise BadTodayError(f"{TODAY_ENV}={raw!r} is not an ISO date (YYYY-MM-DD)") from exc
