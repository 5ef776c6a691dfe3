"""Money in the window's language, and the Eligibility badge on screen at 1280 x 800."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from renewdesk.i18n import install_language, uninstall_language
from renewdesk.ui import labels
from renewdesk.ui.column_fit import MIN_FLEXIBLE, fit_widths
from renewdesk.ui.subscriptions_model import Column


@pytest.fixture
def swedish() -> Iterator[None]:
    install_language("sv")
    yield
    uninstall_language()


def test_money_follows_the_window_language(swedish) -> None:
    assert labels.money(Decimal("12345"), "SEK") == "12\u00a0345,00\u00a0kr"
    assert labels.money(Decimal("12345"), "SEK", "en") == "SEK\u00a012,345.00"
    assert labels.money(None, "SEK") == "–"
    assert labels.money(Decimal("5"), "XQQ").endswith("XQQ")  # unknown code: still readable


def _badge_is_on_screen(window, qtbot) -> bool:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.subscriptions_page.table
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(Column.ELIGIBILITY) + header.sectionSize(
        Column.ELIGIBILITY
    )
    return 0 < right <= table.viewport().width()


def test_eligibility_is_visible_without_scrolling_at_1280(main_window, qtbot) -> None:
    assert _badge_is_on_screen(main_window, qtbot)
    table = main_window.subscriptions_page.table
    header = table.horizontalHeader()
    # In English every header before the badge is whole, not elided.
    metrics = header.fontMetrics()
    for col in list(Column)[: Column.ELIGIBILITY + 1]:
        title = str(main_window.subscriptions_page.model.headerData(col, 1))
        assert header.sectionSize(col) >= metrics.horizontalAdvance(title), title


def test_eligibility_is_visible_in_swedish_too(swedish, filled_cache, qtbot) -> None:
    from renewdesk.app import create_main_window

    window = create_main_window(filled_cache, synchronous=True)
    qtbot.addWidget(window)
    assert window.subscriptions_page.model.headerData(Column.ELIGIBILITY, 1) != "Eligibility"
    assert _badge_is_on_screen(window, qtbot)
    # The quotes table's totals are Swedish money as well.
    quotes = window.ctx.quotes
    quotes.create_draft(quotes.request(["SUB-1001"]))
    window.quotes_page.reload()
    total = window.quotes_page.model.index(0, 4).data()
    assert total.endswith("kr") and "," in total


def test_fit_widths_gives_header_room_only_where_it_fits() -> None:
    order = [0, 1, 2, 3]
    data = {0: 150, 1: 80, 2: 100, 3: 60}
    header = {0: 90, 1: 150, 2: 120, 3: 200}
    roomy = fit_widths(1000, order, data, header, keep_visible=2)
    assert roomy == {0: 150, 1: 150, 2: 120, 3: 200}
    tight = fit_widths(360, order, data, header, keep_visible=2)
    assert sum(tight[c] for c in (0, 1, 2)) == 360 and tight[2] == 100
    squeezed = fit_widths(250, order, data, header, keep_visible=2)
    assert squeezed[0] == MIN_FLEXIBLE and squeezed[1] == 80
