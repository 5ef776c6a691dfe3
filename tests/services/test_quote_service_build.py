"""Building a quote through the service over a real cache: every rule, prices, campaigns, expiry."""

from __future__ import annotations

import time
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from renewdesk.domain import PaymentMethod, QuoteOrigin, SubscriptionStatus, Term
from renewdesk.quotes.builder import InvalidEditError
from renewdesk.quotes.errors import QuoteBlockedError, UnknownSubscriptionsError
from renewdesk.rules import Code
from renewdesk.store.models import QuoteRow, SequenceRow
from tests.quotes.conftest import (
    BUYER,
    OTHER_CSN,
    RENEWAL,
    TODAY,
    Clock,
    make_service,
    seed_world,
    static_settings,
)


@pytest.fixture
def world(engine):
    return seed_world(engine)


@pytest.fixture
def service(engine, world):
    return make_service(engine, settings=static_settings(), deliver_now=lambda now: None)


def codes(preview):
    return [f.code for f in preview.blocking]


def nothing_written(engine):
    with engine.begin() as conn:
        quotes = conn.execute(select(func.count()).select_from(QuoteRow)).scalar_one()
        counters = conn.execute(select(func.count()).select_from(SequenceRow)).scalar_one()
    return quotes == 0 and counters == 0


# --- refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"customer_csn": OTHER_CSN}, Code.MIXED_CUSTOMER),
        ({"currency": "EUR"}, Code.MIXED_CURRENCY),
        ({"payment_method": PaymentMethod.PAYPAL}, Code.MIXED_PAYMENT_METHOD),
        ({"partner_csn": "P-1"}, Code.MIXED_PARTNER),
    ],
    ids=["customer", "currency", "payment", "partner"],
)
def test_mixed_selection_is_refused_and_nothing_is_saved(engine, world, service, change, code):
    world.sub("S-1")
    world.sub("S-2", **change)
    request = service.request(["S-1", "S-2"])
    assert code in codes(service.preview(request))
    with pytest.raises(QuoteBlockedError) as info:
        service.create_draft(request)
    assert code in info.value.codes
    with pytest.raises(QuoteBlockedError):
        service.send(request, "pdf")
    assert nothing_written(engine)


def test_added_seats_are_refused_fewer_are_fine(world, service):
    world.sub("S-1", seats=3)
    more = service.preview(service.request(["S-1"], seats={"S-1": 4}))
    assert codes(more) == [Code.SEATS_ADDED]
    assert more.blocking[0].params == {"subscription": "S-1", "seats": 4, "current": 3}
    fewer = service.preview(service.request(["S-1"], seats={"S-1": 2}))
    assert fewer.ok
    assert fewer.quote.lines[0].seats == 2
    assert fewer.quote.lines[0].changes_subscription


def test_five_extra_recipients_are_one_too_many(world, service):
    world.sub("S-1")
    four = [f"r{i}@acme.example" for i in range(4)]
    assert service.preview(service.request(["S-1"], recipients=four)).ok
    five = service.preview(service.request(["S-1"], recipients=[*four, "r4@acme.example"]))
    assert codes(five) == [Code.TOO_MANY_RECIPIENTS]


def test_invalid_and_duplicate_recipients(world, service):
    world.sub("S-1")
    preview = service.preview(
        service.request(["S-1"], recipients=["not-an-address", BUYER.upper(), "x@acme.example"])
    )
    assert codes(preview) == [Code.INVALID_RECIPIENT, Code.DUPLICATE_RECIPIENT]
    assert preview.blocking[0].params["address"] == "not-an-address"


def test_missing_price_names_the_offering_term_and_currency(world, service):
    world.sub("S-1", offering_code="NOPRICE")
    preview = service.preview(service.request(["S-1"]))
    assert codes(preview) == [Code.PRICE_MISSING]
    assert preview.blocking[0].params == {
        "subscription": "S-1",
        "offering_code": "NOPRICE",
        "term": "annual",
        "currency": "USD",
    }
    assert preview.missing_prices == {"S-1"}


def test_a_term_without_a_price_is_refused(world, service):
    world.sub("S-1")
    preview = service.preview(service.request(["S-1"], terms={"S-1": "three_year"}))
    assert preview.ok  # DSGN three-year USD has a price
    eur = world.sub("S-2", currency="EUR")
    preview = service.preview(service.request([eur.subscription_id], terms={"S-2": "monthly"}))
    assert codes(preview) == [Code.PRICE_MISSING]


def test_unticking_every_line_leaves_an_empty_quote(world, service):
    world.sub("S-1")
    world.sub("S-2")
    preview = service.preview(service.request(["S-1", "S-2"], unticked=["S-1", "S-2"]))
    assert codes(preview) == [Code.EMPTY_QUOTE]


def test_unticked_lines_stay_out_and_their_problems_do_not_count(world, service):
    world.sub("S-1")
    world.sub("S-2", status=SubscriptionStatus.CANCELED)
    preview = service.preview(service.request(["S-1", "S-2"], unticked=["S-2"]))
    assert preview.ok
    assert [ln.subscription_id for ln in preview.quote.lines] == ["S-1"]


