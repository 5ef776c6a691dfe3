"""SPEC 1.1 OPEN_QUOTE_EXISTS is read two ways: the ORM's Core statement the window and the
quote service use (``repositories.open_quote_lines``) and the plain SQL ``renewdesk check``
reads for its speed (``core_reads``). On both engines they must name the same quote for
every subscription, whatever the quotes' states, expiry dates and ages."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import product
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from renewdesk.domain import QuoteStatus
from renewdesk.services.import_service import ImportService
from renewdesk.store import core_reads
from renewdesk.store.models import QuoteLineRow, QuoteRow
from renewdesk.store.repositories import open_quotes_by_subscription
from tests.importing.helpers import CANONICAL_HEADER, CANONICAL_ROWS, csv_text

TODAY = date(2026, 12, 2)
# A quote's expiry relative to today: past, the last day it is open, later.
EXPIRIES = (-1, 0, 30)


def _quote(number: str, status: QuoteStatus, expires: date, customer: str) -> dict[str, object]:
    return {
        "number": number,
        "kind": "renewal",
        "origin": "manual",
        "status": status.value,
        "customer_csn": customer,
        "customer_json": "{}",
        "currency": "EUR",
        "payment_method": "invoice",
        "created": datetime(2026, 11, 1, 9, 0),
        "expires": expires,
        "subtotal": "0",
        "discount": "0",
        "total": "0",
    }


def _line(number: str, subscription_id: str, position: int = 1) -> dict[str, object]:
    return {
        "quote_number": number,
        "position": position,
        "subscription_id": subscription_id,
        "product_name": "AutoCAD",
        "offering_code": "ACD",
        "term": "annual",
        "seats": 1,
        "start_date": TODAY,
        "end_date": TODAY + timedelta(days=365),
        "unit_price": "0",
        "discount": "0",
        "line_total": "0",
    }


def _import(engine: Engine, folder: Path) -> None:
    path = folder / "subs.csv"
    path.write_text(csv_text(CANONICAL_HEADER, CANONICAL_ROWS), encoding="utf-8")
    ImportService(engine).import_subscriptions(path)


@pytest.fixture
def quoted(cache_engine: Engine, tmp_path: Path) -> Engine:
    """SUB-1..3 imported; every (status, expiry) pair quotes SUB-1 in turn, oldest first,
    and each pair also quotes SUB-2 or SUB-3 alone; SUB-3 is on no open quote at all."""
    _import(cache_engine, tmp_path)
    quotes, lines = [], []
    for i, (status, days) in enumerate(product(QuoteStatus, EXPIRIES), start=1):
        number = f"Q-2026-{i:06d}"
        quotes.append(_quote(number, status, TODAY + timedelta(days=days), "5100"))
        lines.append(_line(number, "SUB-1"))
        lines.append(_line(number, "SUB-2" if i % 2 else "SUB-3", position=2))
    closed = f"Q-2026-{len(quotes) + 1:06d}"
    quotes.append(_quote(closed, QuoteStatus.ORDERED, TODAY + timedelta(days=30), "5200"))
    lines.append(_line(closed, "SUB-3"))
    with cache_engine.begin() as conn:
        conn.execute(insert(QuoteRow.__table__), quotes)
        conn.execute(insert(QuoteLineRow.__table__), lines)
    return cache_engine


def test_both_readings_of_the_open_quote_rule_agree_on_each_engine(quoted: Engine) -> None:
    with quoted.connect() as conn:
        by_core = open_quotes_by_subscription(conn, TODAY)
    by_sql = core_reads.open_quotes(quoted, TODAY)

    assert by_sql == by_core
    # What the rule says: the oldest DRAFT (any expiry) or QUOTED not past its expiry.
    pairs = list(product(QuoteStatus, EXPIRIES))
    open_numbers = [
        f"Q-2026-{i:06d}"
        for i, (status, days) in enumerate(pairs, start=1)
        if status is QuoteStatus.DRAFT or (status is QuoteStatus.QUOTED and days >= 0)
    ]
    assert by_core["SUB-1"] == open_numbers[0] == "Q-2026-000001"
    odd = [n for n in open_numbers if int(n[-6:]) % 2]
    even = [n for n in open_numbers if not int(n[-6:]) % 2]
    assert by_core.get("SUB-2") == (odd[0] if odd else None)
    assert by_core.get("SUB-3") == (even[0] if even else None)


def test_a_quote_open_until_today_is_closed_tomorrow_on_each_engine(
    cache_engine: Engine, tmp_path: Path
) -> None:
    _import(cache_engine, tmp_path)
    with cache_engine.begin() as conn:
        conn.execute(
            insert(QuoteRow.__table__), [_quote("Q-2026-000001", QuoteStatus.QUOTED, TODAY, "5100")]
        )
        conn.execute(insert(QuoteLineRow.__table__), [_line("Q-2026-000001", "SUB-1")])

    for day, expected in ((TODAY, {"SUB-1": "Q-2026-000001"}), (TODAY + timedelta(days=1), {})):
        with cache_engine.connect() as conn:
            assert open_quotes_by_subscription(conn, day) == expected
        assert core_reads.open_quotes(cache_engine, day) == expected
