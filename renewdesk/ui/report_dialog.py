"""Export report…: the forecast and the Subscriptions page's filtered list in one XLSX."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QWidget,
)

from renewdesk.planning.report import ReportColumn, ReportTexts, write_report
from renewdesk.services.verdicts import CheckResult
from renewdesk.ui import labels
from renewdesk.ui.planning_labels import Planning, stage_label
from renewdesk.ui.subscriptions_model import Badge, Column, badge_text, headers
from renewdesk.ui.widgets import dialog_layout, name

if TYPE_CHECKING:
    from renewdesk.ui.main_window import MainWindow

COLUMNS_KEY = "planning/reportColumns"
EXPECTED = "expected"  # the extra money column: list price x seats


def column_value(result: CheckResult, column: Column, as_of_ordinal: int) -> Any:
    """A subscription's raw value for one table column (numbers and dates stay typed)."""
    s = result.subscription
    values: dict[Column, Any] = {
        Column.PRODUCT: s.product_name,
        Column.SUBSCRIPTION_ID: s.subscription_id,
        Column.CONTRACT: s.contract_number,
        Column.CSN: s.customer_csn,
        Column.TERM: labels.term_label(s.term),
        Column.SEATS: s.seats,
        Column.RENEWAL_DATE: s.renewal_date,
        Column.DAYS_LEFT: s.renewal_date.toordinal() - as_of_ordinal,
        Column.STATUS: labels.status_label(s.status),
        Column.ELIGIBILITY: badge_text(Badge.ELIGIBLE if result.eligible else Badge.BLOCKED),
        Column.AUTO_RENEW: s.auto_renew,
        Column.PAYMENT_METHOD: labels.payment_label(s.payment_method),
        Column.CURRENCY: s.currency,
        Column.STAGE: stage_label(result.stage),
        Column.OWNER: result.owner,
    }
    return values[column]


class ReportDialog(QDialog):
    """Choose the list's columns, then a file; the report is written off the GUI thread."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "reportDialog", Planning.tr("Export report"))
        self.setWindowTitle(Planning.tr("Export report"))
        self._window = window
        page = window.subscriptions_page
        self._results = page.model.visible_results()
        outer = dialog_layout(
            self,
            Planning.tr("Export report"),
            Planning.tr(
                "One Excel workbook: the forecast, and the %n subscription(s) the "
                "Subscriptions page shows now, with the columns ticked below.",
                "",
                len(self._results),
            ),
        )
        saved = QSettings().value(COLUMNS_KEY)
        chosen = set(str(saved).split(",")) if saved else None
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        titles = headers()
        keys = [c.name for c in Column] + [EXPECTED]
        texts = [*titles, Planning.tr("Expected amount (list price)")]
        for n, (key, text) in enumerate(zip(keys, texts, strict=True)):
            box = QCheckBox(text)
            box.setObjectName(f"reportColumn_{key}")
            box.setChecked(chosen is None or key in chosen)
            self.boxes[key] = box
            grid.addWidget(box, n // 3, n % 3)
        outer.addLayout(grid)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def chosen_keys(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def _on_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, Planning.tr("Export report"), "renewal-report.xlsx", Planning.tr("Excel (*.xlsx)")
        )
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        """Write the report to ``path`` (tests call this directly)."""
        keys = self.chosen_keys()
        QSettings().setValue(COLUMNS_KEY, ",".join(keys))
        ctx = self._window.ctx
        planning = ctx.planning
        if planning is None:
            return
        as_of = self._window.subscriptions_page.model.as_of
        results = self._results
        titles = dict(zip([c.name for c in Column], headers(), strict=True))
        columns = [
            ReportColumn(Planning.tr("Expected amount (list price)"), money=True)
            if key == EXPECTED
            else ReportColumn(titles[key])
            for key in keys
        ]
        texts = ReportTexts(
            forecast_sheet=Planning.tr("Forecast"),
            list_sheet=Planning.tr("Subscriptions"),
            month=Planning.tr("Month"),
            currency=Planning.tr("Currency"),
            subscriptions=Planning.tr("Subscriptions"),
            seats=Planning.tr("Seats"),
            amount=Planning.tr("Expected amount"),
            unpriced=Planning.tr("Unpriced"),
            will_not_renew=Planning.tr("Will not renew"),
            overdue=Planning.tr("Overdue"),
            note=Planning.tr(
                "List price × seats; campaigns are promotions of their day and are not forecast."
            ),
        )

        def work(progress: Callable[[int, int, str], None]) -> int:
            forecast = planning.forecast(as_of)
            prices = planning.price_lookup()
            ordinal = as_of.toordinal()
            rows = []
            for r in results:
                row: list[Any] = []
                for key in keys:
                    if key == EXPECTED:
                        s = r.subscription
                        unit = prices.get((s.offering_code, str(s.term), s.currency))
                        row.append(unit * s.seats if unit is not None else None)
                    else:
                        row.append(column_value(r, Column[key], ordinal))
                rows.append(row)
            currencies = [r.subscription.currency for r in results]
            return write_report(path, forecast, columns, rows, currencies, texts)

        def done(count: int) -> None:
            self._window.show_message(
                Planning.tr("Report written: %n subscription(s) in %1.", "", count).replace(
                    "%1", path.name
                )
            )
            self.accept()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, Planning.tr("The report was not written"), str(error))

        self._window.runner.submit(work, name="report", on_finished=done, on_failed=failed)
