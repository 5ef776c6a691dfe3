"""The Quotes table model: every quote with number, status, customer, total, dates, origin,
and who made and who sent it.

Split from quotes_page; sorting and the search filter happen here, on the plain
``Quote`` rows. A sort moves the view's persistent indexes with their quotes, so
the selection stays on the same quote rather than on the same row number.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from renewdesk.domain import Quote, QuoteStatus
from renewdesk.ui import labels
from renewdesk.ui.row_model import BadgeRole, Index, RowRole, RowTableModel, SortRole

STATUS_BADGE = {
    QuoteStatus.DRAFT: "neutral",
    QuoteStatus.QUOTED: "eligible_info",
    QuoteStatus.ORDERED: "eligible",
    QuoteStatus.EXPIRED: "warn",
    QuoteStatus.SUPERSEDED: "neutral",
    QuoteStatus.CANCELLED: "blocked",
}


class QuoteColumn(enum.IntEnum):
    NUMBER = 0
    STATUS = enum.auto()
    CUSTOMER = enum.auto()
    CURRENCY = enum.auto()
    TOTAL = enum.auto()
    CREATED = enum.auto()
    EXPIRES = enum.auto()
    ORIGIN = enum.auto()
    MADE_BY = enum.auto()  # the admin (database user) who made it
    SENT_BY = enum.auto()


class QuotesModel(RowTableModel[Quote]):
    _sort_column = QuoteColumn.NUMBER
    _sort_order = Qt.SortOrder.DescendingOrder
    _search = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Customer"),
                self.tr("Currency"),
                self.tr("Total"),
                self.tr("Created"),
                self.tr("Expires"),
                self.tr("Origin"),
                self.tr("Made by"),
                self.tr("Sent by"),
            ],
            parent,
        )
        self._all: list[Quote] = []

    def set_rows(self, rows: Sequence[Quote]) -> None:
        """All quotes; the view shows those the search matches, in the current order."""
        self._all = list(rows)
        self.beginResetModel()
        self._rows = self._visible()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show only quotes whose number, customer, status or origin holds ``text``."""
        self._search = text.strip().casefold()
        self.set_rows(self._all)

    def total_count(self) -> int:
        return len(self._all)

    def _visible(self) -> list[Quote]:
        rows = [q for q in self._all if self._matches(q)] if self._search else list(self._all)
        rows.sort(key=lambda q: self._sort_key(q, self._sort_column), reverse=self._descending())
        return rows

    def _matches(self, q: Quote) -> bool:
        words = (
            q.number,
            q.customer.company_name,
            q.customer.csn,
            labels.quote_status_label(q.status),
            labels.origin_label(q.origin),
            q.created_by,
            q.sent_by,
        )
        return any(self._search in w.casefold() for w in words)

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def quote_at(self, row: int) -> Quote:
        return self.row_at(row)

    def row_of(self, number: str) -> int:
        return next((i for i, q in enumerate(self._rows) if q.number == number), -1)

    def _sort_key(self, q: Quote, col: QuoteColumn) -> Any:
        return {
            QuoteColumn.NUMBER: q.number,
            QuoteColumn.STATUS: q.status.value,
            QuoteColumn.CUSTOMER: (q.customer.company_name or q.customer.csn).casefold(),
            QuoteColumn.CURRENCY: q.currency,
            QuoteColumn.TOTAL: q.total,
            QuoteColumn.CREATED: q.created,
            QuoteColumn.EXPIRES: q.expires,
            QuoteColumn.ORIGIN: q.origin.value,
            QuoteColumn.MADE_BY: q.created_by.casefold(),
            QuoteColumn.SENT_BY: q.sent_by.casefold(),
        }[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(QuoteColumn):
            return
        self._sort_column, self._sort_order = QuoteColumn(column), order
        self.layoutAboutToBeChanged.emit()
        # Remember which quote each persistent index (the selection) points at...
        old = self.persistentIndexList()
        numbers = [self._rows[i.row()].number for i in old]
        self._rows.sort(
            key=lambda q: self._sort_key(q, self._sort_column), reverse=self._descending()
        )
        # ...and move it to where that quote is now.
        where = {q.number: row for row, q in enumerate(self._rows)}
        new = [self.index(where[n], i.column()) for n, i in zip(numbers, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q = self._rows[index.row()]
        col = QuoteColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                QuoteColumn.NUMBER: q.number,
                QuoteColumn.STATUS: labels.quote_status_label(q.status),
                QuoteColumn.CUSTOMER: q.customer.company_name or q.customer.csn,
                QuoteColumn.CURRENCY: q.currency,
                QuoteColumn.TOTAL: labels.money(q.total, q.currency),
                QuoteColumn.CREATED: labels.day(q.created.date()),
                QuoteColumn.EXPIRES: labels.day(q.expires),
                QuoteColumn.ORIGIN: labels.origin_label(q.origin),
                QuoteColumn.MADE_BY: q.created_by,
                QuoteColumn.SENT_BY: q.sent_by,
            }[col]
        if role == SortRole:
            return self._sort_key(q, col)
        if role == RowRole:
            return q
        if role == BadgeRole:
            return STATUS_BADGE.get(q.status, "neutral")
        if role == Qt.ItemDataRole.TextAlignmentRole and col is QuoteColumn.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
