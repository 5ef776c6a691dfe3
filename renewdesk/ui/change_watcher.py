"""Reload a page when someone else changed the cache (the command line, a script).

Each page tells the watcher when it starts loading (:meth:`ChangeWatcher.mark`);
the watcher remembers the cache's data version at that moment. Every two seconds
it reads the version again (:class:`~renewdesk.store.data_version.DataVersionProbe`)
and asks for a reload of each page whose data is older. A page that reloads
after its own action marks itself again, so the window's own writes cost at most
one extra reload of the other pages, and a write by another process at any moment
is seen by the next poll.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from renewdesk.store.data_version import DataVersionProbe

POLL_INTERVAL_MS = 2_000


class ChangeWatcher(QObject):
    changed = Signal(str)  # the key of a page whose data another connection changed

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._probe = DataVersionProbe(db_path)
        self._seen: dict[str, int | None] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)

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

    def stop(self) -> None:
        self.timer.stop()

    def close(self) -> None:
        """Let go of the cache file (before a restore replaces it)."""
        self.stop()
        self._probe.close()
