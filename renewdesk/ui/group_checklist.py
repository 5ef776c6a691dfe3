"""Renew step 1: the grouped checklist, one group per (CSN, currency, payment method, partner).

The admin chooses one group (its check box works like a radio button; Space on
a group chooses it) and unticks what stays out. Ineligible subscriptions are
shown greyed, with every reason, and cannot be ticked. Grouping comes from
:mod:`renewdesk.services.renew_groups`; the rows live in :class:`ChecklistModel`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from renewdesk.rules import GroupKey, default_limits
from renewdesk.services.renew_groups import GroupPlan, plan_groups
from renewdesk.services.verdicts import CheckResult
from renewdesk.ui.group_checklist_model import ChecklistModel, group_title
from renewdesk.ui.widgets import name

__all__ = ["GroupChecklist", "group_title"]


class GroupChecklist(QTreeView):
    """Groups as top-level rows, subscriptions as checkable children."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "groupChecklist", self.tr("Subscriptions to renew, by group"))
        self.limit = default_limits().max_lines
        self.model_ = ChecklistModel(self)
        self.setModel(self.model_)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(True)
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        title_width = QFontMetrics(bold).horizontalAdvance
        for col, width in enumerate((230, 190, 60, 110, 90)):
            # Never narrower than the semi-bold header text ("Auto-renew" was cut off).
            text = str(self.model_.headerData(col, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(col, max(width, title_width(text) + 18))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.model_.ticks_changed.connect(self.selection_changed)
        self._spanned: set[int] = set()

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """A group's title spans the row. Spanned as rows are first painted: spanning
        70,000 groups up front takes over a second (QTreeView looks each one up)."""
        if not index.parent().isValid() and index.row() not in self._spanned:
            self._spanned.add(index.row())
            self.setFirstColumnSpanned(index.row(), QModelIndex(), True)
        super().drawRow(painter, option, index)

    # ---- filling -----------------------------------------------------------------------

    def set_plan(
        self,
        plan: GroupPlan,
        companies: Mapping[str, str] | None = None,
        partners: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``plan``: the chosen group expanded and current, else the first group."""
        self._spanned.clear()
        self.model_.set_plan(plan, companies, partners, self.limit)
        if plan.chosen is not None:
            group = self.model_.index(plan.chosen, 0)
            self.expand(group)
            self.setCurrentIndex(group)
            self.scrollTo(group, QAbstractItemView.ScrollHint.PositionAtTop)
        elif plan.groups:
            self.setCurrentIndex(self.model_.index(0, 0))

    def fill(
        self,
        results: Sequence[CheckResult],
        companies: Mapping[str, str] | None = None,
        partners: Mapping[str, str] | None = None,
        *,
        single: bool = False,
        choose: bool = True,
    ) -> None:
        """Group ``results`` here (small sets) and choose the group of all of them, or
        of the first one (``single``), or none (``choose=False``)."""
        picked: list[str] | None = None
        if choose and results:
            picked = [r.subscription_id for r in (results[:1] if single else results)]
        self.set_plan(plan_groups(results, picked=picked, limit=self.limit), companies, partners)

    # ---- choosing and ticking ----------------------------------------------------------

    def choose_group(self, key: GroupKey, ticked: Sequence[str] | None = None) -> None:
        """Choose ``key``'s group; tick ``ticked`` (default: its eligible ones, up to 100)."""
        row = self.group_keys().index(key)
        self.model_.choose(row, None if ticked is None else list(ticked))
        self.expand(self.model_.index(row, 0))

    def chosen_group(self) -> GroupKey | None:
        chosen = self.model_.chosen
        return None if chosen is None else self.model_.groups[chosen].key

    def group_keys(self) -> list[GroupKey]:
        return [g.key for g in self.model_.groups]

    def group_count(self) -> int:
        return len(self.model_.groups)

    def topLevelItemCount(self) -> int:  # QTreeWidget's name, kept for tools
        """The number of groups (what QTreeWidget calls top-level items)."""
        return self.group_count()

    def set_ticked(self, subscription_id: str, ticked: bool) -> None:
        self.model_.set_ticked(self.model_.locate(subscription_id), ticked)

    def ticked_ids(self) -> list[str]:
        """The ticked subscriptions of the chosen group, in list order."""
        return self.model_.ticked_ids()

    def left_out(self) -> list[str]:
        """Eligible ids of the chosen group left out because one quote holds at most 100."""
        chosen = self.model_.chosen
        if chosen is None:
            return []
        group = self.model_.groups[chosen]
        if group.eligible <= self.limit:
            return []
        ticked = set(self.ticked_ids())
        return [i for i in group.eligible_ids() if i not in ticked]

    def group_ids(self) -> list[str]:
        """Every subscription of the chosen group (ticked or not)."""
        chosen = self.model_.chosen
        if chosen is None:
            return []
        return [r.subscription_id for r in self.model_.groups[chosen].results]

    def index_of(self, subscription_id: str) -> QModelIndex:
        return self.model_.locate(subscription_id)

    def result(self, subscription_id: str) -> CheckResult:
        found = self.model_.result_at(self.model_.locate(subscription_id))
        if found is None:
            raise KeyError(subscription_id)
        return found
