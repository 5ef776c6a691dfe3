"""The planning page over the hand-made data set of ``tests/cli/test_planning_handmade.py``.

The table holds the same rows as ``renewdesk forecast`` (figures written out there);
the chart draws the picked currency's months, and a month whose only subscription
will not renew is a row that opens that subscription.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from renewdesk.cli import main
from renewdesk.planning.stages import Stage
from renewdesk.ui.forecast_model import ForecastColumn
from renewdesk.ui.planning_labels import STAGE_COLORS
from tests.cli.test_planning_handmade import FIRST_12, HEADER, PRICES, SUBS, WILL_NOT_RENEW

PLANNING_ROW = 3


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-20")
    db = tmp_path / "cache.sqlite"
    lines = [HEADER] + [
        f"{sid},C-{sid},Product {code},{code},{kind},5100000001,Acme AB,,,{cur},invoice,"
        f"{term},{seats},{start},{renews},{status},false,,buyer@example.com"
        for sid, code, kind, cur, term, seats, start, renews, status in SUBS
    ]
    (tmp_path / "subs.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "prices.csv").write_text(PRICES, encoding="utf-8")
    base = ["--db", str(db)]
    assert main([*base, "import", "--kind", "prices", str(tmp_path / "prices.csv")]) == 0
    assert main([*base, "import", str(tmp_path / "subs.csv")]) == 0
    assert main([*base, "stage", *WILL_NOT_RENEW, "--set", "will-not-renew"]) == 0
    assert main([*base, "stage", "S21", "--set", "in-progress"]) == 0
    capsys.readouterr()
    from renewdesk.app import create_main_window

    win = create_main_window(db, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.nav.setCurrentRow(PLANNING_ROW)
    qtbot.waitUntil(lambda: win.planning_page.forecast is not None, timeout=5000)
    yield win
    win.close()


def visible_ids(win) -> list[str]:
    model = win.subscriptions_page.model
    return sorted(model.result_at(r).subscription.subscription_id for r in range(model.rowCount()))


def test_the_table_holds_the_hand_computed_rows(window):
    page = window.planning_page
    assert page.table.objectName() == "forecastTable"
    model = page.model
    shown = [
        {
            "month": model.row_at(r).month,
            "currency": model.data(model.index(r, ForecastColumn.CURRENCY)),
            "subscriptions": model.row_at(r).subscriptions,
            "seats": model.row_at(r).seats,
            "amount": model.row_at(r).amount,
            "unpriced": model.row_at(r).unpriced,
            "will_not_renew": model.row_at(r).will_not_renew,
        }
        for r in range(model.rowCount())
    ]
    assert shown == [{**r, "amount": Decimal(r["amount"])} for r in FIRST_12]
    assert model.data(model.index(0, ForecastColumn.MONTH)) == "Overdue"


def test_the_chart_draws_the_stages_and_a_will_not_renew_month_opens_it(window, qtbot):
    page = window.planning_page
    page.currency.setCurrentIndex(page.currency.findData("SEK"))
    chart = page.chart
    months = [b.month for b in chart.bars]
    assert months[:3] == ["overdue", "2026-11", "2026-12"] and len(months) == 13
    image = chart.grab().toImage()
    december = chart.bar_rect(2)  # S21, in progress: 36000, the highest SEK bar
    pixel = image.pixelColor(int(december.center().x()), int(december.bottom()) - 10)
    assert pixel == QColor(STAGE_COLORS[Stage.IN_PROGRESS])
    assert "1 will not renew" in chart.hover_text(2)

    page.currency.setCurrentIndex(page.currency.findData("USD"))
    march = [b.month for b in chart.bars].index("2027-03")
    assert chart.bars[march].cell.subscriptions == 0
    point = QPoint(int(chart.bar_rect(march).center().x()), int(chart.bar_rect(march).bottom()) - 2)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert window.stack.currentWidget() is window.subscriptions_page
    assert visible_ids(window) == ["S16"]


def test_clicking_a_will_not_renew_only_row_opens_it(window, qtbot):
    page = window.planning_page
    row = next(
        r
        for r in range(page.model.rowCount())
        if (page.model.row_at(r).month, page.model.row_at(r).currency) == ("2027-03", "USD")
    )
    page.table.scrollTo(page.model.index(row, ForecastColumn.SEATS))
    rect = page.table.visualRect(page.model.index(row, ForecastColumn.SEATS))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert visible_ids(window) == ["S16"]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_forecast_columns_are_in_view_without_scrolling(window, qtbot, size):
    window.resize(*size)
    qtbot.wait(20)
    table = window.planning_page.table
    header = table.horizontalHeader()
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    # The columns of `renewdesk forecast`, in its order, all visible at this size.
    assert titles == [
        "Month",
        "Currency",
        "Subscriptions",
        "Seats",
        "Expected amount",
        "Unpriced",
        "Will not renew",
    ]
    last = ForecastColumn.WILL_NOT_RENEW
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
