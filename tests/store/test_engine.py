"""The cache file: pragmas, migrations with a backup first, refusing what it can't open."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from renewdesk.store.engine import (
    APPLICATION_ID,
    CacheError,
    SchemaTooNewError,
    current_revision,
    head_revision,
    open_cache,
)

FIXTURE_0001 = Path(__file__).resolve().parents[1] / "fixtures" / "cache_schema_0001.sqlite"


def quote_numbers(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT number FROM quotes ORDER BY number")]
    finally:
        conn.close()


def test_a_new_cache_is_migrated_with_the_safety_pragmas(engine):
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000


def test_reopening_a_current_cache_makes_no_backup(db_path):
    open_cache(db_path).dispose()
    open_cache(db_path).dispose()
    assert sorted(p.name for p in db_path.parent.glob("*.bak*")) == []


def test_an_older_cache_is_backed_up_before_it_is_migrated(db_path):
    shutil.copyfile(FIXTURE_0001, db_path)  # written by the first schema, before the marker
    before = quote_numbers(db_path)
    assert before

    engine = open_cache(db_path)
    engine.dispose()

    (backup,) = db_path.parent.glob("*.bak*")
    assert quote_numbers(backup) == before
    assert quote_numbers(db_path) == before
    marked = sqlite3.connect(db_path)
    assert marked.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    marked.close()
    open_cache(db_path).dispose()  # marked now: opens again without another backup
    assert len(list(db_path.parent.glob("*.bak*"))) == 1


def test_a_cache_from_a_newer_renewdesk_is_refused_untouched(db_path):
    open_cache(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(SchemaTooNewError, match="newer RenewDesk"):
        open_cache(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path):
    bogus = tmp_path / "quotes.sqlite"
    bogus.write_bytes(b"this is a spreadsheet, not a cache\n" * 10)
    with pytest.raises(CacheError, match="not an SQLite database"):
        open_cache(bogus)
    assert bogus.read_bytes() == b"this is a spreadsheet, not a cache\n" * 10


def test_a_folder_is_not_a_cache(tmp_path):
    with pytest.raises(CacheError, match="folder"):
        open_cache(tmp_path)
