"""Verdicts: what ``check`` says about each subscription, and the pure functions that judge.

No database here (and no SQLAlchemy): the window's Subscriptions table imports these
before its first paint, and :class:`~renewdesk.services.check_service.CheckService`
feeds them the cache's rows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from json.encoder import encode_basestring
from typing import Any

from renewdesk.domain import PaymentMethod, Subscription
from renewdesk.perf import gc_paused
from renewdesk.planning.stages import RenewalPlan, Stage
from renewdesk.rules import (
    EligibilityCheck,
    Finding,
    GroupKey,
    Limits,
    check_all,
)
from renewdesk.rules.grouping import group_key
from renewdesk.rules.sources import source
from renewdesk.store.lean_rows import subscription_from_raw


class _Verdict:
    """What ``check`` says about one subscription; shared by the full and the lean result."""

    __slots__ = ()
    subscription_id: str
    findings: tuple[Finding, ...]
    group: GroupKey
    plan: RenewalPlan | None

    @property
    def stage(self) -> Stage:
        """The renewal stage (issue 14); *not started* when none was set."""
        return self.plan.stage if self.plan is not None else Stage.NOT_STARTED

    @property
    def owner(self) -> str:
        return self.plan.owner if self.plan is not None else ""

    @property
    def eligible(self) -> bool:
        return not any(f.blocks for f in self.findings)

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocks)

    def as_json(self, memo: dict[Any, Any] | None = None) -> dict[str, object]:
        """The ``renewdesk check --format json`` object for this subscription.

        ``codes`` stays a list of code strings (SPEC 4); ``sources`` maps each of those
        codes to where its rule comes from (:func:`renewdesk.rules.sources.source`, in
        the language of the moment). ``memo`` (one dict for a whole list, see
        :func:`check_json`) shares the parts many subscriptions have in common:
        verdicts, sources and groups are built once and shared.
        """
        memo = {} if memo is None else memo
        verdict = memo.get(id(self.findings))
        if verdict is None:
            codes = list(dict.fromkeys(f.code for f in self.findings))
            texts = {}
            for c in codes:
                text = memo.get(("source", c))
                if text is None:
                    text = memo[("source", c)] = source(c)
                texts[str(c)] = text
            verdict = memo[id(self.findings)] = (
                self.eligible,
                [str(f.code) for f in self.findings],
                texts,
            )
        group = memo.get(id(self.group))
        if group is None:
            group = memo[id(self.group)] = self.group.as_dict()
        return {
            "subscription_id": self.subscription_id,
            "eligible": verdict[0],
            "codes": verdict[1],
            "sources": verdict[2],
            "group": group,
            "stage": self.stage.value,
            "owner": self.owner,
        }


Verdict = _Verdict  # the type the window's table holds per row


def check_json(results: list[_Verdict]) -> list[dict[str, object]]:
    """The ``renewdesk check --format json`` list: shared verdicts and groups built once."""
    memo: dict[int, Any] = {}
    return [r.as_json(memo) for r in results]


def _members(value: dict[str, object]) -> str:
    """``value``'s members as compact JSON without the braces (a fragment of an object)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))[1:-1]


def check_json_text(results: list[_Verdict]) -> str:
    """``json.dumps(check_json(results))``, compact, byte for byte, encoded in fragments.

    Most of a row is shared with many others: the verdict (eligible, codes and the
    rules' source sentences, the longest part), the group, the stage and owner. Each
    distinct fragment is encoded once and the rows are joined from them, instead of
    re-encoding the same sentences 100,000 times (``tests/services/test_check_json.py``
    holds it to ``json.dumps``).
    """
    texts = _Fragments()
    verdicts: dict[int, str] = {}
    groups: dict[int, str] = {}
    plans: dict[int, str] = {}
    name = encode_basestring
    parts = []
    for r in results:
        findings = r.findings
        verdict = verdicts.get(id(findings))
        if verdict is None:  # a verdict object not met yet; its text may well have been
            verdict = verdicts[id(findings)] = texts.verdict(findings)
        group = groups.get(id(r.group))
        if group is None:
            group = groups[id(r.group)] = texts.group(r.group)
        plan = plans.get(id(r.plan))  # None (not started, no owner) for most rows
        if plan is None:
            plan = plans[id(r.plan)] = texts.plan(r.plan)
        parts.append(
            f'{{"subscription_id":{name(r.subscription_id)},{verdict},"group":{group},{plan}}}'
        )
    return "[" + ",".join(parts) + "]"