def test_subscription_rules_block_too(world, service):
    world.sub("S-1", renewal_date=TODAY + timedelta(days=91))
    world.sub("S-2", status=SubscriptionStatus.TRIAL)
    preview = service.preview(service.request(["S-1", "S-2"]))
    assert codes(preview) == [Code.WINDOW_NOT_OPEN, Code.STATUS_NOT_RENEWABLE]
    assert preview.for_subscription("S-1")[0].code is Code.WINDOW_NOT_OPEN


def test_a_subscription_on_an_open_quote_is_refused_naming_it(world, service):
    world.sub("S-1")
    draft = service.create_draft(service.request(["S-1"]))
    preview = service.preview(service.request(["S-1"]))
    assert codes(preview) == [Code.OPEN_QUOTE_EXISTS]
    assert preview.blocking[0].params["quote"] == draft.number
    # editing that very draft is not blocked by itself
    assert service.preview(service.request(["S-1"], seats={"S-1": 2}), number=draft.number).ok


def test_pay_by_invoice_needs_an_existing_invoice_account(world, service):
    world.sub("S-1")
    asked = service.preview(service.request(["S-1"], payment_method=PaymentMethod.INVOICE))
    assert codes(asked) == [Code.NEW_CREDIT_LINE]
    world.sub("S-9", payment_method=PaymentMethod.INVOICE, renewal_date=date(2027, 9, 1))
    assert service.preview(service.request(["S-1"], payment_method="invoice")).ok


def test_card_limit_warns_but_does_not_block(world, service):
    world.sub("S-1", offering_code="CAD3D", seats=11)  # 11 x 2,500 = 27,500 USD
    preview = service.preview(service.request(["S-1"]))
    assert preview.ok
    assert [f.code for f in preview.warnings] == [Code.CARD_LIMIT]
    assert preview.quote.total == Decimal("27500.00")


def test_bad_edits_and_unknown_ids_are_clear_errors(world, service):
    world.sub("S-1")
    with pytest.raises(UnknownSubscriptionsError, match="S-404"):
        service.preview(service.request(["S-1", "S-404"]))
    with pytest.raises(InvalidEditError, match="at least 1"):
        service.preview(service.request(["S-1"], seats={"S-1": 0}))
    with pytest.raises(InvalidEditError, match=r"^Seats given for what is not in the quote: S-2$"):
        service.preview(service.request(["S-1"], seats={"S-2": 1}))
    with pytest.raises(InvalidEditError, match="unknown term"):
        service.request(["S-1"], terms={"S-1": "weekly"})


# --- accepted quotes ------------------------------------------------------------------------


def test_three_seats_at_100_with_a_ten_percent_campaign_is_270(world, service):
    world.sub("S-1", seats=3)
    world.campaign("TEN", "10")
    quote = service.create_draft(service.request(["S-1"]))
    line = quote.lines[0]
    assert (line.unit_price, line.seats, line.campaign_code) == (Decimal("100.00"), 3, "TEN")
    assert (line.discount, line.line_total) == (Decimal("30.00"), Decimal("270.00"))
    assert (quote.subtotal, quote.discount, quote.total) == (
        Decimal("300.00"),
        Decimal("30.00"),
        Decimal("270.00"),
    )
    assert service.get(quote.number) == quote  # stored exactly


def test_largest_single_campaign_is_chosen_and_others_ignored(world, service):
    world.sub("S-1", seats=2)
    world.sub("S-2", seats=1, term=Term.THREE_YEAR)
    world.campaign("SMALL", "5")
    world.campaign("BIG", "20", offering_codes="DSGN", terms="annual")
    world.campaign("HUGE-ENDED", "60", valid_to=TODAY - timedelta(days=1))
    world.campaign("HUGE-LATER", "60", valid_from=TODAY + timedelta(days=1))
    world.campaign("HUGE-MONTHLY", "60", terms="monthly")
    world.campaign("HUGE-EUR", "60", currencies="EUR|SEK")
    world.campaign("HUGE-OTHER", "60", offering_codes="CAD3D")
    quote = service.preview(service.request(["S-1", "S-2"])).quote
    annual, three_year = quote.lines
    # annual: 2 x 100.00 = 200.00, BIG 20 % = 40.00 -> 160.00
    assert (annual.campaign_code, annual.discount, annual.line_total) == (
        "BIG",
        Decimal("40.00"),
        Decimal("160.00"),
    )
    # three-year: BIG is annual-only, so SMALL: 270.00 x 5 % = 13.50 -> 256.50
    assert (three_year.campaign_code, three_year.discount, three_year.line_total) == (
        "SMALL",
        Decimal("13.50"),
        Decimal("256.50"),
    )
    assert quote.total == Decimal("416.50")


def test_yen_quote_has_whole_amounts(world, service):
    world.sub("S-1", currency="JPY", seats=3)
    world.campaign("JP", "12.5", currencies="JPY")
    quote = service.preview(service.request(["S-1"])).quote
    assert str(quote.subtotal) == "45000"
    assert str(quote.discount) == "5625"
    assert str(quote.total) == "39375"


