"""Every fixed text the quote PDF prints, in one place for Qt Linguist.

Each string goes through ``QCoreApplication.translate("QuotePdf", ...)`` spelled out
in full so ``pyside6-lupdate`` extracts it; QtCore only, no widgets. The dict is
built on each call so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from renewdesk.domain import PaymentMethod, Term


def pdf_labels() -> dict[str, str]:
    """Label key -> translated text; ``{placeholders}`` are filled by the renderer."""
    return {
        "title": QCoreApplication.translate("QuotePdf", "Renewal quote"),
        "header": QCoreApplication.translate("QuotePdf", "Quote {number}"),
        "page": QCoreApplication.translate("QuotePdf", "Page {page} of {pages}"),
        "footer_valid": QCoreApplication.translate("QuotePdf", "Valid until {expires}"),
        "details": QCoreApplication.translate("QuotePdf", "Quote details"),
        "number": QCoreApplication.translate("QuotePdf", "Quote number"),
        "created": QCoreApplication.translate("QuotePdf", "Created"),
        "expires": QCoreApplication.translate("QuotePdf", "Valid until"),
        "currency": QCoreApplication.translate("QuotePdf", "Currency"),
        "payment": QCoreApplication.translate("QuotePdf", "Payment method"),
        "subscriptions_count": QCoreApplication.translate("QuotePdf", "Subscriptions"),
        "customer": QCoreApplication.translate("QuotePdf", "Customer"),
        "customer_number": QCoreApplication.translate("QuotePdf", "Customer number"),
        "vat": QCoreApplication.translate("QuotePdf", "VAT number"),
        "buyer": QCoreApplication.translate("QuotePdf", "Buyer"),
        "reseller": QCoreApplication.translate("QuotePdf", "Reseller"),
        "partner_number": QCoreApplication.translate("QuotePdf", "Partner number"),
        "prepared_by": QCoreApplication.translate("QuotePdf", "Prepared by"),
        "lines": QCoreApplication.translate("QuotePdf", "Subscriptions to renew"),
        "amounts_in": QCoreApplication.translate(
            "QuotePdf", "Amounts in {currency_name} ({currency}), excluding tax."
        ),
        "col_no": QCoreApplication.translate("QuotePdf", "#"),
        "col_product": QCoreApplication.translate("QuotePdf", "Product"),
        "col_subscription": QCoreApplication.translate("QuotePdf", "Subscription ID"),
        "col_term": QCoreApplication.translate("QuotePdf", "Term"),
        "col_seats": QCoreApplication.translate("QuotePdf", "Seats"),
        "col_period": QCoreApplication.translate("QuotePdf", "Period"),
        "col_unit_price": QCoreApplication.translate("QuotePdf", "Unit price"),
        "col_campaign": QCoreApplication.translate("QuotePdf", "Campaign"),
        "col_discount": QCoreApplication.translate("QuotePdf", "Discount"),
        "col_total": QCoreApplication.translate("QuotePdf", "Line total"),
        "none": QCoreApplication.translate("QuotePdf", "–"),
        "subtotal": QCoreApplication.translate("QuotePdf", "Subtotal"),
        "discount": QCoreApplication.translate("QuotePdf", "Campaign discount"),
        "total": QCoreApplication.translate("QuotePdf", "Total"),
        "tax_note": QCoreApplication.translate(
            "QuotePdf",
            "Prices exclude tax. Tax is added at checkout, based on the customer's address.",
        ),
        "notes": QCoreApplication.translate("QuotePdf", "Notes"),
        "how_to_buy": QCoreApplication.translate("QuotePdf", "How to buy"),
        "step_sign_in": QCoreApplication.translate("QuotePdf", "Sign in to the vendor portal."),
        "step_open": QCoreApplication.translate(
            "QuotePdf", "Go to Billing and Ordering > Quotes and open quote {number}."
        ),
        "step_buy": QCoreApplication.translate(
            "QuotePdf",
            "Check the details and choose Buy before {expires}. After that date the quote "
            "can no longer be bought and a new quote is needed.",
        ),
        "step_partner": QCoreApplication.translate(
            "QuotePdf", "Questions about this quote? Contact your reseller, {partner}."
        ),
        "step_seller": QCoreApplication.translate(
            "QuotePdf", "Questions about this quote? Contact {contact}."
        ),
        "term_monthly": QCoreApplication.translate("QuotePdf", "Monthly"),
        "term_annual": QCoreApplication.translate("QuotePdf", "1 year"),
        "term_three_year": QCoreApplication.translate("QuotePdf", "3 years"),
        "pay_credit_card": QCoreApplication.translate("QuotePdf", "Credit card"),
        "pay_paypal": QCoreApplication.translate("QuotePdf", "PayPal"),
        "pay_invoice": QCoreApplication.translate("QuotePdf", "Invoice"),
        "pay_direct_debit": QCoreApplication.translate("QuotePdf", "Direct debit"),
        "pay_partner": QCoreApplication.translate("QuotePdf", "Through the reseller"),
    }


def term_label(labels: dict[str, str], term: Term) -> str:
    """``Term.ANNUAL`` -> ``1 year`` (translated)."""
    return labels.get(f"term_{term.value}", term.value)


def payment_label(labels: dict[str, str], method: PaymentMethod) -> str:
    """``PaymentMethod.INVOICE`` -> ``Invoice`` (translated)."""
    return labels.get(f"pay_{method.value}", method.value)
