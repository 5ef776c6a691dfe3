"""Plain values every layer shares: the enums of SPEC section 2 and frozen row dataclasses.

Nothing here touches Qt, SQLAlchemy or the clock. Repositories return these
dataclasses; the rules take them; the UI shows them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


class OfferingType(enum.StrEnum):
    STANDARD = "standard"
    FLEX = "flex"
    SUCCESS_PLAN = "success_plan"
    TRIAL = "trial"


class PaymentMethod(enum.StrEnum):
    CREDIT_CARD = "credit_card"
    PAYPAL = "paypal"
    INVOICE = "invoice"
    DIRECT_DEBIT = "direct_debit"
    PARTNER = "partner"


class Term(enum.StrEnum):
    MONTHLY = "monthly"
    ANNUAL = "annual"
    THREE_YEAR = "three_year"

    @property
    def months(self) -> int:
        return {"monthly": 1, "annual": 12, "three_year": 36}[self.value]


class SubscriptionStatus(enum.StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    SUSPENDED = "suspended"
    CANCELED = "canceled"
    TRIAL = "trial"
    INACTIVE = "inactive"


class QuoteKind(enum.StrEnum):
    RENEWAL = "renewal"
    NEW = "new"
    COTERM = "coterm"


class QuoteOrigin(enum.StrEnum):
    MANUAL = "manual"
    SINGLE = "single"
    AUTOMATIC = "automatic"


class QuoteStatus(enum.StrEnum):
    DRAFT = "DRAFT"
    QUOTED = "QUOTED"
    ORDERED = "ORDERED"
    EXPIRED = "EXPIRED"
    SUPERSEDED = "SUPERSEDED"
    CANCELLED = "CANCELLED"


class OutboxStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Address:
    line1: str = ""
    line2: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""


@dataclass(frozen=True, slots=True)
class Customer:
    csn: str
    company_name: str = ""
    address: Address = field(default_factory=Address)
    vat_number: str = ""
    buyer_name: str = ""
    buyer_email: str = ""
    buyer_phone: str = ""


@dataclass(frozen=True, slots=True)
class Partner:
    partner_csn: str
    name: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class Subscription:
    subscription_id: str
    contract_number: str
    product_name: str
    offering_code: str
    offering_type: OfferingType
    customer_csn: str
    partner_csn: str  # "" for direct
    currency: str
    payment_method: PaymentMethod
    term: Term
    seats: int
    start_date: date
    renewal_date: date
    status: SubscriptionStatus
    auto_renew: bool
    team: str = ""

    @property
    def is_direct(self) -> bool:
        return not self.partner_csn


@dataclass(frozen=True, slots=True)
class PriceEntry:
    offering_code: str
    term: Term
    currency: str
    unit_price: Decimal


@dataclass(frozen=True, slots=True)
class Campaign:
    code: str
    name: str
    percent_off: Decimal
    valid_from: date
    valid_to: date
    offering_codes: tuple[str, ...] = ()  # empty = all
    terms: tuple[Term, ...] = ()
    currencies: tuple[str, ...] = ()

    def applies(self, offering_code: str, term: Term, currency: str, on: date) -> bool:
        """Whether this campaign covers a line on the given quote date."""
        return (
            self.valid_from <= on <= self.valid_to
            and (not self.offering_codes or offering_code in self.offering_codes)
            and (not self.terms or term in self.terms)
            and (not self.currencies or currency in self.currencies)
        )


@dataclass(frozen=True, slots=True)
class QuoteLine:
    subscription_id: str
    product_name: str
    offering_code: str
    term: Term
    seats: int
    start_date: date
    end_date: date
    unit_price: Decimal
    campaign_code: str  # "" when none applies
    discount: Decimal
    line_total: Decimal
    changes_subscription: bool


@dataclass(frozen=True, slots=True)
class Quote:
    number: str
    kind: QuoteKind
    origin: QuoteOrigin
    status: QuoteStatus
    customer: Customer  # snapshot; frozen at send
    partner_csn: str
    currency: str
    payment_method: PaymentMethod
    created: datetime
    sent: datetime | None
    expires: date
    lines: tuple[QuoteLine, ...]
    recipients: tuple[str, ...]
    subtotal: Decimal
    discount: Decimal
    total: Decimal
    language: str = "en"
    superseded_by: str = ""
    supersedes: str = ""
    note: str = ""
    # The stored row's version (issue 13): a save names it, so two admins' saves of one
    # draft cannot overwrite each other (``renewdesk.store.versions``).
    version: int = 1
    created_by: str = ""  # the admin who made it ("" before team mode)
    sent_by: str = ""  # the admin who sent it ("" while a draft)


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    id: int
    quote_number: str
    message_id: str
    status: OutboxStatus
    attempts: int
    last_error: str
    created: datetime
    updated: datetime
    next_attempt: datetime | None
    recipients: tuple[str, ...]
    queued_by: str = ""  # the admin whose account sends it


@dataclass(frozen=True, slots=True)
class AuditEvent:
    id: int
    time: datetime
    os_user: str
    quote_number: str
    subscription_id: str
    action: str
    details: str
    db_user: str = ""  # "" on events from before team mode
    host: str = ""


# The page sizes a quote PDF can take ("auto": by the customer's country).
PAGE_SIZE_CHOICES = ("auto", "A4", "Letter")


@dataclass(frozen=True, slots=True)
class Seller:
    """Who prepared the quote (the Settings profile); printed on the PDF when given."""

    company: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""

    def lines(self) -> list[str]:
        return [v for v in (self.company, self.name, self.email, self.phone) if v]
