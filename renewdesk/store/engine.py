"""Open the cache: SQLite with foreign keys, WAL, a busy timeout and full sync, migrated on open.

Alembic is imported only when the file's schema revision (read with plain
``sqlite3``, :mod:`renewdesk.store.peek`) is not the newest one: opening an
up-to-date cache, as nearly every start does, costs no migration machinery.

Every connection runs in explicit transactions (``BEGIN`` / ``BEGIN IMMEDIATE``)
instead of pysqlite's implicit ones, so a read-then-write use case is one real
transaction (the SQLAlchemy "pysqlite serializable" recipe).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection

from renewdesk import clock
from renewdesk.lazy_text import tr_later
from renewdesk.store import faults
from renewdesk.store.faults import CacheError as CacheError  # re-exported
from renewdesk.store.faults import CacheFault as CacheFault
from renewdesk.store.locations import DB_FILE_NAME as DB_FILE_NAME  # re-exported
from renewdesk.store.locations import default_db_path as default_db_path
from renewdesk.store.locations import looks_like_url
from renewdesk.store.peek import APPLICATION_ID as APPLICATION_ID  # re-exported
from renewdesk.store.peek import head_revisions, schema_revision

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
#: The tables of the first schema: a cache from before the marker has all of them.
FIRST_SCHEMA_TABLES = frozenset(
    {
        "audit_events",
        "campaigns",
        "customers",
        "outbox",
        "import_runs",
        "partners",
        "price_book",
        "quote_lines",
        "quote_recipients",
        "quotes",
        "sequences",
        "settings",
        "subscriptions",
    }
)


class SchemaTooNewError(CacheError):
    """The cache was written by a newer RenewDesk."""


class ForeignFileError(CacheError):
    """Another program's SQLite file: refused and left untouched (never set aside)."""


class CacheDamagedError(CacheError):
    """``PRAGMA quick_check`` found damaged pages: restore from a backup."""


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
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # customer data never reaches an error message or the log
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    faults.install(engine, path, BUSY_TIMEOUT_MS / 1000)
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
    """Copy the cache with SQLite's online backup API; returns the copy's path.

    A copy that could not be finished (a full disk) is removed again.
    """
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}.bak{path.suffix or '.sqlite'}")
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise faults.explain(exc, target, BUSY_TIMEOUT_MS / 1000) or exc from None
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    return target


@dataclass(frozen=True, slots=True)
class _FileFacts:
    """What a read-only look at an existing cache file found."""

    application_id: int
    tables: frozenset[str]
    revisions: tuple[str, ...]  # the rows of alembic_version (empty without the table)
    damage: str  # "" or the first problems PRAGMA quick_check found


def _look(path: Path, *, quick_check: bool, immutable: bool = False) -> _FileFacts | None:
    """Read the file's marker, tables and schema revision (and check its pages).

    ``None`` for a file that does not exist yet or is empty (a new cache). ``immutable``
    looks without locks or side files (only right while no write-ahead log exists).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    # Ask SQLite, not open()/close(): closing any descriptor of the file drops every
    # POSIX lock this process holds on it, so with an engine already open here another
    # process would take the cache for unused and delete its WAL from under us.
    try:
        probe = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except sqlite3.Error as exc:
        raise faults.explain(exc, path, BUSY_TIMEOUT_MS / 1000) or exc from None
    try:
        app_id = int(probe.execute("PRAGMA application_id").fetchone()[0])
        tables = frozenset(
            str(r[0]) for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")
        )
        revisions: tuple[str, ...] = ()
        if "alembic_version" in tables:
            revisions = tuple(
                str(r[0]) for r in probe.execute("SELECT version_num FROM alembic_version")
            )
        damage = ""
        if quick_check:
            answer = [str(r[0]) for r in probe.execute("PRAGMA quick_check(3)")]
            damage = "" if answer == ["ok"] else "; ".join(answer)
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise CacheError(
                tr_later(
                    "CacheErrors", "{path} is not a RenewDesk cache (not an SQLite database)"
                ).format(path=path)
            ) from None
        raise faults.explain(exc, path, BUSY_TIMEOUT_MS / 1000) or exc from None
    finally:
        probe.close()
    return _FileFacts(app_id, tables, revisions, damage)


def refuse_foreign(path: Path) -> None:
    """Refuse another program's SQLite file (or a broken cache) before anything is made.

    A read-only connection to a file in WAL mode (Firefox's places.sqlite) leaves a -wal
    and -shm beside it; while no log exists a look that creates nothing (and takes no
    lock) is exact. With a log there, :func:`open_cache`'s own look decides.
    """
    if Path(f"{path}-wal").exists():
        return
    first = _look(path, quick_check=False, immutable=True)
    if first is not None:
        _refuse_unless_ours(path, first)


def _refuse_unless_ours(path: Path, facts: _FileFacts) -> None:
    """Refuse another program's SQLite file, or a RenewDesk cache whose schema is broken.

    A file is a RenewDesk cache when it carries :data:`APPLICATION_ID`, or (written
    before the marker) has every table of the first schema and a schema revision.
    A file with no tables at all becomes a new cache.
    """
    ours = facts.application_id == APPLICATION_ID
    legacy = facts.application_id == 0 and facts.tables >= FIRST_SCHEMA_TABLES
    if not ours and not legacy:
        empty = not facts.tables - {"alembic_version"} and not facts.revisions
        if facts.application_id == 0 and empty:
            return  # an empty SQLite file: it becomes a new cache
        raise ForeignFileError(
            tr_later(
                "CacheErrors",
                "{path} is not a RenewDesk cache (it is another program's SQLite file); "
                "it was left untouched: choose a RenewDesk cache with --db",
            ).format(path=path)
        )
    if len(facts.revisions) != 1 or not facts.tables >= FIRST_SCHEMA_TABLES:
        missing = sorted(FIRST_SCHEMA_TABLES - facts.tables)
        if len(facts.revisions) != 1:
            missing.insert(0, "alembic_version")
        raise CacheError(
            tr_later(
                "CacheErrors",
                "{path} is a RenewDesk cache whose schema is incomplete (missing: {missing}); "
                "it was left untouched: restore it from a backup with File > Restore "
                "from backup",
            ).format(path=path, missing=", ".join(missing))
        )


def damaged_error(path: Path, damage: str) -> CacheError:
    """The refusal of a cache whose pages ``PRAGMA quick_check`` found damaged."""
    return CacheDamagedError(
        tr_later(
            "CacheErrors",
            "{path} is damaged (SQLite's quick check found: {problem}); restore it from "
            "a backup with File > Restore from backup in the window",
        ).format(path=path, problem=damage[:200])
    )


def migrate(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to head; back the file up first if it held an older schema.

    Returns the backup's path when one was made; a migration that fails removes its
    backup again (the cache itself is unchanged: the upgrade is one transaction).
    The cache carries RenewDesk's :data:`APPLICATION_ID` afterwards.
    """
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    current = current_revision(engine)
    if current == head:
        _mark(engine)
        return None
    known = {
        rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }
    if current is not None and current not in known:
        raise SchemaTooNewError(
            tr_later(
                "CacheErrors",
                "{path} was written by a newer RenewDesk (schema {schema}); "
                "update RenewDesk to open it",
            ).format(path=path, schema=current)
        )
    backup = None
    if current is not None or _has_tables(engine):
        backup = backup_cache(engine, path, f"pre-migration-{current or 'none'}")
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except BaseException:
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise
    return backup


def _mark(engine: Engine) -> None:
    with engine.connect() as conn:
        marker = conn.exec_driver_sql("PRAGMA application_id").scalar()
    if marker != APPLICATION_ID:
        with writer(engine).begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        count: Any = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).scalar()
        return bool(count)


