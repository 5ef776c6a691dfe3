"""Hear other admins' changes on the shared database: ``LISTEN renewdesk_changes``.

Migration ``0006_team_notify`` makes every committed write to a table the window
shows send a notification on :data:`CHANNEL` (its payload: the table's name). A
:class:`ChangeListener` holds one autocommit psycopg connection of its own that
listens; :meth:`ChangeListener.wait` blocks at most ``timeout`` seconds and answers
the tables changed meanwhile (empty: nothing). The window calls it from a thread
(``ui/change_watcher.py``). A lost connection is reopened on the next wait.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from sqlalchemy import Engine

from renewdesk.store import server

CHANNEL = "renewdesk_changes"
log = logging.getLogger(__name__)


class ChangeListener:
    """Tables another session (or this one) committed changes to, as they happen."""

    def __init__(self, engine: Engine) -> None:
        self._url = engine.url
        self._password = server.password_of(engine)
        self._conn: Any = None
        self._lock = threading.Lock()
        self._lost = False

    def _connect(self) -> Any:
        import psycopg

        params: dict[str, Any] = {
            "dbname": self._url.database,
            "user": server.user_of(self._url),
            "autocommit": True,
            "application_name": server.APPLICATION_NAME,
            "connect_timeout": server.CONNECT_TIMEOUT_S,
        }
        host = self._url.query.get("host") or self._url.host
        if host:
            params["host"] = host[0] if isinstance(host, tuple) else host
        if self._url.port:
            params["port"] = self._url.port
        if self._password:
            params["password"] = self._password
        conn = psycopg.connect(**params)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def start(self) -> None:
        """Listen from now on (changes committed before are not reported)."""
        with self._lock:
            if self._conn is None:
                self._conn = self._connect()

    def wait(self, timeout: float) -> set[str]:
        """Block up to ``timeout`` seconds for changes; the tables changed (may be empty)."""
        import psycopg

        try:
            with self._lock:
                if self._conn is None:
                    self._conn = self._connect()
                conn = self._conn
            tables = {n.payload for n in conn.notifies(timeout=timeout, stop_after=1)}
            self._lost = False
            # Drain whatever else is already waiting, without blocking.
            tables |= {n.payload for n in conn.notifies(timeout=0)}
            return tables
        except psycopg.Error as exc:
            if not self._lost:  # once per outage, not on every retry
                log.warning("change listener lost its connection: %s", type(exc).__name__)
            self._lost = True
            self.close()
            time.sleep(timeout)  # the server is gone: retry at the caller's pace, not at once
            return set()

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken: nothing to let go of
                log.debug("change listener close failed", exc_info=True)
