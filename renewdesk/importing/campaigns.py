"""Read and validate a campaigns file.

``offering_codes``, ``terms`` and ``currencies`` are optional and hold several
values separated by ``|`` (empty = all). The percentage is above 0 and at most
100 (a trailing ``%`` is allowed); ``valid_from`` may not be after ``valid_to``.
A campaign without a name takes its code as the name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from renewdesk.domain import Campaign, Term
from renewdesk.importing import converters as c
from renewdesk.importing import values as v
from renewdesk.importing.aliases import CAMPAIGNS
from renewdesk.importing.numbers import NumberReader
from renewdesk.importing.reader import TableFile
from renewdesk.importing.records import Field, read_records
from renewdesk.importing.texts import Import
from renewdesk.rules.limits import default_limits

REQUIRED = ("code", "percent_off", "valid_from", "valid_to")


def _percent(raw: str, numbers: NumberReader) -> Decimal:
    value = v.parse_decimal(raw.strip().removesuffix("%"), numbers)
    decimals = default_limits().max_price_decimals
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > decimals:
        raise ValueError(
            Import.tr("{value} has more than {count} decimals").format(
                value=v.shown(raw), count=decimals
            )
        )
    if not 0 < value <= 100:
        raise ValueError(
            Import.tr("{value} is not a percentage above 0 and at most 100").format(
                value=v.shown(raw)
            )
        )
    return value


def _split(raw: str, parse: Callable[[str], str]) -> tuple[str, ...]:
    parts = [p.strip() for p in raw.split("|")]
    return tuple(dict.fromkeys(parse(p) for p in parts if p))


def _fields(dates: v.DateParser, numbers: NumberReader) -> dict[str, Field]:
    offering_code = c.code("offering_code")
    return {
        "code": Field(c.code("campaign_code")),
        "name": Field(c.text("campaign_name"), required=False),
        "percent_off": Field(lambda raw: _percent(raw, numbers)),
        "valid_from": Field(dates.parse),
        "valid_to": Field(dates.parse),
        "offering_codes": Field(lambda s: _split(s, offering_code), required=False, default=()),
        "terms": Field(
            lambda s: _split(s, lambda t: v.enum_value(t, v.TERMS, Import.tr("term"))),
            required=False,
            default=(),
        ),
        "currencies": Field(lambda s: _split(s, v.parse_currency), required=False, default=()),
    }


def _check(values: dict[str, Any]) -> tuple[str, str] | None:
    if values["valid_from"] > values["valid_to"]:
        return "valid_to", Import.tr("the campaign ends ({end}) before it starts ({start})").format(
            end=values["valid_to"], start=values["valid_from"]
        )
    return None


@dataclass
class ParsedCampaigns:
    """Validated campaigns, by code."""

    file_name: str
    campaigns: dict[str, Campaign] = field(default_factory=dict)


def parse_campaigns(
    table: TableFile,
    date_locale: str | None = None,
    progress: Callable[[int], None] | None = None,
    mapping: Mapping[str, str] | None = None,
    numbers: NumberReader | None = None,
) -> ParsedCampaigns:
    """Validate every row of ``table``; raises ``ImportFileError`` listing all problems."""
    dates = v.DateParser(date_locale)
    records = read_records(
        table,
        CAMPAIGNS,
        _fields(dates, numbers or NumberReader()),
        key=("code",),
        check=_check,
        progress=progress,
        mapping=mapping,
    )
    parsed = ParsedCampaigns(table.name)
    for _row, r in records:
        from_: date = r["valid_from"]
        parsed.campaigns[r["code"]] = Campaign(
            code=r["code"],
            name=r["name"] or r["code"],
            percent_off=r["percent_off"],
            valid_from=from_,
            valid_to=r["valid_to"],
            offering_codes=r["offering_codes"],
            terms=tuple(Term(t) for t in r["terms"]),
            currencies=r["currencies"],
        )
    return parsed
