"""What the composition root hands the window: services and a few callables.

The UI never builds a service or opens the cache itself; ``renewdesk.app``
fills this in and every field holds a working service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from renewdesk.clock import today as clock_today

if TYPE_CHECKING:
    from renewdesk.mail.outbox import Outbox
    from renewdesk.secrets import SecretStore
    from renewdesk.services.auto_quotes import AutoQuoteService
    from renewdesk.services.check_service import CheckService
    from renewdesk.services.import_service import ImportService
    from renewdesk.services.outbox_runner import OutboxSender
    from renewdesk.services.planning_service import PlanningService
    from renewdesk.services.quote_service import QuoteService
    from renewdesk.services.settings_service import SettingsService
    from renewdesk.store.repositories import (
        CustomerRepository,
        PartnerRepository,
        SubscriptionRepository,
    )


@dataclass
class UiContext:
    # The per-user cache file, or for a shared database the place of the per-user file
    # (backups folder, demo data); db_target is what the window is over: path or URL.
    db_path: Path
    check: CheckService  # check(as_of) -> list[CheckResult]
    customers: CustomerRepository  # all(), get(csn)
    set_auto_renew: Callable[[list[str], bool], int]
    subscriptions: SubscriptionRepository  # get_many(ids)
    quotes: QuoteService
    auto_quotes: AutoQuoteService  # is_due(today), run(today)
    outbox: Outbox  # list(), retry_now(id), recover_interrupted()
    send_outbox: OutboxSender  # (now=None, retry=ids) -> OutboxRun; password_missing()
    imports: ImportService
    settings: SettingsService
    secret_store: SecretStore  # probed off the GUI thread (DeferredSecretStore)
    smtp_test: Callable[[Any, str | None], Any]  # (smtp settings, password) -> one-line report
    build_demo: Callable[[Path, date], Any]  # (path, today) -> path of a demo cache
    # Open a window over another cache (run_gui); False when another process has it open.
    reopen: Callable[[Path | str], bool | None] | None = None  # a path or a database URL
    daily_backup: Callable[[], Path | None] = lambda: None  # once a day: the backup made
    # True where no daily copy is made by design: a shared database on a computer
    # without pg_dump (the server's own backups apply); the window says so once.
    daily_copy_skipped: Callable[[], bool] = lambda: False
    # Close the cache, put the backup in its place, reopen and adopt() the new services;
    # returns the safety copy of the replaced cache.
    restore_backup: Callable[[Path], Path | None] | None = None
    today: Callable[[], date] = clock_today
    partners: PartnerRepository | None = None  # all(): names for the Renew checklist
    synchronous_tasks: bool = False  # tests: run long work inline
    planning: PlanningService | None = None  # forecast, stages, reminders (issue 14)
    # A viewer's window (issue 13): the database role may read but not change the cache.
    read_only: bool = False
    db_role: str = ""  # the database user the window works as (store.identity.actor)
    extras: dict[str, Any] = field(default_factory=dict)
    db_target: Path | str = ""  # the file path, or the database URL (never with a password)

    @property
    def on_server(self) -> bool:
        """Whether the window is over a shared database (PostgreSQL) rather than a file."""
        return isinstance(self.db_target, str) and "://" in self.db_target

    @property
    def db_name(self) -> str:
        """What the status bar shows: the file's name, or ``host/db`` (never a password)."""
        if self.on_server:
            from renewdesk.store.server import display_name

            return display_name(str(self.db_target))
        return self.db_path.name

    def adopt(self, other: UiContext) -> None:
        """Take ``other``'s services (a reopened cache); pages keep this same object."""
        for name in SERVICE_FIELDS:
            setattr(self, name, getattr(other, name))
        self.extras["engine"] = other.extras["engine"]


# What adopt() replaces: everything built over the engine.
SERVICE_FIELDS = (
    "check",
    "customers",
    "set_auto_renew",
    "subscriptions",
    "quotes",
    "auto_quotes",
    "outbox",
    "send_outbox",
    "imports",
    "settings",
    "planning",
    "partners",
)
