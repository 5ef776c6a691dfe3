"""Read and validate a price book file: a unit renewal price per (offering code, term, currency).

Prices are exact decimals read by the file's number locale (or as the file
shows them), from 0 to the limits' ``max_unit_price`` with at most
``max_price_decimals`` decimals.
A (code, term, currency) twice in one file is a problem naming both rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from renewdesk.domain import PriceEntry, Term
from renewdesk.importing import converters as c
from renewdesk.importing import values as v
from renewdesk.importing.aliases import PRICES
from renewdesk.importing.numbers import NumberReader
from renewdesk.importing.reader import TableFile
from renewdesk.importing.records import Field, read_records
from renewdesk.importing.texts import Import

PriceKey = tuple[str, str, str]


def fields(numbers: NumberReader) -> dict[str, Field]:
    """How each column is read; ``numbers`` reads the prices."""
    return {
        "offering_code": Field(c.code("offering_code")),
        "term": Field(lambda s: v.enum_value(s, v.TERMS, Import.tr("term"))),
        "currency": Field(v.parse_currency),
        "unit_price": Field(lambda raw: v.parse_price(raw, numbers)),
    }


# The columns a price book has (what the preview asks defaults for).
FIELDS = fields(NumberReader())


@dataclass
class ParsedPrices:
    """A validated price book: (offering code, term, currency) -> unit price."""

    file_name: str
    prices: dict[PriceKey, Decimal] = field(default_factory=dict)

    def entries(self) -> list[PriceEntry]:
        return [PriceEntry(c, Term(t), cur, p) for (c, t, cur), p in self.prices.items()]


def parse_prices(
    table: TableFile,
    progress: Callable[[int], None] | None = None,
    mapping: Mapping[str, str] | None = None,
    numbers: NumberReader | None = None,
) -> ParsedPrices:
    """Validate every row of ``table``; raises ``ImportFileError`` listing all problems."""
    key = ("offering_code", "term", "currency")
    columns = fields(numbers or NumberReader())
    records = read_records(table, PRICES, columns, key=key, progress=progress, mapping=mapping)
    parsed = ParsedPrices(table.name)
    for _row, r in records:
        parsed.prices[(r["offering_code"], r["term"], r["currency"])] = r["unit_price"]
    return parsed
