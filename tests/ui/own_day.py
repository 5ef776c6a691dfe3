"""Data and helpers for the issue 9 day on data of its own: four customers, five currencies, a reseller.

Built through the import service from CSV (as an admin's files arrive), dates relative
to a pinned ``RENEWDESK_TODAY``; the window is driven by automation names, keys and
clicks only.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTableView,
)

from renewdesk import i18n
from tests.ui.driving import find, focused, opened

TODAY = date(2026, 6, 15)
CTRL = Qt.KeyboardModifier.ControlModifier
HEADER = (
    "subscription_id,contract_number,product_name,offering_code,offering_type,customer_csn,"
    "customer_name,partner_csn,partner_name,currency,payment_method,term,seats,start_date,"
    "renewal_date,status,auto_renew,team,buyer_email"
)
# id, product, offering, csn, name, partner, partner name, currency, payment, seats, renews in, status, email
ROWS = [
    (
        "QA-A1",
        "Design Suite Premium",
        "DSP",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "SEK",
        "invoice",
        10,
        30,
        "active",
        "kim@fjallbacka.example",
    ),
    (
        "QA-A2",
        "Render Studio",
        "RND",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "SEK",
        "invoice",
        4,
        35,
        "active",
        "kim@fjallbacka.example",
    ),
    (
        "QA-X3",
        "Site Planner",
        "SPL",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "SEK",
        "invoice",
        2,
        60,
        "suspended",
        "kim@fjallbacka.example",
    ),
    (
        "QA-A3",
        "Site Planner",
        "SPL",
        "7700000001",
        "Fjällbacka Bygg AB",
        "",
        "",
        "EUR",
        "invoice",
        2,
        45,
        "active",
        "kim@fjallbacka.example",
    ),
    (
        "QA-B1",
        "Design Suite Premium",
        "DSP",
        "7700000002",
        "Tallinna Tehnika OÜ",
        "P-9001",
        "Baltic Resell OÜ",
        "EUR",
        "card",
        3,
        25,
        "active",
        "mari@tehnika.example",
    ),
    (
        "QA-B2",
        "Render Studio",
        "RND",
        "7700000002",
        "Tallinna Tehnika OÜ",
        "",
        "",
        "EUR",
        "card",
        1,
        26,
        "active",
        "mari@tehnika.example",
    ),
    (
        "QA-X2",
        "Render Studio",
        "RND",
        "7700000002",
        "Tallinna Tehnika OÜ",
        "",
        "",
        "EUR",
        "card",
        2,
        200,
        "active",
        "mari@tehnika.example",
    ),
    (
        "QA-C1",
        "Site Planner",
        "SPL",
        "7700000003",
        "Prairie Works LLC",
        "",
        "",
        "USD",
        "invoice",
        6,
        -45,
        "active",
        "lee@prairie.example",
    ),
    (
        "QA-C2",
        "Design Suite Premium",
        "DSP",
        "7700000003",
        "Prairie Works LLC",
        "",
        "",
        "USD",
        "invoice",
        2,
        10,
        "active",
        "lee@prairie.example",
    ),
    (
        "QA-D1",
        "Render Studio",
        "RND",
        "7700000004",
        "Thames Draughting Ltd",
        "",
        "",
        "GBP",
        "invoice",
        5,
        15,
        "active",
        "",
    ),
    (
        "QA-X1",
        "Design Suite Premium",
        "DSP",
        "7700000004",
        "Thames Draughting Ltd",
        "",
        "",
        "GBP",
        "invoice",
        1,
        -120,
        "expired",
        "",
    ),
]
PRICES = """offering_code,term,currency,unit_price
DSP,annual,SEK,18500.00
RND,annual,SEK,9200.00
SPL,annual,SEK,5000.00
SPL,annual,EUR,640.00
DSP,annual,EUR,1700.00
RND,annual,EUR,850.00
SPL,annual,USD,700.00
DSP,annual,USD,1850.00
RND,annual,GBP,720.00
"""


def _csv() -> str:
    lines = [HEADER]
    for sid, product, code, csn, name, pcsn, pname, cur, pay, seats, days, status, mail in ROWS:
        renewal = TODAY + timedelta(days=days)
        start = renewal - timedelta(days=365)
        lines.append(
            f"{sid},K-{sid},{product},{code},standard,{csn},{name},{pcsn},{pname},{cur},{pay},"
            f"annual,{seats},{start},{renewal},{status},no,Team,{mail}"
        )
    return "\n".join(lines) + "\n"


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    i18n.install_language(request.param)
    yield request.param
    i18n.uninstall_language()


@pytest.fixture
def own_cache(engine, db_path: Path, tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    from renewdesk.services.import_service import ImportService

    monkeypatch.setenv("RENEWDESK_TODAY", TODAY.isoformat())
    (tmp_path / "subs.csv").write_text(_csv(), encoding="utf-8")
    (tmp_path / "prices.csv").write_text(PRICES, encoding="utf-8")
    service = ImportService(engine, date_locale="en_US")
    service.import_subscriptions(tmp_path / "subs.csv")
    service.import_prices(tmp_path / "prices.csv")
    return db_path


@pytest.fixture
def window(qtbot, own_cache, tmp_path, lang):  # type: ignore[no-untyped-def]
    from renewdesk.app import create_main_window

    win = create_main_window(own_cache, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.ctx.extras.update(output_folder=str(tmp_path), open_files=False)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def table(window) -> QTableView:  # type: ignore[no-untyped-def]
    return window.subscriptions_page.table


def _search_and_renew_row(window, qtbot, text: str):  # type: ignore[no-untyped-def]
    page = window.subscriptions_page
    table(window).setFocus()
    qtbot.keyClick(table(window), Qt.Key.Key_F, CTRL)
    search = find(window, QLineEdit, "subscriptionSearch")
    assert focused() is search
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    while focused() is not page.table:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return opened(window, qtbot)


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
