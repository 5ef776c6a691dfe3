"""Every fixed text the quote PDF prints, in one place for Qt Linguist.

Each string goes through ``translate("QuotePdf", ...)`` spelled out
in full so ``pyside6-lupdate`` extracts it; QtCore only, no widgets. The dict is
built on each call so a language switch takes effect at once.
"""

from __future__ import annotations

from renewdesk.domain import PaymentMethod, Term
from renewdesk.i18n import translate


def pdf_labels() -> dict[str, str]:
    """Label key -> translated text; ``{placeholders}`` are filled by the renderer."""
    return {
        "title": translate("QuotePdf", "Renewal quote"),
        "header": translate("QuotePdf", "Quote {number}"),
        "page": translate("QuotePdf", "Page {page} of {pages}"),
        "footer_valid": translate("QuotePdf", "Valid until {expires}"),
        "details": translate("QuotePdf", "Quote details"),
        "number": translate("QuotePdf", "Quote number"),
        "created": translate("QuotePdf", "Created"),
        "expires": translate("QuotePdf", "Valid until"),
        "replaces": translate("QuotePdf", "Replaces quote"),
        "currency": translate("QuotePdf", "Currency"),
        "payment": translate("QuotePdf", "Payment method"),
        "subscriptions_count": translate("QuotePdf", "Subscriptions"),
        "customer": translate("QuotePdf", "Customer"),
        "customer_number": translate("QuotePdf", "Customer number"),
        "vat": translate("QuotePdf", "VAT number"),
        "buyer": translate("QuotePdf", "Buyer"),
        "reseller": translate("QuotePdf", "Reseller"),
        "partner_number": translate("QuotePdf", "Partner number"),
        "prepared_by": translate("QuotePdf", "Prepared by"),
        "lines": translate("QuotePdf", "Subscriptions to renew"),
        "amounts_in": translate(
            "QuotePdf", "Amounts in {currency_name} ({currency}), excluding tax."
        ),
        "col_no": translate("QuotePdf", "#"),
        "col_product": translate("QuotePdf", "Product"),
        "col_subscription": translate("QuotePdf", "Subscription ID"),
        "col_term": translate("QuotePdf", "Term"),
        "col_seats": translate("QuotePdf", "Seats"),
        "col_period": translate("QuotePdf", "Period"),
        "col_unit_price": translate("QuotePdf", "Unit price"),
        "col_campaign": translate("QuotePdf", "Campaign"),
        "col_discount": translate("QuotePdf", "Discount"),
        "col_total": translate("QuotePdf", "Line total"),
        "none": translate("QuotePdf", "–"),
        "subtotal": translate("QuotePdf", "Subtotal"),
        "discount": translate("QuotePdf", "Campaign discount"),
        "total": translate("QuotePdf", "Total"),
        "tax_note": translate(
            "QuotePdf",
            "Prices exclude tax. Tax is added at checkout, based on the customer's address.",
        ),
        "notes": translate("QuotePdf", "Notes"),
        "how_to_buy": translate("QuotePdf", "How to buy"),
        "step_sign_in": translate("QuotePdf", "Sign in to the vendor portal."),
        "step_open": translate(
            "QuotePdf", "Go to Billing and Ordering > Quotes and open quote {number}."
        ),
        "step_buy": translate(
            "QuotePdf",
            "Check the details and choose Buy before {expires}. After that date the quote "
            "can no longer be bought and a new quote is needed.",
        ),
        "step_partner": translate(
            "QuotePdf", "Questions about this quote? Contact your reseller, {partner}."
        ),
        "step_seller": translate("QuotePdf", "Questions about this quote? Contact {contact}."),
        "term_monthly": translate("QuotePdf", "Monthly"),
        "term_annual": translate("QuotePdf", "1 year"),
        "term_three_year": translate("QuotePdf", "3 years"),
        "pay_credit_card": translate("QuotePdf", "Credit card"),
        "pay_paypal": translate("QuotePdf", "PayPal"),
        "pay_invoice": translate("QuotePdf", "Invoice"),
        "pay_direct_debit": translate("QuotePdf", "Direct debit"),
        "pay_partner": translate("QuotePdf", "Through the reseller"),
    }


def term_label(labels: dict[str, str], term: Term) -> str:
    """``Term.ANNUAL`` -> ``1 year`` (translated)."""
    return labels.get(f"term_{term.value}", term.value)


def payment_label(labels: dict[str, str], method: PaymentMethod) -> str:
    """``PaymentMethod.INVOICE`` -> ``Invoice`` (translated)."""
    return labels.get(f"pay_{method.value}", method.value)
