"""Issue 9 on data of its own: automation names, 1024 x 700, the README's shortcuts."""

# The fixtures imported from own_day are named as test arguments: F811 is pytest's way.
# ruff: noqa: F811

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from renewdesk.pdf.formatting import money
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
