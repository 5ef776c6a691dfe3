"""The Quotes page: every quote, the lifecycle actions it allows, and its audit trail."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from renewdesk.domain import AuditEvent, OutboxStatus, Quote, QuoteStatus
from renewdesk.messages import sentence
from renewdesk.quotes.delivery import SendResult, all_recipients
from renewdesk.quotes.lifecycle import Action, is_allowed
from renewdesk.rules import Code, Finding
from renewdesk.services.outbox_runner import OutboxRun
from renewdesk.ui import labels
from renewdesk.ui.auto_quotes_notice import AutoQuotesNotice
from renewdesk.ui.context import UiContext
from renewdesk.ui.flow_layout import FlowLayout
from renewdesk.ui.quote_actions import OpenUrl, ResendDialog, no_viewer_box, open_url
from renewdesk.ui.quotes_model import QuoteColumn, QuotesModel
from renewdesk.ui.renew_send import default_output_folder, safe_name
from renewdesk.ui.row_model import BadgeRole
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.theme import explain_disabled
from renewdesk.ui.widgets import BadgeDelegate, configure_table, muted, name, page_header


class QuotesPage(QWidget):
    message = Signal(str)
    subscriptions_changed = Signal()
    outbox_changed = Signal()
    copy_requested = Signal(str)
    delivery_attempted = Signal(object)  # OutboxRun of a Resend
    reload_started = Signal()  # the change watcher notes what this load will see

    ensure_password: Callable[[], bool] = staticmethod(lambda: True)  # the window's prompt
    open_url: OpenUrl = staticmethod(open_url)  # the OS's viewer; False when there is none

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self.model = QuotesModel(self)
        self._following = ""  # the quote the page stays on across sorts, searches, reloads
        self._build()
        self._connect()
        self._update_actions()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        header, self.count_label = page_header(self.tr("Quotes"))
        outer.addWidget(header)
        bar = FlowLayout()  # wraps on a 1024 px screen instead of cutting a button
        self.open_pdf_button = QPushButton(self.tr("Open PDF"))
        name(self.open_pdf_button, "openPdfButton", self.tr("Open PDF"))
        self.resend_button = QPushButton(self.tr("Resend…"))
        name(self.resend_button, "resendButton", self.tr("Resend"))
        self.buy_button = QPushButton(self.tr("Buy"))
        name(self.buy_button, "buyButton", self.tr("Buy"))
        self.buy_button.setProperty("kind", "primary")
        self.new_quote_button = QPushButton(self.tr("Create new quote"))
        name(self.new_quote_button, "newQuoteButton", self.tr("Create new quote"))
        self.cancel_button = QPushButton(self.tr("Record cancellation by partner…"))
        name(self.cancel_button, "cancelByPartnerButton", self.tr("Record cancellation by partner"))
        self.discard_button = QPushButton(self.tr("Discard draft"))
        for button in (
            self.buy_button,
            self.open_pdf_button,
            self.resend_button,
            self.new_quote_button,
            self.cancel_button,
            self.discard_button,
        ):
            bar.addWidget(button)
        outer.addLayout(bar)
        self.search = QLineEdit()
        name(self.search, "quotesSearch", self.tr("Search quotes"))
        self.search.setPlaceholderText(self.tr("Search number, customer, status…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        outer.addWidget(self.search)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        outer.addWidget(self.note)
        self.auto_notice = AutoQuotesNotice()
        outer.addWidget(self.auto_notice)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        name(self.table, "quotesTable", self.tr("Quotes"))
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QuoteColumn.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(QuoteColumn.STATUS, BadgeDelegate(BadgeRole, self))
        for col, width in (
            (QuoteColumn.NUMBER, 130),
            (QuoteColumn.STATUS, 104),
            (QuoteColumn.CUSTOMER, 200),
            (QuoteColumn.CURRENCY, 80),
            (QuoteColumn.TOTAL, 140),
            (QuoteColumn.CREATED, 110),
            (QuoteColumn.EXPIRES, 110),
            (QuoteColumn.MADE_BY, 130),
            (QuoteColumn.SENT_BY, 130),
        ):
            # Never narrower than the title, whatever the language.
            self.table.setColumnWidth(
                col, max(width, self.table.horizontalHeader().sectionSizeHint(col))
            )
        split.addWidget(self.table)
        audit_box = QWidget()
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.setContentsMargins(0, 8, 0, 0)
        self.audit_title = QLabel(self.tr("Audit trail"))
        self.audit_title.setProperty("role", "sectionTitle")
        self.quote_who = muted("")  # "made by anna, sent by bert" of the selected quote
        self.quote_who.setObjectName("quoteWho")
        self.quote_who.setWordWrap(False)
        title_row = QHBoxLayout()
        title_row.addWidget(self.audit_title)
        title_row.addWidget(self.quote_who, 1)
        audit_layout.addLayout(title_row)
        self.audit = QTreeWidget()
        name(self.audit, "auditTrail", self.tr("Audit trail"))
        self.audit.setRootIsDecorated(False)
        self.audit.setAlternatingRowColors(True)
        self.audit.setHeaderLabels(
            [self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Details")]
        )
        for col, width in enumerate((150, 190, 170)):  # User: "anna (asa@desk-3)"
            self.audit.setColumnWidth(col, width)
        audit_layout.addWidget(self.audit)
        split.addWidget(audit_box)
        split.setSizes([480, 220])
        outer.addWidget(split, 1)
        self.empty_hint = muted(
            self.tr("No quotes yet. The quotes the admins make show up here.")
            if self._ctx.read_only  # a viewer cannot renew: no way to point at
            else self.tr("No quotes yet. Select subscriptions and choose Bulk actions › Renew…")
        )
        self.empty_hint.setObjectName("quotesEmptyHint")
        outer.addWidget(self.empty_hint)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._after_reset)
        self.search.textChanged.connect(self.model.set_search)
        self.open_pdf_button.clicked.connect(self._on_open_pdf)
        self.resend_button.clicked.connect(self._on_resend)
        self.buy_button.clicked.connect(self._on_buy)
        self.new_quote_button.clicked.connect(self._on_new_quote)
        self.cancel_button.clicked.connect(self._on_record_cancellation)
        self.discard_button.clicked.connect(self._on_discard)

    # ---- loading ---------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        self.reload_started.emit()
        service = self._ctx.quotes
        if select:
            self._following = select

        def work(progress: Callable[[int, int, str], None]) -> list[Quote]:
            return list(service.list_quotes())

        def done(quotes: list[Quote]) -> None:
            self.model.set_rows(quotes)  # _after_reset selects the followed quote again
            self.empty_hint.setVisible(not quotes)

        self._runner.submit(work, name="quotes", on_finished=done, on_failed=self._failed)

    def selected_quote(self) -> Quote | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.quote_at(rows[0].row()) if rows else None

    def select_quote(self, number: str) -> None:
        self._following = number
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)

    def _update_count(self) -> None:
        total, shown = self.model.total_count(), self.model.rowCount()
        text = self.tr("%n quote(s)", "", total)
        if shown != total:
            text = self.tr("%1 of %n quote(s) shown", "", total).replace("%1", str(shown))
        self.count_label.setText(text)

    def _after_reset(self) -> None:
        """A reload or a new search: back to the quote the admin was on, if it is shown."""
        self._update_count()
        row = self.model.row_of(self._following) if self._following else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        self._update_actions()
        quote = self.selected_quote()
        if quote is not None:
            self._following = quote.number
        self.audit.clear()
        if quote is None:
            self.audit_title.setText(self.tr("Audit trail"))
            self.quote_who.setText("")
            return
        self.audit_title.setText(self.tr("Audit trail of %1").replace("%1", quote.number))
        self.quote_who.setText(self._who(quote))
        for event in self._audit_events(quote.number):
            item = QTreeWidgetItem(
                [
                    labels.day(event.time),
                    audit_who(event),
                    labels.audit_action_label(event.action),
                    event.details,
                ]
            )
            self.audit.addTopLevelItem(item)

    def _who(self, quote: Quote) -> str:
        """ "made by anna, sent by bert" (the Made by and Sent by columns, in words)."""
        parts = []
        if quote.created_by:
            parts.append(self.tr("made by %1").replace("%1", quote.created_by))
        if quote.sent_by:
            parts.append(self.tr("sent by %1").replace("%1", quote.sent_by))
        return ", ".join(parts)

    def _audit_events(self, number: str) -> list[AuditEvent]:
        return list(self._ctx.quotes.audit(number))

    def _update_actions(self) -> None:
        quote = self.selected_quote()
        status = quote.status if quote else None

        def why_not(action: Action, text: str) -> str:
            """ "" when the selected quote allows ``action``, else why not (the tooltip)."""
            if status is None:
                return self.tr("Select a quote first.")
            return "" if is_allowed(action, status) else text

        explain_disabled(
            self.buy_button,
            why_not(Action.BUY, self.tr("Only a sent quote that has not expired can be bought.")),
        )
        explain_disabled(
            self.resend_button,
            why_not(
                Action.RESEND, self.tr("Only a sent quote that has not expired can be sent again.")
            ),
        )
        explain_disabled(
            self.new_quote_button,
            why_not(Action.COPY, self.tr("Only a sent or expired quote can be copied.")),
        )
        explain_disabled(
            self.cancel_button,
            why_not(
                Action.RECORD_CANCELLATION,
                self.tr("Only a sent quote can have a cancellation by the partner recorded."),
            ),
        )
        self.discard_button.setVisible(status is not None and is_allowed(Action.DISCARD, status))
        if status is None:
            no_pdf = self.tr("Select a quote first.")
        elif status is QuoteStatus.DRAFT:
            no_pdf = self.tr("A draft has no PDF yet: it is made when the quote is sent.")
        else:
            no_pdf = ""
        explain_disabled(self.open_pdf_button, no_pdf)
        if status is QuoteStatus.QUOTED:
            self.note.setText(sentence(Finding(Code.CANCEL_NOT_SELF_SERVICE)))
        elif status is QuoteStatus.EXPIRED:
            self.note.setText(
                self.tr("This quote expired; create a new quote to renew these subscriptions.")
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    # ---- actions ---------------------------------------------------------------------

    def _run(self, label: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._runner.submit(lambda _p: fn(), name=label, on_finished=done, on_failed=self._failed)

    def _on_buy(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Buy quote"),
            self.tr(
                "Record %1 as bought? Each subscription's renewal date moves on by its "
                "term, and seats and term take the quote's values."
            ).replace("%1", quote.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, number = self._ctx.quotes, quote.number

        def done(_result: object) -> None:
            self.message.emit(self.tr("%1 was bought.").replace("%1", number))
            self.reload(select=number)
            self.subscriptions_changed.emit()

        self._run("buy", lambda: service.buy(number), done)

    def _on_resend(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        dialog = ResendDialog(quote.number, all_recipients(quote), self)
        dialog.accepted.connect(lambda: self._resend(quote.number, dialog.delivery()))
        self.resend_dialog = dialog
        dialog.open()

    def _resend(self, number: str, delivery: str) -> None:
        service = self._ctx.quotes
        send, outbox = self._ctx.send_outbox, self._ctx.outbox
        folder = Path(self._ctx.extras.get("output_folder") or default_output_folder())
        open_files = bool(self._ctx.extras.get("open_files", True))
        if delivery == "email":
            self.ensure_password()

        def work() -> tuple[SendResult, OutboxRun | None]:
            if delivery == "eml":
                return service.resend(
                    number, delivery="eml", eml_target=folder, open_eml=open_files
                ), None
            result = service.resend(number, deliver=False)
            run = send()
            state = outbox.get(result.outbox_id) if result.outbox_id else None
            delivered = state is not None and state.status is OutboxStatus.SENT
            return dataclasses.replace(result, delivered=delivered), run

        def done(payload: tuple[SendResult, OutboxRun | None]) -> None:
            result, run = payload
            if result.eml_path is not None:
                text = self.tr("%1 is open in the mail app as a draft (%2).").replace(
                    "%2", str(result.eml_path)
                )
            elif result.delivered:
                text = self.tr("%1 was sent again.")
            else:
                text = self.tr("%1 was queued again; it is sent when the server can be reached.")
            self.message.emit(text.replace("%1", number))
            if run is not None:
                self.delivery_attempted.emit(run)
            self.reload(select=number)
            self.outbox_changed.emit()

        self._run("resend", work, done)

    def _on_new_quote(self) -> None:
        quote = self.selected_quote()
        if quote is not None:
            self.copy_requested.emit(quote.number)

    def _on_record_cancellation(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Record cancellation by partner"),
            self.tr("The partner cancelled %1. Note (who, when, reference):").replace(
                "%1", quote.number
            ),
        )
        if not ok:
            return
        if not note.strip():
            QMessageBox.information(
                self, self.tr("A note is needed"), self.tr("Write who cancelled it and when.")
            )
            return
        service, number = self._ctx.quotes, quote.number

        def done(_result: object) -> None:
            self.message.emit(self.tr("Cancellation of %1 recorded.").replace("%1", number))
            self.reload(select=number)
            self.subscriptions_changed.emit()

        self._run("cancel", lambda: service.record_cancellation(number, note.strip()), done)

    def _on_discard(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard draft"),
            self.tr("Discard draft %1? Its number is not used again.").replace("%1", quote.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, number = self._ctx.quotes, quote.number

        def done(_result: object) -> None:
            self.message.emit(self.tr("%1 was discarded.").replace("%1", number))
            self.reload()
            self.subscriptions_changed.emit()

        self._run("discard", lambda: service.discard(number), done)

    def _on_open_pdf(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            return
        service, number = self._ctx.quotes, quote.number
        folder = Path(self._ctx.extras.get("output_folder") or default_output_folder())

        def work() -> Path:
            return pdf_to_file(service.pdf(number), number, folder)

        self._run("pdf", work, self._show_pdf)

    def _show_pdf(self, path: Path) -> None:
        if self.open_url(QUrl.fromLocalFile(str(path))):
            return
        box = no_viewer_box(path, self.open_url, self)
        self.no_viewer_box = box
        box.open()

    def _failed(self, error: BaseException) -> None:
        text = getattr(error, "findings", None)
        detail = "\n".join(sentence(f) for f in text) if text else str(error)
        QMessageBox.warning(self, self.tr("That did not work"), detail)


def pdf_to_file(
    pdf: bytes | str | os.PathLike[str], number: str, folder: Path | None = None
) -> Path:
    """A file holding the PDF in ``folder`` (the service may give bytes or a path)."""
    if isinstance(pdf, bytes | bytearray):
        folder = folder or Path(tempfile.gettempdir()) / "renewdesk-pdf"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / f"{safe_name(number)}.pdf"
        target.write_bytes(pdf)
        return target
    return Path(pdf)


def open_file(path: object) -> None:
    open_url(QUrl.fromLocalFile(str(path)))


def audit_who(event: AuditEvent) -> str:
    """Who, as the audit trail shows it: the database user, and the OS user and host
    when the database user is another name ("anna (asa@desk-3)"); events from before
    team mode name only the OS user."""
    if not event.db_user or event.db_user == event.os_user:
        return event.os_user
    where = f"{event.os_user}@{event.host}" if event.host else event.os_user
    return f"{event.db_user} ({where})"
