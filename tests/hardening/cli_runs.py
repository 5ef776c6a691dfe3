"""Run the real ``renewdesk`` command as a child process, optionally under a fault injector."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.quotes.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, RENEWDESK_TODAY=TODAY.isoformat(), PYTHONPATH=str(ROOT))
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    env.update(extra)
    return env


def run(
    tmp_path: Path,
    *args: str,
    wrapper: tuple[str, ...] = (),
    cwd: Path | None = None,
    **extra: str,
) -> Run:
    """``[wrapper...] python -m renewdesk --lang en ARGS`` and what it printed."""
    proc = subprocess.run(
        [*wrapper, sys.executable, "-m", "renewdesk", "--lang", "en", *args],
        capture_output=True,
        text=True,
        env=env_for(tmp_path, **extra),
        cwd=cwd,
        timeout=180,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def strace_enospc(path: Path) -> tuple[str, ...]:
    """Every write into ``path`` fails with ENOSPC, as on a full disk (strace -e inject)."""
    strace = shutil.which("strace")
    assert strace is not None
    return (
        *(strace, "-f", "-qq", "-o", os.devnull, "-P", str(path)),
        *("-e", "trace=pwrite64,write", "-e", "inject=pwrite64,write:error=ENOSPC"),
    )


def table_count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def assert_one_clean_line(result: Run) -> str:
    """Exit 2 and one line on stderr with no SQL, no parameters, no link, no traceback."""
    assert result.code == 2, result
    assert len(result.lines) == 1, result.err
    line = result.lines[0]
    for leak in ("[SQL", "sqlalche.me", "INSERT", "UPDATE", "BEGIN", "Traceback", "sqlite3."):
        assert leak not in line, line
    return line
