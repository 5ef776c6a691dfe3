"""The window's lean rows: every subscription as one plain tuple, its renewal plan joined in SQL.

The Subscriptions table over 100,000 rows holds these tuples, not ORM objects nor
one :class:`~renewdesk.domain.Subscription` per row; a row becomes a domain object
only when the admin acts on it (:func:`subscription_from_raw`).

:func:`read_lean_rows` is the first paint's read: plain ``sqlite3``, read-only, no
SQLAlchemy, and only for a cache that is RenewDesk's and already at the newest
schema (anything else answers ``None`` and the window takes the engine's way,
which migrates or explains); it reads only the columns the table shows, and
:func:`complete_rows` the rest after the paint. :func:`lean_rows` is the whole
query through an engine (any database the engine speaks), with dates as ISO text
as SQLite returns them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from operator import itemgetter, ne
from pathlib import Path
from typing import TYPE_CHECKING, Any

from renewdesk.domain import OfferingType, PaymentMethod, Subscription, SubscriptionStatus, Term
from renewdesk.perf import gc_paused
from renewdesk.store.peek import head_revisions

if TYPE_CHECKING:
    from sqlalchemy import Engine

SUB_COLUMNS = (
    "subscription_id",
    "contract_number",
    "product_name",
    "offering_code",
    "offering_type",
    "customer_csn",
    "partner_csn",
    "currency",
    "payment_method",
    "term",
    "seats",
    "start_date",
    "renewal_date",
    "status",
    "auto_renew",
    "team",
)
#: Positions in a lean row: ``SUB_COLUMNS`` first, then the plan's stage, owner, note
#: (``None`` each when the subscription has no plan).
(
    ID,
    CONTRACT,
    PRODUCT,
    OFFERING_CODE,
    OFFERING_TYPE,
    CUSTOMER,
    PARTNER,
    CURRENCY,
    PAYMENT,
    TERM,
    SEATS,
    START,
    RENEWAL,
    STATUS,
    AUTO_RENEW,
    TEAM,
    STAGE,
    OWNER,
    NOTE,
) = range(len(SUB_COLUMNS) + 3)

LEAN_SQL = (
    "SELECT "
    + ", ".join(f"s.{c}" for c in SUB_COLUMNS)
    + ", p.stage, p.owner, p.note FROM subscriptions AS s"
    " LEFT JOIN renewal_plans AS p ON p.subscription_id = s.subscription_id"
    " ORDER BY s.subscription_id"
)

_CHUNK = 5_000  # driver rows held at once while sharing their texts
_id_of = itemgetter(0)
# Enum lookups by value, faster than calling the enum for 100k rows.
OFFERINGS = {m.value: m for m in OfferingType}
PAYMENTS = {m.value: m for m in PaymentMethod}
TERMS = {m.value: m for m in Term}
STATUSES = {m.value: m for m in SubscriptionStatus}


#: What the table does not show, left out of the first paint's read (NULL in its place):
#: :func:`complete_rows` reads them after the paint.
LATER = (OFFERING_TYPE, PARTNER, START, TEAM, NOTE)
_LATER_SQL = ("s.offering_type", "s.partner_csn", "s.start_date", "s.team", "p.note")


def _first_paint_sql() -> str:
    sql = LEAN_SQL
    for column in _LATER_SQL:
        sql = sql.replace(column, "NULL", 1)
    return sql


FIRST_PAINT_SQL = _first_paint_sql()
REST_SQL = (
    "SELECT s.subscription_id, " + ", ".join(_LATER_SQL) + " FROM subscriptions AS s"
    " LEFT JOIN renewal_plans AS p ON p.subscription_id = s.subscription_id"
    " ORDER BY s.subscription_id"
)


def read_lean_rows(path: Path) -> list[tuple[Any, ...]] | None:
    """The first paint's lean rows of the cache at ``path``, read-only; ``None`` unless trusted.

    ``None`` when the file is missing, not at the newest schema revision (a migration is
    due), or SQLite cannot read it (locked, damaged): the caller then opens the cache
    through the engine, which upgrades, waits or explains.

    Only what the table shows is read: the columns in :data:`LATER` are ``None`` until
    :func:`complete_rows`. The rows are the driver's own, every cell its own object;
    :func:`complete_rows` also shares their repeated texts. Both after the paint, off
    the GUI thread: together they are about half of a whole read's time at 100,000 rows.
    """
    conn = _open_current(path)
    if conn is None:
        return None
    try:
        with gc_paused():  # one call into the driver: no Python step per row
            return conn.execute(FIRST_PAINT_SQL).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def complete_rows(path: Path, rows: list[tuple[Any, ...]]) -> bool:
    """Fill in the :data:`LATER` columns of the first paint's ``rows``, in place; sharing texts.

    Each row is replaced by the whole lean row, its repeated texts (product, CSN,
    date…) one object each, a chunk at a time, so the memory the driver's strings
    held is freed as it goes. The list stays the same object: a table holding it
    reads equal shown columns before and after. False (the caller reads every row
    again) when the file cannot be read or no longer holds the same subscriptions.
    """
    conn = _open_current(path)
    if conn is None:
        return False
    memo: dict[Any, Any] = {}
    try:
        cursor = conn.execute(REST_SQL)
        with gc_paused():
            for start in range(0, len(rows), _CHUNK):
                mine, rest = rows[start : start + _CHUNK], cursor.fetchmany(_CHUNK)
                if len(rest) != len(mine) or any(map(ne, map(_id_of, mine), map(_id_of, rest))):
                    return False
                rows[start : start + _CHUNK] = _completed(mine, rest, memo)
        return cursor.fetchone() is None  # no subscription beyond the rows shown
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _open_current(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a cache at the newest schema revision, or None."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    if len(found) != 1 or found[0][0] not in head_revisions():
        conn.close()
        return None
    return conn


def _completed(
    chunk: list[tuple[Any, ...]], rest: list[tuple[Any, ...]], memo: dict[Any, Any]
) -> list[tuple[Any, ...]]:
    """The first paint's rows with their later columns from ``rest``, texts shared."""
    whole = [
        (*r[:4], x[1], r[5], x[2], *r[7:11], x[3], *r[12:15], x[4], r[16], r[17], x[5])
        for r, x in zip(chunk, rest, strict=True)
    ]
    return _shared(whole, memo)


