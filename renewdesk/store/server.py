"""The shared cache on a PostgreSQL server (team mode): open, recognise, migrate.

A target that is a URL (``postgresql://`` or ``postgresql+psycopg://``, both psycopg 3,
``?host=/folder`` for a Unix socket) opens here; a path stays SQLite's
(:mod:`renewdesk.store.engine`). The password never sits in the engine's URL: it is
handed to psycopg on each connect (``do_connect``), so no ``repr``, log line or error
message can show it. Every connection fault becomes one line naming the server and
what to do (:mod:`renewdesk.store.server_faults`), never SQL or a traceback.

A database is RenewDesk's when it holds every table of the first schema and an
``alembic_version``; an empty database becomes a new cache; anything else is refused
untouched. Alembic is imported only when the recorded revision is behind the head
(one cheap ``SELECT`` of ``alembic_version`` decides), and the upgrade holds an
advisory lock so two admins starting at once migrate once.
"""

from __future__ import annotations

import getpass
import importlib.util
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from renewdesk.lazy_text import tr_later
from renewdesk.store.faults import CacheError
from renewdesk.store.locations import looks_like_url as looks_like_url  # re-exported
from renewdesk.store.peek import head_revisions
from renewdesk.store.server_faults import ServerFault, describe, explain, primary_message

#: What the server shows for our connections (``pg_stat_activity.application_name``).
APPLICATION_NAME = "renewdesk"
CONNECT_TIMEOUT_S = 10
#: ``pg_advisory_xact_lock`` key held while migrating ("RDsk" as in SQLite's marker).
MIGRATION_LOCK = 0x5244736B
_SCHEMES = {"postgresql", "postgresql+psycopg", "postgres"}

#: Reads the stored password of a database account (``user@host/db``); None: none stored.
PasswordLookup = Callable[[str], "str | None"]


class SchemaTooNewServerError(CacheError):
    """The shared database was migrated by a newer RenewDesk."""


class ForeignDatabaseError(CacheError):
    """A database that is neither empty nor RenewDesk's: refused and left untouched."""


def parse(value: str | URL) -> URL:
    """The psycopg 3 URL of ``value``; one line for an unsupported scheme or a malformed URL."""
    if isinstance(value, URL):
        url = value
    else:
        text = value.strip()
        scheme = text.split(":", 1)[0].lower()
        if scheme not in _SCHEMES:
            raise CacheError(
                tr_later(
                    "CacheErrors",
                    "{scheme}:// databases are not supported: give the path of a cache file "
                    "or a postgresql:// URL (see the README's Team mode section)",
                ).format(scheme=scheme[:40])
            )
        try:
            url = make_url(text)
            url.port  # noqa: B018 - a port that is not a number raises here
        except (ArgumentError, ValueError):
            raise _malformed() from None
    if url.get_backend_name() not in {"postgresql", "postgres"}:
        raise _malformed()
    if not url.database:
        raise CacheError(
            tr_later(
                "CacheErrors",
                "the database URL names no database: add it after the host, as in "
                "postgresql://user@host/renewdesk",
            )
        )
    return url.set(drivername="postgresql+psycopg")


def _malformed() -> CacheError:
    # Never the text itself: it may hold a password.
    return CacheError(
        tr_later(
            "CacheErrors",
            "the database URL is malformed: write it as postgresql://user@host/database "
            "(with ?host=/folder for a Unix socket)",
        )
    )


def strip_password(url: URL) -> URL:
    """``url`` without a password (``URL.set(password=None)`` would keep it: None there
    means "unchanged")."""
    return URL.create(
        url.drivername,
        username=url.username,
        password=None,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )


def host_of(url: URL) -> str:
    """The server as the admin wrote it: ``host[:port]`` or the socket folder."""
    query_host = url.query.get("host")
    if isinstance(query_host, tuple):
        query_host = query_host[0] if query_host else None
    host = url.host or query_host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def user_of(url: URL) -> str:
    """The role RenewDesk signs in as (libpq's default: the OS user)."""
    if url.username:
        return url.username
    try:
        return getpass.getuser()
    except Exception:  # no user name from the OS: libpq would fail the same way
        return "postgres"


def account(url: URL) -> str:
    """The keyring key of the database password: ``user@host/db``."""
    return f"{user_of(url)}@{host_of(url)}/{url.database}"


def display_name(url: URL | str) -> str:
    """``host/db`` for the status bar and messages: never the password."""
    url = parse(url) if isinstance(url, str) else url
    return f"{host_of(url)}/{url.database}"


def without_password(url: URL | str) -> str:
    """The URL as it may be written down (settings file, status bar tooltip)."""
    parsed = parse(url) if isinstance(url, str) else url
    text = strip_password(parsed).render_as_string(hide_password=False)
    base, sep, query = text.partition("?")
    return base + sep + query.replace("%2F", "/")  # ?host=/run/postgresql, as written


@dataclass(frozen=True, slots=True)
class _Facts:
    tables: frozenset[str]
    revisions: tuple[str, ...]


def _require_driver() -> None:
    if importlib.util.find_spec("psycopg") is None:
        raise CacheError(
            tr_later(
                "CacheErrors",
                "a PostgreSQL database needs psycopg, which is not installed; install it "
                'with pip install "renewdesk[postgres]"',
            )
        )


