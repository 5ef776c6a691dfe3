"""The Quotes table model: every quote with number, status, customer, total, dates, origin.

Split from quotes_page; sorting happens here, on the plain ``Quote`` rows.
"""

from __future__ import annotations

import enum
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


class QuotesModel(RowTableModel[Quote]):
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
            ],
            parent,
        )

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
        }[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(QuoteColumn):
            return
        col = QuoteColumn(column)
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda q: self._sort_key(q, col), reverse=order == Qt.SortOrder.DescendingOrder
        )
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
