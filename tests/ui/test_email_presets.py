"""Settings > Email's four sign-in methods, each chosen with the keyboard (issue 11, item 1).

The presets must fill exactly what the issue lists: Microsoft's
``login.microsoftonline.com/<tenant>/oauth2/v2.0/...`` (tenant ``organizations`` by
default), scope ``https://outlook.office.com/SMTP.Send offline_access``,
``smtp.office365.com:587`` STARTTLS; Google's ``accounts.google.com/o/oauth2/v2/auth``,
``oauth2.googleapis.com/token``, scope ``https://mail.google.com/``,
``smtp.gmail.com:587`` STARTTLS.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from tests.ui.test_signin_window import child
from tests.ui.test_signin_window import choose as choose_down


def choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Home, then down the list with the keyboard to ``text``."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    choose_down(qtbot, combo, text)


MAILBOX = "sales@acme.example"
MS = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"


def _save(qtbot, main_window, method: str, **typed: str):  # type: ignore[no-untyped-def]
    main_window.open_settings()
    dialog = main_window.settings_dialog
    choose(qtbot, child(dialog, QComboBox, "smtpAuthMethod"), method)
    dialog.user.clear()
    qtbot.keyClicks(dialog.user, MAILBOX)
    for object_name, text in typed.items():
        edit = child(dialog, QLineEdit, object_name)
        edit.clear()
        qtbot.keyClicks(edit, text)
    server = (dialog.host.text(), dialog.port.value(), dialog.security.currentData())
    assert dialog.save()
    saved = main_window.ctx.settings.load()
    return dialog, server, saved, main_window.ctx.settings.oauth_config(saved)


def test_microsoft_365_fills_its_endpoints_scope_and_server(main_window, qtbot) -> None:
    _dialog, server, saved, config = _save(
        qtbot, main_window, "Microsoft 365", oauthClientId="id-1"
    )
    assert server == ("smtp.office365.com", 587, "starttls")
    base = MS.format(tenant="organizations")
    assert (config.authorize_url, config.token_url) == (f"{base}/authorize", f"{base}/token")
    assert config.scope == "https://outlook.office.com/SMTP.Send offline_access"
    assert (saved.smtp_auth, saved.oauth_provider, saved.smtp_user) == (
        "oauth2",
        "microsoft",
        MAILBOX,
    )


def test_a_microsoft_tenant_goes_into_the_endpoints(main_window, qtbot) -> None:
    _d, _s, _saved, config = _save(
        qtbot, main_window, "Microsoft 365", oauthClientId="id-1", oauthTenant="contoso.com"
    )
    assert config.token_url == MS.format(tenant="contoso.com") + "/token"


def test_google_fills_its_endpoints_scope_and_server_and_hides_the_tenant(
    main_window, qtbot
) -> None:
    dialog, server, saved, config = _save(qtbot, main_window, "Google", oauthClientId="g-1")
    assert server == ("smtp.gmail.com", 587, "starttls")
    assert config.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert config.token_url == "https://oauth2.googleapis.com/token"
    assert config.scope == "https://mail.google.com/"
    assert not child(dialog, QLineEdit, "oauthTenant").isVisible()
    assert saved.oauth_provider == "google"


def test_switching_from_microsoft_to_google_replaces_the_preset_server(main_window, qtbot) -> None:
    main_window.open_settings()
    dialog = main_window.settings_dialog
    method = child(dialog, QComboBox, "smtpAuthMethod")
    choose(qtbot, method, "Microsoft 365")
    assert dialog.host.text() == "smtp.office365.com"
    choose(qtbot, method, "Google")
    assert dialog.host.text() == "smtp.gmail.com"


def test_other_provider_shows_every_endpoint_and_password_shows_none(main_window, qtbot) -> None:
    main_window.open_settings()
    dialog = main_window.settings_dialog
    method = child(dialog, QComboBox, "smtpAuthMethod")
    names = ("oauthAuthorizeUrl", "oauthTokenUrl", "oauthDeviceUrl", "oauthScope")
    choose(qtbot, method, "Other OAuth 2.0 provider")
    assert all(child(dialog, QLineEdit, n).isVisible() for n in names)
    assert not child(dialog, QLineEdit, "smtpPassword").isVisible()
    choose(qtbot, method, "Password")
    assert child(dialog, QLineEdit, "smtpPassword").isVisible()
    assert not any(child(dialog, QLineEdit, n).isVisible() for n in (*names, "oauthClientId"))
