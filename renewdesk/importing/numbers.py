"""Numbers as a file writes them: by the file's number locale, or detected from the file.

``1,234`` is 1234 in an English file and 1.234 in a Swedish or German one, so
a number with one ``,`` or ``.`` followed by exactly three digits cannot be
read without knowing which mark is the decimal mark. :class:`NumberReader`
reads every number of one file:

- with a **number locale** (``en_US``, ``sv_SE``, ``de_DE``...): its decimal
  mark is the decimal mark; the other mark is accepted only where the locale
  groups thousands with it, in groups of three (``1,234.50`` in English,
  ``1.234,50`` in German); a value that does not fit is refused naming the
  locale's way of writing numbers;
- **without one** (the default), the file decides: ``12,50``, ``0,995`` and
  ``1.234,56`` show a decimal comma, ``12.50`` and ``1,234.56`` a decimal
  point, and plain whole numbers need neither. A value that could be read
  either way (``5,000``) is refused, naming its row and column, unless some
  other value of the file shows which mark is the decimal mark: the service
  then reads the file again by that mark (:meth:`NumberReader.detected`).

Spaces (also non-breaking and narrow ones) and apostrophes always group
thousands. Numbers a workbook stores as numbers
(:class:`~renewdesk.importing.reader.NumberText`) are read as they are.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from renewdesk.importing.invisible import visible
from renewdesk.importing.reader import NumberText
from renewdesk.importing.texts import Import

_GROUPING = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")
_MARKS = {",": ".", ".": ","}
_PLAIN = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?[\d.,]*\d[\d.,]*")
# The locale chosen when the file shows a decimal point or comma (for messages).
POINT_LOCALE, COMMA_LOCALE = "en_US", "de_DE"


class NumberFormatError(ValueError):
    """A value that is a number, but not one the file's number locale (or the file) settles."""


@lru_cache(maxsize=32)
def locale_marks(locale: str) -> tuple[str, str]:
    """(decimal mark, thousands mark) of ``locale``; the thousands mark is "" when it is a space.

    Raises ``ValueError`` for a locale Babel does not know.
    """
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise ValueError(locale) from exc
    decimal = get_decimal_symbol(parsed)
    group = get_group_symbol(parsed)
    decimal = decimal if decimal in _MARKS else "."
    return decimal, group if group == _MARKS[decimal] else ""


def example(decimal: str, group: str) -> str:
    """How a locale writes twelve thousand and a half: ``12,345.50``, ``12 345,50``."""
    return f"12{group or ' '}345{decimal}50"


def _grouped(integer: str, mark: str) -> bool:
    """Whether ``integer`` groups thousands with ``mark`` correctly (``1,234,567``)."""
    digits = integer.lstrip("+-")
    parts = digits.split(mark)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 and p.isdigit() for p in parts[1:])


class NumberReader:
    """Reads the numbers of one file; ``locale`` None = detect from the file."""

    def __init__(self, locale: str | None = None) -> None:
        self.locale = locale or None
        self.marks = locale_marks(locale) if locale else None
        # Decimal marks values of the file showed unambiguously (auto mode).
        self.seen: set[str] = set()
        # Whether a value could not be read for want of a locale (auto mode).
        self.ambiguous = False

    def detected(self) -> str | None:
        """The number locale the file shows (``en_US`` or ``de_DE``), when it shows one."""
        if self.marks is not None or len(self.seen) != 1:
            return None
        return POINT_LOCALE if "." in self.seen else COMMA_LOCALE

    def parse(self, raw: str) -> Decimal:
        """``raw`` as a finite decimal; raises ``ValueError`` with the user-facing problem."""
        if type(raw) is NumberText:
            return _decimal(str(raw), raw)
        text = visible(raw).strip().translate(_GROUPING)
        if text[:1] == "−":  # the Unicode minus some spreadsheets write
            text = "-" + text[1:]
        if _PLAIN.fullmatch(text):
            return Decimal(text)
        if not _NUMBER.fullmatch(text):
            raise ValueError(_not_a_number(raw))
        if self.marks is not None:
            return _decimal(self._by_locale(text, raw, *self.marks), raw)
        return _decimal(self._detect(text, raw), raw)

    def _by_locale(self, text: str, raw: str, decimal: str, group: str) -> str:
        other = _MARKS[decimal]
        integer, _, fraction = text.partition(decimal)
        if other in integer or other in fraction or decimal in fraction:
            if other != group or other in fraction or not _grouped(integer, other):
                raise NumberFormatError(
                    Import.tr(
                        '"{value}" is not a number as the file\'s number locale writes them '
                        "(e.g. {example})"
                    ).format(value=_shown(raw), example=example(decimal, group))
                )
            integer = integer.replace(other, "")
        return f"{integer}.{fraction}" if fraction or text.endswith(decimal) else integer

    def _detect(self, text: str, raw: str) -> str:
        commas, dots = text.count(","), text.count(".")
        if commas and dots:
            decimal = "," if text.rfind(",") > text.rfind(".") else "."
        elif commas > 1 or dots > 1:
            decimal = "." if commas else ","  # the repeated mark groups thousands
            if not _grouped(text, _MARKS[decimal]):
                raise ValueError(_not_a_number(raw))
            self.seen.add(decimal)
            return text.replace(_MARKS[decimal], "")
        else:
            decimal = "," if commas else "."
            integer, _, fraction = text.partition(decimal)
            digits = integer.lstrip("+-")
            if len(fraction) == 3 and 1 <= len(digits) <= 3 and digits[:1] != "0":
                self.ambiguous = True
                raise NumberFormatError(
                    Import.tr(
                        '"{value}" could be read two ways ({one} or {other}): choose the '
                        "file's number locale, or write the number without a thousands mark"
                    ).format(
                        value=_shown(raw),
                        one=f"{digits}{fraction}",
                        other=f"{digits}.{fraction}",
                    )
                )
        other = _MARKS[decimal]
        integer, _, fraction = text.rpartition(decimal)
        if decimal in integer or (other in integer and not _grouped(integer, other)):
            raise ValueError(_not_a_number(raw))
        self.seen.add(decimal)
        return f"{integer.replace(other, '')}.{fraction}"


def _shown(raw: str) -> str:
    from renewdesk.importing.values import shown

    return shown(raw)


def _not_a_number(raw: str) -> str:
    return Import.tr('"{value}" is not a number').format(value=_shown(raw))


def _decimal(text: str, raw: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not text:
        raise ValueError(_not_a_number(raw))
    return value


def detect_locale(values: list[str]) -> str | None:
    """The number locale ``values`` show (``en_US``, ``de_DE``), or None (for a preview)."""
    reader = NumberReader()
    for raw in values:
        if raw.strip():
            try:
                reader.parse(raw)
            except ValueError:
                continue
    return reader.detected()
