"""Settings > Email's sign-in methods, the sign-in window and "sign in again", driven by pytest-qt.

The provider is the fake authorization server on loopback and its mail server
offers only XOAUTH2; ``webbrowser.open`` is a browser that follows the redirect.
"""

from __future__ import annotations

import re
import threading
import webbrowser
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from renewdesk.domain import OutboxStatus
from renewdesk.mail.token_store import ACCESS_TOKENS
from renewdesk.secrets import MemorySecretStore
from renewdesk.services.settings_service import SettingsService
from renewdesk.services.signin_service import SignInService
from renewdesk.ui.signin_window import SignInWindow
from tests.oauth.conftest import oauth_settings
from tests.oauth.fakes import CLIENT_ID, MAILBOX, SCOPE, FakeAuthServer, XOAuthSmtp, follow_later


@pytest.fixture
def provider() -> Iterator[tuple[FakeAuthServer, XOAuthSmtp]]:
    ACCESS_TOKENS.clear()
    with FakeAuthServer(pending=1) as auth, XOAuthSmtp(auth) as smtp:
        yield auth, smtp
    ACCESS_TOKENS.clear()


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The system browser: follows the sign-in address to the loopback redirect."""
    opened: list[str] = []

    def open_(url: str) -> bool:
        opened.append(url)
        return follow_later(url)

    monkeypatch.setattr(webbrowser, "open", open_)
    return opened


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A browser that opens and is never used (the admin walks away)."""
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    return opened


def child(widget, kind, object_name):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, object_name)
    assert found is not None, object_name
    return found


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``text`` from a combo box with the keyboard, as an admin would."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_choosing_microsoft_365_fills_the_server_and_shows_only_its_fields(main_window, qtbot):
    main_window.open_settings()
    dialog = main_window.settings_dialog
    choose(qtbot, child(dialog, QComboBox, "smtpAuthMethod"), "Microsoft 365")

    assert dialog.host.text() == "smtp.office365.com" and dialog.port.value() == 587
    assert dialog.security.currentData() == "starttls"
    assert child(dialog, QLineEdit, "oauthTenant").isVisible()
    assert not child(dialog, QLineEdit, "oauthTokenUrl").isVisible()
    assert not child(dialog, QLineEdit, "smtpPassword").isVisible()
    qtbot.keyClicks(dialog.user, MAILBOX)
    qtbot.keyClicks(child(dialog, QLineEdit, "oauthClientId"), CLIENT_ID)
    assert dialog.save()

    saved = main_window.ctx.settings.load()
    assert (saved.smtp_auth, saved.oauth_provider, saved.oauth_client_id) == (
        "oauth2",
        "microsoft",
        CLIENT_ID,
    )
    config = main_window.ctx.settings.oauth_config(saved)
    assert config.scope == "https://outlook.office.com/SMTP.Send offline_access"
    assert config.token_url.startswith("https://login.microsoftonline.com/organizations/")


def test_missing_client_id_is_shown_next_to_the_field(main_window, qtbot):
    main_window.open_settings()
    dialog = main_window.settings_dialog
    choose(qtbot, child(dialog, QComboBox, "smtpAuthMethod"), "Google")
    qtbot.keyClicks(dialog.user, MAILBOX)
    assert not dialog.save()
    assert dialog._errors["oauth_client_id"].isVisible()
    assert "client id" in dialog._errors["oauth_client_id"].text()


