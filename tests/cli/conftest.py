"""Run ``renewdesk`` in-process (fast) or as a real process (for exit codes and stderr)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from renewdesk.cli import main

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(db_path, capsys, monkeypatch):
    """Call ``renewdesk --db <tmp cache> ARGS...`` in this process."""
    monkeypatch.setenv("RENEWDESK_TODAY", "2026-11-26")

    def run(*args: str) -> Run:
        code = main(["--db", str(db_path), *args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def cli_process(db_path, tmp_path):
    """Run ``python -m renewdesk --db <tmp cache> ARGS...`` as a child process."""

    def run(*args: str, stdin: str | None = None) -> Run:
        env = dict(os.environ, RENEWDESK_TODAY="2026-11-26", PYTHONPATH=str(ROOT))
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        env["XDG_STATE_HOME"] = str(tmp_path / "state")
        proc = subprocess.run(
            [sys.executable, "-m", "renewdesk", "--db", str(db_path), *args],
            capture_output=True,
            text=True,
            input=stdin,
            env=env,
            timeout=120,
        )
        return Run(proc.returncode, proc.stdout, proc.stderr)

    return run


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


from tests.mail.conftest import smtp_server  # noqa: E402, F401  (a loopback aiosmtpd server)
