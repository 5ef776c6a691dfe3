"""The composition root: open the cache, build the services, build the window.

This is the one place that knows which concrete service backs each screen; the
window gets a :class:`~renewdesk.ui.context.UiContext` and nothing global.
``renewdesk.cli`` calls :func:`run_gui` and :func:`smoke_test`.

``run_gui`` paints first: over a RenewDesk cache file already at the newest schema
it reads the Subscriptions rows with plain ``sqlite3``
(:func:`renewdesk.store.lean_rows.read_lean_rows`) and shows the window over them;
the engine (SQLAlchemy), the services, the other pages, the rules' verdicts, the
secret-store probe, backups and automatic quotes follow the first paint. Anything
else (a new cache, a migration due, a damaged file, a server URL) opens through the
engine first, as before.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

# What the first paint needs comes first and Qt-free: once PySide6 is imported, its
# import hook reads the source of every module imported after it, to look for
# PySide6 feature use (PYSIDE-2029), which adds to the start-up for each of them.
# The engine and the services are imported in _build_context, after the first paint.
from renewdesk.clock import today
from renewdesk.i18n import LANGUAGE_SETTING, install_language, language_installed
from renewdesk.perf import freeze_and_resume_gc, pause_gc
from renewdesk.services import verdicts as _verdicts  # noqa: F401  (the table's rows)
from renewdesk.store.lean_rows import read_lean_rows
from renewdesk.store.locations import looks_like_url
from renewdesk.store.peek import carries_marker, file_stamp, read_setting

# isort: split
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from renewdesk.ui.context import UiContext
from renewdesk.ui.main_window import MainWindow
from renewdesk.ui.single_instance import InstanceGuard
from renewdesk.ui.theme import apply_theme

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from renewdesk.mail.outbox import Outbox
    from renewdesk.mail.smtp import SmtpSettings
    from renewdesk.secrets import SecretStore
    from renewdesk.services.outbox_runner import OutboxSender
    from renewdesk.services.quote_service import QuoteService
    from renewdesk.services.settings_service import SettingsService


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
    "planningPage",
    "forecastChart",
    "forecastTable",
)


def _build_context(
    engine: Engine,
    db_path: Path,
    secrets: SecretStore,
    *,
    synchronous: bool = False,
    target: Path | str | None = None,
) -> UiContext:
    """Every service the window uses, over one engine and one secret store."""
    from renewdesk.mail.outbox import Outbox
    from renewdesk.services.auto_quotes import AutoQuoteService
    from renewdesk.services.check_service import CheckService
    from renewdesk.services.import_service import ImportService
    from renewdesk.services.outbox_runner import OutboxSender
    from renewdesk.services.planning_service import PlanningService
    from renewdesk.services.settings_service import SettingsService
    from renewdesk.store import team_repo
    from renewdesk.store.identity import actor
    from renewdesk.store.repositories import (
        CustomerRepository,
        PartnerRepository,
        SubscriptionRepository,
    )

    subs = SubscriptionRepository(engine)
    settings = SettingsService(engine, secrets)
    outbox = Outbox(engine)
    sender = OutboxSender(settings, outbox)
    quotes = _quote_service(engine, settings, outbox, sender)

    def set_auto_renew(ids: list[str], on: bool) -> int:
        if not on:
            return quotes.turn_off_auto_renew(ids)
        return subs.set_auto_renew(ids, on, reason="bulk action")

    return UiContext(
        db_path=db_path,
        db_target=db_path if target is None else target,
        check=CheckService(engine),
        customers=CustomerRepository(engine),
        partners=PartnerRepository(engine),
        set_auto_renew=set_auto_renew,
        subscriptions=subs,
        quotes=quotes,
        auto_quotes=AutoQuoteService(engine, quotes),
        outbox=outbox,
        send_outbox=sender,
        imports=ImportService(engine),
        settings=settings,
        secret_store=secrets,
        smtp_test=_test_connection,
        build_demo=_build_demo,
        today=today,
        synchronous_tasks=synchronous,
        planning=PlanningService(engine),
        extras={"engine": engine},
        # A viewer's role on a shared database: the window disables what writes.
        read_only=not team_repo.can_write(engine),
        db_role=actor(engine).db_user,
    )


def _test_connection(
    settings: SmtpSettings, password: str | None, *, oauth_token: Any = None
) -> object:
    """Settings > Test connection (``renewdesk.mail.smtp``, imported when first used).

    ``oauth_token`` is the sign-in's token source when the mailbox signs in with OAuth 2.0.
    """
    from renewdesk.mail.smtp import test_connection

    return test_connection(settings, password, oauth_token=oauth_token)


def _build_demo(path: Path, day: date) -> Path:
    """File > Open demo data (``renewdesk.demo``, imported when first used)."""
    from renewdesk.demo import build_demo_cache

    return build_demo_cache(path, day)


def _quote_service(
    engine: Engine, settings: SettingsService, outbox: Outbox, sender: OutboxSender
) -> QuoteService:
    """QuoteService sharing the window's settings service, outbox and sender (one secret store).

    The window sends with ``deliver=False`` and runs ``sender`` itself, so it sees
    whether the server was reached; ``deliver_now`` serves any other caller.
    """
    from renewdesk.quotes.ports import QuoteSettings
    from renewdesk.services import quote_adapters as adapters
    from renewdesk.services.quote_service import QuoteService

    def load_settings() -> QuoteSettings:
        return adapters.quote_settings(settings.load())

    def deliver_now(now: datetime) -> None:
        run = sender(now)
        if run.report is None and run.error:
            raise RuntimeError(run.error)

    return QuoteService(
        engine,
        settings=load_settings,
        outbox=outbox,
        deliver_now=deliver_now,
        render_pdf=adapters.render_pdf(),
        build_message=adapters.build_message(),
        write_eml=adapters.write_eml(),
        open_file=adapters.open_file(),
    )


def create_main_window(db: Path | str, *, synchronous: bool = False) -> MainWindow:
    """Build the main window over the cache ``db`` (a file path or a database URL).

    Needs a QApplication; applies RenewDesk's theme and icon to it, so the window
    looks as it does under ``run_gui``. ``synchronous`` runs long work inline
    (tests, smoke test). The window does not take the single-instance lock and
    makes no automatic quotes: ``run_gui`` does both for the application.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window needs a QApplication; create one first")
    apply_look(app)  # the same look as run_gui, for windows built directly (tests, reviews)
    from renewdesk.store.engine import open_cache

    if looks_like_url(db):
        engine = open_cache(str(db))
        if not language_installed():
            install_language(None, _saved_language(engine))
        window = MainWindow(context_over(engine, str(db), synchronous=synchronous))
    else:
        path = Path(db).expanduser().resolve()
        if not language_installed():  # the saved or OS language, as run_gui would choose
            install_language(None, read_setting(path, LANGUAGE_SETTING))
        window = MainWindow(context_over(open_cache(path), path, synchronous=synchronous))
    _dispose_with(window)
    return window


