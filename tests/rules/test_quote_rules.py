"""SPEC 1.2: every per-quote rule, alone and at its edges."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from renewdesk.domain import PaymentMethod, QuoteKind, Term
from renewdesk.rules import Code, Severity, check_quote
from tests.rules.builders import draft, line, sub


def codes(d):
    return [f.code for f in check_quote(d)]


def test_a_plain_renewal_passes():
    assert codes(draft(line())) == []


def test_empty_quote():
    assert codes(draft()) == [Code.EMPTY_QUOTE]


@pytest.mark.parametrize(
    ("field", "other", "code"),
    [
        ("customer_csn", "5100000002", Code.MIXED_CUSTOMER),
        ("currency", "EUR", Code.MIXED_CURRENCY),
        ("payment_method", PaymentMethod.INVOICE, Code.MIXED_PAYMENT_METHOD),
    ],
)
def test_mixing_rules(field, other, code):
    a = line(sub(subscription_id="A"))
    b = line(sub(subscription_id="B", **{field: other}))
    assert code in codes(draft(a, b))


def test_mixed_partner_two_resellers():
    a = line(sub(subscription_id="A", partner_csn="P-1", payment_method=PaymentMethod.PARTNER))
    b = line(sub(subscription_id="B", partner_csn="P-2", payment_method=PaymentMethod.PARTNER))
    assert Code.MIXED_PARTNER in codes(draft(a, b))


def test_mixed_partner_direct_with_reseller():
    a = line(sub(subscription_id="A"))
    b = line(sub(subscription_id="B", partner_csn="P-1"))
    found = check_quote(draft(a, b))
    mixed = [f for f in found if f.code is Code.MIXED_PARTNER]
    assert mixed and mixed[0].params["values"] == ["", "P-1"]


def test_same_partner_is_not_mixed():
    a = line(sub(subscription_id="A", partner_csn="P-1"))
    b = line(sub(subscription_id="B", partner_csn="P-1"))
    assert Code.MIXED_PARTNER not in codes(draft(a, b))


@pytest.mark.parametrize("kind", [QuoteKind.NEW, QuoteKind.COTERM])
def test_renewal_quote_refuses_new_and_coterm_lines(kind):
    a = line(sub(subscription_id="A"))
    b = line(sub(subscription_id="B"), kind=kind)
    found = [f for f in check_quote(draft(a, b)) if f.code is Code.MIXED_QUOTE_TYPE]
    assert found and found[0].params["subscriptions"] == ["B"]


def test_line_count_limit_is_100():
    hundred = [line(sub(subscription_id=f"S{i}")) for i in range(100)]
    assert Code.TOO_MANY_LINES not in codes(draft(*hundred))
    extra = line(sub(subscription_id="S100"))
    assert Code.TOO_MANY_LINES in codes(draft(*hundred, extra))


def test_seats_may_go_down_but_not_up():
    s = sub(seats=10)
    assert Code.SEATS_ADDED not in codes(draft(line(s, seats=9)))
    assert Code.SEATS_ADDED not in codes(draft(line(s, seats=10)))
    found = [f for f in check_quote(draft(line(s, seats=11))) if f.code is Code.SEATS_ADDED]
    assert found[0].params == {"subscription": "S-1", "seats": 11, "current": 10}


def test_currency_change():
    assert Code.CURRENCY_CHANGE in codes(draft(line(), currency="EUR"))


def test_start_date_at_most_the_day_after_the_term_ends():
    s = sub()
    day_after = s.renewal_date + timedelta(days=1)
    assert Code.FUTURE_START_DATE not in codes(draft(line(s, start_date=day_after)))
    later = day_after + timedelta(days=1)
    assert Code.FUTURE_START_DATE in codes(draft(line(s, start_date=later)))


def test_new_credit_line():
    s = sub(payment_method=PaymentMethod.INVOICE)
    assert Code.NEW_CREDIT_LINE in codes(draft(line(s)))
    assert Code.NEW_CREDIT_LINE not in codes(draft(line(s), customer_pays_by_invoice=True))


@pytest.mark.parametrize(
    ("changes", "partner", "blocked"),
    [
        ({}, "", False),
        ({"seats": 5}, "", True),
        ({"term": Term.THREE_YEAR}, "", True),
        ({}, "P-1", True),
    ],
)
def test_auto_renew_must_be_off_when_quote_changes_it_or_partner_involved(
    changes, partner, blocked
):
    s = sub(auto_renew=True, partner_csn=partner)
    found = [
        f for f in check_quote(draft(line(s, **changes))) if f.code is Code.AUTO_RENEW_MUST_BE_OFF
    ]
    assert bool(found) is blocked
    if blocked:
        assert found[0].params["subscriptions"] == ["S-1"]


def test_auto_renew_off_has_no_such_finding():
    s = sub(auto_renew=False)
    assert Code.AUTO_RENEW_MUST_BE_OFF not in codes(draft(line(s, seats=5)))


@pytest.mark.parametrize(
    ("method", "total", "warned"),
    [
        (PaymentMethod.CREDIT_CARD, Decimal("25000.00"), False),
        (PaymentMethod.CREDIT_CARD, Decimal("25000.01"), True),
        (PaymentMethod.PAYPAL, Decimal("30000"), True),
        (PaymentMethod.INVOICE, Decimal("30000"), False),
    ],
)
def test_card_limit_is_a_warning(method, total, warned):
    s = sub(payment_method=method)
    found = [f for f in check_quote(draft(line(s), total=total, customer_pays_by_invoice=True))]
    card = [f for f in found if f.code is Code.CARD_LIMIT]
    assert bool(card) is warned
    if warned:
        assert card[0].severity is Severity.WARN and not card[0].blocks


def test_card_limit_uses_the_currency_table():
    s = sub(currency="SEK")
    assert Code.CARD_LIMIT not in codes(draft(line(s), total=Decimal("240000")))
    assert Code.CARD_LIMIT in codes(draft(line(s), total=Decimal("260000")))


def test_four_extra_recipients_pass_five_do_not():
    four = [f"r{i}@example.com" for i in range(4)]
    assert codes(draft(line(), recipients=four)) == []
    assert Code.TOO_MANY_RECIPIENTS in codes(draft(line(), recipients=[*four, "r5@example.com"]))


@pytest.mark.parametrize(
    "bad", ["not-an-address", "a@b", "x@@example.com", "with space@example.com"]
)
def test_invalid_recipient_names_the_address(bad):
    found = [
        f for f in check_quote(draft(line(), recipients=[bad])) if f.code is Code.INVALID_RECIPIENT
    ]
    assert found[0].params["address"] == bad


def test_duplicate_recipient_is_case_insensitive_and_includes_the_buyer():
    assert Code.DUPLICATE_RECIPIENT in codes(draft(line(), recipients=["BUYER@example.com"]))
    assert Code.DUPLICATE_RECIPIENT in codes(
        draft(line(), recipients=["a@example.com", "A@Example.com"])
    )


def test_price_missing_names_code_term_and_currency():
    found = check_quote(draft(line(unit_price=None)))
    assert [f.code for f in found] == [Code.PRICE_MISSING]
    assert found[0].params["offering_code"] == "DSGN"
    assert found[0].params["term"] == "annual"
    assert found[0].params["currency"] == "USD"
