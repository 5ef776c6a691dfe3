"""The composition root: open the cache, build the services, build the window.

This is the one place that knows which concrete service backs each screen; the
window gets a :class:`~renewdesk.ui.context.UiContext` and nothing global.
``renewdesk.cli`` calls :func:`run_gui` and :func:`smoke_test`.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from renewdesk.clock import today
from renewdesk.services.check_service import CheckService
from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import (
    AuditRepository,
    CustomerRepository,
    SubscriptionRepository,
)
from renewdesk.ui.context import UiContext
from renewdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

APP_NAME = "RenewDesk"
ORGANISATION = "RenewDesk"
ORGANISATION_DOMAIN = "renewdesk.app"

# Names the smoke test expects on the main window (the dialogs add theirs when open).
WINDOW_NAMES = (
    "mainWindow",
    "navList",
    "subscriptionsTable",
    "subscriptionSearch",
    "bulkActionsButton",
    "actionRenew",
    "actionAutoRenewOff",
    "actionAutoRenewOn",
    "actionExportCsv",
    "quotesTable",
    "buyButton",
    "newQuoteButton",
    "outboxTable",
)


def _optional(module: str, attr: str) -> Any:
    """A service class from a module that may not exist in this build yet."""
    try:
        return getattr(importlib.import_module(module), attr)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            log.info("%s.%s is not available: %s", module, attr, exc)
            return None
        raise
    except AttributeError:
        log.info("%s has no %s", module, attr)
        return None


@dataclass(frozen=True)
class OutboxRun:
    """One outbox run as the Outbox page shows it."""

    report: Any  # mail.outbox.SendReport, or None when SMTP is not set up
    online: bool | None  # False: the server could not be reached; None: not known
    error: str = ""


def _build_context(engine: Any, db_path: Path, *, synchronous: bool = False) -> UiContext:
    """Every service the window uses, over one engine and one secret store."""
    subs = SubscriptionRepository(engine)
    secrets_probe = _optional("renewdesk.secrets", "probe_secret_store")
    settings_cls = _optional("renewdesk.services.settings_service", "SettingsService")
    settings = None
    if settings_cls is not None and secrets_probe is not None:
        settings = settings_cls(engine, secrets_probe())
    outbox_cls = _optional("renewdesk.mail.outbox", "Outbox")
    outbox = outbox_cls(engine) if outbox_cls else None
    quotes = _quote_service(engine, settings, outbox)
    import_cls = _optional("renewdesk.services.import_service", "ImportService")

    def set_auto_renew(ids: list[str], on: bool) -> int:
        if not on and quotes is not None:
            return int(quotes.turn_off_auto_renew(ids))
        return int(subs.set_auto_renew(ids, on, reason="bulk action"))

    return UiContext(
        db_path=db_path,
        check=CheckService(engine),
        customers=CustomerRepository(engine),
        set_auto_renew=set_auto_renew,
        subscriptions=subs,
        audit=AuditRepository(engine),
        quotes=quotes,
        outbox=outbox,
        send_outbox=_outbox_runner(settings, outbox) if settings and outbox else None,
        imports=import_cls(engine) if import_cls else None,
        settings=settings,
        smtp_test=_optional("renewdesk.mail.smtp", "test_connection"),
        build_demo=_demo_builder(),
        today=today,
        synchronous_tasks=synchronous,
        extras={"engine": engine},
    )


def _quote_service(engine: Any, settings: Any, outbox: Any) -> Any:
    """QuoteService sharing the window's settings service and outbox (one secret store)."""
    quote_cls = _optional("renewdesk.services.quote_service", "QuoteService")
    if quote_cls is None:
        return None
    if settings is None or outbox is None:
        return quote_cls(engine)
    from renewdesk.quotes import ports

    def load_settings() -> Any:
        return ports.quote_settings(settings.load())

    def deliver_now(now: datetime) -> None:
        run = _outbox_runner(settings, outbox)(now)
        if run.error:
            raise RuntimeError(run.error)

    return quote_cls(engine, settings=load_settings, outbox=outbox, deliver_now=deliver_now)


