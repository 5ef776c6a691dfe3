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
    summarise_json_text,
)
from renewdesk.store.core_reads import check_inputs, open_quotes
from renewdesk.store.lean_rows import lean_rows

# The verdicts live in renewdesk.services.verdicts (no database); callers still find them here.
__all__ = ["CheckResult", "CheckService", "CheckSummary", "check_json", "check_json_text"]


class CheckService:
    """Every subscription judged: through plain statements (``store.core_reads``) for the
    command line and the window, through the repositories for :meth:`check`."""

    def __init__(self, engine: Engine, limits: Limits | None = None) -> None:
        self._engine = engine
        self._limits = limits or default_limits()

    def check(self, as_of: date, subs: list[Subscription] | None = None) -> list[CheckResult]:
        """Results for every subscription in the cache (or the given ones)."""
        from renewdesk.store.plan_repo import PlanRepository
        from renewdesk.store.repositories import SubscriptionRepository

        rows = SubscriptionRepository(self._engine).all() if subs is None else subs
        plans = PlanRepository(self._engine).all()
        open_now = open_quotes(self._engine, as_of)
        return evaluate(rows, as_of, open_now, self._limits, plans)

    def summaries(self, as_of: date) -> list[CheckSummary]:
        """Verdicts for every subscription in the cache, by id: what ``renewdesk check`` prints."""
        rows, open_now, plans = check_inputs(self._engine, as_of)
        return summarise(rows, as_of, open_now, self._limits, plans)

    def summaries_json(self, as_of: date) -> str:
        """``check_json_text(self.summaries(as_of))``: what ``check --format json`` prints."""
        rows, open_now, plans = check_inputs(self._engine, as_of)
        return summarise_json_text(rows, as_of, open_now, self._limits, plans)

    def lean_rows(self) -> list[tuple[Any, ...]]:
        """Every subscription as a lean row (``renewdesk.store.lean_rows``): the window's table."""
        return lean_rows(self._engine)

    def verdicts(self, rows: list[tuple[Any, ...]], as_of: date) -> list[CheckSummary]:
        """The verdict of each lean (or raw) row, in their order; plans come with the rows."""
        return summarise(rows, as_of, open_quotes(self._engine, as_of), self._limits)
