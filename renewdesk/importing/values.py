"""Turn one cell's text into a value, tolerantly, or say in a sentence why it can't.

Every parser raises :class:`ValueError` whose message is the user-facing
problem (translated); callers put the row and column around it.

Decisions where the spec is silent:

- **Enumerations** (term, status, payment method, offering type, yes/no) are
  matched case-insensitively with ``_``/``-`` read as spaces, in English and
  Swedish: ``3 Year`` = ``three_year`` = ``3-year`` = ``36 months`` = ``3 år``.
- **Dates**: ISO ``2026-03-01`` (a time after it is ignored), ``2026/03/01``,
  ``01.03.2026`` (dots are always day first), English month names
  (``1 Mar 2026``, ``March 1, 2026``), and numbers separated by ``/`` or ``-``
  in the day/month/year order of the date locale's short format (Babel), e.g.
  month first for ``en_US`` and day first for ``en_GB``. A value that does not
  fit that order (month 13) is rejected rather than silently swapped.
- **Numbers** follow the file's number locale, or what the file shows
  (:mod:`renewdesk.importing.numbers`): ``5,000`` is refused as ambiguous
  when neither says which mark is the decimal mark.
- **Seats** are whole numbers of 0 or more (``12``, ``12.0`` and ``12,0`` are
  all 12); 0 is allowed for canceled or expired subscriptions.
- **Bounds** (``[values]`` in ``rules/limits.toml``): at most ``max_seats``
  seats, unit prices up to ``max_unit_price`` with at most
  ``max_price_decimals`` decimals, and dates from ``min_date`` to
  ``max_date`` (1900-01-01 to 2199-12-31) in every format, ISO included.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from renewdesk.domain import OfferingType, PaymentMethod, SubscriptionStatus, Term
from renewdesk.importing.invisible import visible
from renewdesk.importing.labels import value_label
from renewdesk.importing.numbers import NumberFormatError, NumberReader
from renewdesk.importing.texts import Import
from renewdesk.rules.limits import Limits, default_limits

DEFAULT_DATE_LOCALE = "en_US"

_SEP = re.compile(r"[\s_\-]+")


def shown(raw: str, limit: int = 40) -> str:
    """A cell's text as a message quotes it: on one line, and cut short when long."""
    text = " ".join(raw.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def normalize_word(text: str) -> str:
    """Comparison form of an enumeration value."""
    return _SEP.sub(" ", visible(text)).strip().casefold()


def _table(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value, spellings in pairs.items():
        out[normalize_word(value)] = value
        for spelling in spellings:
            out[normalize_word(spelling)] = value
    return out


TERMS = _table(
    {
        Term.MONTHLY.value: (
            "month",
            "monthly term",
            "1 month",
            "per month",
            "månadsvis",
            "månatlig",
            "månad",
            "1 månad",
            "mån",
        ),
        Term.ANNUAL.value: (
            "annually",
            "yearly",
            "year",
            "1 year",
            "one year",
            "12 months",
            "1 yr",
            "årlig",
            "årsvis",
            "år",
            "1 år",
            "12 månader",
            "ettårig",
        ),
        Term.THREE_YEAR.value: (
            "3 year",
            "3 years",
            "three year",
            "three years",
            "3 yr",
            "36 months",
            "3 år",
            "treårig",
            "tre år",
            "36 månader",
        ),
    }
)
STATUSES = _table(
    {
        SubscriptionStatus.ACTIVE.value: ("aktiv",),
        SubscriptionStatus.EXPIRED.value: ("utgången", "utgått", "förfallen"),
        SubscriptionStatus.SUSPENDED.value: ("avstängd", "pausad", "spärrad"),
        SubscriptionStatus.CANCELED.value: ("cancelled", "avbruten", "uppsagd", "avslutad"),
        SubscriptionStatus.TRIAL.value: ("provperiod", "test", "prov"),
        SubscriptionStatus.INACTIVE.value: ("not active", "inaktiv"),
    }
)
PAYMENT_METHODS = _table(
    {
        PaymentMethod.CREDIT_CARD.value: (
            "card",
            "creditcard",
            "credit/debit card",
            "kreditkort",
            "kort",
            "betalkort",
        ),
        PaymentMethod.PAYPAL.value: ("pay pal",),
        PaymentMethod.INVOICE.value: (
            "pay by invoice",
            "bank transfer",
            "purchase order",
            "faktura",
        ),
        PaymentMethod.DIRECT_DEBIT.value: (
            "debit",
            "sepa",
            "sepa direct debit",
            "autogiro",
            "bankgiro autogiro",
        ),
        PaymentMethod.PARTNER.value: ("reseller", "via partner", "återförsäljare"),
    }
)
OFFERING_TYPES = _table(
    {
        OfferingType.STANDARD.value: (
            "subscription",
            "named user",
            "standard subscription",
            "standardprenumeration",
        ),
        OfferingType.FLEX.value: ("tokens", "token", "value based", "value-based", "flex tokens"),
        OfferingType.SUCCESS_PLAN.value: (
            "success",
            "success plan",
            "support",
            "support plan",
            "supportavtal",
        ),
        OfferingType.TRIAL.value: ("provperiod", "test", "prov"),
    }
)
BOOLEANS = {
    **dict.fromkeys(("yes", "y", "true", "t", "1", "on", "ja", "j", "sant", "x"), True),
    **dict.fromkeys(("no", "n", "false", "f", "0", "off", "nej", "falskt", ""), False),
}
# What an "auto-renew date" column holds when there is no date.
_NO_DATE = frozenset({"", "-", "--", "n/a", "na", "none", "null", "no", "false", "0", "nej"})


def enum_value(raw: str, table: dict[str, str], what: str) -> str:
    """The canonical value of ``raw`` in ``table``; ``what`` names the kind for the message."""
    found = table.get(normalize_word(raw))
    if found is None:
        choices = ", ".join(value_label(x) for x in dict.fromkeys(table.values()))
        raise ValueError(
            Import.tr('"{value}" is not a known {what} (use one of {choices})').format(
                value=shown(raw), what=what, choices=choices
            )
        )
    return found


def parse_term(raw: str) -> Term:
    return Term(enum_value(raw, TERMS, Import.tr("term")))


def parse_bool(raw: str) -> bool:
    """yes/no, true/false, 1/0, on/off, ja/nej (empty = no)."""
    found = BOOLEANS.get(raw.strip().casefold())
    if found is None:
        raise ValueError(Import.tr('"{value}" is not yes or no').format(value=shown(raw)))
    return found


def autorenew_date_means_on(raw: str) -> bool:
    """The portal's auto-renew date: any non-empty value means auto-renew is on."""
    return raw.strip().casefold() not in _NO_DATE


def parse_currency(raw: str) -> str:
    """A three-letter ISO 4217 code, upper-cased."""
    code = visible(raw).strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValueError(
            Import.tr('"{value}" is not a three-letter currency code such as EUR').format(
                value=shown(raw)
            )
        )
    return code


def _limits() -> Limits:
    return default_limits()


def parse_seats(raw: str, numbers: NumberReader | None = None) -> int:
    """A whole number of seats, 0 or more and at most the limit's ``max_seats``."""
    try:
        value = (numbers or NumberReader()).parse(raw)
    except NumberFormatError:
        raise
    except ValueError:
        value = None
    if value is None or value < 0 or value != value.to_integral_value():
        raise ValueError(
            Import.tr("{value} is not a whole number of seats of 0 or more").format(
                value=shown(raw)
            )
        )
    most = _limits().max_seats
    if value > most:
        raise ValueError(
            Import.tr("{value} seats is more than one subscription may have ({most})").format(
                value=shown(raw), most=f"{most:,}"
            )
        )
    return int(value)


def parse_decimal(raw: str, numbers: NumberReader | None = None) -> Decimal:
    """A decimal number read by ``numbers`` (by default: detected, see :mod:`.numbers`)."""
    return (numbers or NumberReader()).parse(raw)


def parse_price(raw: str, numbers: NumberReader | None = None) -> Decimal:
    """A unit price: 0 or more, at most ``max_unit_price``, ``max_price_decimals`` decimals."""
    value = parse_decimal(raw, numbers)
    limits = _limits()
    if value < 0:
        raise ValueError(Import.tr("{value} is below zero").format(value=shown(raw)))
    if value > limits.max_unit_price:
        raise ValueError(
            Import.tr(
                "{value} is more than the highest unit price RenewDesk takes ({most})"
            ).format(value=shown(raw), most=f"{limits.max_unit_price:,}")
        )
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > limits.max_price_decimals:
        raise ValueError(
            Import.tr("{value} has more than {count} decimals").format(
                value=shown(raw), count=limits.max_price_decimals
            )
        )
    return value


@lru_cache(maxsize=32)
def _locale_order(locale: str) -> str:
    """``"mdy"``, ``"dmy"`` or ``"ymd"``: the field order of the locale's short date."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=Locale.parse(locale)).pattern
    except (UnknownLocaleError, ValueError, TypeError):
        return "mdy"
    positions = {
        k: min((pattern.find(c) for c in chars if c in pattern), default=99)
        for k, chars in (("d", "d"), ("m", "ML"), ("y", "y"))
    }
    return "".join(sorted(positions, key=positions.__getitem__))


_NUMERIC_DATE = re.compile(r"(\d{1,4})([./\-])(\d{1,2})\2(\d{1,4})")
_NAMED_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y")


class DateParser:
    """Parses dates in one file, remembering each distinct text (files repeat dates a lot).

    :meth:`iso` returns the ISO text (what the cache stores); :meth:`parse` a ``date``.
    """

    def __init__(self, locale: str | None = None) -> None:
        self.locale = locale or DEFAULT_DATE_LOCALE
        self.order = _locale_order(self.locale)
        self.iso: Callable[[str], str] = cached(lambda raw: self._parse(raw).isoformat())
        """The ISO text of a date (what the cache stores)."""

    def parse(self, raw: str) -> date:
        return date.fromisoformat(self.iso(raw))

    def _parse(self, raw: str) -> date:
        found = self._any_format(visible(raw).strip())
        if found is None:
            raise ValueError(self._message(raw))
        limits = _limits()
        if not limits.min_date <= found <= limits.max_date:
            raise ValueError(
                Import.tr(
                    "{value} is outside the dates RenewDesk takes ({first} to {last})"
                ).format(
                    value=shown(raw),
                    first=limits.min_date.isoformat(),
                    last=limits.max_date.isoformat(),
                )
            )
        return found

    def _any_format(self, text: str) -> date | None:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
        found = self._numeric(text.split(" ", 1)[0].split("T", 1)[0])
        if found is not None:
            return found
        for fmt in _NAMED_FORMATS:
            try:
                return datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        return None

    def _numeric(self, text: str) -> date | None:
        match = _NUMERIC_DATE.fullmatch(text)
        if match is None:
            return None
        a, sep, b, c = match.groups()
        if len(a) == 4:
            order, parts = "ymd", (a, b, c)
        elif sep == ".":
            order, parts = "dmy", (a, b, c)
        else:
            order, parts = self.order, (a, b, c)
        fields = dict(zip(order, (int(p) for p in parts), strict=True))
        year = fields["y"]
        if year < 100 and len(parts[order.index("y")]) <= 2:
            year += 2000
        if year < 1000:
            return None
        try:
            return date(year, fields["m"], fields["d"])
        except ValueError:
            return None

    def _message(self, raw: str) -> str:
        example = {"mdy": "03/01/2026", "dmy": "01/03/2026", "ymd": "2026/03/01"}[self.order]
        return Import.tr(
            '"{value}" is not a date (write 2026-03-01, 01.03.2026 or {example})'
        ).format(value=shown(raw), example=example)


class _Memo(dict[str, Any]):
    """A dict that fills itself by parsing the missing key (a failure raises, unremembered)."""

    __slots__ = ("_parse",)

    def __init__(self, parse: Callable[[str], Any]) -> None:
        super().__init__()
        self._parse = parse

    def __missing__(self, raw: str) -> Any:
        value = self[raw] = self._parse(raw)
        return value


def cached(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """``parse`` remembering its result per distinct text (failures are not remembered).

    The lookup is the dict's own ``__getitem__``, so a repeated value costs no
    Python call at all: this is what keeps 100,000 rows fast.
    """
    return _Memo(parse).__getitem__
