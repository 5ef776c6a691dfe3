"""The lean verdicts ``renewdesk check`` prints agree with the full results the window shows."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from renewdesk.domain import OfferingType, PaymentMethod, SubscriptionStatus
from renewdesk.rules import default_limits, evaluate_subscription
from renewdesk.services.check_service import evaluate, summarise
from renewdesk.store.repositories import SUB_COLUMNS, subscription_values
from tests.rules.builders import AS_OF, sub

subscriptions = st.builds(
    lambda i, days, offering, status, auto, pay, partner: sub(
        subscription_id=f"S{i:04d}",
        renewal_date=AS_OF + timedelta(days=days),
        offering_type=offering,
        status=status,
        auto_renew=auto,
        payment_method=pay,
        partner_csn=partner,
    ),
    st.integers(0, 9999),
    st.integers(-120, 200),
    st.sampled_from(list(OfferingType)),
    st.sampled_from(list(SubscriptionStatus)),
    st.booleans(),
    st.sampled_from(list(PaymentMethod)),
    st.sampled_from(["", "P-1"]),
)


def _raw(s):
    values = subscription_values(s)
    row = [values[c] for c in SUB_COLUMNS]
    row[11], row[12] = row[11].isoformat(), row[12].isoformat()
    return tuple(row)


@settings(max_examples=100, deadline=None)
@given(st.lists(subscriptions, max_size=60, unique_by=lambda s: s.subscription_id), st.data())
def test_summaries_match_the_full_check(subs, data):
    on_quote = (
        data.draw(st.sets(st.sampled_from([s.subscription_id for s in subs]))) if subs else set()
    )
    open_quotes = {sub_id: "Q-2026-000001" for sub_id in on_quote}
    full = evaluate(subs, AS_OF, open_quotes, default_limits())
    lean = summarise([_raw(s) for s in subs], AS_OF, open_quotes, default_limits())
    assert [r.as_json() for r in lean] == [r.as_json() for r in full]
    for s, result in zip(subs, full, strict=True):
        expected = evaluate_subscription(s, AS_OF, open_quotes.get(s.subscription_id, ""))
        assert list(result.findings) == expected


def test_findings_name_their_own_dates():
    early = sub(subscription_id="A", renewal_date=date(2026, 12, 1))
    later = sub(subscription_id="B", renewal_date=date(2026, 12, 2))
    a, b = summarise([_raw(early), _raw(later)], AS_OF, {}, default_limits())
    assert a.findings[0].params["opens"] == "2026-09-02"
    assert b.findings[0].params["opens"] == "2026-09-03"
