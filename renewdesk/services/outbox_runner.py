"""One way to send what the outbox holds, shared by the window's timer, Retry now and Send.

:class:`OutboxSender` reads the saved SMTP settings and password each time, sends
what is due (``Outbox.send_due`` honours each message's backoff), and says
whether the server could be reached, so the status bar can show online/offline
after every attempt. It never touches the outbox when sending cannot work yet:
no SMTP server set up, or a user name without a password in the secret store
(the window then asks for the password once per session and tries again).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from renewdesk.i18n import translate
from renewdesk.mail.outbox import Outbox, SendReport
from renewdesk.mail.smtp import make_sender
from renewdesk.services.quote_service import default_now
from renewdesk.services.settings_service import SettingsError, SettingsService


@dataclass(frozen=True, slots=True)
class OutboxRun:
    """What one run did, as the window shows it."""

    report: SendReport | None = None  # None: nothing was attempted
    online: bool | None = None  # False: the server could not be reached; None: not known
    error: str = ""  # why nothing was sent, or the errors of this run
    needs_password: bool = False  # something is due but the SMTP password is missing


class OutboxSender:
    """``sender(now=None, retry=ids) -> OutboxRun``; one run at a time per process."""

    def __init__(
        self,
        settings: SettingsService,
        outbox: Outbox,
        *,
        now: Callable[[], datetime] = default_now,
    ) -> None:
        self._settings = settings
        self._outbox = outbox
        self._now = now
        # The timer, Retry now and the Renew dialog may ask at once; the outbox's
        # claim makes that safe, the lock just keeps the runs (and reports) apart.
        self._lock = threading.Lock()

    def password_missing(self) -> bool:
        """SMTP is set up with a user name, but the secret store has no password for it."""
        app = self._settings.load()
        if not (app.smtp_configured and app.smtp_user):
            return False
        return not self._settings.get_password(app)

    def __call__(self, now: datetime | None = None, retry: Sequence[int] = ()) -> OutboxRun:
        when = now or self._now()
        with self._lock:
            for outbox_id in retry:  # Retry now: due at once, failed ones included
                self._outbox.retry_now(outbox_id, when)
            app = self._settings.load()
            try:
                smtp = self._settings.smtp_settings(app)
            except SettingsError as exc:
                return OutboxRun(error="; ".join(exc.errors.values()) or str(exc))
            password = self._settings.get_password(app)
            if smtp.user and not password:
                due = bool(self._outbox.due(when))
                text = translate(
                    "OutboxSender", "The SMTP password for {user} is needed to send."
                ).format(user=smtp.user)
                return OutboxRun(error=text, needs_password=due)
            report = self._outbox.send_due(make_sender(smtp, password), when)
            return OutboxRun(report, report.online, "; ".join(report.errors))
