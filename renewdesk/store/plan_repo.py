"""Renewal plans (stage, owner, note), the forecast's rows and the reminders already shown.

SQL for issue 14 lives here; everything returned is a plain value or a frozen
dataclass. Each change of a stage or owner writes one audit event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from renewdesk.planning.stages import STAGES, RenewalPlan, Stage
from renewdesk.store.engine import writer
from renewdesk.store.models import ReminderSentRow, RenewalPlanRow
from renewdesk.store.repositories import write_audit_many

_PLANS = RenewalPlanRow.__table__
_REMINDERS = ReminderSentRow.__table__
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ForecastSource:
    """One subscription as the forecast reads it (raw, cheap to build at 100k rows)."""

    subscription_id: str
    currency: str
    seats: int
    renewal_date: date
    stage: Stage
    unit_price: Decimal | None  # None: the price book has no price for it
    auto_renew: bool


# Status and offering filters are the forecast's rule (issue 14 item 2): the
# subscriptions a renewal quote renews.
_FORECAST_SQL = """
SELECT s.subscription_id, s.currency, s.seats, s.renewal_date, p.stage, b.unit_price,
       s.auto_renew
FROM subscriptions AS s
LEFT JOIN renewal_plans AS p ON p.subscription_id = s.subscription_id
LEFT JOIN price_book AS b
  ON b.offering_code = s.offering_code AND b.term = s.term AND b.currency = s.currency
WHERE s.status IN ('active', 'expired', 'suspended') AND s.offering_type = 'standard'
  AND s.renewal_date >= ? AND s.renewal_date <= ?
