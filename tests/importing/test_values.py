"""Cell values: tolerant spellings in, one canonical value out, or a sentence saying why not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from renewdesk.domain import Term
from renewdesk.importing import values as v


@pytest.mark.parametrize(
    ("raw", "term"),
    [
        ("Annual", Term.ANNUAL),
        ("  yearly ", Term.ANNUAL),
        ("Årlig", Term.ANNUAL),
        ("3 Year", Term.THREE_YEAR),
        ("three_year", Term.THREE_YEAR),
        ("3-year", Term.THREE_YEAR),
        ("36 months", Term.THREE_YEAR),
        ("Monthly", Term.MONTHLY),
        ("månadsvis", Term.MONTHLY),
    ],
)
def test_terms(raw: str, term: Term) -> None:
    assert v.parse_term(raw) is term


@pytest.mark.parametrize(
    ("raw", "status"),
    [("Active", "active"), ("EXPIRED", "expired"), ("Suspended", "suspended"),
     ("Canceled", "canceled"), ("Cancelled", "canceled"), ("Trial", "trial"),
     ("Inactive", "inactive"), ("aktiv", "active"), ("Avbruten", "canceled")],
)  # fmt: skip
def test_statuses(raw: str, status: str) -> None:
    assert v.enum_value(raw, v.STATUSES, "status") == status


@pytest.mark.parametrize(
    ("raw", "method"),
    [("Credit Card", "credit_card"), ("credit_card", "credit_card"), ("PayPal", "paypal"),
     ("Invoice", "invoice"), ("faktura", "invoice"), ("Direct-Debit", "direct_debit"),
     ("Partner", "partner")],
)  # fmt: skip
def test_payment_methods(raw: str, method: str) -> None:
    assert v.enum_value(raw, v.PAYMENT_METHODS, "payment method") == method


def test_unknown_value_lists_the_choices() -> None:
    with pytest.raises(
        ValueError, match=r'"Weekly" is not a known term \(use one of Monthly, Annual, 3 years\)'
    ):
        v.parse_term("Weekly")


@pytest.mark.parametrize(
    ("raw", "value"),
    [("yes", True), ("No", False), ("TRUE", True), ("false", False), ("1", True), ("0", False),
     ("on", True), ("Off", False), ("Ja", True), ("nej", False), ("", False)],
)  # fmt: skip
def test_booleans(raw: str, value: bool) -> None:
    assert v.parse_bool(raw) is value


def test_autorenew_date_means_on_when_it_holds_anything() -> None:
    assert v.autorenew_date_means_on("2026-03-01")
    assert not v.autorenew_date_means_on("  ")
    assert not v.autorenew_date_means_on("N/A")


@pytest.mark.parametrize(
    ("raw", "locale", "day"),
    [
        ("2026-03-01", None, date(2026, 3, 1)),
        ("2026-03-01T00:00:00", None, date(2026, 3, 1)),
        ("2026-03-01 13:45", None, date(2026, 3, 1)),
        ("2026/03/01", None, date(2026, 3, 1)),
        ("01.03.2026", None, date(2026, 3, 1)),
        ("1.3.2026", "en_US", date(2026, 3, 1)),
        ("03/01/2026", None, date(2026, 3, 1)),  # en_US by default: month first
        ("3/1/26", "en_US", date(2026, 3, 1)),
        ("01/03/2026", "en_GB", date(2026, 3, 1)),
        ("01-03-2026", "de_DE", date(2026, 3, 1)),
        ("1 Mar 2026", None, date(2026, 3, 1)),
        ("March 1, 2026", None, date(2026, 3, 1)),
    ],
)
def test_dates(raw: str, locale: str | None, day: date) -> None:
    assert v.DateParser(locale).parse(raw) == day


@pytest.mark.parametrize(
    ("raw", "locale"),
    [("13/01/2026", "en_US"), ("01/13/2026", "en_GB"), ("31.02.2026", None), ("soon", None),
     ("2026-13-01", None), ("", None), ("01/03/0026", "en_GB")],
)  # fmt: skip
def test_bad_dates_are_not_guessed(raw: str, locale: str | None) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        v.DateParser(locale).parse(raw)


def test_swedish_locale_reads_iso_and_dots() -> None:
    dates = v.DateParser("sv_SE")
    assert dates.order == "ymd"
    assert dates.parse("2026-03-01") == dates.parse("01.03.2026") == date(2026, 3, 1)


@pytest.mark.parametrize(
    ("raw", "seats"),
    [("12", 12), (" 12 ", 12), ("12.0", 12), ("12,00", 12), ("0", 0), ("1 250", 1250)],
)
def test_seats(raw: str, seats: int) -> None:
    assert v.parse_seats(raw) == seats


@pytest.mark.parametrize("raw", ["-3", "2.5", "2,5", "twelve", "1e3", "", "1_000"])
def test_bad_seats(raw: str) -> None:
    with pytest.raises(ValueError, match="is not a whole number of seats of 0 or more"):
        v.parse_seats(raw)


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1850.00", "1850.00"), ("1850,00", "1850.00"), ("1 850,50", "1850.50"),
     ("1.850,50", "1850.50"), ("1,850.50", "1850.50"), ("1,234,567", "1234567"),
     ("12,5", "12.5"), ("−4", "-4")],
)  # fmt: skip
def test_decimals_with_either_mark(raw: str, value: str) -> None:
    assert v.parse_decimal(raw) == Decimal(value)


@pytest.mark.parametrize("raw", ["", "abc", "NaN", "1,2.3,4"])
def test_bad_decimals(raw: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        v.parse_decimal(raw)


def test_currency_is_three_letters_upper_cased() -> None:
    assert v.parse_currency(" sek ") == "SEK"
    for bad in ("EURO", "E1R", "€", ""):
        with pytest.raises(ValueError, match="three-letter currency code"):
            v.parse_currency(bad)


def test_a_bad_value_is_quoted_on_one_line_and_cut_short() -> None:
    with pytest.raises(ValueError) as caught:
        v.DateParser().parse("next\nspring " + "x" * 200)

    message = str(caught.value)
    assert "\n" not in message and message.startswith('"next spring xxx')
    assert "…" in message and len(message) < 140
