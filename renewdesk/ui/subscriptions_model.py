"""The Subscriptions and Agreements table model, built to stay fast at 100,000 rows.

Rows are the check service's plain ``CheckResult`` values. ``set_rows`` builds,
once, a lowercase search string per row and the columns the filters look at;
``sort`` orders a permutation of row indices by a per-column key list cached on
first use; filtering walks that permutation and keeps a list of visible row
indices. No proxy model, no Python ``lessThan``/``filterAcceptsRow``: each
step is one list comprehension or one ``sorted`` over plain values
(see tests/perf/bench_ui_table.py for the numbers).
"""

from __future__ import annotations

import enum
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from renewdesk.i18n import TrContext
from renewdesk.messages import sentence
from renewdesk.planning.stages import RenewalPlan
from renewdesk.rules import Severity
from renewdesk.rules.codes import Code
from renewdesk.services.verdicts import CheckResult, Verdict
from renewdesk.store.lean_rows import (
    AUTO_RENEW,
    CONTRACT,
    CURRENCY,
    CUSTOMER,
    ID,
    NOTE,
    OWNER,
    PAYMENT,
    PAYMENTS,
    PRODUCT,
    RENEWAL,
    SEATS,
    STAGE,
    STATUS,
    STATUSES,
    TERM,
    TERMS,
    subscription_from_raw,
)
from renewdesk.ui import labels
from renewdesk.ui.planning_labels import stage_label
from renewdesk.ui.row_model import BadgeRole, RowRole, SortRole
from renewdesk.ui.subscription_rows import (
    Column,
    LeanRow,
    RowIndex,
    days_of,
    eligible_of,
    hay_of,
    index_rows,
    lean_from_results,
    sort_keys,
    stage_of,
)

_Index = QModelIndex | QPersistentModelIndex


_COLUMNS = len(Column)


class Badge(enum.StrEnum):
    ELIGIBLE = "eligible"
    ELIGIBLE_INFO = "eligible_info"  # eligible, with a note (auto-renew on)
    BLOCKED = "blocked"


class SubscriptionsTable(TrContext):
    """The translation context of the table's headers and badges."""


def headers() -> list[str]:
    """The column titles in :class:`Column` order."""
    titles = {
        Column.PRODUCT: SubscriptionsTable.tr("Product"),
        Column.SUBSCRIPTION_ID: SubscriptionsTable.tr("Subscription ID"),
        Column.CONTRACT: SubscriptionsTable.tr("Contract"),
        Column.CSN: SubscriptionsTable.tr("CSN"),
        Column.TERM: SubscriptionsTable.tr("Term"),
        Column.SEATS: SubscriptionsTable.tr("Seats"),
        Column.RENEWAL_DATE: SubscriptionsTable.tr("Renewal date"),
        Column.DAYS_LEFT: SubscriptionsTable.tr("Days left"),
        Column.STATUS: SubscriptionsTable.tr("Status"),
        Column.ELIGIBILITY: SubscriptionsTable.tr("Eligibility"),
        Column.AUTO_RENEW: SubscriptionsTable.tr("Auto-renew"),
        Column.PAYMENT_METHOD: SubscriptionsTable.tr("Payment method"),
        Column.CURRENCY: SubscriptionsTable.tr("Currency"),
        Column.STAGE: SubscriptionsTable.tr("Stage"),
        Column.OWNER: SubscriptionsTable.tr("Owner"),
    }
    return [titles[column] for column in Column]


@dataclass(frozen=True, slots=True)
class SubscriptionFilter:
    """What the page's search box and filters ask for; empty values mean "any"."""

    text: str = ""
    status: str = ""
    customer_csn: str = ""
    currency: str = ""
    within_days: int | None = None
    eligible_only: bool = False
    stage: str = ""  # a renewal stage value
    owner: str = ""
    ids: frozenset[str] | None = None  # exactly these (from the planning page)


def _badge(verdict: Verdict) -> Badge:
    if not verdict.eligible:
        return Badge.BLOCKED
    if any(f.severity is not Severity.BLOCK for f in verdict.findings):
        return Badge.ELIGIBLE_INFO
    return Badge.ELIGIBLE


