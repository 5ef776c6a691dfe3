"""Calendar months, expiry both ways, quote numbers, and the lifecycle table."""

from __future__ import annotations

from datetime import date

import pytest

from renewdesk.domain import QuoteStatus, Term
from renewdesk.quotes.dates import add_months, line_period, next_renewal_date, quote_expiry
from renewdesk.quotes.errors import TransitionRefusedError
from renewdesk.quotes.lifecycle import ALLOWED, Action, effective_status, require
from renewdesk.quotes.numbering import (
    BadQuoteNumberError,
    format_number,
    normalize_number,
    parse_number,
)
from renewdesk.rules import Code

S = QuoteStatus


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 1, 31), 13, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 36, date(2029, 3, 31)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


def test_buy_moves_the_renewal_date_by_the_term():
    assert next_renewal_date(date(2026, 12, 15), Term.ANNUAL) == date(2027, 12, 15)
    assert next_renewal_date(date(2026, 1, 31), Term.MONTHLY) == date(2026, 2, 28)
    assert next_renewal_date(date(2026, 12, 15), Term.THREE_YEAR) == date(2029, 12, 15)


def test_line_starts_the_day_after_the_term_ends_and_ends_on_the_next_renewal():
    assert line_period(date(2026, 12, 15), Term.ANNUAL) == (date(2026, 12, 16), date(2027, 12, 15))
    assert line_period(date(2026, 1, 31), Term.MONTHLY) == (date(2026, 2, 1), date(2026, 2, 28))


def test_expiry_bound_by_validity():
    # issued 20 Nov, valid 30 days -> 20 Dec; renewal 15 Jan + 45 days is later
    assert quote_expiry(date(2026, 11, 20), 30, date(2027, 1, 15), 45) == date(2026, 12, 20)


def test_expiry_bound_by_renewal_plus_grace():
    # renewal 1 Nov + 45 = 16 Dec comes before 20 Nov + 30 = 20 Dec
    assert quote_expiry(date(2026, 11, 20), 30, date(2026, 11, 1), 45) == date(2026, 12, 16)


def test_numbers_are_padded_and_parse_back():
    assert format_number(2026, 42) == "Q-2026-000042"
    assert parse_number("Q-2026-000042") == (2026, 42)
    assert normalize_number(" q-2026-000042 ") == "Q-2026-000042"
    with pytest.raises(BadQuoteNumberError):
        parse_number("2026-42")
    with pytest.raises(ValueError):
        format_number(2026, 1_000_000)


def test_quoted_past_its_expiry_is_expired_on_the_day_after():
    expires = date(2026, 12, 20)
    assert effective_status(S.QUOTED, expires, date(2026, 12, 20)) is S.QUOTED
    assert effective_status(S.QUOTED, expires, date(2026, 12, 21)) is S.EXPIRED
    # only QUOTED expires: an ordered quote stays ordered
    assert effective_status(S.ORDERED, expires, date(2027, 6, 1)) is S.ORDERED
    assert effective_status(S.DRAFT, expires, date(2027, 6, 1)) is S.DRAFT


ALL = list(S)


@pytest.mark.parametrize("action", [a for a in Action if a is not Action.CREATE])
@pytest.mark.parametrize("status", ALL)
def test_every_transition_allowed_or_refused_per_the_table(action, status):
    allowed = status in ALLOWED.get(action, frozenset())
    if allowed:
        assert (
            require(action, "Q-2026-000001", status, date(2099, 1, 1), date(2026, 1, 1)) is status
        )
    elif status is S.EXPIRED:
        with pytest.raises(TransitionRefusedError):
            require(action, "Q-2026-000001", S.QUOTED, date(2026, 1, 1), date(2026, 1, 2))
    else:
        with pytest.raises(TransitionRefusedError) as info:
            require(action, "Q-2026-000001", status, date(2099, 1, 1), date(2026, 1, 1))
        assert "Q-2026-000001" in str(info.value)


def test_buy_refused_once_expired():
    with pytest.raises(TransitionRefusedError, match="expired on 2026-12-20"):
        require(Action.BUY, "Q-2026-000001", S.QUOTED, date(2026, 12, 20), date(2026, 12, 21))


def test_customer_edit_on_a_sent_quote_names_the_rule():
    with pytest.raises(TransitionRefusedError) as info:
        require(Action.EDIT_CUSTOMER, "Q-2026-000001", S.QUOTED, date(2099, 1, 1), date(2026, 1, 1))
    assert info.value.code is Code.ADDRESS_CHANGE_NEEDS_NEW_QUOTE
    assert info.value.findings[0].params == {"quote": "Q-2026-000001"}


def test_plain_cancel_of_a_sent_quote_is_not_self_service():
    with pytest.raises(TransitionRefusedError) as info:
        require(Action.CANCEL, "Q-2026-000001", S.QUOTED, date(2099, 1, 1), date(2026, 1, 1))
    assert info.value.code is Code.CANCEL_NOT_SELF_SERVICE
