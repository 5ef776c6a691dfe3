"""Deliver a message over SMTP (smtplib) and say whether a failure is worth retrying.

Every failure becomes a :class:`SmtpError` whose ``temporary`` flag drives the
outbox: a temporary failure (no network, connection refused, timeout, a 4xx
answer, a dropped connection) is retried later; a permanent one (a 5xx answer,
failed sign-in, TLS trouble) waits for the admin. ``reason`` holds the server's
own words where there are any.
"""

from __future__ import annotations

import base64
import enum
import smtplib
import socket
import ssl
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import parseaddr

from renewdesk.lazy_text import tr_later

Refused = Mapping[str, tuple[int, str]]


class Security(enum.StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.SSL: 465}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and how to send; the password is passed separately and never stored here."""

    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    timeout: float = 30.0
    auth: str = "password"  # or "oauth2": XOAUTH2 with an access token (issue 11)


# Gives the current access token; ``True`` asks for a fresh one (after a 535).
TokenSource = Callable[[bool], str]


class SmtpError(Exception):
    """Sending failed. ``temporary`` says whether trying again later may help."""

    temporary = False
    # True when every other message would fail the same way now (no server, no password,
    # sign-in refused): the outbox stops the run instead of trying each one.
    affects_all = False

    def __init__(self, reason: str, code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


class TemporarySmtpError(SmtpError):
    """Try again later: the server is unreachable, busy, or answered 4xx."""

    temporary = True


class ServerUnreachableError(TemporarySmtpError):
    """No connection at all (offline, refused, timed out): later messages will fail too."""

    affects_all = True


class MissingPasswordError(TemporarySmtpError):
    """The account needs a password this session does not have yet (the UI asks for it)."""

    affects_all = True


class SignInRequiredError(TemporarySmtpError):
    """The OAuth sign-in is missing, revoked or expired: the messages wait for a new one.

    Temporary on purpose: the message stays queued ("sign in again") and goes out
    after the next sign-in, without the admin having to retry it.
    """

    affects_all = True


class PermanentSmtpError(SmtpError):
    """Retrying will not help until someone changes something (a 5xx answer, settings)."""


class SmtpAuthError(PermanentSmtpError):
    """The server refused the user name or password."""

    affects_all = True


class BasicAuthDisabledError(SmtpAuthError):
    """Microsoft 365's ``5.7.30``: the tenant turned off password sign-in for SMTP."""


BASIC_AUTH_DISABLED = tr_later(
    "SmtpErrors",
    "The mail server no longer accepts a password ({answer}). Your Microsoft 365 tenant "
    "has turned off password (basic) sign-in for SMTP: choose Microsoft 365 as the "
    "sign-in method in Settings > Email, or use Open in mail app.",
)


def _basic_auth_disabled(code: int, answer: str) -> bool:
    """Microsoft's refusal of password sign-in (``550 5.7.30`` / ``535 5.7.139``)."""
    text = answer.lower()
    return "5.7.30" in text or ("5.7.139" in text and "basic authentication" in text)


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _from_code(code: int, message: bytes | str, context: str) -> SmtpError:
    reason = tr_later("SmtpErrors", "{context}: {code} {message}").format(
        context=context, code=code, message=_text(message)
    )
    if 400 <= code < 500:
        return TemporarySmtpError(reason, code)
    return PermanentSmtpError(reason, code)