def summarise_json_text(
    rows: list[tuple[Any, ...]],
    as_of: date,
    open_quotes: dict[str, str],
    limits: Limits,
    plans: Mapping[str, RenewalPlan] | None = None,
) -> str:
    """``check_json_text(summarise(rows, ...))``, without a summary object per row.

    ``renewdesk check --format json`` needs only the text: each row is judged (once
    per rule key, as :func:`summarise` does) and written from shared fragments.
    """
    judge = EligibilityCheck(as_of, limits)
    earliest, latest = (d.isoformat() for d in judge.window)  # ISO text sorts as dates do
    texts = _Fragments()
    by_rule: dict[tuple[Any, ...], str] = {}
    groups: dict[tuple[Any, ...], str] = {}
    plan_texts: dict[tuple[str, str], str] = {}
    not_started = texts.plan(None)
    plan_of = (plans or {}).get
    name = encode_basestring
    parts = []
    with gc_paused():
        for row in rows:
            sub_id, renewal = row[0], row[12]
            quote = open_quotes.get(sub_id)
            if quote:
                verdict = texts.verdict(tuple(judge(subscription_from_raw(row), quote)))
            else:
                window = None if earliest <= renewal <= latest else renewal
                rule_key = (window, row[4], row[13], row[14])
                verdict = by_rule.get(rule_key)
                if verdict is None:
                    found = tuple(judge(subscription_from_raw(row), ""))
                    verdict = by_rule[rule_key] = texts.verdict(found)
            group_raw = (row[5], row[7], row[8], row[6])
            group = groups.get(group_raw)
            if group is None:
                key = GroupKey(row[5], row[7], PaymentMethod(row[8]), row[6] or "")
                group = groups[group_raw] = texts.group(key)
            plan = plan_of(sub_id)
            if plan is None:
                plan_text = not_started
            else:
                plan_key = (plan.stage.value, plan.owner)
                plan_text = plan_texts.get(plan_key)
                if plan_text is None:
                    plan_text = plan_texts[plan_key] = texts.plan(plan)
            parts.append(
                f'{{"subscription_id":{name(sub_id)},{verdict},"group":{group},{plan_text}}}'
            )
    if not parts:
        return "[]"
    parts[0] = "[" + parts[0]  # 60 MB at 100k: joined once, not copied twice more
    parts[-1] += "]"
    return ",".join(parts)


class _Fragments:
    """The JSON members shared by many rows, each encoded once (see check_json_text)."""

    def __init__(self) -> None:
        self._memo: dict[Any, Any] = {}
        self._verdicts: dict[tuple[object, ...], str] = {}

    def verdict(self, findings: tuple[Finding, ...]) -> str:
        """``"eligible":…,"codes":[…],"sources":{…}`` of these findings."""
        eligible = not any(f.blocks for f in findings)
        same = (eligible, *(f.code for f in findings))
        text = self._verdicts.get(same)
        if text is None:
            memo = self._memo
            codes = list(dict.fromkeys(f.code for f in findings))
            sources = {}
            for c in codes:
                found = memo.get(("source", c))
                if found is None:
                    found = memo[("source", c)] = source(c)
                sources[str(c)] = found
            text = self._verdicts[same] = _members(
                {
                    "eligible": eligible,
                    "codes": [str(f.code) for f in findings],
                    "sources": sources,
                }
            )
        return text

    @staticmethod
    def group(g: GroupKey) -> str:
        name = encode_basestring
        return (
            f'{{"customer_csn":{name(g.customer_csn)},"currency":{name(g.currency)},'
            f'"payment_method":{name(str(g.payment_method))},'
            f'"partner_csn":{name(g.partner_csn)}}}'
        )

    @staticmethod
    def plan(plan: RenewalPlan | None) -> str:
        stage = plan.stage if plan is not None else Stage.NOT_STARTED
        return _members({"stage": stage.value, "owner": plan.owner if plan else ""})


