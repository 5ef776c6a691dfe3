"""SPEC 1.1: whether one subscription may be renewed by quote, as of a date."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from renewdesk.domain import OfferingType, Subscription, SubscriptionStatus
from renewdesk.rules.codes import Code, Finding
from renewdesk.rules.limits import Limits, default_limits

NOT_COVERED_OFFERINGS = frozenset({OfferingType.FLEX, OfferingType.SUCCESS_PLAN})
NOT_RENEWABLE_STATUSES = frozenset(
    {SubscriptionStatus.CANCELED, SubscriptionStatus.TRIAL, SubscriptionStatus.INACTIVE}
)


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
    lim = limits or default_limits()
    findings: list[Finding] = []
    days_left = (sub.renewal_date - as_of).days
    if days_left > lim.days_before_renewal:
        findings.append(
            Finding(
                Code.WINDOW_NOT_OPEN,
                {
                    "opens": date.fromordinal(
                        sub.renewal_date.toordinal() - lim.days_before_renewal
                    ).isoformat(),
                    "days": lim.days_before_renewal,
                },
            )
        )
    elif -days_left > lim.days_after_renewal:
        findings.append(
            Finding(
                Code.WINDOW_CLOSED,
                {
                    "closed": date.fromordinal(
                        sub.renewal_date.toordinal() + lim.days_after_renewal
                    ).isoformat(),
                    "days": lim.days_after_renewal,
                },
            )
        )
    if sub.offering_type in NOT_COVERED_OFFERINGS:
        findings.append(
            Finding(Code.OFFERING_NOT_COVERED, {"offering_type": str(sub.offering_type)})
        )
    if sub.status in NOT_RENEWABLE_STATUSES:
        findings.append(Finding(Code.STATUS_NOT_RENEWABLE, {"status": str(sub.status)}))
    if open_quote:
        findings.append(Finding(Code.OPEN_QUOTE_EXISTS, {"quote": open_quote}))
    if sub.auto_renew:
        findings.append(Finding(Code.AUTO_RENEW_ON))
    return findings


def is_eligible(findings: list[Finding]) -> bool:
    """A subscription with no blocking finding is eligible."""
    return not any(f.blocks for f in findings)


def check_all(
    subs: list[Subscription],
    as_of: date,
    open_quotes: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> list[list[Finding]]:
    """Evaluate many subscriptions at once (same order as ``subs``)."""
    lim = limits or default_limits()
    open_map = open_quotes or {}
    return [evaluate_subscription(s, as_of, open_map.get(s.subscription_id, ""), lim) for s in subs]
