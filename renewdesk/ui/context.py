"""What the composition root hands the window: services and a few callables.

The UI never builds a service or opens the cache itself; ``renewdesk.app``
fills this in. Services that have not landed yet stay ``None`` and the screens
that need them say so instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from renewdesk.clock import today as clock_today


@dataclass
class UiContext:
    db_path: Path
    check: Any  # CheckService: check(as_of) -> list[CheckResult]
    customers: Any  # CustomerRepository-like: all(), get(csn)
    set_auto_renew: Callable[[list[str], bool], int]
    subscriptions: Any = None  # SubscriptionRepository-like: get_many(ids)
    audit: Any = None  # AuditRepository-like: for_quote(number)
    quotes: Any = None  # QuoteService
    outbox: Any = None  # Outbox: list(), retry_now(id)
    send_outbox: Callable[..., Any] | None = None  # (retry=ids) -> OutboxRun
    imports: Any = None  # ImportService
    settings: Any = None  # SettingsService
    smtp_test: Callable[[Any, str], Any] | None = None  # (smtp settings, password) -> None
    probe_secrets: Callable[[], Any] | None = None
    build_demo: Callable[[Path, date], Any] | None = None
    reopen: Callable[[Path], None] | None = None  # rebuild the window over another cache
    today: Callable[[], date] = clock_today
    synchronous_tasks: bool = False  # tests: run long work inline
    extras: dict[str, Any] = field(default_factory=dict)
