"""The ``check`` use case: every subscription's eligibility, codes and group as of a date."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine

from renewdesk.domain import Subscription
from renewdesk.rules import Limits, default_limits
from renewdesk.services.verdicts import (
    CheckResult,
    CheckSummary,
    check_json,
    check_json_text,
    evaluate,
    summarise,
)
from renewdesk.store.lean_rows import lean_rows
from renewdesk.store.plan_repo import PlanRepository
from renewdesk.store.repositories import OpenQuoteLookup, SubscriptionRepository

# The verdicts live in renewdesk.services.verdicts (no database); callers still find them here.
__all__ = ["CheckResult", "CheckService", "CheckSummary", "check_json", "check_json_text"]


class CheckService:
    def __init__(self, engine: Engine, limits: Limits | None = None) -> None:
        self._engine = engine
        self._subs = SubscriptionRepository(engine)
        self._open = OpenQuoteLookup(engine)
        self._plans = PlanRepository(engine)
        self._limits = limits or default_limits()

    def check(self, as_of: date, subs: list[Subscription] | None = None) -> list[CheckResult]:
        """Results for every subscription in the cache (or the given ones)."""
        rows = self._subs.all() if subs is None else subs
        plans = self._plans.all()
        return evaluate(rows, as_of, self._open.by_subscription(as_of), self._limits, plans)

    def summaries(self, as_of: date) -> list[CheckSummary]:
        """Verdicts for every subscription in the cache, by id: what ``renewdesk check`` prints."""
        rows = self._subs.raw_rows()
        open_quotes, plans = self._open.by_subscription(as_of), self._plans.all()
        return summarise(rows, as_of, open_quotes, self._limits, plans)

    def lean_rows(self) -> list[tuple[Any, ...]]:
        """Every subscription as a lean row (``renewdesk.store.lean_rows``): the window's table."""
        return lean_rows(self._engine)

    def verdicts(self, rows: list[tuple[Any, ...]], as_of: date) -> list[CheckSummary]:
        """The verdict of each lean (or raw) row, in their order; plans come with the rows."""
        return summarise(rows, as_of, self._open.by_subscription(as_of), self._limits)
