"""What the quote services need from the outside world, as small interfaces.

The PDF renderer, the mail message builder, the outbox and the settings belong to
other modules (``renewdesk.pdf``, ``renewdesk.mail``, ``renewdesk.services.settings_service``).
The services take them as constructor arguments with the real ones as defaults,
so tests and the benchmark can swap one part without touching the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal, Protocol

from renewdesk.domain import OutboxMessage, Partner, Quote

Delivery = Literal["email", "eml", "pdf"]
DELIVERIES: tuple[Delivery, ...] = ("email", "eml", "pdf")


@dataclass(frozen=True, slots=True)
class QuoteSettings:
    """The settings the quote services read (from the Settings dialog / ``renewdesk config``)."""

    validity_days: int = 30
    automatic_quotes: bool = True
    sender: str = ""  # the From address of quote emails
    language: str = "en"  # language of automatic quotes
    seller: Any = None  # who prepared the quote, printed on the PDF (pdf.quote_pdf.Seller)
    page_size: str = "auto"  # auto (by the customer's country), A4 or Letter
    smtp_server: str = ""  # the SMTP host; automatic quotes wait until it is set


class RenderPdf(Protocol):
    def __call__(
        self,
        quote: Quote,
        partner: Partner | None,
        *,
        seller: Any = ...,
        page_size: str = ...,
        notes: Sequence[str] = ...,
    ) -> bytes: ...


class BuildMessage(Protocol):
    def __call__(
        self, quote: Quote, pdf: bytes, sender: str, recipients: Sequence[str], *, seller: Any = ...
    ) -> EmailMessage: ...


class OutboxPort(Protocol):
    """The outbox: ``enqueue`` runs inside the caller's transaction (``conn``)."""

    def enqueue(
        self,
        conn: Any,
        quote_number: str,
        msg: EmailMessage,
        recipients: Sequence[str],
        *,
        now: datetime | None = None,
    ) -> int: ...

    def get(self, outbox_id: int) -> OutboxMessage | None: ...

    def send_due(self, send: Any, now: datetime) -> Any: ...


WriteEml = Callable[[EmailMessage, Path], Path]
OpenFile = Callable[[Path], None]
# Try to send what the outbox holds now; returns nothing, never raises for a
# server that can't be reached (the outbox keeps the message and its last error).
DeliverNow = Callable[[datetime], None]
LoadSettings = Callable[[], QuoteSettings]


# --- the real collaborators, imported when first used ----------------------------------
# Lazy imports keep this module light (the PDF and mail modules pull in reportlab
# and Qt's translator) and let a preview run where mail is not set up.


def render_pdf() -> RenderPdf:
    """The reportlab renderer (``renewdesk.pdf.quote_pdf.render_quote_pdf``)."""

    def render(
        quote: Quote,
        partner: Partner | None,
        *,
        seller: Any = None,
        page_size: str = "auto",
        notes: Sequence[str] = (),
    ) -> bytes:
        from renewdesk.pdf.quote_pdf import render_quote_pdf

        return render_quote_pdf(quote, partner, seller=seller, page_size=page_size, notes=notes)

    return render


def build_message() -> BuildMessage:
    """The stdlib email builder (``renewdesk.mail.message.build_quote_message``)."""

    def build(
        quote: Quote, pdf: bytes, sender: str, recipients: Sequence[str], *, seller: Any = None
    ) -> EmailMessage:
        from renewdesk.mail.message import build_quote_message

        # The profile names the sender, takes the replies and signs the email.
        return build_quote_message(quote, pdf, sender, recipients, seller=seller)

    return build


def write_eml() -> WriteEml:
    """Write an unsent ``.eml`` draft into a folder (``renewdesk.mail.message``)."""

    def write(msg: EmailMessage, folder: Path) -> Path:
        from renewdesk.mail.message import write_eml_draft

        return write_eml_draft(msg, folder)

    return write


def open_file() -> OpenFile:
    """Open a file with the OS's default program (best effort)."""

    def open_(path: Path) -> None:
        from renewdesk.mail.message import open_with_os

        open_with_os(path)

    return open_


def outbox(engine: Any) -> OutboxPort:
    """The cache's outbox (``renewdesk.mail.outbox.Outbox``)."""
    from renewdesk.mail.outbox import Outbox

    box: OutboxPort = Outbox(engine)
    return box


def settings_service(engine: Any, secrets: Any = None) -> Any:
    """The Settings dialog's service over this cache (keyring, else memory, for the password)."""
    from renewdesk.secrets import probe_secret_store
    from renewdesk.services.settings_service import SettingsService

    return SettingsService(engine, secrets if secrets is not None else probe_secret_store())


def quote_settings(app: Any) -> QuoteSettings:
    """The quote services' view of the application's ``AppSettings``."""
    seller = app.seller()
    language = app.language
    if not language:
        from renewdesk.i18n import system_language

        language = system_language()
    return QuoteSettings(
        validity_days=app.quote_validity_days,
        automatic_quotes=app.automatic_quotes,
        sender=app.from_address,
        language=language,
        seller=seller if seller.lines() else None,
        page_size=app.pdf_page_size,
        smtp_server=app.smtp_host,
    )


def settings_loader(service: Any) -> LoadSettings:
    """Read the settings afresh on every call (the Settings dialog may change them)."""

    def load() -> QuoteSettings:
        return quote_settings(service.load())

    return load


def deliver_now(service: Any, box: OutboxPort) -> DeliverNow:
    """Send what the outbox holds now over SMTP with the saved settings and password.

    Raises the settings error when no server is set up (the message stays queued).
    """

    def deliver(now: datetime) -> None:
        from renewdesk.services.signin_service import smtp_sender

        app = service.load()
        box.send_due(smtp_sender(service, app), now)

    return deliver
