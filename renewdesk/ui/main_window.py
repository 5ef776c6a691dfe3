"""The main window: Billing and Ordering navigation, the three pages, menus and status bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from renewdesk import __version__
from renewdesk.ui.context import UiContext
from renewdesk.ui.subscriptions_page import SubscriptionsPage
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import name
from renewdesk.ui.window_wiring import wire_pages

if TYPE_CHECKING:  # the other pages and their services load after the first paint
    from renewdesk.services.outbox_runner import OutboxRun
    from renewdesk.services.verdicts import CheckResult
    from renewdesk.ui.renew_dialog import RenewDialog

# The navigation's width; on a small screen (1024 px) the pages need the room.
SIDEBAR_WIDE, SIDEBAR_NARROW, NARROW_BELOW = 248, 224, 1200
GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
PAGE_KEY = "mainWindow/page"
FIRST_LOAD_FALLBACK_MS = 1000


class MainWindow(QMainWindow):
    """The window over a :class:`UiContext`, or first a shell that paints before any service.

    ``MainWindow(ctx)`` builds everything at once. :meth:`first_paint` builds only the
    navigation, menus, status bar and the Subscriptions page over rows read with plain
    ``sqlite3``; it emits ``painted`` after its first paint, and :meth:`attach` then
    brings the services, the other pages and the background work.
    """

    painted = Signal()  # the first paint is on screen (emitted once, on the next turn)

    def __init__(
        self, ctx: UiContext | None, parent: QWidget | None = None, *, db_path: Path | None = None
    ) -> None:
        super().__init__(parent)
        name(self, "mainWindow", self.tr("RenewDesk"))
        self.db_path = ctx.db_path if ctx is not None else Path(db_path or "")
        self.runner = TaskRunner(self, synchronous=ctx.synchronous_tasks if ctx else False)
        self.setWindowTitle(self.tr("RenewDesk — Billing and Ordering"))
        self.setMinimumSize(1000, 620)
        self.subscriptions_page = SubscriptionsPage(ctx, self.runner)
        self._attached = False
        self._painted = False
        self.read_only_lock: Any = None  # a viewer's window holds off what writes (attach)
        self._loading = False  # the first load and the secret store probe have begun
        self._background_wanted = False
        # The daily backup, automatic quotes and reminders wait for the first rows: run
        # beside the load they would take its CPU (a 100k cache's table filled later).
        self._first_load_settled = False
        self._background_started = False
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)
        else:  # a platform whose paint never reaches this class: go on a second later
            QTimer.singleShot(FIRST_LOAD_FALLBACK_MS, self, self._emit_painted)

    @classmethod
    def first_paint(cls, db_path: Path, rows: list[Any], as_of: date) -> MainWindow:
        """The shell over lean rows (``renewdesk.store.lean_rows``), before any service."""
        window = cls(None, db_path=db_path)
        window.subscriptions_page.show_first_rows(rows, as_of)
        return window

    def attach(self, ctx: UiContext) -> None:
        """The services are built: make the other pages, wire them, and start loading."""
        from renewdesk.ui.auto_quotes_notice import AutoQuotesStatus
        from renewdesk.ui.background import BackgroundWork
        from renewdesk.ui.change_watcher import ChangeWatcher
        from renewdesk.ui.outbox_page import OutboxPage
        from renewdesk.ui.password_prompt import PasswordPrompt
        from renewdesk.ui.planning_page import PlanningPage
        from renewdesk.ui.planning_wiring import PlanningWiring
        from renewdesk.ui.quotes_page import QuotesPage
        from renewdesk.ui.read_only import lock_window
        from renewdesk.ui.signin_prompt import SignInPrompt

        self.ctx = ctx
        self.runner.synchronous = ctx.synchronous_tasks
        self.subscriptions_page.attach(ctx)
        self.quotes_page = QuotesPage(ctx, self.runner)
        self.outbox_page = OutboxPage(ctx, self.runner)
        self.planning_page = PlanningPage(ctx, self.runner)
        for page in (self.quotes_page, self.outbox_page, self.planning_page):
            self.stack.addWidget(page)
        self.background = BackgroundWork(ctx, self.runner, self)
        self.password_prompt = PasswordPrompt(ctx, self)
        self.watcher = ChangeWatcher(ctx.db_path, self, engine=ctx.extras.get("engine"))
        self._show_cache(ctx.db_name, str(ctx.db_target or ctx.db_path))  # a URL's name too
        self.auto_quotes_status = AutoQuotesStatus()
        self.auto_quotes_status.fix_requested.connect(self.fix_automatic_quotes)
        self.statusBar().insertPermanentWidget(0, self.auto_quotes_status)
        self.signin_prompt = SignInPrompt(self, ctx, self.runner, self.outbox_page)
        wire_pages(self)
        self.planning = PlanningWiring(self)
        for action in self._needs_services:
            action.setEnabled(True)
        self.read_only_lock = (
            lock_window(self, self._writing_targets(), ctx.db_role) if ctx.read_only else None
        )
        self._attached = True
        self.subscriptions_page.load_settled.connect(self._on_first_load_settled)
        self._on_page(self.nav.currentRow())  # a page chosen while the shell stood alone
        if ctx.synchronous_tasks:  # tests: everything inline, timers driven by hand
            self._start_loading()
        elif self._painted:
            QTimer.singleShot(0, self, self._start_loading)
        else:
            # A window that is never shown (a test's) loads on the first event-loop turn;
            # one whose paint never reaches this class (a platform that skips it) a
            # second later.
            # The window is each timer's context, so a window closed first cancels them.
            QTimer.singleShot(0, self, self._load_unless_shown)
            QTimer.singleShot(FIRST_LOAD_FALLBACK_MS, self, self._start_loading)

    def _load_unless_shown(self) -> None:
        if not self.isVisible():
            self._start_loading()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The first paint comes first: services, loading and daily work start after it."""
        super().paintEvent(event)
        if not self._painted:
            QTimer.singleShot(0, self, self._emit_painted)

    def _emit_painted(self) -> None:
        if self._painted:
            return
        self._painted = True
        self.painted.emit()
        if self._attached:
            self._start_loading()

    def _start_loading(self) -> None:
        """Check every subscription (off the GUI thread), start timers; the secret store
        probe follows the first rows' verdicts (it loads the keyring's libraries)."""
        if self._loading or not self._attached:
            return
        self._loading = True
        self.reload()
        if not self.ctx.synchronous_tasks:
            if not self.ctx.read_only:  # a viewer queues nothing and may send nothing
                self.outbox_page.timer.start()
            self.watcher.start()
        self._start_background_when_due()

    def _on_first_load_settled(self) -> None:
        if not self._first_load_settled:
            self.background.probe_secrets()
        self._first_load_settled = True
        self._start_background_when_due()

    def start_background(self) -> None:
        """Application start (run_gui): recover the outbox, daily work, first send.

        Runs once the window has painted and its first load has shown its rows (or
        failed); at once if that has happened.
        """
        self._background_wanted = True
        self._start_background_when_due()

    def _start_background_when_due(self) -> None:
        due = self._background_wanted and self._loading and self._first_load_settled
        # A viewer's window runs no daily job: automatic quotes, backups and reminders write.
        if due and not self._background_started and not self.ctx.read_only:
            self._background_started = True
            self.background.start()
            self.planning.start()  # renewal reminders now, then hourly

    def bring_to_front(self) -> None:
        """Another ``renewdesk`` on this cache asked for this window instead of opening one."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # ---- layout ----------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDE)
        self.sidebar = sidebar
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        title = QLabel(self.tr("Billing and Ordering").upper())
        title.setObjectName("sidebarTitle")
        title.setWordWrap(True)  # "FAKTURERING OCH BESTÄLLNING" is wider than the sidebar
        side.addWidget(title)
        self.nav = QListWidget()
        name(self.nav, "navList", self.tr("Billing and Ordering"))
        for text in (
            self.tr("Subscriptions and Agreements"),
            self.tr("Quotes"),
            self.tr("Outbox"),
            self.tr("Renewal planning"),
        ):
            item = QListWidgetItem(text)
            item.setToolTip(text)  # whole where the narrow sidebar (below 1200 px) elides it
            item.setSizeHint(QSize(200, 38))
            self.nav.addItem(item)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.nav, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.subscriptions_page)  # attach() adds the other pages
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_import = QAction(self.tr("&Import…"), self)
        self.action_import.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.action_export = QAction(self.tr("&Export…"), self)
        self.action_export.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.action_restore = QAction(self.tr("&Restore from backup…"), self)
        self.action_restore.setObjectName("actionRestoreBackup")
        self.action_quit = QAction(self.tr("&Quit"), self)
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        for action in (self.action_import, self.action_export):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addAction(self.action_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        # Until attach() these would open a dialog without services: off, for a moment.
        self._needs_services = (self.action_import, self.action_settings, self.action_restore)
        for action in self._needs_services:
            action.setEnabled(False)
        self._build_keyboard_menus(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_about = QAction(self.tr("&About RenewDesk"), self)
        help_menu.addAction(self.action_about)

    def _build_keyboard_menus(self, bar: QMenuBar) -> None:
        """Edit, View and Subscriptions: everything a keyboard user needs, with its shortcut."""
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.action_find = QAction(self.tr("&Find subscriptions"), self)
        self.action_find.setObjectName("actionFind")
        self.action_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.action_find.triggered.connect(self._on_find)
        edit_menu.addAction(self.action_find)
        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for row, text in enumerate(
            (self.tr("&Subscriptions and Agreements"), self.tr("&Quotes"), self.tr("&Outbox"))
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _on=False, row=row: self.nav.setCurrentRow(row))
            view_menu.addAction(action)
            self.page_actions.append(action)
        page = self.subscriptions_page
        subs_menu = bar.addMenu(self.tr("&Subscriptions"))
        for action in (page.action_renew, page.action_auto_off, page.action_auto_on):
            subs_menu.addAction(action)
        subs_menu.addSeparator()
        subs_menu.addAction(page.action_export)

    def _writing_targets(self) -> list[Any]:
        """Every button and action that changes the cache (held off in a viewer's window)."""
        subs, details = self.subscriptions_page, self.subscriptions_page.details
        quotes, outbox, planning = self.quotes_page, self.outbox_page, self.planning_page
        return [
            self.action_import,
            self.action_restore,
            subs.action_renew,
            subs.action_auto_off,
            subs.action_auto_on,
            subs.action_stage,
            details.stage_button,
            details.renew_button,
            subs.empty_box.import_button,
            quotes.buy_button,
            quotes.resend_button,
            quotes.new_quote_button,
            quotes.cancel_button,
            quotes.discard_button,
            outbox.retry_button,
            outbox.send_all_button,
            planning.months,
            planning.lead_days,
        ]

    def _refused(self) -> bool:
        """In a viewer's window: say why nothing that writes opens, and True."""
        if self.read_only_lock is not None:
            self.show_message(self.read_only_lock.reason)
            return True
        return False

    def _on_find(self) -> None:
        self.nav.setCurrentRow(0)
        self.subscriptions_page.focus_search()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.online_label = QLabel()
        self.online_label.setAccessibleName(self.tr("Connection"))
        self.cache_label = QLabel()
        self.cache_label.setAccessibleName(self.tr("Cache file"))
        self.as_of_label = QLabel()
        self.as_of_label.setAccessibleName(self.tr("As of"))
        self.secrets_label = QLabel(self.tr("Passwords: checking the keyring…"))
        self.secrets_label.setAccessibleName(self.tr("Password store"))
        bar.addPermanentWidget(self.cache_label)
        bar.addPermanentWidget(self.as_of_label)
        bar.addPermanentWidget(self.secrets_label)
        bar.addPermanentWidget(self.online_label)
        # What stays the same all session steps aside while a message shows, so the
        # message gets the bar's width instead of the few pixels left of them.
        self._quiet_while_message = (self.cache_label, self.as_of_label, self.secrets_label)
        bar.messageChanged.connect(self._on_status_message)
        self._show_cache(self.db_path.name, str(self.db_path))
        self.set_online(None)

    # ---- state -----------------------------------------------------------------------

    def reload(self) -> None:
        self.subscriptions_page.reload()
        self.quotes_page.reload()
        self.outbox_page.reload()

    def _update_as_of(self) -> None:
        as_of = self.subscriptions_page.model.as_of
        self.as_of_label.setText(self.tr("As of %1").replace("%1", as_of.isoformat()))

    def _show_cache(self, name: str, where: str) -> None:
        self.cache_label.setText(self.tr("Cache: %1").replace("%1", name))
        self.cache_label.setToolTip(where)

    def set_online(self, online: bool | None) -> None:
        if online is None:
            text, color = self.tr("● Connection not checked"), "#667085"
        elif online:
            text, color = self.tr("● Online"), "#067647"
        else:
            text, color = self.tr("● Offline"), "#b54708"
        # The status bar stays short enough for a 1024 px screen; the tooltip explains.
        self.online_label.setToolTip(
            self.tr("Quotes wait in the outbox until the mail server can be reached.")
            if online is False
            else ""
        )
        self.online_label.setText(text)
        self.online_label.setStyleSheet(f"color: {color};")

    def set_secret_store(self, description: str, persistent: bool) -> None:
        text = (
            self.tr("Passwords: OS keyring")
            if persistent
            else self.tr("Passwords: this session only")
        )
        self.secrets_label.setText(text)
        self.secrets_label.setToolTip(description)
        self.signin_prompt.check()

    def on_delivery_attempted(self, run: OutboxRun) -> None:
        """Every send attempt (timer, Retry now, Resend, the Renew dialog) lands here."""
        if run.online is not None:
            self.set_online(run.online)
        self.signin_prompt.after_run(run)
        if run.needs_password:
            if self.password_prompt.ensure():
                self.outbox_page.send_due()
            elif not self.password_prompt.can_ask():
                self.show_message(
                    self.tr("Enter the SMTP password in Settings to send the waiting quotes.")
                )
        self.outbox_page.reload()

    def _after_automatic_quotes(self, numbers: list[str]) -> None:
        self.subscriptions_page.reload()
        self.quotes_page.reload()
        self.outbox_page.reload()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_status_message(self, text: str) -> None:
        for label in self._quiet_while_message:
            label.setVisible(not text)

    def _on_page(self, row: int) -> None:
        if not self._attached:
            return  # attach() shows the page chosen meanwhile
        self.stack.setCurrentIndex(row)
        if row == 1:
            self.quotes_page.reload()
        elif row == 2:
            self.outbox_page.reload()
        elif row == 3:
            self.planning_page.reload()

    def _settings(self) -> QSettings:
        return QSettings()

    def _restore_geometry(self) -> None:
        settings = self._settings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            width = min(1480, screen.width() - 40) if screen else 1320
            height = min(900, screen.height() - 40) if screen else 820
            self.resize(max(width, 1000), max(height, 620))
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < NARROW_BELOW
        self.sidebar.setFixedWidth(SIDEBAR_NARROW if narrow else SIDEBAR_WIDE)
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        if self._attached:
            self.outbox_page.stop()
            self.background.stop()
            self.planning.timer.stop()
            self.watcher.close()
        self.runner.wait_for_done(10_000)
        super().closeEvent(event)

    # ---- dialogs ---------------------------------------------------------------------

    def open_renew(self, results: list[CheckResult], single: bool, choose: bool = True) -> None:
        """The Renew dialog over ``results``: the group of them (or of the one, ``single``)
        chosen, or none chosen (``choose`` off: Bulk actions > Renew with nothing selected)."""
        from renewdesk.ui.renew_dialog import RenewDialog

        if self._refused():
            return
        dialog = RenewDialog(
            self.ctx, self.runner, results, single=single, choose=choose, parent=self
        )
        self._wire_renew(dialog)
        dialog.subscriptions_changed.connect(self.subscriptions_page.reload)
        dialog.open()

    def _wire_renew(self, dialog: RenewDialog) -> None:
        dialog.quote_sent.connect(self._after_quote)
        dialog.delivery_attempted.connect(self.on_delivery_attempted)
        dialog.ensure_password = self.password_prompt.ensure
        self.renew_dialog = dialog

    def _after_quote(self, number: str) -> None:
        self.subscriptions_page.reload()
        self.quotes_page.reload(select=number)
        self.outbox_page.reload()

    def _on_copy_quote(self, number: str) -> None:
        """Create new quote: the copy opens in the Renew dialog's review step."""
        from renewdesk.ui.renew_dialog import RenewDialog

        if self._refused():
            return
        dialog = RenewDialog.for_copy(self.ctx, self.runner, number, parent=self)
        if dialog is None:
            return
        self._wire_renew(dialog)
        dialog.open()

    def open_import(self) -> None:
        from renewdesk.ui.import_dialog import ImportDialog

        if self._refused():
            return
        dialog = ImportDialog(self.ctx, self.runner, parent=self)
        dialog.imported.connect(self.subscriptions_page.reload)
        self.import_dialog = dialog
        dialog.open()

    def open_settings(self, focus: str = "") -> None:
        from renewdesk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.runner, parent=self)
        dialog.saved.connect(lambda: self.show_message(self.tr("Settings saved.")))
        dialog.saved.connect(self.signin_prompt.check)
        dialog.saved.connect(self._run_automatic_quotes_again)
        dialog.shared_panel.reopened.connect(self.close)  # a new window on the chosen database
        self.settings_dialog = dialog
        dialog.open()
        if focus:
            dialog.focus_field(focus)

    def _run_automatic_quotes_again(self) -> None:
        # A saved sender or server makes the day's automatic quotes at once (once the
        # background work runs at all: run_gui starts it, a bare create_main_window not).
        if self.background.started:
            self.background.run_daily()

    def fix_automatic_quotes(self, fix: str) -> None:
        """The automatic-quotes notice's button: the missing setting, or the price book."""
        from renewdesk.ui.auto_quotes_notice import FIX_PRICES, SHOW_QUOTES

        if fix == FIX_PRICES:
            self.open_import()
            self.import_dialog.imported.connect(self._run_automatic_quotes_again)
        elif fix == SHOW_QUOTES:
            self.nav.setCurrentRow(1)
        elif fix:
            self.open_settings(focus=fix)

    def _cache_damaged(self, problem: str) -> None:
        """The daily quick check failed: say so once, and offer File > Restore from backup."""
        from renewdesk.ui.cache_recovery import damaged_box

        if self.findChild(QMessageBox, "cacheDamagedBox") is not None:
            return
        box = damaged_box(problem, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: button.objectName() == "restoreFromBackupButton" and self.open_restore()
        )
        self.damaged_box = box
        box.open()

    def open_restore(self) -> None:
        from renewdesk.ui.restore_dialog import RestoreDialog

        if self._refused():
            return
        dialog = RestoreDialog(self.ctx, self.runner, parent=self)
        dialog.restore_requested.connect(self.restore_backup)
        self.restore_dialog = dialog
        dialog.open()

    def restore_backup(self, backup: Path) -> None:
        """Quiet the window, let the composition root swap the file, then show the new data."""
        restore = self.ctx.restore_backup
        if restore is None:
            return
        self.outbox_page.stop()
        self.background.stop()
        self.planning.timer.stop()
        self.watcher.close()  # its connection must not hold the old file
        self.runner.wait_for_done(30_000)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            safety = restore(backup)
        except Exception as exc:  # a bad backup or a full disk: the old cache stays
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("The backup was not restored"), str(exc))
        else:
            QApplication.restoreOverrideCursor()
            kept = safety.name if safety is not None else ""
            self.show_message(
                self.tr("Backup restored. The cache as it was is kept as %1.").replace("%1", kept)
                if kept
                else self.tr("Backup restored.")
            )
        self.reload()
        if not self.ctx.synchronous_tasks:
            if not self.ctx.read_only:  # a viewer queues nothing and may send nothing
                self.outbox_page.timer.start()
            self.watcher.start()
        if self.background.started:
            self.background.daily_timer.start()
            self.planning.timer.start()

    def open_demo(self) -> None:
        """Open demo data: the composition root rebuilds the window over the demo cache."""
        build, reopen = self.ctx.build_demo, self.ctx.reopen
        target = self.ctx.db_path.with_name("demo.sqlite")
        if target == self.ctx.db_path:
            target = self.ctx.db_path.with_name("demo-data.sqlite")
        today = self.ctx.today()

        def work(progress: object) -> object:
            return build(target, today)

        def done(path: object) -> None:
            if reopen is not None and reopen(target) is not False:
                self.close()

        self.show_message(self.tr("Building the demo data…"))
        self.runner.submit(work, name="demo", on_finished=done, on_failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Something went wrong"), str(error))

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RenewDesk"),
            self.tr(
                "<h3>RenewDesk %1</h3><p>Renew software subscriptions by quote, offline: "
                "import the portal's export, check every subscription against the "
                "renewal-quote rules, build and send quotes, and track them until they "
                "are bought.</p><p>Cache: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.ctx.db_name if self.ctx.on_server else str(self.ctx.db_path)),
        )
