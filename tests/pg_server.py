"""The test PostgreSQL server (issue 13, team mode): a fresh database per test.

``.ci/run`` starts a throw-away cluster on a Unix socket and exports its
maintenance URL in :data:`URL_VARIABLE`; without it the PostgreSQL cases skip
with the reason. A server that is named but does not answer is a failure, not
a skip, so CI can never pass by quietly leaving them out.

A test that needs a migrated cache gets the session's one migrated database,
emptied first (:class:`SessionCache`): deleting the few rows a test leaves costs
about 10 ms, where a new database plus every migration costs 1-1.5 s on the
shared two-core machine. Tests of the migrations themselves take ``pg_url``, a
new empty database of their own.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

URL_VARIABLE = "RENEWDESK_TEST_PG_URL"


def server_url() -> str:
    """The maintenance URL of the test server, or skip the test saying why there is none."""
    url = os.environ.get(URL_VARIABLE, "")
    if not url:
        pytest.skip(f"{URL_VARIABLE} is not set: no PostgreSQL server here (.ci/run starts one)")
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("psycopg is not installed: pip install '.[postgres]'")
    return url


@contextmanager
def fresh_database(url: str, template: str | None = None) -> Iterator[str]:
    """A new database on the server at ``url``, empty or a copy of the database named
    ``template`` (which nobody may be connected to); its URL, dropped afterwards."""
    name = f"renewdesk_test_{secrets.token_hex(6)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}"' if template else ""
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
        try:
            yield make_url(url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def alembic_config(conn: Any) -> Any:
    """An Alembic config that runs the cache's own migrations over ``conn``."""
    from alembic.config import Config

    from renewdesk.store.engine import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def migrate(engine: Engine) -> None:
    """Bring a PostgreSQL database to the head revision with the cache's own migrations."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


class SessionCache:
    """One database at the head revision for the whole session, emptied before each use.

    Emptying deletes every row of every table but ``alembic_version`` (foreign keys
    set aside for the deletes when the test server's user is a superuser, as in CI;
    else one ``TRUNCATE``, about 0.2 s) and restarts
    every sequence, so each test sees a just-migrated cache: the same ids, the same
    numbers. The tables come from the database itself, so ones added by new
    migrations are emptied too. A lock another session still holds fails the test
    after :data:`LOCK_WAIT` instead of hanging it.
    """

    LOCK_WAIT = "10s"

    def __init__(self) -> None:
        self._server = ""
        self._name = ""
        self.url = ""

    def empty(self, server: str) -> str:
        """The database's URL on the server at ``server``, made and migrated the first
        time, emptied every time."""
        if not self.url:
            self._server = server
            self._name = f"renewdesk_session_{secrets.token_hex(6)}"
            admin = create_engine(server, isolation_level="AUTOCOMMIT")
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{self._name}"'))
            finally:
                admin.dispose()
            self.url = (
                make_url(server).set(database=self._name).render_as_string(hide_password=False)
            )
            engine = create_engine(self.url)
            try:
                migrate(engine)
            finally:
                engine.dispose()
            return self.url
        engine = create_engine(self.url)
        try:
            with engine.begin() as conn:
                conn.execute(text(f"SET LOCAL lock_timeout = '{self.LOCK_WAIT}'"))
                tables = (
                    conn.execute(
                        text(
                            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                            "AND tablename <> 'alembic_version'"
                        )
                    )
                    .scalars()
                    .all()
                )
                superuser = conn.execute(
                    text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                ).scalar()
                if superuser:
                    conn.execute(text("SET LOCAL session_replication_role = replica"))
                    for table in tables:
                        conn.execute(text(f'DELETE FROM "{table}"'))
                else:  # a server where tests run as an ordinary owner: slower, same result
                    names = ", ".join(f'"{t}"' for t in tables)
                    conn.execute(text(f"TRUNCATE {names} CASCADE"))
                sequences = conn.execute(
                    text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
                ).scalars()
                for sequence in sequences.all():
                    conn.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
        finally:
            engine.dispose()
        return self.url

    def drop(self) -> None:
        if not self.url:
            return
        admin = create_engine(self._server, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self._name}" WITH (FORCE)'))
        finally:
            admin.dispose()
        self.url = ""


@dataclass(frozen=True)
class PasswordCluster:
    """A small PostgreSQL cluster of its own whose socket asks for passwords (scram)."""

    socket_dir: str
    superuser_password: str

    def url(self, user: str = "postgres", database: str = "postgres", password: str = "") -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@/{database}?host={self.socket_dir}"

    def add_owner(self, role: str, password: str, database: str) -> None:
        """A login role with ``password`` and a database ``database`` it owns."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(
            host=self.socket_dir, user="postgres", dbname="postgres",
            password=self.superuser_password, autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)
                )
            )
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(database), sql.Identifier(role)
                )
            )


def _bindir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@contextmanager
def password_cluster() -> Iterator[PasswordCluster]:
    """Start a throw-away cluster with ``scram-sha-256`` on its Unix socket.

    The shared test server trusts its socket; the password cases need a server that
    asks. initdb takes a second or two; the cluster listens on no TCP port
    (``listen_addresses=''``) and its folder is removed afterwards.
    """
    server_url()  # the same skip rule as the shared server: CI always has both
    bindir = _bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb) here: .ci/run installs them")
    folder = Path(tempfile.mkdtemp(prefix="renewdesk-pgpw-"))
    password = "super-" + secrets.token_hex(8)
    as_owner: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        shutil.chown(folder, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    (folder / "pw").write_text(password)
    if as_owner:
        shutil.chown(folder / "pw", "postgres")
    data = folder / "data"
    try:
        subprocess.run(
            [*as_owner, str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
             "--auth=scram-sha-256", f"--pwfile={folder / 'pw'}", "-E", "UTF8",
             "--locale=C.UTF-8"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        subprocess.run(
            [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
             "-w", "-o", f"-c listen_addresses='' -k {folder} -c fsync=off", "start"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        try:
            yield PasswordCluster(str(folder), password)
        finally:
            subprocess.run(
                [*as_owner, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                capture_output=True, timeout=120,
            )  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)
