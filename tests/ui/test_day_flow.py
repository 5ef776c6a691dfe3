"""An admin's day through the real window, by keyboard and mouse, in English and Swedish.

Widgets are found by their automation names; what a user does is a key press or
a click (pytest-qt), never a call into the dialog's methods.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from renewdesk import i18n
from renewdesk.pdf.formatting import money
from renewdesk.store.repositories import CustomerRepository
from tests.ui.conftest import TODAY
from tests.ui.driving import find, focused, opened

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install_language(request.param)
    yield request.param
    i18n.uninstall_language()


@pytest.fixture
def window(main_window, qtbot, tmp_path, lang):  # type: ignore[no-untyped-def]
    """The main window shown and active (shortcuts need an active window)."""
    main_window.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return main_window


def open_renew_by_key(window, qtbot):  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.subscriptions_page.table, Qt.Key.Key_R, CTRL)
    return opened(window, qtbot)


def test_bulk_renew_with_nothing_selected_opens_every_group(window, qtbot, lang) -> None:
    page = window.subscriptions_page
    page.table.clearSelection()
    action = page.action_renew
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+R"
    dialog = open_renew_by_key(window, qtbot)
    checklist = find(dialog, QWidget, "groupChecklist")
    model = checklist.model()
    # SEK invoice direct (Nordljus), GBP through partner P-7001, GBP card direct.
    assert model.rowCount() == 3 == checklist.topLevelItemCount()
    assert dialog.summary.text().startswith({"en": "3 groups", "sv": "3 grupper"}[lang])
    titles = [model.index(row, 0).data() for row in range(3)]
    assert any("Channel Partner UK (P-7001)" in t for t in titles)
    assert any("Nordljus Arkitekter AB (5100001001)" in t for t in titles)
    # Nothing chosen yet: Next waits for a group; Space on the current group chooses it.
    next_button = find(dialog, QPushButton, "nextButton")
    assert not next_button.isEnabled()
    assert focused() is checklist
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert next_button.isEnabled()
    assert dialog.checklist.ticked_ids() == ["SUB-1001", "SUB-1002", "SUB-1003"]


def test_ctrl_f_goes_to_the_search_box_and_return_on_a_row_renews_it(window, qtbot) -> None:
    page = window.subscriptions_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    search = find(window, QLineEdit, "subscriptionSearch")
    assert focused() is search
    qtbot.keyClicks(search, "SUB-2001")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    qtbot.keyClick(search, Qt.Key.Key_Tab)  # out of the search box...
    while focused() is not page.table:  # ...and on to the table
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = opened(window, qtbot)
    assert dialog.checklist.ticked_ids() == ["SUB-2001"]
    dialog.reject()
    # Enter (keypad) does the same.
    qtbot.keyClick(page.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert window.renew_dialog is not dialog and window.renew_dialog.isVisible()
    window.renew_dialog.reject()


def test_tab_leaves_the_subscriptions_table(window, qtbot) -> None:
    page = window.subscriptions_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert focused() is not page.table
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is page.table


def _customer_form(dialog):  # type: ignore[no-untyped-def]
    return {
        n: find(dialog, QLineEdit, n)
        for n in (
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
        )
    }


def _type_into(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _two_line_quote(window, qtbot, lang: str):  # type: ignore[no-untyped-def]
    """Nordljus's group with SUB-1002 unticked, 11 seats instead of 12, a new address."""
    page = window.subscriptions_page
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search, "5100001001")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL)
    dialog = open_renew_by_key(window, qtbot)
    checklist = dialog.checklist
    assert checklist.ticked_ids() == ["SUB-1001", "SUB-1002", "SUB-1003"]
    qtbot.keyClick(checklist, Qt.Key.Key_Down)  # SUB-1001
    qtbot.keyClick(checklist, Qt.Key.Key_Down)  # SUB-1002
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert checklist.ticked_ids() == ["SUB-1001", "SUB-1003"]
    qtbot.keyClick(checklist, Qt.Key.Key_Return)  # Next: options
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Next: Create a quote
    seats = find(dialog, QSpinBox, "seats_SUB-1001")
    assert find(dialog, QComboBox, "term_SUB-1001") is focused()  # the first field
    assert seats.maximum() == 12
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is seats
    qtbot.keyClick(seats, Qt.Key.Key_Down)
    assert seats.value() == 11
    # Tab walks the line editors and then leaves the table, never cell by cell.
    qtbot.keyClick(seats, Qt.Key.Key_Tab)
    assert focused() is find(dialog, QComboBox, "term_SUB-1003")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is find(dialog, QSpinBox, "seats_SUB-1003")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert not dialog.review.table.isAncestorOf(focused())
    form = _customer_form(dialog)
    assert form["customerAddress1"].maxLength() == 200
    assert form["customerPostalCode"].maxLength() == 20
    _type_into(qtbot, form["customerAddress1"], "Kungsgatan 5")
    _type_into(qtbot, form["customerPostalCode"], "753 20")
    _type_into(qtbot, form["customerCity"], "Uppsala")
    dialog.review.flush()
    total = find(dialog, QLabel, "reviewTotal")
    expected = Decimal("21000") * 11 + Decimal("7400") * 3
    qtbot.waitUntil(lambda: total.text() == money(expected, "SEK", lang))
    return dialog


