"""One clock (issue 9, item 11): under RENEWDESK_TODAY every timestamp is on the as-of date."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from renewdesk import clock
from renewdesk.services.quote_service import QuoteService
from renewdesk.store.repositories import AuditRepository
from tests.quotes.conftest import seed_world, smtp_settings_service, unused_port

AS_OF = date(2031, 1, 10)  # years away from the computer's clock, either way


@pytest.fixture
def as_of(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setenv(clock.TODAY_ENV, AS_OF.isoformat())
    return AS_OF


def test_audit_events_and_the_auto_renew_note_use_the_as_of_date(engine, as_of):
    world = seed_world(engine)
    world.sub(
        "S-1",
        auto_renew=True,
        start_date=as_of - timedelta(days=340),
        renewal_date=as_of + timedelta(days=25),
    )
    quotes = QuoteService(engine, settings_service=smtp_settings_service(engine, unused_port()))
    request = quotes.request(["S-1"], seats={"S-1": 2})  # fewer seats: auto-renew must be off
    assert quotes.turn_off_auto_renew(["S-1"]) == 1
    result = quotes.send(request, "pdf")

    quote = quotes.get(result.quote.number)
    assert quote.created.date() == as_of
    events = AuditRepository(engine).for_quote(quote.number)
    events += AuditRepository(engine).for_subscription("S-1")
    assert events and {e.time.date() for e in events} == {as_of}
    created = next(e for e in events if e.action == "created")
    assert created.details.startswith("1 line, ")  # not "1 line(s)"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(quotes.pdf(quote.number))).pages)
    assert "Auto-renew was turned off for S-1." in " ".join(text.split())


def test_clock_now_is_on_the_as_of_date(as_of):
    assert clock.today() == as_of
    assert clock.now().date() == as_of
