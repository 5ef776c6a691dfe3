"""The forecast table's model: one row per month with renewals, in one currency."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from renewdesk.planning.forecast import AMOUNT_STAGES, Cell
from renewdesk.ui import labels
from renewdesk.ui.planning_labels import Planning, month_label, stage_label
from renewdesk.ui.row_model import RowRole, RowTableModel, SortRole

_Index = QModelIndex | QPersistentModelIndex


class ForecastColumn(enum.IntEnum):
    MONTH = 0
    CURRENCY = enum.auto()
    SUBSCRIPTIONS = enum.auto()
    SEATS = enum.auto()
    AMOUNT = enum.auto()
    # The columns of `renewdesk forecast` first, in its order, so they fit at 1024 px;
    # the amount per stage (the chart's stacks) follows.
    UNPRICED = enum.auto()
    WILL_NOT_RENEW = enum.auto()
    NOT_STARTED = enum.auto()
    IN_PROGRESS = enum.auto()
    QUOTED = enum.auto()
    ORDERED = enum.auto()


_STAGE_COLUMNS = dict(
    zip(
        (
            ForecastColumn.NOT_STARTED,
            ForecastColumn.IN_PROGRESS,
            ForecastColumn.QUOTED,
            ForecastColumn.ORDERED,
        ),
        AMOUNT_STAGES,
        strict=True,
    )
)


def forecast_headers() -> list[str]:
    titles = {
        ForecastColumn.MONTH: Planning.tr("Month"),
        ForecastColumn.CURRENCY: Planning.tr("Currency"),
        ForecastColumn.SUBSCRIPTIONS: Planning.tr("Subscriptions"),
        ForecastColumn.SEATS: Planning.tr("Seats"),
        ForecastColumn.AMOUNT: Planning.tr("Expected amount"),
        ForecastColumn.UNPRICED: Planning.tr("Unpriced"),
        ForecastColumn.WILL_NOT_RENEW: Planning.tr("Will not renew"),
    }
    for column, stage in _STAGE_COLUMNS.items():
        titles[column] = stage_label(stage)
    return [titles[c] for c in ForecastColumn]


_TEXT_COLUMNS = (ForecastColumn.MONTH, ForecastColumn.CURRENCY)


class ForecastModel(RowTableModel[Cell]):
    """Every forecast row (all currencies), as ``renewdesk forecast`` lists them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(forecast_headers(), parent)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()]
        col = ForecastColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell, col)
        if role == SortRole:
            return self._raw(cell, col)
        if role == RowRole:
            return cell
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in _TEXT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is ForecastColumn.MONTH and cell.overdue:
                return QColor("#b42318")
            if col is ForecastColumn.UNPRICED and cell.unpriced:
                return QColor("#b54708")
        if role == Qt.ItemDataRole.ToolTipRole and col is ForecastColumn.WILL_NOT_RENEW:
            return Planning.tr("Click to see the subscriptions marked will not renew")
        return None

    def _raw(self, cell: Cell, col: ForecastColumn) -> Any:
        if col is ForecastColumn.MONTH:
            return cell.month
        if col is ForecastColumn.CURRENCY:
            return cell.currency
        if col is ForecastColumn.SUBSCRIPTIONS:
            return cell.subscriptions
        if col is ForecastColumn.SEATS:
            return cell.seats
        if col is ForecastColumn.AMOUNT:
            return cell.amount
        if col is ForecastColumn.UNPRICED:
            return cell.unpriced
        if col is ForecastColumn.WILL_NOT_RENEW:
            return cell.will_not_renew
        return cell.by_stage.get(_STAGE_COLUMNS[col], 0)

    def _display(self, cell: Cell, col: ForecastColumn) -> str:
        if col is ForecastColumn.MONTH:
            return month_label(cell.month)
        if col in _STAGE_COLUMNS:
            amount = cell.by_stage.get(_STAGE_COLUMNS[col])
            return labels.money(amount, cell.currency) if amount else "–"
        if col is ForecastColumn.AMOUNT:
            return labels.money(cell.amount, cell.currency)
        return str(self._raw(cell, col))
