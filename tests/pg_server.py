"""The test PostgreSQL server (issue 13, team mode): a fresh database per test.

``.ci/run`` starts a throw-away cluster on a Unix socket and exports its
maintenance URL in :data:`URL_VARIABLE`; without it the PostgreSQL cases skip
with the reason. A server that is named but does not answer is a failure, not
a skip, so CI can never pass by quietly leaving them out.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

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
def fresh_database(url: str) -> Iterator[str]:
    """A new, empty database on the server at ``url``; its URL, dropped afterwards."""
    name = f"renewdesk_test_{secrets.token_hex(6)}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def migrate(engine: Engine) -> None:
    """Bring a PostgreSQL database to the head revision with the cache's own migrations."""
    from alembic import command
    from alembic.config import Config

    from renewdesk.store.engine import MIGRATIONS_DIR

    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
