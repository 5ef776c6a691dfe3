"""Display text for enum values, money and dates, translated at call time.

Kept in one place so every table, form and dialog says "Annual" and
"Credit card" the same way, and Qt Linguist finds each string once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication, QLocale

from renewdesk.domain import (
    OfferingType,
    OutboxStatus,
    PaymentMethod,
    QuoteOrigin,
    QuoteStatus,
    SubscriptionStatus,
    Term,
)

_CTX = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def term_label(term: Term | str) -> str:
    return {
        "monthly": _t("Monthly"),
        "annual": _t("Annual"),
        "three_year": _t("3 years"),
    }.get(str(term), str(term))


def status_label(status: SubscriptionStatus | str) -> str:
    return {
        "active": _t("Active"),
        "expired": _t("Expired"),
        "suspended": _t("Suspended"),
        "canceled": _t("Canceled"),
        "trial": _t("Trial"),
        "inactive": _t("Inactive"),
    }.get(str(status), str(status))


def payment_label(method: PaymentMethod | str) -> str:
    return {
        "credit_card": _t("Credit card"),
        "paypal": _t("PayPal"),
        "invoice": _t("Invoice"),
        "direct_debit": _t("Direct debit"),
        "partner": _t("Through partner"),
    }.get(str(method), str(method))


def offering_label(kind: OfferingType | str) -> str:
    return {
        "standard": _t("Standard"),
        "flex": _t("Flex"),
        "success_plan": _t("Success plan"),
        "trial": _t("Trial"),
    }.get(str(kind), str(kind))


def quote_status_label(status: QuoteStatus | str) -> str:
    return {
        "DRAFT": _t("Draft"),
        "QUOTED": _t("Quoted"),
        "ORDERED": _t("Ordered"),
        "EXPIRED": _t("Expired"),
        "SUPERSEDED": _t("Superseded"),
        "CANCELLED": _t("Cancelled"),
    }.get(str(status), str(status))


def origin_label(origin: QuoteOrigin | str) -> str:
    return {
        "manual": _t("Manual"),
        "single": _t("Single"),
        "automatic": _t("Automatic"),
    }.get(str(origin), str(origin))


def outbox_status_label(status: OutboxStatus | str) -> str:
    return {
        "queued": _t("Queued"),
        "sending": _t("Sending"),
        "sent": _t("Sent"),
        "failed": _t("Failed"),
    }.get(str(status), str(status))


def partner_label(partner_csn: str) -> str:
    return partner_csn or _t("Direct")


def babel_locale() -> str:
    """The reader's locale for Babel (``en_US``, ``sv_SE``...)."""
    name = QLocale().name()
    return name if name and name != "C" else "en_US"


def money(amount: Decimal | None, currency: str) -> str:
    """``amount`` in ``currency`` as the reader writes money; "–" when unknown."""
    if amount is None:
        return "–"
    try:
        return str(format_currency(amount, currency, locale=babel_locale()))
    except Exception:  # an unknown currency code still shows something sensible
        return f"{amount:,.2f} {currency}"


def day(value: date | datetime | None) -> str:
    """Dates are shown as ISO (the portal export's format, sortable by eye)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
