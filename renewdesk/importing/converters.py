"""Per-cell converters for the subscriptions import, built once per file.

Each converter takes a cell's text and returns the value the cache stores, or
raises :class:`ValueError` with the user-facing problem. Most are memoised by
:func:`renewdesk.importing.values.cached`, so a value repeated down a column
costs one dict lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from renewdesk.importing import values as v
from renewdesk.importing.texts import Import
from renewdesk.rules.limits import default_limits

Converter = Callable[[str], Any]


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# Spaces beyond ASCII: no-break, narrow no-break, en/em and ideographic spaces...
_WIDE_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _too_long(text: str, most: int) -> ValueError:
    return ValueError(
        Import.tr('"{value}" is {length} characters long; at most {most} are allowed').format(
            value=v.shown(text), length=f"{len(text):,}", most=most
        )
    )


def text(field: str) -> Converter:
    """Trimmed text of at most the ``[fields]`` length of ``field``, invisible characters dropped.

    A byte-order mark, zero-width space or joiner, soft hyphen or direction mark
    shows nothing, so it is removed wherever it stands.
    """
    most = default_limits().max_length(field)

    def convert(raw: str) -> str:
        result = raw.strip()
        if not result.isascii():
            result = v.visible(result).strip()
        if len(result) > most:
            raise _too_long(result, most)
        return result

    return convert


def code(field: str) -> Converter:
    """An identifier or code: like :func:`text`, and refused if it holds a control character.

    Inside an identifier a space of any kind (a non-breaking space pasted from a
    web page) becomes a plain space, so ``S\u00a01005`` and ``S 1005`` are one ID,
    and ``\ufeffS-1005`` (a byte-order mark starting the row) is ``S-1005``.
    """
    most = default_limits().max_length(field)

    def convert(raw: str) -> str:
        result = raw.strip()
        if not (result.isascii() and result.isprintable()):
            result = _WIDE_SPACES.sub(" ", v.visible(result)).strip()
            found = _CONTROL.search(result)
            if found is not None:
                raise ValueError(
                    Import.tr(
                        '"{value}" holds an invisible control character (U+{code}); '
                        "an ID or code may not"
                    ).format(value=v.shown(result), code=f"{ord(found.group()):04X}")
                )
        if len(result) > most:
            raise _too_long(result, most)
        return result

    return convert


def email(raw: str) -> str:
    """An email address or "" (a light check: the quote rules validate recipients fully)."""
    text = raw.strip()
    if not text.isascii():
        text = v.visible(text).strip()
    most = default_limits().max_length("email")
    if len(text) > most:
        raise _too_long(text, most)
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


def required_text(default: str, what: str, clean: Converter = str.strip) -> Converter:
    """``clean`` text; an empty cell takes ``default`` or is a problem."""
    missing = Import.tr("{what} is missing").format(what=what)

    def convert(raw: str) -> str:
        text = str(clean(raw))
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
    "customer_csn": code("customer_csn"),
    "currency": v.parse_currency,
    "payment_method": payment_method,
    "term": term,
    "status": status,
    "offering_type": offering_type,
}
