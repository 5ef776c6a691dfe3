""" "Sign in again": the status bar's and the Outbox's Sign in buttons, and sending afterwards.

When the OAuth 2.0 sign-in is missing, revoked or expired, the outbox keeps the
messages queued with the reason "sign in again"; this shows a Sign in button in
the status bar and a notice with a Sign in button on the Outbox page. Signing in
sends what waited at once (``OutboxSender.after_sign_in``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QPushButton

from renewdesk.ui.widgets import name


class SignInPrompt(QObject):
    def __init__(self, window: QMainWindow, ctx: Any, runner: Any, outbox_page: Any) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = ctx
        self._runner = runner
        self._outbox_page = outbox_page
        self.window_open: Any = None
        self.button = QPushButton(self.tr("Sign in to send…"))
        name(self.button, "statusSignInButton", self.tr("Sign in to send"))
        self.button.setProperty("kind", "primary")
        self.button.setToolTip(
            self.tr("The sign-in to the mail provider has ended; quotes wait in the outbox.")
        )
        self.button.hide()
        self.button.clicked.connect(self.open)
        window.statusBar().addPermanentWidget(self.button)
        outbox_page.signin_requested.connect(self.open)

    def set_needed(self, needed: bool) -> None:
        self.button.setVisible(needed)
        user = self._ctx.settings.load().smtp_user if needed else ""
        self._outbox_page.set_signin_needed(needed, user)

    def check(self) -> None:
        """Ask the outbox sender (off the GUI thread: it reads the keyring)."""
        sender = self._ctx.send_outbox

        def work(_progress: Callable[[int, int, str], None]) -> bool:
            return bool(sender.signin_needed())

        self._runner.submit(work, name="signin-check", on_finished=self.set_needed)

    def after_run(self, run: Any) -> None:
        """Every send attempt: show the buttons when the run found the sign-in gone."""
        if run.needs_signin:
            self.set_needed(True)
            self._window.statusBar().showMessage(
                self.tr("Sign in again to send the quotes waiting in the outbox."), 8000
            )

    def open(self) -> None:
        from renewdesk.services.signin_service import SignInService
        from renewdesk.ui.signin_window import SignInWindow

        app = self._ctx.settings.load()
        window = SignInWindow(SignInService(self._ctx.settings), app, self._window)
        window.signed_in.connect(self._signed_in)
        self.window_open = window
        window.open()

    def _signed_in(self, result: Any) -> None:
        self.set_needed(False)
        self._window.statusBar().showMessage(
            self.tr("Signed in as %1; sending the waiting quotes.").replace("%1", result.user),
            8000,
        )
        sender = self._ctx.send_outbox

        def work(_progress: Callable[[int, int, str], None]) -> Any:
            return sender.after_sign_in()

        self._runner.submit(
            work,
            name="send-after-signin",
            on_finished=self._outbox_page._after_send,
            on_failed=self._outbox_page._send_failed,
        )
