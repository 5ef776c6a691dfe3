"""Ask for the SMTP password once per session where no keyring can keep it (SPEC 6).

With an OS keyring the password is set in Settings and remembered; without one
the secret store is memory-only, so the first send that needs the password asks
for it here and the store keeps it until RenewDesk closes. A dismissed prompt
is not shown again this session: the outbox keeps the messages and Settings
still takes the password.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from renewdesk.ui.context import UiContext


class PasswordPrompt(QObject):
    def __init__(self, ctx: UiContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ctx = ctx
        self._widget = parent_widget
        self.asked = False

    def can_ask(self) -> bool:
        """Whether the prompt would appear (memory-only store, not asked yet)."""
        return not self.asked and not self._ctx.secret_store.persistent

    def ensure(self) -> bool:
        """True when sending can sign in; asks (once per session) where the store is memory-only."""
        if not self._ctx.send_outbox.password_missing():
            return True
        if not self.can_ask():
            return False
        self.asked = True
        settings = self._ctx.settings
        app = settings.load()
        text, ok = QInputDialog.getText(
            self._widget,
            self.tr("SMTP password"),
            self.tr(
                "This computer has no keyring, so RenewDesk keeps the password in memory "
                "until it closes.\n\nPassword for %1 on %2:"
            )
            .replace("%1", app.smtp_user)
            .replace("%2", app.smtp_host),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text:
            return False
        settings.set_password(text, app)
        return True