def _folder_for(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CacheError(
            tr_later(
                "CacheErrors",
                "the folder {folder} cannot be created ({reason}); give yourself write "
                "access to it, or choose another cache file with --db",
            ).format(folder=exc.filename or path.parent, reason=exc.strerror or exc)
        ) from None


def _is_current(path: Path) -> bool:
    """Whether the file already holds the one head revision (no upgrade, no Alembic)."""
    heads = head_revisions()
    return len(heads) == 1 and schema_revision(path) in heads


def _created_at_head(path: Path) -> bool:
    """A new cache built from the head schema's dump (:mod:`renewdesk.store.head_schema`)."""
    from renewdesk.store import head_schema

    try:
        return head_schema.create(path, APPLICATION_ID, BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise faults.explain(exc, path, BUSY_TIMEOUT_MS / 1000) or exc from None


def is_server(engine: Engine) -> bool:
    """Whether ``engine`` is the shared PostgreSQL cache (else a SQLite file)."""
    return engine.dialect.name == "postgresql"


def is_url(target: Path | str) -> bool:
    """Whether ``target`` names a database server (a URL) rather than a cache file."""
    if isinstance(target, Path):
        return False
    return looks_like_url(target)


def open_cache(
    target: Path | str,
    *,
    quick_check: bool = True,
    password: str | None = None,
    lookup: Callable[[str], str | None] | None = None,
) -> Engine:
    """Open (creating if needed) and migrate the cache at ``target``: a path or a URL.

    A URL (``postgresql://`` or ``postgresql+psycopg://``) opens the shared database
    (:mod:`renewdesk.store.server`); its password is ``password``, the URL's, or the one
    ``lookup`` finds (by default the OS keyring's entry for ``user@host/db``).

    A path is SQLite's. Refused, each with one line that says what to do and the file
    left untouched: a folder, a file that is not a RenewDesk cache, a cache whose
    schema is incomplete, and (``quick_check``) a cache whose pages are damaged.
    """
    if is_url(target):
        from renewdesk.store import server

        if lookup is None:
            from renewdesk.secrets import stored_database_password as lookup
        return server.open_server(str(target), password=password, lookup=lookup)
    path = Path(target).expanduser().resolve()
    if path.is_dir():
        raise CacheError(
            tr_later("CacheErrors", "{path} is a folder, not a cache file").format(path=path)
        )
    _folder_for(path)
    refuse_foreign(path)
    facts = _look(path, quick_check=quick_check)
    if facts is not None:
        _refuse_unless_ours(path, facts)
        if facts.damage:
            raise damaged_error(path, facts.damage)
    if facts is None and _created_at_head(path):  # a new cache: no Alembic either
        return make_engine(path)
    engine = make_engine(path)
    if _is_current(path):
        return engine
    try:
        migrate(engine, path)
    except Exception:
        engine.dispose()
        raise
    return engine
