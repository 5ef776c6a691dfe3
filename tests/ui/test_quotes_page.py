"""The Quotes page follows the quote, and Open PDF / Resend talk to the admin (issue 9, 9 and 12)."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QTreeWidget

from renewdesk.ui.quotes_model import QuoteColumn
from tests.ui.conftest import configure_smtp


def _quote(window, sid: str) -> str:  # type: ignore[no-untyped-def]
    quotes = window.ctx.quotes
    return quotes.send(quotes.request([sid]), "pdf").number


@pytest.fixture
def page(qtbot, main_window, tmp_path):  # type: ignore[no-untyped-def]
    main_window.ctx.extras.update(output_folder=str(tmp_path / "out"), open_files=False)
    main_window.show()
    numbers = [_quote(main_window, sid) for sid in ("SUB-1001", "SUB-2001", "SUB-1003")]
    main_window.nav.setCurrentRow(1)  # Quotes: reloads
    page = main_window.quotes_page
    page.numbers = numbers
    return page


def _table(page) -> QTableView:  # type: ignore[no-untyped-def]
    return page.findChild(QTableView, "quotesTable")


def _click_quote(qtbot, page, number: str) -> None:  # type: ignore[no-untyped-def]
    table = _table(page)
    row = page.model.row_of(number)
    rect = table.visualRect(table.model().index(row, QuoteColumn.CUSTOMER))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _selected(page) -> str:  # type: ignore[no-untyped-def]
    quote = page.selected_quote()
    return quote.number if quote else ""


def _audit_title(page) -> str:  # type: ignore[no-untyped-def]
    return page.audit_title.text()


def test_selection_and_audit_trail_stay_on_the_quote_across_sort_search_and_reload(
    qtbot, page, main_window
) -> None:
    second = page.numbers[1]
    _click_quote(qtbot, page, second)
    assert _selected(page) == second
    audit = page.findChild(QTreeWidget, "auditTrail")
    assert audit.topLevelItemCount() >= 1 and _audit_title(page).endswith(second)

    header = _table(page).horizontalHeader()
    rows = [page.model.row_of(second)]
    for column in (QuoteColumn.CUSTOMER, QuoteColumn.TOTAL, QuoteColumn.CUSTOMER):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert _selected(page) == second, f"sorted by {column.name}"
        assert _audit_title(page).endswith(second)
        rows.append(page.model.row_of(second))
    assert len(set(rows)) > 1  # the quote moved to other rows, and the selection with it

    search = page.findChild(QLineEdit, "quotesSearch")
    qtbot.keyClicks(search, "Harbour")  # SUB-2001's customer
    assert page.model.rowCount() == 1 and _selected(page) == second
    assert page.count_label.text() == "1 of 3 quotes shown"
    search.clear()
    qtbot.keyClicks(search, "Nordljus")  # hides it: nothing is selected meanwhile
    assert page.model.row_of(second) == -1 and _selected(page) == ""
    search.clear()
    assert _selected(page) == second  # back on it once it shows again
    assert page.buy_button.isEnabled()  # the actions follow it too

    newer = _quote(main_window, "SUB-2003")  # a reload with one more quote above it
    page.reload()
    assert page.model.row_of(newer) >= 0
    assert _selected(page) == second and _audit_title(page).endswith(second)


def test_open_pdf_without_a_viewer_says_so_and_offers_the_folder(
    qtbot, page, tmp_path: Path, monkeypatch
) -> None:
    opened: list[str] = []

    def no_viewer(url):  # type: ignore[no-untyped-def]
        opened.append(url.toLocalFile())
        return False  # what QDesktopServices answers with no program for the file

    monkeypatch.setattr(type(page), "open_url", staticmethod(no_viewer))
    number = page.numbers[0]
    _click_quote(qtbot, page, number)
    qtbot.mouseClick(page.findChild(QPushButton, "openPdfButton"), Qt.MouseButton.LeftButton)

    pdf = tmp_path / "out" / f"{number}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    box = page.no_viewer_box
    assert box.isVisible()
    assert "No program to open PDF files was found" in box.text() and str(pdf) in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "showInFolderButton"), Qt.MouseButton.LeftButton)
    assert opened == [str(pdf), str(pdf.parent)]


def test_resend_asks_how_and_sends_by_email(qtbot, main_window, smtp_server, tmp_path) -> None:
    inbox, port = smtp_server
    configure_smtp(main_window, port, your_name="Anna Admin")
    main_window.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    main_window.show()
    number = main_window.ctx.quotes.send(
        main_window.ctx.quotes.request(["SUB-1001"]), "email"
    ).number
    assert len(inbox.messages) == 1
    main_window.nav.setCurrentRow(1)
    page = main_window.quotes_page
    _click_quote(qtbot, page, number)

    qtbot.mouseClick(page.findChild(QPushButton, "resendButton"), Qt.MouseButton.LeftButton)
    dialog = page.resend_dialog
    assert dialog.isVisible()
    assert dialog.intro.text() == f"Send {number} again to asa@nordljus.example?"
    assert dialog.by_email.isChecked()
    qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)

    assert len(inbox.messages) == 2
    msg = message_from_bytes(inbox.messages[-1][2], policy=policy.default)
    assert msg["From"].addresses[0].display_name == "Anna Admin"
    assert main_window.statusBar().currentMessage() == f"{number} was sent again."
    actions = [page.audit.topLevelItem(i).text(2) for i in range(page.audit.topLevelItemCount())]
    assert "Sent again" in actions and actions[-1] == "Email sent"


def test_resend_to_the_mail_app_writes_a_draft(qtbot, page, main_window, tmp_path) -> None:
    configure_smtp(main_window, 9)
    number = main_window.ctx.quotes.send(
        main_window.ctx.quotes.request(["SUB-2003"], recipients=["cfo@harbour.example"]), "pdf"
    ).number
    page.reload(select=number)
    qtbot.mouseClick(page.findChild(QPushButton, "resendButton"), Qt.MouseButton.LeftButton)
    dialog = page.resend_dialog
    qtbot.mouseClick(dialog.by_mail_app, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)

    [draft] = (tmp_path / "out").glob("*.eml")
    msg = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["X-RenewDesk-Quote"] == number
    assert "cfo@harbour.example" in msg["To"]
    assert main_window.ctx.outbox.list() == []  # nothing queued for SMTP
    assert "open in the mail app as a draft" in main_window.statusBar().currentMessage()


def test_cancelling_resend_sends_nothing(qtbot, page, main_window) -> None:
    number = page.numbers[0]
    _click_quote(qtbot, page, number)
    qtbot.mouseClick(page.findChild(QPushButton, "resendButton"), Qt.MouseButton.LeftButton)
    page.resend_dialog.reject()
    assert main_window.ctx.outbox.list() == []
    assert [e.action for e in main_window.ctx.quotes.audit(number)].count("resent") == 0


def test_a_disabled_action_says_why(qtbot, page, main_window) -> None:
    buy = page.findChild(QPushButton, "buyButton")
    page.table.clearSelection()
    assert not buy.isEnabled() and buy.toolTip() == "Select a quote first."
    number = page.numbers[0]
    _click_quote(qtbot, page, number)
    assert buy.isEnabled()
    main_window.ctx.quotes.buy(number)
    page.reload()
    assert _selected(page) == number  # ORDERED now
    assert not buy.isEnabled()
    assert buy.toolTip() == "Only a sent quote that has not expired can be bought."
    cancel = page.findChild(QPushButton, "cancelByPartnerButton")
    assert not cancel.isEnabled() and "cancellation" in cancel.toolTip()
