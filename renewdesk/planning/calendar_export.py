"""The calendar export (issue 14 item 5): RFC 5545 through the ``icalendar`` library.

One all-day event on the renewal date of every subscription whose status is
active, expired or suspended and whose renewal date is at most 45 days before
the as-of date (whatever its stage), and one on the expiry date of every open
quote. UIDs are stable (``renewal-<subscription id>@renewdesk``,
``quote-<number>@renewdesk``), so importing the file again updates the events
rather than adding copies. Each description says what to do and by when.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from renewdesk.domain import Subscription, SubscriptionStatus
from renewdesk.lazy_text import tr_later
from renewdesk.planning.stages import RenewalPlan, Stage, stage_text

PRODID = "-//RenewDesk//Renewal planning//EN"
CALENDAR_STATUSES = (
    SubscriptionStatus.ACTIVE,
    SubscriptionStatus.EXPIRED,
    SubscriptionStatus.SUSPENDED,
)


@dataclass(frozen=True, slots=True)
class OpenQuote:
    """An open quote as the calendar shows it."""

    number: str
    status: str  # DRAFT or QUOTED
    expires: date
    customer: str  # company name, or the CSN
    total: Decimal
    currency: str
    subscription_ids: tuple[str, ...]


def renewal_uid(subscription_id: str) -> str:
    return f"renewal-{subscription_id}@renewdesk"


def quote_uid(number: str) -> str:
    return f"quote-{number}@renewdesk"


def calendar_subscriptions(
    subs: Iterable[Subscription], as_of: date, days_after: int = 45
) -> list[Subscription]:
    """The subscriptions that get an event, by renewal date then id."""
    earliest = as_of - timedelta(days=days_after)
    chosen = [s for s in subs if s.status in CALENDAR_STATUSES and s.renewal_date >= earliest]
    return sorted(chosen, key=lambda s: (s.renewal_date, s.subscription_id))


def renewal_description(
    sub: Subscription,
    plan: RenewalPlan,
    days_before: int = 90,
    days_after: int = 45,
    as_of: date | None = None,
) -> str:
    """What to do about one renewal, and by when."""
    opens = (sub.renewal_date - timedelta(days=days_before)).isoformat()
    closes = (sub.renewal_date + timedelta(days=days_after)).isoformat()
    renews = sub.renewal_date.isoformat()
    head = tr_later(
        "Calendar",
        "Subscription {id} ({product}, {seats} seats) of customer {csn} renews on {date}.",
    ).format(
        id=sub.subscription_id,
        product=sub.product_name,
        seats=sub.seats,
        csn=sub.customer_csn,
        date=renews,
    )
    todo: str
    if plan.stage is Stage.WILL_NOT_RENEW:
        todo = tr_later(
            "Calendar",
            "Marked will not renew: check that auto-renew is off and tell the customer "
            "before {date}.",
        ).format(date=renews)
        if plan.note:
            todo += " " + tr_later("Calendar", "Note: {note}").format(note=plan.note)
    elif plan.stage is Stage.ORDERED:
        todo = tr_later(
            "Calendar", "Ordered: nothing more to do unless the customer changes the order."
        )
    elif plan.stage is Stage.QUOTED:
        todo = tr_later(
            "Calendar",
            "Quoted: make sure the customer buys the quote before it expires, and by {date} "
            "at the latest.",
        ).format(date=renews)
    elif sub.auto_renew:
        todo = tr_later(
            "Calendar",
            "Auto-renew is on: it renews by itself on {date}. To change seats or term, turn "
            "auto-renew off and send a renewal quote before {date}.",
        ).format(date=renews)
    elif as_of is not None and sub.renewal_date < as_of:
        todo = tr_later(
            "Calendar",
            "The renewal date has passed: send a renewal quote by {closes}, when the quote "
            "window closes.",
        ).format(closes=closes)
    else:
        todo = tr_later(
            "Calendar",
            "Send a renewal quote by {date}. Quotes can be made from {opens} until {closes}.",
        ).format(date=renews, opens=opens, closes=closes)
    who = tr_later("Calendar", "Stage: {stage}. Owner: {owner}.").format(
        stage=stage_text(plan.stage), owner=plan.owner or "-"
    )
    return "\n".join([head, todo, who])


def quote_description(quote: OpenQuote) -> str:
    if quote.status == "DRAFT":
        template = tr_later(
            "Calendar",
            "Draft quote {number} for {customer} ({total} {currency}) lapses on {date}: "
            "send it before then or discard it.",
        )
    else:
        template = tr_later(
            "Calendar",
            "Quote {number} for {customer} ({total} {currency}) expires on {date}: the customer "
            "must buy it by then. Record the purchase with Buy; after that date, make a new "
            "quote.",
        )
    return template.format(
        number=quote.number,
        customer=quote.customer,
        total=quote.total,
        currency=quote.currency,
        date=quote.expires.isoformat(),
    )


def build_calendar(
    subs: Iterable[Subscription],
    plans: Mapping[str, RenewalPlan],
    quotes: Iterable[OpenQuote],
    as_of: date,
    *,
    stamp: datetime | None = None,
    days_before: int = 90,
    days_after: int = 45,
) -> bytes:
    """The .ics bytes: renewal events, then quote-expiry events."""
    from icalendar import Calendar, Event

    when = stamp or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", str(tr_later("Calendar", "RenewDesk renewals")))
    for sub in calendar_subscriptions(subs, as_of, days_after):
        plan = plans.get(sub.subscription_id, RenewalPlan(sub.subscription_id))
        event = Event()
        event.add("uid", renewal_uid(sub.subscription_id))
        event.add("dtstamp", when)
        event.add("dtstart", sub.renewal_date)
        event.add("dtend", sub.renewal_date + timedelta(days=1))
        event.add(
            "summary",
            str(
                tr_later("Calendar", "Renewal: {product} ({id})").format(
                    product=sub.product_name, id=sub.subscription_id
                )
            ),
        )
        text = renewal_description(sub, plan, days_before, days_after, as_of)
        event.add("description", text)
        event.add("transp", "TRANSPARENT")  # an all-day reminder, not a busy day
        cal.add_component(event)
    for quote in sorted(quotes, key=lambda q: (q.expires, q.number)):
        event = Event()
        event.add("uid", quote_uid(quote.number))
        event.add("dtstamp", when)
        event.add("dtstart", quote.expires)
        event.add("dtend", quote.expires + timedelta(days=1))
        event.add(
            "summary",
            str(tr_later("Calendar", "Quote {number} expires").format(number=quote.number)),
        )
        event.add("description", quote_description(quote))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
