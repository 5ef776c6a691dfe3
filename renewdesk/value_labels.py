"""Words for stored values (``flex``, ``credit_card``, ``annual``) and field names.

Qt-free beyond the translator, so the rule sentences (:mod:`renewdesk.messages`),
the command line and the window all say "Flex" and "Credit card" rather than the
raw value, and "customer number (CSN)" rather than ``customer_csn``. The window's
:mod:`renewdesk.ui.labels` re-exports these.
"""

from __future__ import annotations

from renewdesk.domain import OfferingType, PaymentMethod, SubscriptionStatus, Term
from renewdesk.i18n import TrContext


class Labels(TrContext):
    """The translation context of these labels."""


def term_label(term: Term | str) -> str:
    return {
        "monthly": Labels.tr("Monthly"),
        "annual": Labels.tr("Annual"),
        "three_year": Labels.tr("3 years"),
    }.get(str(term), str(term))


def status_label(status: SubscriptionStatus | str) -> str:
    return {
        "active": Labels.tr("Active"),
        "expired": Labels.tr("Expired"),
        "suspended": Labels.tr("Suspended"),
        "canceled": Labels.tr("Canceled"),
        "trial": Labels.tr("Trial"),
        "inactive": Labels.tr("Inactive"),
    }.get(str(status), str(status))


def payment_label(method: PaymentMethod | str) -> str:
    return {
        "credit_card": Labels.tr("Credit card"),
        "paypal": Labels.tr("PayPal"),
        "invoice": Labels.tr("Invoice"),
        "direct_debit": Labels.tr("Direct debit"),
        "partner": Labels.tr("Through partner"),
    }.get(str(method), str(method))


def payment_short_label(method: PaymentMethod | str) -> str:
    """The payment method in a narrow table column ("Card", "Partner")."""
    return {
        "credit_card": Labels.tr("Card"),
        "paypal": Labels.tr("PayPal"),
        "invoice": Labels.tr("Invoice"),
        "direct_debit": Labels.tr("Direct debit"),
        "partner": Labels.tr("Partner"),
    }.get(str(method), str(method))


def offering_label(kind: OfferingType | str) -> str:
    return {
        "standard": Labels.tr("Standard"),
        "flex": Labels.tr("Flex"),
        "success_plan": Labels.tr("Success plan"),
        "trial": Labels.tr("Trial"),
    }.get(str(kind), str(kind))


def field_label(name: str) -> str:
    """A subscription or settings field's name as a column or field label."""
    return {
        "subscription_id": Labels.tr("Subscription ID"),
        "contract_number": Labels.tr("Contract"),
        "product_name": Labels.tr("Product"),
        "offering_code": Labels.tr("Offering code"),
        "offering_type": Labels.tr("Offering type"),
        "customer_csn": Labels.tr("Customer number (CSN)"),
        "customer_name": Labels.tr("Customer"),
        "partner_csn": Labels.tr("Partner number (CSN)"),
        "currency": Labels.tr("Currency"),
        "payment_method": Labels.tr("Payment method"),
        "term": Labels.tr("Term"),
        "seats": Labels.tr("Seats"),
        "renewal_date": Labels.tr("Renewal date"),
        "status": Labels.tr("Status"),
        "auto_renew": Labels.tr("Auto-renew"),
        "buyer_email": Labels.tr("Buyer email"),
        "smtp_host": Labels.tr("Server"),
        "smtp_port": Labels.tr("Port"),
        "smtp_security": Labels.tr("Security"),
        "smtp_user": Labels.tr("User name"),
        "sender": Labels.tr("Sender address"),
        "company_name": Labels.tr("Company"),
        "your_name": Labels.tr("Your name"),
        "email": Labels.tr("Email"),
        "phone": Labels.tr("Phone"),
        "language": Labels.tr("Language"),
        "quote_validity_days": Labels.tr("Quote validity"),
        "automatic_quotes": Labels.tr("Automatic quotes"),
        "pdf_page_size": Labels.tr("Page size"),
    }.get(name, name.replace("_", " "))
