"""The sign-in window: OAuth 2.0 with the system browser, or a code on another device.

The browser way shows the address it opened (copy it or open it again), a
countdown to the time limit and Cancel. "Use a code instead" switches to the
device way (RFC 8628): the code in large type with a Copy button, the address,
a countdown to the code's expiry and Cancel. The flow itself runs in
``SignInService`` on a worker thread; this window only shows and cancels it.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from renewdesk.services.signin_service import BROWSER_TIMEOUT_S, SignInService
from renewdesk.ui.widgets import dialog_layout, muted, name

PROVIDER_NAMES = {
    "microsoft": "Microsoft 365",
    "google": "Google",
}


class _Bridge(QObject):
    """Carries the worker thread's news to the GUI thread (queued signals)."""

    url = Signal(str)
    device = Signal(object)  # DeviceCode
    done = Signal(object)  # SignInResult
    failed = Signal(str)


class SignInWindow(QDialog):
    """Sign in to the mail provider in the settings; ``signed_in`` once it worked."""

    signed_in = Signal(object)  # SignInResult

    def __init__(
        self,
        service: SignInService,
        app: Any,
        parent: QWidget | None = None,
        *,
        device: bool = False,
        timeout: float = BROWSER_TIMEOUT_S,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(600)
        self._service = service
        self._app = app
        self._timeout = timeout
        self._cancel = threading.Event()
        self._deadline = 0.0
        self._span = 1.0
        self._worker: threading.Thread | None = None
        self.result_value: Any = None
        self._bridge = _Bridge(self)
        self._bridge.url.connect(self._on_url)
        self._bridge.device.connect(self._on_device)
        self._bridge.done.connect(self._on_done)
        self._bridge.failed.connect(self._on_failed)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._update_countdown)
        self._build()
        if start:
            self.start(device=device)

    # ---- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        provider = PROVIDER_NAMES.get(self._app.oauth_provider, "")
        title = (
            self.tr("Sign in to %1").replace("%1", provider)
            if provider
            else self.tr("Sign in to your mail provider")
        )
        intro = self.tr(
            "Sign in as %1 and allow RenewDesk to send email. RenewDesk never sees your password."
        ).replace("%1", self._app.smtp_user)
        outer = dialog_layout(self, title, intro)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._browser_page())
        self.stack.addWidget(self._device_page())
        outer.addWidget(self.stack)
        self.progress = QProgressBar()
        name(self.progress, "signInProgress", self.tr("Time left"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.time_left = muted()
        self.time_left.setObjectName("signInTimeLeft")
        outer.addWidget(self.progress)
        outer.addWidget(self.time_left)
        self.session_only = QFrame()
        self.session_only.setProperty("role", "notice")
        notice = QVBoxLayout(self.session_only)
        notice.addWidget(
            QLabel(
                self.tr(
                    "This computer has no keyring, so the sign-in lasts until RenewDesk "
                    "closes; you will sign in again next time."
                )
            )
        )
        notice.itemAt(0).widget().setWordWrap(True)
        self.session_only.setObjectName("signInSessionOnly")
        self.session_only.setVisible(not self._service.persistent())
        outer.addWidget(self.session_only)
        self.error = QLabel("")
        self.error.setObjectName("signInError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("Use a code instead"))
        name(self.switch_button, "signInUseCode")
        self.switch_button.clicked.connect(self._on_switch)
        self.switch_button.setEnabled(self._service.device_available(self._app))
        self.retry_button = QPushButton(self.tr("Try again"))
        name(self.retry_button, "signInRetry")
        self.retry_button.clicked.connect(lambda: self.start(device=self.stack.currentIndex() == 1))
        self.retry_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name(self.cancel_button, "signInCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

    def _browser_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.browser_status = QLabel(self.tr("Opening your browser…"))
        self.browser_status.setProperty("role", "sectionTitle")
        self.browser_status.setWordWrap(True)
        layout.addWidget(self.browser_status)
        layout.addWidget(
            muted(
                self.tr(
                    "Finish signing in in the browser window. If no browser opened, copy "
                    "this address into one on this computer:"
                )
            )
        )
        row = QHBoxLayout()
        self.address = QLineEdit()
        name(self.address, "signInAddress", self.tr("Sign-in address"))
        self.address.setReadOnly(True)
        self.copy_address = QPushButton(self.tr("Copy address"))
        name(self.copy_address, "signInCopyAddress")
        self.copy_address.clicked.connect(lambda: self._copy(self.address.text()))
        self.open_again = QPushButton(self.tr("Open browser again"))
        name(self.open_again, "signInOpenAgain")
        self.open_again.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self.address.text())))
        row.addWidget(self.address, 1)
        row.addWidget(self.copy_address)
        row.addWidget(self.open_again)
        layout.addLayout(row)
        return page

    def _device_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.device_status = QLabel(self.tr("Asking for a code…"))
        self.device_status.setProperty("role", "sectionTitle")
        self.device_status.setWordWrap(True)
        layout.addWidget(self.device_status)
        self.device_intro = muted(
            self.tr("On any phone or computer, open this address and enter the code:")
        )
        layout.addWidget(self.device_intro)
        self.device_address = QLabel("")
        self.device_address.setObjectName("signInDeviceAddress")
        self.device_address.setOpenExternalLinks(True)
        self.device_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.device_address)
        row = QHBoxLayout()
        self.user_code = QLabel("")
        self.user_code.setObjectName("signInUserCode")
        self.user_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.user_code.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 112)
        self.user_code.setFont(font)
        self.copy_code = QPushButton(self.tr("Copy code"))
        name(self.copy_code, "signInCopyCode")
        self.copy_code.setEnabled(False)
        self.copy_code.clicked.connect(lambda: self._copy(self.user_code.text()))
        row.addWidget(self.user_code)
        row.addSpacing(12)
        row.addWidget(self.copy_code)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # ---- the flow ----------------------------------------------------------------------

    def start(self, *, device: bool = False) -> None:
        """Start (or restart) the browser or device sign-in on a worker thread."""
        self._stop_worker()
        self._cancel = threading.Event()
        self.error.hide()
        self.retry_button.hide()
        self.stack.setCurrentIndex(1 if device else 0)
        self.switch_button.setVisible(not device)
        cancel, bridge, service, app = self._cancel, self._bridge, self._service, self._app
        timeout = self._timeout
        if device:
            self.device_status.setText(self.tr("Asking for a code…"))
            self.user_code.setText("")
            self.copy_code.setEnabled(False)
        else:
            self.browser_status.setText(self.tr("Opening your browser…"))
            self._arm(timeout)

        def run() -> None:
            from renewdesk.mail.oauth import OAuthError

            try:
                if device:
                    code = service.start_device(app)
                    bridge.device.emit(code)
                    result = service.finish_device(code, cancel, app=app)
                else:
                    result = service.sign_in_browser(
                        cancel, timeout=timeout, on_url=bridge.url.emit, app=app
                    )
            except OAuthError as exc:
                if not cancel.is_set():
                    bridge.failed.emit(str(exc.reason))
                return
            except Exception as exc:  # settings or keyring trouble: say it, never crash
                if not cancel.is_set():
                    bridge.failed.emit(str(exc) or type(exc).__name__)
                return
            bridge.done.emit(result)

        self._worker = threading.Thread(target=run, name="signin", daemon=True)
        self._worker.start()

    def _arm(self, seconds: float) -> None:
        self._span = max(seconds, 1.0)
        self._deadline = time.monotonic() + seconds
        self._update_countdown()
        self._tick.start()

    def _update_countdown(self) -> None:
        left = max(self._deadline - time.monotonic(), 0.0)
        self.progress.setValue(int(1000 * left / self._span))
        minutes, seconds = divmod(int(left + 0.5), 60)
        self.time_left.setText(self.tr("Time left: %1").replace("%1", f"{minutes}:{seconds:02d}"))

    def _on_url(self, url: str) -> None:
        self.address.setText(url)
        self.address.setCursorPosition(0)
        self.browser_status.setText(self.tr("Waiting for you to sign in in your browser…"))

    def _on_device(self, code: Any) -> None:
        self.device_status.setText(self.tr("Waiting for you to enter the code…"))
        uri = code.verification_uri
        self.device_address.setText(f'<a href="{uri}">{uri}</a>')
        self.user_code.setText(code.user_code)
        self.copy_code.setEnabled(True)
        self._arm(float(code.expires_in))

    def _on_done(self, result: Any) -> None:
        self._tick.stop()
        self.result_value = result
        self.signed_in.emit(result)
        self.accept()

    def _on_failed(self, reason: str) -> None:
        self._tick.stop()
        self.progress.setValue(0)
        self.time_left.setText("")
        status = self.device_status if self.stack.currentIndex() == 1 else self.browser_status
        status.setText(self.tr("Not signed in"))
        self.error.setText(reason)
        self.error.show()
        self.retry_button.show()

    def _on_switch(self) -> None:
        self.start(device=True)

    def _copy(self, text: str) -> None:
        if text:
            QGuiApplication.clipboard().setText(text)

    def _stop_worker(self) -> None:
        self._cancel.set()
        self._tick.stop()
        if self._worker is not None:
            self._worker.join(3)
            self._worker = None

    def done(self, code: int) -> None:  # Cancel, Esc, close, or signed in
        self._stop_worker()
        super().done(code)