@dataclass(frozen=True, slots=True)
class CheckResult(_Verdict):
    """The verdict with the whole subscription (the window's table)."""

    subscription: Subscription
    findings: tuple[Finding, ...]
    group: GroupKey
    plan: RenewalPlan | None = None

    @property
    def subscription_id(self) -> str:  # type: ignore[override]
        return self.subscription.subscription_id


@dataclass(frozen=True, slots=True)
class CheckSummary(_Verdict):
    """The verdict alone (``renewdesk check``): no subscription object is built."""

    subscription_id: str
    findings: tuple[Finding, ...]
    group: GroupKey
    plan: RenewalPlan | None = None


def evaluate(
    subs: list[Subscription],
    as_of: date,
    open_quotes: dict[str, str],
    limits: Limits,
    plans: Mapping[str, RenewalPlan] | None = None,
) -> list[CheckResult]:
    """Pure: check results for ``subs`` (with their renewal plans when given)."""
    plan_of = (plans or {}).get
    with gc_paused():
        findings = check_all(subs, as_of, open_quotes, limits)
        keys: dict[tuple[str, str, str, str], GroupKey] = {}
        results = []
        for sub, found in zip(subs, findings, strict=True):
            raw = (sub.customer_csn, sub.currency, sub.payment_method, sub.partner_csn)
            key = keys.get(raw)
            if key is None:
                key = keys[raw] = group_key(sub)
            results.append(CheckResult(sub, found, key, plan_of(sub.subscription_id)))
        return results


def summarise(
    rows: list[tuple[Any, ...]],
    as_of: date,
    open_quotes: dict[str, str],
    limits: Limits,
    plans: Mapping[str, RenewalPlan] | None = None,
) -> list[CheckSummary]:
    """Pure: verdicts for raw subscription rows (``SUB_COLUMNS`` order).

    The rules still judge real :class:`Subscription` objects, but one per
    distinct combination of what they read (whether the window is open, else
    the renewal date; offering type; status; auto-renew) rather than one per
    row. A row on an open quote is judged on its own.
    """
    judge = EligibilityCheck(as_of, limits)
    earliest, latest = (d.isoformat() for d in judge.window)  # ISO text sorts as dates do
    verdicts: dict[tuple[Any, ...], tuple[Finding, ...]] = {}
    groups: dict[tuple[Any, ...], GroupKey] = {}
    summaries = []
    plan_of = (plans or {}).get
    with gc_paused():
        for row in rows:
            sub_id, renewal = row[0], row[12]
            quote = open_quotes.get(sub_id)
            if quote:
                found = tuple(judge(subscription_from_raw(row), quote))
            else:
                window = None if earliest <= renewal <= latest else renewal
                rule_key = (window, row[4], row[13], row[14])
                cached = verdicts.get(rule_key)
                if cached is None:
                    cached = verdicts[rule_key] = tuple(judge(subscription_from_raw(row), ""))
                found = cached
            group_raw = (row[5], row[7], row[8], row[6])
            group = groups.get(group_raw)
            if group is None:
                group = groups[group_raw] = GroupKey(
                    row[5], row[7], PaymentMethod(row[8]), row[6] or ""
                )
            summaries.append(CheckSummary(sub_id, found, group, plan_of(sub_id)))
    return summaries
