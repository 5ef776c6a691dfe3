"""The Outbox page: queued and failed quote emails, Retry now, and a timer that keeps sending."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from renewdesk.domain import OutboxMessage, OutboxStatus
from renewdesk.services.outbox_runner import OutboxRun
from renewdesk.ui import labels
from renewdesk.ui.context import UiContext
from renewdesk.ui.row_model import BadgeRole, Index, RowRole, RowTableModel
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import BadgeDelegate, configure_table, muted, name, page_header

RETRY_INTERVAL_MS = 60_000

STATUS_BADGE = {
    OutboxStatus.QUEUED: "eligible_info",
    OutboxStatus.SENDING: "eligible_info",
    OutboxStatus.SENT: "eligible",
    OutboxStatus.FAILED: "blocked",
}


class OutboxColumn(enum.IntEnum):
    QUOTE = 0
    RECIPIENTS = enum.auto()
    ATTEMPTS = enum.auto()
    STATUS = enum.auto()
    UPDATED = enum.auto()
    QUEUED_BY = enum.auto()  # the admin whose account sends it (team mode)
    LAST_ERROR = enum.auto()


class OutboxModel(RowTableModel[OutboxMessage]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Quote"),
                self.tr("Recipients"),
                self.tr("Attempts"),
                self.tr("Status"),
                self.tr("Last attempt"),
                self.tr("Queued by"),
                self.tr("Last error"),
            ],
            parent,
        )

    def message_at(self, row: int) -> OutboxMessage:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        col = OutboxColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                OutboxColumn.QUOTE: m.quote_number,
                OutboxColumn.RECIPIENTS: ", ".join(m.recipients),
                OutboxColumn.ATTEMPTS: str(m.attempts),
                OutboxColumn.STATUS: labels.outbox_status_label(m.status),
                OutboxColumn.UPDATED: labels.day(m.updated),
                OutboxColumn.LAST_ERROR: m.last_error,
                OutboxColumn.QUEUED_BY: m.queued_by,
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (
            OutboxColumn.LAST_ERROR,
            OutboxColumn.RECIPIENTS,
        ):
            return m.last_error if col is OutboxColumn.LAST_ERROR else "\n".join(m.recipients)
        if role == RowRole:
            return m
        if role == BadgeRole:
            return STATUS_BADGE.get(m.status, "neutral")
        return None


class OutboxPage(QWidget):
    delivery_attempted = Signal(object)  # OutboxRun: online/offline, a missing password
    message = Signal(str)
    sent = Signal()
    reload_started = Signal()  # the change watcher notes what this load will see
    signin_requested = Signal()  # the notice's Sign in button (OAuth 2.0 sign-in ended)

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._sending = False
        self.model = OutboxModel(self)
        self._build()
        self.retry_button.clicked.connect(self._on_retry_selected)
        self.send_all_button.clicked.connect(self.send_due)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # Sends what is due every minute; each message's backoff decides what is due.
        # The window starts it (create_main_window and run_gui alike, not in tests).
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.send_due_on_timer)
        self._update_actions()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        header, self.count_label = page_header(self.tr("Outbox"))
        outer.addWidget(header)
        outer.addWidget(
            muted(
                self.tr(
                    "Quote emails wait here until the mail server can be reached; RenewDesk "
                    "retries every minute while it is open. Nothing is sent twice."
                )
            )
        )
        outer.addWidget(self._signin_notice())
        bar = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setProperty("kind", "primary")
        self.send_all_button = QPushButton(self.tr("Send all due"))
        bar.addWidget(self.retry_button)
        bar.addWidget(self.send_all_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.table = QTableView()
        name(self.table, "outboxTable", self.tr("Outbox"))
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(OutboxColumn.STATUS, BadgeDelegate(BadgeRole, self))
        for col, width in (
            (OutboxColumn.QUOTE, 140),
            (OutboxColumn.RECIPIENTS, 280),
            (OutboxColumn.ATTEMPTS, 80),
            (OutboxColumn.STATUS, 100),
            (OutboxColumn.UPDATED, 140),
        ):
            # Never narrower than the title, whatever the language.
            self.table.setColumnWidth(
                col, max(width, self.table.horizontalHeader().sectionSizeHint(col))
            )
        outer.addWidget(self.table, 1)

    def _signin_notice(self) -> QFrame:
        self.signin_notice = QFrame()
        self.signin_notice.setObjectName("outboxSignInNotice")
        self.signin_notice.setProperty("role", "notice")
        row = QHBoxLayout(self.signin_notice)
        self.signin_text = QLabel("")
        self.signin_text.setWordWrap(True)
        self.signin_button = QPushButton(self.tr("Sign in…"))
        name(self.signin_button, "outboxSignInButton", self.tr("Sign in"))
        self.signin_button.setProperty("kind", "primary")
        self.signin_button.clicked.connect(self.signin_requested)
        row.addWidget(self.signin_text, 1)
        row.addWidget(self.signin_button)
        self.signin_notice.hide()
        return self.signin_notice

    def set_signin_needed(self, needed: bool, user: str = "") -> None:
        """Show or hide the "sign in again" notice above the table."""
        self.signin_text.setText(
            self.tr(
                "Sign in again to send: RenewDesk is not signed in to the mailbox %1 (the "
                "sign-in expired, was revoked or was never made). The quotes wait here and "
                "go out as soon as you have signed in."
            ).replace("%1", user)
        )
        self.signin_notice.setVisible(needed)

    def _update_actions(self, *_args: object) -> None:
        self.retry_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.send_all_button.setEnabled(self.model.rowCount() > 0)

    def reload(self) -> None:
        self.reload_started.emit()
        outbox = self._ctx.outbox

        def work(progress: Callable[[int, int, str], None]) -> list[OutboxMessage]:
            return [m for m in outbox.list() if m.status is not OutboxStatus.SENT]

        def done(rows: list[OutboxMessage]) -> None:
            self.model.set_rows(rows)
            self.count_label.setText(self.tr("%n message(s) waiting", "", len(rows)))

        self._runner.submit(work, name="outbox", on_finished=done)

    def _on_retry_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        ids = [self.model.message_at(i.row()).id for i in rows]
        send = self._ctx.send_outbox

        def work(progress: Callable[[int, int, str], None]) -> Any:
            return send(retry=tuple(ids))

        self._runner.submit(
            work, name="retry", on_finished=self._after_send, on_failed=self._send_failed
        )

    def send_due(self) -> None:
        """Send what is due, off the GUI thread (Send all, a password just entered)."""
        self._send(on_timer=False)

    def send_due_on_timer(self) -> None:
        """The timer's (and start-up's) send: skipped while another client sends on its own."""
        self._send(on_timer=True)

    def _send(self, *, on_timer: bool) -> None:
        send = self._ctx.send_outbox
        if self._sending:
            return
        self._sending = True

        def work(progress: Callable[[int, int, str], None]) -> Any:
            return send.on_timer() if on_timer else send()

        self._runner.submit(
            work, name="send-due", on_finished=self._after_send, on_failed=self._send_failed
        )

    def _after_send(self, run: OutboxRun) -> None:
        self._sending = False
        report = run.report
        if report is not None and report.sent:
            self.message.emit(self.tr("%n quote email(s) sent.", "", report.sent))
        elif run.error:
            self.message.emit(run.error)
        self.delivery_attempted.emit(run)  # last: the window may ask for the password
        self.reload()
        self.sent.emit()

    def _send_failed(self, error: BaseException) -> None:
        self._sending = False
        if isinstance(error, OSError):
            self.delivery_attempted.emit(OutboxRun(online=False, error=str(error)))
        else:
            QMessageBox.warning(self, self.tr("Sending failed"), str(error))
        self.reload()

    def stop(self) -> None:
        self.timer.stop()
