"""Backups of the cache and restoring one (Qt-free): daily copies, a list, a safe restore.

Backups live in a ``backups/`` folder beside the cache, one SQLite file each,
named ``<stem>.<kind>-<YYYYmmdd-HHMMSS>.sqlite``:

- ``daily``: made once a day when RenewDesk opens the cache (and by the window's
  daily timer); the last :data:`KEEP` are kept.
- ``pre-restore``: the cache as it was just before a restore, so a restore can
  itself be undone; the last :data:`KEEP` are kept.
- ``manual``: File > Restore from backup... > Back up now.
- ``damaged``: the bytes of a cache that SQLite could no longer read, kept for a
  specialist before a restore replaced it (listed, never offered for restoring).

The migrations' own backups (``store/engine.py``, beside the cache) are listed too.
Copies use SQLite's online backup API (:mod:`renewdesk.store.sqlite_files`), so
a backup taken while the window is open is a consistent snapshot, WAL included.
Nothing here opens the cache file with plain ``open()``: closing such a
descriptor would drop the POSIX locks the process's SQLite connections hold on it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from renewdesk import clock
from renewdesk.lazy_text import tr_later
from renewdesk.store.sqlite_files import (
    FileError,
    check_file,
    checkpoint,
    copy_database,
    fsync_path,
)

FOLDER = "backups"
KEEP = 7
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.sqlite$")
# store/engine.py: "<stem>.pre-migration-<revision>-<stamp>.bak<suffix>" beside the cache
_MIGRATION = re.compile(r"^(?P<stem>.+)\.pre-migration-.*-(?P<stamp>\d{8}-\d{6})\.bak[.\w]*$")
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(Exception):
    """A backup could not be made or restored; the message says why."""


class CacheDamagedError(BackupError):
    """The daily copy failed ``PRAGMA quick_check``: the cache itself is damaged.

    The damaged copy is not kept (it would push a good backup out of the last
    :data:`KEEP`); the window offers File > Restore from backup.
    """

    def __init__(self, cache_path: Path, problem: str) -> None:
        super().__init__(
            tr_later(
                "Backups",
                "{path} is damaged (SQLite's quick check found: {problem}); restore it "
                "from a backup with File > Restore from backup",
            ).format(path=cache_path, problem=problem[:200])
        )
        self.problem = problem


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int  # bytes
    kind: str  # daily, pre-restore, pre-migration, damaged


def backups_dir(cache_path: Path) -> Path:
    """``backups/`` beside the cache file."""
    return Path(cache_path).parent / FOLDER


def _target(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    base = f"{stem}.{kind}-{now.strftime(STAMP)}"
    target, n = folder / f"{base}.sqlite", 1
    while target.exists():  # two in the same second
        target, n = folder / f"{base}-{n}.sqlite", n + 1
    return target


def backup_now(cache_path: Path, kind: str = "daily", now: datetime | None = None) -> Path:
    """Copy the cache into ``backups/`` now; returns the copy. Raises :class:`BackupError`."""
    cache_path = Path(cache_path)
    folder = backups_dir(cache_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _target(folder, cache_path.stem, kind, now or clock.now())
    try:
        copy_database(cache_path, target)
    except FileError as exc:
        raise BackupError(
            tr_later("Backups", "{path} could not be backed up: {error}").format(
                path=cache_path, error=exc
            )
        ) from exc
    problem = check_cache(target)  # damaged pages are copied as they are: look at them
    if problem:
        target.unlink(missing_ok=True)
        raise CacheDamagedError(cache_path, problem)
    _prune(cache_path, kind)
    return target


def daily_backup(cache_path: Path, now: datetime | None = None) -> Path | None:
    """Today's backup, unless there is one already (or no cache yet); returns the new copy."""
    cache_path = Path(cache_path)
    now = now or clock.now()
    if not cache_path.is_file() or cache_path.stat().st_size == 0:
        return None
    if any(b.kind == "daily" and b.created.date() == now.date() for b in list_backups(cache_path)):
        return None
    return backup_now(cache_path, "daily", now)


def _prune(cache_path: Path, kind: str, keep: int = KEEP) -> None:
    same = [b for b in list_backups(cache_path) if b.kind == kind and b.path.parent.name == FOLDER]
    for old in same[keep:]:  # newest first: everything past the first `keep`
        old.path.unlink(missing_ok=True)


def list_backups(cache_path: Path) -> list[BackupInfo]:
    """Every backup of this cache, newest first."""
    cache_path = Path(cache_path)
    found: list[BackupInfo] = []
    folder = backups_dir(cache_path)
    candidates = [(p, _NAME) for p in folder.glob("*.sqlite")] if folder.is_dir() else []
    candidates += [(p, _MIGRATION) for p in cache_path.parent.glob(f"{cache_path.stem}.*.bak*")]
    for path, pattern in candidates:
        match = pattern.match(path.name)
        if match is None or match["stem"] != cache_path.stem:
            continue
        kind = match.groupdict().get("kind") or "pre-migration"
        try:
            created = datetime.strptime(match["stamp"], STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, created, size, kind))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def newest_backup(cache_path: Path) -> BackupInfo | None:
    """The newest backup that SQLite can read, if any."""
    return next((b for b in list_backups(cache_path) if not check_cache(b.path)), None)


