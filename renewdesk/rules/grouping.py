"""Group subscriptions the way one quote may hold them: same CSN, currency, payment, partner."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from renewdesk.domain import PaymentMethod, Subscription


@dataclass(frozen=True, slots=True, order=True)
class GroupKey:
    customer_csn: str
    currency: str
    payment_method: PaymentMethod
    partner_csn: str  # "" for direct

    def as_dict(self) -> dict[str, str]:
        return {
            "customer_csn": self.customer_csn,
            "currency": self.currency,
            "payment_method": str(self.payment_method),
            "partner_csn": self.partner_csn,
        }


def group_key(sub: Subscription) -> GroupKey:
    """The group a subscription belongs to."""
    return GroupKey(sub.customer_csn, sub.currency, sub.payment_method, sub.partner_csn)


def group_subscriptions(subs: Iterable[Subscription]) -> dict[GroupKey, list[Subscription]]:
    """Subscriptions by group, groups sorted by key, members in input order."""
    groups: dict[GroupKey, list[Subscription]] = {}
    for sub in subs:
        groups.setdefault(group_key(sub), []).append(sub)
    return dict(sorted(groups.items()))
