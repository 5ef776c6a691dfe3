"""One way to send what the outbox holds, shared by the window's timer, Retry now and Send.

:class:`OutboxSender` reads the saved SMTP settings and password each time, sends
what is due (``Outbox.send_due`` honours each message's backoff), and says
whether the server could be reached, so the status bar can show online/offline
after every attempt. It never touches the outbox when sending cannot work yet:
no SMTP server set up, or a user name without a password in the secret store
(the window then asks for the password once per session and tries again).
With OAuth 2.0 sign-in it always tries: a missing or revoked sign-in leaves the
messages queued with the reason "sign in again", and ``needs_signin`` tells the
window to offer its Sign in button; :meth:`OutboxSender.after_sign_in` sends them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from renewdesk.domain import OutboxStatus
from renewdesk.i18n import translate
from renewdesk.mail.outbox import Outbox, SendReport
from renewdesk.mail.smtp import make_sender
from renewdesk.services.quote_service import default_now
from renewdesk.services.settings_service import SettingsError, SettingsService
from renewdesk.store.identity import actor
from renewdesk.store.job_lock import OUTBOX_RETRIES, job_lock


@dataclass(frozen=True, slots=True)
class OutboxRun:
    """What one run did, as the window shows it."""

    report: SendReport | None = None  # None: nothing was attempted
    online: bool | None = None  # False: the server could not be reached; None: not known
    error: str = ""  # why nothing was sent, or the errors of this run
    needs_password: bool = False  # something is due but the SMTP password is missing
    needs_signin: bool = False  # OAuth 2.0: not signed in (or the sign-in was revoked)


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
        if app.uses_oauth:
            return False
        return not self._settings.get_password(app)

    def signin_needed(self) -> bool:
        """OAuth 2.0 sign-in is chosen, but no sign-in is kept for the mailbox."""
        from renewdesk.services.signin_service import SignInService

        app = self._settings.load()
        return app.uses_oauth and not SignInService(self._settings).signed_in(app)

    def after_sign_in(self, now: datetime | None = None) -> OutboxRun:
        """Send what waited for a sign-in (every queued message, due or not) now."""
        waiting = [m.id for m in self._outbox.list([OutboxStatus.QUEUED])]
        return self(now, retry=waiting)

    def on_timer(self, now: datetime | None = None) -> OutboxRun:
        """The window's own sending (its timer, start-up, after the automatic quotes).

        One client per admin at a time: while another client of the same admin (the
        database user; the OS user on SQLite) is sending what is due, this one skips
        quietly (nothing attempted) and its next tick looks again. What an admin asks
        for (Send, Retry now) never waits for that: it is :meth:`__call__`.
        """
        engine = self._outbox.engine
        with job_lock(engine, OUTBOX_RETRIES, scope=actor(engine).name) as mine:
            return self(now) if mine else OutboxRun()

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
            if app.uses_oauth:
                return self._send_signed_in(app, when)
            password = self._settings.get_password(app)
            if smtp.user and not password:
                due = bool(self._outbox.due(when))
                text = translate(
                    "OutboxSender", "The SMTP password for {user} is needed to send."
                ).format(user=smtp.user)
                return OutboxRun(error=text, needs_password=due)
            report = self._outbox.send_due(make_sender(smtp, password), when)
            return OutboxRun(report, report.online, "; ".join(report.errors))

    def _send_signed_in(self, app: object, when: datetime) -> OutboxRun:
        from renewdesk.services.signin_service import SignInService, smtp_sender

        report = self._outbox.send_due(smtp_sender(self._settings, app), when)
        waiting = bool(self._outbox.list([OutboxStatus.QUEUED]))
        needs = waiting and not SignInService(self._settings).signed_in(app)
        return OutboxRun(report, report.online, "; ".join(report.errors), needs_signin=needs)
