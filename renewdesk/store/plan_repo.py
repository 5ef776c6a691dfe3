"""Renewal plans (stage, owner, note), the forecast's rows and the reminders already shown.

SQL for issue 14 lives here; everything returned is a plain value or a frozen
dataclass. Each change of a stage or owner writes one audit event.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from renewdesk.planning.forecast import Group
from renewdesk.planning.stages import STAGES, RenewalPlan, Stage
from renewdesk.store.dialects import upsert
from renewdesk.store.engine import writer
from renewdesk.store.models import ReminderSentRow, RenewalPlanRow
from renewdesk.store.repositories import write_audit_many

_PLANS = RenewalPlanRow.__table__
_REMINDERS = ReminderSentRow.__table__
_CHUNK = 500


# Status and offering filters are the forecast's rule (issue 14 item 2): the
# subscriptions a renewal quote renews. Grouped in SQL so 100k rows cost one pass
# in C. Prices have at most 4 decimals (rules/limits.toml), so the amount is summed
# exactly as an integer of 1/10000 units.
_FROM = """
FROM subscriptions AS s
LEFT JOIN renewal_plans AS p ON p.subscription_id = s.subscription_id
LEFT JOIN price_book AS b
  ON b.offering_code = s.offering_code AND b.term = s.term AND b.currency = s.currency
WHERE s.status IN ('active', 'expired', 'suspended') AND s.offering_type = 'standard'
  AND s.renewal_date >= ? AND s.renewal_date <= ?
"""
_FORECAST_SQL = (
    """
SELECT substr(s.renewal_date, 1, 7), s.currency, COALESCE(p.stage, 'not-started'),
       COUNT(*), SUM(s.seats),
       SUM(CASE WHEN b.unit_price IS NULL THEN 0
                ELSE CAST(ROUND(b.unit_price * 10000) AS INTEGER) * s.seats END),
       SUM(b.unit_price IS NULL), group_concat(s.subscription_id, char(31))
"""
    + _FROM
    + "GROUP BY 1, 2, 3"
)
# When the integer sum would overflow (extreme prices x seats): exact Decimals in Python.
_BY_PRICE_SQL = (
    """
SELECT substr(s.renewal_date, 1, 7), s.currency, COALESCE(p.stage, 'not-started'),
       b.unit_price, COUNT(*), SUM(s.seats), group_concat(s.subscription_id, char(31))
"""
    + _FROM
    + "GROUP BY 1, 2, 3, 4"
)
# PostgreSQL: the same groups with its own functions. ``numeric`` sums exactly at
# any size, so there is no overflow to fall back from.
_FORECAST_PG_SQL = (
    """
SELECT to_char(s.renewal_date, 'YYYY-MM'), s.currency, COALESCE(p.stage, 'not-started'),
       COUNT(*), SUM(s.seats),
       SUM(CASE WHEN b.unit_price IS NULL THEN 0
                ELSE ROUND(CAST(b.unit_price AS numeric) * 10000) * s.seats END),
       SUM(CASE WHEN b.unit_price IS NULL THEN 1 ELSE 0 END),
       string_agg(s.subscription_id, chr(31) ORDER BY s.subscription_id COLLATE "C")
"""
    + _FROM.replace("?", "%s")
    + "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
)
_TEN_THOUSANDTH = Decimal("0.0001")


def forecast_groups(engine: Engine, first: date, last: date) -> list[Group]:
    """The countable subscriptions renewing between ``first`` and ``last``, grouped."""
    span = (first.isoformat(), last.isoformat())
    server = engine.dialect.name == "postgresql"
    try:
        with engine.begin() as conn:
            sql = _FORECAST_PG_SQL if server else _FORECAST_SQL
            rows = conn.exec_driver_sql(sql, span).cursor.fetchall()
    except OperationalError:  # "integer overflow": sum per price instead
        return _groups_by_price(engine, span)
    if any(isinstance(r[5], float) for r in rows):  # a product past 2**63 became a float
        return _groups_by_price(engine, span)
    stages = STAGES
    return [
        Group(
            month,
            currency,
            stages.get(stage, Stage.NOT_STARTED),
            count,
            seats,
            Decimal(units or 0) * _TEN_THOUSANDTH,
            unpriced,
            tuple(ids.split("\x1f")),
        )
        for month, currency, stage, count, seats, units, unpriced, ids in rows
    ]


def _groups_by_price(engine: Engine, span: tuple[str, str]) -> list[Group]:
    with engine.begin() as conn:
        rows = conn.exec_driver_sql(_BY_PRICE_SQL, span).cursor.fetchall()
    merged: dict[tuple[str, str, str], list[Any]] = {}
    for month, currency, stage, price, count, seats, ids in rows:
        entry = merged.setdefault((month, currency, stage), [0, 0, Decimal(0), 0, []])
        entry[0] += count
        entry[1] += seats
        if price is None:
            entry[3] += count
        else:
            entry[2] += Decimal(price) * seats
        entry[4].extend(ids.split("\x1f"))
    return [
        Group(m, c, STAGES.get(st, Stage.NOT_STARTED), n, seats, amount, unpriced, tuple(ids))
        for (m, c, st), (n, seats, amount, unpriced, ids) in merged.items()
    ]


def plans_by_subscription(conn: Any, ids: Iterable[str] | None = None) -> dict[str, RenewalPlan]:
    """subscription id -> its plan, for the ids given (every plan when ``None``)."""
    cols = (_PLANS.c.subscription_id, _PLANS.c.stage, _PLANS.c.owner, _PLANS.c.note)
    found: dict[str, RenewalPlan] = {}
    if ids is None:  # every plan (check, the window): the driver's rows, no per-row processing
        raw = conn.exec_driver_sql("SELECT subscription_id, stage, owner, note FROM renewal_plans")
        for sid, stage, owner, note in raw.cursor.fetchall():
            found[sid] = RenewalPlan(sid, STAGES.get(stage, Stage.NOT_STARTED), owner, note)
        return found
    wanted = list(dict.fromkeys(ids))
    for i in range(0, len(wanted), _CHUNK):
        stmt = select(*cols).where(_PLANS.c.subscription_id.in_(wanted[i : i + _CHUNK]))
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
        stmt = upsert(conn, _PLANS).values(values)
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

    def forecast_groups(self, first: date, last: date) -> list[Group]:
        return forecast_groups(self._engine, first, last)

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
                stmt = upsert(conn, _REMINDERS).values(rows[i : i + _CHUNK])
                conn.execute(stmt.on_conflict_do_nothing())


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
