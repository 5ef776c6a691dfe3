"""Any group the grouping makes passes every per-quote mixing rule (hypothesis)."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from renewdesk.domain import PaymentMethod
from renewdesk.rules import Code, check_quote, group_subscriptions
from tests.rules.builders import AS_OF, draft, line, sub

MIXING = {
    Code.MIXED_CUSTOMER,
    Code.MIXED_CURRENCY,
    Code.MIXED_PAYMENT_METHOD,
    Code.MIXED_PARTNER,
    Code.MIXED_QUOTE_TYPE,
    Code.CURRENCY_CHANGE,
}

subscriptions = st.builds(
    lambda i, csn, cur, pay, partner, days: sub(
        subscription_id=f"S{i}",
        customer_csn=csn,
        currency=cur,
        payment_method=pay,
        partner_csn=partner,
        renewal_date=AS_OF + timedelta(days=days),
    ),
    st.integers(0, 10**6),
    st.sampled_from(["5100000001", "5100000002", "5100000003"]),
    st.sampled_from(["USD", "EUR", "SEK"]),
    st.sampled_from(list(PaymentMethod)),
    st.sampled_from(["", "P-1", "P-2"]),
    st.integers(-45, 90),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(subscriptions, max_size=40, unique_by=lambda s: s.subscription_id))
def test_every_group_passes_the_mixing_rules(subs):
    groups = group_subscriptions(subs)
    assert sum(len(members) for members in groups.values()) == len(subs)
    for key, members in groups.items():
        d = draft(
            *[line(s) for s in members], currency=key.currency, payment_method=key.payment_method
        )
        assert not MIXING & {f.code for f in check_quote(d)}
        assert {(s.customer_csn, s.currency, s.payment_method, s.partner_csn) for s in members} == {
            (key.customer_csn, key.currency, key.payment_method, key.partner_csn)
        }


def test_groups_are_keyed_by_all_four_values():
    a = sub(subscription_id="A")
    b = sub(subscription_id="B", partner_csn="P-1")
    c = sub(subscription_id="C")
    groups = group_subscriptions([a, b, c])
    assert [[s.subscription_id for s in m] for m in groups.values()] == [["A", "C"], ["B"]]
