"""The forecast chart: amounts by month stacked by stage, drawn with QPainter.

Drawn here rather than through QtCharts or pyqtgraph: QtCharts comes only in the
PySide6-Addons wheel (175 MB download, 439 MB installed) and pyqtgraph needs
numpy (73 MB installed, ~180 ms to import); a stacked bar chart is a few
rectangles, and the frozen build must stay small and start fast (README,
"Renewal planning").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from renewdesk.planning.forecast import AMOUNT_STAGES, Cell
from renewdesk.ui import labels
from renewdesk.ui.planning_labels import STAGE_COLORS, Planning, month_label, stage_label
from renewdesk.ui.widgets import name


@dataclass(frozen=True)
class Bar:
    month: str
    cell: Cell | None  # None: no renewal that month


def nice_step(top: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5 or 5 x 10^n) so ``ticks`` steps cover ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)


def short_amount(value: float) -> str:
    """An axis label: 1 200 000 -> 1.2M, 45 000 -> 45k."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            text = f"{value / size:.1f}".rstrip("0").rstrip(".")
            return text + suffix
    return f"{value:g}"


class ForecastChart(QWidget):
    """Bars per month (Overdue first), one currency; hover shows values, click opens them."""

    bar_clicked = Signal(object)  # the Cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "forecastChart", Planning.tr("Forecast chart"))
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: list[Bar] = []
        self._currency = ""
        self._hover = -1

    def sizeHint(self) -> QSize:
        return QSize(800, 280)

    # ---- data -------------------------------------------------------------------------

    def set_data(self, months: list[str], cells: list[Cell], currency: str) -> None:
        """The months to show (Overdue included when it has renewals) and their cells."""
        by_month = {c.month: c for c in cells}
        self._bars = [Bar(m, by_month.get(m)) for m in months]
        self._currency = currency
        self._hover = -1
        self.setAccessibleDescription(self.summary())
        self.update()

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def summary(self) -> str:
        """One line per bar, for screen readers and tests."""
        return "\n".join(
            f"{month_label(b.month)}: {self._money(b.cell.amount if b.cell else Decimal(0))}"
            for b in self._bars
        )

    def hover_text(self, index: int) -> str:
        """What hovering bar ``index`` shows: every stage's amount, the total and counts."""
        bar = self._bars[index]
        cell = bar.cell
        lines = [f"{month_label(bar.month)} · {self._currency}"]
        if cell is None:
            lines.append(Planning.tr("No renewals"))
            return "\n".join(lines)
        for stage in reversed(AMOUNT_STAGES):
            amount = cell.by_stage.get(stage)
            if amount:
                count = cell.count_by_stage.get(stage, 0)
                lines.append(f"{stage_label(stage)}: {self._money(amount)} ({count})")
        lines.append(Planning.tr("Expected: %1").replace("%1", self._money(cell.amount)))
        lines.append(
            Planning.tr("%n subscription(s)", "", cell.subscriptions)
            + " · "
            + Planning.tr("%n seat(s)", "", cell.seats)
        )
        if cell.unpriced:
            lines.append(Planning.tr("%n without a price", "", cell.unpriced))
        if cell.will_not_renew:
            lines.append(Planning.tr("%n will not renew", "", cell.will_not_renew))
        return "\n".join(lines)

    def _money(self, amount: Decimal) -> str:
        return labels.money(amount, self._currency)

    # ---- geometry ---------------------------------------------------------------------

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("000.0M") + 16
        bottom = 62 if self._slanted() else 40
        return QRectF(
            left, 34, max(10, self.width() - left - 12), max(10, self.height() - 34 - bottom)
        )

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        return small

    def _slanted(self) -> bool:
        """Whether the month labels are wider than their slots (a narrow window, Swedish)."""
        if not self._bars:
            return False
        metrics = QFontMetricsF(self._small_font())
        widest = max(metrics.horizontalAdvance(month_label(b.month)) for b in self._bars)
        left = self.fontMetrics().horizontalAdvance("000.0M") + 16
        slot = (self.width() - left - 12) / len(self._bars)
        return widest > slot - 6

    def _top(self) -> tuple[float, float]:
        highest = max((float(b.cell.amount) for b in self._bars if b.cell), default=0.0)
        step = nice_step(highest)
        ticks = max(1, int(-(-highest // step))) if highest > 0 else 4
        return step * ticks, step

    def bar_rect(self, index: int) -> QRectF:
        """The full-height slot of bar ``index`` (where hovering and clicking count)."""
        plot = self._plot()
        slot = plot.width() / max(1, len(self._bars))
        width = min(56.0, slot * 0.62)
        x = plot.left() + slot * index + (slot - width) / 2
        return QRectF(x, plot.top(), width, plot.height())

    def bar_at(self, point: QPointF) -> int:
        for i in range(len(self._bars)):
            rect = self.bar_rect(i)
            if rect.left() - 4 <= point.x() <= rect.right() + 4 and point.y() <= rect.bottom():
                return i
        return -1

    # ---- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        text = self.palette().color(self.foregroundRole())
        muted = QColor("#667085")
        grid = QColor("#eaecf0")
        self._legend(p, text)
        if not self._bars:
            p.setPen(muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, Planning.tr("No renewals to show"))
            return
        top, step = self._top()
        metrics = p.fontMetrics()
        value = 0.0
        while value <= top + step / 2:
            y = plot.bottom() - plot.height() * (value / top)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            label = short_amount(value)
            p.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        p.setPen(muted)
        p.drawText(
            QRectF(0, 8, plot.left() + 60, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._currency,
        )
        small = self._small_font()
        slanted = self._slanted()
        for i, bar in enumerate(self._bars):
            rect = self.bar_rect(i)
            if i == self._hover:
                p.fillRect(rect.adjusted(-4, 0, 4, 0), QColor(0, 0, 0, 14))
            base = plot.bottom()
            if bar.cell is not None:
                for stage in AMOUNT_STAGES:
                    amount = float(bar.cell.by_stage.get(stage, 0))
                    if amount <= 0:
                        continue
                    h = plot.height() * amount / top
                    p.fillRect(
                        QRectF(rect.left(), base - h, rect.width(), h), QColor(STAGE_COLORS[stage])
                    )
                    base -= h
                if bar.cell.subscriptions and bar.cell.amount == 0:
                    # Only unpriced renewals: a thin outline says "something is here".
                    p.setPen(QPen(QColor(STAGE_COLORS[AMOUNT_STAGES[0]]), 1, Qt.PenStyle.DashLine))
                    p.drawRect(QRectF(rect.left(), plot.bottom() - 6, rect.width(), 6))
            p.setPen(text if bar.month != "overdue" else QColor("#b42318"))
            p.setFont(small)
            label = month_label(bar.month)
            if slanted:  # ends under the bar, rising to the left, so nothing overlaps
                width = p.fontMetrics().horizontalAdvance(label)
                p.save()
                p.translate(rect.center().x() + 4, plot.bottom() + 8)
                p.rotate(-35)
                p.drawText(QPointF(-width, p.fontMetrics().ascent() / 2), label)
                p.restore()
            else:
                slot = plot.width() / len(self._bars)
                p.drawText(
                    QRectF(rect.center().x() - slot / 2, plot.bottom() + 6, slot, 18),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )
            p.setFont(self.font())
        p.setPen(QPen(QColor("#d0d5dd"), 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _legend(self, p: QPainter, text: QColor) -> None:
        x = self._plot().left()
        metrics = p.fontMetrics()
        for stage in AMOUNT_STAGES:
            p.fillRect(QRectF(x, 12, 12, 12), QColor(STAGE_COLORS[stage]))
            x += 18
            label = stage_label(stage)
            p.setPen(text)
            p.drawText(QPointF(x, 12 + metrics.ascent() - 1), label)
            x += metrics.horizontalAdvance(label) + 18

    # ---- mouse ------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.hover_text(index), self)
        else:
            QToolTip.hideText()
        self.setCursor(
            Qt.CursorShape.PointingHandCursor
            if index >= 0 and self._bars[index].cell is not None
            else Qt.CursorShape.ArrowCursor
        )

    def leaveEvent(self, event: object) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.bar_at(event.position())
        if index >= 0 and self._bars[index].cell is not None:
            self.bar_clicked.emit(self._bars[index].cell)
