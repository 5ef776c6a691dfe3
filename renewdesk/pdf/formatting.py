"""Money and dates in the reader's locale (Babel), shared by the quote PDF and the email.

A quote's ``language`` picks the locale: ``en`` reads as ``en_US`` (``SEK 12,345.00``,
``Jan 5, 2026``), ``sv`` as ``sv_SE`` (``12 345,00 kr``, ``5 jan. 2026``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    format_currency,
    format_decimal,
    get_currency_name,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

LOCALES: dict[str, str] = {"en": "en_US", "sv": "sv_SE"}
DEFAULT_LOCALE = "en_US"
NBSP = "\u00a0"

# Countries where paper is US Letter; everywhere else uses A4.
LETTER_COUNTRIES = frozenset({"US", "USA", "UNITED STATES", "CA", "CAN", "CANADA"})


def reader_locale(language: str) -> str:
    """The Babel locale for a quote language (``en`` -> ``en_US``); unknown -> ``en_US``."""
    return LOCALES.get((language or "").strip().lower()[:2], DEFAULT_LOCALE)


def money(amount: Decimal, currency: str, language: str) -> str:
    """``amount`` with its currency as the reader writes it, e.g. ``SEK 12,345.00``.

    Babel does not apply CLDR's currency-spacing rule, so ``en_US`` would print
    ``SEK12,345.00``; a no-break space goes between a letter symbol and the digits.
    """
    locale = reader_locale(language)
    text = format_currency(amount, currency, locale=locale)
    symbol = get_currency_symbol(currency, locale=locale)
    if not symbol:
        return text
    start = text.find(symbol)
    if start < 0:
        return text
    end = start + len(symbol)
    if symbol[-1].isalpha() and end < len(text) and text[end].isdigit():
        text = text[:end] + NBSP + text[end:]
    elif symbol[0].isalpha() and start > 0 and text[start - 1].isdigit():
        text = text[:start] + NBSP + text[start:]
    return text


def amount(value: Decimal, currency: str, language: str) -> str:
    """A money amount without its symbol, with the currency's decimals (``12,345.00``).

    For table columns whose heading names the currency once. The same text as Babel's
    ``format_currency(value, currency, format="#,##0.00", currency_digits=True)``
    (tests/pdf/test_formatting.py holds them together), built from the locale's
    symbols: Babel re-parses the locale and pattern on every call, which was most of
    the cost of a 100-line quote's table.
    """
    locale = reader_locale(language)
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        return _babel_amount(number, currency, locale)
    digits, group, point = _amount_symbols(currency, locale)
    # As Babel: the sign apart, the magnitude rounded half-even to the currency's digits.
    rounded = abs(number).normalize().quantize(Decimal(10) ** -digits)
    whole, _, fraction = f"{rounded:f}".partition(".")
    text = f"{int(whole):,}".replace(",", group)
    if digits:
        text += point + fraction
    return "-" + text if number.is_signed() else text


def _babel_amount(value: Decimal, currency: str, locale: str) -> str:
    return format_currency(value, currency, format="#,##0.00", locale=locale, currency_digits=True)


@lru_cache(maxsize=64)
def _amount_symbols(currency: str, locale: str) -> tuple[int, str, str]:
    """(decimals, group separator, decimal separator) for ``currency`` in ``locale``."""
    return get_currency_precision(currency), get_group_symbol(locale), get_decimal_symbol(locale)


@lru_cache(maxsize=1024)
def number(value: int, language: str) -> str:
    """A whole number with the reader's grouping (``1,200`` / ``1 200``); remembered."""
    return format_decimal(value, locale=reader_locale(language))


def currency_name(currency: str, language: str) -> str:
    """The currency's name in the reader's language (``Swedish Krona``)."""
    return get_currency_name(currency, locale=reader_locale(language))


def country_name(country: str, language: str) -> str:
    """A two-letter country code spelled out in the reader's language; other text as given."""
    code = country.strip()
    if len(code) == 2 and code.isalpha():
        territories = Locale.parse(reader_locale(language)).territories
        return str(territories.get(code.upper(), code))
    return code


@lru_cache(maxsize=1024)
def long_date(day: date, language: str) -> str:
    """A date spelled the reader's way, unambiguous across locales (``Jan 5, 2026``).

    Remembered: a quote's lines mostly share their start and end dates.
    """
    return format_date(day, format="medium", locale=reader_locale(language))


def paper_for(language: str, country: str = "") -> str:
    """``"Letter"`` for a US or Canadian reader, else ``"A4"``.

    The customer's country decides when it is known; otherwise the locale's
    territory does (``en`` reads as ``en_US``, hence Letter).
    """
    country = country.strip().upper()
    if country:
        return "Letter" if country in LETTER_COUNTRIES else "A4"
    territory = reader_locale(language).rpartition("_")[2]
    return "Letter" if territory in {"US", "CA"} else "A4"
