"""Customer details typed in the review are remembered; an import never overwrites them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from renewdesk.quotes.errors import QuoteBlockedError
from renewdesk.services.import_service import ImportService
from tests.quotes.conftest import CSN, TODAY, Clock, make_service, seed_world, static_settings


@pytest.fixture
def world(engine):
    world = seed_world(engine)
    world.sub("S-1")
    world.sub("S-2")
    return world


@pytest.fixture
def service(engine, world):
    return make_service(engine, Clock(), settings=static_settings(), deliver_now=lambda now: None)


def _typed(service, **address):
    cached = service.customer(CSN)
    return replace(cached, address=replace(cached.address, **address), buyer_phone="+46 70 1")


def test_sending_with_typed_details_saves_them_with_one_audit_event(service):
    typed = _typed(service, line1="Kungsgatan 5", city="Uppsala")
    before = service.customer(CSN)
    result = service.send(service.request(["S-1"], customer=typed), "pdf")
    assert service.customer(CSN) == typed
    events = [e for e in service.audit(result.number) if e.action == "customer_saved"]
    assert len(events) == 1
    details = events[0].details
    assert CSN in details
    assert f'"{before.address.line1}" → "Kungsgatan 5"' in details
    assert f'"{before.address.city}" → "Uppsala"' in details
    assert f'"{before.buyer_phone}" → "+46 70 1"' in details
    assert "Postal code" not in details  # unchanged fields are not listed


def test_the_next_quote_starts_from_the_saved_details(service):
    typed = _typed(service, city="Uppsala")
    service.send(service.request(["S-1"], customer=typed), "pdf")
    second = service.send(service.request(["S-2"]), "pdf")  # no form: the cached details
    assert second.quote.customer.address.city == "Uppsala"
    assert [e.action for e in service.audit(second.number)].count("customer_saved") == 0


def test_unchanged_details_write_no_event(service):
    same = service.customer(CSN)
    result = service.send(service.request(["S-1"], customer=same), "pdf")
    assert "customer_saved" not in [e.action for e in service.audit(result.number)]


def test_a_blocked_quote_saves_nothing(service, world):
    world.sub("S-3", renewal_date=TODAY + timedelta(days=200))  # window not open
    typed = _typed(service, city="Uppsala")
    before = service.customer(CSN)
    with pytest.raises(QuoteBlockedError):
        service.send(service.request(["S-3"], customer=typed), "pdf")
    assert service.customer(CSN) == before


def test_a_draft_saves_the_details_too(service):
    typed = _typed(service, city="Lund")
    draft = service.create_draft(service.request(["S-1"], customer=typed))
    assert service.customer(CSN).address.city == "Lund"
    again = _typed(service, city="Malmö")
    service.update_draft(draft.number, service.request(["S-1"], customer=again))
    assert service.customer(CSN).address.city == "Malmö"
    assert [e.action for e in service.audit(draft.number)].count("customer_saved") == 2


def test_an_import_never_overwrites_typed_details(service, engine, tmp_path):
    typed = replace(
        _typed(service, city="Uppsala"), company_name="Typed Name AB", buyer_email="typed@x.example"
    )
    service.send(service.request(["S-1"], customer=typed), "pdf")
    export = tmp_path / "subs.csv"
    export.write_text(
        "subscription_id,product_name,offering_code,customer_csn,customer_name,currency,"
        "payment_method,term,seats,start_date,renewal_date,status,buyer_email\n"
        f"S-9,Design Suite,DSGN,{CSN},Export Name AB,USD,credit_card,annual,3,"
        "2025-12-16,2026-12-15,active,export@x.example\n",
        encoding="utf-8",
    )
    ImportService(engine).import_subscriptions(export)
    kept = service.customer(CSN)
    assert (kept.company_name, kept.buyer_email, kept.address.city) == (
        "Typed Name AB",
        "typed@x.example",
        "Uppsala",
    )
