"""Test data builders for quotes: a cache seeded with customers, subscriptions, prices, campaigns.

Plain functions (no fixture magic) so the service tests under ``tests/services``
import and call them too. Today in these tests is :data:`TODAY`; a subscription
renews on :data:`RENEWAL` (25 days later) unless a test says otherwise.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from renewdesk.domain import (
    Address,
    Customer,
    OfferingType,
    Partner,
    PaymentMethod,
    Subscription,
    SubscriptionStatus,
    Term,
)
from renewdesk.quotes.ports import QuoteSettings
from renewdesk.store.engine import writer
from renewdesk.store.models import CampaignRow, CustomerRow, PartnerRow, PriceRow, SubscriptionRow
from renewdesk.store.repositories import customer_values, subscription_values

TODAY = date(2026, 11, 20)
RENEWAL = date(2026, 12, 15)
CSN = "5100000001"
OTHER_CSN = "5100000002"
BUYER = "buyer@acme.example"


def customer(**changes: Any) -> Customer:
    base = Customer(
        csn=CSN,
        company_name="Acme Design AB",
        address=Address("Storgatan 1", "", "111 22", "Stockholm", "", "SE"),
        vat_number="SE556677889901",
        buyer_name="Åsa Öberg",
        buyer_email=BUYER,
        buyer_phone="+46 8 123 45 67",
    )
    return replace(base, **changes)


def subscription(subscription_id: str = "S-1", **changes: Any) -> Subscription:
    base = Subscription(
        subscription_id=subscription_id,
        contract_number="C-" + subscription_id,
        product_name="Design Suite",
        offering_code="DSGN",
        offering_type=OfferingType.STANDARD,
        customer_csn=CSN,
        partner_csn="",
        currency="USD",
        payment_method=PaymentMethod.CREDIT_CARD,
        term=Term.ANNUAL,
        seats=3,
        start_date=date(2025, 12, 16),
        renewal_date=RENEWAL,
        status=SubscriptionStatus.ACTIVE,
        auto_renew=False,
    )
    return replace(base, **changes)


# (offering code, term, currency) -> unit price per seat per term
PRICES: dict[tuple[str, Term, str], str] = {
    ("DSGN", Term.ANNUAL, "USD"): "100.00",
    ("DSGN", Term.MONTHLY, "USD"): "10.00",
    ("DSGN", Term.THREE_YEAR, "USD"): "270.00",
    ("DSGN", Term.ANNUAL, "EUR"): "90.00",
    ("DSGN", Term.ANNUAL, "JPY"): "15000",
    ("CAD3D", Term.ANNUAL, "USD"): "2500.00",
}


@dataclass
class World:
    """A cache with data: add rows with the methods, read them back through the services."""

    engine: Engine
    added: list[str] = field(default_factory=list)

    def _insert(self, table: Any, rows: list[dict[str, Any]]) -> None:
        with writer(self.engine).begin() as conn:
            conn.execute(table.insert(), rows)

    def customer(self, **changes: Any) -> Customer:
        c = customer(**changes)
        self._insert(CustomerRow.__table__, [customer_values(c)])
        return c

    def partner(self, partner_csn: str = "P-1", name: str = "Reseller AB") -> Partner:
        p = Partner(partner_csn, name, "sales@reseller.example")
        self._insert(
            PartnerRow.__table__, [{"partner_csn": p.partner_csn, "name": p.name, "email": p.email}]
        )
        return p

    def sub(self, subscription_id: str = "S-1", **changes: Any) -> Subscription:
        s = subscription(subscription_id, **changes)
        self._insert(SubscriptionRow.__table__, [subscription_values(s)])
        self.added.append(s.subscription_id)
        return s

    def subs(self, count: int, prefix: str = "S-", **changes: Any) -> list[Subscription]:
        made = [subscription(f"{prefix}{i:03d}", **changes) for i in range(1, count + 1)]
        self._insert(SubscriptionRow.__table__, [subscription_values(s) for s in made])
        return made

    def prices(self, prices: dict[tuple[str, Term, str], str] | None = None) -> None:
        rows = [
            {"offering_code": o, "term": str(t), "currency": c, "unit_price": Decimal(p)}
            for (o, t, c), p in (PRICES if prices is None else prices).items()
        ]
        self._insert(PriceRow.__table__, rows)

    def campaign(
        self,
        code: str,
        percent: str,
        valid_from: date = TODAY - timedelta(days=10),
        valid_to: date = TODAY + timedelta(days=10),
        offering_codes: str = "",
        terms: str = "",
        currencies: str = "",
    ) -> None:
        self._insert(
            CampaignRow.__table__,
            [
                {
                    "code": code,
                    "name": f"Campaign {code}",
                    "percent_off": Decimal(percent),
                    "valid_from": valid_from,
                    "valid_to": valid_to,
                    "offering_codes": offering_codes,
                    "terms": terms,
                    "currencies": currencies,
                }
            ],
        )


def seed_world(engine: Engine) -> World:
    """Two customers (the second pays by invoice), a reseller and the price book."""
    world = World(engine)
    world.customer()
    world.customer(csn=OTHER_CSN, company_name="Other Oy", buyer_email="ostaja@other.example")
    world.partner()
    world.prices()
    return world


class Clock:
    """An injectable clock the test moves by hand."""

    def __init__(self, day: date = TODAY, at: time = time(10, 30)) -> None:
        self.current = datetime.combine(day, at)

    def __call__(self) -> datetime:
        return self.current

    def set(self, day: date, at: time = time(10, 30)) -> None:
        self.current = datetime.combine(day, at)


def static_settings(**changes: Any) -> Any:
    """A settings loader returning fixed values (sender and server set, 30-day validity)."""
    values = QuoteSettings(
        sender="quotes@renewdesk.example", validity_days=30, smtp_server="127.0.0.1"
    )
    values = replace(values, **changes)
    return lambda: values


# --- a real SMTP server on loopback -------------------------------------------------------


@dataclass
class SmtpServer:
    host: str
    port: int
    messages: list[Any] = field(default_factory=list)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """An aiosmtpd server on 127.0.0.1 that keeps every message it accepts."""
    from aiosmtpd.controller import Controller

    server = SmtpServer("127.0.0.1", free_port())
    lock = threading.Lock()

    class Handler:
        async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
            with lock:
                server.messages.append(envelope)
            return "250 Message accepted for delivery"

    controller = Controller(Handler(), hostname=server.host, port=server.port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()


def unused_port() -> int:
    """A loopback port nobody listens on (connection refused = offline)."""
    return free_port()


def files_in(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(folder.glob(pattern))


# --- services wired with the real parts ---------------------------------------------------

SENDER = "quotes@renewdesk.example"


def smtp_settings_service(engine: Engine, port: int, **changes: Any) -> Any:
    """The real SettingsService saved with a plain-SMTP server on loopback ``port``."""
    from renewdesk.secrets import MemorySecretStore
    from renewdesk.services.settings_service import AppSettings, SettingsService

    service = SettingsService(engine, MemorySecretStore())
    values = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "sender": SENDER,
        "company_name": "RenewDesk Admins",
        "language": "en",
    }
    values.update(changes)
    service.save(AppSettings(**values))
    return service


def make_service(engine: Engine, clock: Clock | None = None, **overrides: Any) -> Any:
    """A QuoteService with the real PDF, email, outbox and settings over ``engine``.

    Without ``settings_service`` the SMTP server is a port nobody listens on
    (offline), so a send queues the message.
    """
    from renewdesk.services.quote_service import QuoteService

    if "settings_service" not in overrides and "settings" not in overrides:
        overrides["settings_service"] = smtp_settings_service(engine, unused_port())
    return QuoteService(engine, now=clock or Clock(), **overrides)


def outbox_rows(engine: Engine) -> list[Any]:
    from renewdesk.mail.outbox import Outbox

    return Outbox(engine).list()
