"""Starting caches and input files for the hardening tests, shared with the crash child.

Everything here runs with the real services over a real SQLite file. A base cache
is built once, checkpointed into a single file, and copied for every iteration,
so each kill starts from the very same bytes.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, time
from pathlib import Path
from typing import Any

from renewdesk.store.engine import open_cache
from tests.quotes.conftest import TODAY, seed_world, smtp_settings_service

NOW = datetime.combine(TODAY, time(10, 30))
#: Lines on the quote the send operation makes (a PDF of a few pages).
SEND_LINES = 20
#: Lines on the quote the Buy operation orders (the most one quote may hold).
BUY_LINES = 100
EXTRA_RECIPIENTS = ("finance@acme.example", "it@acme.example")
BUY_NUMBER = "Q-2026-000001"

# The import scenario: the cache holds IMPORT_BASE_ROWS subscriptions (seats 5) of 500
# customers; the file updates all of them to seats 7 and adds the rest, with 100 new
# customers, so a half-done import would show in three tables at once.
IMPORT_BASE_ROWS = 5_000
BASE_SEATS, FILE_SEATS = 5, 7
BASE_CUSTOMERS, NEW_CUSTOMERS = 500, 100
_HEADER = (
    "subscription_id,product_name,offering_code,customer_csn,customer_name,currency,"
    "payment_method,term,seats,start_date,renewal_date,status,auto_renew,buyer_email\r\n"
)


def int_env(name: str, default: int) -> int:
    """A positive count from the environment (reviewers rerun with more), else ``default``."""
    raw = os.environ.get(name, "").strip()
    return max(int(raw), 1) if raw else default


def subscriptions_csv(path: Path, rows: int, seats: int) -> Path:
    """A canonical subscriptions export with ``rows`` rows: SUB-000000 upwards."""
    parts = [_HEADER]
    for i in range(rows):
        csn = (
            f"51{i % BASE_CUSTOMERS:08d}" if i < IMPORT_BASE_ROWS else f"52{i % NEW_CUSTOMERS:08d}"
        )
        parts.append(
            f"SUB-{i:06d},Design Suite,DSGN,{csn},Customer {csn},USD,credit_card,annual,"
            f"{seats},2025-12-16,2026-12-15,active,no,buyer{csn}@example.com\r\n"
        )
    path.write_text("".join(parts), encoding="utf-8")
    return path


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the whole cache."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_cache(base: Path, target: Path) -> Path:
    """A fresh copy of a checkpointed base cache (no stale -wal/-shm beside it)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


def fill_import_base(engine: Any, folder: Path) -> None:
    """Import the first IMPORT_BASE_ROWS subscriptions into an empty cache, the normal way."""
    from renewdesk.services.import_service import ImportService

    source = subscriptions_csv(folder / "base.csv", IMPORT_BASE_ROWS, BASE_SEATS)
    ImportService(engine).import_subscriptions(source)


def build_import_base(path: Path, folder: Path) -> Path:
    """A cache file holding the first IMPORT_BASE_ROWS subscriptions (:func:`fill_import_base`)."""
    engine = open_cache(path)
    try:
        fill_import_base(engine, folder)
    finally:
        engine.dispose()
    checkpoint(path)
    return path


def quote_service(engine: Any, secrets: Any = None) -> Any:
    """The real QuoteService (PDF, email, outbox, the cache's own settings) at :data:`NOW`.

    The SMTP password comes from ``secrets`` (a memory store when not given).
    """
    from renewdesk.secrets import MemorySecretStore
    from renewdesk.services.quote_service import QuoteService
    from renewdesk.services.settings_service import SettingsService

    settings = SettingsService(engine, secrets or MemorySecretStore())
    return QuoteService(engine, now=lambda: NOW, settings_service=settings)


def fill_quote_base(engine: Any, smtp_port: int) -> None:
    """Customers, a reseller, the price book, BUY_LINES renewable subscriptions (S-001...)
    and SMTP settings pointing at ``smtp_port`` on loopback, in an empty cache."""
    world = seed_world(engine)
    world.subs(BUY_LINES)
    smtp_settings_service(engine, smtp_port)


def build_quote_base(path: Path, smtp_port: int) -> Path:
    """A cache file holding :func:`fill_quote_base`'s world."""
    engine = open_cache(path)
    try:
        fill_quote_base(engine, smtp_port)
    finally:
        engine.dispose()
    checkpoint(path)
    return path


def build_buy_base(quote_base: Path, path: Path) -> Path:
    """The quote base plus one QUOTED quote (:data:`BUY_NUMBER`) over all BUY_LINES
    subscriptions, sent as PDF only, ready to be bought."""
    copy_cache(quote_base, path)
    engine = open_cache(path)
    try:
        service = quote_service(engine)
        ids = [f"S-{i:03d}" for i in range(1, BUY_LINES + 1)]
        result = service.send(service.request(ids), "pdf")
        assert result.number == BUY_NUMBER, result.number
    finally:
        engine.dispose()
    checkpoint(path)
    return path


def send_ids() -> list[str]:
    return [f"S-{i:03d}" for i in range(1, SEND_LINES + 1)]


def renewal_dates(path: Path) -> dict[str, tuple[str, int, str, str]]:
    """subscription ID -> (renewal date, seats, term, status) read with plain sqlite3."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            "SELECT subscription_id, renewal_date, seats, term, status FROM subscriptions"
        ).fetchall()
    finally:
        db.close()
    return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}