def lean_rows(engine: Engine) -> list[tuple[Any, ...]]:
    """Every lean row through ``engine`` (dates as ISO text whatever the database)."""
    sql = LEAN_SQL
    if engine.dialect.name == "postgresql":  # ids in byte order, as SQLite sorts them
        sql = sql.replace("ORDER BY s.subscription_id", 'ORDER BY s.subscription_id COLLATE "C"')
    with engine.begin() as conn, gc_paused():
        return shared_rows(conn.exec_driver_sql(sql).cursor)


def shared_rows(cursor: Any) -> list[tuple[Any, ...]]:
    """The cursor's lean rows, each repeated text (product, CSN, date…) one object.

    The driver makes a new string for every cell; 100,000 rows of them hold about
    100 MB, shared about 40 MB. Read in chunks, so the driver's rows never all live
    beside the shared ones. Dates become ISO text whatever the database returns.
    """
    memo: dict[Any, Any] = {}
    out: list[tuple[Any, ...]] = []
    while chunk := cursor.fetchmany(_CHUNK):
        if not isinstance(chunk[0][RENEWAL], str):  # a server returns date objects
            iso = date.isoformat
            chunk = [(*r[:START], iso(r[START]), iso(r[RENEWAL]), *r[STATUS:]) for r in chunk]
        out.extend(_shared(chunk, memo))
    return out


def _shared(chunk: list[Any], memo: dict[Any, Any]) -> list[tuple[Any, ...]]:
    s = memo.setdefault
    return [
        (
            r[0],
            r[1],
            s(r[2], r[2]),
            s(r[3], r[3]),
            s(r[4], r[4]),
            s(r[5], r[5]),
            r[6] and s(r[6], r[6]),
            s(r[7], r[7]),
            s(r[8], r[8]),
            s(r[9], r[9]),
            r[10],
            s(r[11], r[11]),
            s(r[12], r[12]),
            s(r[13], r[13]),
            r[14],
            s(r[15], r[15]),
            r[16] and s(r[16], r[16]),
            r[17] and s(r[17], r[17]),
            r[18],
        )
        for r in chunk
    ]


def _subscription(r: Any, to_date: Callable[[Any], date]) -> Subscription:
    return Subscription(
        r[0],
        r[1],
        r[2],
        r[3],
        OFFERINGS[r[4]],
        r[5],
        r[6] or "",
        r[7],
        PAYMENTS[r[8]],
        TERMS[r[9]],
        r[10],
        to_date(r[11]),
        to_date(r[12]),
        STATUSES[r[13]],
        bool(r[14]),
        r[15] or "",
    )


def _same(value: date) -> date:
    return value


def subscription_from_row(row: Any) -> Subscription:
    """A :class:`Subscription` from a SQLAlchemy result row in ``SUB_COLUMNS`` order."""
    return _subscription(row, _same)


def subscription_from_raw(row: tuple[Any, ...]) -> Subscription:
    """A :class:`Subscription` from a raw driver or lean row (``SUB_COLUMNS`` first, ISO dates)."""
    return _subscription(row, date.fromisoformat)


def shared_subscriptions(
    rows: list[tuple[Any, ...]], texts: dict[str, str], dates: dict[str, date]
) -> list[Subscription]:
    """``subscription_from_raw`` for many rows, equal texts and dates as one object each.

    Product names, offering codes, CSNs, currencies, teams and dates repeat down a
    cache; the driver returns a new object for every cell. Sharing them takes about
    a third off the memory 100,000 subscriptions hold, and a date met before costs a
    dict lookup instead of a parse.
    """
    text, day, parse = texts.setdefault, dates.get, date.fromisoformat
    out = []
    for r in rows:
        start, renewal = day(r[11]), day(r[12])
        if start is None:
            start = dates[r[11]] = parse(r[11])
        if renewal is None:
            renewal = dates[r[12]] = parse(r[12])
        partner, team = r[6] or "", r[15] or ""
        out.append(
            Subscription(
                r[0],
                r[1],
                text(r[2], r[2]),
                text(r[3], r[3]),
                OFFERINGS[r[4]],
                text(r[5], r[5]),
                text(partner, partner),
                text(r[7], r[7]),
                PAYMENTS[r[8]],
                TERMS[r[9]],
                r[10],
                start,
                renewal,
                STATUSES[r[13]],
                bool(r[14]),
                text(team, team),
            )
        )
    return out
