"""Cheap reads of a cache file with plain ``sqlite3``, before (or instead of) opening it.

Start-up asks two things of the file before the engine and the ORM are worth
loading: which schema revision it holds (so Alembic is imported only when an
upgrade is due) and which language Settings saved (the window's texts are
translated when its widgets are made). Both open the file read-only, take no
lock beyond SQLite's shared one, and answer ``None``/``""`` for a file that is
missing, empty, or not a cache yet; :func:`renewdesk.store.engine.open_cache`
reports real faults when it opens the file for use.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

VERSIONS_DIR = Path(__file__).with_name("migrations") / "versions"
#: ``PRAGMA application_id`` of every RenewDesk cache ("RDsk"), set on its first open.
APPLICATION_ID = 0x5244736B
_HEADER_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID_AT = 68  # the file header's big-endian application id (SQLite file format)
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _read(path: Path, sql: str, params: tuple[str, ...] = ()) -> str | None:
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(sql, params).fetchone()
    except sqlite3.Error:  # no such table (a new or foreign file), not a database
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def carries_marker(path: Path) -> bool:
    """Whether the file's SQLite header carries RenewDesk's :data:`APPLICATION_ID`.

    Reads the first 72 bytes with ``open()``: no SQLite connection, no lock, no side
    file, so even another program's database in WAL mode is left exactly as it was.
    Call it before this process opens the file with SQLite (closing a descriptor of a
    file drops the POSIX locks a process holds on it).
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(_APPLICATION_ID_AT + 4)
    except OSError:
        return False
    if len(head) < _APPLICATION_ID_AT + 4 or not head.startswith(_HEADER_MAGIC):
        return False
    return int.from_bytes(head[_APPLICATION_ID_AT:], "big") == APPLICATION_ID


def file_stamp(path: Path) -> tuple[int, ...]:
    """What changes whenever the cache file or its write-ahead log is written or replaced.

    The file's (inode, size, modification time) and its ``-wal``'s (size, modification
    time); an empty or missing log counts as none (a reader creates an empty one).
    Equal stamps taken before a read and later mean nobody wrote in between; a
    different one may also come from a checkpoint (the caller then simply reads again).
    """
    try:
        st = Path(path).stat()
    except OSError:
        return (0, 0, 0, 0, 0)
    try:
        log = Path(f"{path}-wal").stat()
    except OSError:
        wal = (0, 0)
    else:
        wal = (log.st_size, log.st_mtime_ns) if log.st_size else (0, 0)
    return (st.st_ino, st.st_size, st.st_mtime_ns, *wal)


def schema_revision(path: Path) -> str | None:
    """The Alembic revision the cache at ``path`` records (``None``: none recorded)."""
    return _read(path, "SELECT version_num FROM alembic_version")


def read_setting(path: Path, key: str) -> str:
    """The value stored under ``key`` in the cache's settings ("" when there is none)."""
    return _read(path, "SELECT value FROM settings WHERE key = ?", (key,)) or ""


@cache
def head_revisions() -> frozenset[str]:
    """The newest revision(s) among the migration scripts, read from their source text.

    A revision no other script names as its ``down_revision`` is a head. Reading the
    assignments with a pattern costs a millisecond; loading Alembic's script
    directory to learn the same costs a quarter of a second.
    """
    return heads_in(VERSIONS_DIR)


def heads_in(folder: Path) -> frozenset[str]:
    """The head revision(s) of the migration scripts in ``folder``."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in folder.glob("*.py"):
        values = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue
        revisions.add(_literal(values["revision"]))
        parents.update(_names(values.get("down_revision", "None")))
    return frozenset(revisions - parents)


def _literal(text: str) -> str:
    return text.strip().strip("'\"")


def _names(text: str) -> set[str]:
    """The revision ids in a ``down_revision`` value: None, a string, or a tuple of them."""
    return set(re.findall(r"['\"]([^'\"]+)['\"]", text))
