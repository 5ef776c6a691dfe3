"""Notice when another connection (the command line, another tool) changed the cache.

SQLite's ``PRAGMA data_version`` answers a different number on a connection
whenever some *other* connection committed since the last time that connection
asked. The probe keeps one read-only-in-practice connection of its own, so every
commit by anybody else shows; the window polls it every few seconds, which costs
one tiny query and no table scan.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DataVersionProbe:
    """``version()`` changes after any commit by another connection (or process)."""

    def __init__(self, path: Path | str) -> None:
        self._path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def version(self) -> int | None:
        """The current data version, or ``None`` when the file cannot be read right now."""
        try:
            if self._conn is None:
                # Autocommit, so no read transaction stays open between two polls.
                self._conn = sqlite3.connect(self._path, timeout=1.0, isolation_level=None)
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            self.close()  # replaced or locked for long: start afresh next time
            return None
        return int(row[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