def make_server_engine(url: URL, password: str | None) -> Engine:
    """An engine over the database at ``url`` (no password in it); nothing connects yet."""
    _require_driver()
    bare = strip_password(url)
    engine = create_engine(
        bare,
        hide_parameters=True,  # customer data never reaches an error message or the log
        pool_pre_ping=True,  # a server restart costs a reconnect, not an error
        pool_size=5,
        max_overflow=5,
        pool_recycle=1800,
        isolation_level="READ COMMITTED",  # many writers: row locks and constraints decide
        connect_args={"application_name": APPLICATION_NAME, "connect_timeout": CONNECT_TIMEOUT_S},
    )
    _passwords[engine] = password
    if password:

        @event.listens_for(engine, "do_connect")
        def _with_password(_d: Any, _r: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
            cparams["password"] = password

    server, user, database = host_of(url), user_of(url), str(url.database)

    @event.listens_for(engine, "handle_error")
    def _explain(context: Any) -> BaseException | None:
        return explain(context.original_exception, server, user, database)

    return engine


# The password each server engine connects with (for pg_dump's environment only).
_passwords: weakref.WeakKeyDictionary[Engine, str | None] = weakref.WeakKeyDictionary()


def password_of(engine: Engine) -> str | None:
    """The password ``engine`` signs in with (never logged; a child's ``PGPASSWORD``)."""
    return _passwords.get(engine)


def _look(engine: Engine) -> _Facts:
    with engine.connect() as conn:
        tables = frozenset(
            str(r[0])
            for r in conn.exec_driver_sql(
                "SELECT c.relname FROM pg_catalog.pg_class c "
                "WHERE c.relnamespace = current_schema()::regnamespace "
                "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
            )
        )
        revisions: tuple[str, ...] = ()
        if "alembic_version" in tables:
            revisions = tuple(
                str(r[0]) for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")
            )
    return _Facts(tables, revisions)


def _refuse_unless_ours(name: str, facts: _Facts) -> None:
    from renewdesk.store.engine import FIRST_SCHEMA_TABLES

    if not facts.tables - {"alembic_version"} and not facts.revisions:
        return  # an empty database: it becomes a new cache
    if facts.tables >= FIRST_SCHEMA_TABLES and len(facts.revisions) == 1:
        return
    if facts.tables & FIRST_SCHEMA_TABLES and "alembic_version" in facts.tables:
        missing = sorted(FIRST_SCHEMA_TABLES - facts.tables)
        raise CacheError(
            tr_later(
                "CacheErrors",
                "{path} is a RenewDesk database whose schema is incomplete (missing: "
                "{missing}); it was left untouched: restore it from the server's backup",
            ).format(path=name, missing=", ".join(missing) or "alembic_version")
        )
    raise ForeignDatabaseError(
        tr_later(
            "CacheErrors",
            "{path} is not a RenewDesk database (it holds another program's tables); it was "
            "left untouched: create an empty database for RenewDesk (see the README)",
        ).format(path=name)
    )


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from renewdesk.store.engine import _alembic_config

    return {r.revision for r in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _too_new(name: str, schema: str) -> SchemaTooNewServerError:
    return SchemaTooNewServerError(
        tr_later(
            "CacheErrors",
            "{path} was written by a newer RenewDesk (schema {schema}); "
            "update RenewDesk to open it",
        ).format(path=name, schema=schema)
    )


def _migrate(engine: Engine, name: str) -> None:
    """Upgrade to head under an advisory lock (a second client waits, then finds it done)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    from renewdesk.store.engine import _alembic_config

    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        current = MigrationContext.configure(conn).get_current_revision()
        if current is not None and current not in _known_revisions():
            raise _too_new(name, current)
        if current not in head_revisions():
            command.upgrade(_alembic_config(conn), "head")


def _engine_for(
    target: str | URL, password: str | None, lookup: PasswordLookup | None
) -> tuple[URL, Engine]:
    """The URL and an engine with the password: given, else the URL's, else the keyring's."""
    url = parse(target)
    secret = password or url.password or (lookup(account(url)) if lookup else None)
    return url, make_server_engine(url, secret)


def _other_fault(url: URL, exc: DBAPIError) -> ServerFault:
    """A fault ``handle_error`` did not recognise: still one line, the server's own words."""
    reason = primary_message(exc)
    return ServerFault(
        describe("other", display_name(url), user_of(url), str(url.database), reason), "other"
    )


def open_server(
    target: str | URL, *, password: str | None = None, lookup: PasswordLookup | None = None
) -> Engine:
    """Open (creating the schema in an empty database) and migrate the shared cache.

    The password is ``password``, else the URL's, else what ``lookup`` finds for the
    account (the keyring); without one psycopg tries libpq's own ways (``.pgpass``,
    trust, peer). Raises a one-line :class:`CacheError`; the engine is disposed then.
    """
    url, engine = _engine_for(target, password, lookup)
    name = display_name(url)
    try:
        facts = _look(engine)
        _refuse_unless_ours(name, facts)
        heads = head_revisions()
        if len(facts.revisions) == 1 and facts.revisions[0] in heads and len(heads) == 1:
            return engine  # up to date: no Alembic at all
        _migrate(engine, name)  # refuses a newer schema under its lock
    except DBAPIError as exc:  # a fault handle_error did not recognise: still one line
        engine.dispose()
        raise _other_fault(url, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def probe(target: str, *, password: str | None = None, lookup: PasswordLookup | None = None) -> str:
    """Settings > Test connection: connect and look, change nothing.

    ``"ours"`` (a RenewDesk database), ``"empty"`` (it becomes one when used) or
    ``"newer"`` would be refused (raised as the same one line as :func:`open_server`);
    every fault is its one-line :class:`CacheError`.
    """
    url, engine = _engine_for(target, password, lookup)
    name = display_name(url)
    try:
        facts = _look(engine)
        _refuse_unless_ours(name, facts)
        if not facts.revisions:
            return "empty"
        heads = head_revisions()
        if facts.revisions[0] not in heads and facts.revisions[0] not in _known_revisions():
            raise _too_new(name, facts.revisions[0])
        return "ours"
    except DBAPIError as exc:
        raise _other_fault(url, exc) from None
    finally:
        engine.dispose()
