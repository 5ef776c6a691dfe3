"""Bulk reads and writes for an import, inside the caller's write transaction.

Speed matters here (SPEC 7: a 100,000-row import in a few seconds), so rows go
through the driver with plain tuples instead of ORM objects or per-row
SQLAlchemy statements: on SQLite its ``executemany``, on PostgreSQL ``COPY``
into a staging table and one merge (:mod:`renewdesk.store.import_pg`). Values
are what SQLAlchemy itself stores on SQLite for these column types: ISO text
for dates, ``0``/``1`` for booleans, decimal text for money; both engines read
and take them alike. The SQL names the tables of :mod:`renewdesk.store.models`;
the import service decides what to write and calls these functions, so the
engine-specific statements (the upsert syntax, SQLite's ``cache_size`` pragma,
PostgreSQL's COPY and table locks) stay in the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import DateTime, Integer, Text, column, table
from sqlalchemy.engine import Connection, Engine

from renewdesk import clock
from renewdesk.store import import_pg
from renewdesk.store.audit_writes import write_audit_many
from renewdesk.store.engine import is_server
from renewdesk.store.lean_rows import SUB_COLUMNS

if TYPE_CHECKING:
    from renewdesk.importing.diff import FieldChange

WRITE_CHUNK = 5000
#: The page cache (negative = KiB) while a large import writes; restored afterwards.
BULK_CACHE_KIB = -65536
#: The import run keeps at most this many changes; the report has them all.
STORED_CHANGES = 10_000
CAMPAIGN_COLUMNS = (
    "code",
    "name",
    "percent_off",
    "valid_from",
    "valid_to",
    "offering_codes",
    "terms",
    "currencies",
)
PRICE_COLUMNS = ("offering_code", "term", "currency", "unit_price")
CUSTOMER_COLUMNS = (
    "csn",
    "company_name",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "region",
    "country",
    "vat_number",
    "buyer_name",
    "buyer_email",
    "buyer_phone",
)
PARTNER_COLUMNS = ("partner_csn", "name", "email")

_IMPORT_RUNS = table(
    "import_runs",
    column("id", Integer),
    column("kind", Text),
    column("file_name", Text),
    column("time", DateTime),
    column("added", Integer),
    column("updated", Integer),
    column("unchanged", Integer),
    column("changes_json", Text),
)


def _upsert_sql(table_name: str, columns: Sequence[str], key: Sequence[str]) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    return (
        f"INSERT INTO {table_name} ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}"
    )


_SUB_UPSERT = _upsert_sql("subscriptions", SUB_COLUMNS, ("subscription_id",))
_SUB_INSERT = (
    f"INSERT INTO subscriptions ({', '.join(SUB_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(SUB_COLUMNS))})"
)
_PRICE_UPSERT = _upsert_sql("price_book", PRICE_COLUMNS, PRICE_COLUMNS[:3])
_CAMPAIGN_UPSERT = _upsert_sql("campaigns", CAMPAIGN_COLUMNS, ("code",))
# A customer or partner the file names is created; on one the cache already
# knows, the file only fills details that are still empty, so what an admin
# typed in the review form is never overwritten by an export.
_CUSTOMER_UPSERT = (
    "INSERT INTO customers (csn, company_name, address_line1, address_line2, postal_code, "
    "city, region, country, vat_number, buyer_name, buyer_email, buyer_phone) "
    "VALUES (?, ?, '', '', '', '', '', '', '', '', ?, '') "
    "ON CONFLICT (csn) DO UPDATE SET "
    "company_name = CASE WHEN company_name = '' THEN excluded.company_name ELSE company_name END, "
    "buyer_email = CASE WHEN buyer_email = '' THEN excluded.buyer_email ELSE buyer_email END"
)
_PARTNER_UPSERT = (
    "INSERT INTO partners (partner_csn, name, email) VALUES (?, ?, ?) "
    "ON CONFLICT (partner_csn) DO UPDATE SET "
    "name = CASE WHEN name = '' THEN excluded.name ELSE name END, "
    "email = CASE WHEN email = '' THEN excluded.email ELSE email END"
)


def _server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under ``conn`` (same transaction)."""
    raw: Any = conn.connection.driver_connection
    return raw  # type: ignore[no-any-return]


def begin_import(conn: Connection, kind: str) -> None:
    """Start an import's transaction: on PostgreSQL queue behind other writers of its
    tables (SQLite's ``BEGIN IMMEDIATE`` already took the write lock)."""
    if _server(conn):
        import_pg.lock_for_import(conn, kind)


