"""A window over the shared database (issue 13, item 5): another admin's work shows by itself.

The window is built with real threads and timers over a PostgreSQL database; another
process (``renewdesk --db URL ...``) writes; the window must show it within 2 seconds
of that process's commit, without a reload.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

import renewdesk
from renewdesk.store.engine import open_cache
from renewdesk.store.server import display_name
from renewdesk.ui.subscriptions_model import Column
from tests.ui.conftest import HEADER_FOR_IMPORT, fill_cache, import_row

REPO = Path(renewdesk.__file__).resolve().parents[1]


@pytest.fixture
def shared(
    pg_url: str, today_env: date, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Engine]]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the backups folder's home
    engine = open_cache(pg_url)
    fill_cache(engine, today_env)
    yield pg_url, engine
    engine.dispose()


def renewdesk_cli(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run(
        [sys.executable, "-m", "renewdesk", "--db", url, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_another_admins_new_quote_shows_within_two_seconds(
    shared: tuple[str, Engine], qtbot, tmp_path: Path
) -> None:
    from renewdesk.app import create_main_window

    url, _ = shared
    window = create_main_window(url)  # real threads and timers
    qtbot.addWidget(window)
    window.show()
    window.start_background()
    subs = window.subscriptions_page.model
    quotes = window.quotes_page.model
    qtbot.waitUntil(lambda: subs.total_count > 0, timeout=15_000)
    assert window.cache_label.text() == f"Cache: {display_name(url)}"
    before = quotes.total_count()

    made = renewdesk_cli(url, tmp_path, "quote", "create", "SUB-1001", "--draft")
    assert made.returncode == 0, made.stderr
    number = made.stdout.strip().splitlines()[0]
    committed = time.monotonic()
    qtbot.waitUntil(lambda: quotes.total_count() == before + 1, timeout=2_000)
    assert quotes.row_of(number) >= 0
    assert time.monotonic() - committed < 2.0

    # And another admin's change to a subscription (its owner) shows too.
    owned = renewdesk_cli(url, tmp_path, "stage", "SUB-1003", "--owner", "Bea")
    assert owned.returncode == 0, owned.stderr
    committed = time.monotonic()
    qtbot.waitUntil(
        lambda: subs.index(subs.row_of("SUB-1003"), Column.OWNER).data() == "Bea",
        timeout=2_000,
    )
    assert time.monotonic() - committed < 2.0

    # And another admin's import.
    source = tmp_path / "more.csv"
    source.write_text(HEADER_FOR_IMPORT + "\n" + import_row("SUB-9001", "4") + "\n")
    before = subs.total_count
    imported = renewdesk_cli(url, tmp_path, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    committed = time.monotonic()
    qtbot.waitUntil(lambda: subs.total_count == before + 1, timeout=2_000)
    assert subs.row_of("SUB-9001") >= 0
    assert time.monotonic() - committed < 2.0
    window.close()


def test_an_import_from_the_window_streams_to_the_shared_database_and_shows_its_rows(
    shared: tuple[str, Engine], qtbot, tmp_path: Path
) -> None:
    """File > Import… of 12,000 rows with the mouse and keyboard, real threads: the rows
    stream to the server in batches from the import's own worker while it validates."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QProgressBar, QPushButton

    from renewdesk.app import create_main_window

    url, _ = shared
    window = create_main_window(url)
    qtbot.addWidget(window)
    window.show()
    subs = window.subscriptions_page.model
    qtbot.waitUntil(lambda: subs.total_count > 0, timeout=15_000)
    before = subs.total_count
    source = tmp_path / "big.csv"
    rows = [import_row(f"SUB-B{i:05d}", str(1 + i % 40)) for i in range(12_000)]
    source.write_text(HEADER_FOR_IMPORT + "\n" + "\n".join(rows) + "\n")

    window.open_import()
    dialog = window.import_dialog
    edit = dialog.findChild(QLineEdit, "importPath")
    edit.setFocus()
    qtbot.keyClicks(edit, str(source))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    button = dialog.findChild(QPushButton, "importButton")
    qtbot.waitUntil(button.isEnabled, timeout=15_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "12000 added" in dialog.report_label.text().replace(",", ""),
                    timeout=60_000)  # fmt: skip
    bar = dialog.findChild(QProgressBar)
    assert bar is not None and bar.value() == bar.maximum()
    qtbot.waitUntil(lambda: subs.total_count == before + 12_000, timeout=15_000)
    assert subs.row_of("SUB-B11999") >= 0
    dialog.close()
    window.close()


def test_restore_from_backup_on_a_shared_database_defers_to_the_server(
    shared: tuple[str, Engine], qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from renewdesk.app import create_main_window
    from renewdesk.services import backups
    from renewdesk.ui.restore_dialog import RestoreDialog

    url, _ = shared
    window = create_main_window(url, synchronous=True)
    qtbot.addWidget(window)
    assert window.ctx.restore_backup is None  # nothing in the window replaces the database
    dialog = RestoreDialog(window.ctx, window.runner, parent=window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "the server's own backups apply" in texts and "pg_restore" in texts
    assert not dialog.restore_button.isVisibleTo(dialog)
    button = dialog.findChild(type(dialog.backup_button), "backupNowButton")
    assert button is dialog.backup_button and button.isEnabled()  # pg_dump is installed here
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=30_000)
    (made,) = backups.server_dumps(window.ctx.db_path)
    assert made.path.suffix == ".pgdump" and made.path.stat().st_size > 0

    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    without = RestoreDialog(window.ctx, window.runner, parent=window)
    qtbot.addWidget(without)
    assert not without.backup_button.isEnabled()
    assert "server's backups apply" in without.backup_button.toolTip()
    window.close()


def test_without_pg_dump_the_window_says_once_that_no_daily_copy_is_made(
    shared: tuple[str, Engine], qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from renewdesk.app import create_main_window
    from renewdesk.services import backups

    url, _ = shared
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))  # no pg_dump on this computer
    window = create_main_window(url, synchronous=True)
    qtbot.addWidget(window)
    said: list[str] = []
    window.background.message.connect(said.append)

    window.start_background()
    window.background.run_daily()  # the next day's run, or the timer's

    notes = [m for m in said if "pg_dump is not installed" in m]
    assert len(notes) == 1, said
    assert "the server's backups apply" in notes[0]
    assert window.background.last_daily.copy_skipped
    assert backups.server_dumps(window.ctx.db_path) == []
    window.close()


def test_over_a_shared_database_settings_offers_the_file_on_this_computer(
    shared: tuple[str, Engine], qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

    from renewdesk.app import create_main_window
    from renewdesk.db_choice import choice_file, load_chosen, save_chosen
    from renewdesk.store.engine import default_db_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    url, _ = shared
    save_chosen(url)
    window = create_main_window(url, synchronous=True)
    qtbot.addWidget(window)
    reopened: list[object] = []
    window.ctx.reopen = lambda target: reopened.append(target) or True
    window.show()
    window.open_settings()
    dialog = window.settings_dialog
    assert window.isVisible()
    dialog.tabs.setCurrentWidget(dialog.shared_panel)
    assert dialog.findChild(QLineEdit, "sharedDbUrl").text() == load_chosen()
    current = dialog.findChild(QLabel, "sharedDbCurrent").text()
    assert current == f"the shared database {display_name(url)}"
    local = dialog.findChild(QPushButton, "sharedDbUseLocal")
    assert local.isEnabled()
    qtbot.mouseClick(local, Qt.MouseButton.LeftButton)
    assert reopened == [default_db_path()]
    assert load_chosen() == "" and choice_file().is_file()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
