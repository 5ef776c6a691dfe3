"""Settings > Email's OAuth 2.0 fields: the app registration, the endpoints, and Sign in / Sign out.

Microsoft 365 and Google need only the client id (and Microsoft a tenant); their
endpoints, scopes and server come from the preset. "Other OAuth 2.0 provider"
shows every endpoint and the scopes. The client secret (optional) goes to the
secret store; no token is ever shown or kept here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from renewdesk.ui.widgets import name

RowFn = Callable[[QFormLayout, str, str, QWidget], None]
URL_FIELDS = ("oauth_authorize_url", "oauth_token_url", "oauth_device_url", "oauth_revoke_url")


class OAuthFields(QWidget):
    """The rows Settings > Email shows for the OAuth 2.0 sign-in methods."""

    def __init__(self, service: Any, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.hide()  # only its rows (added to the dialog's form) are shown
        self._service = service
        self._dialog = dialog
        self._rows: dict[str, QWidget] = {}
        self._form: QFormLayout | None = None
        self.client_id = QLineEdit()
        self.client_id.setObjectName("oauthClientId")
        self.client_id.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.client_secret = QLineEdit()
        self.client_secret.setObjectName("oauthClientSecret")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("Only if your app registration has one"))
        self.tenant = QLineEdit()
        self.tenant.setObjectName("oauthTenant")
        self.tenant.setPlaceholderText("organizations")
        self.urls: dict[str, QLineEdit] = {}
        for field, object_name in zip(
            URL_FIELDS,
            ("oauthAuthorizeUrl", "oauthTokenUrl", "oauthDeviceUrl", "oauthRevokeUrl"),
            strict=True,
        ):
            edit = QLineEdit()
            edit.setObjectName(object_name)
            edit.setPlaceholderText("https://")
            self.urls[field] = edit
        self.scope = QLineEdit()
        self.scope.setObjectName("oauthScope")
        self.scope.setPlaceholderText(self.tr("Scopes, separated by spaces"))
        self.state = QLabel("")
        self.state.setObjectName("oauthSignInState")
        self.state.setWordWrap(True)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        name(self.sign_in_button, "oauthSignInButton")
        self.sign_in_button.setProperty("kind", "primary")
        self.sign_in_button.clicked.connect(self._on_sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        name(self.sign_out_button, "oauthSignOutButton")
        self.sign_out_button.clicked.connect(self._on_sign_out)
        self.signed_in_app: Any = None

    def add_rows(self, form: QFormLayout, row: RowFn) -> None:
        """Add the rows to the dialog's Email form (``row`` adds the error label)."""
        self._form = form
        labels = {
            "oauth_client_id": self.tr("Client id"),
            "oauth_client_secret": self.tr("Client secret"),
            "oauth_tenant": self.tr("Tenant"),
            "oauth_authorize_url": self.tr("Authorization URL"),
            "oauth_token_url": self.tr("Token URL"),
            "oauth_device_url": self.tr("Device code URL"),
            "oauth_revoke_url": self.tr("Revocation URL"),
            "oauth_scope": self.tr("Scopes"),
        }
        widgets: dict[str, QWidget] = {
            "oauth_client_id": self.client_id,
            "oauth_client_secret": self.client_secret,
            "oauth_tenant": self.tenant,
            **self.urls,
            "oauth_scope": self.scope,
        }
        for key, widget in widgets.items():
            row(form, key, labels[key], widget)
            self._rows[key] = widget.parentWidget()
        status = QWidget()
        column = QVBoxLayout(status)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.state)
        line = QHBoxLayout()
        line.addWidget(self.sign_in_button)
        line.addWidget(self.sign_out_button)
        line.addStretch(1)
        column.addLayout(line)
        status.setMinimumHeight(status.sizeHint().height())
        form.addRow(self.tr("Sign-in"), status)
        self._rows["status"] = status

    def show_for(self, provider: str) -> None:
        """Show the rows of ``provider`` (``""``: the password way, none of them)."""
        shown = {
            "": set(),
            "microsoft": {"oauth_client_id", "oauth_client_secret", "oauth_tenant", "status"},
            "google": {"oauth_client_id", "oauth_client_secret", "status"},
        }.get(provider, set(self._rows) - {"oauth_tenant"})
        assert self._form is not None
        for key, widget in self._rows.items():
            self._form.setRowVisible(widget, key in shown)

    def load(self, settings: Any) -> None:
        self.client_id.setText(settings.oauth_client_id)
        self.tenant.setText(settings.oauth_tenant)
        for field, edit in self.urls.items():
            edit.setText(getattr(settings, field))
        self.scope.setText(settings.oauth_scope)
        if self._service.get_client_secret(settings):
            self.client_secret.setPlaceholderText(self.tr("(saved — type to replace)"))

    def values(self, provider: str) -> dict[str, str]:
        """The AppSettings fields; a preset's endpoints and scopes are left to the preset."""
        if not provider:
            return {}  # the password way: keep the sign-in settings as they were
        custom = provider == "custom"
        values = {
            "oauth_client_id": self.client_id.text().strip(),
            "oauth_tenant": self.tenant.text().strip() if provider == "microsoft" else "",
            "oauth_scope": " ".join(self.scope.text().split()) if custom else "",
        }
        for field, edit in self.urls.items():
            values[field] = edit.text().strip() if custom else ""
        return values

    def save_secret(self, stored: Any) -> None:
        if self.client_secret.text() and stored.uses_oauth:
            self._service.set_client_secret(self.client_secret.text(), stored)

    # ---- signing in --------------------------------------------------------------------

    def _signin(self) -> Any:
        from renewdesk.services.signin_service import SignInService

        return SignInService(self._service)

    def refresh_state(self, app: Any) -> None:
        if not app.uses_oauth:
            return
        signed_in = self._signin().signed_in(app) if app.oauth_client_id else False
        if signed_in:
            self.state.setText(self.tr("Signed in as %1").replace("%1", app.smtp_user))
            self.state.setProperty("role", "ok")
        else:
            self.state.setText(self.tr("Not signed in"))
            self.state.setProperty("role", "muted")
        self.state.style().polish(self.state)
        self.sign_out_button.setEnabled(signed_in)

    def _current(self) -> Any:
        from renewdesk.services.settings_service import SettingsError, validate

        current = self._dialog.values()  # type: ignore[attr-defined]
        errors = validate(current)
        if errors:
            raise SettingsError(errors)
        self.save_secret(current)
        return current

    def sign_in(self, current: Any) -> bool:
        """Open the sign-in window for ``current``; True once signed in."""
        from renewdesk.ui.signin_window import SignInWindow

        window = SignInWindow(self._signin(), current, self._dialog)
        signed = window.exec() == QDialog.DialogCode.Accepted
        self.refresh_state(current)
        return signed

    def _on_sign_in(self) -> None:
        from renewdesk.services.settings_service import SettingsError

        try:
            current = self._current()
        except SettingsError as exc:
            self._dialog._show_errors(exc.errors)  # type: ignore[attr-defined]
            return
        self._dialog._show_errors({})  # type: ignore[attr-defined]
        self.sign_in(current)

    def _on_sign_out(self) -> None:
        current = self._dialog.values()  # type: ignore[attr-defined]
        with contextlib.suppress(ValueError):  # SettingsError: no sign-in named any more
            self._signin().sign_out(current, background=True)
        self.refresh_state(current)

    def prepare_test(self, current: Any) -> Any:
        """Before Test connection: valid fields and a sign-in (opening the window if needed).

        Returns the settings to test, ``None`` when the sign-in was cancelled.
        """
        current = self._current()
        if self._signin().signed_in(current):
            return current
        return current if self.sign_in(current) else None

    def token_source(self, current: Any) -> Any:
        return self._signin().token_source(current)
