"""Money, numbers and dates in the reader's locale: the fast paths print what Babel prints."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency

from renewdesk.pdf.formatting import amount, long_date, number, reader_locale

VALUES = [
    "0",
    "-0",
    "0.004",
    "0.005",
    "0.015",
    "0.5",
    "1",
    "-1",
    "7.1",
    "999.995",
    "1000",
    "1250.00",
    "-625.00",
    "12345.678",
    "1234567.125",
    "1234567.135",
    "-2563500",
    "99999999999.99",
    "1E+3",
    "-1.5E-2",
]


@pytest.mark.parametrize("language", ["en", "sv", "de", ""])
@pytest.mark.parametrize("currency", ["SEK", "EUR", "USD", "JPY", "KWD", "CHF"])
def test_amount_prints_what_babel_prints(language: str, currency: str) -> None:
    locale = reader_locale(language)
    for text in VALUES:
        value = Decimal(text)
        expected = format_currency(
            value, currency, format="#,##0.00", locale=locale, currency_digits=True
        )
        assert amount(value, currency, language) == expected, (text, currency, language)


def test_amount_takes_ints_and_odd_values() -> None:
    assert amount(1200, "SEK", "en") == "1,200.00"  # type: ignore[arg-type]
    assert amount(Decimal("1200"), "SEK", "sv") == "1\u00a0200,00"
    assert amount(Decimal("Infinity"), "SEK", "en") == format_currency(
        Decimal("Infinity"), "SEK", format="#,##0.00", locale="en_US"
    )


def test_numbers_and_dates_in_the_reader_locale() -> None:
    assert number(1200, "en") == "1,200"
    assert number(1200, "sv") == "1\u00a0200"
    assert long_date(date(2026, 3, 4), "en") == "Mar 4, 2026"
    assert long_date(date(2026, 3, 4), "sv") == "4 mars 2026"
    assert long_date(date(2026, 3, 4), "en") == "Mar 4, 2026"  # remembered, same answer
