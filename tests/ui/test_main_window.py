"""The main window over a real cache: names, search, filters, sort, export, empty state."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from renewdesk.app import WINDOW_NAMES, create_main_window, smoke_test
from renewdesk.ui.subscriptions_model import Column


def test_window_shows_every_automation_name_and_the_subscriptions(main_window) -> None:
    from PySide6.QtCore import QObject

    for name in WINDOW_NAMES[1:]:
        found = main_window.findChild(QObject, name)
        assert found is not None, name
        if hasattr(found, "accessibleName"):
            assert found.accessibleName(), name
    assert main_window.objectName() == "mainWindow"
    assert main_window.subscriptions_page.model.rowCount() == 8
    assert "cache.sqlite" in main_window.cache_label.text()
    assert "2026-03-02" in main_window.as_of_label.text()
    nav = main_window.nav
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Subscriptions and Agreements",
        "Quotes",
        "Outbox",
        "Renewal planning",
    ]
    nav.setCurrentRow(1)
    assert main_window.stack.currentWidget() is main_window.quotes_page


def test_search_as_you_type_filters_and_sort(main_window, qtbot) -> None:
    page = main_window.subscriptions_page
    model = page.model
    qtbot.keyClicks(page.search, "render")
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=2000)
    assert {model.result_at(r).subscription.subscription_id for r in range(2)} == {
        "SUB-1002",
        "SUB-2002",
    }
    page.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 8, timeout=2000)
    page.eligible_only.setChecked(True)
    eligible = {model.result_at(r).subscription.subscription_id for r in range(model.rowCount())}
    assert eligible == {"SUB-1001", "SUB-1002", "SUB-1003", "SUB-2001", "SUB-2003"}
    page.eligible_only.setChecked(False)
    page.currency_filter.setCurrentIndex(page.currency_filter.findData("GBP"))
    assert model.rowCount() == 3
    page.within.setValue(20)
    ids = {model.result_at(r).subscription.subscription_id for r in range(model.rowCount())}
    assert ids == {"SUB-2001", "SUB-2003"}  # 14 days left, and overdue
    page.reset_filters()
    assert model.rowCount() == 8
    page.table.sortByColumn(Column.SEATS, Qt.SortOrder.DescendingOrder)
    assert model.result_at(0).subscription.seats == 20
    page.table.sortByColumn(Column.PRODUCT, Qt.SortOrder.AscendingOrder)
    assert model.result_at(0).subscription.product_name == "Cloud Storage Flex"


def test_eligibility_badge_tooltip_lists_every_reason(main_window) -> None:
    model = main_window.subscriptions_page.model
    row = model.row_of("SUB-2002")
    tip = model.index(row, Column.ELIGIBILITY).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, Column.ELIGIBILITY).data() == "Not eligible"
    assert "Canceled" in tip or "canceled" in tip


def test_export_csv_neutralises_formulas(main_window, tmp_path: Path) -> None:
    page = main_window.subscriptions_page
    rows = page.model.visible_results()
    target = tmp_path / "out.csv"
    page.export_csv(str(target), rows)
    with target.open(encoding="utf-8-sig") as fh:
        data = list(csv.DictReader(fh))
    assert len(data) == 8
    overdue = next(r for r in data if r["subscription_id"] == "SUB-2003")
    assert overdue["days_left"] == "-10"  # numbers stay numbers

    from renewdesk.ui.csv_export import safe_cell

    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("+1") == "'+1"
    assert safe_cell("@SUM") == "'@SUM"
    assert safe_cell("\tx") == "'\tx"
    assert safe_cell("Design") == "Design"


def test_bulk_auto_renew_on_and_off(main_window) -> None:
    page = main_window.subscriptions_page
    page.table.selectRow(page.model.row_of("SUB-1001"))
    page.action_auto_on.trigger()
    row = page.model.row_of("SUB-1001")
    assert page.model.result_at(row).subscription.auto_renew is True
    page.table.selectRow(row)
    page.action_auto_off.trigger()
    assert page.model.result_at(page.model.row_of("SUB-1001")).subscription.auto_renew is False


def test_empty_cache_greets_with_import_and_demo(qtbot, db_path, today_env, tmp_path) -> None:
    window = create_main_window(db_path, synchronous=True)
    qtbot.addWidget(window)
    page = window.subscriptions_page
    assert not page.empty_box.isHidden()
    assert page.splitter.isHidden()
    built: list[Path] = []
    reopened: list[Path] = []
    window.ctx.build_demo = lambda path, today: built.append(path) or path
    window.ctx.reopen = reopened.append
    page.empty_demo.setEnabled(True)
    page.empty_demo.click()
    assert built and reopened == built
    assert built[0] != db_path


def test_smoke_test_reports_one_line(filled_cache) -> None:
    line = smoke_test(filled_cache)
    assert "OK" in line and "8 subscriptions" in line
    assert "\n" not in line


def test_create_main_window_has_the_look_of_run_gui(main_window, qapp) -> None:
    from renewdesk.app import apply_look
    from renewdesk.ui.theme import STYLESHEET

    assert qapp.styleSheet() == STYLESHEET
    assert not qapp.windowIcon().isNull()
    assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == "#ffffff"
    font_size = qapp.font().pointSizeF()
    apply_look(qapp)  # a second call changes nothing
    assert qapp.styleSheet() == STYLESHEET
    assert qapp.font().pointSizeF() == font_size
