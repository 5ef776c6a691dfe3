"""Mail test parts: a quote factory, a quote row in the cache, and a real SMTP server.

The server is aiosmtpd on 127.0.0.1 (a free port per test) recording every message
it accepts; ``answer_data`` / ``refuse`` make it answer like a picky server.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import Engine

from renewdesk.domain import (
    Address,
    Customer,
    PaymentMethod,
    Quote,
    QuoteKind,
    QuoteLine,
    QuoteOrigin,
    QuoteStatus,
    Term,
)
from renewdesk.mail.smtp import Security, SmtpSettings
from renewdesk.store.engine import writer
from renewdesk.store.models import CustomerRow, QuoteRow

PDF = b"%PDF-1.4\n% not a real PDF, but bytes that must arrive unchanged \x00\xff\n%%EOF\n"


def build_quote(number: str = "Q-2026-000001", **overrides: Any) -> Quote:
    """A two-line SEK quote for Åsa Öberg at Łódź Engineering."""
    lines = tuple(
        QuoteLine(
            subscription_id=f"SUB-{i}",
            product_name="Design Suite",
            offering_code="DS",
            term=Term.ANNUAL,
            seats=10,
            start_date=date(2026, 3, 1),
            end_date=date(2027, 2, 28),
            unit_price=Decimal("617.25"),
            campaign_code="",
            discount=Decimal(0),
            line_total=Decimal("6172.50"),
            changes_subscription=False,
        )
        for i in (1, 2)
    )
    values: dict[str, Any] = {
        "number": number,
        "kind": QuoteKind.RENEWAL,
        "origin": QuoteOrigin.MANUAL,
        "status": QuoteStatus.QUOTED,
        "customer": Customer(
            csn="5100012345",
            company_name="Łódź Engineering",
            address=Address("ul. Piotrkowska 12", "", "90-001", "Łódź", "", "PL"),
            buyer_name="Åsa Öberg",
            buyer_email="asa@example.com",
        ),
        "partner_csn": "",
        "currency": "SEK",
        "payment_method": PaymentMethod.INVOICE,
        "created": datetime(2026, 2, 2, 10, 30),
        "sent": None,
        "expires": date(2026, 3, 4),
        "lines": lines,
        "recipients": ("asa@example.com",),
        "subtotal": Decimal("12345.00"),
        "discount": Decimal(0),
        "total": Decimal("12345.00"),
        "language": "en",
    }
    values.update(overrides)
    return Quote(**values)


@pytest.fixture
def make_quote() -> Callable[..., Quote]:
    return build_quote


def insert_quote_row(engine: Engine, quote: Quote) -> None:
    """The quote's row (and its customer), which an outbox row refers to."""
    with writer(engine).begin() as conn:
        conn.execute(
            CustomerRow.__table__.insert().prefix_with("OR IGNORE"),
            {"csn": quote.customer.csn, "company_name": quote.customer.company_name},
        )
        conn.execute(
            QuoteRow.__table__.insert(),
            {
                "number": quote.number,
                "kind": quote.kind.value,
                "origin": quote.origin.value,
                "status": quote.status.value,
                "customer_csn": quote.customer.csn,
                "customer_json": json.dumps({"csn": quote.customer.csn}),
                "partner_csn": "",
                "currency": quote.currency,
                "payment_method": quote.payment_method.value,
                "language": quote.language,
                "created": quote.created,
                "expires": quote.expires,
                "subtotal": quote.subtotal,
                "discount": quote.discount,
                "total": quote.total,
            },
        )


@pytest.fixture
def stored_quote(engine: Engine) -> Quote:
    """A quote whose row exists in the test cache, so outbox rows can refer to it."""
    quote = build_quote()
    insert_quote_row(engine, quote)
    return quote


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RecordingHandler:
    """Keeps every accepted message; can refuse recipients or answer DATA with an error."""

    received: list[Envelope] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # address -> answer
    answer_data: str = ""  # e.g. "554 5.7.1 Rejected as spam"

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        if self.answer_data:
            return self.answer_data
        self.received.append(envelope)
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    """A running (or stopped) aiosmtpd server on loopback."""

    port: int
    handler: RecordingHandler
    controller: Controller | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def start(self) -> None:
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, **self.options
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self, **overrides: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": Security.NONE,
            "sender": "quotes@acme.example",
            "timeout": 5.0,
        }
        values.update(overrides)
        return SmtpSettings(**values)


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A stopped server on a free port: call ``start()`` (the port is reserved for it)."""
    server = SmtpServer(free_port(), RecordingHandler())
    yield server
    server.stop()


@pytest.fixture
def running_smtp(smtp_server: SmtpServer) -> SmtpServer:
    smtp_server.start()
    return smtp_server


@pytest.fixture
def dead_smtp() -> SmtpServer:
    """A server that is never started: connecting to its port is refused."""
    return SmtpServer(free_port(), RecordingHandler())
