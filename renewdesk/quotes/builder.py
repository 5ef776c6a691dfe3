"""Build a priced quote draft from a selection plus the review's edits (pure, no I/O).

The service loads the inputs (subscriptions, customer, prices, campaigns, open
quotes) and calls :func:`build_preview`; the result is a domain :class:`Quote`
(number "" until saved) together with every rule finding, SPEC 1.1 per
subscription and 1.2 for the quote, so one call answers "what would this quote
be, and may it be made".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType

from renewdesk.domain import (
    Campaign,
    Customer,
    PaymentMethod,
    Quote,
    QuoteKind,
    QuoteLine,
    QuoteOrigin,
    QuoteStatus,
    Subscription,
    Term,
)
from renewdesk.lazy_text import tr_later
from renewdesk.quotes.dates import line_period, quote_expiry
from renewdesk.quotes.errors import QuoteError
from renewdesk.quotes.language import default_quote_language
from renewdesk.quotes.pricing import (
    PriceKey,
    best_campaign,
    price_line,
    quote_totals,
    round_money,
    unit_price_for,
)
from renewdesk.rules import Limits, LineDraft, QuoteDraft, check_quote, evaluate_subscription
from renewdesk.rules.codes import Code, Finding, Severity
from renewdesk.value_labels import field_label


class InvalidEditError(QuoteError):
    """An edit the review cannot hold (seats below 1, an edit for a line not selected)."""


@dataclass(frozen=True)
class QuoteRequest:
    """A selection of subscriptions plus what the admin chose in the review.

    ``seats`` and ``terms`` are per subscription id (seats may only go down: more
    is reported as SEATS_ADDED). ``unticked`` lines stay out of the quote.
    ``recipients`` are the extra recipients besides the customer's buyer.
    ``customer`` replaces the cached customer details on this quote only (the
    customer number cannot change). ``payment_method`` defaults from the
    subscriptions; ``origin`` defaults to ``single`` for one subscription, else
    ``manual``.
    """

    subscription_ids: tuple[str, ...]
    seats: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    terms: Mapping[str, Term] = field(default_factory=lambda: MappingProxyType({}))
    unticked: frozenset[str] = frozenset()
    recipients: tuple[str, ...] = ()
    customer: Customer | None = None
    language: str = "en"
    payment_method: PaymentMethod | None = None
    origin: QuoteOrigin | None = None
    # The version of the customer's details ``customer`` was typed over (the review read
    # it with them); saving refuses when another admin saved the customer since.
    customer_version: int | None = None

    def included(self) -> tuple[str, ...]:
        """The selected ids still ticked, in selection order, each once."""
        return tuple(i for i in dict.fromkeys(self.subscription_ids) if i not in self.unticked)


@dataclass(frozen=True, slots=True)
class QuoteInputs:
    """What the builder needs from the cache, loaded by the repository in one transaction."""

    subscriptions: Sequence[Subscription]  # the included ones, in selection order
    customer: Customer  # the cached details of the subscriptions' (first) customer
    prices: Mapping[PriceKey, Decimal]
    campaigns: Sequence[Campaign]
    open_quotes: Mapping[str, str]  # subscription id -> another open quote holding it
    customer_pays_by_invoice: bool
    auto_renew_fixed: frozenset[str] = frozenset()  # turned off by the one-click fix


@dataclass(frozen=True, slots=True)
class QuotePreview:
    """The priced quote and every finding about it; nothing is saved."""

    quote: Quote
    findings: tuple[Finding, ...]  # per subscription (with "subscription") then per quote
    missing_prices: frozenset[str] = frozenset()  # line subscription ids with no price
    percent_off: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocks)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARN)

    @property
    def ok(self) -> bool:
        """No blocking finding: the quote may be saved and sent."""
        return not any(f.blocks for f in self.findings)

    @property
    def auto_renew_must_be_off(self) -> tuple[str, ...]:
        """Subscription ids the one-click fix would turn auto-renew off for ("" none)."""
        for f in self.findings:
            if f.code is Code.AUTO_RENEW_MUST_BE_OFF:
                return tuple(f.params.get("subscriptions", ()))
        return ()

    def for_subscription(self, subscription_id: str) -> tuple[Finding, ...]:
        """The findings that name one subscription."""
        return tuple(f for f in self.findings if f.params.get("subscription") == subscription_id)


# The note is stored on the quote in its own language (the PDF prints it as is), so
# it is chosen here by the quote's language rather than the app's current one.
AUTO_RENEW_NOTES = {
    "en": "Auto-renew was turned off for {ids}.",
    "sv": "Automatisk förnyelse stängdes av för {ids}.",
}


def auto_renew_note(ids: Sequence[str], language: str = "en") -> str:
    """The rule note the PDF prints after the one-click fix ("" when nothing was turned off)."""
    if not ids:
        return ""
    template = AUTO_RENEW_NOTES.get(language[:2].lower(), AUTO_RENEW_NOTES["en"])
    return template.format(ids=", ".join(ids))


def _validate_edits(request: QuoteRequest, max_seats: int) -> None:
    selected = set(request.subscription_ids)
    for kind, edits in (("seats", request.seats), ("term", request.terms)):
        stray = sorted(set(edits) - selected)
        if stray:
            raise InvalidEditError(
                tr_later("QuoteErrors", "{kind} given for what is not in the quote: {ids}").format(
                    kind=field_label(kind), ids=", ".join(stray)
                )
            )
    low = sorted(i for i, n in request.seats.items() if n < 1)
    if low:
        raise InvalidEditError(
            tr_later(
                "QuoteErrors", "seats must be at least 1 (untick the line instead): {ids}"
            ).format(ids=", ".join(low))
        )
    # Past the bound an import takes, the price's digits would overflow the money maths.
    high = sorted(i for i, n in request.seats.items() if n > max_seats)
    if high:
        raise InvalidEditError(
            tr_later(
                "QuoteErrors",
                "seats can be at most {limit} (the most one subscription may have): {ids}",
            ).format(limit=f"{max_seats:,}", ids=", ".join(high))
        )


def build_preview(
    request: QuoteRequest,
    inputs: QuoteInputs,
    *,
    created: datetime,
    validity_days: int,
    limits: Limits,
    number: str = "",
    supersedes: str = "",
) -> QuotePreview:
    """Price the request's lines and run every rule, as of ``created``'s date."""
    _validate_edits(request, limits.max_seats)
    today = created.date()
    subs = list(inputs.subscriptions)
    first = subs[0] if subs else None
    currency = first.currency if first else ""
    method = request.payment_method or (first.payment_method if first else PaymentMethod.INVOICE)
    customer = replace(request.customer or inputs.customer, csn=inputs.customer.csn)
    # "" asks for the customer's language (a Swedish customer gets a Swedish quote).
    language = request.language or default_quote_language(customer)

    findings: list[Finding] = []
    line_drafts: list[LineDraft] = []
    lines: list[QuoteLine] = []
    prices = []
    missing: set[str] = set()
    percents: dict[str, Decimal] = {}
    for sub in subs:
        sid = sub.subscription_id
        open_quote = inputs.open_quotes.get(sid, "")
        for f in evaluate_subscription(sub, today, open_quote, limits):
            findings.append(Finding(f.code, {**f.params, "subscription": sid}))
        seats = request.seats.get(sid, sub.seats)
        term = request.terms.get(sid, sub.term)
        start, end = line_period(sub.renewal_date, term)
        unit = unit_price_for(inputs.prices, sub.offering_code, term, currency)
        line_drafts.append(LineDraft(sub, seats, term, start, unit))
        if unit is None:
            missing.add(sid)
        campaign = best_campaign(inputs.campaigns, sub.offering_code, term, currency, today)
        price = price_line(unit if unit is not None else Decimal(0), seats, currency, campaign)
        prices.append(price)
        percents[sid] = price.percent_off
        lines.append(
            QuoteLine(
                subscription_id=sid,
                product_name=sub.product_name,
                offering_code=sub.offering_code,
                term=term,
                seats=seats,
                start_date=start,
                end_date=end,
                unit_price=price.unit_price,
                campaign_code=price.campaign_code,
                discount=price.discount,
                line_total=price.line_total,
                changes_subscription=line_drafts[-1].changes_subscription,
            )
        )
    totals = quote_totals(prices, currency or "USD")
    draft = QuoteDraft(
        lines=line_drafts,
        currency=currency,
        payment_method=method,
        total=totals.total,
        buyer_email=customer.buyer_email,
        recipients=request.recipients,
        kind=QuoteKind.RENEWAL,
        customer_pays_by_invoice=inputs.customer_pays_by_invoice,
    )
    findings += check_quote(draft, limits)

    earliest = min((s.renewal_date for s in subs), default=None)
    expires = (
        quote_expiry(today, validity_days, earliest, limits.days_after_renewal)
        if earliest
        else quote_expiry(today, validity_days, today, validity_days)
    )
    fixed = [s.subscription_id for s in subs if s.subscription_id in inputs.auto_renew_fixed]
    origin = request.origin or (QuoteOrigin.SINGLE if len(subs) == 1 else QuoteOrigin.MANUAL)
    quote = Quote(
        number=number,
        kind=QuoteKind.RENEWAL,
        origin=origin,
        status=QuoteStatus.DRAFT,
        customer=customer,
        partner_csn=first.partner_csn if first else "",
        currency=currency,
        payment_method=method,
        created=created,
        sent=None,
        expires=expires,
        lines=tuple(lines),
        recipients=tuple(r.strip() for r in request.recipients if r.strip()),
        subtotal=totals.subtotal,
        discount=totals.discount,
        total=round_money(totals.total, currency or "USD"),
        language=language,
        supersedes=supersedes,
        note=auto_renew_note(fixed, language),
    )
    return QuotePreview(quote, tuple(findings), frozenset(missing), MappingProxyType(percents))


def make_request(
    subscription_ids: Iterable[str],
    *,
    seats: Mapping[str, int] | None = None,
    terms: Mapping[str, Term | str] | None = None,
    unticked: Iterable[str] = (),
    recipients: Iterable[str] = (),
    customer: Customer | None = None,
    language: str = "en",
    payment_method: PaymentMethod | str | None = None,
    origin: QuoteOrigin | None = None,
    customer_version: int | None = None,
) -> QuoteRequest:
    """A :class:`QuoteRequest` from plain values; terms and payment method may be text."""
    parsed_terms: dict[str, Term] = {}
    for sid, value in (terms or {}).items():
        try:
            parsed_terms[sid] = Term(value)
        except ValueError:
            choices = ", ".join(t.value for t in Term)
            raise InvalidEditError(
                tr_later(
                    "QuoteErrors", "{subscription}: unknown term {value} (use {choices})"
                ).format(subscription=sid, value=repr(value), choices=choices)
            ) from None
    try:
        method = PaymentMethod(payment_method) if payment_method else None
    except ValueError:
        raise InvalidEditError(
            tr_later("QuoteErrors", "unknown payment method {value}").format(
                value=repr(payment_method)
            )
        ) from None
    return QuoteRequest(
        subscription_ids=tuple(s.strip() for s in subscription_ids if s.strip()),
        seats=MappingProxyType(dict(seats or {})),
        terms=MappingProxyType(parsed_terms),
        unticked=frozenset(unticked),
        recipients=tuple(recipients),
        customer=customer,
        language=language,
        payment_method=method,
        origin=origin,
        customer_version=customer_version,
    )


def request_from_quote(quote: Quote, **changes: object) -> QuoteRequest:
    """The request that rebuilds ``quote`` (for editing a draft or copying a sent quote)."""
    values: dict[str, object] = {
        "subscription_ids": tuple(line.subscription_id for line in quote.lines),
        "seats": MappingProxyType({ln.subscription_id: ln.seats for ln in quote.lines}),
        "terms": MappingProxyType({ln.subscription_id: ln.term for ln in quote.lines}),
        "recipients": quote.recipients,
        "customer": quote.customer,
        "language": quote.language,
        "payment_method": quote.payment_method,
        "origin": quote.origin,
    }
    values.update(changes)
    return QuoteRequest(**values)  # type: ignore[arg-type]
