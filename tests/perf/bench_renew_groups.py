"""Time Bulk actions > Renew over 100,000 subscriptions: the dialog opens, then groups.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_renew_groups.py [ROWS]`` for the
dialog alone, or ``... bench_renew_groups.py window [FOLDER]`` for the real window over a
100,000-subscription cache (imported once into FOLDER, default a temporary folder):
Bulk actions > Renew with nothing selected and with 50,000 rows selected.
The bar (issue 9): the dialog opens within a second or shows progress while it
groups, and the window never freezes. A 10 ms timer measures the longest gap the
GUI thread had while grouping ran (the stall a user would feel).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from renewdesk.rules import default_limits
from renewdesk.services.check_service import evaluate
from renewdesk.ui.renew_dialog import RenewDialog
from renewdesk.ui.task_runner import TaskRunner
from tests.perf.bench_ui_table import make_rows


def run(results: list, picked: bool, app: QApplication) -> None:  # type: ignore[type-arg]
    ctx = SimpleNamespace(customers=SimpleNamespace(all=list), partners=None, quotes=None)
    runner = TaskRunner()
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: gaps.append(clock.restart()))
    start = time.perf_counter()
    dialog = RenewDialog(ctx, runner, results, choose=picked)  # type: ignore[arg-type]
    dialog.show()
    app.processEvents()
    opened = time.perf_counter() - start
    progress = dialog.grouping_progress.isVisible()
    clock.start()
    tick.start()
    while dialog.checklist.group_count() == 0:
        app.processEvents()
    grouped = time.perf_counter() - start
    tick.stop()
    app.processEvents()
    label = f"{len(results):,} {'selected' if picked else 'nothing selected'}"
    print(
        f"{label:<26} dialog shown {opened * 1000:7.1f} ms (progress bar: {progress}), "
        f"groups in {grouped * 1000:7.1f} ms, {dialog.checklist.group_count():,} groups, "
        f"longest GUI gap {max(gaps, default=0):5.0f} ms"
    )
    dialog.close()


def window(folder: Path, app: QApplication) -> None:
    """Bulk actions > Renew in the main window over 100,000 imported subscriptions."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    from renewdesk.app import create_main_window
    from renewdesk.services.import_service import ImportService
    from renewdesk.store.engine import open_cache
    from tests.perf.bench_import_check import generate

    today = date(2026, 6, 1)
    os.environ["RENEWDESK_TODAY"] = today.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    csv, db = folder / "subscriptions.csv", folder / "cache.sqlite"
    if not db.exists():
        generate(csv, 100_000, today)
        engine = open_cache(db)
        ImportService(engine).import_subscriptions(csv)
        engine.dispose()
    win = create_main_window(db)
    win.resize(1280, 800)
    win.show()
    page = win.subscriptions_page
    while page.model.total_count == 0:
        app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    tick = QTimer()
    tick.setInterval(10)
    tick.timeout.connect(lambda: gaps.append(clock.restart()))
    for label, selected in (("nothing selected", 0), ("50,000 selected", 50_000)):
        model = page.model
        page.table.clearSelection()
        start = time.perf_counter()
        if selected:
            rows = QItemSelection(
                model.index(0, 0), model.index(selected - 1, model.columnCount() - 1)
            )
            page.table.selectionModel().select(
                rows, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            app.processEvents()
            print(f"select {selected:,} rows {(time.perf_counter() - start) * 1000:7.0f} ms")
        gaps.clear()
        clock.start()
        tick.start()
        start = time.perf_counter()
        page.action_renew.trigger()
        app.processEvents()
        dialog = win.renew_dialog
        shown = time.perf_counter() - start
        while dialog.checklist.group_count() == 0:
            app.processEvents()
        grouped = time.perf_counter() - start
        tick.stop()
        print(
            f"{label:<18} dialog shown {shown * 1000:6.0f} ms, "
            f"{dialog.checklist.group_count():,} groups after {grouped * 1000:6.0f} ms, "
            f"longest GUI gap {max(gaps, default=0):4.0f} ms"
        )
        dialog.reject()
        app.processEvents()
    win.close()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "window":
        import tempfile

        app = QApplication.instance() or QApplication([])
        folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
        window(folder, app)
        return 0
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication([])
    today = date(2026, 6, 1)
    results = evaluate(make_rows(n, today), today, {}, default_limits())
    run(results, False, app)
    run(results[: n // 2], True, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
