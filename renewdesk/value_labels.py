"""Words for stored values (``flex``, ``credit_card``, ``annual``) and field names.

Qt-free (the texts are :func:`~renewdesk.lazy_text.tr_later` literals, translated
when each function returns), so the rule sentences (:mod:`renewdesk.messages`), the
quote layer's audit details, the command line and the window all say "Flex" and
"Credit card" rather than the raw value, and "Customer number (CSN)" rather than
``customer_csn``. The window's :mod:`renewdesk.ui.labels` re-exports these.
"""

from __future__ import annotations

from renewdesk.domain import OfferingType, PaymentMethod, SubscriptionStatus, Term
from renewdesk.lazy_text import tr_later


def term_label(term: Term | str) -> str:
    return {
        "monthly": str(tr_later("Labels", "Monthly")),
        "annual": str(tr_later("Labels", "Annual")),
        "three_year": str(tr_later("Labels", "3 years")),
    }.get(str(term), str(term))


def status_label(status: SubscriptionStatus | str) -> str:
    return {
        "active": str(tr_later("Labels", "Active")),
        "expired": str(tr_later("Labels", "Expired")),
        "suspended": str(tr_later("Labels", "Suspended")),
        "canceled": str(tr_later("Labels", "Canceled")),
        "trial": str(tr_later("Labels", "Trial")),
        "inactive": str(tr_later("Labels", "Inactive")),
    }.get(str(status), str(status))


def payment_label(method: PaymentMethod | str) -> str:
    return {
        "credit_card": str(tr_later("Labels", "Credit card")),
        "paypal": str(tr_later("Labels", "PayPal")),
        "invoice": str(tr_later("Labels", "Invoice")),
        "direct_debit": str(tr_later("Labels", "Direct debit")),
        "partner": str(tr_later("Labels", "Through partner")),
    }.get(str(method), str(method))


def payment_short_label(method: PaymentMethod | str) -> str:
    """The payment method in a narrow table column ("Card", "Partner")."""
    return {
        "credit_card": str(tr_later("Labels", "Card")),
        "paypal": str(tr_later("Labels", "PayPal")),
        "invoice": str(tr_later("Labels", "Invoice")),
        "direct_debit": str(tr_later("Labels", "Direct debit")),
        "partner": str(tr_later("Labels", "Partner")),
    }.get(str(method), str(method))


def offering_label(kind: OfferingType | str) -> str:
    return {
        "standard": str(tr_later("Labels", "Standard")),
        "flex": str(tr_later("Labels", "Flex")),
        "success_plan": str(tr_later("Labels", "Success plan")),
        "trial": str(tr_later("Labels", "Trial")),
    }.get(str(kind), str(kind))


def field_label(name: str) -> str:
    """A subscription or settings field's name as a column or field label."""
    return {
        "subscription_id": str(tr_later("Labels", "Subscription ID")),
        "contract_number": str(tr_later("Labels", "Contract")),
        "product_name": str(tr_later("Labels", "Product")),
        "offering_code": str(tr_later("Labels", "Offering code")),
        "offering_type": str(tr_later("Labels", "Offering type")),
        "customer_csn": str(tr_later("Labels", "Customer number (CSN)")),
        "customer_name": str(tr_later("Labels", "Customer")),
        "partner_csn": str(tr_later("Labels", "Partner number (CSN)")),
        "currency": str(tr_later("Labels", "Currency")),
        "payment_method": str(tr_later("Labels", "Payment method")),
        "term": str(tr_later("Labels", "Term")),
        "seats": str(tr_later("Labels", "Seats")),
        "renewal_date": str(tr_later("Labels", "Renewal date")),
        "status": str(tr_later("Labels", "Status")),
        "auto_renew": str(tr_later("Labels", "Auto-renew")),
        "buyer_email": str(tr_later("Labels", "Buyer email")),
        "smtp_host": str(tr_later("Labels", "Server")),
        "smtp_port": str(tr_later("Labels", "Port")),
        "smtp_security": str(tr_later("Labels", "Security")),
        "smtp_user": str(tr_later("Labels", "User name")),
        "sender": str(tr_later("Labels", "Sender address")),
        "company_name": str(tr_later("Labels", "Company")),
        "your_name": str(tr_later("Labels", "Your name")),
        "email": str(tr_later("Labels", "Email")),
        "phone": str(tr_later("Labels", "Phone")),
        "language": str(tr_later("Labels", "Language")),
        "quote_validity_days": str(tr_later("Labels", "Quote validity")),
        "automatic_quotes": str(tr_later("Labels", "Automatic quotes")),
        "pdf_page_size": str(tr_later("Labels", "Page size")),
    }.get(name, name.replace("_", " "))
