"""Issue 9's hidden checks on data of its own (tests/ui/own_day.py), in English and Swedish."""

# The fixtures imported from own_day are named as test arguments: F811 is pytest's way.
# ruff: noqa: F811

from __future__ import annotations

import email
import email.policy
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from renewdesk.pdf.formatting import money
from tests.ui.conftest import configure_smtp
from tests.ui.own_day import (  # noqa: F401 (lang, own_cache and window are fixtures)
    CTRL,
    TODAY,
    _search_and_renew_row,
    _type,
    find,
    focused,
    lang,
    opened,
    own_cache,
    table,
    window,
)


def test_bulk_renew_with_nothing_selected_shows_every_group(window, qtbot, lang) -> None:
    table(window).clearSelection()
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_R, CTRL)
    dialog = opened(window, qtbot)
    checklist = find(dialog, QWidget, "groupChecklist")
    # SEK/invoice, EUR/invoice for Fjällbacka; EUR card via Baltic Resell and direct;
    # USD Prairie; GBP Thames.
    assert checklist.group_count() == 6
    assert dialog.summary.text().startswith({"en": "6 groups", "sv": "6 grupper"}[lang])
    titles = [checklist.model().index(r, 0).data() for r in range(checklist.model().rowCount())]
    assert any("Baltic Resell OÜ" in t for t in titles), titles
    dialog.reject()


def test_ctrl_f_then_return_on_a_row_renews_it(window, qtbot) -> None:
    dialog = _search_and_renew_row(window, qtbot, "QA-B1")
    assert dialog.checklist.ticked_ids() == ["QA-B1"]
    dialog.reject()


def _two_line_quote(window, qtbot, lang, inbox_port=None):  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search, "7700000001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_A, CTRL)
    qtbot.keyClick(table(window), Qt.Key.Key_R, CTRL)
    dialog = opened(window, qtbot)
    checklist = dialog.checklist
    model = checklist.model()
    print([model.index(r, 0).data() for r in range(model.rowCount())], checklist.ticked_ids())
    assert checklist.group_count() == 2
    assert sorted(checklist.ticked_ids()) == ["QA-A1", "QA-A2", "QA-X3"]
    checklist.setFocus()
    while "QA-X3" in checklist.ticked_ids():
        qtbot.keyClick(checklist, Qt.Key.Key_Down)
        if "QA-X3" in str(checklist.currentIndex().data()):
            qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert sorted(checklist.ticked_ids()) == ["QA-A1", "QA-A2"]
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    seats = find(dialog, QSpinBox, "seats_QA-A1")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is seats
    qtbot.keyClick(seats, Qt.Key.Key_Down)
    qtbot.keyClick(seats, Qt.Key.Key_Down)
    assert seats.value() == 8
    _type(qtbot, find(dialog, QLineEdit, "customerAddress1"), "Hamngatan 7")
    _type(qtbot, find(dialog, QLineEdit, "customerPostalCode"), "450 71")
    _type(qtbot, find(dialog, QLineEdit, "customerCity"), "Grebbestad")
    country = find(dialog, QComboBox, "customerCountry")
    country.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(country, {"en": "Sweden", "sv": "Sverige"}[lang])
    assert country.currentData() == "SE"
    assert find(dialog, QComboBox, "quoteLanguage").currentData() == "sv"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    total = find(dialog, QLabel, "reviewTotal")
    expected = Decimal("18500") * 8 + Decimal("9200") * 4
    qtbot.waitUntil(lambda: total.text() == money(expected, "SEK", lang))
    return dialog


