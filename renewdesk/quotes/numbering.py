"""Quote numbers ``Q-YYYY-NNNNNN``: a per-year counter kept in the cache's sequences table.

The counter only goes up (the repository increments it in the transaction that
inserts the quote), so a number is never handed out twice, even after a draft
is discarded or the as-of date is moved back for a demo.
"""

from __future__ import annotations

import re

from renewdesk.lazy_text import tr_later

PREFIX = "Q"
DIGITS = 6
NUMBER_RE = re.compile(r"^Q-(\d{4})-(\d{6})$")


class BadQuoteNumberError(ValueError):
    """The text is not a quote number."""


def sequence_name(year: int) -> str:
    """The sequences-table key of the year's counter."""
    return f"quote-{year:04d}"


def format_number(year: int, counter: int) -> str:
    """``Q-2026-000042`` for year 2026, counter 42."""
    if not 0 < counter < 10**DIGITS:
        raise ValueError(f"quote counter {counter} does not fit in {DIGITS} digits")
    return f"{PREFIX}-{year:04d}-{counter:0{DIGITS}d}"


def parse_number(number: str) -> tuple[int, int]:
    """(year, counter) of a quote number; raises :class:`BadQuoteNumberError`."""
    match = NUMBER_RE.match(number.strip().upper())
    if not match:
        raise BadQuoteNumberError(
            tr_later("QuoteErrors", "{number} is not a quote number (Q-YYYY-NNNNNN)").format(
                number=repr(number)
            )
        )
    return int(match.group(1)), int(match.group(2))


def normalize_number(number: str) -> str:
    """The canonical spelling of a quote number the user typed (``q-2026-000042`` works)."""
    year, counter = parse_number(number)
    return format_number(year, counter)