def _saved_language(engine: Engine) -> str:
    from renewdesk.store.core_reads import setting

    return setting(engine, LANGUAGE_SETTING)


def local_path(target: Path | str) -> Path:
    """The file the window's local things hang on: the cache file itself, or, for a
    shared database, the per-user cache file's place (backups folder, demo data)."""
    from renewdesk.store.locations import default_db_path

    return default_db_path() if looks_like_url(target) else Path(target)


def _daily_backup_alone(engine: Engine, path: Path) -> Path | None:
    """Today's backup, made by one client at a time (another client's run makes it)."""
    from renewdesk.services import backups
    from renewdesk.store.job_lock import DAILY_BACKUP, job_lock

    with job_lock(engine, DAILY_BACKUP) as mine:
        return backups.daily_backup_of(engine, path) if mine else None


def context_over(engine: Engine, target: Path | str, *, synchronous: bool = False) -> UiContext:
    """The window's services over ``engine`` (the cache ``target``: a file or a URL), with
    the daily backup and, for a file, Restore."""
    from renewdesk.services import backups
    from renewdesk.services.secret_probe import DeferredSecretStore
    from renewdesk.store.engine import open_cache

    secrets = DeferredSecretStore()
    path = local_path(target)
    ctx = _build_context(engine, path, secrets, synchronous=synchronous, target=target)
    ctx.daily_backup = lambda: _daily_backup_alone(ctx.extras["engine"], path)
    if looks_like_url(target):
        ctx.daily_copy_skipped = lambda: not backups.pg_dump_available()

    def restore_backup(backup: Path) -> Path | None:
        """The window has stopped its timers and work; swap the file under fresh services."""
        ctx.extras["engine"].dispose()
        try:
            return backups.restore(path, backup)
        finally:  # restored or not, the window gets a working cache back
            fresh = _build_context(
                open_cache(target), path, secrets, synchronous=synchronous, target=target
            )
            ctx.adopt(fresh)

    ctx.restore_backup = None if looks_like_url(target) else restore_backup
    return ctx


