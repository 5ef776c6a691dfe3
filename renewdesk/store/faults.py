"""What a database fault means for the admin: one line that says what to do, never SQL.

SQLite reports a held write lock, a read-only file or folder, a full disk, damaged
pages or a file it cannot open as ``sqlite3`` errors whose text SQLAlchemy wraps
with the statement, its parameters (customer data) and a link. :func:`install`
hooks an engine so such an error is raised instead as :class:`CacheFault`, a
:class:`CacheError` (defined here, re-exported by ``store.engine``) whose message
names the cache file and the way out; the command line prints it as one line with
exit status 2, the window shows it as it is. Anything else (a bug) keeps SQLAlchemy's
type; :func:`without_sql` gives its one line without the statement.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from renewdesk.lazy_text import tr_later


class CacheError(Exception):
    """The cache file cannot be used; the message says why and what to do."""


class CacheFault(CacheError):
    """A database fault, explained (see :func:`describe`)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind  # busy, read-only, full, damaged, cannot-open, io


def _kind(exc: BaseException) -> str | None:
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return "busy"
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return "read-only"
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return "full"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return "damaged"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return "cannot-open"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return "io"
    return None


def describe(kind: str, path: Path | str, busy_seconds: float) -> str:
    """The one line for a fault of ``kind`` on the cache at ``path``."""
    if kind == "busy":
        return tr_later(
            "CacheErrors",
            "{path} is busy: another RenewDesk window or command has been writing to it "
            "for over {seconds} seconds; wait until it has finished, then try again "
            "(nothing was changed)",
        ).format(path=path, seconds=f"{busy_seconds:g}")
    if kind == "read-only":
        return tr_later(
            "CacheErrors",
            "{path} is read-only: RenewDesk needs to write to the file and to its folder; "
            "give yourself write access to both, or copy the cache to a folder you can "
            "write and pass it with --db (nothing was changed)",
        ).format(path=path)
    if kind == "full":
        return tr_later(
            "CacheErrors",
            "the disk holding {path} is full; free some space, then try again "
            "(nothing was changed)",
        ).format(path=path)
    if kind == "damaged":
        return tr_later(
            "CacheErrors",
            "{path} is damaged (SQLite found broken pages); restore it from a backup with "
            "File > Restore from backup in the window (nothing was changed)",
        ).format(path=path)
    if kind == "cannot-open":
        return tr_later(
            "CacheErrors",
            "{path} cannot be opened: its folder is missing or cannot be written; "
            "give yourself write access to the folder, or choose another file with --db",
        ).format(path=path)
    return tr_later(
        "CacheErrors",
        "{path} could not be read or written (a disk input/output error); check the disk "
        "and try again (nothing was changed)",
    ).format(path=path)


def explain(exc: BaseException, path: Path | str, busy_seconds: float) -> CacheFault | None:
    """``exc`` (a ``sqlite3`` error, or SQLAlchemy's wrapper of one) as a CacheFault."""
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error):
        return None
    kind = _kind(original)
    if kind is None:
        return None
    return CacheFault(describe(kind, path, busy_seconds), kind)


def install(engine: Engine, path: Path, busy_seconds: float) -> None:
    """Raise every database fault on ``engine`` as a :class:`CacheFault`."""

    def on_error(context: Any) -> BaseException | None:
        return explain(context.original_exception, path, busy_seconds)

    event.listen(engine, "handle_error", on_error)


def without_sql(exc: BaseException) -> str:
    """An unexpected error's one line: the database's own words, never the statement.

    SQLAlchemy's text of a failed statement carries ``[SQL: ...]`` (and, but for
    ``hide_parameters``, the customer data bound to it); its ``orig`` is what the
    database said.
    """
    original = getattr(exc, "orig", None)
    if isinstance(original, BaseException):
        return str(original) or type(original).__name__
    return str(exc)
