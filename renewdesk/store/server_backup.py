"""Backups of the shared database: the server's own tools, never a copy of our own.

On PostgreSQL the company's server already has (or should have) its backups; File >
Restore from backup's *Back up now* and the daily copy defer to them. When ``pg_dump``
is on PATH, RenewDesk also writes a ``pg_dump --format=custom`` file to the backups
folder; the password reaches the child only through its ``PGPASSWORD`` environment,
never its command line. Restoring is the server's job (``pg_restore``): the window
says so instead of offering a restore.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine

from renewdesk import clock
from renewdesk.lazy_text import tr_later
from renewdesk.store import server

DUMP_TIMEOUT_S = 3600
SUFFIX = ".pgdump"


class ServerBackupError(Exception):
    """pg_dump failed; the message is one line (its first, never the password)."""


def pg_dump_path() -> str | None:
    """``pg_dump`` on PATH, or None."""
    return shutil.which("pg_dump")


def server_note() -> str:
    """What the window and the daily job say when RenewDesk cannot dump the database."""
    return tr_later(
        "Backups",
        "This is a shared database on a PostgreSQL server: the server's own backups "
        "apply (ask its administrator). RenewDesk writes a copy with pg_dump when "
        "pg_dump is installed on this computer.",
    )


def restore_note() -> str:
    return tr_later(
        "Backups",
        "It is restored from the server's own backups (pg_restore, by the server's "
        "administrator), not from this window.",
    )


def _libpq_args(engine: Engine) -> tuple[list[str], dict[str, str]]:
    url = engine.url
    args: list[str] = []
    env: dict[str, str] = {}
    host = url.query.get("host") or url.host
    if isinstance(host, tuple):
        host = host[0]
    if host:
        args += ["--host", str(host)]
    if url.port:
        args += ["--port", str(url.port)]
    args += ["--username", server.user_of(url), "--no-password", "--dbname", str(url.database)]
    password = server.password_of(engine)
    if password:
        env["PGPASSWORD"] = password
    return args, env


def dump(engine: Engine, folder: Path, label: str) -> Path:
    """``pg_dump --format=custom`` of the shared database into ``folder``; the file."""
    program = pg_dump_path()
    if program is None:
        raise ServerBackupError(server_note())
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    name = f"{engine.url.database}.{label}-{stamp}{SUFFIX}"
    target = folder / name
    args, extra = _libpq_args(engine)
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env.update(extra)
    command = [program, "--format=custom", "--file", str(target), *args]
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=DUMP_TIMEOUT_S
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        target.unlink(missing_ok=True)
        raise ServerBackupError(
            tr_later("Backups", "pg_dump could not run: {error}").format(error=type(exc).__name__)
        ) from None
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        first = (done.stderr.strip().splitlines() or ["?"])[0][:200]
        raise ServerBackupError(tr_later("Backups", "pg_dump failed: {error}").format(error=first))
    if os.name == "posix":
        target.chmod(0o600)
    return target


def dumps_in(folder: Path) -> list[Path]:
    """The pg_dump files in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def daily_dump(engine: Engine, folder: Path) -> Path | None:
    """Today's pg_dump unless there is one already, or None (no pg_dump: the server's)."""
    if pg_dump_path() is None:
        return None
    today = clock.now().strftime("%Y%m%d")
    prefix = f"{engine.url.database}.daily-{today}"
    if any(p.name.startswith(prefix) for p in dumps_in(folder)):
        return None
    made = dump(engine, folder, "daily")
    for old in [p for p in dumps_in(folder) if ".daily-" in p.name][7:]:
        old.unlink(missing_ok=True)
    return made