def test_term_change_prices_the_new_term_and_sets_the_period(world, service):
    world.sub("S-1", seats=2)
    quote = service.preview(service.request(["S-1"], terms={"S-1": Term.THREE_YEAR})).quote
    line = quote.lines[0]
    assert line.term is Term.THREE_YEAR
    assert line.unit_price == Decimal("270.00")
    assert line.line_total == Decimal("540.00")
    assert (line.start_date, line.end_date) == (date(2026, 12, 16), date(2029, 12, 15))
    assert line.changes_subscription


def test_expiry_bound_by_validity(world, service):
    world.sub("S-1")  # renewal 15 Dec + 45 days = 29 Jan, later than 20 Nov + 30
    quote = service.create_draft(service.request(["S-1"]))
    assert quote.expires == date(2026, 12, 20)
    assert quote.created.date() == TODAY


def test_expiry_bound_by_the_earliest_renewal_plus_45_days(world, service):
    world.sub("S-1")
    world.sub("S-2", renewal_date=date(2026, 10, 20), status=SubscriptionStatus.EXPIRED)
    quote = service.create_draft(service.request(["S-1", "S-2"]))
    assert quote.expires == date(2026, 12, 4)  # 20 Oct + 45 days, before 20 Dec


def test_validity_days_come_from_the_settings(engine, world):
    service = make_service(engine, settings=static_settings(validity_days=10))
    world.sub("S-1")
    assert service.preview(service.request(["S-1"])).quote.expires == date(2026, 11, 30)


def test_customer_details_edited_in_the_review_go_on_the_quote_only(world, service):
    world.sub("S-1")
    edited = service.customer("5100000001")
    from dataclasses import replace

    edited = replace(edited, company_name="Acme Design Group AB", csn="tampered")
    quote = service.create_draft(service.request(["S-1"], customer=edited, language="sv"))
    assert quote.customer.company_name == "Acme Design Group AB"
    assert quote.customer.csn == "5100000001"  # the customer number never changes
    assert quote.language == "sv"
    assert service.customer("5100000001").company_name == "Acme Design AB"


def test_origin_is_single_for_one_subscription_else_manual(world, service):
    world.sub("S-1")
    world.sub("S-2")
    assert service.preview(service.request(["S-1"])).quote.origin is QuoteOrigin.SINGLE
    assert service.preview(service.request(["S-1", "S-2"])).quote.origin is QuoteOrigin.MANUAL


def test_auto_renew_must_be_off_lists_the_ids_and_the_one_click_fix_notes_it(world, service):
    world.sub("S-1", auto_renew=True)
    world.sub("S-2", auto_renew=True)
    world.sub("S-3", auto_renew=False)
    request = service.request(["S-1", "S-2", "S-3"], seats={"S-1": 2})
    preview = service.preview(request)
    assert preview.quote.note == ""
    assert codes(preview) == [Code.AUTO_RENEW_MUST_BE_OFF]
    assert preview.auto_renew_must_be_off == ("S-1",)  # only the changed line
    info = [f.code for f in preview.findings if not f.blocks]
    assert info == [Code.AUTO_RENEW_ON, Code.AUTO_RENEW_ON]
    assert service.turn_off_auto_renew(preview.auto_renew_must_be_off) == 1
    fixed = service.preview(request)
    assert fixed.ok
    assert fixed.quote.note == "Auto-renew was turned off for S-1."
    events = service.audit_subscription("S-1")
    assert [e.action for e in events] == ["auto_renew_off"]
    swedish = service.preview(service.request(["S-1", "S-2", "S-3"], language="sv"))
    assert swedish.quote.note == "Automatisk förnyelse stängdes av för S-1."


def test_preview_of_100_lines_is_fast(engine, world, service):
    subs = world.subs(100, seats=5)
    world.campaign("TEN", "10")
    request = service.request([s.subscription_id for s in subs], seats={"S-001": 4})
    service.preview(request)  # warm caches (Babel, email validator)
    best = min(_timed(service.preview, request) for _ in range(5))
    assert best < 0.050, f"preview of 100 lines took {best * 1000:.1f} ms"
    preview = service.preview(request)
    assert preview.ok and len(preview.quote.lines) == 100
    assert preview.quote.total == Decimal("44910.00")  # (99 x 500 + 400) x 0.9


def _timed(fn, *args):
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def test_clock_decides_today(engine, world):
    clock = Clock(RENEWAL + timedelta(days=46))
    service = make_service(engine, clock, settings=static_settings())
    world.sub("S-1")
    assert codes(service.preview(service.request(["S-1"]))) == [Code.WINDOW_CLOSED]


def test_the_default_clock_honours_renewdesk_today(monkeypatch, engine, world):
    from renewdesk.quotes.ports import QuoteSettings
    from renewdesk.services.quote_service import QuoteService

    monkeypatch.setenv("RENEWDESK_TODAY", "2026-12-01")
    service = QuoteService(engine, settings=lambda: QuoteSettings(), deliver_now=lambda now: None)
    world.sub("S-1")
    quote = service.create_draft(service.request(["S-1"]))
    assert quote.created.date() == date(2026, 12, 1)
    assert quote.expires == date(2026, 12, 31)
