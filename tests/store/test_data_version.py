"""The change probe the window polls: another connection's commit shows, its own reads do not."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from renewdesk.store.data_version import DataVersionProbe
from renewdesk.store.repositories import SettingsRepository


def test_a_commit_elsewhere_changes_the_version_and_a_quiet_cache_keeps_it(
    engine: Engine, db_path: Path
) -> None:
    probe = DataVersionProbe(db_path)
    try:
        first = probe.version()
        assert first is not None
        assert probe.version() == first  # nothing happened: the window reloads nothing
        SettingsRepository(engine).set_many({"quote.validity_days": "30"})
        assert probe.version() not in (None, first)
    finally:
        probe.close()


def test_a_file_that_cannot_be_read_answers_none(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "cache.sqlite"
    assert DataVersionProbe(missing).version() is None
