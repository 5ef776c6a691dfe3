"""Bulk actions > Renew: the groups the Renew dialog's checklist shows (Qt-free).

One group per (customer CSN, currency, payment method, partner CSN), as the
portal groups them ([S8]); ineligible subscriptions stay in their group and are
shown greyed. Grouping 100,000 results is plain Python and runs off the GUI
thread; the checklist model then reads the plan lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from renewdesk.rules import GroupKey
from renewdesk.services.verdicts import CheckResult

Progress = Callable[[int, int, str], None]
_PROGRESS_STEP = 20_000


@dataclass(frozen=True, slots=True)
class RenewGroup:
    """One checklist group: its key and members in the order they came."""

    key: GroupKey
    results: tuple[CheckResult, ...]
    eligible: int

    def eligible_ids(self) -> list[str]:
        return [r.subscription.subscription_id for r in self.results if r.eligible]


@dataclass(frozen=True, slots=True)
class GroupPlan:
    """The groups, which one is chosen (``None``: the admin picks) and what is ticked."""

    groups: tuple[RenewGroup, ...]
    chosen: int | None = None
    ticked: tuple[str, ...] = ()
    total: int = 0  # subscriptions grouped

    def left_out(self, limit: int) -> list[str]:
        """Eligible ids of the chosen group that are not ticked because one quote is full."""
        if self.chosen is None:
            return []
        group = self.groups[self.chosen]
        if group.eligible <= limit:
            return []
        ticked = set(self.ticked)
        return [i for i in group.eligible_ids() if i not in ticked]


def plan_groups(
    results: Iterable[CheckResult],
    *,
    picked: Sequence[str] | None = None,
    limit: int = 100,
    progress: Progress | None = None,
) -> GroupPlan:
    """Group ``results`` and choose the group of ``picked`` (``None``: choose none).

    With ``picked``, the chosen group is the one holding most of the picked
    eligible subscriptions (the first such group on a tie); it is put first, and
    its picked eligible ones are ticked, at most ``limit`` of them (one quote's
    lines).
    """
    buckets: dict[GroupKey, list[CheckResult]] = {}
    count = 0
    for count, result in enumerate(results, start=1):
        buckets.setdefault(result.group, []).append(result)
        if progress is not None and count % _PROGRESS_STEP == 0:
            progress(count, 0, "grouping")
    ordered = sorted(buckets.items(), key=lambda item: _sort_key(item[0]))
    groups = tuple(
        RenewGroup(key, tuple(rs), sum(1 for r in rs if r.eligible)) for key, rs in ordered
    )
    if not picked:
        return GroupPlan(groups, None, (), count)
    wanted = set(picked)
    best, best_count = None, -1
    for n, group in enumerate(groups):
        hits = sum(
            1 for r in group.results if r.eligible and r.subscription.subscription_id in wanted
        )
        if hits > best_count:
            best, best_count = n, hits
    if best is None:
        return GroupPlan(groups, None, (), count)
    if best_count == 0:  # nothing picked can be renewed: show its group, tick nothing
        first = next(
            n for n, g in enumerate(groups) if any(r.subscription_id in wanted for r in g.results)
        )
        return GroupPlan(groups, first, (), count)
    ticked = [i for i in groups[best].eligible_ids() if i in wanted][:limit]
    # The chosen group comes first, where the dialog opens; the others keep their order.
    ordered_groups = (groups[best], *groups[:best], *groups[best + 1 :])
    return GroupPlan(ordered_groups, 0, tuple(ticked), count)


def _sort_key(key: GroupKey) -> tuple[str, str, str, str]:
    return (key.customer_csn, key.currency, str(key.payment_method), key.partner_csn)
