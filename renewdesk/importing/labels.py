"""The names an admin reads for the importer's columns and values, in the admin's language.

Messages name a column as the file's header writes it; a column the file lacks
is named by :func:`column_label` ("Customer number (CSN)"), never by its field
name (``customer_csn``), and the values a message lists are
:func:`value_label`\\ s ("3 years"), never raw values (``three_year``).
The import dialog uses the same labels for its mapping choices.
"""

from __future__ import annotations

from renewdesk.importing.texts import Import


def _columns() -> dict[str, str]:
    # Built on each call so a language switch takes effect at once.
    return {
        "subscription_id": Import.tr("Subscription ID"),
        "contract_number": Import.tr("Contract number"),
        "product_name": Import.tr("Product name"),
        "offering_code": Import.tr("Offering code"),
        "offering_type": Import.tr("Offering type"),
        "customer_csn": Import.tr("Customer number (CSN)"),
        "customer_name": Import.tr("Customer name"),
        "partner_csn": Import.tr("Partner number (CSN)"),
        "partner_name": Import.tr("Partner name"),
        "partner_email": Import.tr("Partner email"),
        "currency": Import.tr("Currency"),
        "payment_method": Import.tr("Payment method"),
        "term": Import.tr("Term"),
        "seats": Import.tr("Seats"),
        "start_date": Import.tr("Start date"),
        "renewal_date": Import.tr("Renewal date"),
        "autorenew_date": Import.tr("Auto-renew date"),
        "status": Import.tr("Status"),
        "auto_renew": Import.tr("Auto-renew"),
        "team": Import.tr("Team"),
        "buyer_email": Import.tr("Buyer email"),
        "unit_price": Import.tr("Unit price"),
        "code": Import.tr("Campaign code"),
        "name": Import.tr("Campaign name"),
        "percent_off": Import.tr("Percent off"),
        "valid_from": Import.tr("Valid from"),
        "valid_to": Import.tr("Valid to"),
        "offering_codes": Import.tr("Offering codes"),
        "terms": Import.tr("Terms"),
        "currencies": Import.tr("Currencies"),
    }


def _values() -> dict[str, str]:
    return {
        "monthly": Import.tr("Monthly"),
        "annual": Import.tr("Annual"),
        "three_year": Import.tr("3 years"),
        "active": Import.tr("Active"),
        "expired": Import.tr("Expired"),
        "suspended": Import.tr("Suspended"),
        "canceled": Import.tr("Canceled"),
        "trial": Import.tr("Trial"),
        "inactive": Import.tr("Inactive"),
        "credit_card": Import.tr("Credit card"),
        "paypal": Import.tr("PayPal"),
        "invoice": Import.tr("Invoice"),
        "direct_debit": Import.tr("Direct debit"),
        "partner": Import.tr("Through a partner"),
        "standard": Import.tr("Standard"),
        "flex": Import.tr("Flex"),
        "success_plan": Import.tr("Success plan"),
    }


def column_label(target: str) -> str:
    """``customer_csn`` -> "Customer number (CSN)" (the target itself when it has none)."""
    return _columns().get(target, target)


def value_label(value: str) -> str:
    """``three_year`` -> "3 years" (the value itself when it has no label)."""
    return _values().get(value, value)
