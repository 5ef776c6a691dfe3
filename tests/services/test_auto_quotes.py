"""Automatic quotes on a chosen day: who gets one, who is skipped and why, and only once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from renewdesk.domain import OfferingType, QuoteOrigin, QuoteStatus, SubscriptionStatus, Term
from renewdesk.services.auto_quotes import (
    LAST_RUN_KEY,
    AutoQuoteService,
    MissingSetting,
    SkipReason,
)
from renewdesk.store.repositories import SettingsRepository
from tests.quotes.conftest import (
    BUYER,
    TODAY,
    Clock,
    make_service,
    outbox_rows,
    seed_world,
    smtp_server,  # noqa: F401  (fixture)
    smtp_settings_service,
    static_settings,
)


def in_days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def world(engine):
    world = seed_world(engine)
    # due: annual or three-year, auto-renew off, renewing in 0..30 days
    world.sub("DUE-TODAY", renewal_date=in_days(0))
    world.sub("DUE-10", renewal_date=in_days(10))
    world.sub("DUE-30-3Y", renewal_date=in_days(30), term=Term.THREE_YEAR)
    world.sub("DUE-EXPIRED-STATUS", renewal_date=in_days(5), status=SubscriptionStatus.EXPIRED)
    # not due
    world.sub("IN-31", renewal_date=in_days(31))
    world.sub("YESTERDAY", renewal_date=in_days(-1))
    world.sub("MONTHLY", renewal_date=in_days(10), term=Term.MONTHLY)
    world.sub("AUTO-RENEW-ON", renewal_date=in_days(10), auto_renew=True)
    world.sub("CANCELED", renewal_date=in_days(10), status=SubscriptionStatus.CANCELED)
    world.sub("FLEX", renewal_date=in_days(10), offering_type=OfferingType.FLEX)
    world.sub("ON-A-QUOTE", renewal_date=in_days(10))
    # due but skipped and reported
    world.customer(csn="5100000003", buyer_email="")
    world.sub("NO-BUYER", renewal_date=in_days(10), customer_csn="5100000003")
    world.customer(csn="5100000004", buyer_email="buyer at example")
    world.sub("BAD-BUYER", renewal_date=in_days(10), customer_csn="5100000004")
    world.sub("NO-PRICE", renewal_date=in_days(10), offering_code="UNPRICED")
    return world


@pytest.fixture
def quotes(engine, world):
    return make_service(engine, Clock(), settings=static_settings())


@pytest.fixture
def auto(engine, quotes):
    quotes.create_draft(quotes.request(["ON-A-QUOTE"]))
    return AutoQuoteService(engine, quotes)


def subject(quotes, number):
    return quotes.get(number).lines[0].subscription_id


def test_which_subscriptions_get_a_quote_on_the_day(engine, quotes, auto):
    report = auto.run(TODAY, deliver=False)
    made = {subject(quotes, n): n for n in report.created}
    assert sorted(made) == ["DUE-10", "DUE-30-3Y", "DUE-EXPIRED-STATUS", "DUE-TODAY"]
    skipped = {s.subscription_id: s.reason for s in report.skipped}
    assert skipped == {
        "NO-BUYER": SkipReason.NO_BUYER_EMAIL,
        "BAD-BUYER": SkipReason.INVALID_BUYER_EMAIL,
        "NO-PRICE": SkipReason.PRICE_MISSING,
    }
    for number in report.created:
        quote = quotes.get(number)
        assert quote.origin is QuoteOrigin.AUTOMATIC
        assert quote.status is QuoteStatus.QUOTED
        assert quote.recipients == ()  # the buyer only
        assert quote.customer.buyer_email == BUYER
        assert len(quote.lines) == 1
    queued = outbox_rows(engine)
    assert sorted(m.quote_number for m in queued) == sorted(report.created)
    assert {m.recipients for m in queued} == {(BUYER,)}
    # A price was missing: not the day's run, so importing the price book makes it today.
    assert report.counted is False
    assert SettingsRepository(engine).get(LAST_RUN_KEY) in (None, "")


def test_a_second_run_the_same_day_makes_no_second_quote(engine, quotes, auto):
    first = auto.run_auto_quotes(TODAY)
    assert len(first) == 4
    assert auto.is_due(TODAY) is True  # NO-PRICE still waits for its price
    assert auto.run_auto_quotes(TODAY) == []
    assert len(quotes.list_quotes()) == 5  # four automatic + the draft
    assert len(outbox_rows(engine)) == 4


def test_a_cancelled_automatic_quote_is_not_made_again_the_next_day(quotes, auto):
    numbers = {subject(quotes, n): n for n in auto.run_auto_quotes(TODAY)}
    quotes.record_cancellation(numbers["DUE-10"], "Reseller: the customer lets it lapse")
    due = [s.subscription_id for s in auto.due_subscriptions(TODAY + timedelta(days=1))]
    assert "DUE-10" not in due
    made = auto.run_auto_quotes(TODAY + timedelta(days=1))
    assert [subject(quotes, n) for n in made] == ["IN-31"]  # only the newly due one


def test_the_window_moves_with_the_day(world, quotes, auto):
    auto.run_auto_quotes(TODAY)
    due = [s.subscription_id for s in auto.due_subscriptions(TODAY + timedelta(days=1))]
    # IN-31 is now 30 days away; the skipped ones stay due (reported again each day)
    assert due == ["BAD-BUYER", "NO-BUYER", "NO-PRICE", "IN-31"]


def test_the_setting_turns_automatic_quotes_off(engine, quotes, world):
    off = AutoQuoteService(engine, quotes, settings=static_settings(automatic_quotes=False))
    report = off.run(TODAY)
    assert report.disabled and report.created == ()
    assert quotes.list_quotes() == []
    assert off.is_due(TODAY) is False


def test_automatic_quotes_go_out_through_the_outbox(engine, world, smtp_server):  # noqa: F811
    settings = smtp_settings_service(engine, smtp_server.port)
    quotes = make_service(engine, Clock(), settings_service=settings)
    report = AutoQuoteService(engine, quotes).run(TODAY)
    assert len(report.created) == 5  # ON-A-QUOTE has no draft in this test
    assert report.delivery_error == ""
    assert len(smtp_server.messages) == 5
    assert all(m.rcpt_tos == [BUYER] for m in smtp_server.messages)


def test_offline_run_keeps_the_quotes_queued(engine, world):
    quotes = make_service(engine, Clock())  # SMTP port nobody listens on
    report = AutoQuoteService(engine, quotes).run(TODAY)
    assert len(report.created) == 5
    assert report.delivery_error == "" or "refused" in report.delivery_error.lower()
    assert {m.status.value for m in outbox_rows(engine)} == {"queued"}


def test_a_run_without_a_price_missing_is_the_days_run(engine, quotes, world):
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM subscriptions WHERE subscription_id = 'NO-PRICE'")
    auto = AutoQuoteService(engine, quotes)
    report = auto.run(TODAY, deliver=False)
    assert report.counted is True
    assert SettingsRepository(engine).get(LAST_RUN_KEY) == TODAY.isoformat()
    assert auto.is_due(TODAY) is False


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"sender": ""}, (MissingSetting.SENDER,)),
        ({"smtp_server": ""}, (MissingSetting.SERVER,)),
        ({"sender": "", "smtp_server": ""}, (MissingSetting.SENDER, MissingSetting.SERVER)),
    ],
)
def test_a_missing_setting_makes_nothing_and_is_not_the_days_run(engine, world, changes, missing):
    quotes = make_service(engine, Clock(), settings=static_settings(**changes))
    auto = AutoQuoteService(engine, quotes)
    report = auto.run(TODAY, deliver=False)
    assert report.missing == missing
    assert report.created == () and report.counted is False
    assert "DUE-10" in report.considered  # the window can say how many wait
    assert quotes.list_quotes() == [] and outbox_rows(engine) == []
    assert auto.is_due(TODAY) is True
    # The setting is saved: the same day, the quotes are made.
    fixed = make_service(engine, Clock(), settings=static_settings())
    again = AutoQuoteService(engine, fixed).run(TODAY, deliver=False)
    assert len(again.created) == 5 and again.missing == ()


def test_one_subscription_that_fails_does_not_stop_the_others(engine, world):
    """A PDF that cannot be laid out for one subscription: it is skipped, the rest are made."""
    from reportlab.platypus.doctemplate import LayoutError

    from renewdesk.services.quote_adapters import render_pdf

    real = render_pdf()

    def render(quote, partner, **kwargs):
        if quote.lines[0].subscription_id == "DUE-10":
            raise LayoutError("Flowable <Table> too large on page 2")
        return real(quote, partner, **kwargs)

    quotes = make_service(engine, Clock(), settings=static_settings(), render_pdf=render)
    report = AutoQuoteService(engine, quotes).run(TODAY, deliver=False)
    made = sorted(quotes.get(n).lines[0].subscription_id for n in report.created)
    assert made == ["DUE-30-3Y", "DUE-EXPIRED-STATUS", "DUE-TODAY", "ON-A-QUOTE"]
    failed = {s.subscription_id: s for s in report.skipped}["DUE-10"]
    assert failed.reason == SkipReason.FAILED
    assert failed.detail.startswith("the PDF could not be laid out")
    assert all(q.lines[0].subscription_id != "DUE-10" for q in quotes.list_quotes())
    assert len(outbox_rows(engine)) == 4


def test_a_product_name_too_long_for_a_page_does_not_stop_the_others(engine, world):
    """Real input, no injected fault: a 1,560-character product name among the due ones."""
    world.sub("LONG-NAME", renewal_date=in_days(12), product_name="Design Suite " * 120)
    quotes = make_service(engine, Clock(), settings=static_settings())
    report = AutoQuoteService(engine, quotes).run(TODAY, deliver=False)
    made = {quotes.get(n).lines[0].subscription_id for n in report.created}
    assert {"DUE-TODAY", "DUE-10", "DUE-30-3Y", "DUE-EXPIRED-STATUS"} <= made
    # Made once the PDF can lay out any accepted text; until then skipped with its reason.
    skipped = {s.subscription_id: s for s in report.skipped}
    assert "LONG-NAME" in made or skipped["LONG-NAME"].reason == SkipReason.FAILED
