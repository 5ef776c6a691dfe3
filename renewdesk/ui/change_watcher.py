"""Reload a page when someone else changed the cache (another admin, the command line).

Each page tells the watcher when it starts loading (:meth:`ChangeWatcher.mark`);
the watcher remembers the cache's data version at that moment and asks for a
reload of each page whose data is older. A page that reloads after its own action
marks itself again, so the window's own writes cost at most one extra reload of
the other pages.

- **SQLite**: every two seconds it reads the version
  (:class:`~renewdesk.store.data_version.DataVersionProbe`, ``PRAGMA data_version``).
- **PostgreSQL** (a shared database): a thread waits on ``LISTEN renewdesk_changes``
  (:class:`~renewdesk.store.notify.ChangeListener`; migration ``0006_team_notify``
  notifies on every commit); each notification raises the version and polls at
  once, so another admin's quote shows within a moment, not a poll later.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from renewdesk.store.data_version import DataVersionProbe
from renewdesk.store.engine import is_server

POLL_INTERVAL_MS = 2_000
LISTEN_WAIT_S = 0.5  # how soon the listening thread notices it should stop


class _NotifiedVersion:
    """A version that a listening thread raises on each notification (PostgreSQL)."""

    def __init__(self, engine: Any, heard: Any) -> None:
        from renewdesk.store.notify import ChangeListener

        self._listener = ChangeListener(engine)
        self._heard = heard  # Signal emitted from the thread: queued to the GUI thread
        self._version = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def version(self) -> int | None:
        return self._version

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        # Changes from now on; a first fault is retried by the loop (the window keeps working).
        with contextlib.suppress(Exception):
            self._listener.start()
        self._thread = threading.Thread(target=self._listen, name="renewdesk-listen", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            if self._listener.wait(LISTEN_WAIT_S):
                self._version += 1
                if not self._stop.is_set():
                    self._heard.emit()
            elif self._stop.wait(0):
                break

    def close(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(LISTEN_WAIT_S * 4)
        self._listener.close()


class ChangeWatcher(QObject):
    changed = Signal(str)  # the key of a page whose data another connection changed
    _heard = Signal()  # the listening thread heard a notification (PostgreSQL)

    def __init__(self, db_path: Path, parent: QObject | None = None, *, engine: Any = None) -> None:
        super().__init__(parent)
        self._notified: _NotifiedVersion | None = None
        if engine is not None and is_server(engine):
            self._notified = _NotifiedVersion(engine, self._heard)
            self._probe: Any = self._notified
            self._heard.connect(self.poll)
        else:
            self._probe = DataVersionProbe(db_path)
        self._seen: dict[str, int | None] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        if parent is not None and self._notified is not None:
            notified = self._notified
            parent.destroyed.connect(lambda *_: notified.close())

    def mark(self, key: str) -> None:
        """Page ``key`` is loading now: what it reads is at least this version."""
        self._seen[key] = self._probe.version()

    def poll(self) -> list[str]:
        """Ask for a reload of every page with older data; returns their keys."""
        version = self._probe.version()
        if version is None:
            return []
        stale = [key for key, seen in self._seen.items() if seen != version]
        for key in stale:
            self._seen[key] = version  # asked once; the reload marks it again
            self.changed.emit(key)
        return stale

    def start(self) -> None:
        self.timer.start()
        if self._notified is not None:
            self._notified.start()

    def stop(self) -> None:
        self.timer.stop()

    def close(self) -> None:
        """Let go of the cache (before a restore replaces it; when the window closes)."""
        self.stop()
        self._probe.close()
