"""Automatic quotes through the window never skip the day silently (issue 9, item 4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from renewdesk import i18n
from renewdesk.domain import QuoteOrigin
from renewdesk.store.models import CustomerRow
from tests.ui.conftest import configure_smtp


@pytest.fixture
def swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install_language("sv")
    yield
    i18n.uninstall_language()


def _automatic(window) -> list:  # type: ignore[no-untyped-def]
    return [q for q in window.ctx.quotes.list_quotes() if q.origin is QuoteOrigin.AUTOMATIC]


def _save_settings(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_missing_sender_is_shown_and_setting_it_makes_the_quotes_the_same_day(
    qtbot, main_window, smtp_server, today_env
) -> None:
    inbox, port = smtp_server
    configure_smtp(main_window, port, sender="")
    main_window.show()
    main_window.start_background()

    assert _automatic(main_window) == []
    assert main_window.ctx.auto_quotes.is_due(today_env)  # not counted as the day's run
    status = main_window.findChild(QPushButton, "autoQuotesStatusButton")
    assert status.isVisible()
    assert status.text() == "⚠ Automatic quotes wait for a sender address…"
    assert status.toolTip() == (
        "No automatic quotes were made for the 2 due subscriptions: the sender address is not set."
    )
    main_window.nav.setCurrentRow(1)
    notice = main_window.quotes_page.auto_notice
    assert notice.isVisible() and "the sender address is not set" in notice.headline.text()

    qtbot.mouseClick(notice.fix_button, Qt.MouseButton.LeftButton)
    dialog = main_window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    sender = dialog.sender
    assert isinstance(sender, QLineEdit) and dialog.focusWidget() is sender
    qtbot.keyClicks(sender, "renewals@seller.example")
    _save_settings(qtbot, dialog)

    made = sorted(line.subscription_id for q in _automatic(main_window) for line in q.lines)
    assert made == ["SUB-1001", "SUB-2001"]
    assert not main_window.ctx.auto_quotes.is_due(today_env)
    assert not main_window.auto_quotes_status.isVisible() and not notice.isVisible()
    assert len(inbox.messages) == 2
    assert {m[0] for m in inbox.messages} == {"renewals@seller.example"}
    assert all(main_window.quotes_page.model.row_of(q.number) >= 0 for q in _automatic(main_window))


def test_a_customer_without_buyer_email_is_listed_with_its_reason(
    qtbot, main_window, smtp_server, engine, today_env
) -> None:
    _inbox, port = smtp_server
    configure_smtp(main_window, port)
    with engine.begin() as conn:
        conn.execute(
            CustomerRow.__table__.update()
            .where(CustomerRow.__table__.c.csn == "5100002002")
            .values(buyer_email="")
        )
    main_window.show()
    main_window.start_background()

    made = [line.subscription_id for q in _automatic(main_window) for line in q.lines]
    assert made == ["SUB-1001"]  # the other customer's SUB-2001 is skipped, not the run
    status = main_window.auto_quotes_status
    assert status.text() == "⚠ 1 automatic quote not made"
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)  # leads to the list
    assert main_window.nav.currentRow() == 1
    notice = main_window.quotes_page.auto_notice
    assert notice.isVisible()
    assert notice.headline.text() == "1 due subscription got no automatic quote:"
    assert notice.details.text() == (
        "SUB-2001: no buyer email – customer 5100002002 has no buyer email"
    )
    assert not notice.fix_button.isVisible()


def test_swedish_notice(qtbot, swedish, main_window, smtp_server, today_env) -> None:  # type: ignore[no-untyped-def]
    _inbox, port = smtp_server
    configure_smtp(main_window, port, sender="")
    main_window.show()
    main_window.start_background()
    status = main_window.auto_quotes_status
    assert status.text() == "⚠ Automatiska offerter väntar på en avsändaradress…"
    assert "avsändaradressen är inte inställd" in status.toolTip()


def test_turning_automatic_quotes_off_drops_the_notice(
    qtbot, main_window, smtp_server, today_env
) -> None:
    _inbox, port = smtp_server
    configure_smtp(main_window, port, sender="")
    main_window.show()
    main_window.start_background()
    assert main_window.auto_quotes_status.isVisible()
    main_window.open_settings()
    dialog = main_window.settings_dialog
    qtbot.mouseClick(dialog.automatic, Qt.MouseButton.LeftButton)  # untick
    _save_settings(qtbot, dialog)
    assert not main_window.auto_quotes_status.isVisible()
    assert not main_window.quotes_page.auto_notice.isVisible()
    assert _automatic(main_window) == []