def test_two_line_quote_sent_by_email_then_next_quote_and_copy(
    window, qtbot, lang, smtp_server
) -> None:
    inbox, port = smtp_server
    configure_smtp(
        window,
        port,
        sender="renewals@seller.example",
        company_name="Seller AB",
        **_profile(window),
    )
    dialog = _two_line_quote(window, qtbot, lang)
    qtbot.mouseClick(find(dialog, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    assert focused() is find(dialog, QLineEdit, "recipientEdit1")
    qtbot.mouseClick(find(dialog, QRadioButton, "deliveryEmail"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(dialog, QPushButton, "sendQuoteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    quote = dialog.sent_result().quote
    assert [ln.seats for ln in quote.lines] == [8, 4]
    assert quote.total == Decimal("184800")
    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=10_000)
    message = email.message_from_bytes(inbox.messages[0][2], policy=email.policy.default)
    assert message["From"].addresses[0].display_name == "Robin Admin"
    assert message["Reply-To"].addresses[0].addr_spec == "robin@seller.example"
    body = message.get_body(("plain",)).get_content()
    # The customer is now in Sweden: the email, signature included, is in Swedish.
    assert body.rstrip().splitlines()[-5:] == [
        "Med vänliga hälsningar",
        "Robin Admin",
        "Seller AB",
        "Telefon: +46 70 000 00 00",
        "E-post: robin@seller.example",
    ]
    number = dialog.sent_result().number
    dialog.accept()

    # The next quote for the customer (another currency) starts from the typed address.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search = window.subscriptions_page.search
    search.clear()
    again = _search_and_renew_row(window, qtbot, "QA-A3")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert find(again, QLineEdit, "customerAddress1").text() == "Hamngatan 7"
    assert find(again, QLineEdit, "customerPostalCode").text() == "450 71"
    assert find(again, QLineEdit, "customerCity").text() == "Grebbestad"
    again.reject()

    # Create new quote: priced at once.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(table(window), Qt.Key.Key_2, CTRL)
    quotes = window.quotes_page
    qview = find(quotes, QTableView, "quotesTable")
    rect = qview.visualRect(quotes.model.index(quotes.model.row_of(number), 0))
    qtbot.mouseClick(qview.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert quotes.selected_quote().number == number
    new = find(window, QPushButton, "newQuoteButton")
    assert new.isEnabled()
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    copy = opened(window, qtbot)
    total = find(copy, QLabel, "reviewTotal")
    assert total.text() == money(Decimal("184800"), "SEK", lang)
    assert find(copy, QPushButton, "nextButton").isEnabled()
    copy.reject()


def test_received_email_has_identity(window, qtbot, smtp_server) -> None:
    inbox, port = smtp_server
    configure_smtp(
        window,
        port,
        sender="renewals@seller.example",
        company_name="Seller AB",
        **_profile(window),
    )
    dialog = _search_and_renew_row(window, qtbot, "QA-C2")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.mouseClick(find(dialog, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(dialog, QPushButton, "sendQuoteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(inbox.messages) == 1, timeout=10_000)
    message = email.message_from_bytes(inbox.messages[0][2], policy=email.policy.default)
    print(message["From"], message["Reply-To"])
    body = message.get_body(("plain",)).get_content()
    print(body)
    assert message["From"] == "Robin Admin <renewals@seller.example>"
    assert message["Reply-To"].addresses[0].addr_spec == "robin@seller.example"
    tail = body.rstrip().splitlines()[-5:]
    assert "Robin Admin" in body and "+46 70 000 00 00" in body and "Seller AB" in body, tail
    dialog.accept()


def _profile(window) -> dict:  # type: ignore[no-untyped-def]
    return {
        "your_name": "Robin Admin",
        "email": "robin@seller.example",
        "phone": "+46 70 000 00 00",
    }


def test_auto_quotes_after_sender_set(qtbot, window, smtp_server, lang) -> None:
    inbox, port = smtp_server
    configure_smtp(window, port, sender="")
    window.start_background()
    status = window.findChild(QPushButton, "autoQuotesStatusButton")
    assert status.isVisible()
    qtbot.keyClick(table(window), Qt.Key.Key_2, CTRL)
    notice = window.quotes_page.auto_notice
    assert notice.isVisible()
    assert {"en": "sender address", "sv": "avsändaradress"}[lang] in notice.headline.text()
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)  # straight to the setting
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.focusWidget(), "renewals@seller.example")
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    from renewdesk.domain import QuoteOrigin

    made = sorted(
        ln.subscription_id
        for q in window.ctx.quotes.list_quotes()
        if q.origin is QuoteOrigin.AUTOMATIC
        for ln in q.lines
    )
    # QA-C2 (10 days), QA-B1/QA-B2 (25/26 days), QA-A1 (30 days); QA-D1 has no buyer email.
    print(made, notice.details.text())
    assert made == ["QA-A1", "QA-B1", "QA-B2", "QA-C2"]
    assert "QA-D1" in notice.details.text()
    qtbot.waitUntil(lambda: len(inbox.messages) == 4, timeout=10_000)
