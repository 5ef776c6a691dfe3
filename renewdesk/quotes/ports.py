"""What the quote services need from the outside world, as small interfaces.

The PDF renderer, the mail message builder, the outbox and the settings belong to
other modules (``renewdesk.pdf``, ``renewdesk.mail``, ``renewdesk.services.settings_service``).
This module only describes them; the real ones are made in
:mod:`renewdesk.services.quote_adapters` and handed to the services by the
composition roots (``renewdesk.app``, ``renewdesk.cli.wiring``), so tests and the
benchmark can swap one part without touching the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal, Protocol

from renewdesk.domain import OutboxMessage, Partner, Quote, Seller

Delivery = Literal["email", "eml", "pdf"]
DELIVERIES: tuple[Delivery, ...] = ("email", "eml", "pdf")


@dataclass(frozen=True, slots=True)
class QuoteSettings:
    """The settings the quote services read (from the Settings dialog / ``renewdesk config``)."""

    validity_days: int = 30
    automatic_quotes: bool = True
    sender: str = ""  # the From address of quote emails
    language: str = "en"  # language of automatic quotes
    seller: Seller | None = None  # who prepared the quote, printed on the PDF
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
