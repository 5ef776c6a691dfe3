"""Database roles for team-mode tests: unique per test (roles are cluster-wide), dropped after.

``roles(url)`` yields a function that makes a LOGIN role and returns a URL that
signs in as it (trust authentication on the test cluster's Unix socket).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from renewdesk.store.engine import open_cache
from tests.pg_server import migrate


def migrated(url: str) -> None:
    """Bring the database at ``url`` to the head revision (as its owner)."""
    engine = create_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def as_role(url: str, role: str) -> str:
    """``url`` signed in as ``role`` instead."""
    return make_url(url).set(username=role, password=None).render_as_string(hide_password=False)


def role_engine(url: str) -> Engine:
    """The engine the window and the command line open over a shared database."""
    return open_cache(url)


@contextmanager
def roles(url: str) -> Iterator[Callable[[str], str]]:
    """Make LOGIN roles (``make("anna")`` -> URL as ``anna_<random>``); drop them after."""
    owner = create_engine(url, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    quote = owner.dialect.identifier_preparer.quote_identifier

    def make(prefix: str) -> str:
        name = f"{prefix}_{secrets.token_hex(4)}"
        with owner.connect() as conn:
            conn.execute(text(f"CREATE ROLE {quote(name)} LOGIN"))
        made.append(name)
        return name

    try:
        yield make
    finally:
        with owner.connect() as conn:
            for name in made:
                conn.execute(text(f"DROP OWNED BY {quote(name)}"))
                conn.execute(text(f"DROP ROLE {quote(name)}"))
        owner.dispose()
