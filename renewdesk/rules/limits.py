"""Load the rule limits from ``limits.toml`` (one data file, one source note per limit)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
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


def parse_limits(data: dict[str, Any]) -> Limits:
    """Build :class:`Limits` from the parsed TOML document."""
    window, quote, auto = data["window"], data["quote"], data["automatic"]
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
    )


@cache
def default_limits() -> Limits:
    """The limits shipped in the package."""
    with LIMITS_FILE.open("rb") as fh:
        return parse_limits(tomllib.load(fh))
