"""Load the rule limits from ``limits.toml`` (one data file, one source note per limit)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

LIMITS_FILE = Path(__file__).with_name("limits.toml")


@dataclass(frozen=True, slots=True)
class Limits:
    days_before_renewal: int = 90
    days_after_renewal: int = 45
    max_extra_recipients: int = 4
    max_lines: int = 100
    validity_days: int = 30
    auto_quote_days: int = 30
    card_ceiling: MappingProxyType[str, Decimal] = field(
        default_factory=lambda: MappingProxyType({"USD": Decimal("25000")})
    )
    # field name -> longest text it may hold (see [fields] in limits.toml)
    field_lengths: MappingProxyType[str, int] = field(
        default_factory=lambda: MappingProxyType({})
    )
    max_seats: int = 1_000_000
    max_unit_price: Decimal = Decimal("1000000000")
    max_price_decimals: int = 4
    min_date: date = date(1900, 1, 1)
    max_date: date = date(2199, 12, 31)

    def max_length(self, field_name: str) -> int:
        """The longest text ``field_name`` may hold (KeyError for an unknown field)."""
        return self.field_lengths[field_name]


def parse_limits(data: dict[str, Any]) -> Limits:
    """Build :class:`Limits` from the parsed TOML document."""
    window, quote, auto = data["window"], data["quote"], data["automatic"]
    values = data.get("values", {})
    ceiling = {
        key: Decimal(str(value))
        for key, value in data.get("card_ceiling", {}).items()
        if key != "source"
    }
    return Limits(
        days_before_renewal=int(window["days_before_renewal"]),
        days_after_renewal=int(window["days_after_renewal"]),
        max_extra_recipients=int(quote["max_extra_recipients"]),
        max_lines=int(quote["max_lines"]),
        validity_days=int(quote["validity_days"]),
        auto_quote_days=int(auto["days_before_expiry"]),
        card_ceiling=MappingProxyType(ceiling),
        field_lengths=MappingProxyType(
            {k: int(v) for k, v in data.get("fields", {}).items() if k != "source"}
        ),
        max_seats=int(values.get("max_seats", 1_000_000)),
        max_unit_price=Decimal(str(values.get("max_unit_price", "1000000000"))),
        max_price_decimals=int(values.get("max_price_decimals", 4)),
        min_date=date.fromisoformat(values.get("min_date", "1900-01-01")),
        max_date=date.fromisoformat(values.get("max_date", "2199-12-31")),
    )


@cache
def default_limits() -> Limits:
    """The limits shipped in the package."""
    with LIMITS_FILE.open("rb") as fh:
        return parse_limits(tomllib.load(fh))
