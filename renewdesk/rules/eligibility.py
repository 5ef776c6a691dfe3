"""SPEC 1.1: whether one subscription may be renewed by quote, as of a date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from renewdesk.domain import OfferingType, Subscription, SubscriptionStatus
from renewdesk.rules.codes import Code, Finding
from renewdesk.rules.limits import Limits, default_limits

# Shared: it has no parameters and findings are never mutated.
_AUTO_RENEW_ON = Finding(Code.AUTO_RENEW_ON)


def evaluate_subscription(
    sub: Subscription,
    as_of: date,
    open_quote: str = "",
    limits: Limits | None = None,
) -> list[Finding]:
    """Every 1.1 finding for ``sub`` as of ``as_of``.

    ``open_quote`` is the number of a DRAFT or QUOTED quote the subscription is
    already on ("" when none); the caller looks it up, the rule only reports it.
    """
    return EligibilityCheck(as_of, limits or default_limits())(sub, open_quote)


class EligibilityCheck:
    """The 1.1 rules with the window bounds worked out once for an as-of date.

    Checking 100k subscriptions is a hot path (the table's badges, ``check``),
    so the window test compares dates against precomputed bounds and enum
    members are compared by identity rather than hashed.
    """

    __slots__ = ("_after", "_before", "_earliest_renewal", "_latest_renewal", "_memo")

    @property
    def window(self) -> tuple[date, date]:
        """The earliest and latest renewal dates whose window is open on the as-of date."""
        return self._earliest_renewal, self._latest_renewal

    def __init__(self, as_of: date, lim: Limits) -> None:
        self._before = lim.days_before_renewal
        self._after = lim.days_after_renewal
        # Open when as_of >= renewal - before, i.e. renewal <= as_of + before.
        self._latest_renewal = as_of + timedelta(days=lim.days_before_renewal)
        # Not closed while as_of <= renewal + after, i.e. renewal >= as_of - after.
        self._earliest_renewal = as_of - timedelta(days=lim.days_after_renewal)
        self._memo: dict[tuple[object, ...], tuple[Finding, ...]] = {}

    def shared(self, sub: Subscription, open_quote: str) -> tuple[Finding, ...]:
        """The findings as a tuple shared between subscriptions that get the same ones.

        Without an open quote the findings depend only on the window (the renewal
        date when outside it), offering type, status and auto-renew, so 100k
        subscriptions share a few hundred tuples instead of building 100k lists.
        """
        if open_quote:
            return tuple(self(sub, open_quote))
        renewal = sub.renewal_date
        inside = self._earliest_renewal <= renewal <= self._latest_renewal
        key = (None if inside else renewal, sub.offering_type, sub.status, sub.auto_renew)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = tuple(self(sub, ""))
        return found

    def __call__(self, sub: Subscription, open_quote: str) -> list[Finding]:
        findings: list[Finding] = []
        renewal = sub.renewal_date
        if renewal > self._latest_renewal:
            opens = renewal - timedelta(days=self._before)
            findings.append(
                Finding(Code.WINDOW_NOT_OPEN, {"opens": opens.isoformat(), "days": self._before})
            )
        elif renewal < self._earliest_renewal:
            closed = renewal + timedelta(days=self._after)
            findings.append(
                Finding(Code.WINDOW_CLOSED, {"closed": closed.isoformat(), "days": self._after})
            )
        offering = sub.offering_type
        if offering is OfferingType.FLEX or offering is OfferingType.SUCCESS_PLAN:
            findings.append(Finding(Code.OFFERING_NOT_COVERED, {"offering_type": offering.value}))
        status = sub.status
        if (
            status is SubscriptionStatus.CANCELED
            or status is SubscriptionStatus.TRIAL
            or status is SubscriptionStatus.INACTIVE
        ):
            findings.append(Finding(Code.STATUS_NOT_RENEWABLE, {"status": status.value}))
        if open_quote:
            findings.append(Finding(Code.OPEN_QUOTE_EXISTS, {"quote": open_quote}))
        if sub.auto_renew:
            findings.append(_AUTO_RENEW_ON)
        return findings


def is_eligible(findings: list[Finding]) -> bool:
    """A subscription with no blocking finding is eligible."""
    return not any(f.blocks for f in findings)


def check_all(
    subs: list[Subscription],
    as_of: date,
    open_quotes: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> list[tuple[Finding, ...]]:
    """Evaluate many subscriptions at once (same order as ``subs``).

    Equal results are the same tuple object: treat them as read-only.
    """
    evaluate = EligibilityCheck(as_of, limits or default_limits())
    open_map = open_quotes or {}
    shared = evaluate.shared
    get = open_map.get
    return [shared(s, get(s.subscription_id, "")) for s in subs]