def read_keyed(
    conn: Connection, table_name: str, columns: Sequence[str], key_len: int = 1
) -> dict[Any, tuple[Any, ...]]:
    """Every row of a table as key -> row tuple (key = first column, or the first ``key_len``)."""
    if _server(conn):
        return import_pg.read_keyed(conn, table_name, columns, key_len)
    cur = driver(conn).execute(f"SELECT {', '.join(columns)} FROM {table_name}")
    if key_len == 1:
        return {row[0]: row for row in cur}
    return {row[:key_len]: row for row in cur}


def existing_subscriptions(conn: Connection) -> dict[str, tuple[Any, ...]]:
    """subscription ID -> stored row in ``SUB_COLUMNS`` order."""
    return read_keyed(conn, "subscriptions", SUB_COLUMNS)


def existing_prices(conn: Connection) -> dict[Any, tuple[Any, ...]]:
    """(offering code, term, currency) -> stored price row in ``PRICE_COLUMNS`` order."""
    return read_keyed(conn, "price_book", PRICE_COLUMNS, key_len=3)


def existing_campaigns(conn: Connection) -> dict[Any, tuple[Any, ...]]:
    """campaign code -> stored row in ``CAMPAIGN_COLUMNS`` order."""
    return read_keyed(conn, "campaigns", CAMPAIGN_COLUMNS)


def _write_chunked(
    conn: Connection,
    sql: str,
    rows: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None = None,
) -> None:
    cur = driver(conn).cursor()
    try:
        for start in range(0, len(rows), WRITE_CHUNK):
            cur.executemany(sql, rows[start : start + WRITE_CHUNK])
            if progress is not None:
                progress(min(start + WRITE_CHUNK, len(rows)))
    finally:
        cur.close()


def write_parties(
    conn: Connection,
    customers: dict[str, tuple[str, str]],
    partners: dict[str, tuple[str, str]],
) -> tuple[int, int]:
    """Create missing customers and partners, fill their empty details; how many of each added."""
    added = []
    for sql, select, wanted in (
        (_CUSTOMER_UPSERT, ("customers", ("csn", "company_name", "buyer_email")), customers),
        (_PARTNER_UPSERT, ("partners", PARTNER_COLUMNS), partners),
    ):
        known = read_keyed(conn, *select)
        rows = []
        for key, (name, email) in wanted.items():
            old = known.get(key)
            if old is None or (name and not old[1]) or (email and not old[2]):
                rows.append((key, name, email))
        if not _server(conn):
            _write_chunked(conn, sql, rows)
        else:
            _write_parties_pg(conn, select[0], rows, known)
        added.append(len(wanted.keys() - known.keys()))
    return added[0], added[1]


def _write_parties_pg(
    conn: Connection,
    table_name: str,
    rows: Sequence[tuple[str, str, str]],
    known: dict[Any, tuple[Any, ...]],
) -> None:
    """New parties straight in by COPY; only known ones whose details fill gaps are merged.

    The first import of a file names no party the database holds, so it costs one
    COPY per table instead of a staging table, a COPY and an ``INSERT ... SELECT``.
    """
    new = [r for r in rows if r[0] not in known]
    fill = [r for r in rows if r[0] in known]
    if table_name == "customers":
        columns, key, keep = CUSTOMER_COLUMNS, ("csn",), CUSTOMER_COLUMNS[1:]
        new = [_customer_row(*r) for r in new]
        fill = [_customer_row(*r) for r in fill]
    else:
        columns, key, keep = PARTNER_COLUMNS, ("partner_csn",), ("name", "email")
    import_pg.insert_new(conn, table_name, columns, new)
    import_pg.merge(conn, table_name, columns, key, fill, keep_filled=keep)


def _customer_row(csn: str, name: str, email: str) -> tuple[str, ...]:
    """A customer as an import creates it: the name and buyer email, the rest empty."""
    return (csn, name, *[""] * 8, email, "")


def streams_while_reading(engine: Engine) -> bool:
    """Whether an import writes its new rows while the file is still read (on a server).

    On PostgreSQL the server's work overlaps Python's (:class:`NewSubscriptions`);
    SQLite writes in this process, after the whole file is valid, as before.
    """
    return is_server(engine)


