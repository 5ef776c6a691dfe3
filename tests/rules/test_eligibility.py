"""SPEC 1.1 boundaries: every window edge, status and offering type."""

from __future__ import annotations

from datetime import timedelta

import pytest

from renewdesk.domain import OfferingType, SubscriptionStatus
from renewdesk.rules import Code, evaluate_subscription, is_eligible
from tests.rules.builders import AS_OF, sub


def codes(s, as_of=AS_OF, open_quote=""):
    return [f.code for f in evaluate_subscription(s, as_of, open_quote)]


@pytest.mark.parametrize(
    ("days_before", "expected"),
    [
        (0, []),
        (1, []),
        (89, []),
        (90, []),
        (91, [Code.WINDOW_NOT_OPEN]),
        (400, [Code.WINDOW_NOT_OPEN]),
    ],
)
def test_window_opens_90_days_before_renewal(days_before, expected):
    s = sub(renewal_date=AS_OF + timedelta(days=days_before))
    assert codes(s) == expected


@pytest.mark.parametrize(
    ("days_after", "expected"),
    [(1, []), (44, []), (45, []), (46, [Code.WINDOW_CLOSED]), (365, [Code.WINDOW_CLOSED])],
)
def test_window_closes_45_days_after_renewal(days_after, expected):
    s = sub(renewal_date=AS_OF - timedelta(days=days_after), status=SubscriptionStatus.EXPIRED)
    assert codes(s) == expected


def test_window_not_open_names_the_opening_day():
    s = sub(renewal_date=AS_OF + timedelta(days=120))
    (finding,) = evaluate_subscription(s, AS_OF)
    assert finding.params["opens"] == (AS_OF + timedelta(days=30)).isoformat()


@pytest.mark.parametrize(
    ("status", "blocked"),
    [
        (SubscriptionStatus.ACTIVE, False),
        (SubscriptionStatus.EXPIRED, False),
        (SubscriptionStatus.SUSPENDED, False),
        (SubscriptionStatus.CANCELED, True),
        (SubscriptionStatus.TRIAL, True),
        (SubscriptionStatus.INACTIVE, True),
    ],
)
def test_status(status, blocked):
    result = codes(sub(status=status))
    assert (Code.STATUS_NOT_RENEWABLE in result) is blocked
    assert is_eligible(evaluate_subscription(sub(status=status), AS_OF)) is not blocked


@pytest.mark.parametrize(
    ("offering", "blocked"),
    [
        (OfferingType.STANDARD, False),
        (OfferingType.TRIAL, False),
        (OfferingType.FLEX, True),
        (OfferingType.SUCCESS_PLAN, True),
    ],
)
def test_offering_type(offering, blocked):
    assert (Code.OFFERING_NOT_COVERED in codes(sub(offering_type=offering))) is blocked


def test_open_quote_blocks_and_names_the_quote():
    findings = evaluate_subscription(sub(), AS_OF, open_quote="Q-2026-000007")
    assert [f.code for f in findings] == [Code.OPEN_QUOTE_EXISTS]
    assert findings[0].params["quote"] == "Q-2026-000007"
    assert not is_eligible(findings)


def test_auto_renew_is_information_only():
    findings = evaluate_subscription(sub(auto_renew=True), AS_OF)
    assert [f.code for f in findings] == [Code.AUTO_RENEW_ON]
    assert is_eligible(findings)


def test_several_reasons_are_all_reported_in_spec_order():
    s = sub(
        renewal_date=AS_OF + timedelta(days=200),
        offering_type=OfferingType.FLEX,
        status=SubscriptionStatus.CANCELED,
        auto_renew=True,
    )
    assert codes(s, open_quote="Q-2026-000001") == [
        Code.WINDOW_NOT_OPEN,
        Code.OFFERING_NOT_COVERED,
        Code.STATUS_NOT_RENEWABLE,
        Code.OPEN_QUOTE_EXISTS,
        Code.AUTO_RENEW_ON,
    ]