def check_cache(path: Path, *, full: bool = True) -> str:
    """Why ``path`` is not a usable SQLite file ("" when it is, or does not exist yet).

    ``full`` runs SQLite's quick check (every page read once); without it only
    the header and the schema are read.
    """
    return check_file(path, full=full)


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def set_aside(cache_path: Path, now: datetime | None = None) -> Path:
    """Rename a bad cache (and its -wal/-shm) to ``<name>.damaged-<stamp>``; returns it."""
    cache_path = Path(cache_path)
    stamp = (now or clock.now()).strftime(STAMP)
    aside = cache_path.with_name(f"{cache_path.name}.damaged-{stamp}")
    for src in [cache_path, *_side_files(cache_path)]:
        if src.exists():
            os.replace(src, aside.with_name(aside.name + src.name[len(cache_path.name) :]))
    fsync_path(cache_path.parent)
    return aside


def restore(cache_path: Path, backup_path: Path, now: datetime | None = None) -> Path | None:
    """Put ``backup_path`` in place of the cache; returns the safety copy of the old cache.

    Close every engine on the cache first (and make sure no command line runs on
    it). The old cache is copied to ``backups/`` (``pre-restore``, or ``damaged``
    when SQLite cannot read it), the backup is copied beside the cache, synced,
    the old ``-wal``/``-shm`` are removed (SQLite would otherwise replay the old
    log onto the restored file) and the copy replaces the cache in one rename.
    """
    cache_path, backup_path = Path(cache_path), Path(backup_path)
    now = now or clock.now()
    problem = (
        check_cache(backup_path)
        if backup_path.is_file()
        else tr_later("Backups", "the file is missing")
    )
    if problem:
        raise BackupError(
            tr_later("Backups", "{name} cannot be restored: {problem}").format(
                name=backup_path.name, problem=problem
            )
        )
    safety = _save_current(cache_path, now)
    staged = cache_path.with_name(cache_path.name + ".restoring")
    try:
        copy_database(backup_path, staged)
    except FileError as exc:
        staged.unlink(missing_ok=True)
        raise BackupError(
            tr_later("Backups", "{name} could not be copied: {error}").format(
                name=backup_path.name, error=exc
            )
        ) from exc
    for side in _side_files(cache_path):
        side.unlink(missing_ok=True)
    os.replace(staged, cache_path)
    fsync_path(cache_path.parent)
    return safety


def _save_current(cache_path: Path, now: datetime) -> Path | None:
    """The safety copy before a restore: a clean backup, or the raw bytes of a damaged file."""
    if not cache_path.exists():
        return None
    if not check_cache(cache_path, full=False):
        with contextlib.suppress(FileError):  # fold the log in: nothing is left in -wal
            checkpoint(cache_path)
        try:
            return backup_now(cache_path, "pre-restore", now)
        except BackupError:
            pass  # readable header, damaged pages: keep the bytes instead
    folder = backups_dir(cache_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = _target(folder, cache_path.stem, "damaged", now)
    shutil.copyfile(cache_path, target)  # nothing has the damaged file open any more
    for side in _side_files(cache_path):
        if side.exists():
            shutil.copyfile(side, target.with_name(target.name + side.name[len(cache_path.name) :]))
    fsync_path(folder)
    return target


def daily_backup_of(engine: object, cache_path: Path, now: datetime | None = None) -> Path | None:
    """The daily copy: SQLite's own (:func:`daily_backup`), or on a shared PostgreSQL
    database a ``pg_dump`` into the backups folder when pg_dump is installed (else
    nothing: the server's backups apply)."""
    from renewdesk.store.engine import is_server

    if is_server(engine):  # type: ignore[arg-type]
        from renewdesk.store import server_backup

        return server_backup.daily_dump(engine, backups_dir(cache_path))  # type: ignore[arg-type]
    return daily_backup(cache_path, now)


# ---- a shared database (PostgreSQL): the server's backups, pg_dump when installed ----


def pg_dump_available() -> bool:
    from renewdesk.store import server_backup

    return server_backup.pg_dump_path() is not None


def server_notes() -> tuple[str, str]:
    """(the backups note, the restore note) of a shared database, in the current language."""
    from renewdesk.store import server_backup

    return str(server_backup.server_note()), str(server_backup.restore_note())


def server_backup_now(engine: object, cache_path: Path) -> Path:
    """File > Restore from backup > Back up now on a shared database: a ``pg_dump``."""
    from renewdesk.store import server_backup

    try:
        return server_backup.dump(engine, backups_dir(cache_path), "manual")  # type: ignore[arg-type]
    except server_backup.ServerBackupError as exc:
        raise BackupError(str(exc)) from None


def server_dumps(cache_path: Path) -> list[BackupInfo]:
    """The pg_dump files in the backups folder, newest first (kept for the server's admin)."""
    from renewdesk.store import server_backup

    found = []
    for path in server_backup.dumps_in(backups_dir(cache_path)):
        try:
            stat = path.stat()
        except OSError:
            continue
        kind = "daily" if ".daily-" in path.name else "manual"
        found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, kind))
    return found
