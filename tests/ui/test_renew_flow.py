"""The Renew flow end to end: bulk Renew, review, recipients, send over SMTP, Buy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from renewdesk.domain import QuoteStatus
from renewdesk.pdf.formatting import money
from renewdesk.rules import Code
from renewdesk.ui.quotes_model import QuoteColumn
from renewdesk.ui.renew_dialog import OPTIONS, RECIPIENTS, REVIEW, SELECT
from renewdesk.ui.review_step import LineColumn
from tests.ui.conftest import configure_smtp as _configure_smtp


def _open_bulk_renew(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    page.customer_filter.setCurrentIndex(page.customer_filter.findData("5100001001"))
    assert page.model.rowCount() == 5
    page.table.selectAll()
    assert page.action_renew.isEnabled()
    page.action_renew.trigger()
    dialog = window.renew_dialog
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "renewDialog" and dialog.isVisible()
    return dialog


def test_bulk_renew_review_send_by_email_then_buy(main_window, qtbot, smtp_server, monkeypatch):
    inbox, port = smtp_server
    _configure_smtp(main_window, port)
    dialog = _open_bulk_renew(main_window, qtbot)

    # Step 1: the group of the selection is chosen, eligible rows ticked, ineligible greyed.
    checklist = dialog.checklist
    assert checklist.objectName() == "groupChecklist"
    assert dialog.step == SELECT
    assert checklist.chosen_group().customer_csn == "5100001001"
    assert checklist.ticked_ids() == ["SUB-1001", "SUB-1002", "SUB-1003"]
    flex = checklist.index_of("SUB-1004")
    assert not flex.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Flex" in flex.data(Qt.ItemDataRole.ToolTipRole)
    checklist.set_ticked("SUB-1003", False)  # stays out
    assert checklist.ticked_ids() == ["SUB-1001", "SUB-1002"]
    dialog.next_button.click()

    # Step 2: Create a quote, through the black button.
    assert dialog.step == OPTIONS
    assert dialog.options.buttons["quote"].objectName() == "optionCreateQuote"
    black = dialog.options.create_button
    assert black.objectName() == "createQuoteButton"
    assert "#000000" in black.styleSheet()
    black.click()

    # Step 3: the review prices the lines; fewer seats lower the total and bring the rule.
    assert dialog.step == REVIEW
    review = dialog.review
    assert review.table.objectName() == "reviewTable"
    assert review.customer_box.objectName() == "customerForm"
    assert review.table.rowCount() == 2
    before = dialog.preview().quote.total
    assert review.seat_spin(1).maximum() == 5  # seats may only go down
    review.seat_spin(1).setValue(3)  # SUB-1002 has auto-renew on
    review.flush()
    after = dialog.preview()
    assert after.quote.total < before
    assert review.total_label.text() == money(after.quote.total, "SEK", "en")  # "SEK 12,345.00"
    assert review.table.item(1, LineColumn.UNIT_PRICE).text().startswith("SEK\u00a0")
    assert Code.AUTO_RENEW_MUST_BE_OFF in [f.code for f in after.findings]
    assert any("Turn off auto-renew" in t for t in review.findings_text())
    assert not dialog.next_button.isEnabled()
    assert not review.fix_button.isHidden()
    assert review.fix_button.text() == "Turn off auto-renew for 1 subscription"
    review.fix_button.click()
    fixed = dialog.preview()
    assert Code.AUTO_RENEW_MUST_BE_OFF not in [f.code for f in fixed.findings]
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()

    # Step 4: recipients validated as typed; a fifth is refused.
    assert dialog.step == RECIPIENTS
    rec = dialog.recipients
    assert rec.form.objectName() == "recipientsForm"
    rec.recipient_edits[0].setText("not-an-email")
    assert rec.errors()[0] == "Not a valid email address"
    assert not rec.send_button.isEnabled()
    rec.recipient_edits[0].setText("cfo@nordljus.example")
    assert rec.errors()[0] == ""
    for address in ("it@nordljus.example", "pa@nordljus.example", "ops@nordljus.example"):
        assert rec.add_recipient(address)
    assert not rec.add_button.isEnabled()
    assert rec.add_recipient("fifth@nordljus.example") is False
    assert "At most 4" in rec.rule_label.text()
    assert len(rec.recipients()) == 4
    assert rec.send_button.objectName() == "sendQuoteButton"
    assert rec.send_button.isEnabled()
    rec.set_delivery("email")
    rec.send_button.click()
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)

    result = dialog.sent_result()
    label = rec.result_label
    assert label.objectName() == "quoteResultLabel"
    assert result.number in label.text()
    assert result.expires.isoformat() in label.text()
    assert money(result.total, "SEK", "en") in label.text()
    assert "Sent by email" in label.text()
    assert main_window.online_label.text() == "● Online"  # the status bar saw the send
    assert not rec.open_pdf_button.isHidden()
    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=10_000)
    sender, rcpts, content = inbox.messages[0]
    assert sender == "renewals@seller.example"
    assert set(rcpts) == {
        "asa@nordljus.example",
        "cfo@nordljus.example",
        "it@nordljus.example",
        "pa@nordljus.example",
        "ops@nordljus.example",
    }
    assert result.number.encode() in content
    dialog.next_button.click()  # Close

    # The quote on the Quotes page; Buy moves the renewal dates on by the term.
    main_window.nav.setCurrentRow(1)
    quotes = main_window.quotes_page
    row = quotes.model.row_of(result.number)
    assert row >= 0
    quotes.table.selectRow(row)
    quote = quotes.selected_quote()
    assert quote.status is QuoteStatus.QUOTED
    assert quotes.model.index(row, QuoteColumn.TOTAL).data() == money(quote.total, "SEK", "en")
    assert quotes.buy_button.isEnabled() and quotes.new_quote_button.isEnabled()
    assert "partner" in quotes.note.text()
    assert quotes.audit.topLevelItemCount() >= 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    quotes.buy_button.click()
    quotes.select_quote(result.number)
    assert quotes.selected_quote().status is QuoteStatus.ORDERED
    assert not quotes.buy_button.isEnabled()
    model = main_window.subscriptions_page.model
    renewed = model.result_at(model.row_of("SUB-1002")).subscription
    assert renewed.renewal_date == date(2027, 3, 30)
    assert renewed.seats == 3
    untouched = model.result_at(model.row_of("SUB-1003")).subscription
    assert untouched.renewal_date == date(2026, 4, 11)


def test_single_subscription_path_and_pdf_only(main_window, qtbot, tmp_path) -> None:
    page = main_window.subscriptions_page
    main_window.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    row = page.model.row_of("SUB-1003")
    index = page.model.index(row, 0)
    page.table.doubleClicked.emit(index)
    dialog = main_window.renew_dialog
    qtbot.addWidget(dialog)
    assert dialog.checklist.ticked_ids() == ["SUB-1003"]
    dialog.next_button.click()
    dialog.next_button.click()  # Create a quote is the default option
    assert dialog.step == REVIEW
    assert dialog.review.table.rowCount() == 1
    dialog.next_button.click()
    dialog.recipients.set_delivery("pdf")
    dialog.recipients.send_button.click()
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    number = dialog.sent_result().number
    pdf = tmp_path / f"{number}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in dialog.recipients.result_label.text()
    # The subscription is now on an open quote: not eligible again.
    model = page.model
    result = model.result_at(model.row_of("SUB-1003"))
    assert Code.OPEN_QUOTE_EXISTS in [f.code for f in result.findings]


def test_quote_without_smtp_waits_in_the_outbox(main_window, qtbot, tmp_path) -> None:
    import dataclasses

    service = main_window.ctx.settings
    service.save(dataclasses.replace(service.load(), sender="renewals@seller.example"))
    page = main_window.subscriptions_page
    page.renew_requested.emit([page.model.result_at(page.model.row_of("SUB-1001"))], True)
    dialog = main_window.renew_dialog
    qtbot.addWidget(dialog)
    dialog.next_button.click()
    dialog.next_button.click()
    dialog.next_button.click()
    dialog.recipients.send_button.click()
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    assert "outbox" in dialog.recipients.result_label.text()
    main_window.nav.setCurrentRow(2)
    outbox = main_window.outbox_page
    assert outbox.table.objectName() == "outboxTable"
    assert outbox.model.rowCount() == 1
    assert outbox.model.message_at(0).quote_number == dialog.sent_result().number


def _quote_one(window, qtbot, sid: str):  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    page.renew_requested.emit([page.model.result_at(page.model.row_of(sid))], True)
    dialog = window.renew_dialog
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.next_button.click()
    dialog.recipients.set_delivery("pdf")
    dialog.recipients.send_button.click()
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    dialog.accept()
    return dialog.sent_result().number


def test_create_new_quote_supersedes_and_cancellation_needs_a_note(
    main_window, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    main_window.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    first = _quote_one(main_window, qtbot, "SUB-1001")
    quotes = main_window.quotes_page
    quotes.reload(select=first)
    assert quotes.selected_quote().number == first
    quotes.new_quote_button.click()
    copy = main_window.renew_dialog
    qtbot.addWidget(copy)
    assert copy.step == REVIEW and not copy.back_button.isEnabled()
    copy.review.customer_fields["city"].setText("Uppsala")
    copy.review.customer_fields["city"].textEdited.emit("Uppsala")
    copy.review.flush()
    copy.next_button.click()
    copy.recipients.set_delivery("pdf")
    copy.recipients.send_button.click()
    qtbot.waitUntil(lambda: copy.sent_result() is not None, timeout=10_000)
    second = copy.sent_result()
    assert second.superseded == first
    assert second.quote.customer.address.city == "Uppsala"
    quotes.reload(select=first)
    assert quotes.selected_quote().status is QuoteStatus.SUPERSEDED
    assert not quotes.buy_button.isEnabled()

    quotes.select_quote(second.number)
    assert quotes.cancel_button.isEnabled()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Partner called, 12 March", True)
    )
    quotes.cancel_button.click()
    quotes.select_quote(second.number)
    assert quotes.selected_quote().status is QuoteStatus.CANCELLED
    actions = [
        quotes.audit.topLevelItem(i).text(2) for i in range(quotes.audit.topLevelItemCount())
    ]
    assert "Cancellation by partner recorded" in actions


def test_abandoned_copy_stays_a_draft_that_can_be_discarded(
    main_window, qtbot, tmp_path, monkeypatch
) -> None:
    main_window.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    first = _quote_one(main_window, qtbot, "SUB-1001")
    quotes = main_window.quotes_page
    quotes.reload(select=first)
    quotes.new_quote_button.click()
    copy = main_window.renew_dialog
    qtbot.addWidget(copy)
    copy.reject()
    quotes.reload()
    draft = next(q for q in quotes.model._rows if q.status is QuoteStatus.DRAFT)
    quotes.select_quote(draft.number)
    assert not quotes.discard_button.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    quotes.discard_button.click()
    assert quotes.model.row_of(draft.number) == -1
    assert quotes.model.row_of(first) >= 0