def test_a_two_line_quote_with_fewer_seats_and_a_typed_address(window, qtbot, lang) -> None:
    dialog = _two_line_quote(window, qtbot, lang)
    next_button = find(dialog, QPushButton, "nextButton")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    first = find(dialog, QLineEdit, "recipientEdit1")
    assert focused() is first
    qtbot.keyClicks(first, "cfo@nordljus.example")
    qtbot.keyClick(first, Qt.Key.Key_Return)  # keeps the text, moves on
    assert first.text() == "cfo@nordljus.example"
    add = find(dialog, QPushButton, "addRecipientButton")
    assert focused() is add
    qtbot.keyClick(add, Qt.Key.Key_Space)
    second = find(dialog, QLineEdit, "recipientEdit2")
    assert focused() is second
    send = find(dialog, QPushButton, "sendQuoteButton")
    texts = {}
    for radio in ("deliveryMailApp", "deliveryPdfOnly"):
        qtbot.mouseClick(find(dialog, QRadioButton, radio), Qt.MouseButton.LeftButton)
        texts[radio] = send.text()
    qtbot.mouseClick(find(dialog, QRadioButton, "deliveryEmail"), Qt.MouseButton.LeftButton)
    texts["deliveryEmail"] = send.text()
    expected = {
        "en": {
            "deliveryEmail": "Send quote",
            "deliveryMailApp": "Open in mail app",
            "deliveryPdfOnly": "Save PDF",
        },
        "sv": {
            "deliveryEmail": "Skicka offert",
            "deliveryMailApp": "Öppna i e-postprogrammet",
            "deliveryPdfOnly": "Spara PDF",
        },
    }[lang]
    assert texts == expected
    qtbot.mouseClick(find(dialog, QRadioButton, "deliveryPdfOnly"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    quote = dialog.sent_result().quote
    assert [ln.subscription_id for ln in quote.lines] == ["SUB-1001", "SUB-1003"]
    assert [ln.seats for ln in quote.lines] == [11, 3]
    assert quote.total == Decimal("253200")
    assert quote.recipients[-1] == "cfo@nordljus.example"

    # Remembered for the customer, with one audit event naming old and new values.
    saved = CustomerRepository(window.ctx.extras["engine"]).get("5100001001")
    assert saved is not None
    assert (saved.address.line1, saved.address.postal_code, saved.address.city) == (
        "Kungsgatan 5",
        "753 20",
        "Uppsala",
    )
    events = [e for e in window.ctx.quotes.audit(quote.number) if e.action == "customer_saved"]
    assert len(events) == 1
    assert '"Storgatan 1" → "Kungsgatan 5"' in events[0].details
    assert '"Stockholm" → "Uppsala"' in events[0].details
    dialog.accept()

    # The next quote for the customer starts from what was typed.
    page = window.subscriptions_page
    row = page.model.row_of("SUB-1002")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    again = opened(window, qtbot)
    assert again is not dialog
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # select -> options
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # options -> review
    form = _customer_form(again)
    assert form["customerAddress1"].text() == "Kungsgatan 5"
    assert form["customerCity"].text() == "Uppsala"
    assert find(again, QComboBox, "customerCountry").currentData() == "SE"
    again.reject()


def test_country_is_picked_by_name_stored_as_code_and_the_quote_language_follows(
    window, qtbot, lang
) -> None:
    page = window.subscriptions_page
    page.renew_requested.emit([page.model.result_at(page.model.row_of("SUB-2003"))], True)
    dialog = opened(window, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    country = find(dialog, QComboBox, "customerCountry")
    language = find(dialog, QComboBox, "quoteLanguage")
    assert country.currentData() == "GB"
    assert country.currentText() == {"en": "United Kingdom", "sv": "Storbritannien"}[lang]
    assert language.currentData() == "en"
    country.setFocus()
    sweden = {"en": "Sweden", "sv": "Sverige"}[lang]
    qtbot.keyClicks(country, sweden)  # a combo box finds the item as it is typed
    assert country.currentData() == "SE"
    assert language.currentData() == "sv"
    dialog.review.flush()
    assert dialog.review.customer().address.country == "SE"
    dialog.reject()


def test_create_new_quote_opens_priced_and_checked(window, qtbot, lang) -> None:
    dialog = _two_line_quote(window, qtbot, lang)
    qtbot.mouseClick(find(dialog, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(dialog, QRadioButton, "deliveryPdfOnly"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(dialog, QPushButton, "sendQuoteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent_result() is not None, timeout=10_000)
    number = dialog.sent_result().number
    dialog.accept()
    window.activateWindow()  # the window manager's part once a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.subscriptions_page.table, Qt.Key.Key_2, CTRL)  # View > Quotes
    quotes = window.quotes_page
    assert window.stack.currentWidget() is quotes
    quotes.select_quote(number)
    qtbot.mouseClick(find(window, QPushButton, "newQuoteButton"), Qt.MouseButton.LeftButton)
    copy = opened(window, qtbot)
    # At the review, priced and checked with no edit: the total shows and Next is open.
    total = find(copy, QLabel, "reviewTotal")
    assert total.text() == money(Decimal("253200"), "SEK", lang)
    assert find(copy, QPushButton, "nextButton").isEnabled()
    assert not find(copy, QPushButton, "backButton").isEnabled()
    assert find(copy, QSpinBox, "seats_SUB-1001").value() == 11
    assert focused() is find(copy, QComboBox, "term_SUB-1001")
    qtbot.mouseClick(find(copy, QPushButton, "nextButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(copy, QRadioButton, "deliveryPdfOnly"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(find(copy, QPushButton, "sendQuoteButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: copy.sent_result() is not None, timeout=10_000)
    assert copy.sent_result().superseded == number
    assert copy.sent_result().quote.supersedes == number
    copy.accept()


def test_expiry_warning_names_the_line_and_offers_to_leave_it_out(
    window, qtbot, lang, engine
) -> None:
    from renewdesk.store.models import SubscriptionRow

    renewal = TODAY - timedelta(days=42)  # + 45 days: expires in 3 days
    with engine.begin() as conn:
        conn.execute(
            SubscriptionRow.__table__.insert(),
            [
                {
                    "subscription_id": "SUB-1006",
                    "contract_number": "CTR-1006",
                    "product_name": "Site Planner",
                    "offering_code": "SPL",
                    "offering_type": "standard",
                    "customer_csn": "5100001001",
                    "partner_csn": None,
                    "currency": "SEK",
                    "payment_method": "invoice",
                    "term": "annual",
                    "seats": 2,
                    "start_date": renewal - timedelta(days=365),
                    "renewal_date": renewal,
                    "status": "expired",
                    "auto_renew": False,
                    "team": "",
                }
            ],
        )
    window.subscriptions_page.reload()
    page = window.subscriptions_page
    picked = [page.model.result_at(page.model.row_of(i)) for i in ("SUB-1001", "SUB-1006")]
    page.renew_requested.emit(picked, False)
    dialog = opened(window, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    warning = find(dialog, QLabel, "expiryWarning")
    assert warning.isVisible()
    expires = TODAY + timedelta(days=3)
    assert "SUB-1006" in warning.text() and expires.isoformat() in warning.text()
    assert "SUB-1001" not in warning.text()
    leave = find(dialog, QPushButton, "leaveOutButton")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not warning.isVisible())
    qtbot.waitUntil(lambda: dialog.findChild(QSpinBox, "seats_SUB-1006") is None)
    assert [ln.subscription_id for ln in dialog.preview().quote.lines] == ["SUB-1001"]
    dialog.reject()


def _add_site_planners(engine, count: int) -> None:  # type: ignore[no-untyped-def]
    from renewdesk.store.models import SubscriptionRow

    renewal = TODAY + timedelta(days=20)
    with engine.begin() as conn:
        conn.execute(
            SubscriptionRow.__table__.insert(),
            [
                {
                    "subscription_id": f"SUB-5{n:03d}",
                    "contract_number": "CTR-5000",
                    "product_name": "Site Planner",
                    "offering_code": "SPL",
                    "offering_type": "standard",
                    "customer_csn": "5100001001",
                    "partner_csn": None,
                    "currency": "SEK",
                    "payment_method": "invoice",
                    "term": "annual",
                    "seats": 1,
                    "start_date": renewal - timedelta(days=365),
                    "renewal_date": renewal,
                    "status": "active",
                    "auto_renew": False,
                    "team": "",
                }
                for n in range(1, count + 1)
            ],
        )


def test_a_group_of_more_than_100_says_one_quote_holds_100_and_which_stay_out(
    window, qtbot, lang, engine
) -> None:
    _add_site_planners(engine, 100)  # with SUB-1001..1003: 103 eligible in the group
    page = window.subscriptions_page
    page.reload()
    page.table.clearSelection()
    dialog = open_renew_by_key(window, qtbot)
    checklist = dialog.checklist
    notice = dialog.limit_notice
    assert not notice.isVisible()
    checklist.setCurrentIndex(checklist.model().index(0, 0))  # Nordljus's group is first
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert len(checklist.ticked_ids()) == 100
    assert notice.isVisible()
    assert "100" in notice.text()
    for left in ("SUB-5098", "SUB-5099", "SUB-5100"):
        assert left in notice.text()
    assert find(dialog, QPushButton, "nextButton").isEnabled()
    # Ticking one more than a quote holds says how many to untick, and Next waits.
    checklist.expand(checklist.model().index(0, 0))
    extra = checklist.index_of("SUB-5100")
    checklist.setCurrentIndex(extra)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert len(checklist.ticked_ids()) == 101
    assert (
        notice.text()
        == {
            "en": "One quote holds at most 100 subscriptions: untick 1 to go on.",
            "sv": "En offert rymmer högst 100 prenumerationer: avmarkera 1 för att gå vidare.",
        }[lang]
    )
    assert not find(dialog, QPushButton, "nextButton").isEnabled()
    dialog.reject()


def test_many_subscriptions_are_grouped_off_the_gui_thread_with_progress(
    window, qtbot, monkeypatch
) -> None:
    from renewdesk.ui import renew_dialog
    from renewdesk.ui.task_runner import TaskRunner

    monkeypatch.setattr(renew_dialog, "GROUP_INLINE", 3)  # the fixture has 8 subscriptions
    page = window.subscriptions_page
    runner = TaskRunner(window, synchronous=False)
    dialog = renew_dialog.RenewDialog(
        window.ctx, runner, page.model.visible_results(), choose=False, parent=window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.grouping_progress.isVisible()
    assert "8" in dialog.grouping_progress.format()
    assert not dialog.next_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.checklist.group_count() == 3, timeout=10_000)
    assert not dialog.grouping_progress.isVisible()
    runner.wait_for_done()
    dialog.reject()


def test_menus_show_their_shortcuts(window) -> None:
    bar = window.menuBar()
    shortcuts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in (a.menu() for a in bar.actions() if a.menu() is not None)
        for action in menu.actions()
        if not action.isSeparator()
    }
    renew = window.subscriptions_page.action_renew
    assert shortcuts[renew.text().replace("&", "")] == "Ctrl+R"
    assert renew.isShortcutVisibleInContextMenu()  # also in the Bulk actions menu
    assert shortcuts[window.action_find.text().replace("&", "")] == "Ctrl+F"
    assert [a.shortcut().toString() for a in window.page_actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]


def test_keyboard_focus_is_visible_on_every_kind_of_control(window, qtbot) -> None:
    """Each control looks different with the keyboard focus than without it."""
    page = window.subscriptions_page
    controls = [
        page.search,
        page.clear_filters,
        page.bulk_button,
        page.status_filter,
        page.within,
        page.eligible_only,
        page.table,
        page.details_renew,
    ]
    page.table.selectRow(0)
    for control in controls:
        page.count_label.setFocus()  # a label takes no focus: park it elsewhere
        window.nav.setFocus()
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        after = control.grab().toImage()
        assert before != after, (
            f"{control.accessibleName() or control.objectName() or type(control).__name__} shows no focus"
        )


def test_typed_seats_price_the_quote_without_leaving_the_field(window, qtbot, lang) -> None:
    page = window.subscriptions_page
    page.renew_requested.emit([page.model.result_at(page.model.row_of("SUB-1001"))], True)
    dialog = opened(window, qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    seats = find(dialog, QSpinBox, "seats_SUB-1001")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is seats
    qtbot.keyClick(seats, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(seats, "7")
    total = find(dialog, QLabel, "reviewTotal")
    qtbot.waitUntil(lambda: total.text() == money(Decimal("21000") * 7, "SEK", lang))
    assert focused() is seats
    dialog.reject()
