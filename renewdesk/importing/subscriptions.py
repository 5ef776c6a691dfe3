"""Read and validate a subscriptions file into rows ready for the cache.

The whole file is validated before anything is written. Rows come out as
tuples in :data:`renewdesk.store.repositories.SUB_COLUMNS` order holding the
values the cache stores (enum values, ISO date text, ``0``/``1``, ``None`` for
a direct subscription's partner), because building 100,000 frozen dataclasses
would cost more than the rest of the import; :meth:`ParsedSubscriptions.subscriptions`
gives the domain objects when they are wanted.

Decisions where the spec is silent:

- **Required** columns: subscription_id, product_name *or* offering_code,
  customer_csn, currency, payment_method, term, seats, start_date,
  renewal_date, status. Customer CSN, currency, payment method, term, status
  and offering type may come from :class:`ImportDefaults` instead; a default
  also fills an empty cell of its column.
- **Optional** columns default to: contract_number "", offering_type
  ``standard``, customer_name "", partner "" (direct), auto_renew off, team "",
  buyer_email "".
- **offering_code** missing: the product name (trimmed) is the offering code,
  so a price book for such a file lists product names as offering codes; a
  missing product name takes the offering code.
- **Reseller without a partner CSN** (the portal export names the reseller but
  has no CSN): the partner key is ``R-`` and ten hex digits of a SHA-1 of the
  case-folded reseller name (or email when there is no name). It is stable
  from import to import, so the same reseller groups together.
- A start date after the renewal date is a problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from renewdesk.domain import OfferingType, PaymentMethod, Subscription, SubscriptionStatus, Term
from renewdesk.importing import converters as c
from renewdesk.importing import values as v
from renewdesk.importing.aliases import SUBSCRIPTIONS, HeaderMap, detect_mapping
from renewdesk.importing.errors import ProblemList
from renewdesk.importing.labels import column_label
from renewdesk.importing.numbers import NumberReader
from renewdesk.importing.reader import TableFile
from renewdesk.importing.texts import Import
from renewdesk.store.lean_rows import SUB_COLUMNS

# Targets in the order the row builder reads them: SUB_COLUMNS, then the extras.
TARGETS = (*SUB_COLUMNS, "customer_name", "partner_name", "partner_email", "buyer_email")
REQUIRED = (
    "subscription_id",
    "customer_csn",
    "currency",
    "payment_method",
    "term",
    "seats",
    "start_date",
    "renewal_date",
    "status",
)
PROGRESS_EVERY = 2000
# Rows per batch handed to a ``sink`` while the file is still being read.
SINK_EVERY = 5000

Converter = c.Converter
# ``sink(rows, customers, partners)``: a batch of valid rows (``SUB_COLUMNS`` order) and
# the customers (CSN -> (name, buyer email)) and partners (CSN -> (name, email)) so far.
Sink = Callable[
    [list[tuple[Any, ...]], dict[str, tuple[str, str]], dict[str, tuple[str, str]]], None
]


@dataclass(frozen=True)
class ImportDefaults:
    """Values for columns a file lacks (or leaves empty), set in the import dialog or CLI."""

    customer_csn: str = ""
    customer_name: str = ""
    currency: str = ""
    payment_method: str = ""
    term: str = ""
    status: str = ""
    offering_type: str = "standard"


@dataclass
class ParsedSubscriptions:
    """A validated subscriptions file: cache-ready rows plus the customers and partners."""

    file_name: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    # csn -> (company name, buyer email); partner CSN -> (name, email)
    customers: dict[str, tuple[str, str]] = field(default_factory=dict)
    partners: dict[str, tuple[str, str]] = field(default_factory=dict)

    def subscriptions(self) -> list[Subscription]:
        """The rows as domain objects."""
        # fmt: off
        return [
            Subscription(
                r[0], r[1], r[2], r[3], OfferingType(r[4]), r[5], r[6] or "", r[7],
                PaymentMethod(r[8]), Term(r[9]), r[10], date.fromisoformat(r[11]),
                date.fromisoformat(r[12]), SubscriptionStatus(r[13]), bool(r[14]), r[15],
            )
            for r in self.rows
        ]
        # fmt: on


def partner_key(name_or_email: str) -> str:
    """The stable partner CSN given to a reseller the file names but gives no CSN."""
    digest = hashlib.sha1(v.normalize_word(name_or_email).encode("utf-8")).hexdigest()
    return "R-" + digest[:10].upper()


class _Plan:
    """How to read each target from a row: a (cell position, converter) per target."""

    def __init__(
        self,
        hmap: HeaderMap,
        width: int,
        defaults: ImportDefaults,
        dates: v.DateParser,
        numbers: NumberReader,
    ) -> None:
        self.hmap = hmap
        self.width = width
        self.problems: list[tuple[str, str]] = []  # (column, problem) at the header row
        d = self._defaults(defaults)
        # Columns whose values repeat down a file (products, customers, partners) are
        # converted once per distinct text; IDs and contract numbers are nearly unique.
        conv: dict[str, Converter] = {
            "subscription_id": c.required_text(
                "", Import.tr("the subscription ID"), c.code("subscription_id")
            ),
            "contract_number": c.code("contract_number"),
            "product_name": v.cached(c.text("product_name")),
            "offering_code": v.cached(c.code("offering_code")),
            "offering_type": c.with_default(
                c.offering_type,
                d.get("offering_type", OfferingType.STANDARD.value),
                Import.tr("the offering type"),
            ),
            "customer_csn": v.cached(
                c.required_text(
                    d.get("customer_csn", ""),
                    Import.tr("the customer CSN"),
                    c.code("customer_csn"),
                )
            ),
            "partner_csn": v.cached(c.code("partner_csn")),
            "currency": c.with_default(
                v.parse_currency, d.get("currency"), Import.tr("the currency")
            ),
            "payment_method": c.with_default(
                c.payment_method, d.get("payment_method"), Import.tr("the payment method")
            ),
            "term": c.with_default(c.term, d.get("term"), Import.tr("the term")),
            "seats": c.with_default(
                lambda raw: v.parse_seats(raw, numbers), None, Import.tr("the number of seats")
            ),
            "start_date": c.with_default(dates.iso, None, Import.tr("the start date")),
            "renewal_date": c.with_default(dates.iso, None, Import.tr("the renewal date")),
            "status": c.with_default(c.status, d.get("status"), Import.tr("the status")),
            "auto_renew": v.cached(lambda s: int(v.parse_bool(s))),
            "team": v.cached(c.text("team")),
            "customer_name": v.cached(c.text("customer_name")),
            "partner_name": v.cached(c.text("partner_name")),
            "partner_email": v.cached(c.email),
            "buyer_email": v.cached(c.email),
        }
        idx = hmap.index
        if "auto_renew" not in idx and "autorenew_date" in idx:
            # The portal export: an auto-renew date means auto-renew is on.
            idx = {**idx, "auto_renew": idx["autorenew_date"]}
            conv["auto_renew"] = v.cached(lambda s: int(v.autorenew_date_means_on(s)))
        fallback = {
            "customer_csn": d.get("customer_csn"),
            "currency": d.get("currency"),
            "payment_method": d.get("payment_method"),
            "term": d.get("term"),
            "status": d.get("status"),
            "offering_type": d.get("offering_type", OfferingType.STANDARD.value),
            "auto_renew": 0,
            "customer_name": self._default_name(defaults.customer_name),
        }
        self.getters: list[tuple[int, Converter]] = []
        for target in TARGETS:
            if target in idx:
                self.getters.append((idx[target], conv[target]))
                continue
            value = fallback.get(target, "")
            if value is None or (target in REQUIRED and value == ""):
                self.problems.append(
                    (
                        column_label(target),
                        Import.tr("the file has no such column and no default was given"),
                    )
                )
            self.getters.append((0, c.const(value)))
        if "product_name" not in idx and "offering_code" not in idx:
            self.problems.append(
                (
                    column_label("product_name"),
                    Import.tr("the file has neither a product name nor an offering code"),
                )
            )

    def _default_name(self, raw: str) -> str:
        try:
            return str(c.text("customer_name")(raw))
        except ValueError as exc:
            self.problems.append(
                (column_label("customer_name"), Import.tr("default: {problem}").format(problem=exc))
            )
            return ""

    def _defaults(self, defaults: ImportDefaults) -> dict[str, str]:
        """The defaults that were given, parsed; a bad one is a header problem."""
        out: dict[str, str] = {}
        for name, parse in c.DEFAULT_PARSERS.items():
            raw = getattr(defaults, name)
            if not raw or not raw.strip():
                continue
            try:
                out[name] = parse(raw)
            except ValueError as exc:
                self.problems.append(
                    (column_label(name), Import.tr("default: {problem}").format(problem=exc))
                )
        return out

    def slow_row(self, cells: list[str], number: int, problems: ProblemList) -> None:
        """Report every bad cell of a row the fast path could not read."""
        for target, (pos, convert) in zip(TARGETS, self.getters, strict=True):
            try:
                convert(cells[pos])
            except ValueError as exc:
                column = self.hmap.column_name(
                    "autorenew_date"
                    if target == "auto_renew" and "auto_renew" not in self.hmap.index
                    else target
                )
                problems.add(number, column, str(exc))


def parse_subscriptions(
    table: TableFile,
    defaults: ImportDefaults | None = None,
    mapping: Mapping[str, str] | None = None,
    date_locale: str | None = None,
    progress: Callable[[int], None] | None = None,
    numbers: NumberReader | None = None,
    sink: Sink | None = None,
) -> ParsedSubscriptions:
    """Validate every row of ``table``; raises ``ImportFileError`` listing all problems.

    ``numbers`` reads the seats (by default: detected from the file). ``sink``, if
    given, is handed the valid rows in batches as they are read, with the customers
    and partners seen so far, until the first problem (so a caller can start writing
    them inside a transaction it rolls back when this raises).
    """
    problems = ProblemList(table.name)
    hmap = detect_mapping(table.headers, SUBSCRIPTIONS, mapping, table.header_row)
    for p in hmap.problems:
        problems.add(p.row, p.column, p.problem)
    plan = _Plan(
        hmap,
        len(table.headers),
        defaults or ImportDefaults(),
        v.DateParser(date_locale),
        numbers or NumberReader(),
    )
    for column, problem in plan.problems:
        problems.add(table.header_row, column, problem)
    problems.raise_if_any()
    parsed = ParsedSubscriptions(table.name)
    _read_rows(table.rows(), plan, parsed, problems, progress, sink)
    if not parsed.rows and not problems:
        problems.add(None, "", Import.tr("the file has a header but no subscriptions"))
    problems.raise_if_any()
    return parsed


def _read_rows(
    rows: Iterable[tuple[int, list[str]]],
    plan: _Plan,
    parsed: ParsedSubscriptions,
    problems: ProblemList,
    progress: Callable[[int], None] | None,
    sink: Sink | None = None,
) -> None:
    getters = plan.getters
    width = plan.width
    columns = plan.hmap.column_name
    seen: dict[str, int] = {}
    partner_keys: dict[str, str] = {}
    customers, partners, out = parsed.customers, parsed.partners, parsed.rows
    done = 0
    sent = 0
    failed = False
    for number, cells in rows:
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
        if len(cells) != width:
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            elif any(cell.strip() for cell in cells[width:]):
                problems.add(number, "", c.too_many_values())
                failed = True
                continue
        try:
            (sid, contract, product, code, otype, csn, pcsn, currency, payment, term, seats,
             start, renewal, status, auto, team, cname, pname, pemail, bemail) = [
                convert(cells[pos]) for pos, convert in getters
            ]  # fmt: skip
        except ValueError:
            plan.slow_row(cells, number, problems)
            failed = True
            continue
        first = seen.get(sid)
        if first is not None:
            problems.add(
                number,
                columns("subscription_id"),
                Import.tr('subscription "{id}" is also on row {row}').format(id=sid, row=first),
            )
            failed = True
            continue
        seen[sid] = number
        if start > renewal:
            problems.add(
                number,
                columns("start_date"),
                Import.tr("the start date {start} is after the renewal date {renewal}").format(
                    start=start, renewal=renewal
                ),
            )
            failed = True
            continue
        if not product:
            if not code:
                problems.add(
                    number, columns("product_name"), Import.tr("the product name is missing")
                )
                failed = True
                continue
            product = code
        elif not code:
            code = product
        if not pcsn and (pname or pemail):
            pcsn = partner_keys.get(pname or pemail)
            if pcsn is None:
                pcsn = partner_keys[pname or pemail] = partner_key(pname or pemail)
        if failed:
            continue  # keep validating, but stop collecting rows nobody will write
        known = customers.get(csn)
        if known is None or not (known[0] and known[1]):
            customers[csn] = (known[0] or cname, known[1] or bemail) if known else (cname, bemail)
        if pcsn:
            known = partners.get(pcsn)
            if known is None or not (known[0] and known[1]):
                partners[pcsn] = (
                    (known[0] or pname, known[1] or pemail) if known else (pname, pemail)
                )
        out.append(
            (sid, contract, product, code, otype, csn, pcsn or None, currency, payment, term,
             seats, start, renewal, status, auto, team)
        )  # fmt: skip
        if sink is not None and len(out) - sent >= SINK_EVERY:
            sink(out[sent:], customers, partners)
            sent = len(out)
    if sink is not None and not failed and len(out) > sent:
        sink(out[sent:], customers, partners)
