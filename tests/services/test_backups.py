"""Backups of a real cache file: daily copies, the last seven kept, listing, a safe restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from renewdesk.services import backups
from renewdesk.services.backups import BackupError
from renewdesk.store.engine import open_cache
from renewdesk.store.repositories import SettingsRepository

NOON = datetime(2026, 3, 2, 12, 0, 0)


@pytest.fixture
def engine(sqlite_engine: Engine) -> Engine:
    """SQLite only: these are backups of the cache file (a server keeps its own)."""
    return sqlite_engine


def _value(path: Path, key: str = "marker") -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_daily_backup_once_a_day_while_the_cache_is_open(engine: Engine, db_path: Path) -> None:
    SettingsRepository(engine).set_many({"marker": "monday"})  # committed, maybe still in -wal
    first = backups.daily_backup(db_path, NOON)
    assert first is not None and first.parent == db_path.parent / "backups"
    assert _value(first) == "monday"  # the online backup API copies the WAL's content too
    assert backups.check_cache(first) == ""
    assert backups.daily_backup(db_path, NOON + timedelta(hours=3)) is None  # same day
    second = backups.daily_backup(db_path, NOON + timedelta(days=1))
    assert second is not None and second != first
    assert [b.path for b in backups.list_backups(db_path)] == [second, first]


def test_only_the_last_seven_daily_backups_are_kept(engine: Engine, db_path: Path) -> None:
    made = [backups.daily_backup(db_path, NOON + timedelta(days=n)) for n in range(10)]
    kept = backups.list_backups(db_path)
    assert [b.path for b in kept] == list(reversed(made[-7:]))
    assert all(b.kind == "daily" and b.size > 0 for b in kept)
    assert not made[0].exists()


def test_no_cache_yet_means_no_backup(db_path: Path) -> None:
    assert backups.daily_backup(db_path, NOON) is None
    assert backups.list_backups(db_path) == []


def test_list_includes_the_migrations_backups_beside_the_cache(engine, db_path: Path) -> None:
    beside = db_path.with_name(f"{db_path.stem}.pre-migration-abc123-20260101-080000.bak.sqlite")
    beside.write_bytes(b"")
    other = db_path.with_name("other.pre-migration-abc123-20260101-080000.bak.sqlite")
    other.write_bytes(b"")
    backups.backup_now(db_path, "manual", NOON)
    kinds = [(b.kind, b.created) for b in backups.list_backups(db_path)]
    assert kinds == [("manual", NOON), ("pre-migration", datetime(2026, 1, 1, 8, 0, 0))]


def test_restore_puts_the_backup_in_place_and_keeps_the_current_cache(
    engine: Engine, db_path: Path
) -> None:
    settings = SettingsRepository(engine)
    settings.set_many({"marker": "old"})
    backup = backups.backup_now(db_path, "daily", NOON)
    settings.set_many({"marker": "new"})
    engine.dispose()  # close every engine first

    safety = backups.restore(db_path, backup, NOON + timedelta(hours=1))

    assert _value(db_path) == "old"
    assert safety is not None and safety.name.startswith("cache.pre-restore-")
    assert _value(safety) == "new"  # the restore itself can be undone
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    reopened = open_cache(db_path)  # the restored file opens and migrates cleanly
    assert SettingsRepository(reopened).get("marker") == "old"
    reopened.dispose()


def test_a_stale_wal_is_not_replayed_onto_the_restored_file(db_path: Path) -> None:
    engine = open_cache(db_path)
    SettingsRepository(engine).set_many({"marker": "old"})
    engine.dispose()
    backup = backups.backup_now(db_path, "daily", NOON)
    # A process dies with changes still in the log: -wal and -shm stay behind.
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE settings SET value = 'unsaved' WHERE key = 'marker'")
    conn.commit()
    wal = db_path.with_name(db_path.name + "-wal")
    stale = wal.read_bytes()
    conn.close()
    wal.write_bytes(stale)  # as if the process had been killed before its checkpoint

    backups.restore(db_path, backup, NOON)
    assert not wal.exists()
    assert _value(db_path) == "old"
    assert sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_damaged_backup_is_refused_and_the_cache_left_alone(engine, db_path: Path) -> None:
    SettingsRepository(engine).set_many({"marker": "keep"})
    engine.dispose()
    bad = db_path.parent / "backups" / "cache.daily-20260301-120000.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="cannot be restored"):
        backups.restore(db_path, bad)
    assert _value(db_path) == "keep"
    assert backups.newest_backup(db_path) is None  # an unreadable one is never offered


def test_restoring_over_a_file_that_is_not_a_database_keeps_its_bytes(
    engine, db_path: Path
) -> None:
    backup = backups.backup_now(db_path, "daily", NOON)
    engine.dispose()
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    db_path.write_bytes(b"PK\x03\x04 a spreadsheet saved over the cache" * 50)
    assert "not a database" in backups.check_cache(db_path)

    safety = backups.restore(db_path, backup, NOON + timedelta(minutes=5))

    assert safety is not None and "damaged" in safety.name
    assert safety.read_bytes().startswith(b"PK\x03\x04")
    assert backups.check_cache(db_path) == ""
    assert [b.kind for b in backups.list_backups(db_path)] == ["damaged", "daily"]


def test_set_aside_renames_a_bad_cache_and_its_side_files(db_path: Path) -> None:
    db_path.write_bytes(b"garbage")
    db_path.with_name(db_path.name + "-wal").write_bytes(b"log")
    aside = backups.set_aside(db_path, NOON)
    assert not db_path.exists() and aside.read_bytes() == b"garbage"
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"log"
    assert aside.name == "cache.sqlite.damaged-20260302-120000"


def test_check_cache_finds_a_damaged_page(engine, db_path: Path) -> None:
    SettingsRepository(engine).set_many({f"k{n}": "x" * 500 for n in range(200)})
    engine.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    start = page_size * (pages - 2)
    data[start : start + page_size] = b"\xff" * page_size  # scribble over a page
    db_path.write_bytes(bytes(data))
    assert backups.check_cache(db_path, full=False) == ""  # the header is fine...
    assert backups.check_cache(db_path) != ""  # ...the pages are not
