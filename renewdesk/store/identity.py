"""Who is doing it: the database user, the OS user and the host of this client.

The audit trail, a quote's ``created_by``/``sent_by``, an outbox message's owner and
a personal setting's scope all name the admin the same way: :func:`actor` gives it.
On PostgreSQL the database user is the server's ``current_user`` (the role the
connection signed in as, which is what the server's GRANTs see); SQLite has no
users, so there it is the OS user, the one admin of a private cache.

The answer is asked once per engine (one ``SELECT current_user``) and kept, as an
engine's role never changes.
"""

from __future__ import annotations

import getpass
import socket
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

_CACHE: weakref.WeakKeyDictionary[Any, Actor] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Actor:
    """Who: the database role, the OS account and the machine."""

    db_user: str
    os_user: str
    host: str

    @property
    def name(self) -> str:
        """The name an admin is known by in this cache (their settings, their outbox)."""
        return self.db_user or self.os_user


def os_user() -> str:
    """The OS account name (``getpass.getuser()``), ``unknown`` when there is none."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return "unknown"


def host_name() -> str:
    """This machine's name (``socket.gethostname()``), ``unknown`` when it has none."""
    try:
        return socket.gethostname() or "unknown"
    except OSError:
        return "unknown"


def _engine_of(conn_or_engine: Connection | Engine) -> Engine:
    return conn_or_engine.engine if isinstance(conn_or_engine, Connection) else conn_or_engine


def _db_user(conn_or_engine: Connection | Engine, fallback: str) -> str:
    if conn_or_engine.dialect.name != "postgresql":
        return fallback
    if isinstance(conn_or_engine, Connection):
        return str(conn_or_engine.execute(text("SELECT current_user")).scalar_one())
    with conn_or_engine.connect() as conn:
        return str(conn.execute(text("SELECT current_user")).scalar_one())


def actor(conn_or_engine: Connection | Engine) -> Actor:
    """Who is working through this engine (or connection): asked once per engine."""
    engine = _engine_of(conn_or_engine)
    # Engine.execution_options() makes an OptionEngine sharing the pool: key by the pool.
    key = getattr(engine, "pool", engine)
    found = _CACHE.get(key)
    if found is None:
        user = os_user()
        found = Actor(_db_user(conn_or_engine, user), user, host_name())
        _CACHE[key] = found
    return found