"""


def forecast_rows(engine: Engine, first: date, last: date) -> list[ForecastSource]:
    """The countable subscriptions renewing between ``first`` and ``last`` (inclusive)."""
    with engine.begin() as conn:
        raw = conn.exec_driver_sql(_FORECAST_SQL, (first.isoformat(), last.isoformat()))
        rows = raw.cursor.fetchall()
    stages, prices = STAGES, {}  # one Decimal per distinct price text
    to_date = date.fromisoformat
    out = []
    for sid, cur, seats, renewal, stage, price, auto in rows:
        if price is not None:
            dec = prices.get(price)
            if dec is None:
                dec = prices[price] = Decimal(price)
        else:
            dec = None
        out.append(
            ForecastSource(
                sid,
                cur,
                seats,
                to_date(renewal),
                stages.get(stage or "", Stage.NOT_STARTED),
                dec,
                bool(auto),
            )
        )
    return out


def plans_by_subscription(conn: Any, ids: Iterable[str] | None = None) -> dict[str, RenewalPlan]:
    """subscription id -> its plan, for the ids given (every plan when ``None``)."""
    cols = (_PLANS.c.subscription_id, _PLANS.c.stage, _PLANS.c.owner, _PLANS.c.note)
    found: dict[str, RenewalPlan] = {}
    if ids is None:
        chunks: list[Any] = [select(*cols)]
    else:
        wanted = list(dict.fromkeys(ids))
        chunks = [
            select(*cols).where(_PLANS.c.subscription_id.in_(wanted[i : i + _CHUNK]))
            for i in range(0, len(wanted), _CHUNK)
        ]
    for stmt in chunks:
        for sid, stage, owner, note in conn.execute(stmt):
            found[sid] = RenewalPlan(sid, STAGES.get(stage, Stage.NOT_STARTED), owner, note)
    return found


def set_plans(
    conn: Any,
    ids: Iterable[str],
    *,
    stage: Stage | None = None,
    owner: str | None = None,
    note: str | None = None,
    reason: str = "",
    when: datetime | None = None,
    quote_number: str = "",
) -> list[str]:
    """Change stage, owner and/or note inside the caller's transaction; audited per change.

    ``None`` leaves that field as it is. Returns the ids whose plan changed.
    """
    now = when or datetime.now()
    wanted = list(dict.fromkeys(ids))
    current = plans_by_subscription(conn, wanted)
    changed: list[str] = []
    events: list[dict[str, str]] = []
    for sid in wanted:
        old = current.get(sid, RenewalPlan(sid))
        new_stage = old.stage if stage is None else stage
        new_owner = old.owner if owner is None else owner.strip()
        new_note = old.note if note is None else note.strip()
        if (new_stage, new_owner, new_note) == (old.stage, old.owner, old.note):
            continue
        values = {
            "subscription_id": sid,
            "stage": new_stage.value,
            "owner": new_owner,
            "note": new_note,
            "updated": now,
        }
        stmt = sqlite_insert(_PLANS).values(values)
        conn.execute(stmt.on_conflict_do_update(index_elements=["subscription_id"], set_=values))
        parts = []
        if new_stage != old.stage:
            parts.append(f"stage {old.stage.value} -> {new_stage.value}")
        if new_owner != old.owner:
            parts.append(f"owner {old.owner or '-'} -> {new_owner or '-'}")
        if new_note != old.note:
            parts.append(f"note: {new_note}" if new_note else "note cleared")
        if reason:
            parts.append(reason)
        action = "stage_changed" if new_stage != old.stage else "plan_changed"
        events.append(
            {
                "subscription_id": sid,
                "quote_number": quote_number,
                "action": action,
                "details": "; ".join(parts),
            }
        )
        changed.append(sid)
    write_audit_many(conn, events, when=now)
    return changed


def existing_ids(conn: Any, ids: Iterable[str]) -> set[str]:
    """The ids among these that are subscriptions in the cache."""
    from renewdesk.store.models import SubscriptionRow

    t = SubscriptionRow.__table__
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        stmt = select(t.c.subscription_id).where(t.c.subscription_id.in_(wanted[i : i + _CHUNK]))
        found.update(conn.execute(stmt).scalars())
    return found


class PlanRepository:
    """Plans and reminders, each call one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> dict[str, RenewalPlan]:
        with self._engine.begin() as conn:
            return plans_by_subscription(conn)

    def get_many(self, ids: Iterable[str]) -> dict[str, RenewalPlan]:
        with self._engine.begin() as conn:
            return plans_by_subscription(conn, ids)

    def update(
        self,
        ids: Iterable[str],
        *,
        stage: Stage | None = None,
        owner: str | None = None,
        note: str | None = None,
        reason: str = "",
    ) -> list[str]:
        """Change the plans of these subscriptions (unknown ids are left out); audited."""
        with writer(self._engine).begin() as conn:
            known = existing_ids(conn, ids)
            targets = [i for i in dict.fromkeys(ids) if i in known]
            return set_plans(conn, targets, stage=stage, owner=owner, note=note, reason=reason)

    def forecast_rows(self, first: date, last: date) -> list[ForecastSource]:
        return forecast_rows(self._engine, first, last)

    def reminders_sent(self, keys: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        with self._engine.begin() as conn:
            for i in range(0, len(wanted), _CHUNK):
                stmt = select(_REMINDERS.c.key).where(_REMINDERS.c.key.in_(wanted[i : i + _CHUNK]))
                found.update(conn.execute(stmt).scalars())
        return found

    def mark_reminders(self, keys: Iterable[str], when: datetime | None = None) -> None:
        stamp = when or datetime.now()
        rows = [{"key": k, "time": stamp} for k in dict.fromkeys(keys)]
        if not rows:
            return
        with writer(self._engine).begin() as conn:
            for i in range(0, len(rows), _CHUNK):
                stmt = sqlite_insert(_REMINDERS).values(rows[i : i + _CHUNK])
                conn.execute(stmt.on_conflict_do_nothing())


def plan_values(plans: Mapping[str, RenewalPlan], sid: str) -> tuple[str, str]:
    """(stage value, owner) of one subscription, the defaults when it has no plan."""
    plan = plans.get(sid)
    return (plan.stage.value, plan.owner) if plan else (Stage.NOT_STARTED.value, "")


def open_quotes(engine: Engine, today: date) -> list[Any]:
    """Every open quote (DRAFT, or QUOTED and not past expiry) for the calendar and reminders."""
    from renewdesk.domain import QuoteStatus
    from renewdesk.planning.calendar_export import OpenQuote
    from renewdesk.store.models import QuoteLineRow, QuoteRow
    from renewdesk.store.quote_repo import customer_from_json

    q, ln = QuoteRow.__table__, QuoteLineRow.__table__
    is_open = (q.c.status == QuoteStatus.DRAFT.value) | (
        (q.c.status == QuoteStatus.QUOTED.value) & (q.c.expires >= today)
    )
    head = select(
        q.c.number,
        q.c.status,
        q.c.expires,
        q.c.customer_json,
        q.c.customer_csn,
        q.c.total,
        q.c.currency,
    ).where(is_open)
    lines = (
        select(ln.c.quote_number, ln.c.subscription_id)
        .join(q, q.c.number == ln.c.quote_number)
        .where(is_open)
        .order_by(ln.c.quote_number, ln.c.position)
    )
    with engine.begin() as conn:
        heads = conn.execute(head).all()
        subs: dict[str, list[str]] = {}
        for number, sid in conn.execute(lines):
            subs.setdefault(number, []).append(sid)
    out = []
    for number, status, expires, customer_json, csn, total, currency in heads:
        try:
            name = customer_from_json(customer_json).company_name or csn
        except (ValueError, TypeError):  # an unreadable snapshot still gets its event
            name = csn
        out.append(
            OpenQuote(number, status, expires, name, total, currency, tuple(subs.get(number, ())))
        )
    return out


def mark_stage(conn: Any, quote: Any, stage: Stage, when: datetime) -> list[str]:
    """A sent quote makes its subscriptions *quoted*, Buy makes them *ordered* (audited)."""
    ids = [line.subscription_id for line in quote.lines]
    return set_plans(
        conn,
        ids,
        stage=stage,
        note="",
        reason=f"quote {quote.number}",  # named here; the quote's own trail stays as it was
        when=when,
    )


def will_not_renew(conn: Any, ids: Iterable[str]) -> set[str]:
    """The ids among these marked *will not renew* (automatic quotes skip them)."""
    plans = plans_by_subscription(conn, ids)
    return {sid for sid, p in plans.items() if p.stage is Stage.WILL_NOT_RENEW}
