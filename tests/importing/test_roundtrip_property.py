"""Property: any valid subscription, written in any accepted spelling, imports back unchanged."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from renewdesk.domain import OfferingType, PaymentMethod, Subscription, SubscriptionStatus, Term
from renewdesk.services.import_service import ImportService
from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import SubscriptionRepository
from tests.importing.helpers import CANONICAL_HEADER, csv_text

WORD = st.text(
    alphabet=st.characters(categories=("L", "N")) | st.sampled_from(" -_.,;'\"&/"),
    min_size=1,
    max_size=16,
).filter(lambda s: s == s.strip())
OPTIONAL_WORD = st.one_of(st.just(""), WORD)
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=10)


@st.composite
def subscriptions(draw: st.DrawFn) -> Subscription:
    start = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2140, 1, 1)))
    return Subscription(
        subscription_id=draw(WORD),
        contract_number=draw(OPTIONAL_WORD),
        product_name=draw(WORD),
        offering_code=draw(WORD),
        offering_type=draw(st.sampled_from(OfferingType)),
        customer_csn=draw(DIGITS),
        partner_csn=draw(st.one_of(st.just(""), DIGITS)),
        currency=draw(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)),
        payment_method=draw(st.sampled_from(PaymentMethod)),
        term=draw(st.sampled_from(Term)),
        seats=draw(st.integers(min_value=0, max_value=1_000_000)),
        start_date=start,
        renewal_date=start + timedelta(days=draw(st.integers(min_value=0, max_value=4000))),
        status=draw(st.sampled_from(SubscriptionStatus)),
        auto_renew=draw(st.booleans()),
        team=draw(OPTIONAL_WORD),
    )


def spell_enum(draw: st.DrawFn, value: str) -> str:
    return draw(
        st.sampled_from(
            [value, value.upper(), value.replace("_", " ").title(), value.replace("_", "-")]
        )
    )


def spell_date(draw: st.DrawFn, day: date) -> str:
    return draw(
        st.sampled_from(
            [
                day.isoformat(),
                day.strftime("%d.%m.%Y"),
                day.strftime("%d/%m/%Y"),  # the service reads slashes as en_GB: day first
                f"{day.isoformat()} 00:00:00",
            ]
        )
    )


@st.composite
def written(draw: st.DrawFn) -> tuple[Subscription, list[str]]:
    """A subscription and one row of cells spelling it the way some export might."""
    sub = draw(subscriptions())
    seats = draw(st.sampled_from([str(sub.seats), f"{sub.seats}.0", f"{sub.seats},00"]))
    yes, no = draw(st.sampled_from([("yes", "no"), ("TRUE", "false"), ("1", "0"), ("Ja", "Nej")]))
    cells = {
        "subscription_id": sub.subscription_id,
        "contract_number": sub.contract_number,
        "product_name": sub.product_name,
        "offering_code": sub.offering_code,
        "offering_type": spell_enum(draw, sub.offering_type.value),
        "customer_csn": sub.customer_csn,
        "customer_name": "",
        "partner_csn": sub.partner_csn,
        "partner_name": "",
        "currency": draw(st.sampled_from([sub.currency, sub.currency.lower()])),
        "payment_method": spell_enum(draw, sub.payment_method.value),
        "term": spell_enum(draw, sub.term.value),
        "seats": seats,
        "start_date": spell_date(draw, sub.start_date),
        "renewal_date": spell_date(draw, sub.renewal_date),
        "status": spell_enum(draw, sub.status.value),
        "auto_renew": yes if sub.auto_renew else no,
        "team": sub.team,
        "buyer_email": "",
    }
    return sub, [cells[h] for h in CANONICAL_HEADER]


@pytest.fixture(scope="module")
def shared_cache() -> Iterator[tuple[Engine, Path]]:
    """One cache for every example (ids repeat across examples, so each import upserts)."""
    with tempfile.TemporaryDirectory(prefix="renewdesk-prop-") as tmp:
        engine = open_cache(Path(tmp) / "cache.sqlite")
        yield engine, Path(tmp)
        engine.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    row=written(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    header_case=st.sampled_from([str, str.upper, str.title]),
)
def test_any_valid_row_round_trips_through_the_cache(
    shared_cache: tuple[Engine, Path],
    row: tuple[Subscription, list[str]],
    delimiter: str,
    encoding: str,
    header_case: object,
) -> None:
    engine, folder = shared_cache
    sub, cells = row
    header = [header_case(h) for h in CANONICAL_HEADER]  # type: ignore[operator]
    text = csv_text(header, [cells], delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = folder / "one.csv"
    path.write_bytes(data)

    report = ImportService(engine, date_locale="en_GB").import_subscriptions(path)

    assert report.total == 1
    assert SubscriptionRepository(engine).get(sub.subscription_id) == sub
