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
from renewdesk.perf import gc_paused
from renewdesk.planning.stages import Stage
from renewdesk.rules import Severity
from renewdesk.rules.codes import Code
from renewdesk.services.check_service import CheckResult
from renewdesk.ui import labels
from renewdesk.ui.planning_labels import stage_label
from renewdesk.ui.row_model import BadgeRole, RowRole, SortRole

_Index = QModelIndex | QPersistentModelIndex


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


def _badge(result: CheckResult) -> Badge:
    if not result.eligible:
        return Badge.BLOCKED
    if any(f.severity is not Severity.BLOCK for f in result.findings):
        return Badge.ELIGIBLE_INFO
    return Badge.ELIGIBLE


_SORT_KEYS: dict[Column, Callable[[CheckResult], Any]] = {
    Column.PRODUCT: lambda r: r.subscription.product_name.casefold(),
    Column.SUBSCRIPTION_ID: lambda r: r.subscription.subscription_id,
    Column.CONTRACT: lambda r: r.subscription.contract_number,
    Column.CSN: lambda r: r.subscription.customer_csn,
    Column.TERM: lambda r: r.subscription.term.months,
    Column.SEATS: lambda r: r.subscription.seats,
    Column.RENEWAL_DATE: lambda r: r.subscription.renewal_date,
    Column.DAYS_LEFT: lambda r: r.subscription.renewal_date,
    Column.STATUS: lambda r: r.subscription.status.value,
    Column.AUTO_RENEW: lambda r: r.subscription.auto_renew,
    Column.PAYMENT_METHOD: lambda r: r.subscription.payment_method.value,
    Column.CURRENCY: lambda r: r.subscription.currency,
    Column.STAGE: lambda r: _STAGE_ORDER[r.stage],
    Column.OWNER: lambda r: r.owner.casefold(),
}
_STAGE_ORDER = {stage: n for n, stage in enumerate(Stage)}


@dataclass(frozen=True, slots=True)
class RowIndex:
    """What filtering and sorting read per row, computed once per load (plain values)."""

    hay: list[str]  # the searchable text, case-folded
    days: list[int]  # days from the as-of date to the renewal date
    eligible: list[bool]


def index_rows(rows: Sequence[CheckResult], as_of: date) -> RowIndex:
    """Pure: the :class:`RowIndex` of ``rows``; the loading task runs it off the GUI thread."""
    ordinal = as_of.toordinal()
    verdicts: dict[int, bool] = {}  # findings tuples are shared between rows: judge each once
    hay, days, eligible = [], [], []
    with gc_paused():
        for r in rows:
            s = r.subscription
            hay.append(
                "\x1f".join(
                    (
                        s.product_name,
                        s.subscription_id,
                        s.contract_number,
                        s.customer_csn,
                        s.offering_code,
                    )
                ).casefold()
            )
            days.append(s.renewal_date.toordinal() - ordinal)
            ok = verdicts.get(id(r.findings))
            if ok is None:
                ok = verdicts[id(r.findings)] = not any(f.blocks for f in r.findings)
            eligible.append(ok)
    return RowIndex(hay, days, eligible)


def sort_keys(column: Column, rows: Sequence[CheckResult], eligible: list[bool]) -> list[Any]:
    """Pure: the key each row sorts by in ``column``."""
    if column is Column.ELIGIBILITY:
        return [
            (0 if ok else 2) + (1 if r.findings else 0)
            for ok, r in zip(eligible, rows, strict=True)
        ]
    fn = _SORT_KEYS[column]
    return [fn(r) for r in rows]


def sort_orders(rows: Sequence[CheckResult], index: RowIndex) -> dict[Column, array[int]]:
    """Pure: every row in ascending order of each sortable column, for a first sort at once.

    Sorting 100,000 rows by a new column costs more than the 50 ms a click may take,
    so the page computes these off the GUI thread after the table has filled.
    """
    orders = {}
    with gc_paused():
        for column in (*_SORT_KEYS, Column.ELIGIBILITY):
            keys = sort_keys(column, rows, index.eligible)
            # As machine ints: 13 columns of 100,000 Python ints would hold ~40 MB.
            orders[column] = array("i", sorted(range(len(rows)), key=keys.__getitem__))
    return orders


