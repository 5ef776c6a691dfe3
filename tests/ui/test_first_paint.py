"""The window paints over a plain read of its rows, then the services bring the verdicts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from renewdesk.app import context_over, create_main_window
from renewdesk.store.engine import open_cache
from renewdesk.store.lean_rows import CURRENCY, CUSTOMER, lean_rows, read_lean_rows
from renewdesk.ui.main_window import MainWindow
from renewdesk.ui.subscriptions_model import Column
from tests.ui.conftest import TODAY


def _shell(qtbot, path: Path) -> tuple[MainWindow, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    """The first paint over ``path``'s lean rows, before any service."""
    rows = read_lean_rows(path)
    assert rows is not None
    window = MainWindow.first_paint(path, rows, TODAY)
    qtbot.addWidget(window)
    return window, rows


def _attach(window: MainWindow, path: Path, stamp: object) -> None:
    """The services come (inline), the engine disposed with the window."""
    from renewdesk.app import attach_services

    attach_services(window, path, lambda _path: None, stamp, synchronous=True)
    window.destroyed.connect(lambda *_: window.ctx.extras["engine"].dispose())


def _cells(window: MainWindow) -> list[list[str]]:
    model = window.subscriptions_page.model
    return [
        [str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole)) for c in Column]
        for r in range(model.rowCount())
    ]


def test_the_shell_shows_the_rows_and_waits_for_the_rules(qtbot, filled_cache: Path) -> None:
    window, _rows = _shell(qtbot, filled_cache)
    window.resize(1280, 800)
    page = window.subscriptions_page
    with qtbot.waitSignal(window.painted, timeout=3000):
        window.show()
    assert page.model.rowCount() == 8
    assert page.count_label.text().startswith("8 subscription")
    eligibility = page.model.index(0, Column.ELIGIBILITY)
    assert eligibility.data(Qt.ItemDataRole.DisplayRole) == "Checking…"
    assert "being checked" in eligibility.data(Qt.ItemDataRole.ToolTipRole)
    # Nothing to act on before the verdicts: Renew, Import and Settings wait a moment.
    page.table.selectRow(0)
    assert not page.action_renew.isEnabled()
    assert not page.action_auto_off.isEnabled()
    assert not window.action_import.isEnabled()
    assert not window.action_settings.isEnabled()
    assert page.details.title.text().startswith("1 subscription")
    with qtbot.assertNotEmitted(page.renew_requested):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    # Search and sort already work on the plain rows.
    qtbot.keyClicks(page.search, "render")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=2000)
    page.table.sortByColumn(Column.SEATS, Qt.SortOrder.DescendingOrder)
    window.nav.setCurrentRow(1)  # chosen before the Quotes page exists

    ctx = context_over(open_cache(filled_cache), filled_cache, synchronous=True)
    window.destroyed.connect(lambda *_: ctx.extras["engine"].dispose())
    window.attach(ctx)
    assert window.stack.currentWidget() is window.quotes_page  # the choice was kept
    window.nav.setCurrentRow(0)
    assert page.model.checked
    assert window.action_import.isEnabled() and page.action_renew.isEnabled()
    shown = _cells(window)
    assert all(row[Column.ELIGIBILITY] in ("Eligible", "Not eligible") for row in shown)
    assert [int(row[Column.SEATS]) for row in shown] == sorted(
        (int(row[Column.SEATS]) for row in shown), reverse=True
    )  # the admin's sort survived the verdicts

    # Exactly what the window built over the engine at once shows, cell for cell.
    whole = create_main_window(filled_cache, synchronous=True)
    qtbot.addWidget(whole)
    whole.subscriptions_page.table.sortByColumn(Column.SEATS, Qt.SortOrder.DescendingOrder)
    assert sorted(_cells(whole)) == sorted(shown)
    sid = page.model.id_at(0)
    result = page.model.result_at(0)
    assert result.subscription.subscription_id == sid
    assert result == whole.subscriptions_page.model.result_at(
        whole.subscriptions_page.model.row_of(sid)
    )
    with qtbot.waitSignal(page.renew_requested, timeout=2000):
        page.table.selectRow(0)
        page.table.setCurrentIndex(page.model.index(0, 0))
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    whole.close()
    window.close()


def test_eligible_only_waits_for_the_verdicts_then_filters(qtbot, filled_cache: Path) -> None:
    window, _rows = _shell(qtbot, filled_cache)
    page = window.subscriptions_page
    page.eligible_only.setChecked(True)
    assert page.model.rowCount() == 0  # nothing is known to be eligible yet
    ctx = context_over(open_cache(filled_cache), filled_cache, synchronous=True)
    window.destroyed.connect(lambda *_: ctx.extras["engine"].dispose())
    window.attach(ctx)
    eligible = {page.model.id_at(r) for r in range(page.model.rowCount())}
    assert eligible == {"SUB-1001", "SUB-1002", "SUB-1003", "SUB-2001", "SUB-2003"}
    window.close()


