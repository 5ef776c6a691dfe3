"""``renewdesk`` paints its window before the engine, the PDF, the importer or Alembic load.

Asserted from ``sys.modules`` of a real child process at the window's first paint:
a top-level import of any of them on the way to the first paint makes every start
slower, which the admin waits through each morning.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "keyring", "authlib")

# Runs the console script's own main() and notes, at the main window's first paint
# (its paintEvent, before anything that paint starts), what had been imported and
# what the table showed; then waits for the rules' verdicts and leaves.
CHILD = """
import gc, json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from renewdesk.ui.main_window import MainWindow

app = QApplication(["RenewDesk"])
seen = {}
first_paint = MainWindow.paintEvent

def paint(self, event):
    if not seen:
        page = self.subscriptions_page
        seen["loaded"] = sorted({m.split(".")[0] for m in sys.modules})
        seen["rows"] = page.model.rowCount()
        seen["checked"] = page.model.checked
    first_paint(self, event)

MainWindow.paintEvent = paint

def poll():
    for w in app.topLevelWidgets():
        if isinstance(w, MainWindow) and seen and w.subscriptions_page.model.checked:
            seen["finally_checked"] = True
            seen["gc"] = [gc.isenabled(), gc.get_freeze_count() > 0]
            seen["eligible"] = w.subscriptions_page.model.index(0, 9).data()
            print(json.dumps(seen), flush=True)
            os._exit(0)
    QTimer.singleShot(5, poll)

QTimer.singleShot(0, poll)
QTimer.singleShot(60000, lambda: os._exit(3))
from renewdesk.cli import main
main(["--db", sys.argv[1], "--lang", "en"])
"""


def test_the_first_paint_waits_for_no_heavy_library(tmp_path: Path) -> None:
    from renewdesk.demo import build_demo_cache

    db = build_demo_cache(tmp_path / "demo.sqlite", date(2026, 3, 2))
    env = dict(os.environ, PYTHONPATH=str(ROOT), RENEWDESK_TODAY="2026-03-02")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the window's geometry stays here
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["rows"] == 21  # the table is filled at the first paint
    assert not seen["checked"]  # the rules come after it
    early = set(seen["loaded"]) & set(LATER)
    assert not early, sorted(early)
    assert seen["finally_checked"]
    # The collector paused for the read and the paint, then on again, the rows frozen.
    assert seen["gc"] == [True, True]
    assert seen["eligible"] in ("Eligible", "Not eligible")