class SubscriptionsModel(QAbstractTableModel):
    """Lean rows with their verdicts as table rows; sorting and filtering here, not in a proxy.

    The rows can come before their verdicts (the first paint): the Eligibility
    column then says the rules are being checked until :meth:`set_verdicts`.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LeanRow] = []
        self._verdicts: list[Verdict] | None = []
        self._results: dict[int, CheckResult] = {}  # made when asked for, kept
        self._as_of = date.today()
        # None (the first paint's): made when first needed, or adopted (adopt_index).
        self._hay: list[str] | None = []
        self._days: list[int] | None = []
        self._eligible: list[bool] = []
        self._sort_keys: dict[Column, list[Any]] = {}
        self._presorted: dict[Column, array[int]] = {}  # column -> every row, ascending
        self._order: list[int] = []  # every row index, in the current sort order
        self._visible: list[int] = []  # the rows shown, in order
        self._sort_column: Column | None = None
        self._sort_desc = False
        self._order_desc = False  # the direction self._order is in
        self._filter = SubscriptionFilter()
        self._headers = headers()

    # ---- loading, sorting, filtering -------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[LeanRow],
        as_of: date,
        index: RowIndex | None = None,
        verdicts: Sequence[Verdict] | None = None,
    ) -> None:
        """Replace every row (lean rows, :mod:`renewdesk.store.lean_rows`); the current sort
        and filter are applied again. ``verdicts`` (one per row, in order) may follow later
        through :meth:`set_verdicts`.

        ``index`` is :func:`index_rows` of the same rows, computed where they were
        loaded (off the GUI thread); without it the model computes it here.
        """
        self.beginResetModel()
        self._rows = rows if isinstance(rows, list) else list(rows)  # kept: set_verdicts
        self._verdicts = list(verdicts) if verdicts is not None else None
        self._results = {}
        self._as_of = as_of
        index = index or index_rows(self._rows, as_of, self._verdicts)
        self._hay, self._days, self._eligible = index.hay, index.days, index.eligible
        self._sort_keys = {}
        self._presorted = {}
        self._order = self._sorted_order()
        self._order_desc = self._sort_desc
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def set_results(self, results: Sequence[CheckResult], as_of: date) -> None:
        """Show full check results (rows and verdicts at once)."""
        rows, verdicts = lean_from_results(results)
        self.set_rows(rows, as_of, verdicts=verdicts)
        self._results = dict(enumerate(results))

    def set_verdicts(self, rows: Sequence[LeanRow], verdicts: Sequence[Verdict]) -> bool:
        """The rules' verdicts for the rows shown (``rows`` is what they were made from).

        False (and nothing changes) when the table holds other rows by now.
        """
        if rows is not self._rows and list(rows) != self._rows:
            return False
        self._verdicts = list(verdicts)
        self._results = {}
        self._eligible = eligible_of(self._verdicts)
        self._sort_keys.pop(Column.ELIGIBILITY, None)
        self._presorted.pop(Column.ELIGIBILITY, None)
        if self._filter.eligible_only or self._sort_column is Column.ELIGIBILITY:
            self.beginResetModel()
            self._order = self._sorted_order()
            self._order_desc = self._sort_desc
            self._visible = self._apply_filter(self._order)
            self.endResetModel()
        elif self._visible:
            col = Column.ELIGIBILITY
            self.dataChanged.emit(self.index(0, col), self.index(len(self._visible) - 1, col))
        return True

    @property
    def checked(self) -> bool:
        """Whether the rows' verdicts are in (the rules have been checked)."""
        return self._verdicts is not None

    def _keys(self, column: Column) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = sort_keys(
                column, self._rows, self._eligible, self._verdicts
            )
        return keys

    def _sorted_order(self) -> list[int]:
        if self._sort_column is None:
            return list(range(len(self._rows)))
        ascending = self._presorted.get(self._sort_column)
        if ascending is not None:  # ready from the background: no key is compared now
            return list(reversed(ascending)) if self._sort_desc else list(ascending)
        keys = self._keys(self._sort_column)
        return sorted(range(len(self._rows)), key=keys.__getitem__, reverse=self._sort_desc)

    def adopt_sort_orders(self, rows: Sequence[LeanRow], orders: dict[Column, array[int]]) -> None:
        """Take :func:`sort_orders` of ``rows``, made off the GUI thread; ignored if stale."""
        if rows is self._rows or (
            len(rows) == len(self._rows)
            and all(a is b for a, b in zip(rows, self._rows, strict=True))
        ):
            if self._verdicts is None:  # made before the verdicts: no eligibility order
                orders = {c: o for c, o in orders.items() if c is not Column.ELIGIBILITY}
            self._presorted = orders

    def adopt_index(self, rows: Sequence[LeanRow], index: RowIndex) -> None:
        """Take the search text and days of ``rows``, made off the GUI thread; ignored if stale."""
        if rows is self._rows and index.hay is not None and index.days is not None:
            self._hay, self._days = index.hay, index.days

    def _search_hay(self) -> list[str]:
        if self._hay is None:  # searched before the background made it: make it now
            self._hay = hay_of(self._rows)
        return self._hay

    def _all_days(self) -> list[int]:
        if self._days is None:  # filtered by days before the background made them
            self._days = days_of(self._rows, self._as_of)
        return self._days

    def _day(self, i: int) -> int:
        """The days left of row ``i`` (one row's date parsed when the list is not made yet)."""
        if self._days is not None:
            return self._days[i]
        renewal = date.fromisoformat(self._rows[i][RENEWAL])
        return renewal.toordinal() - self._as_of.toordinal()

    def _apply_filter(self, order: list[int]) -> list[int]:
        f = self._filter
        rows, visible = self._rows, order
        if f.text:
            hay, needle = self._search_hay(), f.text.casefold()
            visible = [i for i in visible if needle in hay[i]]
        if f.status:
            visible = [i for i in visible if rows[i][STATUS] == f.status]
        if f.customer_csn:
            visible = [i for i in visible if rows[i][CUSTOMER] == f.customer_csn]
        if f.currency:
            visible = [i for i in visible if rows[i][CURRENCY] == f.currency]
        if f.within_days is not None:
            days, limit = self._all_days(), f.within_days
            visible = [i for i in visible if days[i] <= limit]
        if f.eligible_only:
            eligible = self._eligible
            visible = [i for i in visible if eligible[i]]
        if f.stage:
            visible = [i for i in visible if stage_of(rows[i]).value == f.stage]
        if f.owner:
            owner = f.owner.casefold()
            visible = [i for i in visible if (rows[i][OWNER] or "").casefold() == owner]
        if f.ids is not None:
            ids = f.ids
            visible = [i for i in visible if rows[i][ID] in ids]
        return visible if visible is not order else list(order)

    def set_filter(self, flt: SubscriptionFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._visible[p.row()], p.column()) for p in persistent if p.row() >= 0]
        new_column = Column(column) if 0 <= column < len(Column) else None
        desc = order == Qt.SortOrder.DescendingOrder
        flip_only = new_column is not None and new_column == self._sort_column
        self._sort_column, self._sort_desc = new_column, desc
        if flip_only:
            # Same column, other direction: reversing is O(n) and needs no key lookups.
            if desc != self._order_desc:
                self._order.reverse()
        else:
            self._order = self._sorted_order()
        self._order_desc = desc
        self._visible = self._apply_filter(self._order)
        if persistent:
            where = {row: pos for pos, row in enumerate(self._visible)}
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(where[row], col) if row in where else QModelIndex()
                    for row, col in held
                ],
            )
        self.layoutChanged.emit()

    # ---- what the page reads ---------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self._as_of

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def index_now(self) -> RowIndex:
        """The search and sort index of the rows shown (with the verdicts' eligibility)."""
        return RowIndex(self._hay, self._days, self._eligible)

    @property
    def rows(self) -> list[LeanRow]:
        """The lean rows (every row, load order); the list is replaced, never changed."""
        return self._rows

    def id_at(self, row: int) -> str:
        """The subscription id of a visible row."""
        return str(self._rows[self._visible[row]][ID])

    def result_at(self, row: int) -> CheckResult:
        """The check result of a visible row (only once :attr:`checked`)."""
        return self._result(self._visible[row])

    def _result(self, i: int) -> CheckResult:
        found = self._results.get(i)
        if found is not None:
            return found
        if self._verdicts is None:
            raise LookupError("the rules have not been checked yet")
        r, v = self._rows[i], self._verdicts[i]
        plan = (
            RenewalPlan(r[ID], stage_of(r), r[OWNER] or "", r[NOTE] or "")
            if r[STAGE] is not None
            else None
        )
        found = self._results[i] = CheckResult(subscription_from_raw(r), v.findings, v.group, plan)
        return found

    def all_results(self) -> list[CheckResult]:
        return [self._result(i) for i in range(len(self._rows))]

    def visible_results(self) -> list[CheckResult]:
        return [self._result(i) for i in self._visible]

    def owners(self) -> list[str]:
        """Every owner named on a row, sorted as the admin reads them."""
        named = set(map(itemgetter(OWNER), self._rows))  # one C loop over the rows
        return sorted((o for o in named if o), key=str.casefold)

    def row_of(self, subscription_id: str) -> int:
        """The visible row of a subscription, -1 when filtered out or unknown."""
        rows = self._rows
        for pos, i in enumerate(self._visible):
            if rows[i][ID] == subscription_id:
                return pos
        return -1

    # ---- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        # Qt asks 12 times per selected row while it paints a selection (50,000 rows:
        # 600,000 calls); len(Column) walks the enum each time, the constant does not.
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the full title where a narrow column elides it
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = self._visible[index.row()]
        row = self._rows[i]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(i, row, col)
        if role == SortRole:
            return self._keys(col)[i]
        if role == RowRole:
            return self._result(i) if self._verdicts is not None else None
        if col is Column.ELIGIBILITY and role in (BadgeRole, Qt.ItemDataRole.ToolTipRole):
            if self._verdicts is None:  # a neutral pill until the verdicts are in
                return None if role == BadgeRole else checking_text()
            if role == BadgeRole:
                return _badge(self._verdicts[i])
            return reasons_text(self._result(i))
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.PAYMENT_METHOD:
            return labels.payment_label(PAYMENTS[row[PAYMENT]])
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.STAGE and row[STAGE] is not None:
            return row[NOTE] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.SEATS, Column.DAYS_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col is Column.DAYS_LEFT:
            days = self._day(i)
            if days < 0:
                return QColor("#b42318")
            if days <= 30:
                return QColor("#b54708")
        return None

    def _display(self, i: int, r: LeanRow, col: Column) -> str:
        if col is Column.PRODUCT:
            return str(r[PRODUCT])
        if col is Column.SUBSCRIPTION_ID:
            return str(r[ID])
        if col is Column.CONTRACT:
            return str(r[CONTRACT])
        if col is Column.CSN:
            return str(r[CUSTOMER])
        if col is Column.TERM:
            return labels.term_label(TERMS[r[TERM]])
        if col is Column.SEATS:
            return str(r[SEATS])
        if col is Column.RENEWAL_DATE:
            return labels.day(date.fromisoformat(r[RENEWAL]))
        if col is Column.DAYS_LEFT:
            return str(self._day(i))
        if col is Column.STATUS:
            return labels.status_label(STATUSES[r[STATUS]])
        if col is Column.AUTO_RENEW:
            return SubscriptionsTable.tr("On") if r[AUTO_RENEW] else SubscriptionsTable.tr("Off")
        if col is Column.PAYMENT_METHOD:
            return labels.payment_short_label(PAYMENTS[r[PAYMENT]])
        if col is Column.CURRENCY:
            return str(r[CURRENCY])
        if col is Column.STAGE:
            return stage_label(stage_of(r))
        if col is Column.OWNER:
            return str(r[OWNER] or "")
        if self._verdicts is None:
            return SubscriptionsTable.tr("Checking…")
        return badge_text(_badge(self._verdicts[i]))


