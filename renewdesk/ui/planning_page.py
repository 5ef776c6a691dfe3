"""Renewal planning (issue 14): the months ahead by currency, as a chart and a table.

Clicking a bar or a table row asks the window to show exactly those
subscriptions on the Subscriptions page (``show_subscriptions``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from renewdesk.planning.forecast import MAX_MONTHS, MIN_MONTHS, OVERDUE, Cell, Forecast
from renewdesk.services.planning_service import PlanningError
from renewdesk.ui import labels
from renewdesk.ui.context import UiContext
from renewdesk.ui.forecast_chart import ForecastChart
from renewdesk.ui.forecast_model import ForecastColumn, ForecastModel
from renewdesk.ui.planning_labels import month_label
from renewdesk.ui.task_runner import TaskRunner
from renewdesk.ui.widgets import configure_table, muted, name, page_header


class PlanningPage(QWidget):
    """The forecast page; emits ``show_subscriptions`` with ids and what they are."""

    show_subscriptions = Signal(list, str)
    export_calendar_requested = Signal()
    export_report_requested = Signal()
    reload_started = Signal()
    message = Signal(str)

    def __init__(self, ctx: UiContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "planningPage", self.tr("Renewal planning"))
        self._ctx = ctx
        self._runner = runner
        self.forecast: Forecast | None = None
        self.model = ForecastModel(self)
        self._build()
        self._connect()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)
        header, self.summary_label = page_header(self.tr("Renewal planning"))
        top = QHBoxLayout()
        top.addWidget(header, 1)
        outer.addLayout(top)
        self.note = muted(
            self.tr(
                "Amounts are the price book's list price × seats for the subscriptions a "
                "renewal quote renews (active, expired or suspended; standard offerings). "
                "Campaigns are promotions of their day and are not forecast. Overdue: the "
                "renewal date has passed and the quote window is still open."
            )
        )
        outer.addWidget(self.note)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.currency_label = QLabel(self.tr("Currency:"))
        self.currency = QComboBox()
        name(self.currency, "forecastCurrency", self.tr("Forecast currency"))
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currency_label.setBuddy(self.currency)
        self.months = QSpinBox()
        name(self.months, "forecastMonths", self.tr("Months ahead"))
        self.months.setRange(MIN_MONTHS, MAX_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setMinimumWidth(110)
        bar.addWidget(self.currency_label)
        bar.addWidget(self.currency)
        bar.addSpacing(8)
        bar.addWidget(self.months)
        bar.addSpacing(8)
        self.lead_label = QLabel(self.tr("Reminder days:"))
        self.lead_days = QLineEdit()
        name(self.lead_days, "reminderLeadDays", self.tr("Reminder lead days"))
        self.lead_days.setToolTip(
            self.tr(
                "Days before a renewal window closes, or an open quote expires, that a "
                "reminder is shown; separate several with commas."
            )
        )
        self.lead_days.setMaximumWidth(80)
        self.lead_label.setBuddy(self.lead_days)
        bar.addWidget(self.lead_label)
        bar.addWidget(self.lead_days)
        bar.addStretch(1)
        self.calendar_button = QPushButton(self.tr("Export calendar…"))
        name(self.calendar_button, "exportCalendarButton", self.tr("Export calendar"))
        self.report_button = QPushButton(self.tr("Export report…"))
        name(self.report_button, "exportReportButton", self.tr("Export report"))
        # Beside the title: the filter row keeps room for the translations.
        top.addWidget(self.calendar_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        self.chart = ForecastChart()
        split.addWidget(self.chart)
        self.table = QTableView()
        name(self.table, "forecastTable", self.tr("Forecast table"))
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        # At most 25 rows: sizing to the contents is cheap and never cuts a title.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        split.addWidget(self.table)
        # Half each: the table lists every currency, the chart one.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.splitter = split
        self.footer = muted("")
        outer.addWidget(self.footer)

    def _connect(self) -> None:
        self.currency.currentIndexChanged.connect(self._show_currency)
        self.months.valueChanged.connect(self._on_months)
        self.lead_days.editingFinished.connect(self._on_lead_days)
        self.chart.bar_clicked.connect(self._open_cell)
        self.table.clicked.connect(self._on_row_clicked)
        self.table.activated.connect(self._on_row_clicked)  # Enter on a row
        self.calendar_button.clicked.connect(self.export_calendar_requested)
        self.report_button.clicked.connect(self.export_report_requested)

    # ---- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Compute the forecast off the GUI thread, then show it."""
        planning = self._ctx.planning
        if planning is None:
            return
        self.reload_started.emit()
        as_of = self._ctx.today()
        months = planning.months()
        self.months.blockSignals(True)
        self.months.setValue(months)
        self.months.blockSignals(False)
        self.lead_days.setText(", ".join(str(d) for d in planning.lead_days()))

        def work(progress: Callable[[int, int, str], None]) -> Forecast:
            return planning.forecast(as_of, months)

        self._runner.submit(work, name="forecast", on_finished=self._on_loaded)

    def _on_loaded(self, forecast: Forecast) -> None:
        self.forecast = forecast
        self.model.set_rows(forecast.cells)  # every currency; the chart shows one
        current = self.currency.currentData()
        currencies = forecast.currencies
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in currencies:
            self.currency.addItem(code, code)
        found = self.currency.findData(current)
        self.currency.setCurrentIndex(found if found >= 0 else (0 if currencies else -1))
        self.currency.blockSignals(False)
        self._show_currency()

    def _on_months(self, months: int) -> None:
        planning = self._ctx.planning
        if planning is not None and months != planning.months():
            planning.set_months(months)
            self.reload()

    def _on_lead_days(self) -> None:
        planning = self._ctx.planning
        if planning is None:
            return
        try:
            planning.set_lead_days(self.lead_days.text())
        except PlanningError as exc:
            self.message.emit(str(exc))
        self.lead_days.setText(", ".join(str(d) for d in planning.lead_days()))

    def selected_currency(self) -> str:
        return str(self.currency.currentData() or "")

    def _show_currency(self, *_args: object) -> None:
        forecast = self.forecast
        code = self.selected_currency()
        cells = forecast.for_currency(code) if forecast is not None else []
        months = list(forecast.months) if forecast is not None else []
        if any(c.month == OVERDUE for c in cells):
            months.insert(0, OVERDUE)
        self.chart.set_data(months, cells, code)
        self._update_texts(forecast, cells, code)

    def _update_texts(self, forecast: Forecast | None, cells: list[Cell], code: str) -> None:
        if forecast is None or not forecast.cells:
            self.summary_label.setText(self.tr("No renewals in the months ahead."))
            self.footer.setText("")
            return
        first, last = forecast.months[0], forecast.months[-1]
        self.summary_label.setText(
            self.tr("As of %1: %2 to %3")
            .replace("%1", forecast.as_of.isoformat())
            .replace("%2", first)
            .replace("%3", last)
        )
        total = sum((c.amount for c in cells), start=Decimal(0))
        subs = sum(c.subscriptions for c in cells)
        unpriced = sum(c.unpriced for c in cells)
        declined = sum(c.will_not_renew for c in cells)
        parts = [
            self.tr("Expected in %1: %2")
            .replace("%1", code)
            .replace("%2", labels.money(total, code)),
            self.tr("%n subscription(s)", "", subs),
        ]
        if unpriced:
            parts.append(self.tr("%n without a price (not in the amount)", "", unpriced))
        if declined:
            parts.append(self.tr("%n will not renew (left out)", "", declined))
        self.footer.setText(" · ".join(parts))

    # ---- clicks ----------------------------------------------------------------------

    def _on_row_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cell = self.model.row_at(index.row())
        if index.column() == ForecastColumn.WILL_NOT_RENEW and cell.will_not_renew:
            self._emit(cell.will_not_renew_ids, cell, self.tr("will not renew"))
        else:
            self._open_cell(cell)

    def _open_cell(self, cell: Cell) -> None:
        if not cell.ids and cell.will_not_renew_ids:  # a row of will-not-renew ones only
            self._emit(cell.will_not_renew_ids, cell, self.tr("will not renew"))
            return
        self._emit(cell.ids, cell, "")

    def _emit(self, ids: list[str], cell: Cell, extra: str) -> None:
        if not ids:
            return
        what = f"{month_label(cell.month)} · {cell.currency}"
        if extra:
            what += f" · {extra}"
        self.show_subscriptions.emit(list(ids), what)

    @property
    def as_of(self) -> date | None:
        return self.forecast.as_of if self.forecast is not None else None
