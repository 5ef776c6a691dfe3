"""The Renew checklist's item model: groups as top-level rows, subscriptions under them.

Built over a :class:`GroupPlan` and read lazily, so 100,000 subscriptions in
70,000 groups cost no more than the rows the view paints. A group's check box
works like a radio button (one group is chosen); a subscription's box ticks it
in or out of the quote. Ineligible subscriptions are greyed and cannot be ticked.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from renewdesk.messages import sentence
from renewdesk.rules import GroupKey
from renewdesk.services.renew_groups import GroupPlan, RenewGroup
from renewdesk.services.verdicts import CheckResult
from renewdesk.ui import labels

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#98a2b3")
# Groups handed to the view at a time: a tree lays out every top-level row it is
# given, so 65,000 groups at once would stall the window for over half a second.
BATCH = 5_000
_GROUP = 0  # internalId of a group row; a child row carries its group's row + 1
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GREYED = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
_CHECKABLE = _GREYED | Qt.ItemFlag.ItemIsEnabled


class ChecklistColumn(enum.IntEnum):
    SUBSCRIPTION = 0
    PRODUCT = enum.auto()
    SEATS = enum.auto()
    RENEWAL_DATE = enum.auto()
    AUTO_RENEW = enum.auto()
    ELIGIBILITY = enum.auto()


def group_title(key: GroupKey, company: str = "", partner_name: str = "") -> str:
    """All four parts of the group key, readable; customer and partner by name and number."""
    customer = f"{company} ({key.customer_csn})" if company else key.customer_csn
    if not key.partner_csn:
        partner = QCoreApplication.translate("GroupChecklist", "Direct")
    elif partner_name:
        partner = QCoreApplication.translate("GroupChecklist", "Partner %1").replace(
            "%1", f"{partner_name} ({key.partner_csn})"
        )
    else:
        partner = QCoreApplication.translate("GroupChecklist", "Partner %1").replace(
            "%1", key.partner_csn
        )
    return " · ".join([customer, key.currency, labels.payment_label(key.payment_method), partner])


class ChecklistModel(QAbstractItemModel):
    """Emits ``ticks_changed`` whenever the chosen group or a tick changes."""

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[RenewGroup, ...] = ()
        self._shown = 0  # groups the view has been given (fetchMore gives the rest)
        self._rows_of: tuple[int | None, dict[str, int]] = (None, {})  # chosen group's rows
        self._chosen: int | None = None
        self._ticked: set[str] = set()
        self._companies: Mapping[str, str] = {}
        self._partners: Mapping[str, str] = {}
        self._titles: dict[int, str] = {}
        self._limit = 100
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._grey = QBrush(GREY)
        self._headers = [
            QCoreApplication.translate("GroupChecklist", "Subscription"),
            QCoreApplication.translate("GroupChecklist", "Product"),
            QCoreApplication.translate("GroupChecklist", "Seats"),
            QCoreApplication.translate("GroupChecklist", "Renewal date"),
            QCoreApplication.translate("GroupChecklist", "Auto-renew"),
            QCoreApplication.translate("GroupChecklist", "Eligibility"),
        ]

    # ---- filling -------------------------------------------------------------------

    def set_plan(
        self,
        plan: GroupPlan,
        companies: Mapping[str, str] | None = None,
        partners: Mapping[str, str] | None = None,
        limit: int = 100,
    ) -> None:
        self.beginResetModel()
        self._groups = plan.groups
        self._shown = min(len(plan.groups), BATCH)
        self._chosen = plan.chosen
        self._ticked = set(plan.ticked)
        self._companies = companies or {}
        self._partners = partners or {}
        self._titles = {}
        self._rows_of = (None, {})
        self._limit = limit
        self.endResetModel()
        self.ticks_changed.emit()

    # ---- what the view and the dialog read ------------------------------------------

    @property
    def groups(self) -> tuple[RenewGroup, ...]:
        return self._groups

    @property
    def chosen(self) -> int | None:
        return self._chosen

    def title(self, row: int) -> str:
        if row not in self._titles:
            key = self._groups[row].key
            self._titles[row] = group_title(
                key,
                self._companies.get(key.customer_csn, ""),
                self._partners.get(key.partner_csn, ""),
            )
        return self._titles[row]

    def ticked_ids(self) -> list[str]:
        """The ticked subscriptions of the chosen group, in list order."""
        if self._chosen is None:
            return []
        return [
            r.subscription_id
            for r in self._groups[self._chosen].results
            if r.subscription_id in self._ticked
        ]

    def locate(self, subscription_id: str) -> QModelIndex:
        """The row of one subscription (the chosen group through an index, then the rest)."""
        if self._chosen is not None:
            if self._rows_of[0] != self._chosen:
                results = self._groups[self._chosen].results
                self._rows_of = (
                    self._chosen,
                    {r.subscription_id: n for n, r in enumerate(results)},
                )
            row = self._rows_of[1].get(subscription_id)
            if row is not None:
                self._show_up_to(self._chosen)
                return self.index(row, 0, self.index(self._chosen, 0))
        for g, group in enumerate(self._groups):
            for n, result in enumerate(group.results):
                if result.subscription_id == subscription_id:
                    self._show_up_to(g)
                    return self.index(n, 0, self.index(g, 0))
        return QModelIndex()

    def _show_up_to(self, row: int) -> None:
        while row >= self._shown:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._groups)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._shown >= len(self._groups):
            return
        last = min(len(self._groups), self._shown + BATCH)
        self.beginInsertRows(QModelIndex(), self._shown, last - 1)
        self._shown = last
        self.endInsertRows()

    def result_at(self, index: Index) -> CheckResult | None:
        group = index.internalId() if index.isValid() else _GROUP
        if group == _GROUP:
            return None
        return self._groups[group - 1].results[index.row()]

    # ---- choosing and ticking ------------------------------------------------------

    def choose(self, row: int, ticked: list[str] | None = None) -> None:
        """Choose group ``row``; tick ``ticked`` (default: its eligible ones, one quote's worth)."""
        before = self._chosen
        self._show_up_to(row)
        group = self._groups[row]
        ids = group.eligible_ids() if ticked is None else ticked
        self._chosen = row
        self._ticked = set(ids[: self._limit] if ticked is None else ids)
        for changed in {before, row} - {None}:
            assert changed is not None
            self._group_changed(changed)
        self.ticks_changed.emit()

    def set_ticked(self, index: Index, on: bool) -> bool:
        result = self.result_at(index)
        if result is None or not result.eligible:
            return False
        group = index.internalId() - 1
        if group != self._chosen:
            if on:
                self.choose(group, [result.subscription_id])
            return True
        if on:
            self._ticked.add(result.subscription_id)
        else:
            self._ticked.discard(result.subscription_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def _group_changed(self, row: int) -> None:
        parent = self.index(row, 0)
        self.dataChanged.emit(parent, parent, [Qt.ItemDataRole.CheckStateRole])
        count = len(self._groups[row].results)
        if count:
            self.dataChanged.emit(
                self.index(0, 0, parent),
                self.index(count - 1, 0, parent),
                [Qt.ItemDataRole.CheckStateRole],
            )

    # ---- QAbstractItemModel ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not parent.isValid():
            if 0 <= row < self._shown:
                return self.createIndex(row, column, _GROUP)
            return QModelIndex()
        if parent.internalId() != _GROUP:
            return QModelIndex()
        if 0 <= row < len(self._groups[parent.row()].results):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._shown
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].results)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(ChecklistColumn)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._groups)
        return parent.internalId() == _GROUP and parent.column() == 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Called for every group when the tree lays out: no work past the lookup.
        if not index.isValid():
            return _NO_FLAGS
        group = index.internalId()
        if group == _GROUP or self._groups[group - 1].results[index.row()].eligible:
            return _CHECKABLE
        return _GREYED  # shown, greyed and not tickable: the reasons say why

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self.result_at(index)
        if result is None:
            return self._group_data(index.row(), index.column(), role)
        return self._child_data(index, result, role)

    def _group_data(self, row: int, column: int, role: int) -> Any:
        if column != 0:
            return None
        group = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(row)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row == self._chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate(
                    "GroupChecklist", "%1 of %2 subscription(s) in this group can be renewed"
                )
                .replace("%1", str(group.eligible))
                .replace("%2", str(len(group.results)))
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.title(row)
        return None

    def _child_data(self, index: Index, result: CheckResult, role: int) -> Any:
        s, column = result.subscription, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ChecklistColumn.SUBSCRIPTION:
                return s.subscription_id
            if column == ChecklistColumn.PRODUCT:
                return s.product_name
            if column == ChecklistColumn.SEATS:
                return str(s.seats)
            if column == ChecklistColumn.RENEWAL_DATE:
                return labels.day(s.renewal_date)
            if column == ChecklistColumn.AUTO_RENEW:
                return (
                    QCoreApplication.translate("GroupChecklist", "On")
                    if s.auto_renew
                    else QCoreApplication.translate("GroupChecklist", "Off")
                )
            reasons = [sentence(f) for f in result.findings]
            return (
                "; ".join(reasons)
                if reasons
                else QCoreApplication.translate("GroupChecklist", "Eligible")
            )
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            group = index.internalId() - 1
            on = group == self._chosen and s.subscription_id in self._ticked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = [sentence(f) for f in result.findings]
            return (
                "\n".join(reasons)
                if reasons
                else QCoreApplication.translate("GroupChecklist", "Eligible")
            )
        if role == Qt.ItemDataRole.ForegroundRole and not result.eligible:
            return self._grey
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ChecklistColumn.SEATS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if self.result_at(index) is None:  # a group: works like a radio button
            if on:
                self.choose(index.row())
            return True
        return self.set_ticked(index, on)
