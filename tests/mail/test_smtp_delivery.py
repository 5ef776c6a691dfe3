"""SMTP delivery against a real aiosmtpd server on loopback: plain, STARTTLS, SSL, errors."""

from __future__ import annotations

import datetime as dt
import email
import ipaddress
import ssl
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

if TYPE_CHECKING:
    from conftest import SmtpServer  # tests/mail/conftest.py, for the annotations only
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from renewdesk.domain import Quote
from renewdesk.mail.message import build_quote_message
from renewdesk.mail.smtp import (
    MissingPasswordError,
    PermanentSmtpError,
    Security,
    ServerUnreachableError,
    SmtpAuthError,
    TemporarySmtpError,
    send_message,
    test_connection,
)

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3 quote bytes\n%%EOF\n"
RECIPIENTS = ["asa@example.com", "cfo@example.com"]


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def server_context(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_files)
    return context


def client_context(tls_files: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(tls_files[0]))


def quote_message(make_quote: Callable[..., Quote]) -> EmailMessage:
    return build_quote_message(make_quote(), PDF, "quotes@acme.example", RECIPIENTS)


def received_message(server: SmtpServer, index: int = 0) -> EmailMessage:
    raw = server.handler.received[index].content
    assert isinstance(raw, bytes)
    msg = email.message_from_bytes(raw, _class=EmailMessage, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def check_delivered(server: SmtpServer, sent: EmailMessage) -> None:
    assert len(server.handler.received) == 1
    envelope = server.handler.received[0]
    assert envelope.mail_from == "quotes@acme.example"
    assert envelope.rcpt_tos == RECIPIENTS
    got = received_message(server)
    assert got["Subject"] == sent["Subject"]
    assert "Q-2026-000001" in got["Subject"]
    assert got["Message-ID"] == sent["Message-ID"]
    (attachment,) = got.iter_attachments()
    assert attachment.get_filename() == "Quote-Q-2026-000001.pdf"
    assert attachment.get_content() == PDF


def test_plain_smtp_delivers_recipients_subject_and_pdf(
    running_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    msg = quote_message(make_quote)
    refused = send_message(running_smtp.settings(), None, msg, RECIPIENTS)
    assert refused == {}
    check_delivered(running_smtp, msg)


def test_starttls_with_login(
    smtp_server: SmtpServer, make_quote: Callable[..., Quote], tls_files: tuple[Path, Path]
) -> None:
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        assert isinstance(data, LoginPassword)
        logins.append((data.login, data.password))
        # handled=False: let aiosmtpd answer 535 itself on a wrong password.
        return AuthResult(success=data.password == b"s3cret", handled=False)

    smtp_server.options = {
        "tls_context": server_context(tls_files),
        "require_starttls": True,
        "authenticator": authenticator,
    }
    smtp_server.start()
    settings = smtp_server.settings(security=Security.STARTTLS, user="quotes")
    msg = quote_message(make_quote)
    send_message(settings, "s3cret", msg, RECIPIENTS, ssl_context=client_context(tls_files))
    check_delivered(smtp_server, msg)
    assert logins == [(b"quotes", b"s3cret")]

    report = test_connection(settings, "s3cret", ssl_context=client_context(tls_files))
    assert "STARTTLS" in report and "quotes" in report

    with pytest.raises(SmtpAuthError) as refused:
        send_message(settings, "wrong", msg, RECIPIENTS, ssl_context=client_context(tls_files))
    assert not refused.value.temporary
    assert "535" in refused.value.reason
    assert len(smtp_server.handler.received) == 1


def test_a_non_ascii_password_signs_in(
    smtp_server: SmtpServer, make_quote: Callable[..., Quote], tls_files: tuple[Path, Path]
) -> None:
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        logins.append((data.login, data.password))
        return AuthResult(success=data.password == "Pässwörd€".encode(), handled=False)

    smtp_server.options = {
        "tls_context": server_context(tls_files),
        "require_starttls": True,
        "authenticator": authenticator,
    }
    smtp_server.start()
    settings = smtp_server.settings(security=Security.STARTTLS, user="åsa")
    msg = quote_message(make_quote)
    send_message(settings, "Pässwörd€", msg, RECIPIENTS, ssl_context=client_context(tls_files))
    check_delivered(smtp_server, msg)
    assert logins == [("åsa".encode(), "Pässwörd€".encode())]
    with pytest.raises(SmtpAuthError):
        send_message(settings, "wrøng", msg, RECIPIENTS, ssl_context=client_context(tls_files))


def test_implicit_ssl(
    smtp_server: SmtpServer, make_quote: Callable[..., Quote], tls_files: tuple[Path, Path]
) -> None:
    smtp_server.options = {"ssl_context": server_context(tls_files)}
    smtp_server.start()
    msg = quote_message(make_quote)
    settings = smtp_server.settings(security=Security.SSL)
    send_message(settings, None, msg, RECIPIENTS, ssl_context=client_context(tls_files))
    check_delivered(smtp_server, msg)


def test_untrusted_certificate_is_permanent(
    smtp_server: SmtpServer, make_quote: Callable[..., Quote], tls_files: tuple[Path, Path]
) -> None:
    smtp_server.options = {"tls_context": server_context(tls_files)}
    smtp_server.start()
    settings = smtp_server.settings(security=Security.STARTTLS)
    with pytest.raises(PermanentSmtpError, match="not trusted"):
        send_message(settings, None, quote_message(make_quote), RECIPIENTS)  # system CAs only


def test_nothing_listening_is_temporary(
    dead_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    settings = dead_smtp.settings()
    with pytest.raises(ServerUnreachableError) as exc:
        send_message(settings, None, quote_message(make_quote), RECIPIENTS)
    assert exc.value.temporary
    assert "refused the connection" in exc.value.reason
    with pytest.raises(ServerUnreachableError):
        test_connection(settings, None)


def test_5xx_answer_is_permanent_with_the_servers_reason(
    running_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    running_smtp.handler.answer_data = "554 5.7.1 Message rejected as spam"
    with pytest.raises(PermanentSmtpError) as exc:
        send_message(running_smtp.settings(), None, quote_message(make_quote), RECIPIENTS)
    assert not exc.value.temporary
    assert exc.value.code == 554
    assert "rejected as spam" in exc.value.reason


def test_4xx_answer_is_temporary(
    running_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    running_smtp.handler.answer_data = "451 4.3.0 Mailbox busy, try later"
    with pytest.raises(TemporarySmtpError) as exc:
        send_message(running_smtp.settings(), None, quote_message(make_quote), RECIPIENTS)
    assert exc.value.temporary and "try later" in exc.value.reason


def test_all_recipients_refused_is_permanent_and_names_them(
    running_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    running_smtp.handler.refuse = {r: "550 5.1.1 No such user" for r in RECIPIENTS}
    with pytest.raises(PermanentSmtpError, match=r"asa@example\.com: 550"):
        send_message(running_smtp.settings(), None, quote_message(make_quote), RECIPIENTS)


def test_one_refused_recipient_is_reported_but_the_message_is_sent(
    running_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    running_smtp.handler.refuse = {"cfo@example.com": "550 5.1.1 No such user"}
    refused = send_message(running_smtp.settings(), None, quote_message(make_quote), RECIPIENTS)
    assert refused == {"cfo@example.com": (550, "5.1.1 No such user")}
    assert running_smtp.handler.received[0].rcpt_tos == ["asa@example.com"]


def test_user_without_password_is_not_tried(
    dead_smtp: SmtpServer, make_quote: Callable[..., Quote]
) -> None:
    settings = dead_smtp.settings(user="quotes")
    with pytest.raises(MissingPasswordError) as exc:
        send_message(settings, None, quote_message(make_quote), RECIPIENTS)
    assert exc.value.temporary


def test_connection_report_without_login(running_smtp: SmtpServer) -> None:
    report = test_connection(running_smtp.settings(), None)
    assert report.startswith(f"Connected to 127.0.0.1:{running_smtp.port} without encryption")
