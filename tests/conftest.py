"""Shared test set-up: headless Qt, an in-memory keyring, a real cache file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("RENEWDESK_TODAY", None)

import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, create_engine

from renewdesk.store.engine import open_cache
from tests.pg_server import SessionCache, fresh_database, server_url


class MemoryKeyring(KeyringBackend):
    """A keyring backend that lives in this process only (the OS keyring can't run here)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring instead of the OS one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cache.sqlite"


@pytest.fixture
def sqlite_engine(db_path: Path) -> Iterator[Engine]:
    """A migrated cache in a real SQLite file (``db_path``)."""
    eng = open_cache(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def engine(sqlite_engine: Engine) -> Engine:
    """The test's cache: a SQLite file here; suites that run on both engines override
    it with ``cache_engine`` (``tests/services/conftest.py``)."""
    return sqlite_engine


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty database on the test PostgreSQL server (skips without one)."""
    with fresh_database(server_url()) as url:
        yield url


@pytest.fixture(scope="session")
def pg_session_cache() -> Iterator[SessionCache]:
    """The session's migrated PostgreSQL database (made on first use, dropped at the end)."""
    cache = SessionCache()
    yield cache
    cache.drop()


@pytest.fixture
def pg_cache_url(pg_session_cache: SessionCache) -> str:
    """The URL of a PostgreSQL database at the head revision holding no rows (skips
    without a server); every test that takes it sees it emptied afresh."""
    return pg_session_cache.empty(server_url())


@pytest.fixture(params=["sqlite", "postgresql"])
def cache_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated cache on each engine in turn: a SQLite file (``tmp_path/cache.sqlite``,
    the ``db_path`` fixture's file), then a PostgreSQL database holding no rows."""
    if request.param == "sqlite":
        engine = open_cache(tmp_path / "cache.sqlite")
        yield engine
        engine.dispose()
        return
    engine = create_engine(request.getfixturevalue("pg_cache_url"), hide_parameters=True)
    yield engine
    engine.dispose()
