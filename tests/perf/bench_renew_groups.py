"""Time Bulk actions > Renew over 100,000 subscriptions: the dialog opens, then groups.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_renew_groups.py [ROWS]``.
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


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication([])
    today = date(2026, 6, 1)
    results = evaluate(make_rows(n, today), today, {}, default_limits())
    run(results, False, app)
    run(results[: n // 2], True, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
