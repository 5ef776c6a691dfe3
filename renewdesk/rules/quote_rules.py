"""SPEC 1.2: the rules one quote (a selection plus the review's edits) must pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from renewdesk.domain import PaymentMethod, QuoteKind, Subscription, Term
from renewdesk.rules.codes import Code, Finding
from renewdesk.rules.limits import Limits, default_limits

CARD_METHODS = frozenset({PaymentMethod.CREDIT_CARD, PaymentMethod.PAYPAL})


@dataclass(frozen=True, slots=True)
class LineDraft:
    """One line as the review has it: the subscription and what the admin chose."""

    subscription: Subscription
    seats: int
    term: Term
    start_date: date
    unit_price: Decimal | None  # None: the price book has no price for it
    kind: QuoteKind = QuoteKind.RENEWAL

    @property
    def changes_subscription(self) -> bool:
        """Fewer seats or another term than the subscription has now."""
        return self.seats != self.subscription.seats or self.term != self.subscription.term


@dataclass(frozen=True, slots=True)
class QuoteDraft:
    """Everything the per-quote rules look at, as plain values."""

    lines: Sequence[LineDraft]
    currency: str
    payment_method: PaymentMethod
    total: Decimal = Decimal(0)
    buyer_email: str = ""
    recipients: Sequence[str] = ()
    kind: QuoteKind = QuoteKind.RENEWAL
    customer_pays_by_invoice: bool = False  # some subscription of the customer already does


def is_valid_email(address: str) -> bool:
    """Offline syntax check of one address (no DNS)."""
    # Imported here: email_validator loads its DNS and asyncio support with it
    # (~0.1 s), which ``renewdesk check`` and the window's first paint never need.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def _distinct(values: Sequence[str]) -> list[str]:
    return sorted(set(values))


def _mixing_findings(draft: QuoteDraft) -> list[Finding]:
    subs = [line.subscription for line in draft.lines]
    findings: list[Finding] = []
    for code, values in (
        (Code.MIXED_CUSTOMER, [s.customer_csn for s in subs]),
        (Code.MIXED_CURRENCY, [s.currency for s in subs]),
        (Code.MIXED_PAYMENT_METHOD, [str(s.payment_method) for s in subs]),
    ):
        distinct = _distinct(values)
        if len(distinct) > 1:
            findings.append(Finding(code, {"values": distinct}))
    partners = _distinct([s.partner_csn for s in subs])
    if len(partners) > 1 and any(partners):
        findings.append(Finding(Code.MIXED_PARTNER, {"values": partners}))
    if draft.kind is QuoteKind.RENEWAL:
        foreign = [ln.subscription.subscription_id for ln in draft.lines if ln.kind != draft.kind]
        if foreign:
            findings.append(Finding(Code.MIXED_QUOTE_TYPE, {"subscriptions": foreign}))
    return findings


def _line_findings(draft: QuoteDraft, lim: Limits) -> list[Finding]:
    findings: list[Finding] = []
    partner_involved = any(line.subscription.partner_csn for line in draft.lines)
    must_turn_off: list[str] = []
    for line in draft.lines:
        sub = line.subscription
        if line.seats > sub.seats:
            findings.append(
                Finding(
                    Code.SEATS_ADDED,
                    {
                        "subscription": sub.subscription_id,
                        "seats": line.seats,
                        "current": sub.seats,
                    },
                )
            )
        if sub.currency != draft.currency:
            findings.append(
                Finding(
                    Code.CURRENCY_CHANGE,
                    {
                        "subscription": sub.subscription_id,
                        "currency": sub.currency,
                        "quote_currency": draft.currency,
                    },
                )
            )
        latest_start = sub.renewal_date + timedelta(days=1)
        if line.start_date > latest_start:
            findings.append(
                Finding(
                    Code.FUTURE_START_DATE,
                    {
                        "subscription": sub.subscription_id,
                        "start": line.start_date.isoformat(),
                        "latest": latest_start.isoformat(),
                    },
                )
            )
        if line.unit_price is None:
            findings.append(
                Finding(
                    Code.PRICE_MISSING,
                    {
                        "subscription": sub.subscription_id,
                        "offering_code": sub.offering_code,
                        "term": str(line.term),
                        "currency": draft.currency,
                    },
                )
            )
        if sub.auto_renew and (line.changes_subscription or partner_involved):
            must_turn_off.append(sub.subscription_id)
    if must_turn_off:
        findings.append(
            Finding(
                Code.AUTO_RENEW_MUST_BE_OFF,
                {"subscriptions": must_turn_off, "count": len(must_turn_off)},
            )
        )
    return findings


def _recipient_findings(draft: QuoteDraft, lim: Limits) -> list[Finding]:
    findings: list[Finding] = []
    extra = [r.strip() for r in draft.recipients if r.strip()]
    if len(extra) > lim.max_extra_recipients:
        findings.append(
            Finding(
                Code.TOO_MANY_RECIPIENTS, {"count": len(extra), "max": lim.max_extra_recipients}
            )
        )
    everyone = ([draft.buyer_email.strip()] if draft.buyer_email.strip() else []) + extra
    for address in everyone:
        if not is_valid_email(address):
            findings.append(Finding(Code.INVALID_RECIPIENT, {"address": address}))
    seen: set[str] = set()
    reported: set[str] = set()
    for address in everyone:
        key = address.casefold()
        if key in seen and key not in reported:
            findings.append(Finding(Code.DUPLICATE_RECIPIENT, {"address": address}))
            reported.add(key)
        seen.add(key)
    return findings


def check_quote(draft: QuoteDraft, limits: Limits | None = None) -> list[Finding]:
    """Every 1.2 finding for the draft, in the order SPEC 1.2 lists the codes."""
    lim = limits or default_limits()
    if not draft.lines:
        return [Finding(Code.EMPTY_QUOTE), *_recipient_findings(draft, lim)]
    findings = _mixing_findings(draft)
    if len(draft.lines) > lim.max_lines:
        findings.append(
            Finding(Code.TOO_MANY_LINES, {"count": len(draft.lines), "max": lim.max_lines})
        )
    findings += _line_findings(draft, lim)
    if draft.payment_method is PaymentMethod.INVOICE and not draft.customer_pays_by_invoice:
        findings.append(Finding(Code.NEW_CREDIT_LINE))
    ceiling = lim.card_ceiling.get(draft.currency)
    if draft.payment_method in CARD_METHODS and ceiling is not None and draft.total > ceiling:
        findings.append(
            Finding(
                Code.CARD_LIMIT,
                {"total": str(draft.total), "ceiling": str(ceiling), "currency": draft.currency},
            )
        )
    findings += _recipient_findings(draft, lim)
    order = list(Code)
    return sorted(findings, key=lambda f: order.index(f.code))
