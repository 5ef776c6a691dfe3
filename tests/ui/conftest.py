"""UI test data: a small real cache with customers, a partner, subscriptions, prices, a campaign.

Rows go in through the store's tables (the import service is tested on its own);
dates are relative to ``TODAY``, which the tests pin through ``RENEWDESK_TODAY``.
"""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from renewdesk.domain import Address, Customer
from renewdesk.store.models import (
    CampaignRow,
    CustomerRow,
    PartnerRow,
    PriceRow,
    SubscriptionRow,
)
from renewdesk.store.repositories import customer_values

TODAY = date(2026, 3, 2)

CUSTOMERS = [
    Customer(
        "5100001001",
        "Nordljus Arkitekter AB",
        Address("Storgatan 1", "", "111 22", "Stockholm", "", "SE"),
        "SE556000000101",
        "Åsa Öberg",
        "asa@nordljus.example",
        "+46 8 123 456",
    ),
    Customer(
        "5100002002",
        "Harbour Engineering Ltd",
        Address("1 Dock Road", "Unit 4", "E14 5AB", "London", "", "GB"),
        "GB123456789",
        "Sam Patel",
        "sam@harbour.example",
        "+44 20 7946 0000",
    ),
]

# id, product, offering, csn, partner, currency, payment, term, seats, renewal+days, status, auto
SUBSCRIPTIONS = [
    (
        "SUB-1001",
        "Design Suite Premium",
        "DSP",
        "5100001001",
        "",
        "SEK",
        "invoice",
        "annual",
        12,
        21,
        "active",
        False,
    ),
    (
        "SUB-1002",
        "Render Studio",
        "RND",
        "5100001001",
        "",
        "SEK",
        "invoice",
        "annual",
        5,
        28,
        "active",
        True,
    ),
    (
        "SUB-1003",
        "Site Planner",
        "SPL",
        "5100001001",
        "",
        "SEK",
        "invoice",
        "annual",
        3,
        40,
        "active",
        False,
    ),
    (
        "SUB-1004",
        "Cloud Storage Flex",
        "FLX",
        "5100001001",
        "",
        "SEK",
        "invoice",
        "annual",
        1,
        30,
        "active",
        False,
    ),
    (
        "SUB-1005",
        "Design Suite Premium",
        "DSP",
        "5100001001",
        "",
        "SEK",
        "invoice",
        "annual",
        2,
        200,
        "active",
        False,
    ),
    (
        "SUB-2001",
        "Structural Analysis",
        "STA",
        "5100002002",
        "P-7001",
        "GBP",
        "partner",
        "annual",
        8,
        14,
        "active",
        False,
    ),
    (
        "SUB-2002",
        "Render Studio",
        "RND",
        "5100002002",
        "P-7001",
        "GBP",
        "partner",
        "annual",
        4,
        35,
        "canceled",
        False,
    ),
    (
        "SUB-2003",
        "Design Suite Premium",
        "DSP",
        "5100002002",
        "",
        "GBP",
        "credit_card",
        "three_year",
        20,
        -10,
        "expired",
        False,
    ),
]

PRICES = [
    ("DSP", "annual", "SEK", "21000"),
    ("DSP", "three_year", "SEK", "56000"),
    ("DSP", "monthly", "SEK", "2300"),
    ("RND", "annual", "SEK", "9800"),
    ("RND", "three_year", "SEK", "26000"),
    ("SPL", "annual", "SEK", "7400"),
    ("STA", "annual", "GBP", "1900"),
    ("RND", "annual", "GBP", "780"),
    ("DSP", "three_year", "GBP", "4900"),
    ("DSP", "annual", "GBP", "1750"),
]


def fill_cache(engine: Engine, today: date = TODAY) -> None:
    """Insert the UI test data set into an empty cache."""
    with engine.begin() as conn:
        conn.execute(CustomerRow.__table__.insert(), [customer_values(c) for c in CUSTOMERS])
        conn.execute(
            PartnerRow.__table__.insert(),
            [{"partner_csn": "P-7001", "name": "Channel Partner UK", "email": "orders@cp.example"}],
        )
        conn.execute(
            SubscriptionRow.__table__.insert(),
            [
                {
                    "subscription_id": sid,
                    "contract_number": f"CTR-{sid[-4:]}",
                    "product_name": product,
                    "offering_code": code,
                    "offering_type": "flex" if code == "FLX" else "standard",
                    "customer_csn": csn,
                    "partner_csn": partner or None,
                    "currency": currency,
                    "payment_method": payment,
                    "term": term,
                    "seats": seats,
                    "start_date": today + timedelta(days=days - 365),
                    "renewal_date": today + timedelta(days=days),
                    "status": status,
                    "auto_renew": auto,
                    "team": "",
                }
                for (
                    sid,
                    product,
                    code,
                    csn,
                    partner,
                    currency,
                    payment,
                    term,
                    seats,
                    days,
                    status,
                    auto,
                ) in SUBSCRIPTIONS
            ],
        )
        conn.execute(
            PriceRow.__table__.insert(),
            [
                {"offering_code": o, "term": t, "currency": c, "unit_price": Decimal(p)}
                for o, t, c, p in PRICES
            ],
        )
        conn.execute(
            CampaignRow.__table__.insert(),
            [
                {
                    "code": "SPRING10",
                    "name": "Spring renewal 10%",
                    "percent_off": Decimal("10"),
                    "valid_from": today - timedelta(days=30),
                    "valid_to": today + timedelta(days=60),
                    "offering_codes": "RND",
                    "terms": "",
                    "currencies": "",
                }
            ],
        )


@pytest.fixture
def today_env(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setenv("RENEWDESK_TODAY", TODAY.isoformat())
    return TODAY


@pytest.fixture
def filled_cache(engine: Engine, db_path: Path, today_env: date) -> Path:
    """A cache file with the UI data set; the ``engine`` fixture disposes it after the test."""
    fill_cache(engine, today_env)
    return db_path


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path) -> None:
    """Window geometry goes to this test's folder, never to the user's real settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture
def main_window(qtbot, filled_cache: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The real main window over the filled cache, long work run inline."""
    from renewdesk.app import create_main_window

    window = create_main_window(filled_cache, synchronous=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    yield window
    window.close()


class Inbox:
    """What the loopback SMTP server accepted: (mail from, recipients, bytes)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    """A real SMTP server (aiosmtpd) on a free loopback port."""
    from aiosmtpd.controller import Controller

    port = free_port()
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def configure_smtp(window, port: int, **changes: object) -> None:  # type: ignore[no-untyped-def]
    """Save plain SMTP on loopback ``port`` (and a sender and profile) in the window's cache."""
    service = window.ctx.settings
    values: dict[str, object] = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "sender": "renewals@seller.example",
        "company_name": "Seller AB",
    }
    values.update(changes)
    service.save(dataclasses.replace(service.load(), **values))


HEADER_FOR_IMPORT = (
    "subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,"
    "customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,"
    "renewal_date,status,auto_renew,team,buyer_email"
)


def import_row(sid: str, seats: str) -> str:
    """One CSV row for HEADER_FOR_IMPORT: a Site Planner subscription of Nordljus."""
    return (
        f"{sid},CTR-9,Site Planner,SPL,standard,5100001001,Nordljus Arkitekter AB,,,SEK,"
        f"invoice,annual,{seats},2025-04-01,2026-04-01,active,no,,asa@nordljus.example"
    )
