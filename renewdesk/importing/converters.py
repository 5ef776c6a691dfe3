"""Per-cell converters for the subscriptions import, built once per file.

Each converter takes a cell's text and returns the value the cache stores, or
raises :class:`ValueError` with the user-facing problem. Most are memoised by
:func:`renewdesk.importing.values.cached`, so a value repeated down a column
costs one dict lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from renewdesk.importing import values as v
from renewdesk.importing.texts import Import

Converter = Callable[[str], Any]


def email(raw: str) -> str:
    """An email address or "" (a light check: the quote rules validate recipients fully)."""
    text = raw.strip()
    if text and (text.count("@") != 1 or " " in text or text.endswith("@")):
        raise ValueError(Import.tr('"{value}" is not an email address').format(value=v.shown(text)))
    return text


def with_default(parse: Converter, default: Any, what: str) -> Converter:
    """``parse`` remembered per distinct text; an empty cell takes ``default`` or is a problem."""
    missing = Import.tr("{what} is missing").format(what=what)

    def convert(raw: str) -> Any:
        if raw and not raw.isspace():
            return parse(raw)
        if default is None:
            raise ValueError(missing)
        return default

    return v.cached(convert)


def required_text(default: str, what: str) -> Converter:
    """Trimmed text; an empty cell takes ``default`` or is a problem."""
    missing = Import.tr("{what} is missing").format(what=what)

    def convert(raw: str) -> str:
        text = raw.strip()
        if text:
            return text
        if default:
            return default
        raise ValueError(missing)

    return convert


def too_many_values() -> str:
    """The problem of a row wider than the header."""
    return Import.tr(
        "the row has more values than the header has columns "
        "(a value holding the delimiter needs quotes)"
    )


def const(value: Any) -> Converter:
    """The same value for every row (a column the file lacks)."""
    return lambda _raw: value


def offering_type(raw: str) -> str:
    """An OfferingType value from any accepted spelling."""
    return v.enum_value(raw, v.OFFERING_TYPES, Import.tr("offering type"))


def payment_method(raw: str) -> str:
    """A PaymentMethod value from any accepted spelling."""
    return v.enum_value(raw, v.PAYMENT_METHODS, Import.tr("payment method"))


def term(raw: str) -> str:
    """A Term value from any accepted spelling."""
    return v.enum_value(raw, v.TERMS, Import.tr("term"))


def status(raw: str) -> str:
    """A SubscriptionStatus value from any accepted spelling."""
    return v.enum_value(raw, v.STATUSES, Import.tr("status"))


# What each ImportDefaults field is parsed with.
DEFAULT_PARSERS: dict[str, Converter] = {
    "customer_csn": str.strip,
    "currency": v.parse_currency,
    "payment_method": payment_method,
    "term": term,
    "status": status,
    "offering_type": offering_type,
}