class NewSubscriptions:
    """A server import's new subscriptions, copied in batch by batch while the file is read.

    Each batch's customers and partners the database does not hold yet go in just
    before it (with the details the file has shown so far; :func:`write_parties`
    fills any still empty at the end), so every key a subscription names exists
    when its COPY ends. Only under :func:`begin_import`'s lock; the caller's
    transaction holds it all, and leaving the ``with`` block by an exception stops
    the writer before that transaction rolls back.
    """

    def __init__(self, conn: Connection) -> None:
        self._customers = set(read_keyed(conn, "customers", ("csn",)))
        self._partners = set(read_keyed(conn, "partners", ("partner_csn",)))
        self.customers_added = 0
        self.partners_added = 0
        self._pipe = import_pg.CopyPipe(conn)

    def __enter__(self) -> NewSubscriptions:
        return self

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if exc is not None:
            self._pipe.abort()
        else:
            self._pipe.close()  # a no-op after finish()

    def send(
        self,
        rows: Sequence[tuple[Any, ...]],
        customers: dict[str, tuple[str, str]],
        partners: dict[str, tuple[str, str]],
    ) -> None:
        """Queue rows new to the cache (``SUB_COLUMNS`` order) and the parties they name."""
        new_customers: list[tuple[Any, ...]] = []
        new_partners: list[tuple[Any, ...]] = []
        for row in rows:
            csn, pcsn = row[5], row[6]
            if csn not in self._customers:
                self._customers.add(csn)
                new_customers.append(_customer_row(csn, *customers[csn]))
            if pcsn is not None and pcsn not in self._partners:
                self._partners.add(pcsn)
                new_partners.append((pcsn, *partners[pcsn]))
        self.customers_added += len(new_customers)
        self.partners_added += len(new_partners)
        batch = [
            ("customers", CUSTOMER_COLUMNS, new_customers),
            ("partners", PARTNER_COLUMNS, new_partners),
            ("subscriptions", SUB_COLUMNS, rows),
        ]
        self._pipe.put(batch, len(rows))

    def finish(self, progress: Callable[[int], None] | None = None) -> None:
        """Wait until every queued row is written (``progress(rows)`` meanwhile)."""
        self._pipe.close(progress)


def write_subscriptions(
    conn: Connection,
    inserts: Sequence[tuple[Any, ...]],
    updates: Sequence[tuple[Any, ...]],
    progress: Callable[[int], None] | None,
) -> None:
    """Insert new rows and update changed ones (``SUB_COLUMNS`` order), by subscription ID.

    New rows take a plain INSERT, which is cheaper than the upsert; the page
    cache is raised for the write because 100k rows update two indexes in no
    particular order, and a 2 MB cache would evict and re-read their pages.
    On PostgreSQL new rows are copied in, changed ones staged and merged.
    """
    if _server(conn):
        import_pg.insert_new(conn, "subscriptions", SUB_COLUMNS, inserts, progress)
        done = len(inserts)
        import_pg.merge(
            conn,
            "subscriptions",
            SUB_COLUMNS,
            ("subscription_id",),
            updates,
            None if progress is None else lambda n: progress(done + n),
        )
        return
    raw = driver(conn)
    old_cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    try:
        _write_chunked(conn, _SUB_INSERT, inserts, progress)
        done = len(inserts)
        _write_chunked(
            conn, _SUB_UPSERT, updates, None if progress is None else lambda n: progress(done + n)
        )
    finally:
        raw.execute(f"PRAGMA cache_size = {int(old_cache)}")


def write_prices(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    if _server(conn):
        import_pg.merge(conn, "price_book", PRICE_COLUMNS, PRICE_COLUMNS[:3], rows)
    else:
        _write_chunked(conn, _PRICE_UPSERT, rows)


def write_campaigns(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    if _server(conn):
        import_pg.merge(conn, "campaigns", CAMPAIGN_COLUMNS, ("code",), rows)
    else:
        _write_chunked(conn, _CAMPAIGN_UPSERT, rows)


def record_run(
    conn: Connection,
    kind: str,
    file_name: str,
    counts: tuple[int, int, int],
    changes: Sequence[FieldChange],
    audit: Iterable[dict[str, str]],
    when: datetime | None = None,
) -> int:
    """Write the import_runs row and the audit events; returns the run's id."""
    stamp = when or clock.now()
    kept = [list(c) for c in changes[:STORED_CHANGES]]
    added, updated, unchanged = counts
    run_id = conn.execute(
        _IMPORT_RUNS.insert()
        .values(
            kind=kind,
            file_name=file_name,
            time=stamp,
            added=added,
            updated=updated,
            unchanged=unchanged,
            changes_json=json.dumps(kept, ensure_ascii=False),
        )
        .returning(_IMPORT_RUNS.c.id)
    ).scalar_one()
    write_audit_many(conn, list(audit), when=stamp)
    return int(run_id)
