"""Which file header means which column: the alias table and the header mapping.

Headers are compared after :func:`normalize_header` (case-folded, ``_`` and
``-`` read as spaces, runs of spaces collapsed), so ``Subscription ID``,
``subscription_id`` and ``SUBSCRIPTION-ID`` are one name. The table holds the
canonical names, the vendor portal export's names and Swedish headers.

Besides the canonical columns an import may fill two helper targets:
``partner_email`` (the reseller's email, kept on the partner) and
``autorenew_date`` (the portal's auto-renew date: non-empty means auto-renew on).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from renewdesk.importing.errors import ImportProblem
from renewdesk.importing.labels import column_label
from renewdesk.importing.texts import Import

SUBSCRIPTION_COLUMNS: tuple[str, ...] = (
    "subscription_id",
    "contract_number",
    "product_name",
    "offering_code",
    "offering_type",
    "customer_csn",
    "customer_name",
    "partner_csn",
    "partner_name",
    "currency",
    "payment_method",
    "term",
    "seats",
    "start_date",
    "renewal_date",
    "status",
    "auto_renew",
    "team",
    "buyer_email",
)
SUBSCRIPTION_EXTRAS: tuple[str, ...] = ("partner_email", "autorenew_date")
PRICE_COLUMNS: tuple[str, ...] = ("offering_code", "term", "currency", "unit_price")
CAMPAIGN_COLUMNS: tuple[str, ...] = (
    "code",
    "name",
    "percent_off",
    "valid_from",
    "valid_to",
    "offering_codes",
    "terms",
    "currencies",
)

# Spellings beyond the canonical name itself, grouped by target column.
_SUBSCRIPTION_ALIASES: dict[str, tuple[str, ...]] = {
    "subscription_id": (
        "subscription",
        "subscription number",
        "subscription no",
        "prenumerations id",
        "prenumerationsid",
        "prenumeration",
        "prenumerationsnummer",
        "abonnemangs id",
        "abonnemangsid",
    ),
    "contract_number": (
        "contract",
        "contract no",
        "agreement number",
        "avtalsnummer",
        "kontraktsnummer",
        "avtal",
    ),
    "product_name": ("offering_name", "product", "offering", "produkt", "produktnamn"),
    "offering_code": (
        "product code",
        "sku",
        "part number",
        "produktkod",
        "artikelnummer",
        "erbjudandekod",
    ),
    "offering_type": (
        "offering type",
        "product type",
        "type",
        "erbjudandetyp",
        "produkttyp",
        "typ",
    ),
    "customer_csn": (
        "csn",
        "customer number",
        "customer no",
        "customer id",
        "kundnummer",
        "kund csn",
        "kundnr",
    ),
    "customer_name": (
        "customer",
        "company",
        "company name",
        "account name",
        "kundnamn",
        "kund",
        "företag",
        "företagsnamn",
    ),
    "partner_csn": (
        "reseller_csn",
        "partner number",
        "reseller number",
        "partnernummer",
        "återförsäljarnummer",
        "partner csn",
    ),
    "partner_name": (
        "reseller_name",
        "reseller",
        "partner",
        "återförsäljare",
        "partnernamn",
        "återförsäljarnamn",
    ),
    "partner_email": (
        "reseller_email",
        "partner e-mail",
        "reseller e-mail",
        "återförsäljarens e-post",
        "återförsäljare e-post",
        "partner e-post",
    ),
    "currency": ("valuta", "currency code"),
    "payment_method": ("payment", "payment type", "betalningsmetod", "betalsätt", "betalningssätt"),
    "term": (
        "billing term",
        "billing period",
        "period",
        "löptid",
        "avtalsperiod",
        "betalningsperiod",
        "faktureringsperiod",
    ),
    "seats": (
        "seat_quantity",
        "quantity",
        "qty",
        "licenses",
        "licences",
        "users",
        "antal",
        "antal licenser",
        "antal platser",
        "platser",
        "licenser",
        "antal användare",
    ),
    "start_date": ("start", "startdatum", "start datum", "från"),
    "renewal_date": (
        "end_date",
        "end",
        "renewal",
        "renews on",
        "expiry date",
        "expiration date",
        "förnyelsedatum",
        "slutdatum",
        "förnyas",
        "utgångsdatum",
    ),
    "status": ("subscription_status", "state", "prenumerationsstatus"),
    "auto_renew": (
        "autorenew",
        "auto renewal",
        "automatic renewal",
        "automatisk förnyelse",
        "autoförnyelse",
        "förnyas automatiskt",
    ),
    "autorenew_date": ("auto renew date", "auto renewal date", "autoförnyelsedatum"),
    "team": ("team name", "teamnamn"),
    "buyer_email": (
        "buyer e-mail",
        "email",
        "e-mail",
        "contact email",
        "köparens e-post",
        "köpare e-post",
        "e-post",
        "epost",
    ),
}
_PRICE_ALIASES: dict[str, tuple[str, ...]] = {
    "offering_code": ("product code", "sku", "code", "produktkod", "artikelnummer"),
    "term": ("billing term", "period", "löptid"),
    "currency": ("valuta",),
    "unit_price": (
        "price",
        "unit price",
        "renewal price",
        "list price",
        "pris",
        "styckpris",
        "a-pris",
    ),
}
_CAMPAIGN_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("campaign", "campaign code", "promotion code", "kampanjkod", "kampanj"),
    "name": ("campaign name", "description", "namn", "kampanjnamn", "beskrivning"),
    "percent_off": ("discount", "discount percent", "percent", "rabatt", "rabatt procent"),
    "valid_from": ("from", "start_date", "start", "giltig från", "från"),
    "valid_to": ("to", "end_date", "end", "giltig till", "till"),
    "offering_codes": ("offering_code", "products", "product codes", "produktkoder"),
    "terms": ("term", "perioder"),
    "currencies": ("currency", "valutor", "valuta"),
}

_SPACES = re.compile(r"[\s_\-]+")


def normalize_header(text: str) -> str:
    """The comparison form of a header: case-folded, ``_``/``-`` as spaces, spaces collapsed."""
    return _SPACES.sub(" ", text.strip().lstrip("\ufeff")).strip().casefold()


def _index(columns: Sequence[str], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for target in (*columns, *aliases):
        table[normalize_header(target)] = target
    for target, names in aliases.items():
        for name in names:
            table.setdefault(normalize_header(name), target)
    return table


@dataclass(frozen=True)
class ColumnSet:
    """The columns one kind of import knows, and the header spellings that lead to them."""

    kind: str
    columns: tuple[str, ...]
    extras: tuple[str, ...]
    aliases: dict[str, str] = field(repr=False)

    @property
    def targets(self) -> tuple[str, ...]:
        """Every column a header may be mapped to."""
        return self.columns + self.extras


SUBSCRIPTIONS = ColumnSet(
    "subscriptions",
    SUBSCRIPTION_COLUMNS,
    SUBSCRIPTION_EXTRAS,
    _index(SUBSCRIPTION_COLUMNS, _SUBSCRIPTION_ALIASES),
)
PRICES = ColumnSet("prices", PRICE_COLUMNS, (), _index(PRICE_COLUMNS, _PRICE_ALIASES))
CAMPAIGNS = ColumnSet(
    "campaigns", CAMPAIGN_COLUMNS, (), _index(CAMPAIGN_COLUMNS, _CAMPAIGN_ALIASES)
)
COLUMN_SETS = {s.kind: s for s in (SUBSCRIPTIONS, PRICES, CAMPAIGNS)}


@dataclass(frozen=True)
class HeaderMap:
    """Where each target column sits in the file.

    ``index`` maps a target column to its 0-based position; ``header`` gives the
    header as the file writes it (for messages); ``mapping`` is file header ->
    target for every mapped header, in file order.
    """

    index: dict[str, int]
    header: dict[str, str]
    mapping: dict[str, str]
    unmapped: tuple[str, ...]
    problems: tuple[ImportProblem, ...]

    def column_name(self, target: str) -> str:
        """The file's header for ``target``, or the column's label when the file lacks it."""
        found = self.header.get(target)
        return found if found is not None else column_label(target)


def detect_mapping(
    headers: Sequence[str],
    columns: ColumnSet,
    override: Mapping[str, str] | None = None,
    header_row: int = 1,
) -> HeaderMap:
    """Map the file's headers onto ``columns``; ``override`` (header -> target, "" = ignore) wins.

    Override keys match a header exactly first, then case-insensitively.
    Two headers for one target and unknown override targets are problems.
    """
    chosen: dict[int, str] = {}
    for pos, text in enumerate(headers):
        target = columns.aliases.get(normalize_header(text)) if text else None
        if target is not None:
            chosen[pos] = target
    problems: list[ImportProblem] = []
    if override:
        by_exact = {h: i for i, h in reversed(list(enumerate(headers)))}
        by_norm = {normalize_header(h): i for i, h in reversed(list(enumerate(headers)))}
        for key, target in override.items():
            found = by_exact.get(key, by_norm.get(normalize_header(key)))
            if found is None:
                continue  # a header this file doesn't have: nothing to override
            if not target:
                chosen.pop(found, None)
            elif target in columns.targets:
                chosen[found] = target
            else:
                problems.append(
                    ImportProblem(
                        header_row,
                        headers[found],
                        Import.tr('"{target}" is not a column RenewDesk knows').format(
                            target=target
                        ),
                    )
                )
    index: dict[str, int] = {}
    for pos in sorted(chosen):
        target = chosen[pos]
        if target in index:
            problems.append(
                ImportProblem(
                    header_row,
                    headers[pos],
                    Import.tr('column "{other}" already gives {target}').format(
                        other=headers[index[target]], target=column_label(target)
                    ),
                )
            )
            continue
        index[target] = pos
    return HeaderMap(
        index=index,
        header={t: headers[p] for t, p in index.items()},
        mapping={headers[p]: t for t, p in sorted(index.items(), key=lambda kv: kv[1])},
        unmapped=tuple(h for i, h in enumerate(headers) if h and i not in chosen),
        problems=tuple(problems),
    )
