"""The Subscriptions table's rows as plain values: columns, search index, sort orders.

Qt-free and pure: the loading tasks run these off the GUI thread over lean rows
(:mod:`renewdesk.store.lean_rows`) and, once the rules have judged them, their
verdicts; :mod:`renewdesk.ui.subscriptions_model` shows the result.
"""

from __future__ import annotations

import enum
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from renewdesk.perf import gc_paused
from renewdesk.planning.stages import STAGES, Stage
from renewdesk.services.verdicts import CheckResult, Verdict
from renewdesk.store.lean_rows import (
    AUTO_RENEW,
    CONTRACT,
    CURRENCY,
    CUSTOMER,
    ID,
    OFFERING_CODE,
    OWNER,
    PAYMENT,
    PRODUCT,
    RENEWAL,
    SEATS,
    STAGE,
    STATUS,
    TERM,
    TERMS,
)

LeanRow = tuple[Any, ...]  # renewdesk.store.lean_rows: SUB_COLUMNS, then stage, owner, note


class Column(enum.IntEnum):
    PRODUCT = 0
    SUBSCRIPTION_ID = enum.auto()
    CONTRACT = enum.auto()
    CSN = enum.auto()
    TERM = enum.auto()
    SEATS = enum.auto()
    RENEWAL_DATE = enum.auto()
    DAYS_LEFT = enum.auto()
    STATUS = enum.auto()
    # Right after Status, so the badge shows without scrolling sideways at 1280 px.
    ELIGIBILITY = enum.auto()
    AUTO_RENEW = enum.auto()
    PAYMENT_METHOD = enum.auto()
    CURRENCY = enum.auto()
    # Renewal planning (issue 14): what the admin decided, and who owns it.
    STAGE = enum.auto()
    OWNER = enum.auto()


def stage_of(row: LeanRow) -> Stage:
    return STAGES.get(row[STAGE] or "", Stage.NOT_STARTED)


_STAGE_ORDER = {stage: n for n, stage in enumerate(Stage)}
_SORT_KEYS: dict[Column, Callable[[LeanRow], Any]] = {
    Column.PRODUCT: lambda r: r[PRODUCT].casefold(),
    Column.SUBSCRIPTION_ID: lambda r: r[ID],
    Column.CONTRACT: lambda r: r[CONTRACT],
    Column.CSN: lambda r: r[CUSTOMER],
    Column.TERM: lambda r: TERMS[r[TERM]].months,
    Column.SEATS: lambda r: r[SEATS],
    Column.RENEWAL_DATE: lambda r: r[RENEWAL],  # ISO text sorts as the dates do
    Column.DAYS_LEFT: lambda r: r[RENEWAL],
    Column.STATUS: lambda r: r[STATUS],
    Column.AUTO_RENEW: lambda r: bool(r[AUTO_RENEW]),
    Column.PAYMENT_METHOD: lambda r: r[PAYMENT],
    Column.CURRENCY: lambda r: r[CURRENCY],
    Column.STAGE: lambda r: _STAGE_ORDER[stage_of(r)],
    Column.OWNER: lambda r: (r[OWNER] or "").casefold(),
}


@dataclass(frozen=True, slots=True)
class RowIndex:
    """What filtering and sorting read per row, computed once per load (plain values)."""

    hay: list[str] | None  # the searchable text, case-folded; None: not made yet (hay_of)
    days: list[int] | None  # days from the as-of date to the renewal date; None: days_of
    eligible: list[bool]  # all False while the rules are still being checked


def index_rows(
    rows: Sequence[LeanRow],
    as_of: date,
    verdicts: Sequence[Verdict] | None = None,
    *,
    whole: bool = True,
) -> RowIndex:
    """Pure: the :class:`RowIndex` of lean ``rows``; the loading task runs it off the GUI thread.

    ``whole=False`` leaves out the search text and the days (the first paint's: the
    task that checks the rows makes them after the paint, off the GUI thread).
    """
    eligible = eligible_of(verdicts) if verdicts else [False] * len(rows)
    if not whole:
        return RowIndex(None, None, eligible)
    return RowIndex(hay_of(rows), days_of(rows, as_of), eligible)


def days_of(rows: Sequence[LeanRow], as_of: date) -> list[int]:
    """Pure: the days from ``as_of`` to each row's renewal date (each date parsed once)."""
    ordinal = as_of.toordinal()
    renewals = list(map(itemgetter(RENEWAL), rows))  # C loops: no Python step per row
    parse = date.fromisoformat
    days = {iso: parse(iso).toordinal() - ordinal for iso in set(renewals)}
    return list(map(days.__getitem__, renewals))


def hay_of(rows: Sequence[LeanRow]) -> list[str]:
    """Pure: each row's searchable text (product, ids, customer number, offering), case-folded."""
    join = "\x1f".join
    with gc_paused():
        return [
            join((r[PRODUCT], r[ID], r[CONTRACT], r[CUSTOMER], r[OFFERING_CODE])).casefold()
            for r in rows
        ]


def eligible_of(verdicts: Sequence[Verdict]) -> list[bool]:
    """Pure: whether each verdict lets a quote be made (shared findings judged once)."""
    judged: dict[int, bool] = {}
    out = []
    for v in verdicts:
        ok = judged.get(id(v.findings))
        if ok is None:
            ok = judged[id(v.findings)] = not any(f.blocks for f in v.findings)
        out.append(ok)
    return out


def lean_from_results(results: Sequence[CheckResult]) -> tuple[list[LeanRow], list[CheckResult]]:
    """Lean rows and verdicts from full check results (what a caller holding results shows)."""
    rows = []
    for r in results:
        s, plan = r.subscription, r.plan
        rows.append(
            (
                *(str(v) if isinstance(v, enum.Enum) else v for v in _values(s)),
                plan.stage.value if plan else None,
                plan.owner if plan else None,
                plan.note if plan else None,
            )
        )
    return rows, list(results)


def _values(s: Any) -> tuple[Any, ...]:
    return (
        s.subscription_id,
        s.contract_number,
        s.product_name,
        s.offering_code,
        s.offering_type,
        s.customer_csn,
        s.partner_csn or None,
        s.currency,
        s.payment_method,
        s.term,
        s.seats,
        s.start_date.isoformat(),
        s.renewal_date.isoformat(),
        s.status,
        int(s.auto_renew),
        s.team,
    )


def sort_keys(
    column: Column,
    rows: Sequence[LeanRow],
    eligible: list[bool],
    verdicts: Sequence[Verdict] | None = None,
) -> list[Any]:
    """Pure: the key each row sorts by in ``column``."""
    if column is Column.ELIGIBILITY:
        if verdicts is None:
            return [0] * len(rows)
        return [
            (0 if ok else 2) + (1 if v.findings else 0)
            for ok, v in zip(eligible, verdicts, strict=True)
        ]
    fn = _SORT_KEYS[column]
    return [fn(r) for r in rows]


def sort_orders(
    rows: Sequence[LeanRow], index: RowIndex, verdicts: Sequence[Verdict] | None = None
) -> dict[Column, array[int]]:
    """Pure: every row in ascending order of each sortable column, for a first sort at once.

    Sorting 100,000 rows by a new column costs more than the 50 ms a click may take,
    so the page computes these off the GUI thread after the table has filled.
    """
    orders = {}
    with gc_paused():
        for column in (*_SORT_KEYS, Column.ELIGIBILITY):
            keys = sort_keys(column, rows, index.eligible, verdicts)
            # As machine ints: 13 columns of 100,000 Python ints would hold ~40 MB.
            orders[column] = array("i", sorted(range(len(rows)), key=keys.__getitem__))
    return orders
