"""Quotes, their lines and recipients in the cache; the quote number sequence.

Functions that take ``conn`` run inside the caller's transaction (the quote
service opens one ``BEGIN IMMEDIATE`` per use case so a quote, its outbox
message, the subscriptions it changes and the audit events commit together).
:class:`QuoteRepository` wraps the read-only queries for the Quotes page.
Everything returned is a frozen dataclass from :mod:`renewdesk.domain`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Engine, Table, delete, select, update
from sqlalchemy.engine import Connection

from renewdesk.domain import (
    Address,
    Campaign,
    Customer,
    Partner,
    PaymentMethod,
    Quote,
    QuoteKind,
    QuoteLine,
    QuoteOrigin,
    QuoteStatus,
    Subscription,
    Term,
)
from renewdesk.quotes.numbering import format_number, sequence_name
from renewdesk.quotes.pricing import PriceKey
from renewdesk.store import versions
from renewdesk.store.dialects import upsert
from renewdesk.store.identity import actor
from renewdesk.store.models import (
    AuditRow,
    CampaignRow,
    CustomerRow,
    PartnerRow,
    PriceRow,
    QuoteLineRow,
    QuoteRecipientRow,
    QuoteRow,
    SequenceRow,
    SubscriptionRow,
)
from renewdesk.store.repositories import (
    SUB_COLUMNS,
    campaign_from_row,
    customer_from_row,
    open_quote_lines,
    subscription_from_row,
    subscriptions_by_id,
)

_Q = cast(Table, QuoteRow.__table__)
_L = cast(Table, QuoteLineRow.__table__)
_R = cast(Table, QuoteRecipientRow.__table__)
_SEQ = cast(Table, SequenceRow.__table__)
_SUBS = cast(Table, SubscriptionRow.__table__)
_CUSTOMERS = cast(Table, CustomerRow.__table__)
_PARTNERS = cast(Table, PartnerRow.__table__)
_PRICES = cast(Table, PriceRow.__table__)
_CAMPAIGNS = cast(Table, CampaignRow.__table__)
_AUDIT = cast(Table, AuditRow.__table__)
_SUB_SELECT = select(*[_SUBS.c[name] for name in SUB_COLUMNS])
_OPEN = (QuoteStatus.DRAFT.value, QuoteStatus.QUOTED.value)
_CHUNK = 500

_LINE_COLUMNS = (
    "quote_number",
    "subscription_id",
    "product_name",
    "offering_code",
    "term",
    "seats",
    "start_date",
    "end_date",
    "unit_price",
    "campaign_code",
    "discount",
    "line_total",
    "changes_subscription",
)
_LINE_SELECT = select(*[_L.c[n] for n in _LINE_COLUMNS]).order_by(_L.c.quote_number, _L.c.position)
_TERM = {m.value: m for m in Term}


def customer_to_json(customer: Customer) -> str:
    """The customer snapshot as stored on the quote."""
    return json.dumps(asdict(customer), ensure_ascii=False, sort_keys=True)


def customer_from_json(text: str) -> Customer:
    data = json.loads(text)
    address = Address(**data.pop("address", {}))
    return Customer(address=address, **data)


def next_quote_number(conn: Connection, year: int) -> str:
    """Take the next number of ``year``'s counter; the counter never goes back.

    One atomic statement (insert the counter at 1, or add 1 to it, and return it), not
    a read then a write: two transactions that take a number at once on a server
    engine get two numbers, the second waiting for the first's row lock.
    """
    name = sequence_name(year)
    stmt = upsert(conn, _SEQ).values(name=name, value=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["name"], set_={"value": _SEQ.c.value + 1}
    ).returning(_SEQ.c.value)
    return format_number(year, int(conn.execute(stmt).scalar_one()))


def _quote_values(quote: Quote) -> dict[str, Any]:
    return {
        "number": quote.number,
        "kind": str(quote.kind),
        "origin": str(quote.origin),
        "status": str(quote.status),
        "customer_csn": quote.customer.csn,
        "customer_json": customer_to_json(quote.customer),
        "partner_csn": quote.partner_csn,
        "currency": quote.currency,
        "payment_method": str(quote.payment_method),
        "language": quote.language,
        "created": quote.created,
        "sent": quote.sent,
        "expires": quote.expires,
        "subtotal": quote.subtotal,
        "discount": quote.discount,
        "total": quote.total,
        "superseded_by": quote.superseded_by,
        "supersedes": quote.supersedes,
        "note": quote.note,
    }


def _insert_children(conn: Connection, quote: Quote) -> None:
    if quote.lines:
        conn.execute(
            _L.insert(),
            [
                {
                    "quote_number": quote.number,
                    "position": pos,
                    "subscription_id": ln.subscription_id,
                    "product_name": ln.product_name,
                    "offering_code": ln.offering_code,
                    "term": str(ln.term),
                    "seats": ln.seats,
                    "start_date": ln.start_date,
                    "end_date": ln.end_date,
                    "unit_price": ln.unit_price,
                    "campaign_code": ln.campaign_code,
                    "discount": ln.discount,
                    "line_total": ln.line_total,
                    "changes_subscription": ln.changes_subscription,
                }
                for pos, ln in enumerate(quote.lines)
            ],
        )
    if quote.recipients:
        conn.execute(
            _R.insert(),
            [
                {"quote_number": quote.number, "position": pos, "email": email}
                for pos, email in enumerate(quote.recipients)
            ],
        )


def insert_quote(
    conn: Connection, quote: Quote, *, pdf: bytes | None = None, auto_run: date | None = None
) -> Quote:
    """Insert a new quote with its lines and recipients (and its PDF when sent at once).

    Its ``created_by`` (and ``sent_by`` when sent at once) is the quote's own, else the
    admin working through ``conn``. Returns the quote as stored.
    """
    me = actor(conn).name
    stored = replace(
        quote,
        created_by=quote.created_by or me,
        sent_by=(quote.sent_by or me) if quote.sent else "",
    )
    who = {"created_by": stored.created_by, "sent_by": stored.sent_by}
    stamp = {"updated_by": me, "updated_at": quote.created}
    values = _quote_values(quote)
    conn.execute(_Q.insert().values(**values, **who, **stamp, pdf=pdf, auto_run=auto_run))
    _insert_children(conn, quote)
    return stored


def replace_quote(
    conn: Connection,
    quote: Quote,
    *,
    pdf: bytes | None = None,
    expected_version: int | None = None,
    when: datetime | None = None,
) -> Quote:
    """Overwrite a stored quote (a draft's edits, or the values frozen at send).

    With ``expected_version`` only while the stored quote is still at it (else
    :class:`renewdesk.store.versions.StaleEditError`). ``created_by`` stays;
    ``sent_by`` becomes the sender once the quote is sent. Returns the quote as
    stored (its new version).
    """
    values = _quote_values(quote)
    values.pop("number")
    values["sent_by"] = (quote.sent_by or actor(conn).name) if quote.sent else ""
    if pdf is not None:
        values["pdf"] = pdf
    version = versions.save_quote(
        conn, quote.number, values, expected_version, when or quote.sent or quote.created
    )
    made_by = conn.execute(select(_Q.c.created_by).where(_Q.c.number == quote.number)).scalar()
    conn.execute(delete(_L).where(_L.c.quote_number == quote.number))
    conn.execute(delete(_R).where(_R.c.quote_number == quote.number))
    _insert_children(conn, quote)
    return replace(quote, version=version, created_by=made_by or "", sent_by=values["sent_by"])


def set_quote_fields(conn: Connection, number: str, **values: Any) -> None:
    """Update some columns of one quote (status, superseded_by, note...)."""
    conn.execute(update(_Q).where(_Q.c.number == number).values(**values))


def delete_quote(conn: Connection, number: str) -> None:
    """Remove a quote and (by cascade) its lines and recipients; the number stays used."""
    conn.execute(delete(_L).where(_L.c.quote_number == number))
    conn.execute(delete(_R).where(_R.c.quote_number == number))
    conn.execute(delete(_Q).where(_Q.c.number == number))


def _line_from_row(r: Any) -> QuoteLine:
    return QuoteLine(
        subscription_id=r[1],
        product_name=r[2],
        offering_code=r[3],
        term=_TERM[r[4]],
        seats=r[5],
        start_date=r[6],
        end_date=r[7],
        unit_price=r[8],
        campaign_code=r[9] or "",
        discount=r[10],
        line_total=r[11],
        changes_subscription=bool(r[12]),
    )


def _quote_from_row(r: Any, lines: Sequence[QuoteLine], recipients: Sequence[str]) -> Quote:
    return Quote(
        number=r.number,
        kind=QuoteKind(r.kind),
        origin=QuoteOrigin(r.origin),
        status=QuoteStatus(r.status),
        customer=customer_from_json(r.customer_json),
        partner_csn=r.partner_csn or "",
        currency=r.currency,
        payment_method=PaymentMethod(r.payment_method),
        created=r.created,
        sent=r.sent,
        expires=r.expires,
        lines=tuple(lines),
        recipients=tuple(recipients),
        subtotal=Decimal(r.subtotal),
        discount=Decimal(r.discount),
        total=Decimal(r.total),
        language=r.language or "en",
        superseded_by=r.superseded_by or "",
        supersedes=r.supersedes or "",
        note=r.note or "",
        version=int(r.version or 1),
        created_by=r.created_by or "",
        sent_by=r.sent_by or "",
    )


_QUOTE_SELECT = select(*[c for c in _Q.c if c.name != "pdf"])


def load_quotes(conn: Connection, numbers: Iterable[str] | None = None) -> list[Quote]:
    """The stored quotes (all, or these numbers), newest number first; stored status."""
    stmt = _QUOTE_SELECT.order_by(_Q.c.number.desc())
    line_stmt, rec_stmt = (
        _LINE_SELECT,
        select(_R.c.quote_number, _R.c.email).order_by(_R.c.quote_number, _R.c.position),
    )
    if numbers is not None:
        wanted = list(numbers)
        stmt = stmt.where(_Q.c.number.in_(wanted))
        line_stmt = line_stmt.where(_L.c.quote_number.in_(wanted))
        rec_stmt = rec_stmt.where(_R.c.quote_number.in_(wanted))
    lines: dict[str, list[QuoteLine]] = defaultdict(list)
    for r in conn.execute(line_stmt):
        lines[r[0]].append(_line_from_row(r))
    recipients: dict[str, list[str]] = defaultdict(list)
    for number, email in conn.execute(rec_stmt):
        recipients[number].append(email)
    return [
        _quote_from_row(r, lines.get(r.number, ()), recipients.get(r.number, ()))
        for r in conn.execute(stmt)
    ]


def load_quote(conn: Connection, number: str) -> Quote | None:
    """One stored quote, or ``None``."""
    found = load_quotes(conn, [number])
    return found[0] if found else None


def load_pdf(conn: Connection, number: str) -> bytes | None:
    """The PDF stored when the quote was sent (``None`` for a draft)."""
    return conn.execute(select(_Q.c.pdf).where(_Q.c.number == number)).scalar()


def open_quote_holders(
    conn: Connection, subscription_ids: Iterable[str], today: date, exclude: Iterable[str] = ()
) -> dict[str, str]:
    """subscription id -> the first open (DRAFT or unexpired QUOTED) quote holding it.

    Quotes in ``exclude`` (the quote being edited, the one a copy replaces) do not count.
    """
    skip = set(exclude)
    ids = list(dict.fromkeys(subscription_ids))
    result: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        stmt = open_quote_lines(today).where(_L.c.subscription_id.in_(ids[start : start + _CHUNK]))
        for sub_id, number in conn.execute(stmt):
            if number not in skip:
                result.setdefault(sub_id, number)
    return result


def automatic_quote_exists(conn: Connection, subscription_id: str, line_start: date) -> bool:
    """Whether an automatic quote (any status) already renews this term of the subscription.

    An automatic quote is made once per renewal: after the partner cancels it or
    a newer quote replaces it, the next day's run must not make it again.
    """
    stmt = (
        select(_Q.c.number)
        .join(_L, _L.c.quote_number == _Q.c.number)
        .where(
            _Q.c.origin == QuoteOrigin.AUTOMATIC.value,
            _L.c.subscription_id == subscription_id,
            _L.c.start_date == line_start,
        )
        .limit(1)
    )
    return conn.execute(stmt).first() is not None


def auto_quote_candidates(
    conn: Connection, first: date, last: date, terms: Iterable[Term]
) -> list[Subscription]:
    """Subscriptions with auto-renew off, one of ``terms``, renewing between the two dates."""
    stmt = _SUB_SELECT.where(
        _SUBS.c.renewal_date >= first,
        _SUBS.c.renewal_date <= last,
        _SUBS.c.auto_renew.is_(False),
        _SUBS.c.term.in_([t.value for t in terms]),
    ).order_by(_SUBS.c.renewal_date, _SUBS.c.subscription_id)
    return [subscription_from_row(r) for r in conn.execute(stmt)]


class QuoteRepository:
    """Read-only quote queries, each its own short transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def all(self) -> list[Quote]:
        """Every quote, newest number first, with the stored status."""
        with self._engine.begin() as conn:
            return load_quotes(conn)

    def get(self, number: str) -> Quote | None:
        with self._engine.begin() as conn:
            return load_quote(conn, number)

    def pdf(self, number: str) -> bytes | None:
        with self._engine.begin() as conn:
            return load_pdf(conn, number)


# --- what the quote builder needs, read in the caller's transaction -------------------

_AUTO_RENEW_ACTIONS = ("auto_renew_on", "auto_renew_off")


def load_subscriptions(conn: Connection, ids: Iterable[str]) -> dict[str, Subscription]:
    """subscription id -> subscription, for the ids that exist."""
    return subscriptions_by_id(conn, ids)


def load_customer(conn: Connection, csn: str) -> Customer:
    """The cached customer (a bare one with only the CSN if the row is missing)."""
    row = conn.execute(select(_CUSTOMERS).where(_CUSTOMERS.c.csn == csn)).first()
    if row is None:
        return Customer(csn=csn)
    return customer_from_row(cast(Any, row))  # a Core row has the ORM row's attribute names


def load_partner(conn: Connection, partner_csn: str) -> Partner | None:
    """The reseller, or ``None`` for a direct quote."""
    if not partner_csn:
        return None
    t = _PARTNERS
    row = conn.execute(
        select(t.c.partner_csn, t.c.name, t.c.email).where(t.c.partner_csn == partner_csn)
    ).first()
    return Partner(row[0], row[1] or "", row[2] or "") if row else Partner(partner_csn)


def load_prices(conn: Connection, offering_codes: Iterable[str]) -> dict[PriceKey, Decimal]:
    """(offering code, term, currency) -> unit price, for these offering codes only."""
    t = _PRICES
    codes = list(set(offering_codes))
    if not codes:
        return {}
    stmt = select(t.c.offering_code, t.c.term, t.c.currency, t.c.unit_price).where(
        t.c.offering_code.in_(codes)
    )
    return {(r[0], _TERM[r[1]], r[2]): r[3] for r in conn.execute(stmt)}


def load_campaigns(conn: Connection, on: date) -> list[Campaign]:
    """The campaigns valid on ``on`` (the builder still checks product, term and currency)."""
    t = _CAMPAIGNS
    stmt = select(t).where(t.c.valid_from <= on, t.c.valid_to >= on).order_by(t.c.code)
    return [campaign_from_row(r) for r in conn.execute(stmt)]


def customer_pays_by_invoice(conn: Connection, csn: str) -> bool:
    """Whether some subscription of this customer already pays by invoice (NEW_CREDIT_LINE)."""
    stmt = (
        select(_SUBS.c.subscription_id)
        .where(_SUBS.c.customer_csn == csn, _SUBS.c.payment_method == PaymentMethod.INVOICE.value)
        .limit(1)
    )
    return conn.execute(stmt).first() is not None


def auto_renew_fixed(
    conn: Connection, subs: Iterable[Subscription], reason: str, window_days: int
) -> frozenset[str]:
    """Subscriptions whose auto-renew the review's one-click fix turned off in this renewal window.

    The latest auto-renew event of the subscription must be that fix (a later bulk
    "on" or "off" wins), made no earlier than the window opened (renewal date -
    ``window_days``), and auto-renew must still be off.
    """
    candidates = {s.subscription_id: s for s in subs if not s.auto_renew}
    if not candidates:
        return frozenset()
    a = _AUDIT
    latest: dict[str, tuple[Any, str, str]] = {}
    ids = list(candidates)
    for start in range(0, len(ids), _CHUNK):
        stmt = (
            select(a.c.subscription_id, a.c.time, a.c.id, a.c.action, a.c.details)
            .where(a.c.subscription_id.in_(ids[start : start + _CHUNK]))
            .where(a.c.action.in_(_AUTO_RENEW_ACTIONS))
            .order_by(a.c.time, a.c.id)
        )
        for sid, time, _id, action, details in conn.execute(stmt):
            latest[sid] = (time, action, details)
    fixed = set()
    for sid, (time, action, details) in latest.items():
        opens = candidates[sid].renewal_date - timedelta(days=window_days)
        if action == "auto_renew_off" and details == reason and time.date() >= opens:
            fixed.add(sid)
    return frozenset(fixed)


def write_renewals(conn: Connection, renewed: Iterable[Subscription]) -> None:
    """Store each subscription's new renewal date, seats, term and status (Buy)."""
    for sub in renewed:
        conn.execute(
            update(_SUBS)
            .where(_SUBS.c.subscription_id == sub.subscription_id)
            .values(
                renewal_date=sub.renewal_date,
                seats=sub.seats,
                term=str(sub.term),
                status=str(sub.status),
            )
        )