def classify(exc: BaseException, settings: SmtpSettings) -> SmtpError:
    """Turn what smtplib, ssl or the socket layer raised into an :class:`SmtpError`."""
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, SmtpError):
        return exc
    if isinstance(exc, smtplib.SMTPResponseException) and _basic_auth_disabled(
        exc.smtp_code, _text(exc.smtp_error)
    ):
        return BasicAuthDisabledError(
            BASIC_AUTH_DISABLED.format(answer=f"{exc.smtp_code} {_text(exc.smtp_error)}"),
            exc.smtp_code,
        )
    oauth = settings.auth == "oauth2"
    if isinstance(exc, smtplib.SMTPAuthenticationError) and oauth and exc.smtp_code >= 500:
        return SmtpAuthError(
            tr_later(
                "SmtpErrors",
                "The mail server refused the sign-in of {user} ({code} {answer}). Check that "
                "SMTP AUTH (Authenticated SMTP) is allowed for this mailbox.",
            ).format(user=settings.user, code=exc.smtp_code, answer=_text(exc.smtp_error))
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        if 400 <= exc.smtp_code < 500:
            return TemporarySmtpError(
                tr_later("SmtpErrors", "Sign-in failed for now: {answer}").format(
                    answer=_text(exc.smtp_error)
                )
            )
        return SmtpAuthError(
            tr_later("SmtpErrors", "Sign-in refused: {code} {answer}").format(
                code=exc.smtp_code, answer=_text(exc.smtp_error)
            )
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        answers = exc.recipients.values()
        reason = "; ".join(f"{rcpt}: {c} {_text(m)}" for rcpt, (c, m) in exc.recipients.items())
        if any(400 <= c < 500 for c, _ in answers):
            return TemporarySmtpError(
                tr_later("SmtpErrors", "Recipients refused for now: {reason}").format(reason=reason)
            )
        return PermanentSmtpError(
            tr_later("SmtpErrors", "Recipients refused: {reason}").format(reason=reason)
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        sender = tr_later("SmtpErrors", "Sender {sender} refused").format(sender=exc.sender)
        return _from_code(exc.smtp_code, exc.smtp_error, sender)
    if isinstance(exc, smtplib.SMTPConnectError):
        refused = tr_later("SmtpErrors", "{server} did not accept the connection")
        return _from_code(exc.smtp_code, exc.smtp_error, refused.format(server=where))
    if isinstance(exc, smtplib.SMTPResponseException):
        answered = tr_later("SmtpErrors", "The server answered")
        return _from_code(exc.smtp_code, exc.smtp_error, answered)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return PermanentSmtpError(
            tr_later("SmtpErrors", "{server} does not support this: {error}").format(
                server=where, error=exc
            )
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(
        exc.__context__, TimeoutError
    ):
        # smtplib reports a read timeout (e.g. no greeting) as "Connection unexpectedly
        # closed: timed out"; it is a server that does not answer, not a dropped line.
        return ServerUnreachableError(_no_answer(where, settings.timeout))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return TemporarySmtpError(
            tr_later("SmtpErrors", "{server} closed the connection: {reason}").format(
                server=where,
                reason=exc or tr_later("SmtpErrors", "no reason given"),
            )
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return PermanentSmtpError(
            tr_later("SmtpErrors", "The certificate of {server} is not trusted: {reason}").format(
                server=where, reason=exc.verify_message
            )
        )
    if isinstance(exc, ssl.SSLError):
        return PermanentSmtpError(
            tr_later(
                "SmtpErrors",
                "TLS with {server} failed ({reason}); check the port and security setting",
            ).format(server=where, reason=exc.reason or exc)
        )
    if isinstance(exc, socket.gaierror):  # no DNS: usually offline
        return ServerUnreachableError(
            tr_later("SmtpErrors", "Cannot look up {host}: {reason}").format(
                host=settings.host, reason=exc.strerror or exc
            )
        )
    if isinstance(exc, ConnectionRefusedError):
        return ServerUnreachableError(
            tr_later("SmtpErrors", "{server} refused the connection").format(server=where)
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return ServerUnreachableError(_no_answer(where, settings.timeout))
    if isinstance(exc, OSError):
        return ServerUnreachableError(
            tr_later("SmtpErrors", "Cannot reach {server}: {reason}").format(
                server=where, reason=exc.strerror or exc
            )
        )
    if isinstance(exc, smtplib.SMTPException):
        return PermanentSmtpError(f"{where}: {exc}")
    return PermanentSmtpError(
        tr_later("SmtpErrors", "Unexpected error talking to {server}: {error}").format(
            server=where, error=repr(exc)
        )
    )


def _no_answer(where: str, timeout: float) -> str:
    return tr_later("SmtpErrors", "{server} did not answer within {seconds} s").format(
        server=where, seconds=f"{timeout:g}"
    )


def _connect(
    settings: SmtpSettings,
    password: str | None,
    ssl_context: ssl.SSLContext | None,
    oauth_token: TokenSource | None = None,
) -> smtplib.SMTP:
    """An open, greeted, (STARTTLS-secured,) signed-in connection."""
    oauth = settings.auth == "oauth2"
    if oauth and oauth_token is None:
        raise SignInRequiredError(
            tr_later("SmtpErrors", "Sign in again to send as {user}: not signed in").format(
                user=settings.user
            )
        )
    token = oauth_token(False) if oauth and oauth_token else ""  # before connecting
    if settings.user and not password and not oauth:
        raise MissingPasswordError(
            tr_later("SmtpErrors", "The password for {user} is needed to send").format(
                user=settings.user
            )
        )
    context = ssl_context or ssl.create_default_context()
    smtp: smtplib.SMTP
    if settings.security == Security.SSL:
        smtp = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        smtp.ehlo()
        if settings.security == Security.STARTTLS:
            smtp.starttls(context=context)
            smtp.ehlo()
        if oauth and oauth_token is not None:
            _xoauth2(smtp, settings.user, token, oauth_token)
        elif settings.user:
            _login(smtp, settings.user, password or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Sign in; a non-ASCII user or password goes as UTF-8 AUTH PLAIN (RFC 4616).

    ``smtplib.SMTP.login`` encodes credentials as ASCII and fails on ``Pässword``.
    """
    if (user + password).isascii():
        smtp.login(user, password)
        return
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, answer = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _xoauth2(smtp: smtplib.SMTP, user: str, token: str, fresh: TokenSource) -> None:
    """SASL XOAUTH2 (``user=…^Aauth=Bearer …^A^A``); after a 535, once more with a new token.

    A refused token is answered with a 334 carrying the server's error; the client
    replies with an empty line and the server then sends its final 5xx.
    """

    def attempt(access_token: str) -> None:
        def respond(challenge: bytes | None = None) -> str:
            return (
                ""
                if challenge is not None
                else f"user={user}\x01auth=Bearer {access_token}\x01\x01"
            )

        smtp.auth("XOAUTH2", respond)

    try:
        attempt(token)
    except smtplib.SMTPAuthenticationError as exc:
        if exc.smtp_code != 535:
            raise
        attempt(fresh(True))  # expired or revoked early: refresh once and try again


def _envelope_from(settings: SmtpSettings, raw: bytes) -> str:
    """The bounce address: the configured sender, else the message's From."""
    if settings.sender:
        return settings.sender
    headers = BytesHeaderParser(policy=policy.SMTP).parsebytes(raw)
    return parseaddr(str(headers.get("From", "")))[1] or settings.user


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()  # the message is already accepted; a rude goodbye changes nothing


def send_message(
    settings: SmtpSettings,
    password: str | None,
    msg: EmailMessage | bytes,
    recipients: Sequence[str],
    *,
    ssl_context: ssl.SSLContext | None = None,
    oauth_token: TokenSource | None = None,
) -> dict[str, tuple[int, str]]:
    """Hand ``msg`` to the server for ``recipients``; returns nothing to worry about, or
    the recipients the server refused while it accepted the others (code, reason).

    Raises :class:`SmtpError` (temporary or permanent) when the server did not take it.
    """
    raw = msg.as_bytes(policy=policy.SMTP) if isinstance(msg, EmailMessage) else msg
    if not recipients:
        raise PermanentSmtpError(tr_later("SmtpErrors", "The message has no recipients"))
    sender = _envelope_from(settings, raw)
    try:
        smtp = _connect(settings, password, ssl_context, oauth_token)
        try:
            refused = smtp.sendmail(sender, list(recipients), raw)
        except BaseException:
            smtp.close()
            raise
        _quit(smtp)
    except Exception as exc:
        raise classify(exc, settings) from exc
    return {rcpt: (code, _text(text)) for rcpt, (code, text) in refused.items()}


def make_sender(
    settings: SmtpSettings,
    password: str | None,
    *,
    ssl_context: ssl.SSLContext | None = None,
    oauth_token: TokenSource | None = None,
) -> Callable[[bytes, list[str]], dict[str, tuple[int, str]]]:
    """A ``send(raw, recipients)`` callable for :meth:`Outbox.send_due`."""

    def send(raw: bytes, recipients: list[str]) -> dict[str, tuple[int, str]]:
        return send_message(
            settings, password, raw, recipients, ssl_context=ssl_context, oauth_token=oauth_token
        )

    return send


def test_connection(
    settings: SmtpSettings,
    password: str | None,
    *,
    ssl_context: ssl.SSLContext | None = None,
    oauth_token: TokenSource | None = None,
) -> str:
    """Connect, greet, secure and sign in without sending; a one-line report for Settings.

    Raises :class:`SmtpError` saying what went wrong.
    """
    try:
        smtp = _connect(settings, password, ssl_context, oauth_token)
        try:
            banner = _text(smtp.ehlo_resp or b"").splitlines()
        finally:
            _quit(smtp)
    except Exception as exc:
        raise classify(exc, settings) from exc
    security = {
        Security.NONE: "without encryption",
        Security.STARTTLS: "with STARTTLS",
        Security.SSL: "over SSL/TLS",
    }[Security(settings.security)]
    signed_in = f", signed in as {settings.user}" if settings.user else ""
    if settings.auth == "oauth2":
        signed_in = f", signed in as {settings.user} with OAuth 2.0 (XOAUTH2)"
    server = f" ({banner[0]})" if banner else ""
    return f"Connected to {settings.host}:{settings.port} {security}{signed_in}{server}."


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
