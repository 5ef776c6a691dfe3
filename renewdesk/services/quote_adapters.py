"""The real collaborators of the quote services, each importing its library when first used.

:mod:`renewdesk.quotes.ports` describes what the services need; this module makes
the real ones: the reportlab renderer, the stdlib email builder, the cache's
outbox, the saved settings and SMTP delivery. A factory imports nothing heavy until
the part it returns is called, so a command that never renders a PDF never loads
reportlab, and a preview runs where mail is not set up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from renewdesk.domain import Partner, Quote, Seller
from renewdesk.quotes.ports import (
    BuildMessage,
    DeliverNow,
    LoadSettings,
    OpenFile,
    OutboxPort,
    QuoteSettings,
    RenderPdf,
    WriteEml,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from renewdesk.secrets import SecretStore
    from renewdesk.services.settings_service import AppSettings, SettingsService


def render_pdf() -> RenderPdf:
    """The reportlab renderer (``renewdesk.pdf.quote_pdf.render_quote_pdf``)."""

    def render(
        quote: Quote,
        partner: Partner | None,
        *,
        seller: Seller | None = None,
        page_size: str = "auto",
        notes: Sequence[str] = (),
    ) -> bytes:
        from renewdesk.pdf.quote_pdf import render_quote_pdf

        return render_quote_pdf(quote, partner, seller=seller, page_size=page_size, notes=notes)

    return render


def build_message() -> BuildMessage:
    """The stdlib email builder (``renewdesk.mail.message.build_quote_message``)."""

    def build(
        quote: Quote,
        pdf: bytes,
        sender: str,
        recipients: Sequence[str],
        *,
        seller: Seller | None = None,
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


def outbox(engine: Engine) -> OutboxPort:
    """The cache's outbox (``renewdesk.mail.outbox.Outbox``)."""
    from renewdesk.mail.outbox import Outbox

    box: OutboxPort = Outbox(engine)
    return box


def settings_service(engine: Engine, secrets: SecretStore | None = None) -> SettingsService:
    """The Settings dialog's service over this cache (keyring, else memory, for the password)."""
    from renewdesk.secrets import probe_secret_store
    from renewdesk.services.settings_service import SettingsService

    return SettingsService(engine, secrets if secrets is not None else probe_secret_store())


def quote_settings(app: AppSettings) -> QuoteSettings:
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


def settings_loader(service: SettingsService) -> LoadSettings:
    """Read the settings afresh on every call (the Settings dialog may change them)."""

    def load() -> QuoteSettings:
        return quote_settings(service.load())

    return load


def deliver_now(service: SettingsService, box: OutboxPort) -> DeliverNow:
    """Send what the outbox holds now over SMTP with the saved settings and password.

    Raises the settings error when no server is set up (the message stays queued).
    """

    def deliver(now: datetime) -> None:
        from renewdesk.services.signin_service import smtp_sender

        app = service.load()
        # Password or OAuth 2.0 (XOAUTH2), whichever way the admin signs in.
        box.send_due(smtp_sender(service, app), now)

    return deliver