def _dispose_with(window: MainWindow) -> None:
    """The window's engine closes with the window (whichever engine it holds by then)."""
    window.destroyed.connect(lambda *_: window.ctx.extras["engine"].dispose())


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


def apply_look(app: QApplication) -> None:
    """The theme (Fusion, palette, stylesheet, font) and the icon; safe to call again."""
    if app.windowIcon().isNull():
        icon = _icon()
        if icon is not None:
            app.setWindowIcon(icon)
    apply_theme(app)


def _prepare_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    apply_look(app)


def run_gui(
    db_path: Path | str,
    *,
    lang: str | None = None,
    demo: bool = False,
    prepare: Callable[[Path], object] | None = None,
) -> int:
    """Open the window over ``db_path`` and run the event loop; the exit status.

    A second ``run_gui`` on a cache that a window already has open brings that
    window to the front, prints one line and returns 0. ``prepare`` runs on the
    cache file once this process holds its lock (``--demo`` rebuilds the demo
    cache there, never under a window that has it open).
    """
    app = QApplication.instance() or QApplication([APP_NAME])
    assert isinstance(app, QApplication)
    _prepare_application(app)
    install_language(lang)  # --lang or the OS's, for a refusal line or a first message
    windows: list[MainWindow] = []

    def open_window(target: Path | str) -> str:
        """Returns "opened", "elsewhere" (another window has the cache) or "quit"."""
        if looks_like_url(target):  # a shared database: the engine's way, no lock file
            window = _server_window(str(target), lang, first=not windows)
            if window is None:
                return "quit"
            window.ctx.reopen = reopen
            windows.append(window)
            window.show()
            window.start_background()
            return "opened"
        target = Path(target).expanduser().resolve()
        # Not even a lock file beside another program's file (a marked file is ours).
        if not carries_marker(target) and _refused_as_foreign(target):
            return "quit"
        guard = InstanceGuard(target)
        if not guard.acquire():  # before anything reads, migrates or backs up the cache
            told = guard.ask_owner_to_raise()
            print(_already_open(target, told))
            return "elsewhere"
        if not windows:
            if prepare is not None:
                prepare(target)
            # Before any widget exists: texts are translated when widgets are made.
            install_language(lang, read_setting(target, LANGUAGE_SETTING))
        stamp = file_stamp(target)  # taken before the read: a write after it shows
        # No collection walks the read's rows before the paint; frozen after it (perf.py).
        gc_was_on = pause_gc()
        rows = read_lean_rows(target) if carries_marker(target) else None
        if rows is None:  # new, older, damaged or busy: the engine's way, before the paint
            freeze_and_resume_gc(gc_was_on)
            window = _engine_window(target)
            if window is None:
                guard.release()
                return "quit"
        else:  # paint over the plain read; the services come once it is on screen
            window = MainWindow.first_paint(target, rows, today())
            window.painted.connect(lambda: attach_services(window, target, reopen, stamp))
            window.painted.connect(lambda: freeze_and_resume_gc(gc_was_on))
        # Closing frees the cache (engine, lock, socket) at once, e.g. after Open demo data.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guard.raise_requested.connect(window.bring_to_front)
        guard.setParent(window)
        window.destroyed.connect(lambda *_: guard.release())
        if demo or target.name.startswith("demo"):
            demo_data = QCoreApplication.translate("App", "demo data")
            window.setWindowTitle(window.windowTitle() + " — " + demo_data)
        windows.append(window)
        window.show()
        if rows is None:
            window.ctx.reopen = reopen
            window.start_background()
        return "opened"

    def reopen(other: Path | str) -> bool:
        return open_window(other) == "opened"

    first = db_path if looks_like_url(db_path) else Path(db_path).expanduser().resolve()
    outcome = open_window(first)
    if outcome != "opened":
        return 0 if outcome == "elsewhere" else 1  # 1: the cache was bad and the admin quit
    return int(app.exec())