def _outbox_runner(settings: Any, outbox: Any) -> Callable[..., OutboxRun]:
    """Send what the outbox holds now with the saved SMTP settings; say if we are online."""
    from renewdesk.mail.smtp import ServerUnreachableError, make_sender
    from renewdesk.services.quote_service import default_now
    from renewdesk.services.settings_service import SettingsError

    def run(now: datetime | None = None, retry: tuple[int, ...] = ()) -> OutboxRun:
        now = now or default_now()
        for outbox_id in retry:  # Retry now: due at once, failed ones included
            outbox.retry_now(outbox_id, now)
        try:
            smtp = settings.smtp_settings()
        except SettingsError as exc:
            return OutboxRun(None, None, "; ".join(exc.errors.values()) or str(exc))
        unreachable: list[BaseException] = []
        send = make_sender(smtp, settings.get_password())

        def watched(raw: bytes, recipients: list[str]) -> Any:
            try:
                return send(raw, recipients)
            except (ServerUnreachableError, OSError) as exc:
                unreachable.append(exc)
                raise

        report = outbox.send_due(watched, now)
        online = False if unreachable else (True if report.sent else None)
        return OutboxRun(report, online)

    return run


def _demo_builder() -> Callable[[Path, date], Any] | None:
    return _optional("renewdesk.demo", "build_demo_cache")


def create_main_window(db_path: Path | str, *, synchronous: bool = False) -> MainWindow:
    """Build the main window over the cache at ``db_path`` without showing it.

    Needs a QApplication. ``synchronous`` runs long work inline (tests, smoke test).
    """
    if QApplication.instance() is None:
        raise RuntimeError("create_main_window needs a QApplication; create one first")
    path = Path(db_path)
    engine = open_cache(path)
    ctx = _build_context(engine, path, synchronous=synchronous)
    window = MainWindow(ctx)
    window.destroyed.connect(lambda *_: engine.dispose())
    return window


def _icon() -> QIcon | None:
    try:
        from renewdesk.resources import resource_path

        folder = resource_path("icons")
    except FileNotFoundError:
        return None
    for candidate in ("renewdesk.svg", "renewdesk.png", "renewdesk.ico"):
        if (folder / candidate).is_file():
            return QIcon(str(folder / candidate))
    found = sorted(p for p in folder.glob("*") if p.suffix in {".svg", ".png", ".ico"})
    return QIcon(str(found[0])) if found else None


def _prepare_application(app: QApplication) -> None:
    from renewdesk.ui.theme import apply_theme

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    icon = _icon()
    if icon is not None:
        app.setWindowIcon(icon)
    apply_theme(app)


def run_gui(db_path: Path | str, *, lang: str | None = None, demo: bool = False) -> int:
    """Open the window over ``db_path`` and run the event loop; the exit status."""
    app = QApplication.instance() or QApplication([APP_NAME])
    assert isinstance(app, QApplication)
    _prepare_application(app)
    from renewdesk.i18n import install_language

    install_language(lang)
    windows: list[MainWindow] = []

    def open_window(path: Path) -> None:
        window = create_main_window(path)
        window.ctx.reopen = open_window
        if demo or path.name.startswith("demo"):
            window.setWindowTitle(window.windowTitle() + " — " + app.tr("demo data"))
        windows.append(window)
        window.show()

    open_window(Path(db_path))
    return int(app.exec())


def smoke_test(db_path: Path | str) -> str:
    """Build the window offscreen over ``db_path``, check it, and return one line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([APP_NAME])
    assert isinstance(app, QApplication)
    _prepare_application(app)
    window = create_main_window(db_path, synchronous=True)
    try:
        window.resize(1280, 800)
        window.show()
        QCoreApplication.processEvents()
        missing = [n for n in WINDOW_NAMES if not _has_name(window, n)]
        rows = window.subscriptions_page.model.rowCount()
        problems = []
        if missing:
            problems.append("missing automation names: " + ", ".join(missing))
        if rows == 0:
            problems.append("the subscriptions table is empty")
        if problems:
            raise RuntimeError("smoke test failed: " + "; ".join(problems))
        return (
            f"RenewDesk smoke test OK: {len(WINDOW_NAMES)} automation names, "
            f"{rows} subscriptions, cache {Path(db_path).name}"
        )
    finally:
        window.close()
        window.deleteLater()
        QTimer.singleShot(0, lambda: None)
        QCoreApplication.processEvents()


def _has_name(window: MainWindow, object_name: str) -> bool:
    from PySide6.QtCore import QObject

    return window.findChild(QObject, object_name) is not None or window.objectName() == object_name