def test_a_write_between_the_first_paint_and_the_services_shows(qtbot, filled_cache: Path) -> None:
    """The command line changed the cache while the window painted: the new rows show."""
    import sqlite3

    from renewdesk.store.peek import file_stamp

    stamp = file_stamp(filled_cache)
    window, _rows = _shell(qtbot, filled_cache)
    page = window.subscriptions_page
    with sqlite3.connect(filled_cache) as conn:  # another process, before the services
        conn.execute("UPDATE subscriptions SET seats = 77 WHERE subscription_id = 'SUB-1001'")
    _attach(window, filled_cache, stamp)
    assert page.model.checked
    assert page.model.result_at(page.model.row_of("SUB-1001")).subscription.seats == 77
    window.close()


def test_a_write_after_the_services_came_is_read_again_not_completed(
    qtbot, filled_cache: Path
) -> None:
    """A subscription deleted after the stamp was compared: the rows are read anew."""
    import sqlite3

    from renewdesk.store.peek import file_stamp

    window, rows = _shell(qtbot, filled_cache)
    page = window.subscriptions_page
    assert page.model.row_of("SUB-1001") >= 0
    with sqlite3.connect(filled_cache) as conn:  # another process
        conn.execute("DELETE FROM subscriptions WHERE subscription_id = 'SUB-1001'")
    # The stamp as if taken after that write: only the completion can notice it.
    _attach(window, filled_cache, file_stamp(filled_cache))
    assert page.model.checked
    assert page.model.row_of("SUB-1001") == -1
    assert page.model.rowCount() == len(rows) - 1
    assert page.count_label.text().startswith("7 subscription")
    assert all(r.subscription.start_date for r in page.model.all_results())
    window.close()


def test_an_unchanged_file_is_judged_as_shown(qtbot, filled_cache: Path) -> None:
    from renewdesk.store.peek import file_stamp

    stamp = file_stamp(filled_cache)
    window, rows = _shell(qtbot, filled_cache)
    _attach(window, filled_cache, stamp)
    assert window.subscriptions_page.model.rows is rows  # the very rows shown, now judged
    assert window.subscriptions_page.model.checked
    window.close()


def test_the_first_paints_rows_are_completed_and_share_their_texts_once_judged(
    qtbot, filled_cache: Path
) -> None:
    """The paint shows what the table needs; the check task completes the rows, sharing texts."""
    from renewdesk.store.peek import file_stamp

    window, rows = _shell(qtbot, filled_cache)
    page = window.subscriptions_page
    shown = _cells(window)
    _attach(window, filled_cache, file_stamp(filled_cache))
    assert page.model.rows is rows  # the same list, the rows now whole
    assert rows == lean_rows(window.ctx.extras["engine"])
    for column in (CUSTOMER, CURRENCY):  # one object per repeated customer number, currency
        values = {row[column] for row in rows}
        assert len(values) < len(rows)
        assert len({id(row[column]) for row in rows}) == len(values)
    assert [r[: Column.ELIGIBILITY] for r in _cells(window)] == [
        r[: Column.ELIGIBILITY] for r in shown
    ]
    qtbot.keyClicks(page.search, "render")  # the search text made after the paint
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    window.close()


def test_the_report_waits_for_the_verdicts(qtbot, filled_cache: Path) -> None:
    window, _rows = _shell(qtbot, filled_cache)
    ctx = context_over(open_cache(filled_cache), filled_cache)  # long work off the GUI thread
    window.destroyed.connect(lambda *_: ctx.extras["engine"].dispose())
    window.attach(ctx)
    assert not window.subscriptions_page.model.checked  # the check has not come back yet
    window.planning.export_report()
    assert getattr(window.planning, "report_dialog", None) is None
    assert "still being checked" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.subscriptions_page.model.checked, timeout=10_000)
    window.planning.export_report()
    assert window.planning.report_dialog.isVisible()
    window.planning.report_dialog.reject()
    window.close()


def test_the_status_bar_names_the_as_of_date_once_the_rows_are_judged(
    qtbot, filled_cache: Path
) -> None:
    window, _rows = _shell(qtbot, filled_cache)
    ctx = context_over(open_cache(filled_cache), filled_cache, synchronous=True)
    window.destroyed.connect(lambda *_: ctx.extras["engine"].dispose())
    window.attach(ctx)
    assert TODAY.isoformat() in window.as_of_label.text()
    window.close()
