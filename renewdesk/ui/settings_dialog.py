"""File > Settings…: profile, SMTP (password into the secret store), quotes, language.

Validation and storage belong to ``SettingsService``; the dialog shows its
field errors next to the fields and runs Test connection off the GUI thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from renewdesk.ui.context import UiContext
from renewdesk.ui.email_signin import OAuthFields
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import muted

SECURITY = (
    ("starttls", QT_TRANSLATE_NOOP("SettingsDialog", "STARTTLS")),
    ("ssl", QT_TRANSLATE_NOOP("SettingsDialog", "SSL/TLS")),
    ("none", QT_TRANSLATE_NOOP("SettingsDialog", "None")),
)
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
# Sign-in methods: (smtp_auth, oauth_provider) per entry of the method list
SIGN_IN_METHODS = (
    ("password", "", QT_TRANSLATE_NOOP("SettingsDialog", "Password")),
    ("oauth2", "microsoft", QT_TRANSLATE_NOOP("SettingsDialog", "Microsoft 365")),
    ("oauth2", "google", QT_TRANSLATE_NOOP("SettingsDialog", "Google")),
    ("oauth2", "custom", QT_TRANSLATE_NOOP("SettingsDialog", "Other OAuth 2.0 provider")),
)


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setAccessibleName(self.tr("Settings"))
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 600)
        self._ctx = ctx
        self._service = ctx.settings
        self._runner = runner
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._build()
        self._load()

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        error = QLabel("")
        error.setProperty("role", "error")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        widget.setAccessibleName(label)
        if key == "automatic_quotes":  # the check box names itself; the row spans the form
            form.addRow(box)
        else:
            form.addRow(label, box)
        self._errors[key] = error
        self._fields[key] = widget

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 14)
        top = QHBoxLayout()
        top.setSpacing(16)

        profile = QGroupBox(self.tr("Your profile (on quotes and their emails)"))
        pform = QFormLayout(profile)
        self.company = QLineEdit()
        self.your_name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self._row(pform, "company_name", self.tr("Company"), self.company)
        self._row(pform, "your_name", self.tr("Your name"), self.your_name)
        self._row(pform, "email", self.tr("Email"), self.email)
        self._row(pform, "phone", self.tr("Phone"), self.phone)
        pform.addRow(
            muted(
                self.tr(
                    "Quote emails come from your name at the sender address, replies go to "
                    "your email, and they end with these details as your signature."
                )
            )
        )

        quotes = QGroupBox(self.tr("Quotes"))
        qform = QFormLayout(quotes)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setSuffix(self.tr(" days"))
        self.automatic = QCheckBox(self.tr("Make automatic quotes 30 days before expiry"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self._row(qform, "quote_validity_days", self.tr("Quote validity"), self.validity)
        self._row(qform, "automatic_quotes", self.tr("Automatic quotes"), self.automatic)
        self._row(qform, "language", self.tr("Language"), self.language)
        qform.addRow(muted(self.tr("A new language applies the next time RenewDesk starts.")))
        left = QVBoxLayout()
        left.addWidget(profile)
        left.addWidget(quotes)
        left.addStretch(1)
        top.addLayout(left, 1)

        smtp = QGroupBox(self.tr("Email (SMTP)"))
        sform = QFormLayout(smtp)
        self.method = QComboBox()
        self.method.setObjectName("smtpAuthMethod")
        for auth, provider, text in SIGN_IN_METHODS:
            self.method.addItem(self.tr(text), f"{auth}/{provider}")
        self._row(sform, "smtp_auth", self.tr("Sign-in method"), self.method)
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for value, text in SECURITY:
            self.security.addItem(self.tr(text), value)
        self.security.currentIndexChanged.connect(self._on_security)
        self.user = QLineEdit()
        self.sender = QLineEdit()
        self.sender.setPlaceholderText("renewals@example.com")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("smtpPassword")
        self._row(sform, "smtp_host", self.tr("Server"), self.host)
        self._row(sform, "smtp_port", self.tr("Port"), self.port)
        self._row(sform, "smtp_security", self.tr("Security"), self.security)
        self._row(sform, "smtp_user", self.tr("User name"), self.user)
        self._row(sform, "sender", self.tr("Sender address"), self.sender)
        self._row(sform, "password", self.tr("Password"), self.password)
        self._user_label = sform.labelForField(self.user.parentWidget())
        self._password_row = self.password.parentWidget()
        self._smtp_form = sform
        self.oauth = OAuthFields(self._service, self)
        self.oauth.add_rows(sform, self._row)
        self.store_label = muted("")
        sform.addRow(self.store_label)
        self.method.currentIndexChanged.connect(self._on_method)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        sform.addRow(test_row)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        sform.addRow(self.test_result)
        smtp.setMinimumWidth(360)
        # "Other OAuth 2.0 provider" has a dozen rows: scroll them on a 700-pixel screen.
        email = QScrollArea()
        email.setObjectName("emailSettingsScroll")
        email.setWidgetResizable(True)
        email.setFrameShape(QFrame.Shape.NoFrame)
        email.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        email.setWidget(smtp)
        email.setMinimumWidth(380)
        top.addWidget(email, 1)
        # Two tabs: everything above, and Settings > Shared database (team mode).
        from renewdesk.ui.shared_database import SharedDatabasePanel

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        general = QWidget()
        general.setObjectName("generalSettingsTab")
        general.setLayout(top)
        self.tabs.addTab(general, self.tr("&General"))
        self.shared_panel = SharedDatabasePanel(self._ctx, self._runner, self)
        self.tabs.addTab(self.shared_panel, self.tr("Shared &database"))
        outer.addWidget(self.tabs, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("kind", "primary")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _method(self) -> tuple[str, str]:
        auth, _slash, provider = str(self.method.currentData()).partition("/")
        return auth, provider

    def _on_method(self) -> None:
        """A preset fills in its server; the fields follow the chosen way of signing in."""
        auth, provider = self._method()
        if auth == "oauth2":
            from renewdesk.services.settings_service import preset_server

            server = preset_server(provider, "")
            if server is not None:
                host, port, security = server
                self.host.setText(host)
                self.security.blockSignals(True)
                self.security.setCurrentIndex(max(self.security.findData(security), 0))
                self.security.blockSignals(False)
                self.port.setValue(port)
        self._show_method()

    def _show_method(self) -> None:
        auth, provider = self._method()
        oauth = auth == "oauth2"
        self._smtp_form.setRowVisible(self._password_row, not oauth)
        self.oauth.show_for(provider if oauth else "")
        if isinstance(self._user_label, QLabel):
            self._user_label.setText(self.tr("Mailbox") if oauth else self.tr("User name"))
        self.user.setPlaceholderText("you@example.com" if oauth else "")
        self.sender.setPlaceholderText(
            self.tr("Same as the mailbox") if oauth else "renewals@example.com"
        )
        store = self._service.secret_store
        if oauth and not store.persistent:
            text = self.tr("This computer has no keyring: a sign-in lasts until RenewDesk closes.")
        elif oauth:
            text = self.tr("The sign-in is kept in: %1").replace("%1", store.description)
        else:
            text = self.tr("The password is kept in: %1").replace("%1", store.description)
        self.store_label.setText(text)
        self.oauth.refresh_state(self.values())

    def focus_field(self, key: str) -> None:
        """Put the cursor in one setting (e.g. ``sender``, when automatic quotes need it)."""
        widget = self._fields.get(key)
        if widget is not None:
            widget.setFocus()

    def _on_security(self) -> None:
        value = self.security.currentData()
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS.get(value, 587))

    # ---- load and save -----------------------------------------------------------------

    def _load(self) -> None:
        s = self._service.load()
        self._loaded = s
        self.company.setText(s.company_name)
        self.your_name.setText(s.your_name)
        self.email.setText(s.email)
        self.phone.setText(s.phone)
        self.host.setText(s.smtp_host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(self.security.findData(s.smtp_security), 0))
        self.security.blockSignals(False)
        self.port.setValue(int(s.smtp_port))
        self.user.setText(s.smtp_user)
        self.sender.setText(s.sender)
        self.method.blockSignals(True)
        key = f"{s.smtp_auth}/{s.oauth_provider if s.smtp_auth == 'oauth2' else ''}"
        self.method.setCurrentIndex(max(self.method.findData(key), 0))
        self.method.blockSignals(False)
        self.oauth.load(s)
        self.validity.setValue(int(s.quote_validity_days))
        self.automatic.setChecked(bool(s.automatic_quotes))
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        if self._service.get_password(s):
            self.password.setPlaceholderText(self.tr("(saved — type to replace)"))
        self._show_method()

    def values(self) -> Any:
        auth, provider = self._method()
        return dataclasses.replace(
            self._loaded,
            smtp_auth=auth,
            oauth_provider=provider or self._loaded.oauth_provider,
            **self.oauth.values(provider),
            company_name=self.company.text(),
            your_name=self.your_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            smtp_host=self.host.text(),
            smtp_port=self.port.value(),
            smtp_security=str(self.security.currentData()),
            smtp_user=self.user.text(),
            sender=self.sender.text(),
            language=str(self.language.currentData() or ""),
            quote_validity_days=self.validity.value(),
            automatic_quotes=self.automatic.isChecked(),
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self._errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)

    def save(self) -> bool:
        from renewdesk.services.settings_service import SettingsError

        try:
            stored = self._service.save(self.values())
            if self.password.text() and not stored.uses_oauth:
                self._service.set_password(self.password.text(), stored)
            self.oauth.save_secret(stored)
        except SettingsError as exc:
            self._show_errors(exc.errors)
            return False
        self._show_errors({})
        self.saved.emit()
        self.accept()
        return True

    def _on_test(self) -> None:
        test, service = self._ctx.smtp_test, self._service
        current = self.values()
        typed = self.password.text()
        oauth_token = None
        if current.uses_oauth:  # sign in first if needed, then authenticate with XOAUTH2
            from renewdesk.services.settings_service import SettingsError

            try:
                current = self.oauth.prepare_test(current)
            except SettingsError as exc:
                self._show_errors(exc.errors)
                return
            if current is None:
                return  # the sign-in window was cancelled
            oauth_token = self.oauth.token_source(current)

        def work(progress: Callable[[int, int, str], None]) -> str:
            if oauth_token is not None:
                return str(test(service.smtp_settings(current), None, oauth_token=oauth_token))
            password = typed or service.get_password(current)
            return str(test(service.smtp_settings(current), password))

        self.test_result.setProperty("role", "muted")
        self.test_result.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self._runner.submit(
            work, name="smtp-test", on_finished=self._on_tested, on_failed=self._on_test_failed
        )

    def _on_tested(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setProperty("role", "ok")
        self.test_result.style().polish(self.test_result)
        self.test_result.setText(text)

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setProperty("role", "error")
        self.test_result.style().polish(self.test_result)
        errors = getattr(error, "errors", None)
        self.test_result.setText("; ".join(errors.values()) if errors else str(error))
