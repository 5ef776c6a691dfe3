"""The issue 9 day on data of its own: four customers, five currencies, a reseller.

Built through the import service from CSV (as an admin's files arrive), dates relative
to a pinned ``RENEWDESK_TODAY``; the window is driven by automation names, keys and
clicks only.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
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

from renewdesk import i18n
from renewdesk.pdf.formatting import money
from tests.ui.conftest import configure_smtp

TODAY = date(2026, 6, 15)
CTRL = Qt.KeyboardModifier.ControlModifier
HEADER = (
    "subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,"
    "customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,"
    "renewal_date,status,auto_renew,team,buyer_email"
)
# id, product, offering, csn, name, partner, partner name, currency, payment, seats, renews in, status, email
ROWS = [
    (
        "QA-A1",
        "Design Suite Premium",
        "DSP",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "SEK",
        "invoice",
        10,
        30,
        "active",
        "kim@fjallbacka.example",
    ),
    (
        "QA-A2",
        "Render Studio",
        "RND",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "SEK",
        "invoice",
        4,
        35,
        "active",
        "kim@fjallbacka.example",
    ),
    (
        "QA-X3",
        "Site Planner",
        "SPL",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "SEK",
        "invoice",
        2,
        60,
        "suspended",
        "kim@fjallbacka.example",
    ),
    (
        "QA-A3",
        "Site Planner",
        "SPL",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "EUR",
        "invoice",
        2,
        45,
        "active",
        "kim@fjallbacka.example",
    ),
    (
        "QA-B1",
        "Design Suite Premium",
        "DSP",
        "7700000002",
        "Tallinna Tehnika OÜ",
        "P-9001",
        "Baltic Resell OÜ",
        "EUR",
        "card",
        3,
        25,
        "active",
        "mari@tehnika.example",
    ),
    (
        "QA-B2",
        "Render Studio",
        "RND",
        "7700000002",
        "Tallinna Tehnika OÜ",
        "",
        "",
        "EUR",
        "card",
        1,
        26,
        "active",
        "mari@tehnika.example",
    ),
    (
        "QA-X2",
        "Render Studio",
        "RND",
        "7700000002",
        "Tallinna Tehnika OÜ",
        "",
        "",
        "EUR",
        "card",
        2,
        200,
        "active",
        "mari@tehnika.example",
    ),
    (
        "QA-C1",
        "Site Planner",
        "SPL",
        "7700000003",
        "Prairie Works LLC",
        "",
        "",
        "USD",
        "invoice",
        6,
        -45,
        "active",
        "lee@prairie.example",
    ),
    (
        "QA-C2",
        "Design Suite Premium",
        "DSP",
        "7700000003",
        "Prairie Works LLC",
        "",
        "",
        "USD",
        "invoice",
        2,
        10,
        "active",
        "lee@prairie.example",
    ),
    (
        "QA-D1",
        "Render Studio",
        "RND",
        "7700000004",
        "Thames Draughting Ltd",
        "",
        "",
        "GBP",
        "invoice",
        5,
        15,
        "active",
        "",
    ),
    (
        "QA-X1",
        "Design Suite Premium",
        "DSP",
        "7700000004",
        "Thames Draughting Ltd",
        "",
        "",
        "GBP",
        "invoice",
        1,
        -120,
        "expired",
        "",
    ),
]
PRICES = """offering_code,term,currency,unit_price
DSP,annual,SEK,18500.00
RND,annual,SEK,9200.00
SPL,annual,SEK,5000.00
SPL,annual,EUR,640.00
DSP,annual,EUR,1700.00
RND,annual,EUR,850.00
SPL,annual,USD,700.00
DSP,annual,USD,1850.00
RND,annual,GBP,720.00
"""


def _csv() -> str:
    lines = [HEADER]
    for sid, product, code, csn, name, pcsn, pname, cur, pay, seats, days, status, mail in ROWS:
        renewal = TODAY + timedelta(days=days)
        start = renewal - timedelta(days=365)
        lines.append(
            f"{sid},K-{sid},{product},{code},standard,{csn},{name},{pcsn},{pname},{cur},{pay},"
            f"annual,{seats},{start},{renewal},{status},no,Team,{mail}"
        )
    return "\n".join(lines) + "\n"


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install_language(request.param)
    yield request.param
    i18n.uninstall_language()


@pytest.fixture
def own_cache(engine, db_path: Path, tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    from renewdesk.services.import_service import ImportService

    monkeypatch.setenv("RENEWDESK_TODAY", TODAY.isoformat())
    (tmp_path / "subs.csv").write_text(_csv(), encoding="utf-8")
    (tmp_path / "prices.csv").write_text(PRICES, encoding="utf-8")
    service = ImportService(engine, date_locale="en_US")
    service.import_subscriptions(tmp_path / "subs.csv")
    service.import_prices(tmp_path / "prices.csv")
    return db_path


@pytest.fixture
def window(qtbot, own_cache, tmp_path, lang):  # type: ignore[no-untyped-def]
    from renewdesk.app import create_main_window

    win = create_main_window(own_cache, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def find(parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(kind, name)
    assert widget is not None, name
    assert widget.accessibleName(), f"{name} has no accessible name"
    return widget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def opened(window, qtbot):  # type: ignore[no-untyped-def]
    dialog = window.renew_dialog
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def table(window) -> QTableView:  # type: ignore[no-untyped-def]
    return window.subscriptions_page.table


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


def _search_and_renew_row(window, qtbot, text: str):  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_F, CTRL)
    search = find(window, QLineEdit, "subscriptionSearch")
    assert focused() is search
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    while focused() is not page.table:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return opened(window, qtbot)


def test_ctrl_f_then_return_on_a_row_renews_it(window, qtbot) -> None:
    dialog = _search_and_renew_row(window, qtbot, "QA-B1")
    assert dialog.checklist.ticked_ids() == ["QA-B1"]
    dialog.reject()


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


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


REVIEW_NAMES = {
    QLabel: ["reviewTotal", "expiryWarning"],
    QPushButton: ["fixAutoRenewButton"],
    QComboBox: ["quoteLanguage", "customerCountry", "term_QA-C1", "term_QA-C2"],
    QLineEdit: [
        "customerCompany",
        "customerAddress1",
        "customerAddress2",
        "customerPostalCode",
        "customerCity",
        "customerRegion",
        "customerVatNumber",
        "buyerName",
        "buyerEmail",
        "buyerPhone",
    ],
    QSpinBox: ["seats_QA-C1", "seats_QA-C2"],
}


def test_every_automation_name_of_the_issue_is_on_the_real_widgets(window, qtbot, lang) -> None:
    page = window.subscriptions_page
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search, "7700000003")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    dialog = opened(window, qtbot)
    assert sorted(dialog.checklist.ticked_ids()) == ["QA-C1", "QA-C2"]
    find(dialog, QPushButton, "nextButton")
    find(dialog, QPushButton, "backButton")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    for kind, names in REVIEW_NAMES.items():
        for name in names:
            find(dialog, kind, name)
    country = find(dialog, QComboBox, "customerCountry")
    assert country.findData("SE") >= 0 and country.findData("US") >= 0
    # QA-C1 renewed 45 days ago: the quote would expire today, and the review says so.
    warning = find(dialog, QLabel, "expiryWarning")
    assert warning.isVisible()
    assert "QA-C1" in warning.text() and TODAY.isoformat() in warning.text()
    qtbot.mouseClick(find(dialog, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    assert focused() is find(dialog, QLineEdit, "recipientEdit1")
    find(dialog, QPushButton, "addRecipientButton")
    for name in ("deliveryEmail", "deliveryMailApp", "deliveryPdfOnly"):
        find(dialog, QRadioButton, name)
    qtbot.mouseClick(find(dialog, QRadioButton, "deliveryPdfOnly"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(dialog, QPushButton, "sendQuoteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    dialog.accept()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.table, Qt.Key.Key_2, CTRL)
    quotes = window.quotes_page
    find(quotes, QWidget, "auditTrail")
    for name in ("openPdfButton", "resendButton", "cancelByPartnerButton"):
        find(quotes, QPushButton, name)


def test_at_1024_by_700_every_review_column_is_on_screen(window, qtbot, lang) -> None:
    """The fixed money widths pushed the Notes column off a 1024 px screen."""
    window.resize(1024, 700)
    page = window.subscriptions_page
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search, "7700000001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    dialog = opened(window, qtbot)
    dialog.resize(1024, 700)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    total = find(dialog, QLabel, "reviewTotal")
    expected = Decimal("18500") * 10 + Decimal("9200") * 4 + Decimal("5000") * 2
    qtbot.waitUntil(lambda: total.text() == money(expected, "SEK", lang))
    lines = dialog.findChild(QTableView, "reviewTable")
    header = lines.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= lines.viewport().width())
    assert lines.horizontalScrollBar().maximum() == 0
    notes = header.count() - 1
    assert header.sectionSize(notes) >= 120
    for col in range(header.count()):  # every amount shows whole
        for row in range(lines.model().rowCount()):
            text = str(lines.model().index(row, col).data() or "")
            assert lines.fontMetrics().horizontalAdvance(text) <= header.sectionSize(col), text
    dialog.reject()


def test_the_readme_keyboard_shortcuts_do_what_the_table_says(window, qtbot) -> None:
    """README "Keyboard shortcuts": pages, Import, the checklist's arrows, Tab, Esc."""
    page = window.subscriptions_page
    page.table.setFocus()
    for key, shown in ((Qt.Key.Key_2, window.quotes_page), (Qt.Key.Key_3, window.outbox_page)):
        qtbot.keyClick(focused(), key, CTRL)
        assert window.stack.currentWidget() is shown
    qtbot.keyClick(focused(), Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is page
    qtbot.keyClick(focused(), Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.isVisible())
    qtbot.keyClick(window.import_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.import_dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.clearSelection()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    dialog = opened(window, qtbot)
    checklist = dialog.checklist
    assert focused() is checklist
    first = checklist.model().index(0, 0)
    checklist.setCurrentIndex(first)
    qtbot.keyClick(checklist, Qt.Key.Key_Right)
    assert checklist.isExpanded(first)
    qtbot.keyClick(checklist, Qt.Key.Key_Left)
    assert not checklist.isExpanded(first)
    qtbot.keyClick(checklist, Qt.Key.Key_Tab)
    assert focused() is not checklist and dialog.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_at_1024_px_a_page_name_the_sidebar_elides_shows_whole_in_its_tooltip(
    window, qtbot, lang
) -> None:
    """Below 1200 px the sidebar narrows to 224 px and "Subscriptions and Agreements" is
    elided; hovering it shows the whole name."""
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    nav = window.nav
    for row in range(nav.count()):
        item = nav.item(row)
        assert item.toolTip() == item.text()
