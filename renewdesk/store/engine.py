"""Open the cache: SQLite with foreign keys, WAL, a busy timeout and full sync, migrated on open.

Alembic is imported only when the file's schema revision (read with plain
``sqlite3``, :mod:`renewdesk.store.peek`) is not the newest one: opening an
up-to-date cache, as nearly every start does, costs no migration machinery.

Every connection runs in explicit transactions (``BEGIN`` / ``BEGIN IMMEDIATE``)
instead of pysqlite's implicit ones, so a read-then-write use case is one real
transaction (the SQLAlchemy "pysqlite serializable" recipe).
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from renewdesk.lazy_text import tr_later
from renewdesk.store.peek import head_revisions, schema_revision

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
DB_FILE_NAME = "renewdesk.sqlite"


class CacheError(Exception):
    """The cache file cannot be used; the message says why and what to do."""


class SchemaTooNewError(CacheError):
    """The cache was written by a newer RenewDesk."""


def default_db_path() -> Path:
    """The per-user cache file (platformdirs), its folder private to the user."""
    from platformdirs import user_data_path

    folder = user_data_path("RenewDesk", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder / DB_FILE_NAME


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine over ``path`` with RenewDesk's pragmas; no migration."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN.

    Use it for every read-modify-write so two processes queue on the busy
    timeout instead of failing half-way on a lock upgrade.
    """
    return engine.execution_options(immediate=True)


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest schema revision this RenewDesk knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_cache(engine: Engine, path: Path, label: str) -> Path:
    """Copy the cache with SQLite's online backup API; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}.bak{path.suffix or '.sqlite'}")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    return target


def _check_is_database(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    # Ask SQLite, not open()/close(): closing any descriptor of the file drops every
    # POSIX lock this process holds on it, so with an engine already open here another
    # process would take the cache for unused and delete its WAL from under us.
    probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        probe.execute("PRAGMA schema_version")
        not_a_database = False
    except sqlite3.DatabaseError as exc:  # anything else is migrate()'s to report
        not_a_database = getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB"
    finally:
        probe.close()
    if not_a_database:
        raise CacheError(
            tr_later(
                "CacheErrors", "{path} is not a RenewDesk cache (not an SQLite database)"
            ).format(path=path)
        )


def migrate(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to head; back the file up first if it held an older schema.

    Returns the backup's path when one was made.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    try:
        current = current_revision(engine)
    except Exception as exc:  # sqlite3.DatabaseError on a damaged file
        raise CacheError(
            tr_later("CacheErrors", "{path} cannot be read as a cache: {error}").format(
                path=path, error=exc
            )
        ) from exc
    if current == head:
        return None
    known = {
        rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }
    if current is not None and current not in known:
        raise SchemaTooNewError(
            f"{path} was written by a newer RenewDesk (schema {current}); "
            "update RenewDesk to open it"
        )
    backup = None
    if current is not None or _has_tables(engine):
        backup = backup_cache(engine, path, f"pre-migration-{current or 'none'}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return backup


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        count: Any = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).scalar()
        return bool(count)


def _is_current(path: Path) -> bool:
    """Whether the file already holds the one head revision (no upgrade, no Alembic)."""
    heads = head_revisions()
    return len(heads) == 1 and schema_revision(path) in heads


def open_cache(path: Path | str) -> Engine:
    """Open (creating if needed) and migrate the cache file at ``path``."""
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise CacheError(
            tr_later("CacheErrors", "{path} is a folder, not a cache file").format(path=path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_is_database(path)
    engine = make_engine(path)
    if _is_current(path):
        return engine
    try:
        migrate(engine, path)
    except Exception:
        engine.dispose()
        raise
    return engine
