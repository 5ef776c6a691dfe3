"""Shared helpers for the import tests: the canonical file, CSV writing, cache snapshots."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import Engine, text

CANONICAL_HEADER = [
    "subscription_id",
    "contract_number",
    "product_name",
    "offering_code",
    "offering_type",
    "customer_csn",
    "customer_name",
    "partner_csn",
    "partner_name",
    "currency",
    "payment_method",
    "term",
    "seats",
    "start_date",
    "renewal_date",
    "status",
    "auto_renew",
    "team",
    "buyer_email",
]
CANONICAL_ROWS = [
    ["SUB-1", "CT-1", "AutoCAD", "ACD", "standard", "5100", "Acme AB", "", "", "EUR",
     "invoice", "annual", "10", "2025-03-01", "2026-03-01", "active", "no", "Design",
     "buyer@acme.example"],
    ["SUB-2", "CT-1", "Revit", "RVT", "standard", "5100", "Acme AB", "P-9", "Resell Co", "EUR",
     "credit_card", "three_year", "5", "2024-03-01", "2027-03-01", "active", "yes", "",
     "buyer@acme.example"],
    ["SUB-3", "CT-2", "Flex tokens", "FLX", "flex", "5200", "Beta GmbH", "", "", "USD",
     "paypal", "monthly", "0", "2026-01-01", "2026-02-01", "expired", "false", "Ops", ""],
]  # fmt: skip

TABLES = ("subscriptions", "customers", "partners", "price_book", "campaigns", "import_runs",
          "audit_events")  # fmt: skip

#: write_csv(header, rows, name=..., delimiter=..., encoding=...) -> path
WriteCsv = Callable[..., Path]


def csv_text(header: Sequence[str], rows: Sequence[Sequence[object]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def table_contents(cache: Path | Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables an import touches, read with a separate connection
    (plain sqlite3 for a cache file, the engine's own pool for a server database)."""
    if isinstance(cache, Engine):
        with cache.connect() as conn:
            return {
                t: sorted((tuple(r) for r in conn.execute(text(f"SELECT * FROM {t}"))), key=repr)
                for t in TABLES
            }
    db = sqlite3.connect(cache)
    try:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        db.close()


def cache_bytes(db_path: Path) -> bytes:
    """The cache file's bytes once the write-ahead log is folded into it."""
    db = sqlite3.connect(db_path, isolation_level=None)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return db_path.read_bytes()
