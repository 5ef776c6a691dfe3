"""The Renewal planning page over a real cache, driven with pytest-qt.

UI data set (tests/ui/conftest.py), as of 2026-03-02, list prices:
SEK 2026-03: SUB-1001 12 x 21000 + SUB-1002 5 x 9800 = 301000; 2026-04: SUB-1003
3 x 7400 = 22200; 2026-09: SUB-1005 2 x 21000 = 42000 (SUB-1004 is Flex: left out).
GBP overdue: SUB-2003 (expired, renewed 10 days ago) 20 x 4900 = 98000; 2026-03:
SUB-2001 8 x 1900 = 15200 (SUB-2002 is canceled: left out).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolTip

from renewdesk.i18n import install_language, uninstall_language
from renewdesk.planning.stages import Stage
from renewdesk.ui.forecast_model import ForecastColumn
from renewdesk.ui.planning_labels import STAGE_COLORS
from renewdesk.ui.subscriptions_model import Column

PLANNING_ROW = 3


def open_planning(window, qtbot, currency: str = "SEK"):
    window.show()
    window.nav.setCurrentRow(PLANNING_ROW)
    page = window.planning_page
    qtbot.waitUntil(lambda: page.forecast is not None, timeout=3000)
    page.currency.setCurrentIndex(page.currency.findData(currency))
    return page


def visible_ids(window) -> list[str]:
    model = window.subscriptions_page.model
    return sorted(model.result_at(r).subscription.subscription_id for r in range(model.rowCount()))


def test_the_table_shows_the_hand_computed_figures(main_window, qtbot):
    page = open_planning(main_window, qtbot)
    assert main_window.stack.currentWidget() is page
    assert page.objectName() == "planningPage"
    model = page.model
    figures = [
        (
            model.row_at(r).month,
            model.data(model.index(r, ForecastColumn.CURRENCY)),
            model.row_at(r).subscriptions,
            model.row_at(r).seats,
            model.row_at(r).amount,
        )
        for r in range(model.rowCount())
    ]
    # Every currency, as `renewdesk forecast` lists them: Overdue first, then by month.
    assert figures == [
        ("overdue", "GBP", 1, 20, Decimal("98000")),
        ("2026-03", "GBP", 1, 8, Decimal("15200")),
        ("2026-03", "SEK", 2, 17, Decimal("301000")),
        ("2026-04", "SEK", 1, 3, Decimal("22200")),
        ("2026-09", "SEK", 1, 2, Decimal("42000")),
    ]
    assert model.data(model.index(0, ForecastColumn.MONTH)) == "Overdue"
    assert model.data(model.index(2, ForecastColumn.AMOUNT)) == "SEK\xa0301,000.00"
    # The chart shows the picked currency only.
    assert [b.month for b in page.chart.bars if b.cell] == ["2026-03", "2026-04", "2026-09"]
    assert "not forecast" in page.note.text()


def test_clicking_a_row_opens_exactly_those_subscriptions(main_window, qtbot):
    page = open_planning(main_window, qtbot)
    table = page.table
    rect = table.visualRect(page.model.index(2, ForecastColumn.SEATS))  # 2026-03 SEK
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.stack.currentWidget() is main_window.subscriptions_page
    assert visible_ids(main_window) == ["SUB-1001", "SUB-1002"]
    subs = main_window.subscriptions_page
    assert subs.only_bar.isVisible()
    assert "2026-03" in subs.only_label.text()
    qtbot.mouseClick(subs.only_clear, Qt.MouseButton.LeftButton)
    assert main_window.subscriptions_page.model.rowCount() == 8


def test_the_chart_is_drawn_hovered_and_clicked(main_window, qtbot, tmp_path):
    main_window.resize(1280, 800)
    page = open_planning(main_window, qtbot, "GBP")
    chart = page.chart
    assert chart.objectName() == "forecastChart"
    assert [b.month for b in chart.bars][:2] == ["overdue", "2026-03"]
    image = chart.grab().toImage()
    assert image.save(str(tmp_path / "chart.png"))
    # The Overdue bar (98000, the highest) is drawn in the not-started colour.
    bar = chart.bar_rect(0)
    pixel = image.pixelColor(int(bar.center().x()), int(bar.bottom()) - 10)
    assert pixel == QColor(STAGE_COLORS[Stage.NOT_STARTED])
    # Hovering a bar shows its values in a tooltip.
    hover = QPoint(int(chart.bar_rect(1).center().x()), int(chart.bar_rect(1).bottom()) - 2)
    qtbot.mouseMove(chart, hover)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert "15,200.00" in QToolTip.text()
    text = chart.hover_text(1)
    assert "2026-03 · GBP" in text and "15,200.00" in text
    point = QPoint(int(chart.bar_rect(1).center().x()), int(chart.bar_rect(1).bottom()) - 2)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert visible_ids(main_window) == ["SUB-2001"]


def test_will_not_renew_from_the_details_pane_leaves_the_amount(main_window, qtbot):
    subs = main_window.subscriptions_page
    row = subs.model.row_of("SUB-1002")
    subs.table.selectRow(row)
    qtbot.mouseClick(subs.details.stage_button, Qt.MouseButton.LeftButton)
    dialog = subs.stage_dialog
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.WILL_NOT_RENEW.value))
    assert dialog.note.isEnabled()
    qtbot.keyClicks(dialog.note, "Customer consolidates licences")
    qtbot.keyClicks(dialog.owner, "Anna")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    row = subs.model.row_of("SUB-1002")
    assert subs.model.data(subs.model.index(row, Column.STAGE)) == "Will not renew"
    assert subs.model.data(subs.model.index(row, Column.OWNER)) == "Anna"
    assert "Will not renew" in subs.details.plan_label.text()
    assert subs.details.plan_label.toolTip() == "Customer consolidates licences"
    page = open_planning(main_window, qtbot)
    march = page.model.row_at(2)
    assert (march.month, march.currency) == ("2026-03", "SEK")
    assert (march.subscriptions, march.amount, march.will_not_renew) == (1, Decimal("252000"), 1)
    # The Will not renew cell opens just that one.
    rect = page.table.visualRect(page.model.index(2, ForecastColumn.WILL_NOT_RENEW))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert visible_ids(main_window) == ["SUB-1002"]
    subs.stage_filter.setCurrentIndex(subs.stage_filter.findData("will-not-renew"))
    assert visible_ids(main_window) == ["SUB-1002"]
    subs.reset_filters()
    assert subs.owner_filter.isVisibleTo(subs)
    subs.owner_filter.setCurrentIndex(subs.owner_filter.findData("Anna"))
    assert visible_ids(main_window) == ["SUB-1002"]


def test_bulk_action_sets_in_progress_for_the_selection(main_window, qtbot):
    subs = main_window.subscriptions_page
    subs.table.selectAll()
    subs.action_stage.trigger()
    dialog = subs.stage_dialog
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.IN_PROGRESS.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stages = {
        subs.model.data(subs.model.index(r, Column.STAGE)) for r in range(subs.model.rowCount())
    }
    assert stages == {"In progress"}


def test_report_xlsx_reads_back(main_window, qtbot, tmp_path):
    from renewdesk.ui.report_dialog import ReportDialog

    subs = main_window.subscriptions_page
    subs.currency_filter.setCurrentIndex(subs.currency_filter.findData("GBP"))
    dialog = ReportDialog(main_window)
    for key, box in dialog.boxes.items():
        box.setChecked(key in {"SUBSCRIPTION_ID", "SEATS", "RENEWAL_DATE", "STAGE", "expected"})
    target = tmp_path / "report.xlsx"
    dialog.write(target)
    book = load_workbook(target)
    forecast, listing = book.worksheets
    rows = list(forecast.iter_rows(values_only=True))
    assert rows[0][:5] == ("Month", "Currency", "Subscriptions", "Seats", "Expected amount")
    assert ("Overdue", "GBP", 1, 20, 98000, 0, 0) in rows
    assert forecast.cell(row=2, column=5).number_format.endswith('"GBP"')
    head, *body = list(listing.iter_rows(values_only=True))
    assert head == (
        "Subscription ID",
        "Seats",
        "Renewal date",
        "Stage",
        "Expected amount (list price)",
    )
    assert sorted(r[0] for r in body) == ["SUB-2001", "SUB-2002", "SUB-2003"]
    amounts = {r[0]: r[4] for r in body}
    assert amounts["SUB-2001"] == 15200
    money = next(c for c in listing["E"][1:] if c.value == 15200)
    assert money.number_format == '#,##0.00 "GBP"'


def test_reminders_go_to_the_status_bar_once(main_window, qtbot):
    from datetime import date

    wiring = main_window.planning
    # SUB-2003 renewed on 2026-02-20; its window closes 2026-04-06: 7 days before.
    wiring.check_reminders(date(2026, 3, 30))
    assert any(r.subject == "SUB-2003" for r in wiring.last_reminders)
    assert "SUB-2003" in main_window.statusBar().currentMessage()
    wiring.check_reminders(date(2026, 3, 30))
    assert wiring.last_reminders == []


def test_reminder_lead_days_are_set_on_the_page(main_window, qtbot):
    page = open_planning(main_window, qtbot)
    assert page.lead_days.text() == "14, 7"
    page.lead_days.clear()
    qtbot.keyClicks(page.lead_days, "3, 21")
    qtbot.keyClick(page.lead_days, Qt.Key.Key_Return)
    assert main_window.ctx.planning.lead_days() == (21, 3)
    assert page.lead_days.text() == "21, 3"
    page.lead_days.clear()
    qtbot.keyClicks(page.lead_days, "soon")
    with qtbot.waitSignal(page.message) as said:
        qtbot.keyClick(page.lead_days, Qt.Key.Key_Return)
    assert "soon" in said.args[0]
    assert page.lead_days.text() == "21, 3"  # unchanged


@pytest.fixture
def language(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    yield install_language
    uninstall_language()


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_page_fits_in_both_languages(qtbot, filled_cache, language, lang, size, tmp_path):
    from renewdesk.app import create_main_window

    language(lang)
    window = create_main_window(filled_cache, synchronous=True)
    qtbot.addWidget(window)
    window.resize(*size)
    page = open_planning(window, qtbot)
    qtbot.wait(10)
    assert window.grab().save(str(tmp_path / f"planning_{lang}_{size[0]}.png"))
    header = page.table.horizontalHeader()
    metrics = header.fontMetrics()
    for col in ForecastColumn:
        title = page.model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= metrics.horizontalAdvance(title), title
    for button in (page.calendar_button, page.report_button):
        assert button.width() >= button.sizeHint().width()
    assert page.chart.height() >= 200
    assert page.width() <= window.width()
    window.close()


def test_file_menu_exports_the_calendar(main_window, qtbot, tmp_path):
    import icalendar

    file_menu = main_window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert "actionExportCalendar" in names and "actionExportReport" in names
    target = tmp_path / "renewals.ics"
    main_window.planning.export_calendar(str(target))
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    # Active, expired or suspended, renewal at most 45 days back: not the canceled SUB-2002.
    assert uids == {
        f"renewal-{s}@renewdesk"
        for s in (
            *("SUB-1001", "SUB-1002", "SUB-1003", "SUB-1004"),
            "SUB-1005",
            "SUB-2001",
            "SUB-2003",
        )
    }
    assert "7 events written" in main_window.statusBar().currentMessage()
