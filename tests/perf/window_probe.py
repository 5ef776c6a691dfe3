"""Open a window as a user would and exit once it is shown with its rows (for bench_cli.py).

    python tests/perf/window_probe.py bare                 # a bare QTableView window
    python tests/perf/window_probe.py renewdesk DB ROWS    # ``renewdesk --db DB``

The RenewDesk case goes through the console script's own ``main`` (argument
parsing, language, the composition root, the single-instance lock). The probe
prints ``shown S`` when the main window is first visible and ``filled F`` once its
Subscriptions table holds ROWS rows, in seconds since the parent started the
process (``BENCH_T0``, a ``time.time()``), then leaves at once: background work
still running (the daily backup of a large cache) is not the user's wait.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


T0 = float(os.environ.get("BENCH_T0", time.time()))


def report(what: str) -> None:
    print(f"{what} {time.time() - T0:.4f}", flush=True)


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(["bare"])
    model = QStandardItemModel(30, 8)
    for row in range(30):
        for col in range(8):
            model.setItem(row, col, QStandardItem(f"r{row}c{col}"))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()

    def painted() -> None:
        report("shown")
        report("filled")
        os._exit(0)

    QTimer.singleShot(0, painted)
    return int(app.exec())


def renewdesk(db: str, rows: int) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["RenewDesk"])

    shown = False

    def poll() -> None:
        nonlocal shown
        for widget in app.topLevelWidgets():
            page = getattr(widget, "subscriptions_page", None)
            if page is None or not widget.isVisible():
                continue
            if not shown:
                shown = True
                report("shown")
            if page.model.rowCount() >= rows:
                report("filled")
                os._exit(0)
        QTimer.singleShot(2, poll)

    QTimer.singleShot(0, poll)
    from renewdesk.cli import main

    return main(["--db", db, "--lang", "en"])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(renewdesk(sys.argv[2], int(sys.argv[3])))
