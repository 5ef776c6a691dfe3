"""Reading a cache's schema revision and saved language with plain sqlite3, before opening it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from renewdesk.store.engine import head_revision, open_cache
from renewdesk.store.peek import head_revisions, heads_in, read_setting, schema_revision
from renewdesk.store.repositories import SettingsRepository


def test_an_opened_cache_reads_as_the_head_and_keeps_its_language(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    engine = open_cache(path)
    SettingsRepository(engine).set_many({"ui.language": "sv"})
    engine.dispose()
    assert schema_revision(path) == head_revision()
    assert head_revisions() == {head_revision()}  # the scripts' text agrees with Alembic
    assert read_setting(path, "ui.language") == "sv"
    assert read_setting(path, "no.such.key") == ""


def test_missing_empty_and_foreign_files_have_no_revision(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    for path in (tmp_path / "missing.sqlite", empty, foreign, text):
        assert schema_revision(path) is None, path
        assert read_setting(path, "ui.language") == ""


def test_heads_follow_typed_assignments_and_merges(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("revision = '0001'\ndown_revision = None\n")
    (tmp_path / "b.py").write_text(
        "revision: str = '0002_outbox_lease'\ndown_revision: Union[str, None] = '0001'\n"
    )
    (tmp_path / "c.py").write_text('revision = "0002_stage"\ndown_revision = "0001"\n')
    assert heads_in(tmp_path) == {"0002_outbox_lease", "0002_stage"}  # two heads: not current
    (tmp_path / "d.py").write_text(
        "revision = '0003_merge'\ndown_revision = ('0002_outbox_lease', '0002_stage')\n"
    )
    assert heads_in(tmp_path) == {"0003_merge"}
