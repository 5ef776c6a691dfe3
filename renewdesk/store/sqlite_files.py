"""SQLite's file-level operations for backups: a consistent copy, a check, a checkpoint.

:mod:`renewdesk.services.backups` decides which copies to make, keep and restore;
the statements SQLite needs for it (its online backup API, ``PRAGMA
quick_check``, ``PRAGMA wal_checkpoint``) are here with the rest of the store's
engine-specific code. Errors are :data:`FileError` (``sqlite3.Error``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

FileError = sqlite3.Error


def fsync_path(path: Path) -> None:
    """Flush a file or a folder (a rename inside it) to disk, where the system allows."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:  # Windows cannot open a folder: nothing to sync there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` at ``target`` (backup API, then fsync, then rename)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=10)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    fsync_path(partial)
    os.replace(partial, target)
    fsync_path(target.parent)


def check_file(path: Path, *, full: bool = True) -> str:
    """Why ``path`` is not a usable SQLite file ("" when it is, or does not exist yet).

    ``full`` runs ``PRAGMA quick_check`` (every page read once); without it only
    the header and the schema are read.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return ""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            answer = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if answer != ["ok"]:
                return "; ".join(str(a) for a in answer)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return ""


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so nothing is left in ``-wal``."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
