"""Read and validate a price book file: a unit renewal price per (offering code, term, currency).

Prices are exact decimals with ``,`` or ``.`` as the decimal mark, 0 or more.
A (code, term, currency) twice in one file is a problem naming both rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from renewdesk.domain import PriceEntry, Term
from renewdesk.importing import values as v
from renewdesk.importing.aliases import PRICES
from renewdesk.importing.reader import TableFile
from renewdesk.importing.records import Field, read_records
from renewdesk.importing.texts import Import

PriceKey = tuple[str, str, str]


def _price(raw: str) -> Decimal:
    value = v.parse_decimal(raw)
    if value < 0:
        raise ValueError(Import.tr("{value} is below zero").format(value=v.shown(raw)))
    return value


def _code(raw: str) -> str:
    return raw.strip()


FIELDS = {
    "offering_code": Field(_code),
    "term": Field(lambda s: v.enum_value(s, v.TERMS, Import.tr("term"))),
    "currency": Field(v.parse_currency),
    "unit_price": Field(_price),
}


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
) -> ParsedPrices:
    """Validate every row of ``table``; raises ``ImportFileError`` listing all problems."""
    key = ("offering_code", "term", "currency")
    records = read_records(table, PRICES, FIELDS, key=key, progress=progress, mapping=mapping)
    parsed = ParsedPrices(table.name)
    for _row, r in records:
        parsed.prices[(r["offering_code"], r["term"], r["currency"])] = r["unit_price"]
    return parsed
