"""The shared base of RenewDesk's table models: plain row dataclasses, roles, headers.

Each table model is a ``QAbstractTableModel`` over a list of frozen dataclasses
(STYLE.md): subclasses name their columns and answer ``data``; row storage,
counts, headers and the roles every view reads live here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SortRole = Qt.ItemDataRole.UserRole + 1  # the raw value the column sorts by
RowRole = Qt.ItemDataRole.UserRole + 2  # the row's dataclass
BadgeRole = Qt.ItemDataRole.UserRole + 3  # the badge style name a BadgeDelegate paints
Index = QModelIndex | QPersistentModelIndex

Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass type under translated column headers."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and role in shown:
            return self._headers[section]  # the tooltip shows a title elided on a small screen
        return None
