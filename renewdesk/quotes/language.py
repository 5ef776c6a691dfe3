"""The language a quote is written in, by default: the customer's, not the window's.

A Swedish customer gets a Swedish quote even when the admin works in English. The
review step shows the choice and lets the admin change it; automatic quotes and
``renewdesk quote create`` without ``--lang`` take it as is.
"""

from __future__ import annotations

from renewdesk.domain import Customer

QUOTE_LANGUAGES = ("en", "sv")

# Country spellings that mean a Swedish-speaking reader: Sweden, and Åland
# (autonomous Finnish region whose only official language is Swedish).
_SWEDISH_COUNTRIES = frozenset({"SE", "SWE", "SWEDEN", "SVERIGE", "AX", "ALA", "ÅLAND", "ALAND"})


def language_for_country(country: str) -> str:
    """``sv`` for Sweden (``SE``, ``Sweden``, ``Sverige``...) and Åland, else ``en``."""
    return "sv" if country.strip().upper() in _SWEDISH_COUNTRIES else "en"


def default_quote_language(customer: Customer | None) -> str:
    """The language a new quote for ``customer`` starts in (``en`` when unknown)."""
    if customer is None:
        return "en"
    return language_for_country(customer.address.country)
