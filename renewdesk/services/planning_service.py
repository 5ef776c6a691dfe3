"""Renewal planning use cases (issue 14): forecast, stages, reminders, calendar, report.

Qt-free; the window and the command line call the same methods.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from renewdesk.lazy_text import tr_later
from renewdesk.planning.calendar_export import OpenQuote, build_calendar
from renewdesk.planning.forecast import (
    DEFAULT_MONTHS,
    MAX_MONTHS,
    MIN_MONTHS,
    Forecast,
    compute_forecast,
    horizon,
)
from renewdesk.planning.reminders import (
    DEFAULT_LEAD_DAYS,
    Reminder,
    due_reminders,
    parse_lead_days,
)
from renewdesk.planning.stages import SETTABLE, RenewalPlan, Stage
from renewdesk.rules import Limits, default_limits
from renewdesk.store import plan_repo
from renewdesk.store.plan_repo import PlanRepository
from renewdesk.store.repositories import SettingsRepository, SubscriptionRepository

MONTHS_KEY = "planning.months"
LEAD_DAYS_KEY = "planning.reminder_lead_days"
REMINDERS_KEY = "planning.reminders"  # "1" (default) or "0"


class PlanningError(ValueError):
    """Bad input to a planning action (unknown stage, missing note...): one line."""


class PlanningService:
    def __init__(self, engine: Engine, limits: Limits | None = None) -> None:
        self._engine = engine
        self._plans = PlanRepository(engine)
        self._subs = SubscriptionRepository(engine)
        self._settings = SettingsRepository(engine)
        self._limits = limits or default_limits()

    # ---- settings ----------------------------------------------------------------------

    def months(self) -> int:
        raw = self._settings.get(MONTHS_KEY)
        try:
            value = int(raw) if raw else DEFAULT_MONTHS
        except ValueError:
            return DEFAULT_MONTHS
        return value if MIN_MONTHS <= value <= MAX_MONTHS else DEFAULT_MONTHS

    def set_months(self, months: int) -> None:
        if not MIN_MONTHS <= months <= MAX_MONTHS:
            raise PlanningError(
                tr_later("Planning", "the forecast covers {low}-{high} months, not {n}").format(
                    low=MIN_MONTHS, high=MAX_MONTHS, n=months
                )
            )
        self._settings.set_many({MONTHS_KEY: str(months)})

    def lead_days(self) -> tuple[int, ...]:
        try:
            return parse_lead_days(self._settings.get(LEAD_DAYS_KEY))
        except ValueError:
            return DEFAULT_LEAD_DAYS

    def set_lead_days(self, text: str) -> None:
        try:
            days = parse_lead_days(text)
        except ValueError:
            raise PlanningError(
                tr_later(
                    "Planning", "reminder lead days {text} are not whole days from 1 to 90"
                ).format(text=repr(text))
            ) from None
        if days != self.lead_days():
            self._settings.set_many({LEAD_DAYS_KEY: ", ".join(str(d) for d in days)})

    def reminders_enabled(self) -> bool:
        return self._settings.get(REMINDERS_KEY, "1") != "0"

    # ---- forecast ----------------------------------------------------------------------

    def forecast(self, as_of: date, months: int | None = None) -> Forecast:
        """The forecast as of ``as_of`` for ``months`` months (default: the setting)."""
        n = self.months() if months is None else months
        if not MIN_MONTHS <= n <= MAX_MONTHS:
            raise PlanningError(
                tr_later("Planning", "the forecast covers {low}-{high} months, not {n}").format(
                    low=MIN_MONTHS, high=MAX_MONTHS, n=n
                )
            )
        after = self._limits.days_after_renewal
        first, last = horizon(as_of, n, after)
        return compute_forecast(self._plans.forecast_groups(first, last), as_of, n)

    # ---- stages and owners -------------------------------------------------------------

    def plans(self, ids: Iterable[str] | None = None) -> dict[str, RenewalPlan]:
        return self._plans.all() if ids is None else self._plans.get_many(ids)

    def set_stage(
        self,
        ids: Sequence[str],
        stage: Stage | None = None,
        *,
        note: str | None = None,
        owner: str | None = None,
    ) -> list[str]:
        """Set stage (by hand: not started, in progress, will not renew), note and owner.

        *Will not renew* takes a note (the admin's reason). Returns the ids changed;
        raises :class:`PlanningError` for unknown ids (nothing changes then).
        """
        if stage is not None and stage not in SETTABLE:
            raise PlanningError(
                tr_later("Planning", "{stage} is set by a quote or by Buy, not by hand").format(
                    stage=stage.cli_name
                )
            )
        wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
        known = {s.subscription_id for s in self._subs.get_many(wanted)}
        unknown = [i for i in wanted if i not in known]
        if unknown:
            raise PlanningError(
                tr_later("Planning", "no subscription {ids} in the cache").format(
                    ids=", ".join(unknown[:10]) + (" …" if len(unknown) > 10 else "")
                )
            )
        # A note belongs to will-not-renew; leaving that stage clears it.
        if stage is not None and stage is not Stage.WILL_NOT_RENEW and note is None:
            note = ""
        return self._plans.update(wanted, stage=stage, owner=owner, note=note)

    # ---- calendar and reminders ---------------------------------------------------------

    def open_quotes(self, today: date) -> list[OpenQuote]:
        return plan_repo.open_quotes(self._engine, today)

    def calendar(self, as_of: date, *, stamp: datetime | None = None) -> bytes:
        """The .ics bytes as of ``as_of``; DTSTAMP is that day at the real time of day.

        One clock (``clock.now``): a ``--today`` or ``RENEWDESK_TODAY`` run stamps its
        events on that day, as the audit events and quotes of the run are.
        """
        if stamp is None:
            stamp = datetime.combine(as_of, datetime.now().time()).astimezone(UTC)
        subs = self._subs.all()
        return build_calendar(
            subs,
            self._plans.all(),
            self.open_quotes(as_of),
            as_of,
            stamp=stamp,
            days_before=self._limits.days_before_renewal,
            days_after=self._limits.days_after_renewal,
        )

    def write_calendar(self, path: Path, as_of: date) -> int:
        """Write the .ics file; the number of events."""
        data = self.calendar(as_of)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return data.count(b"BEGIN:VEVENT")

    def pending_reminders(self, as_of: date) -> list[Reminder]:
        """The reminders due on ``as_of`` that have not been shown yet."""
        due = due_reminders(
            self._subs.all(),
            self._plans.all(),
            self.open_quotes(as_of),
            as_of,
            self.lead_days(),
            self._limits.days_before_renewal,
            self._limits.days_after_renewal,
        )
        shown = self._plans.reminders_sent(r.key for r in due)
        return [r for r in due if r.key not in shown]

    def mark_shown(self, reminders: Iterable[Reminder]) -> None:
        keys: list[str] = []
        for r in reminders:
            keys.append(r.key)
            keys.extend(r.also_done)
        self._plans.mark_reminders(keys)

    def price_lookup(self) -> dict[tuple[str, str, str], Decimal]:
        """(offering code, term, currency) -> unit price, for the report's amount column."""
        from renewdesk.store.repositories import PriceRepository

        return {
            (p.offering_code, str(p.term), p.currency): p.unit_price
            for p in PriceRepository(self._engine).all()
        }
