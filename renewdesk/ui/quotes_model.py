"""The Quotes table model: every quote with number, status, customer, total, dates, origin.

Split from quotes_page; sorting happens here, on the plain ``Quote`` rows.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from renewdesk.domain import Quote, QuoteStatus
from renewdesk.ui import labels

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
BadgeRole = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex

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


class QuotesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Quote] = []
        self._headers = [
            self.tr("Number"),
            self.tr("Status"),
            self.tr("Customer"),
            self.tr("Currency"),
            self.tr("Total"),
            self.tr("Created"),
            self.tr("Expires"),
            self.tr("Origin"),
        ]

    def set_rows(self, rows: Sequence[Quote]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def quote_at(self, row: int) -> Quote:
        return self._rows[row]

    def row_of(self, number: str) -> int:
        return next((i for i, q in enumerate(self._rows) if q.number == number), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QuoteColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
