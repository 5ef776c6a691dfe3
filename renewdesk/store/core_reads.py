"""Reads without the ORM: what ``renewdesk check`` and every command's start need.

``check`` judges every subscription; loading SQLAlchemy's ORM and the mapped models
for it costs about a fifth of a second before the first row is read. These
statements need only the engine (SQLAlchemy Core), and work on either database.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, bindparam, text

from renewdesk.perf import gc_paused
from renewdesk.planning.stages import STAGES, RenewalPlan, Stage
from renewdesk.store.dialects import raw_select
from renewdesk.store.lean_rows import SUB_COLUMNS

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SPEC 1.1 OPEN_QUOTE_EXISTS: a DRAFT, or a QUOTED quote not past its expiry date
# (the same rule as renewdesk.store.repositories.open_quote_lines), oldest first.
_OPEN_SQL = text(
    "SELECT l.subscription_id, q.number FROM quote_lines AS l"
    " JOIN quotes AS q ON q.number = l.quote_number"
    " WHERE q.status = 'DRAFT' OR (q.status = 'QUOTED' AND q.expires >= :today)"
    " ORDER BY q.number"
).bindparams(bindparam("today", type_=Date()))
_PLANS_SQL = "SELECT subscription_id, stage, owner, note FROM renewal_plans"
_SETTING_SQL = text("SELECT value FROM settings WHERE key = :key")


def setting(engine: Engine, key: str) -> str:
    """The value saved under ``key`` ("" when there is none)."""
    with engine.begin() as conn:
        found = conn.execute(_SETTING_SQL, {"key": key}).scalar()
    return "" if found is None else str(found)


def open_quotes(engine: Engine, as_of: date) -> dict[str, str]:
    """subscription id -> the open quote it is on (the oldest, if several)."""
    with engine.begin() as conn:
        return _open_quotes(conn, as_of)


def _open_quotes(conn: Any, as_of: date) -> dict[str, str]:
    found: dict[str, str] = {}
    for sub_id, number in conn.execute(_OPEN_SQL, {"today": as_of}):
        found.setdefault(sub_id, number)
    return found


def check_inputs(
    engine: Engine, as_of: date
) -> tuple[list[tuple[Any, ...]], dict[str, str], dict[str, RenewalPlan]]:
    """(raw subscription rows by id, open quote per subscription, plan per subscription).

    One read transaction, so the three agree with each other.
    """
    # Dates as ISO text and ids in byte order on either engine, as sqlite3 returns them.
    raw = raw_select(engine.dialect.name, "subscriptions", SUB_COLUMNS, "subscription_id")
    with engine.begin() as conn, gc_paused():
        rows: list[tuple[Any, ...]] = conn.exec_driver_sql(raw).cursor.fetchall()
        quotes = _open_quotes(conn, as_of)
        plans = {
            sid: RenewalPlan(sid, STAGES.get(stage, Stage.NOT_STARTED), owner, note)
            for sid, stage, owner, note in conn.exec_driver_sql(_PLANS_SQL).cursor.fetchall()
        }
    return rows, quotes, plans
