"""Renew step 1: the grouped checklist, one group per (CSN, currency, payment method, partner).

The admin chooses one group (its check box works like a radio button) and
unticks what stays out. Ineligible subscriptions are shown greyed, with every
reason, and cannot be ticked. Grouping comes from :mod:`renewdesk.rules`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from renewdesk.messages import sentence
from renewdesk.rules import GroupKey, group_key
from renewdesk.services.check_service import CheckResult
from renewdesk.ui import labels
from renewdesk.ui.widgets import name

KeyRole = Qt.ItemDataRole.UserRole + 1
GREY = QColor("#98a2b3")


def group_title(key: GroupKey, company: str = "") -> str:
    """All four parts of the group key, readable."""
    customer = f"{company} ({key.customer_csn})" if company else key.customer_csn
    partner = (
        QCoreApplication.translate("GroupChecklist", "Partner %1").replace("%1", key.partner_csn)
        if key.partner_csn
        else QCoreApplication.translate("GroupChecklist", "Direct")
    )
    return " · ".join([customer, key.currency, labels.payment_label(key.payment_method), partner])


class GroupChecklist(QTreeWidget):
    """Groups as top-level items, subscriptions as checkable children."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "groupChecklist", self.tr("Subscriptions to renew, by group"))
        self.setColumnCount(6)
        self.setHeaderLabels(
            [
                self.tr("Subscription"),
                self.tr("Product"),
                self.tr("Seats"),
                self.tr("Renewal date"),
                self.tr("Auto-renew"),
                self.tr("Eligibility"),
            ]
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(True)
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        title_width = QFontMetrics(bold).horizontalAdvance
        for col, width in enumerate((230, 190, 60, 110, 90)):
            # Never narrower than the semi-bold header text ("Auto-renew" was cut off).
            self.setColumnWidth(col, max(width, title_width(self.headerItem().text(col)) + 18))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._groups: dict[GroupKey, QTreeWidgetItem] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._results: dict[str, CheckResult] = {}
        self._chosen: GroupKey | None = None
        self._updating = False
        self.itemChanged.connect(self._on_item_changed)

    def set_groups(
        self,
        groups: Mapping[GroupKey, Sequence[CheckResult]],
        companies: Mapping[str, str] | None = None,
    ) -> None:
        """Fill the tree; nothing is chosen yet."""
        companies = companies or {}
        self._updating = True
        self.clear()
        self._groups.clear()
        self._items.clear()
        self._results.clear()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for key, results in groups.items():
            eligible = sum(1 for r in results if r.eligible)
            group = QTreeWidgetItem(self)
            group.setText(0, group_title(key, companies.get(key.customer_csn, "")))
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setData(0, KeyRole, key)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            group.setCheckState(0, Qt.CheckState.Unchecked)
            group.setToolTip(
                0,
                self.tr("%1 of %2 subscription(s) in this group can be renewed")
                .replace("%1", str(eligible))
                .replace("%2", str(len(results))),
            )
            for result in results:
                self._add_child(group, result)
            self._groups[key] = group
        self._updating = False
        self._chosen = None

    def _add_child(self, group: QTreeWidgetItem, result: CheckResult) -> None:
        s = result.subscription
        item = QTreeWidgetItem(group)
        item.setText(0, s.subscription_id)
        item.setText(1, s.product_name)
        item.setText(2, str(s.seats))
        item.setText(3, labels.day(s.renewal_date))
        item.setText(4, self.tr("On") if s.auto_renew else self.tr("Off"))
        reasons = [sentence(f) for f in result.findings]
        item.setData(0, KeyRole, s.subscription_id)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tooltip = "\n".join(reasons) if reasons else self.tr("Eligible")
        for col in range(self.columnCount()):
            item.setToolTip(col, tooltip)
        if result.eligible:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setText(5, "; ".join(reasons) if reasons else self.tr("Eligible"))
        else:
            # Shown, greyed and not tickable: the reasons say why.
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setText(5, "; ".join(reasons))
            for col in range(self.columnCount()):
                item.setForeground(col, QBrush(GREY))
        self._items[s.subscription_id] = item
        self._results[s.subscription_id] = result

    # ---- choosing and ticking ----------------------------------------------------------

    def fill(
        self,
        results: Sequence[CheckResult],
        companies: Mapping[str, str] | None = None,
        *,
        single: bool = False,
    ) -> None:
        """Group ``results`` and choose one: the single subscription's, else the first
        group with something eligible in it."""
        groups: dict[GroupKey, list[CheckResult]] = {}
        for result in results:
            groups.setdefault(group_key(result.subscription), []).append(result)
        ordered = dict(sorted(groups.items()))
        self.set_groups(ordered, companies)
        if not results:
            return
        if single:
            first = results[0].subscription
            self.choose_group(group_key(first), [first.subscription_id])
            return
        eligible = (k for k, rs in ordered.items() if any(r.eligible for r in rs))
        self.choose_group(next(eligible, next(iter(ordered))))

    def choose_group(self, key: GroupKey, ticked: Sequence[str] | None = None) -> None:
        """Choose ``key``'s group; tick ``ticked`` (default: every eligible one in it)."""
        self._updating = True
        for other, group in self._groups.items():
            chosen = other == key
            group.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            group.setExpanded(chosen)
            for n in range(group.childCount()):
                child = group.child(n)
                sid = child.data(0, KeyRole)
                on = chosen and self._results[sid].eligible and (ticked is None or sid in ticked)
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._chosen = key
        self._updating = False
        if key in self._groups:
            self.scrollToItem(self._groups[key])
        self.selection_changed.emit()

    def chosen_group(self) -> GroupKey | None:
        return self._chosen

    def group_keys(self) -> list[GroupKey]:
        return list(self._groups)

    def set_ticked(self, subscription_id: str, ticked: bool) -> None:
        item = self._items[subscription_id]
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ticked_ids(self) -> list[str]:
        """The ticked subscriptions of the chosen group, in list order."""
        if self._chosen is None:
            return []
        group = self._groups[self._chosen]
        return [
            group.child(n).data(0, KeyRole)
            for n in range(group.childCount())
            if group.child(n).checkState(0) == Qt.CheckState.Checked
        ]

    def group_ids(self) -> list[str]:
        """Every subscription of the chosen group (ticked or not)."""
        if self._chosen is None:
            return []
        group = self._groups[self._chosen]
        return [group.child(n).data(0, KeyRole) for n in range(group.childCount())]

    def result(self, subscription_id: str) -> CheckResult:
        return self._results[subscription_id]

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        parent = item.parent()
        if parent is None:  # a group: works like a radio button
            key = item.data(0, KeyRole)
            if item.checkState(0) == Qt.CheckState.Checked:
                self.choose_group(key)
            elif key == self._chosen:
                self._updating = True
                item.setCheckState(0, Qt.CheckState.Checked)  # one group stays chosen
                self._updating = False
            return
        key = parent.data(0, KeyRole)
        if key != self._chosen and item.checkState(0) == Qt.CheckState.Checked:
            self.choose_group(key, self.ticked_ids_in(key))
            return
        self.selection_changed.emit()

    def ticked_ids_in(self, key: GroupKey) -> list[str]:
        group = self._groups[key]
        return [
            group.child(n).data(0, KeyRole)
            for n in range(group.childCount())
            if group.child(n).checkState(0) == Qt.CheckState.Checked
        ]
