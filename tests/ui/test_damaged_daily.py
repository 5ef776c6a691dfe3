"""The daily backup runs SQLite's quick check: damaged pages are noticed while the window
is open, no damaged copy pushes a good backup out, and Restore from backup is offered."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from renewdesk.services import backups
from renewdesk.services.backups import CacheDamagedError

YESTERDAY = datetime(2026, 3, 1, 9, 30, 0)


def zero_table_root(path: Path, table: str) -> None:
    """Zero the first page of ``table`` in the file (the write-ahead log folded in first)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        (page,) = root.fetchone()
    finally:
        conn.close()
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(b"\0" * page_size)


def test_a_damaged_cache_gets_no_daily_copy(filled_cache: Path) -> None:
    good = backups.backup_now(filled_cache, "daily", YESTERDAY)
    zero_table_root(filled_cache, "subscriptions")
    with pytest.raises(CacheDamagedError, match="is damaged"):
        backups.backup_now(filled_cache, "daily")
    assert [b.path for b in backups.list_backups(filled_cache)] == [good]


def test_the_window_offers_restore_when_the_daily_check_fails(main_window, filled_cache, qtbot):
    good = backups.backup_now(filled_cache, "daily", YESTERDAY)
    zero_table_root(filled_cache, "quote_lines")
    main_window.start_background()  # the daily job: backup (quick check) first

    box = main_window.findChild(QMessageBox, "cacheDamagedBox")
    assert box is not None and box.isVisible()
    assert "damaged" in box.informativeText()
    assert main_window.background.last_daily.damaged
    assert main_window.background.last_daily.created == ()  # no automatic quotes made
    assert [b.path for b in backups.list_backups(filled_cache)] == [good]

    restore = box.findChild(QPushButton, "restoreFromBackupButton")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main_window.restore_dialog.isVisible(), timeout=3_000)


def test_the_window_refuses_another_programs_sqlite_file_and_never_moves_it(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from renewdesk.ui import cache_recovery

    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = places.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(
        cache_recovery.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )

    def choose(*_args: object) -> str:  # restore or "start empty" would move the file
        raise AssertionError("offered to repair another program's file")

    assert cache_recovery.open_cache_or_recover(places, choose=choose) is None
    (text,) = shown
    assert "is not a RenewDesk cache" in text and "left untouched" in text
    assert places.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]
