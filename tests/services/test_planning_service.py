"""Renewal planning over a real cache: the forecast query, stage rules, calendar, reminders."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import icalendar
import pytest

from renewdesk.domain import OfferingType, QuoteStatus, SubscriptionStatus
from renewdesk.planning.calendar_export import quote_uid, renewal_uid
from renewdesk.planning.reminders import ReminderKind
from renewdesk.planning.stages import Stage
from renewdesk.services.auto_quotes import AutoQuoteService
from renewdesk.services.check_service import CheckService
from renewdesk.services.planning_service import PlanningError, PlanningService
from renewdesk.store.repositories import AuditRepository
from tests.quotes.conftest import TODAY, Clock, make_service, seed_world, static_settings


def in_days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def world(engine):
    world = seed_world(engine)  # prices: DSGN annual USD 100.00, EUR 90.00 ...
    world.sub("USD-DEC", renewal_date=date(2026, 12, 15), seats=3)
    world.sub("USD-DEC-2", renewal_date=date(2026, 12, 1), seats=2, auto_renew=True)
    world.sub("EUR-JAN", renewal_date=date(2027, 1, 10), seats=4, currency="EUR")
    world.sub("USD-OVERDUE", renewal_date=date(2026, 10, 20), seats=1)
    world.sub("USD-CLOSED", renewal_date=date(2026, 10, 1), seats=9)  # window closed
    world.sub("NO-PRICE", renewal_date=date(2026, 12, 20), offering_code="NOPE", seats=6)
    world.sub("FLEX", renewal_date=date(2026, 12, 20), offering_type=OfferingType.FLEX)
    world.sub("CANCELED", renewal_date=date(2026, 12, 20), status=SubscriptionStatus.CANCELED)
    world.sub("SUSPENDED", renewal_date=date(2026, 12, 21), status=SubscriptionStatus.SUSPENDED)
    world.sub("DUE-AUTO", renewal_date=in_days(10), seats=5)
    return world


@pytest.fixture
def planning(engine, world):
    return PlanningService(engine)


def rows(forecast):
    return {(c.month, c.currency): c.as_json() for c in forecast.cells}


def test_forecast_reads_the_cache_and_prices_at_list_price(planning):
    got = rows(planning.forecast(TODAY, 12))
    assert got[("overdue", "USD")] == {
        "month": "overdue",
        "currency": "USD",
        "subscriptions": 1,
        "seats": 1,
        "amount": "100.00",
        "unpriced": 0,
        "will_not_renew": 0,
    }
    assert got[("2026-11", "USD")] == {
        "month": "2026-11",
        "currency": "USD",
        "subscriptions": 1,  # DUE-AUTO
        "seats": 5,
        "amount": "500.00",
        "unpriced": 0,
        "will_not_renew": 0,
    }
    # USD-DEC 3 + USD-DEC-2 2 + SUSPENDED 3 seats at 100.00; NO-PRICE (6) unpriced;
    # FLEX and CANCELED do not count.
    assert got[("2026-12", "USD")] == {
        "month": "2026-12",
        "currency": "USD",
        "subscriptions": 4,
        "seats": 14,
        "amount": "800.00",
        "unpriced": 1,
        "will_not_renew": 0,
    }
    assert got[("2027-01", "EUR")]["amount"] == "360.00"
    assert all(k[1] in {"USD", "EUR"} for k in got)


def test_will_not_renew_leaves_the_amount_and_the_automatic_quotes(engine, planning):
    before = rows(planning.forecast(TODAY, 12))[("2026-12", "USD")]
    planning.set_stage(["USD-DEC"], Stage.WILL_NOT_RENEW, note="moving to a competitor")
    after = rows(planning.forecast(TODAY, 12))[("2026-12", "USD")]
    assert after["subscriptions"] == before["subscriptions"] - 1
    assert after["seats"] == before["seats"] - 3
    assert Decimal(after["amount"]) == Decimal(before["amount"]) - Decimal("300.00")
    assert after["will_not_renew"] == 1

    planning.set_stage(["DUE-AUTO"], Stage.WILL_NOT_RENEW)
    quotes = make_service(engine, Clock(), settings=static_settings())
    auto = AutoQuoteService(engine, quotes)
    assert "DUE-AUTO" not in {s.subscription_id for s in auto.due_subscriptions(TODAY)}
    report = auto.run(TODAY, deliver=False)
    assert report.created == ()  # USD-DEC and DUE-AUTO: will not renew; NO-PRICE: no price
    assert {s.subscription_id for s in report.skipped} == {"NO-PRICE"}
    planning.set_stage(["DUE-AUTO"], Stage.IN_PROGRESS)
    assert "DUE-AUTO" in {s.subscription_id for s in auto.due_subscriptions(date(2026, 11, 21))}


def test_each_change_is_audited_and_check_shows_stage_and_owner(engine, planning):
    planning.set_stage(["EUR-JAN"], Stage.IN_PROGRESS, owner="Anna Berg")
    planning.set_stage(["EUR-JAN"], owner="Bo Ek")
    events = AuditRepository(engine).for_subscription("EUR-JAN")
    assert [e.action for e in events] == ["stage_changed", "plan_changed"]
    assert "not-started -> in-progress" in events[0].details
    assert "Anna Berg -> Bo Ek" in events[1].details
    summaries = {s.subscription_id: s.as_json() for s in CheckService(engine).summaries(TODAY)}
    assert summaries["EUR-JAN"]["stage"] == "in-progress"
    assert summaries["EUR-JAN"]["owner"] == "Bo Ek"
    assert summaries["USD-DEC"]["stage"] == "not-started"
    assert summaries["USD-DEC"]["owner"] == ""
    # Setting the same again changes nothing and writes nothing.
    assert planning.set_stage(["EUR-JAN"], Stage.IN_PROGRESS) == []


def test_quoted_and_ordered_come_from_quotes_not_by_hand(engine, planning):
    with pytest.raises(PlanningError, match="quoted"):
        planning.set_stage(["USD-DEC"], Stage.QUOTED)
    with pytest.raises(PlanningError, match="NOPE-1"):
        planning.set_stage(["USD-DEC", "NOPE-1"], Stage.IN_PROGRESS)
    assert planning.plans(["USD-DEC"]) == {}  # nothing changed
    clock = Clock()
    quotes = make_service(engine, clock, settings=static_settings())
    draft = quotes.create_draft(quotes.request(["USD-DEC"]))
    assert planning.plans(["USD-DEC"]) == {}  # a draft is not a quote yet
    sent = quotes.send(draft.number, "pdf")
    assert planning.plans(["USD-DEC"])["USD-DEC"].stage is Stage.QUOTED
    quotes.buy(sent.quote.number)
    assert planning.plans(["USD-DEC"])["USD-DEC"].stage is Stage.ORDERED
    actions = [e.action for e in AuditRepository(engine).for_subscription("USD-DEC")]
    assert actions.count("stage_changed") == 2
    forecast = planning.forecast(TODAY, 24)
    renewed = next(c for c in forecast.cells if "USD-DEC" in c.ids)
    assert renewed.month == "2027-12"
    assert renewed.by_stage == {Stage.ORDERED: Decimal("300.00")}


def test_calendar_events_uids_dates_and_descriptions(engine, planning):
    planning.set_stage(["EUR-JAN"], Stage.WILL_NOT_RENEW, note="budget cut")
    quotes = make_service(engine, Clock(), settings=static_settings())
    sent = quotes.send(quotes.request(["USD-DEC"]), "pdf")
    cal = icalendar.Calendar.from_ical(planning.calendar(TODAY))
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    expected = {
        renewal_uid(s)
        for s in (
            *("USD-DEC", "USD-DEC-2", "EUR-JAN", "USD-OVERDUE"),
            *("NO-PRICE", "FLEX", "SUSPENDED", "DUE-AUTO"),
        )
    } | {quote_uid(sent.quote.number)}
    # USD-CLOSED renewed 50 days ago (more than 45): no event; CANCELED: no event.
    assert set(events) == expected
    dec = events["renewal-USD-DEC@renewdesk"]
    assert dec.decoded("DTSTART") == date(2026, 12, 15)
    assert dec.decoded("DTEND") == date(2026, 12, 16)
    assert "USD-DEC" in str(dec["SUMMARY"])
    assert "2026-12-15" in str(dec["DESCRIPTION"])
    jan = str(events["renewal-EUR-JAN@renewdesk"]["DESCRIPTION"])
    assert "will not renew" in jan and "budget cut" in jan
    overdue = str(events["renewal-USD-OVERDUE@renewdesk"]["DESCRIPTION"])
    assert "send a renewal quote by 2026-12-04" in overdue  # 10-20 + 45 days
    quote_event = events[quote_uid(sent.quote.number)]
    assert quote_event.decoded("DTSTART") == sent.quote.expires
    assert "buy it by then" in str(quote_event["DESCRIPTION"])
    # The same UIDs the next time: a calendar updates its events.
    again = icalendar.Calendar.from_ical(planning.calendar(TODAY))
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)


def test_reminders_are_due_once_each(engine, planning):
    # DUE-AUTO renews in 10 days: its window opened 80 days ago (no "opened" any more),
    # it closes in 55 days. USD-OVERDUE closes on 2026-12-04, 14 days after TODAY.
    first = planning.pending_reminders(TODAY)
    kinds = {(r.kind, r.subject) for r in first}
    assert (ReminderKind.WINDOW_CLOSES, "USD-OVERDUE") in kinds
    assert not any(r.subject == "USD-DEC-2" for r in first)  # auto-renew on
    planning.mark_shown(first)
    assert planning.pending_reminders(TODAY) == []
    # Seven days before it closes: the second lead day, once.
    later = planning.pending_reminders(date(2026, 11, 27))
    assert [(r.kind, r.subject, r.days_left) for r in later if r.subject == "USD-OVERDUE"] == [
        (ReminderKind.WINDOW_CLOSES, "USD-OVERDUE", 7)
    ]
    planning.mark_shown(later)
    assert not any(
        r.subject == "USD-OVERDUE" for r in planning.pending_reminders(date(2026, 11, 28))
    )


def test_a_window_that_opens_is_reminded_and_will_not_renew_is_not(engine, planning, world):
    world.sub("OPENS", renewal_date=in_days(90), seats=1)
    world.sub("OPENS-WNR", renewal_date=in_days(90), seats=1)
    planning.set_stage(["OPENS-WNR"], Stage.WILL_NOT_RENEW)
    due = planning.pending_reminders(TODAY)
    opened = [r.subject for r in due if r.kind is ReminderKind.WINDOW_OPENS]
    assert opened == ["OPENS"]


def test_a_quote_about_to_expire_is_reminded(engine, planning):
    quotes = make_service(engine, Clock(), settings=static_settings())
    sent = quotes.send(quotes.request(["EUR-JAN"]), "pdf")
    expires = sent.quote.expires
    due = planning.pending_reminders(expires - timedelta(days=7))
    mine = [r for r in due if r.kind is ReminderKind.QUOTE_EXPIRES]
    assert [(r.subject, r.days_left) for r in mine] == [(sent.quote.number, 7)]
    assert sent.quote.status is QuoteStatus.QUOTED


def test_huge_amounts_stay_exact(engine, planning, world):
    from sqlalchemy import update

    from renewdesk.store.models import PriceRow

    with engine.begin() as conn:
        conn.execute(
            update(PriceRow.__table__)
            .where(PriceRow.__table__.c.currency == "EUR")
            .values(unit_price=Decimal("999999999.9999"))
        )
    world.sub("EUR-HUGE", renewal_date=date(2027, 1, 11), seats=1_000_000, currency="EUR")
    jan = rows(planning.forecast(TODAY, 12))[("2027-01", "EUR")]
    # 4 x 999999999.9999 + 1,000,000 x 999999999.9999, past a 64-bit sum of 1/10000 units
    assert jan["amount"] == str(Decimal("999999999.9999") * 1_000_004)