def _refused_as_foreign(target: Path) -> bool:
    from renewdesk.ui.cache_recovery import refused_as_foreign

    return refused_as_foreign(target)


def _engine_window(target: Path) -> MainWindow | None:
    """The window over the engine, opened first (None: the file was bad and the admin quit)."""
    from renewdesk.ui.cache_recovery import open_cache_or_recover

    engine = open_cache_or_recover(target)  # a damaged file: restore, start anew, or quit
    if engine is None:
        return None
    window = MainWindow(context_over(engine, target))
    _dispose_with(window)
    return window


def attach_services(
    window: MainWindow,
    target: Path,
    reopen: Callable[[Path], bool | None],
    stamp: tuple[int, ...],
    *,
    synchronous: bool = False,
) -> None:
    """After the first paint: the engine, the services, the other pages, the background.

    ``stamp`` is :func:`file_stamp` from before the first paint's read: when the file
    changed since (another process wrote, or a damaged file was restored or set aside),
    the first load reads the rows again instead of judging the ones shown.
    """
    from renewdesk.ui.cache_recovery import open_cache_or_recover

    engine = open_cache_or_recover(target, parent=window)
    if engine is None:  # damaged after all, and the admin chose to quit
        window.close()
        QCoreApplication.exit(1)
        return
    if file_stamp(target) != stamp:
        window.subscriptions_page.first_rows_are_stale()
    ctx = context_over(engine, target, synchronous=synchronous)
    ctx.reopen = reopen
    window.attach(ctx)
    _dispose_with(window)
    window.start_background()


def _server_window(url: str, lang: str | None, *, first: bool) -> MainWindow | None:
    """A window over the shared database (no lock file: many admins, many windows).

    The first window's faults (no server, no database, a password refused twice)
    raise their one line for the command line; a later one (Settings > Shared
    database > Use this database) says it in a box and keeps the old window.
    """
    from renewdesk.store.engine import CacheError
    from renewdesk.ui.server_password import ask_with_dialog, connect_asking

    try:
        engine = connect_asking(url, ask_with_dialog())
    except CacheError as exc:
        if first:
            raise
        QMessageBox.critical(None, QCoreApplication.translate("App", "RenewDesk"), str(exc))
        return None
    if engine is None:  # the admin cancelled the password dialog
        return None
    if first:
        install_language(lang, _saved_language(engine))
    window = MainWindow(context_over(engine, url))
    _dispose_with(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return window


def _already_open(path: Path, told: bool) -> str:
    if told:
        text = QCoreApplication.translate(
            "App", "RenewDesk is already open on %1; that window was brought to the front."
        )
    else:
        text = QCoreApplication.translate(
            "App", "RenewDesk is already open on %1 (it did not answer; switch to its window)."
        )
    return text.replace("%1", str(path))


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
