"""The Renew dialog: four steps (select, options, review, recipients) with Back/Next.

The dialog wires the steps to ``QuoteService``; every price, rule and state
change comes from the service. Service calls run on the TaskRunner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from renewdesk.domain import Customer, Quote, Subscription
from renewdesk.messages import sentence
from renewdesk.quotes.builder import QuotePreview
from renewdesk.quotes.language import default_quote_language
from renewdesk.rules import Code, Finding
from renewdesk.services.renew_groups import GroupPlan, plan_groups
from renewdesk.services.verdicts import CheckResult
from renewdesk.store.versions import StaleEditError
from renewdesk.ui.context import UiContext
from renewdesk.ui.group_checklist import GroupChecklist
from renewdesk.ui.quotes_page import open_file, pdf_to_file
from renewdesk.ui.recipients_step import RecipientsStep
from renewdesk.ui.renew_options import OptionsStep
from renewdesk.ui.renew_send import Sent, result_text, send_job
from renewdesk.ui.review_step import ReviewStep
from renewdesk.ui.stale_edit_bar import StaleEditBar
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import muted, name

SELECT, OPTIONS, REVIEW, RECIPIENTS = range(4)
GROUP_INLINE = 2_000  # more results than this are grouped off the GUI thread
LEFT_OUT_SHOWN = 12  # left-out subscription ids named in the notice
RECIPIENT_CODES = (Code.INVALID_RECIPIENT, Code.DUPLICATE_RECIPIENT, Code.TOO_MANY_RECIPIENTS)


class RenewDialog(QDialog):
    quote_sent = Signal(str)
    subscriptions_changed = Signal()
    delivery_attempted = Signal(object)  # OutboxRun of the email just sent

    ensure_password: Callable[[], bool] = staticmethod(lambda: True)  # the window's prompt

    def __init__(
        self,
        ctx: UiContext,
        runner: TaskRunner,
        results: Sequence[CheckResult],
        *,
        single: bool = False,
        choose: bool = True,
        draft: Quote | None = None,
        draft_subs: Sequence[Subscription] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name(self, "renewDialog", self.tr("Renew"))
        self.setWindowTitle(self.tr("Renew subscriptions"))
        self.setModal(True)
        # Never larger than the window it opens over (a 1024x700 screen fits both).
        top = parent.window() if parent is not None else None
        width, height = (top.width(), top.height()) if top is not None else (1180, 760)
        self.resize(min(1180, width), min(760, height))
        self._ctx = ctx
        self._service = ctx.quotes
        self._runner = runner
        self._draft = draft
        self._draft_subs = list(draft_subs)
        self._single = single
        self._preview: QuotePreview | None = None
        self._preview_seq = 0
        self._sent: Any = None
        self._sending = False
        self._grouping = False
        # The customer's version the review's details started from (issue 13).
        self._customer_version: int | None = None
        self._build()
        self._connect()
        if draft is not None:
            self._start_from_draft(draft)
        else:
            self._go(SELECT)
            self._fill_checklist(results, single, choose)

    # ---- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        outer.setSpacing(10)
        steps = QHBoxLayout()
        self._step_labels: list[QLabel] = []
        for n, text in enumerate(
            (
                self.tr("Select subscriptions"),
                self.tr("Renewal options"),
                self.tr("Review"),
                self.tr("Recipients"),
            )
        ):
            label = QLabel(f"{n + 1}  {text}")
            self._step_labels.append(label)
            steps.addWidget(label)
            if n < 3:
                steps.addWidget(muted("›"))
        steps.addStretch(1)
        outer.addLayout(steps)
        self.step_hint = muted("")
        outer.addWidget(self.step_hint)

        self.stack = QStackedWidget()
        self.checklist = GroupChecklist()
        select_page = QWidget()
        select = QVBoxLayout(select_page)
        select.setContentsMargins(0, 0, 0, 0)
        self.grouping_progress = QProgressBar()
        self.grouping_progress.setRange(0, 0)  # busy until the groups arrive
        self.grouping_progress.setTextVisible(True)
        self.grouping_progress.hide()
        select.addWidget(self.grouping_progress)
        select.addWidget(self.checklist, 1)
        self.limit_notice = QLabel("")
        self.limit_notice.setProperty("role", "notice")
        self.limit_notice.setWordWrap(True)
        self.limit_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.limit_notice.hide()
        select.addWidget(self.limit_notice)
        self.options = OptionsStep()
        self.review = ReviewStep()
        self.recipients = RecipientsStep()
        for page in (select_page, self.options, self.review, self.recipients):
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)
        self.stale_bar = StaleEditBar()
        outer.addWidget(self.stale_bar)

        buttons = QHBoxLayout()
        self.summary = muted("")
        buttons.addWidget(self.summary, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button = QPushButton(self.tr("Back"))
        name(self.back_button, "backButton", self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        name(self.next_button, "nextButton", self.tr("Next"))
        self.next_button.setProperty("kind", "primary")
        self.next_button.setDefault(True)
        for button in (self.cancel_button, self.back_button, self.next_button):
            button.setMinimumWidth(96)
            buttons.addWidget(button)
        outer.addLayout(buttons)

    def _connect(self) -> None:
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.checklist.selection_changed.connect(self._update_buttons)
        self.options.create_quote.connect(lambda: self._go(REVIEW))
        self.options.choice_changed.connect(self._update_buttons)
        self.review.edited.connect(self.refresh_preview)
        self.review.fix_auto_renew.connect(self._on_fix_auto_renew)
        self.review.leave_out.connect(self._on_leave_out)
        self.recipients.changed.connect(self._on_recipients_changed)
        self.recipients.send_clicked.connect(self.send)
        self.recipients.open_pdf_clicked.connect(self._on_open_pdf)
        self.stale_bar.reload_requested.connect(self._reload_after_stale)

    # ---- step 1 --------------------------------------------------------------------------

    def _fill_checklist(self, results: Sequence[CheckResult], single: bool, choose: bool) -> None:
        """Group off the GUI thread with a progress bar when there are many (100,000)."""
        if len(results) <= GROUP_INLINE:
            self.checklist.fill(
                results, self._companies(), self._partner_names(), single=single, choose=choose
            )
            self._after_groups()
            return
        picked = None
        if choose:
            picked = [r.subscription_id for r in (results[:1] if single else results)]
        limit, rows = self.checklist.limit, list(results)
        self.grouping_progress.setFormat(self.tr("Grouping %n subscription(s)…", "", len(rows)))
        self.grouping_progress.show()
        self._grouping = True
        self._update_buttons()
        names = (self._companies, self._partner_names)  # read in the worker: 20,000 customers

        def work(progress: Callable[[int, int, str], None]) -> tuple[GroupPlan, Any, Any]:
            plan = plan_groups(rows, picked=picked, limit=limit, progress=progress)
            return plan, names[0](), names[1]()

        def done(payload: tuple[GroupPlan, dict[str, str], dict[str, str]]) -> None:
            plan, companies, partners = payload
            self._grouping = False
            self.grouping_progress.hide()
            self.checklist.set_plan(plan, companies, partners)
            self._after_groups()

        def failed(error: BaseException) -> None:
            self._grouping = False
            self.grouping_progress.hide()
            self._failed(error)

        self._runner.submit(work, name="group", on_finished=done, on_failed=failed)

    def _after_groups(self) -> None:
        self._update_buttons()
        if self.step == SELECT:
            self.checklist.setFocus(Qt.FocusReason.OtherFocusReason)

    def _companies(self) -> dict[str, str]:
        try:
            return {c.csn: c.company_name for c in self._ctx.customers.all()}
        except Exception:  # names are a nicety; the CSN still shows
            return {}

    def _partner_names(self) -> dict[str, str]:
        partners = self._ctx.partners
        if partners is None:
            return {}
        try:
            return {p.partner_csn: p.name for p in partners.all() if p.name}
        except Exception:  # names are a nicety; the partner number still shows
            return {}

    def _show_limit_notice(self) -> None:
        """One quote holds at most 100: say so, and which stay out (or how many to untick)."""
        limit, ticked = self.checklist.limit, len(self.checklist.ticked_ids())
        left = self.checklist.left_out()
        text = ""
        if ticked > limit:
            text = (
                self.tr("One quote holds at most %1 subscriptions: untick %2 to go on.")
                .replace("%1", str(limit))
                .replace("%2", str(ticked - limit))
            )
        elif left:
            shown = ", ".join(left[:LEFT_OUT_SHOWN])
            if len(left) > LEFT_OUT_SHOWN:
                more = self.tr("and %n more subscription(s)", "", len(left) - LEFT_OUT_SHOWN)
                shown = f"{shown} {more}"
            text = (
                self.tr("One quote holds at most %1 subscriptions; these %2 are left out: %3")
                .replace("%1", str(limit))
                .replace("%2", str(len(left)))
                .replace("%3", shown)
            )
        self.limit_notice.setText(text)
        self.limit_notice.setVisible(bool(text))

    # ---- navigation ----------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, step: int) -> None:
        entering_review = step == REVIEW and self.step in (SELECT, OPTIONS)
        if entering_review and self._draft is None and not self._load_review():
            return
        if step == RECIPIENTS:
            self.review.flush()
            customer = self.review.customer()
            self.recipients.set_buyer(customer.buyer_email, customer.buyer_name)
        self.stack.setCurrentIndex(step)
        hints = {
            SELECT: self.tr(
                "Choose one group (one customer, currency, payment method and partner) "
                "and untick what stays out."
            ),
            OPTIONS: self.tr("How do you want to renew these subscriptions?"),
            REVIEW: self.tr(
                "Seats can only go down. Prices, campaigns and rules update as you edit."
            ),
            RECIPIENTS: self.tr("Add up to four recipients besides the buyer, then send."),
        }
        self.step_hint.setText(hints[step])
        for n, label in enumerate(self._step_labels):
            label.setProperty("role", "stepCurrent" if n == step else "stepOther")
            label.style().polish(label)
        if step == RECIPIENTS:
            self.refresh_preview()
        self._update_buttons()
        self._focus_step(step)

    def _focus_step(self, step: int) -> None:
        """Each step starts with the focus in its first field."""
        reason = Qt.FocusReason.TabFocusReason
        if step == SELECT:
            self.checklist.setFocus(reason)
        elif step == OPTIONS:
            self.options.buttons[self.options.choice()].setFocus(reason)
        elif step == REVIEW:
            self.review.focus_first()
        elif self._sent is None:
            self.recipients.recipient_edits[0].setFocus(reason)

    def next(self) -> None:
        if self.step == SELECT:
            if not self.checklist.ticked_ids():
                QMessageBox.information(
                    self, self.tr("Nothing ticked"), sentence(Finding(Code.EMPTY_QUOTE))
                )
                return
            self._go(OPTIONS)
        elif self.step == OPTIONS:
            self._run_option()
        elif self.step == REVIEW:
            self._go(RECIPIENTS)
        elif self._sent is not None:
            self.accept()

    def back(self) -> None:
        first = REVIEW if self._draft is not None else SELECT
        if self.step > first and self._sent is None:
            self._go(self.step - 1)

    def _update_buttons(self) -> None:
        step, sent = self.step, self._sent is not None
        first = REVIEW if self._draft is not None else SELECT
        self.back_button.setEnabled(step > first and not sent and not self._sending)
        if step == SELECT:
            count = len(self.checklist.ticked_ids())
            groups = self.tr("%n group(s)", "", self.checklist.group_count())
            ticked = self.tr("%n subscription(s) ticked", "", count)
            self.summary.setText(f"{groups} · {ticked}" if not self._grouping else "")
            self._show_limit_notice()
            limit = self.checklist.limit
            self.next_button.setEnabled(0 < count <= limit and not self._grouping)
            self.next_button.setText(self.tr("Next"))
        elif step == OPTIONS:
            self.next_button.setEnabled(self.options.choice() != "portal")
            self.next_button.setText(self.options.next_text())
        elif step == REVIEW:
            blocking = self._blocking(recipients=False)
            self.next_button.setEnabled(self._preview is not None and not blocking)
            self.next_button.setText(self.tr("Next"))
            self.summary.setText(
                self.tr("Fix the rules marked in red to go on.") if blocking else ""
            )
        else:
            self.next_button.setText(self.tr("Close"))
            self.next_button.setEnabled(sent)
            self.next_button.setVisible(sent)
            ok = (
                self._preview is not None
                and not self._blocking(recipients=True)
                and not self.recipients.has_invalid()
            )
            self.recipients.send_button.setEnabled(ok and not sent and not self._sending)
        if step != RECIPIENTS:
            self.next_button.setVisible(True)
        self.cancel_button.setVisible(not sent)

    def _blocking(self, *, recipients: bool) -> list[Finding]:
        if self._preview is None:
            return []
        return [
            f
            for f in self._preview.findings
            if f.blocks and (recipients or f.code not in RECIPIENT_CODES)
        ]

    # ---- step 2 --------------------------------------------------------------------------

    def _run_option(self) -> None:
        choice = self.options.choice()
        if choice == "quote":
            self._go(REVIEW)
            return
        if choice == "auto_renew_on":
            ids = self.checklist.ticked_ids()
            setter = self._ctx.set_auto_renew

            def done(_count: object) -> None:
                self.subscriptions_changed.emit()
                self.accept()

            self._runner.submit(
                lambda _p: setter(ids, True),
                name="auto-renew",
                on_finished=done,
                on_failed=self._failed,
            )

    # ---- step 3 --------------------------------------------------------------------------

    def _load_review(self) -> bool:
        ids = self.checklist.ticked_ids()
        if not ids:
            return False
        subs = [self.checklist.result(i).subscription for i in ids]
        self._lines = ids
        csn = subs[0].customer_csn
        customer = self._ctx.customers.get(csn) or Customer(csn)
        self._customer_version = self._service.customer_version(csn)
        # The customer's language (Swedish for Sweden), not the window's; the admin may change it.
        self.review.set_lines(subs, customer, language=default_quote_language(customer))
        self._preview = None
        self.refresh_preview()
        return True

    def _request(self) -> Any:
        return self._service.request(
            self._lines,
            seats=self.review.seats(),
            terms=self.review.terms(),
            recipients=self.recipients.recipients(),
            customer=self.review.customer(),
            language=self.review.language_code(),
            origin=self._draft.origin if self._draft is not None else None,
            customer_version=self._customer_version,
        )

    def refresh_preview(self) -> None:
        """Ask the service to price and check the current edits (latest answer wins)."""
        if not getattr(self, "_lines", None):
            return
        self._preview_seq += 1
        seq, service, request = self._preview_seq, self._service, self._request()
        number = self._draft.number if self._draft is not None else ""

        def work(progress: Callable[[int, int, str], None]) -> QuotePreview:
            return service.preview(request, number=number)

        def done(preview: QuotePreview) -> None:
            if seq == self._preview_seq:
                self._show_preview(preview)

        self._runner.submit(work, name="preview", on_finished=done, on_failed=self._failed)

    def _show_preview(self, preview: QuotePreview) -> None:
        self._preview = preview
        self.review.show_preview(preview)
        self.recipients.set_rule_messages(
            # Invalid addresses already show next to their field.
            [
                sentence(f)
                for f in preview.findings
                if f.code in RECIPIENT_CODES and f.code is not Code.INVALID_RECIPIENT
            ]
        )
        self._update_buttons()

    def preview(self) -> QuotePreview | None:
        return self._preview

    def _on_leave_out(self, subscription_id: str) -> None:
        """The expiry warning's offer: the line that makes the quote expire so soon goes."""
        if subscription_id not in self._lines or len(self._lines) < 2:
            return
        self._lines = [i for i in self._lines if i != subscription_id]
        if self._draft is None:
            self.checklist.set_ticked(subscription_id, False)
        self.review.remove_line(subscription_id)
        self.refresh_preview()
        self.review.focus_first()

    def _on_fix_auto_renew(self, ids: list[str]) -> None:
        service = self._service

        def done(_count: object) -> None:
            self.subscriptions_changed.emit()
            self.refresh_preview()

        self._runner.submit(
            lambda _p: service.turn_off_auto_renew(ids),
            name="auto-renew-off",
            on_finished=done,
            on_failed=self._failed,
        )

    # ---- step 4 --------------------------------------------------------------------------

    def _on_recipients_changed(self) -> None:
        self._update_buttons()
        if self.step == RECIPIENTS:
            self.refresh_preview()

    def send(self) -> None:
        """Save and send the quote off the GUI thread; the result lands on the label."""
        if self._sending or self._sent is not None:
            return
        delivery = self.recipients.delivery()
        if delivery == "email":
            self.ensure_password()  # asks once per session where no keyring keeps it
        draft = self._draft.number if self._draft is not None else ""
        version = self._draft.version if self._draft is not None else None
        work = send_job(self._ctx, self._request(), draft, delivery, version)
        self._sending = True
        self.recipients.busy_label.setText(self.tr("Sending…"))
        self._update_buttons()
        self._runner.submit(
            work, name="send", on_finished=self._on_sent, on_failed=self._on_send_failed
        )

    def _on_sent(self, sent: Sent) -> None:
        self._sending = False
        self._sent = sent.result
        self._pdf_path = sent.pdf_path
        self.recipients.busy_label.setText("")
        self.recipients.show_result(result_text(sent), with_pdf=True)
        self._update_buttons()
        self.quote_sent.emit(sent.result.number)
        if sent.run is not None:
            self.delivery_attempted.emit(sent.run)

    def _on_send_failed(self, error: BaseException) -> None:
        self._sending = False
        self.recipients.busy_label.setText("")
        self._update_buttons()
        if isinstance(error, StaleEditError):  # another admin saved first: say who, offer Reload
            self.stale_bar.show_error(str(error))
            return
        self._failed(error)

    def _reload_after_stale(self) -> None:
        """Read the draft or the customer's details as they are now, back at the review."""
        if self._draft is not None:
            try:
                self._draft = self._service.get(self._draft.number)
            except Exception as exc:  # discarded meanwhile: say so
                self._failed(exc)
                return
            self._start_from_draft(self._draft)
            return
        csn = self.review.customer().csn
        self._customer_version = self._service.customer_version(csn)
        self.review.set_customer(self._ctx.customers.get(csn) or Customer(csn))
        self._go(REVIEW)
        self.refresh_preview()

    def sent_result(self) -> Any:
        return self._sent

    def _on_open_pdf(self) -> None:
        if self._sent is None:
            return
        service, number = self._service, self._sent.number
        self._runner.submit(
            lambda _p: pdf_to_file(service.pdf(number), number),
            name="pdf",
            on_finished=open_file,
            on_failed=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        findings = getattr(error, "findings", None)
        text = "\n".join(sentence(f) for f in findings) if findings else str(error)
        QMessageBox.warning(self, self.tr("The quote could not be made"), text)

    # ---- Create new quote (a copy opened at the review) -----------------------------------

    def _start_from_draft(self, draft: Quote) -> None:
        self.setWindowTitle(self.tr("New quote from %1").replace("%1", draft.supersedes or ""))
        self._customer_version = self._service.customer_version(draft.customer.csn)
        self._lines = [line.subscription_id for line in draft.lines]
        subs = {s.subscription_id: s for s in self._draft_subs}
        ordered = [subs[i] for i in self._lines if i in subs]
        self.review.set_lines(
            ordered,
            draft.customer,
            seats={ln.subscription_id: ln.seats for ln in draft.lines},
            terms={ln.subscription_id: ln.term for ln in draft.lines},
            language=draft.language,
        )
        self.recipients.prefill(draft.recipients)
        self._go(REVIEW)
        self.refresh_preview()  # priced and checked at once, no edit needed

    @classmethod
    def for_copy(
        cls, ctx: UiContext, runner: TaskRunner, number: str, parent: QWidget | None = None
    ) -> RenewDialog | None:
        """Create new quote: copy ``number`` into a DRAFT and open it at the review."""
        service = ctx.quotes
        try:
            draft = service.copy(number)
            subs = ctx.subscriptions.get_many([ln.subscription_id for ln in draft.lines])
        except Exception as exc:  # refused by the lifecycle: say why
            findings = getattr(exc, "findings", None)
            text = "\n".join(sentence(f) for f in findings) if findings else str(exc)
            QMessageBox.warning(
                parent, QCoreApplication.translate("RenewDialog", "Create new quote"), text
            )
            return None
        return cls(ctx, runner, [], draft=draft, draft_subs=subs, parent=parent)
