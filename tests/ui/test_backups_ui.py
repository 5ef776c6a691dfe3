"""File > Restore from backup..., the daily backup at start, and a damaged cache at start."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from renewdesk.services import backups
from renewdesk.store.repositories import SubscriptionRepository
from renewdesk.ui.cache_recovery import (
    NEW_CACHE,
    QUIT,
    RESTORE,
    open_cache_or_recover,
    problem_box,
)
from renewdesk.ui.subscriptions_model import Column

MORNING = datetime(2026, 3, 1, 9, 30, 0)


def _auto_renew(window, sid: str) -> str:  # type: ignore[no-untyped-def]
    model = window.subscriptions_page.model
    return str(model.index(model.row_of(sid), Column.AUTO_RENEW).data())


def test_start_up_makes_the_daily_backup(main_window, filled_cache: Path, today_env) -> None:
    main_window.start_background()
    [daily] = backups.list_backups(filled_cache)
    # One clock: the backup is named by the as-of date RENEWDESK_TODAY sets.
    assert daily.kind == "daily" and daily.created.date() == today_env
    assert today_env.strftime("%Y%m%d") in daily.path.name
    assert main_window.background.last_daily.backup == daily.path


def test_restore_dialog_lists_backups_and_restores_one(
    main_window, filled_cache: Path, engine, monkeypatch
) -> None:
    old = backups.backup_now(filled_cache, "daily", MORNING)  # SUB-1001 auto-renew off
    SubscriptionRepository(engine).set_auto_renew(["SUB-1001"], True, reason="later change")
    backups.backup_now(filled_cache, "manual", datetime(2026, 3, 2, 8, 0, 0))
    main_window.subscriptions_page.reload()
    assert _auto_renew(main_window, "SUB-1001") == "On"
    engine.dispose()  # only the window keeps the cache open, as in real use

    main_window.action_restore.trigger()
    dialog = main_window.restore_dialog
    assert dialog.objectName() == "restoreDialog"
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Made by hand", "Daily"]
    assert table.item(1, 0).text() == "2026-03-01 09:30"
    assert table.item(1, 2).text().endswith(" kB")
    assert not dialog.restore_button.isEnabled()

    # Cancelling the confirmation changes nothing.
    dialog.select_row(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.restore_button.click()
    assert _auto_renew(main_window, "SUB-1001") == "On"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert _auto_renew(main_window, "SUB-1001") == "Off"  # the window shows the restored data
    assert "Backup restored" in main_window.statusBar().currentMessage()
    kinds = [b.kind for b in backups.list_backups(filled_cache)]
    assert kinds.count("pre-restore") == 1  # the replaced cache was saved first
    assert old.exists()
    # The window keeps working on the restored cache: a bulk action writes and shows.
    page = main_window.subscriptions_page
    page.table.selectRow(page.model.row_of("SUB-1003"))
    page.action_auto_on.trigger()
    assert _auto_renew(main_window, "SUB-1003") == "On"


def _spoil(path: Path) -> bytes:
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    bad = b"PK\x03\x04 a spreadsheet saved over the cache " * 40
    path.write_bytes(bad)
    return bad


def test_a_damaged_cache_offers_the_newest_backup(filled_cache: Path, engine, qtbot) -> None:
    backups.backup_now(filled_cache, "daily", MORNING)
    engine.dispose()
    bad = _spoil(filled_cache)
    asked: list[tuple[str, object]] = []

    def choose(path, problem, newest, parent):  # type: ignore[no-untyped-def]
        asked.append((problem, newest))
        return RESTORE

    restored = open_cache_or_recover(filled_cache, choose=choose)
    assert restored is not None
    [(problem, newest)] = asked
    assert "not a database" in problem and newest.created == MORNING
    assert len(SubscriptionRepository(restored).all()) == 8
    restored.dispose()
    damaged = [b for b in backups.list_backups(filled_cache) if b.kind == "damaged"]
    assert damaged and damaged[0].path.read_bytes() == bad  # kept, never deleted


def test_a_damaged_cache_without_backup_can_start_empty(db_path: Path) -> None:
    bad = _spoil(db_path)
    fresh = open_cache_or_recover(db_path, choose=lambda *a: NEW_CACHE)
    assert fresh is not None
    assert SubscriptionRepository(fresh).all() == []
    fresh.dispose()
    [aside] = db_path.parent.glob("cache.sqlite.damaged-*")
    assert aside.read_bytes() == bad


def test_quitting_leaves_the_damaged_file_untouched(db_path: Path) -> None:
    bad = _spoil(db_path)
    assert open_cache_or_recover(db_path, choose=lambda *a: QUIT) is None
    assert db_path.read_bytes() == bad


def test_the_question_names_the_file_the_problem_and_the_backup(
    filled_cache: Path, engine, qtbot
) -> None:
    backups.backup_now(filled_cache, "daily", MORNING)
    newest = backups.newest_backup(filled_cache)
    box, choices = problem_box(filled_cache, "file is not a database", newest)
    qtbot.addWidget(box)
    facts = box.informativeText()
    assert str(filled_cache) in facts and "file is not a database" in facts
    assert "2026-03-01 09:30" in facts and "2026-03-01 09:30" in box.defaultButton().text()
    assert sorted(choices.values()) == sorted([RESTORE, NEW_CACHE, QUIT])
    assert choices[box.defaultButton()] == RESTORE
    box_without, choices_without = problem_box(filled_cache, "x", None)
    qtbot.addWidget(box_without)
    assert RESTORE not in choices_without.values()
    assert "no backup" in box_without.informativeText()


def test_run_gui_on_a_damaged_cache_asks_and_never_raises(
    db_path: Path, monkeypatch, capsys
) -> None:
    from renewdesk.app import run_gui
    from renewdesk.i18n import uninstall_language

    _spoil(db_path)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        quit_button = next(b for b in box.buttons() if b.text() == "Quit")
        quit_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        assert run_gui(db_path) == 1
    finally:
        uninstall_language()
    assert shown == ["RenewDesk cannot read its cache file."]
    assert "Traceback" not in capsys.readouterr().err


def test_run_gui_on_another_programs_wal_file_says_so_and_leaves_nothing_beside_it(
    tmp_path: Path, monkeypatch
) -> None:
    """Firefox's places.sqlite (WAL mode) as --db: no lock file, -wal or -shm appears."""
    import hashlib
    import sqlite3

    from renewdesk.app import run_gui
    from renewdesk.i18n import uninstall_language

    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(places.read_bytes()).hexdigest()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    try:
        assert run_gui(places) == 1
    finally:
        uninstall_language()
    assert len(shown) == 1 and "is not a RenewDesk cache" in shown[0], shown
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]
    assert hashlib.sha256(places.read_bytes()).hexdigest() == before


@pytest.fixture(autouse=True)
def _no_real_message_boxes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A forgotten dialog must fail the test, not wait for a click forever."""
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning: {a[2]}")
    )