def checking_text() -> str:
    """The Eligibility column's tooltip while the rules are being checked."""
    return SubscriptionsTable.tr("The renewal rules are being checked for this subscription.")


def badge_text(badge: Badge) -> str:
    return {
        Badge.ELIGIBLE: SubscriptionsTable.tr("Eligible"),
        Badge.ELIGIBLE_INFO: SubscriptionsTable.tr("Eligible"),
        Badge.BLOCKED: SubscriptionsTable.tr("Not eligible"),
    }[badge]


def reasons_text(result: CheckResult, cite: Callable[[Code], str] | None = None) -> str:
    """Every reason sentence, one per line (the badge's tooltip and the details pane).

    With ``cite`` each line ends with its rule's source, e.g. ``[S1]``.
    """
    if not result.findings:
        return SubscriptionsTable.tr("Eligible: a renewal quote can be made.")
    # The source reads as a label, so "RenewDesk default" is not taken for the reason.
    source = SubscriptionsTable.tr("(source: %1)")
    lines = [
        "• " + sentence(f) + (" " + source.replace("%1", cite(f.code)) if cite else "")
        for f in result.findings
    ]
    head = (
        SubscriptionsTable.tr("Eligible:")
        if result.eligible
        else SubscriptionsTable.tr("Not eligible:")
    )
    return "\n".join([head, *lines])
