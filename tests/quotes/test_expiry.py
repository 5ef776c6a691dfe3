"""The expiry warning rule: a quote expiring within 7 days because a renewal date comes first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from renewdesk.quotes.expiry import WARN_WITHIN_DAYS, expiry_warning
from tests.i18n.conftest import SWEDISH_CUSTOMER, sek_quote

MADE = date(2026, 3, 2)


def _quote(*renewals: date, validity: int = 30):  # type: ignore[no-untyped-def]
    base = sek_quote(SWEDISH_CUSTOMER, "en")
    lines = tuple(
        replace(base.lines[0], subscription_id=f"SUB-{n}", start_date=r + timedelta(days=1))
        for n, r in enumerate(renewals, start=1)
    )
    expires = min(MADE + timedelta(days=validity), min(renewals) + timedelta(days=45))
    return replace(base, lines=lines, created=datetime(2026, 3, 2, 9), sent=None, expires=expires)


def test_a_quote_that_expires_the_day_it_is_made_names_the_line():
    warning = expiry_warning(_quote(MADE + timedelta(days=10), MADE - timedelta(days=45)), 45)
    assert warning is not None
    assert (warning.expires, warning.days_left, warning.subscription_id) == (MADE, 0, "SUB-2")
    assert warning.renewal_date == MADE - timedelta(days=45)


def test_seven_days_warns_and_eight_does_not():
    seven = _quote(MADE - timedelta(days=45 - WARN_WITHIN_DAYS))
    eight = _quote(MADE - timedelta(days=45 - WARN_WITHIN_DAYS - 1))
    assert expiry_warning(seven, 45) is not None
    assert expiry_warning(eight, 45) is None


def test_no_warning_when_the_validity_is_what_ends_the_quote():
    assert expiry_warning(_quote(MADE + timedelta(days=20), validity=5), 45) is None
    assert expiry_warning(replace(_quote(MADE), lines=()), 45) is None
