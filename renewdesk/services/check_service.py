"""The ``check`` use case: every subscription's eligibility, codes and group as of a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from renewdesk.domain import Subscription
from renewdesk.perf import gc_paused
from renewdesk.rules import Finding, GroupKey, Limits, check_all, default_limits
from renewdesk.rules.grouping import group_key
from renewdesk.store.repositories import OpenQuoteLookup, SubscriptionRepository


@dataclass(frozen=True, slots=True)
class CheckResult:
    subscription: Subscription
    findings: tuple[Finding, ...]
    group: GroupKey

    @property
    def eligible(self) -> bool:
        return not any(f.blocks for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocks)

    def as_json(self) -> dict[str, object]:
        """The ``renewdesk check --format json`` object for this subscription."""
        return {
            "subscription_id": self.subscription.subscription_id,
            "eligible": self.eligible,
            "codes": [str(f.code) for f in self.findings],
            "group": self.group.as_dict(),
        }


def evaluate(
    subs: list[Subscription], as_of: date, open_quotes: dict[str, str], limits: Limits
) -> list[CheckResult]:
    """Pure: check results for ``subs``."""
    with gc_paused():
        return _evaluate(subs, as_of, open_quotes, limits)


def _evaluate(
    subs: list[Subscription], as_of: date, open_quotes: dict[str, str], limits: Limits
) -> list[CheckResult]:
    findings = check_all(subs, as_of, open_quotes, limits)
    keys: dict[tuple[str, str, str, str], GroupKey] = {}
    results = []
    for sub, found in zip(subs, findings, strict=True):
        raw = (sub.customer_csn, sub.currency, sub.payment_method, sub.partner_csn)
        key = keys.get(raw)
        if key is None:
            key = keys[raw] = group_key(sub)
        results.append(CheckResult(sub, found, key))
    return results


class CheckService:
    def __init__(self, engine: Engine, limits: Limits | None = None) -> None:
        self._subs = SubscriptionRepository(engine)
        self._open = OpenQuoteLookup(engine)
        self._limits = limits or default_limits()

    def check(self, as_of: date, subs: list[Subscription] | None = None) -> list[CheckResult]:
        """Results for every subscription in the cache (or the given ones)."""
        rows = self._subs.all() if subs is None else subs
        return evaluate(rows, as_of, self._open.by_subscription(as_of), self._limits)
