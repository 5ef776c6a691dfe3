"""Display text for enum values, money and dates, translated at call time.

Kept in one place so every table, form and dialog says "Annual" and
"Credit card" the same way, and Qt Linguist finds each string once.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from renewdesk.domain import OutboxStatus, QuoteOrigin, QuoteStatus
from renewdesk.i18n import TrContext, current_language
from renewdesk.pdf import formatting
from renewdesk.value_labels import (
    field_label,
    offering_label,
    payment_label,
    payment_short_label,
    status_label,
    term_label,
)


class Labels(TrContext):
    """The translation context of these labels (the same as value_labels' texts)."""


# The window's labels in one import: the stored values' words come from value_labels.
__all__ = [
    "Labels",
    "audit_action_label",
    "day",
    "field_label",
    "money",
    "offering_label",
    "origin_label",
    "outbox_status_label",
    "partner_label",
    "payment_label",
    "payment_short_label",
    "quote_status_label",
    "status_label",
    "term_label",
]


def quote_status_label(status: QuoteStatus | str) -> str:
    return {
        "DRAFT": Labels.tr("Draft"),
        "QUOTED": Labels.tr("Quoted"),
        "ORDERED": Labels.tr("Ordered"),
        "EXPIRED": Labels.tr("Expired"),
        "SUPERSEDED": Labels.tr("Superseded"),
        "CANCELLED": Labels.tr("Cancelled"),
    }.get(str(status), str(status))


def origin_label(origin: QuoteOrigin | str) -> str:
    return {
        "manual": Labels.tr("Manual"),
        "single": Labels.tr("Single"),
        "automatic": Labels.tr("Automatic"),
    }.get(str(origin), str(origin))


def outbox_status_label(status: OutboxStatus | str) -> str:
    return {
        "queued": Labels.tr("Queued"),
        "sending": Labels.tr("Sending"),
        "sent": Labels.tr("Sent"),
        "failed": Labels.tr("Failed"),
    }.get(str(status), str(status))


def partner_label(partner_csn: str) -> str:
    return partner_csn or Labels.tr("Direct")


def money(amount: Decimal | None, currency: str, language: str | None = None) -> str:
    """``amount`` in ``currency`` as the window's language writes money; "–" when unknown.

    The same formatter as the quote PDF and email (``pdf.formatting.money``), so the
    review, the Quotes table and the PDF agree: ``SEK 12,345.00`` / ``12 345,00 kr``.
    """
    if amount is None:
        return "–"
    try:
        return formatting.money(amount, currency, language or current_language())
    except Exception:  # an unknown currency code still shows something sensible
        return f"{amount:,.2f} {currency}"


def day(value: date | datetime | None) -> str:
    """Dates are shown as ISO (the portal export's format, sortable by eye)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def audit_action_label(action: str) -> str:
    """An audit trail action code (``email_queued``) as the admin reads it."""
    return {
        "created": Labels.tr("Created"),
        "edited": Labels.tr("Edited"),
        "customer_edited": Labels.tr("Customer details edited"),
        "customer_saved": Labels.tr("Customer details saved for later quotes"),
        "discarded": Labels.tr("Discarded"),
        "sent": Labels.tr("Sent", "the quote, in the audit trail"),
        "resent": Labels.tr("Sent again"),
        "ordered": Labels.tr("Bought"),
        "copied": Labels.tr("Copied to a new quote"),
        "superseded": Labels.tr("Replaced by a new quote"),
        "cancelled": Labels.tr("Cancelled"),
        "cancellation_recorded": Labels.tr("Cancellation by partner recorded"),
        "renewed": Labels.tr("Renewed"),
        "email_queued": Labels.tr("Email queued"),
        "email_sending": Labels.tr("Email being sent"),
        "email_sent": Labels.tr("Email sent"),
        "email_retry_scheduled": Labels.tr("Email to be retried"),
        "email_retry_now": Labels.tr("Email retry requested"),
        "email_requeued": Labels.tr("Email queued again"),
        "email_failed": Labels.tr("Email failed"),
    }.get(action, action)