class SubscriptionsModel(QAbstractTableModel):
    """Check results as table rows; sorting and filtering done here, not in a proxy."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckResult] = []
        self._as_of = date.today()
        self._hay: list[str] = []
        self._days: list[int] = []
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
        self, rows: Sequence[CheckResult], as_of: date, index: RowIndex | None = None
    ) -> None:
        """Replace every row; the current sort and filter are applied again.

        ``index`` is :func:`index_rows` of the same rows, computed where they were
        loaded (off the GUI thread); without it the model computes it here.
        """
        self.beginResetModel()
        self._rows = list(rows)
        self._as_of = as_of
        index = index or index_rows(self._rows, as_of)
        self._hay, self._days, self._eligible = index.hay, index.days, index.eligible
        self._sort_keys = {}
        self._presorted: dict[Column, array[int]] = {}
        self._order = self._sorted_order()
        self._order_desc = self._sort_desc
        self._visible = self._apply_filter(self._order)
        self.endResetModel()

    def _keys(self, column: Column) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = sort_keys(column, self._rows, self._eligible)
        return keys

    def _sorted_order(self) -> list[int]:
        if self._sort_column is None:
            return list(range(len(self._rows)))
        ascending = self._presorted.get(self._sort_column)
        if ascending is not None:  # ready from the background: no key is compared now
            return list(reversed(ascending)) if self._sort_desc else list(ascending)
        keys = self._keys(self._sort_column)
        return sorted(range(len(self._rows)), key=keys.__getitem__, reverse=self._sort_desc)

    def adopt_sort_orders(
        self, rows: Sequence[CheckResult], orders: dict[Column, array[int]]
    ) -> None:
        """Take :func:`sort_orders` of ``rows``, made off the GUI thread; ignored if stale."""
        if len(rows) == len(self._rows) and all(
            a is b for a, b in zip(rows, self._rows, strict=True)
        ):
            self._presorted = orders

    def _apply_filter(self, order: list[int]) -> list[int]:
        f = self._filter
        rows, visible = self._rows, order
        if f.text:
            hay, needle = self._hay, f.text.casefold()
            visible = [i for i in visible if needle in hay[i]]
        if f.status:
            visible = [i for i in visible if rows[i].subscription.status.value == f.status]
        if f.customer_csn:
            visible = [i for i in visible if rows[i].subscription.customer_csn == f.customer_csn]
        if f.currency:
            visible = [i for i in visible if rows[i].subscription.currency == f.currency]
        if f.within_days is not None:
            days, limit = self._days, f.within_days
            visible = [i for i in visible if days[i] <= limit]
        if f.eligible_only:
            eligible = self._eligible
            visible = [i for i in visible if eligible[i]]
        if f.stage:
            visible = [i for i in visible if rows[i].stage.value == f.stage]
        if f.owner:
            owner = f.owner.casefold()
            visible = [i for i in visible if rows[i].owner.casefold() == owner]
        if f.ids is not None:
            ids = f.ids
            visible = [i for i in visible if rows[i].subscription.subscription_id in ids]
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

    def result_at(self, row: int) -> CheckResult:
        return self._rows[self._visible[row]]

    def all_results(self) -> list[CheckResult]:
        return list(self._rows)

    def visible_results(self) -> list[CheckResult]:
        return [self._rows[i] for i in self._visible]

    def row_of(self, subscription_id: str) -> int:
        """The visible row of a subscription, -1 when filtered out or unknown."""
        for pos, i in enumerate(self._visible):
            if self._rows[i].subscription.subscription_id == subscription_id:
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
        result = self._rows[i]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(result, col, self._days[i])
        if role == SortRole:
            return self._keys(col)[i]
        if role == RowRole:
            return result
        if role == BadgeRole and col is Column.ELIGIBILITY:
            return _badge(result)
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.ELIGIBILITY:
            return reasons_text(result)
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.PAYMENT_METHOD:
            return labels.payment_label(result.subscription.payment_method)
        if role == Qt.ItemDataRole.ToolTipRole and col is Column.STAGE and result.plan:
            return result.plan.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.SEATS, Column.DAYS_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col is Column.DAYS_LEFT:
            days = self._days[i]
            if days < 0:
                return QColor("#b42318")
            if days <= 30:
                return QColor("#b54708")
        return None

    def _display(self, result: CheckResult, col: Column, days: int) -> str:
        s = result.subscription
        if col is Column.PRODUCT:
            return s.product_name
        if col is Column.SUBSCRIPTION_ID:
            return s.subscription_id
        if col is Column.CONTRACT:
            return s.contract_number
        if col is Column.CSN:
            return s.customer_csn
        if col is Column.TERM:
            return labels.term_label(s.term)
        if col is Column.SEATS:
            return str(s.seats)
        if col is Column.RENEWAL_DATE:
            return labels.day(s.renewal_date)
        if col is Column.DAYS_LEFT:
            return str(days)
        if col is Column.STATUS:
            return labels.status_label(s.status)
        if col is Column.AUTO_RENEW:
            return SubscriptionsTable.tr("On") if s.auto_renew else SubscriptionsTable.tr("Off")
        if col is Column.PAYMENT_METHOD:
            return labels.payment_short_label(s.payment_method)
        if col is Column.CURRENCY:
            return s.currency
        if col is Column.STAGE:
            return stage_label(result.stage)
        if col is Column.OWNER:
            return result.owner
        return badge_text(_badge(result))


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
