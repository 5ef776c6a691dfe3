"""Work the window does by itself: at start-up, once a day, and on timers.

At application start (``run_gui`` calls :meth:`BackgroundWork.start`):
emails a crash left in ``sending`` go back in the queue (once, before any
send), then the daily work runs (the cache's daily backup and the automatic
quotes of SPEC 2), then the outbox sends what is due. While the window is open
a timer checks every ten minutes whether the day's work is due again (a window
left open past midnight makes the next day's quotes). Everything runs on the
TaskRunner; the GUI thread only receives the results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from renewdesk.services.auto_quotes import AutoQuoteReport
from renewdesk.services.backups import CacheDamagedError
from renewdesk.services.quote_service import default_now
from renewdesk.ui.context import UiContext
from renewdesk.ui.task_runner import TaskRunner

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 10 * 60_000


@dataclass(frozen=True)
class DailyResult:
    """What one daily run did."""

    backup: Path | None = None  # the backup made today, if this run made it
    created: tuple[str, ...] = ()  # automatic quote numbers
    skipped: int = 0  # due subscriptions that got no automatic quote
    errors: tuple[str, ...] = field(default=())
    damaged: str = ""  # the daily backup's quick check found the cache damaged: why
    report: AutoQuoteReport | None = None  # the automatic quotes' run, when one ran
    copy_skipped: bool = False  # no daily copy here by design (a server without pg_dump)


class BackgroundWork(QObject):
    """Start-up and timed work; the main window connects these signals to its pages."""

    secret_store_known = Signal(str, bool)  # description, persistent
    quotes_made = Signal(list)  # numbers of the automatic quotes just made
    auto_quotes_reported = Signal(object)  # AutoQuoteReport of every run that ran
    send_requested = Signal()  # time to send what the outbox holds
    message = Signal(str)
    cache_damaged = Signal(str)  # the daily quick check failed: offer Restore from backup

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._daily_running = False
        self._told_copy_skipped = False
        self.started = False
        self.last_daily: DailyResult | None = None
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.run_daily)

    # ---- the secret store ------------------------------------------------------------

    def probe_secrets(self) -> None:
        """Probe the keyring off the GUI thread (it may block), then say which store it is."""
        store = self._ctx.secret_store

        def work(_progress: Callable[[int, int, str], None]) -> tuple[str, bool]:
            return store.description, store.persistent

        self._runner.submit(
            work,
            name="secret-probe",
            on_finished=lambda pair: self.secret_store_known.emit(*pair),
            on_failed=lambda exc: log.warning("secret store probe failed: %s", exc),
        )

    # ---- application start -------------------------------------------------------------

    def start(self) -> None:
        """Requeue interrupted sends, run the daily work, then send; start the daily timer."""
        if self.started:
            return
        self.started = True
        outbox = self._ctx.outbox

        def recover(_progress: Callable[[int, int, str], None]) -> int:
            # The quote clock (RENEWDESK_TODAY aware), so the requeued ones are due now.
            return outbox.recover_interrupted(default_now())

        self._runner.submit(
            recover, name="outbox-recover", on_finished=self._after_recover, on_failed=self._failed
        )

    def _after_recover(self, requeued: int) -> None:
        if requeued:
            text = self.tr("%n email(s) cut off by the last shutdown queued again.", "", requeued)
            self.message.emit(text)
        self.daily_timer.start()
        self.run_daily(then_send=True)

    # ---- once a day ----------------------------------------------------------------------

    def run_daily(self, then_send: bool = False) -> None:
        """The daily backup and the automatic quotes, when due today (cheap when not)."""
        if self._daily_running:
            return
        self._daily_running = True
        ctx = self._ctx
        today = ctx.today()

        def work(_progress: Callable[[int, int, str], None]) -> DailyResult:
            errors: list[str] = []
            backup = None
            try:
                backup = ctx.daily_backup()
            except CacheDamagedError as exc:  # no automatic quotes over damaged pages
                log.warning("daily backup: the cache is damaged: %s", exc)
                return DailyResult(errors=(str(exc),), damaged=str(exc))
            except Exception as exc:  # a full disk must not stop the quotes
                log.warning("daily backup failed: %s", exc)
                errors.append(str(exc))
            skipped = backup is None and not errors and ctx.daily_copy_skipped()
            return replace(quotes(errors, backup), copy_skipped=skipped)

        def quotes(errors: list[str], backup: Path | None) -> DailyResult:
            if not ctx.auto_quotes.is_due(today):
                # Turned off: nothing waits any more, so the window drops its notice.
                enabled = ctx.quotes.settings().automatic_quotes
                off = None if enabled else AutoQuoteReport(today, disabled=True)
                return DailyResult(backup, errors=tuple(errors), report=off)
            report = ctx.auto_quotes.run(today, deliver=False)
            if report.elsewhere:  # another admin's client makes them: its report, not ours
                return DailyResult(backup, errors=tuple(errors))
            return DailyResult(
                backup, report.created, len(report.skipped), tuple(errors), report=report
            )

        def done(result: DailyResult) -> None:
            self._daily_running = False
            self.last_daily = result
            if result.damaged:
                self.cache_damaged.emit(result.damaged)
            if result.copy_skipped and not self._told_copy_skipped:
                self._told_copy_skipped = True  # once a session, not every day it runs
                self.message.emit(
                    self.tr(
                        "No daily copy here: pg_dump is not installed; the server's backups apply."
                    )
                )
            if result.report is not None:
                self.auto_quotes_reported.emit(result.report)
            if result.created:
                self.message.emit(
                    self.tr("%n automatic quote(s) made and queued.", "", len(result.created))
                )
                self.quotes_made.emit(list(result.created))
            if result.created or then_send:
                self.send_requested.emit()

        def failed(error: BaseException) -> None:
            self._daily_running = False
            self._failed(error)
            if then_send:
                self.send_requested.emit()

        self._runner.submit(work, name="daily", on_finished=done, on_failed=failed)

    def stop(self) -> None:
        self.daily_timer.stop()

    def _failed(self, error: BaseException) -> None:
        log.warning("background work failed: %s", error)
        self.message.emit(self.tr("Background work failed: %1").replace("%1", str(error)))
