"""Start-up and timed work: crash recovery, automatic quotes, retries, online/offline, password."""

from __future__ import annotations

from datetime import timedelta

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import update

from renewdesk.domain import OutboxStatus, QuoteOrigin
from renewdesk.store.models import OutboxRow
from renewdesk.ui.background import DAILY_CHECK_MS
from renewdesk.ui.outbox_page import RETRY_INTERVAL_MS
from tests.ui.conftest import configure_smtp, free_port


def _queue_a_quote(window, sid: str = "SUB-1003") -> str:  # type: ignore[no-untyped-def]
    """A sent quote whose email waits in the outbox, no attempt made yet."""
    quotes = window.ctx.quotes
    result = quotes.send(
        quotes.request([sid], recipients=["cfo@nordljus.example"]), "email", deliver=False
    )
    return result.number


def test_status_bar_names_the_secret_store(main_window) -> None:
    assert main_window.secrets_label.text() == "Passwords: OS keyring"
    assert "keyring" in main_window.secrets_label.toolTip().lower()


def test_start_up_requeues_an_interrupted_send_makes_automatic_quotes_and_sends(
    main_window, smtp_server, engine, today_env
) -> None:
    inbox, port = smtp_server
    configure_smtp(main_window, port)
    number = _queue_a_quote(main_window)
    with engine.begin() as conn:  # the last run died between claim and "sent"
        conn.execute(update(OutboxRow).values(status="sending", attempts=1))

    main_window.start_background()

    # Annual, auto-renew off, 0-30 days left: SUB-1001 (21 days) and SUB-2001 (14 days).
    assert main_window.background.last_daily is not None
    auto = [q for q in main_window.ctx.quotes.list_quotes() if q.origin is QuoteOrigin.AUTOMATIC]
    assert sorted(line.subscription_id for q in auto for line in q.lines) == [
        "SUB-1001",
        "SUB-2001",
    ]
    assert all(main_window.quotes_page.model.row_of(q.number) >= 0 for q in auto)
    messages = main_window.ctx.outbox.list()
    assert {m.quote_number for m in messages} == {number} | {q.number for q in auto}
    assert all(m.status is OutboxStatus.SENT for m in messages)
    assert len(inbox.messages) == 3  # the interrupted one went out again, once
    assert main_window.online_label.text() == "● Online"
    assert main_window.outbox_page.model.rowCount() == 0

    # The timer fires again the same day: nothing new.
    main_window.background.daily_timer.timeout.emit()
    assert len(main_window.ctx.quotes.list_quotes()) == 3
    assert main_window.background.daily_timer.interval() == DAILY_CHECK_MS
    assert main_window.background.daily_timer.isActive()


def test_a_window_left_open_makes_the_next_days_automatic_quotes(
    main_window, smtp_server, monkeypatch, today_env
) -> None:
    _inbox, port = smtp_server
    configure_smtp(main_window, port)
    main_window.start_background()
    assert len(main_window.ctx.quotes.list_quotes()) == 2  # SUB-1001, SUB-2001
    monkeypatch.setenv("RENEWDESK_TODAY", (today_env + timedelta(days=10)).isoformat())
    main_window.background.daily_timer.timeout.emit()
    auto = {
        line.subscription_id
        for q in main_window.ctx.quotes.list_quotes()
        for line in q.lines
        if q.origin is QuoteOrigin.AUTOMATIC
    }
    assert auto == {"SUB-1001", "SUB-2001", "SUB-1003"}  # SUB-1003 now has 30 days left
    assert main_window.quotes_page.model.rowCount() == 3


def test_offline_shows_in_the_status_bar_and_retry_now_sends_once_back(
    main_window, smtp_server, qtbot
) -> None:
    inbox, port = smtp_server
    configure_smtp(main_window, free_port())  # nobody listens there
    _queue_a_quote(main_window)
    page = main_window.outbox_page
    page.send_due()
    assert main_window.online_label.text().startswith("● Offline")
    [message] = main_window.ctx.outbox.list()
    assert message.status is OutboxStatus.QUEUED and message.attempts == 1
    assert message.next_attempt > message.updated  # backoff: not due again at once
    page.send_due()  # the minute timer: nothing due yet, nothing attempted
    assert main_window.ctx.outbox.list()[0].attempts == 1
    assert page.timer.interval() == RETRY_INTERVAL_MS

    configure_smtp(main_window, port)  # the server is back
    page.reload()
    page.table.selectRow(0)
    page.retry_button.click()
    assert main_window.ctx.outbox.list()[0].status is OutboxStatus.SENT
    assert len(inbox.messages) == 1
    assert main_window.online_label.text() == "● Online"


def test_renew_dialog_and_resend_report_online_offline(main_window, smtp_server, qtbot) -> None:
    _inbox, port = smtp_server
    configure_smtp(main_window, free_port())
    number = _queue_a_quote(main_window)
    quotes = main_window.quotes_page
    quotes.reload(select=number)
    quotes.resend_button.click()
    quotes.resend_dialog.resend_button.click()  # by email, the dialog's default
    assert main_window.online_label.text().startswith("● Offline")
    configure_smtp(main_window, port)
    quotes.resend_button.click()
    quotes.resend_dialog.resend_button.click()
    assert main_window.online_label.text() == "● Online"


@pytest.fixture
def no_keyring(memory_keyring):  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    yield


def test_without_a_keyring_the_password_is_asked_once_per_session(
    no_keyring, filled_cache, qtbot, smtp_server, monkeypatch
) -> None:
    from renewdesk.app import create_main_window

    window = create_main_window(filled_cache, synchronous=True)
    qtbot.addWidget(window)
    assert window.secrets_label.text() == "Passwords: this session only"
    _inbox, port = smtp_server
    configure_smtp(window, port, smtp_user="renewals")
    asked: list[str] = []

    def answer(parent, title, label, echo, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "s3cret", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    _queue_a_quote(window)
    window.outbox_page.send_due()
    assert len(asked) == 1 and "renewals" in asked[0]
    assert window.ctx.settings.get_password() == "s3cret"
    assert window.ctx.secret_store.persistent is False
    # aiosmtpd offers no AUTH, so the sign-in is refused: the server was reached all the same.
    [message] = window.ctx.outbox.list()
    assert message.attempts == 1
    assert window.online_label.text() == "● Online"

    window.ctx.settings.delete_password()
    _queue_a_quote(window, "SUB-1001")
    window.outbox_page.send_due()
    assert len(asked) == 1  # once per session: not asked again
    assert "Settings" in window.statusBar().currentMessage()


def test_daily_work_waits_for_the_first_rows_of_a_threaded_window(qtbot, filled_cache) -> None:
    """Started at once (as run_gui does), the daily work still begins after the table fills."""
    from renewdesk.app import create_main_window

    window = create_main_window(filled_cache)  # long work on the thread pool
    qtbot.addWidget(window)
    rows_when_started: list[int] = []
    real_start = window.background.start

    def start() -> None:
        rows_when_started.append(window.subscriptions_page.model.rowCount())
        real_start()

    window.background.start = start  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    window.start_background()
    qtbot.waitUntil(lambda: bool(rows_when_started), timeout=10_000)
    assert rows_when_started[0] == window.ctx.subscriptions.count() > 0
    qtbot.waitUntil(lambda: window.background.last_daily is not None, timeout=10_000)
    window.runner.wait_for_done(10_000)
    window.close()