def fill_custom(qtbot, dialog, auth: FakeAuthServer, smtp_port: int) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, child(dialog, QComboBox, "smtpAuthMethod"), "Other OAuth 2.0 provider")
    for edit, text in (
        (dialog.host, "127.0.0.1"),
        (dialog.user, MAILBOX),
        (child(dialog, QLineEdit, "oauthClientId"), CLIENT_ID),
        (child(dialog, QLineEdit, "oauthAuthorizeUrl"), f"{auth.url}/authorize"),
        (child(dialog, QLineEdit, "oauthTokenUrl"), f"{auth.url}/token"),
        (child(dialog, QLineEdit, "oauthDeviceUrl"), f"{auth.url}/device"),
        (child(dialog, QLineEdit, "oauthScope"), SCOPE),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(smtp_port)


def test_sign_in_from_settings_then_test_connection_authenticates(
    main_window, qtbot, provider, browser
):
    auth, smtp = provider
    main_window.open_settings()
    dialog = main_window.settings_dialog
    fill_custom(qtbot, dialog, auth, smtp.port)
    state = child(dialog, QLabel, "oauthSignInState")
    assert state.text() == "Not signed in"

    qtbot.mouseClick(child(dialog, QPushButton, "oauthSignInButton"), Qt.MouseButton.LeftButton)

    assert state.text() == f"Signed in as {MAILBOX}"
    assert browser and "code_challenge_method=S256" in browser[0]
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "with OAuth 2.0" in dialog.test_result.text()
    assert smtp.logins == [(MAILBOX, True)]


def test_test_connection_opens_the_sign_in_window_when_not_signed_in(
    main_window, qtbot, provider, browser
):
    auth, smtp = provider
    main_window.open_settings()
    dialog = main_window.settings_dialog
    fill_custom(qtbot, dialog, auth, smtp.port)

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # signs in first

    qtbot.waitUntil(lambda: "with OAuth 2.0" in dialog.test_result.text(), timeout=10_000)
    assert len(browser) == 1


def window_for(settings: SettingsService, **kwargs) -> SignInWindow:  # type: ignore[no-untyped-def]
    return SignInWindow(SignInService(settings), settings.load(), **kwargs)


@pytest.fixture
def oauth_service(engine, provider) -> SettingsService:  # type: ignore[no-untyped-def]
    from renewdesk.secrets import KeyringSecretStore

    auth, smtp = provider
    service = SettingsService(engine, KeyringSecretStore())
    service.save(oauth_settings(auth, smtp.port))
    return service


def test_cancel_in_the_sign_in_window_stops_waiting_and_keeps_nothing(
    qtbot, oauth_service, no_browser, memory_keyring
):
    window = window_for(oauth_service)
    qtbot.addWidget(window)
    window.show()
    address = child(window, QLineEdit, "signInAddress")
    qtbot.waitUntil(lambda: address.text().startswith("http"), timeout=5000)
    assert "Waiting for you" in window.browser_status.text()
    assert re.fullmatch(r"Time left: [45]:\d\d", child(window, QLabel, "signInTimeLeft").text())

    qtbot.mouseClick(child(window, QPushButton, "signInCancel"), Qt.MouseButton.LeftButton)

    assert window.result() == 0 and not window.isVisible()
    assert memory_keyring.secrets == {}


def test_the_sign_in_window_times_out_and_offers_try_again(qtbot, oauth_service, no_browser):
    window = window_for(oauth_service, timeout=0.5)
    qtbot.addWidget(window)
    window.show()
    error = child(window, QLabel, "signInError")
    qtbot.waitUntil(error.isVisible, timeout=5000)
    assert "within 0.5 s" in error.text()
    assert child(window, QPushButton, "signInRetry").isVisible()


def test_device_code_shows_the_code_copies_it_and_signs_in(qtbot, oauth_service, no_browser):
    window = window_for(oauth_service)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.signed_in, timeout=15_000):
        qtbot.mouseClick(child(window, QPushButton, "signInUseCode"), Qt.MouseButton.LeftButton)
        code = child(window, QLabel, "signInUserCode")
        qtbot.waitUntil(lambda: code.text() == "WDJB-MJHT", timeout=5000)
        assert "/device-login" in child(window, QLabel, "signInDeviceAddress").text()
        qtbot.mouseClick(child(window, QPushButton, "signInCopyCode"), Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == "WDJB-MJHT"
    assert window.result() == 1
    assert SignInService(oauth_service).signed_in()


def test_without_a_keyring_the_window_says_the_sign_in_lasts_this_session(
    qtbot, engine, provider, no_browser
):
    auth, smtp = provider
    service = SettingsService(engine, MemorySecretStore("no OS keyring backend is available"))
    service.save(oauth_settings(auth, smtp.port))
    window = window_for(service, start=False)
    qtbot.addWidget(window)
    window.show()
    assert window.session_only.isVisible()
    assert "until RenewDesk closes" in window.session_only.findChild(QLabel).text()


def test_a_revoked_sign_in_shows_sign_in_buttons_and_sends_after_signing_in(
    main_window, qtbot, provider, browser
):
    auth, smtp = provider
    main_window.show()
    settings = main_window.ctx.settings
    settings.save(oauth_settings(auth, smtp.port, company_name="Seller AB"))
    SignInService(settings).sign_in_browser(threading.Event(), timeout=10)
    number = main_window.ctx.quotes.create_and_send(["SUB-1001"], delivery="email")
    assert number.delivered
    auth.revoke_all()
    ACCESS_TOKENS.clear()
    second = main_window.ctx.quotes.create_and_send(["SUB-1002"], delivery="email")
    assert not second.delivered

    main_window.outbox_page.send_due()

    status_button = child(main_window, QPushButton, "statusSignInButton")
    notice_button = child(main_window, QPushButton, "outboxSignInButton")
    qtbot.waitUntil(status_button.isVisible, timeout=5000)
    main_window.nav.setCurrentRow(2)
    qtbot.waitUntil(notice_button.isVisible, timeout=5000)
    queued = main_window.ctx.outbox.list([OutboxStatus.QUEUED])
    assert len(queued) == 1 and queued[0].last_error.startswith("Sign in again")

    qtbot.mouseClick(notice_button, Qt.MouseButton.LeftButton)
    window = main_window.signin_prompt.window_open
    qtbot.waitUntil(lambda: window.result() == 1, timeout=10_000)

    qtbot.waitUntil(lambda: len(smtp.messages) == 2, timeout=10_000)
    assert not status_button.isVisible()
    assert main_window.ctx.outbox.list([OutboxStatus.QUEUED]) == []


def test_sign_out_in_settings_forgets_the_sign_in(
    main_window, qtbot, provider, browser, memory_keyring
):
    auth, smtp = provider
    main_window.open_settings()
    dialog = main_window.settings_dialog
    fill_custom(qtbot, dialog, auth, smtp.port)
    qtbot.keyClicks(child(dialog, QLineEdit, "oauthRevokeUrl"), f"{auth.url}/revoke")
    qtbot.mouseClick(child(dialog, QPushButton, "oauthSignInButton"), Qt.MouseButton.LeftButton)
    sign_out = child(dialog, QPushButton, "oauthSignOutButton")
    assert sign_out.isEnabled()

    qtbot.mouseClick(sign_out, Qt.MouseButton.LeftButton)

    assert child(dialog, QLabel, "oauthSignInState").text() == "Not signed in"
    assert not any(user.startswith("oauth:") for _service, user in memory_keyring.secrets)
    qtbot.waitUntil(lambda: bool(auth.state.revoked), timeout=5000)
