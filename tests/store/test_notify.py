"""LISTEN/NOTIFY on the shared database (migration ``0006_team_notify``, issue 13 item 5)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from renewdesk.store.engine import open_cache
from renewdesk.store.notify import ChangeListener


def test_a_commit_by_another_session_is_heard_at_once_and_a_rollback_never(
    pg_url: str,
) -> None:
    window = open_cache(pg_url)
    other = open_cache(pg_url)  # another admin's RenewDesk: its own engine and sessions
    listener = ChangeListener(window)
    try:
        listener.start()
        assert listener.wait(0.2) == set()
        with other.connect() as conn:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('a', 'b')"))
            conn.rollback()
        assert listener.wait(0.5) == set()  # nothing committed, nothing heard
        with other.begin() as conn:
            conn.execute(text("UPDATE settings SET value = 'c' WHERE key = 'nothing'"))
            conn.execute(
                text("INSERT INTO partners (partner_csn, name, email) VALUES ('P-9', 'Nio AB', '')")
            )
        started = time.monotonic()
        heard = listener.wait(2.0)
        assert heard == {"settings", "partners"}
        assert time.monotonic() - started < 0.5
    finally:
        listener.close()
        window.dispose()
        other.dispose()


def test_the_listener_comes_back_after_its_connection_is_killed(pg_url: str) -> None:
    engine = open_cache(pg_url)
    listener = ChangeListener(engine)
    try:
        listener.start()
        with engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND query LIKE 'LISTEN%'"
                )
            )
        assert listener.wait(0.5) == set()  # lost: reported as nothing, reopened next time
        listener.wait(0.1)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
        assert listener.wait(2.0) == {"settings"}
    finally:
        listener.close()
        engine.dispose()


@pytest.mark.parametrize("table", ["subscriptions", "quotes", "outbox", "import_runs"])
def test_every_table_the_window_shows_has_the_trigger(pg_url: str, table: str) -> None:
    engine = open_cache(pg_url)
    try:
        with engine.connect() as conn:
            found = conn.execute(
                text("SELECT count(*) FROM pg_trigger WHERE tgname = :name"),
                {"name": f"renewdesk_notify_{table}"},
            ).scalar()
        assert found == 1
    finally:
        engine.dispose()
