"""The quote lifecycle over a real cache: numbers, discard, Buy, expiry, copy/supersede, cancel."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from renewdesk.domain import QuoteStatus, SubscriptionStatus, Term
from renewdesk.quotes.errors import QuoteBlockedError, QuoteError, QuoteNotFoundError
from renewdesk.quotes.errors import TransitionRefusedError as Refused
from renewdesk.rules import Code
from renewdesk.store.repositories import SubscriptionRepository
from tests.quotes.conftest import TODAY, Clock, make_service, seed_world, static_settings

S = QuoteStatus


@pytest.fixture
def world(engine):
    return seed_world(engine)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def service(engine, world, clock):
    return make_service(engine, clock, settings=static_settings(), deliver_now=lambda now: None)


def sent(service, *ids, **edits):
    """A QUOTED quote for these subscriptions (PDF only: no mail needed)."""
    return service.send(service.request(list(ids), **edits), "pdf").quote


def actions(service, number):
    return [e.action for e in service.audit(number)]


def test_numbers_count_up_and_a_discarded_number_is_never_reused(world, service):
    world.sub("S-1")
    world.sub("S-2")
    first = service.create_draft(service.request(["S-1"]))
    assert first.number == "Q-2026-000001"
    service.discard(first.number)
    with pytest.raises(QuoteNotFoundError):
        service.get(first.number)
    second = service.create_draft(service.request(["S-1"]))
    assert second.number == "Q-2026-000002"
    assert actions(service, first.number) == ["created", "discarded"]
    blocked = service.request(["S-2"], seats={"S-2": 99})
    with pytest.raises(QuoteBlockedError):
        service.create_draft(blocked)  # refused: takes no number
    assert service.create_draft(service.request(["S-2"])).number == "Q-2026-000003"


def test_the_counter_is_per_year(world, service, clock):
    world.sub("S-1", renewal_date=date(2027, 1, 10))
    world.sub("S-2", renewal_date=date(2027, 1, 10))
    assert service.create_draft(service.request(["S-1"])).number == "Q-2026-000001"
    clock.set(date(2027, 1, 2))
    assert service.create_draft(service.request(["S-2"])).number == "Q-2027-000001"


def test_numbers_typed_in_lower_case_are_found(world, service):
    world.sub("S-1")
    draft = service.create_draft(service.request(["S-1"]))
    assert service.get(draft.number.lower()).number == draft.number
    with pytest.raises(QuoteNotFoundError):
        service.get("nonsense")


def test_send_a_saved_draft_then_it_cannot_be_sent_edited_or_discarded(world, service):
    world.sub("S-1")
    draft = service.create_draft(service.request(["S-1"]))
    assert draft.status is S.DRAFT and draft.sent is None
    result = service.send(draft.number, "pdf")
    assert result.quote.status is S.QUOTED
    assert result.quote.sent is not None
    assert service.get(draft.number).status is S.QUOTED
    with pytest.raises(Refused, match="already"):
        service.send(draft.number, "pdf")
    with pytest.raises(Refused):
        service.update_draft(draft.number, service.request(["S-1"], seats={"S-1": 2}))
    with pytest.raises(Refused):
        service.discard(draft.number)
    assert actions(service, draft.number) == ["created", "sent"]


def test_a_draft_can_be_edited_until_it_is_sent(world, service):
    world.sub("S-1", seats=5)
    draft = service.create_draft(service.request(["S-1"]))
    edited = service.update_draft(draft.number, service.request(["S-1"], seats={"S-1": 2}))
    assert edited.number == draft.number
    assert edited.lines[0].seats == 2
    assert edited.total == service.get(draft.number).total
    with pytest.raises(QuoteBlockedError):
        service.update_draft(draft.number, service.request(["S-1"], seats={"S-1": 6}))
    assert service.get(draft.number).lines[0].seats == 2  # refused edit changed nothing


def test_buy_renews_every_subscription_in_one_step(engine, world, service):
    world.sub("S-1", seats=10, renewal_date=date(2026, 12, 15))
    world.sub("S-2", seats=4, renewal_date=date(2026, 12, 15), status=SubscriptionStatus.SUSPENDED)
    quote = sent(service, "S-1", "S-2", seats={"S-1": 8}, terms={"S-2": "three_year"})
    ordered = service.buy(quote.number)
    assert ordered.status is S.ORDERED
    s1, s2 = SubscriptionRepository(engine).get_many(["S-1", "S-2"])
    assert (s1.renewal_date, s1.seats, s1.term, s1.status) == (
        date(2027, 12, 15),
        8,
        Term.ANNUAL,
        SubscriptionStatus.ACTIVE,
    )
    assert (s2.renewal_date, s2.seats, s2.term, s2.status) == (
        date(2029, 12, 15),
        4,
        Term.THREE_YEAR,
        SubscriptionStatus.ACTIVE,
    )
    assert service.get(quote.number).status is S.ORDERED
    trail = service.audit(quote.number)
    assert [e.action for e in trail] == ["created", "sent", "ordered", "renewed", "renewed"]
    assert trail[-2].subscription_id == "S-1"
    assert "2026-12-15 -> 2027-12-15" in trail[-2].details
    assert "term Annual -> 3 years" in trail[-1].details  # labels, not three_year
    with pytest.raises(Refused):
        service.buy(quote.number)  # bought once only


def test_buy_a_monthly_subscription_clamps_to_the_month_end(engine, world, clock):
    clock.set(date(2026, 1, 20))
    service = make_service(engine, clock, settings=static_settings())
    world.sub("S-M", term=Term.MONTHLY, renewal_date=date(2026, 1, 31), seats=2)
    quote = sent(service, "S-M")
    assert (quote.lines[0].start_date, quote.lines[0].end_date) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    service.buy(quote.number)
    assert SubscriptionRepository(engine).get("S-M").renewal_date == date(2026, 2, 28)


def test_an_expired_quote_shows_expired_everywhere_and_cannot_be_bought(
    engine, world, service, clock
):
    world.sub("S-1")
    quote = sent(service, "S-1")
    assert quote.expires == date(2026, 12, 20)
    clock.set(date(2026, 12, 20))
    assert service.get(quote.number).status is S.QUOTED  # the last valid day
    clock.set(date(2026, 12, 21))
    assert service.get(quote.number).status is S.EXPIRED
    assert [q.status for q in service.list_quotes()] == [S.EXPIRED]
    with pytest.raises(Refused, match="expired on 2026-12-20"):
        service.buy(quote.number)
    assert SubscriptionRepository(engine).get("S-1").renewal_date == date(2026, 12, 15)
    # the expired quote no longer holds the subscription: a new quote may be made
    assert service.preview(service.request(["S-1"])).ok


def test_buy_refuses_a_draft(world, service):
    world.sub("S-1")
    draft = service.create_draft(service.request(["S-1"]))
    with pytest.raises(Refused, match="is a draft and cannot be bought"):
        service.buy(draft.number)


def test_customer_details_of_a_sent_quote_need_a_new_quote(world, service):
    world.sub("S-1")
    quote = sent(service, "S-1")
    moved = replace(quote.customer, address=replace(quote.customer.address, city="Göteborg"))
    with pytest.raises(Refused) as info:
        service.edit_customer(quote.number, moved)
    assert info.value.code is Code.ADDRESS_CHANGE_NEEDS_NEW_QUOTE
    copy = service.copy(quote.number)
    assert copy.status is S.DRAFT
    assert copy.number != quote.number
    assert copy.supersedes == quote.number
    copy = service.edit_customer(copy.number, moved)
    assert copy.customer.address.city == "Göteborg"
    assert service.get(quote.number).status is S.QUOTED  # not replaced until the copy is sent
    result = service.send(copy.number, "pdf")
    assert result.superseded == quote.number
    old = service.get(quote.number)
    assert (old.status, old.superseded_by) == (S.SUPERSEDED, copy.number)
    assert service.get(copy.number).customer.address.city == "Göteborg"
    assert actions(service, quote.number) == ["created", "sent", "copied", "superseded"]
    # The edited details are remembered for the customer: one event, old and new city.
    assert actions(service, copy.number) == ["created", "customer_edited", "customer_saved", "sent"]
    assert service.customer(quote.customer.csn).address.city == "Göteborg"
    with pytest.raises(Refused):
        service.buy(quote.number)


def test_an_expired_quote_can_be_copied_and_a_second_copy_is_refused(world, service, clock):
    world.sub("S-1", renewal_date=date(2027, 1, 10))
    quote = sent(service, "S-1")
    clock.set(quote.expires + timedelta(days=1))
    copy = service.copy(quote.number)
    with pytest.raises(QuoteBlockedError) as info:
        service.copy(quote.number)  # the first copy holds the subscription
    assert info.value.findings[0].params["quote"] == copy.number
    service.send(copy.number, "pdf")
    assert service.get(quote.number).status is S.SUPERSEDED


def test_an_ordered_or_draft_quote_cannot_be_copied(world, service):
    world.sub("S-1")
    world.sub("S-2")
    draft = service.create_draft(service.request(["S-2"]))
    with pytest.raises(Refused):
        service.copy(draft.number)
    quote = sent(service, "S-1")
    service.buy(quote.number)
    with pytest.raises(Refused):
        service.copy(quote.number)


def test_cancel_discards_a_draft_but_a_sent_quote_is_the_partners_to_cancel(world, service):
    world.sub("S-1")
    world.sub("S-2")
    draft = service.create_draft(service.request(["S-2"]))
    service.cancel(draft.number)
    with pytest.raises(QuoteNotFoundError):
        service.get(draft.number)
    quote = sent(service, "S-1")
    with pytest.raises(Refused) as info:
        service.cancel(quote.number)
    assert info.value.code is Code.CANCEL_NOT_SELF_SERVICE
    assert service.get(quote.number).status is S.QUOTED


def test_recording_a_cancellation_needs_a_note(world, service):
    world.sub("S-1")
    quote = sent(service, "S-1")
    with pytest.raises(QuoteError, match="note"):
        service.record_cancellation(quote.number, "   ")
    cancelled = service.record_cancellation(quote.number, "Reseller called: customer moves to EA.")
    assert cancelled.status is S.CANCELLED
    assert service.get(quote.number).status is S.CANCELLED
    event = service.audit(quote.number)[-1]
    assert (event.action, event.details) == (
        "cancellation_recorded",
        "Reseller called: customer moves to EA.",
    )
    assert event.os_user
    with pytest.raises(Refused):
        service.record_cancellation(quote.number, "again")
    with pytest.raises(Refused):
        service.buy(quote.number)
    assert service.preview(service.request(["S-1"])).ok  # the subscription is free again


def test_recording_a_cancellation_on_a_draft_is_refused(world, service):
    world.sub("S-1")
    draft = service.create_draft(service.request(["S-1"]))
    with pytest.raises(Refused):
        service.record_cancellation(draft.number, "partner said so")


def test_list_quotes_newest_first_with_computed_status(world, service, clock):
    world.sub("S-1")
    world.sub("S-2")
    first = sent(service, "S-1")
    second = service.create_draft(service.request(["S-2"]))
    clock.set(TODAY + timedelta(days=31))
    listed = service.list_quotes()
    assert [(q.number, q.status) for q in listed] == [
        (second.number, S.DRAFT),
        (first.number, S.EXPIRED),
    ]
