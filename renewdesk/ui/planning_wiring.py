"""Connects the Renewal planning page to the window: menus, exports, reminders (issue 14).

Kept apart from ``main_window`` so the window only creates the page and this object.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QSystemTrayIcon

from renewdesk.planning.reminders import Reminder, ReminderKind
from renewdesk.ui.planning_labels import Planning

if TYPE_CHECKING:
    from renewdesk.ui.main_window import MainWindow

REMINDER_CHECK_MS = 60 * 60 * 1000  # hourly: a window that opens today is told today


def reminder_text(reminder: Reminder) -> str:
    """One reminder as a sentence in the admin's language."""
    day = reminder.on.isoformat()
    if reminder.kind is ReminderKind.WINDOW_OPENS:
        return (
            Planning.tr("The renewal window of %1 opened on %2: a quote can be made now.")
            .replace("%1", reminder.subject)
            .replace("%2", day)
        )
    if reminder.kind is ReminderKind.WINDOW_CLOSES:
        return (
            Planning.tr(
                "The renewal window of %1 closes in %n day(s), on %2.", "", reminder.days_left
            )
            .replace("%1", reminder.subject)
            .replace("%2", day)
        )
    return (
        Planning.tr("Quote %1 expires in %n day(s), on %2.", "", reminder.days_left)
        .replace("%1", reminder.subject)
        .replace("%2", day)
    )


def reminder_message(reminders: list[Reminder]) -> tuple[str, str]:
    """(title, body) of one notification for every reminder due now."""
    title = Planning.tr("RenewDesk: %n renewal reminder(s)", "", len(reminders))
    lines = [reminder_text(r) for r in reminders[:4]]
    if len(reminders) > 4:
        lines.append(
            Planning.tr("… and %n more on the Renewal planning page.", "", len(reminders) - 4)
        )
    return title, "\n".join(lines)


class PlanningWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = window.ctx
        self.page = window.planning_page
        self.tray: QSystemTrayIcon | None = None
        self.last_reminders: list[Reminder] = []
        self.timer = QTimer(self)
        self.timer.setInterval(REMINDER_CHECK_MS)
        self.timer.timeout.connect(self.check_reminders)
        self._add_menu_actions()
        self._connect()

    def _add_menu_actions(self) -> None:
        w = self._window
        self.action_calendar = QAction(Planning.tr("Export &calendar…"), w)
        self.action_calendar.setObjectName("actionExportCalendar")
        self.action_report = QAction(Planning.tr("Export &report…"), w)
        self.action_report.setObjectName("actionExportReport")
        menu = w.menuBar().actions()[0].menu()
        actions = menu.actions()  # type: ignore[union-attr]
        after = actions.index(w.action_export) + 1 if w.action_export in actions else len(actions)
        before = actions[after] if after < len(actions) else None
        for action in (self.action_calendar, self.action_report):
            menu.insertAction(before, action)  # type: ignore[union-attr, arg-type]

    def _connect(self) -> None:
        w, page = self._window, self.page
        page.show_subscriptions.connect(self._show_subscriptions)
        page.message.connect(w.show_message)
        page.export_calendar_requested.connect(self.export_calendar)
        page.export_report_requested.connect(self.export_report)
        self.action_calendar.triggered.connect(self.export_calendar)
        self.action_report.triggered.connect(self.export_report)
        subs = w.subscriptions_page
        subs.plans_changed.connect(self._refresh_if_shown)
        subs.data_changed.connect(self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self._window.stack.currentWidget() is self.page:
            self.page.reload()

    def _show_subscriptions(self, ids: list[str], what: str) -> None:
        w = self._window
        w.nav.setCurrentRow(0)
        w.subscriptions_page.show_only(ids, what)

    # ---- exports ------------------------------------------------------------------------

    def export_calendar(self, path: str | None = None) -> None:
        planning = self._ctx.planning
        if planning is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self._window,
                Planning.tr("Export calendar"),
                "renewdesk-renewals.ics",
                Planning.tr("iCalendar files (*.ics)"),
            )
        if not path:
            return
        target, today = Path(path), self._ctx.today()

        def work(progress: Callable[[int, int, str], None]) -> int:
            return planning.write_calendar(target, today)

        def done(count: int) -> None:
            self._window.show_message(
                Planning.tr("%n event(s) written to %1.", "", count).replace("%1", target.name)
            )

        self._window.runner.submit(work, name="calendar", on_finished=done, on_failed=self._failed)

    def export_report(self) -> None:
        from renewdesk.ui.report_dialog import ReportDialog

        if not self._window.subscriptions_page.model.checked:  # the first second after start
            self._window.show_message(
                Planning.tr(
                    "The subscriptions are still being checked; export the report in a moment."
                )
            )
            return
        dialog = ReportDialog(self._window, parent=self._window)
        self.report_dialog = dialog
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, Planning.tr("The file was not written"), str(error))

    # ---- reminders ----------------------------------------------------------------------

    def start(self) -> None:
        """Application start: check now, then every hour."""
        self.check_reminders()
        self.timer.start()

    def check_reminders(self, today: date | None = None) -> None:
        planning = self._ctx.planning
        if planning is None or not planning.reminders_enabled():
            return
        day = today or self._ctx.today()

        def work(progress: Callable[[int, int, str], None]) -> list[Reminder]:
            due = planning.pending_reminders(day)
            planning.mark_shown(due)  # once each, even if the admin misses the bubble
            return due

        self._window.runner.submit(work, name="reminders", on_finished=self._notify)

    def _notify(self, reminders: list[Reminder]) -> None:
        self.last_reminders = reminders
        if not reminders:
            return
        title, body = reminder_message(reminders)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = QApplication.windowIcon()
                self.tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), self)
                self.tray.setToolTip("RenewDesk")
                self.tray.messageClicked.connect(self._open_page)
                self.tray.show()
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:  # no tray (some Linux desktops, offscreen): the status bar says it
            self._window.statusBar().showMessage(title + " — " + body.replace("\n", " "), 30000)

    def _open_page(self) -> None:
        self._window.bring_to_front()
        self._window.nav.setCurrentRow(3)
