"""A new cache built from the committed head-schema dump is the one the migrations build."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from renewdesk.store import head_schema
from renewdesk.store.engine import APPLICATION_ID, open_cache
from renewdesk.store.peek import head_revisions

ROOT = Path(__file__).resolve().parents[2]


def facts(path: Path) -> dict[str, object]:
    """Everything a cache's schema is: each object's SQL, every table's rows, the pragmas."""
    conn = sqlite3.connect(path)
    try:
        objects = sorted(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
            key=repr,
        )
        tables = [name for kind, name, _, _ in objects if kind == "table"]
        rows = {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
        pragmas = {
            p: conn.execute(f"PRAGMA {p}").fetchone()[0]
            for p in ("application_id", "user_version", "journal_mode", "encoding")
        }
    finally:
        conn.close()
    return {"objects": objects, "rows": rows, "pragmas": pragmas}


def test_the_committed_dump_is_what_the_migrations_make_today(tmp_path):
    migrated = tmp_path / "migrated.sqlite"
    head_schema.build_with_migrations(migrated)
    committed = head_schema.HEAD_SQL.read_text(encoding="utf-8")
    # Fails after a new migration until `python -m renewdesk.store.head_schema` is run.
    assert committed == head_schema.dump(migrated)
    assert {head_schema.revision_of(committed)} == set(head_revisions())


def test_a_new_cache_from_the_dump_equals_one_from_the_migrations(tmp_path):
    migrated, dumped = tmp_path / "migrated.sqlite", tmp_path / "new.sqlite"
    head_schema.build_with_migrations(migrated)
    open_cache(dumped).dispose()
    assert facts(dumped) == facts(migrated)
    assert facts(dumped)["pragmas"]["application_id"] == APPLICATION_ID


def test_a_new_cache_is_made_without_alembic(tmp_path):
    probe = (
        "import sys; from renewdesk.store.engine import open_cache; "
        f"open_cache({str(tmp_path / 'new.sqlite')!r}).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_dump_behind_the_migrations_is_not_used(tmp_path, monkeypatch):
    stale = tmp_path / "stale.sql"
    text = head_schema.HEAD_SQL.read_text(encoding="utf-8")
    revision = head_schema.revision_of(text)
    stale.write_text(text.replace(f"revision {revision}", "revision 0002_renewal_planning", 1))
    monkeypatch.setattr(head_schema, "HEAD_SQL", stale)
    assert head_schema.usable_script() is None
    migrated, fresh = tmp_path / "migrated.sqlite", tmp_path / "new.sqlite"
    head_schema.build_with_migrations(migrated)
    open_cache(fresh).dispose()  # through the migrations: still the head schema
    assert facts(fresh) == facts(migrated)


def test_a_file_another_process_filled_first_is_left_to_the_migrations(tmp_path):
    path = tmp_path / "raced.sqlite"
    head_schema.build_with_migrations(path)
    before = facts(path)
    assert head_schema.create(path, APPLICATION_ID, 1.0) is False
    assert facts(path) == before


def test_a_dump_that_fails_half_way_leaves_the_file_empty(tmp_path, monkeypatch):
    broken = tmp_path / "broken.sql"
    text = head_schema.HEAD_SQL.read_text(encoding="utf-8")
    broken.write_text(text + "INSERT INTO no_such_table VALUES (1);\n", encoding="utf-8")
    monkeypatch.setattr(head_schema, "HEAD_SQL", broken)
    path = tmp_path / "new.sqlite"
    with pytest.raises(sqlite3.OperationalError):
        head_schema.create(path, APPLICATION_ID, 1.0)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        conn.close()
